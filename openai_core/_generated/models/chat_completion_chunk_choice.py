# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_chunk_choice_finish_reason_type_1 import (
    ChatCompletionChunkChoiceFinishReasonType1,
    check_chat_completion_chunk_choice_finish_reason_type_1,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatCompletionChunkChoice")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "delta",
        "index",
        "logprobs",
        "finish_reason",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class ChatCompletionChunkChoice:
    """
    Attributes:
        delta (ChatCompletionChunkDelta): Schema `ChatCompletionStreamResponseDelta`.
        index (int):
        logprobs (ChatCompletionChunkChoiceLogprobsType0 | None | Unset):
        finish_reason (ChatCompletionChunkChoiceFinishReasonType1 | None | Unset): One of: 'stop', 'length',
            'tool_calls', 'content_filter', 'function_call', None (others kept).
    """

    delta: ChatCompletionChunkDelta
    index: int
    logprobs: ChatCompletionChunkChoiceLogprobsType0 | None | Unset = UNSET
    finish_reason: ChatCompletionChunkChoiceFinishReasonType1 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delta = self.delta.to_dict()

        index = self.index

        logprobs: dict[str, Any] | None | Unset
        if isinstance(self.logprobs, Unset):
            logprobs = UNSET
        elif isinstance(self.logprobs, ChatCompletionChunkChoiceLogprobsType0):
            logprobs = self.logprobs.to_dict()
        else:
            logprobs = self.logprobs

        finish_reason: None | str | Unset
        if isinstance(self.finish_reason, Unset):
            finish_reason = UNSET
        elif isinstance(self.finish_reason, str):
            finish_reason = self.finish_reason
        else:
            finish_reason = self.finish_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "delta": delta,
                "index": index,
            }
        )
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs
        if finish_reason is not UNSET:
            field_dict["finish_reason"] = finish_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        delta = ChatCompletionChunkDelta.from_dict(d["delta"])

        index = d["index"]

        def _parse_logprobs(data: object) -> ChatCompletionChunkChoiceLogprobsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                logprobs_type_0 = ChatCompletionChunkChoiceLogprobsType0.from_dict(data)

                return logprobs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ChatCompletionChunkChoiceLogprobsType0 | None | Unset", data)

        logprobs = _parse_logprobs(d.get("logprobs", UNSET))

        def _parse_finish_reason(
            data: object,
        ) -> ChatCompletionChunkChoiceFinishReasonType1 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finish_reason_type_1 = check_chat_completion_chunk_choice_finish_reason_type_1(data)

                return finish_reason_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ChatCompletionChunkChoiceFinishReasonType1 | None | Unset", data)

        finish_reason = _parse_finish_reason(d.get("finish_reason", UNSET))

        chat_completion_chunk_choice = cls(
            delta=delta,
            index=index,
            logprobs=logprobs,
            finish_reason=finish_reason,
        )

        chat_completion_chunk_choice.additional_properties = _extra_fields(d)
        return chat_completion_chunk_choice

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
from ..models.chat_completion_chunk_choice_logprobs_type_0 import (
    ChatCompletionChunkChoiceLogprobsType0,  # noqa: E402
)
from ..models.chat_completion_chunk_delta import ChatCompletionChunkDelta  # noqa: E402
