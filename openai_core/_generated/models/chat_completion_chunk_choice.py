# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys
from ..models.chat_completion_chunk_choice_finish_reason_type_1 import (
    ChatCompletionChunkChoiceFinishReasonType1,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatCompletionChunkChoice")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "delta",
        "index",
        "logprobs",
        "finish_reason",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class ChatCompletionChunkChoice(_Model):
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

    _oc_wire = _FIELDS
    _oc_required = (
        "delta",
        "index",
    )
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["delta"] = dump(self.delta)
        field_dict["index"] = self.index
        if self.logprobs is not UNSET:
            field_dict["logprobs"] = dump(self.logprobs)
        if self.finish_reason is not UNSET:
            field_dict["finish_reason"] = self.finish_reason
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        _delta = d.get("delta")
        delta = ChatCompletionChunkDelta.from_dict(_delta) if isinstance(_delta, dict) else _delta
        index = d.get("index")
        _logprobs = d.get("logprobs", UNSET)
        logprobs = (
            ChatCompletionChunkChoiceLogprobsType0.from_dict(_logprobs)
            if isinstance(_logprobs, dict)
            else _logprobs
        )
        finish_reason = d.get("finish_reason", UNSET)
        chat_completion_chunk_choice = cls(
            delta=delta,
            index=index,
            logprobs=logprobs,
            finish_reason=finish_reason,
        )
        if delta is None or index is None:
            chat_completion_chunk_choice._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
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

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
ChatCompletionChunkChoice._oc_fields = (
    ("delta", "delta", True, ChatCompletionChunkDelta),
    ("index", "index", True, "integer"),
    (
        "logprobs",
        "logprobs",
        False,
        (
            "union",
            (
                ChatCompletionChunkChoiceLogprobsType0,
                "null",
            ),
        ),
    ),
    (
        "finish_reason",
        "finish_reason",
        False,
        (
            "union",
            (
                "null",
                (
                    "enum",
                    "ChatCompletionChunkChoiceFinishReasonType1",
                    ("content_filter", "function_call", "length", "stop", "tool_calls"),
                ),
            ),
        ),
    ),
)
