# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatCompletionChunkChoiceLogprobsType0")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "content",
        "refusal",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_content(data: Any) -> Any:
    if isinstance(data, list):
        return (
            [
                (ChatCompletionTokenLogprob.from_dict(_i1) if isinstance(_i1, dict) else _i1)
                for _i1 in data
            ]
            if isinstance(data, list)
            else data
        )
    return data


def _read_refusal(data: Any) -> Any:
    if isinstance(data, list):
        return (
            [
                (ChatCompletionTokenLogprob.from_dict(_i1) if isinstance(_i1, dict) else _i1)
                for _i1 in data
            ]
            if isinstance(data, list)
            else data
        )
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class ChatCompletionChunkChoiceLogprobsType0(_Model):
    """
    Attributes:
        content (list[ChatCompletionTokenLogprob] | None | Unset):
        refusal (list[ChatCompletionTokenLogprob] | None | Unset):
    """

    content: list[ChatCompletionTokenLogprob] | None | Unset = UNSET
    refusal: list[ChatCompletionTokenLogprob] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ()
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.content is not UNSET:
            field_dict["content"] = dump(self.content)
        if self.refusal is not UNSET:
            field_dict["refusal"] = dump(self.refusal)
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        _content = d.get("content", UNSET)
        content = _read_content(_content)
        _refusal = d.get("refusal", UNSET)
        refusal = _read_refusal(_refusal)
        chat_completion_chunk_choice_logprobs_type_0 = cls(
            content=content,
            refusal=refusal,
        )
        if not _FIELDS.issuperset(d):
            chat_completion_chunk_choice_logprobs_type_0.additional_properties = _extra_fields(d)
        return chat_completion_chunk_choice_logprobs_type_0

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
from ..models.chat_completion_token_logprob import ChatCompletionTokenLogprob  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
ChatCompletionChunkChoiceLogprobsType0._oc_fields = (
    (
        "content",
        "content",
        False,
        (
            "union",
            (
                ("list", ChatCompletionTokenLogprob),
                "null",
            ),
        ),
    ),
    (
        "refusal",
        "refusal",
        False,
        (
            "union",
            (
                ("list", ChatCompletionTokenLogprob),
                "null",
            ),
        ),
    ),
)
