# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_choice_finish_reason import (
    ChatCompletionChoiceFinishReason,
    check_chat_completion_choice_finish_reason,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatCompletionChoice")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "finish_reason",
        "index",
        "message",
        "logprobs",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class ChatCompletionChoice:
    """
    Attributes:
        finish_reason (ChatCompletionChoiceFinishReason): One of: 'stop', 'length', 'tool_calls', 'content_filter',
            'function_call' (others kept).
        index (int):
        message (ChatCompletionMessage): Schema `ChatCompletionResponseMessage`.
        logprobs (ChatCompletionChoiceLogprobsType0 | None | Unset):
    """

    finish_reason: ChatCompletionChoiceFinishReason
    index: int
    message: ChatCompletionMessage
    logprobs: ChatCompletionChoiceLogprobsType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        finish_reason: str = self.finish_reason

        index = self.index

        message = self.message.to_dict()

        logprobs: dict[str, Any] | None | Unset
        if isinstance(self.logprobs, Unset):
            logprobs = UNSET
        elif isinstance(self.logprobs, ChatCompletionChoiceLogprobsType0):
            logprobs = self.logprobs.to_dict()
        else:
            logprobs = self.logprobs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "finish_reason": finish_reason,
                "index": index,
                "message": message,
            }
        )
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        finish_reason = check_chat_completion_choice_finish_reason(d["finish_reason"])

        index = d["index"]

        message = ChatCompletionMessage.from_dict(d["message"])

        def _parse_logprobs(data: object) -> ChatCompletionChoiceLogprobsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                logprobs_type_0 = ChatCompletionChoiceLogprobsType0.from_dict(data)

                return logprobs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ChatCompletionChoiceLogprobsType0 | None | Unset", data)

        logprobs = _parse_logprobs(d.get("logprobs", UNSET))

        chat_completion_choice = cls(
            finish_reason=finish_reason,
            index=index,
            message=message,
            logprobs=logprobs,
        )

        chat_completion_choice.additional_properties = _extra_fields(d)
        return chat_completion_choice

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported last: the classes above exist before any model that refers back to them is loaded.
from ..models.chat_completion_choice_logprobs_type_0 import ChatCompletionChoiceLogprobsType0  # noqa: E402
from ..models.chat_completion_message import ChatCompletionMessage  # noqa: E402
