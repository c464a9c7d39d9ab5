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

T = TypeVar("T", bound="CreateCompletionResponseChoicesItemLogprobsType0")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "text_offset",
        "token_logprobs",
        "tokens",
        "top_logprobs",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class CreateCompletionResponseChoicesItemLogprobsType0(_Model):
    """
    Attributes:
        text_offset (list[int] | Unset):
        token_logprobs (list[float] | Unset):
        tokens (list[str] | Unset):
        top_logprobs (list[CreateCompletionResponseChoicesItemLogprobsType0TopLogprobsItem] | Unset):
    """

    text_offset: list[int] | Unset = UNSET
    token_logprobs: list[float] | Unset = UNSET
    tokens: list[str] | Unset = UNSET
    top_logprobs: list[CreateCompletionResponseChoicesItemLogprobsType0TopLogprobsItem] | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ()
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.text_offset is not UNSET:
            field_dict["text_offset"] = self.text_offset
        if self.token_logprobs is not UNSET:
            field_dict["token_logprobs"] = self.token_logprobs
        if self.tokens is not UNSET:
            field_dict["tokens"] = self.tokens
        if self.top_logprobs is not UNSET:
            field_dict["top_logprobs"] = dump(self.top_logprobs)
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        text_offset = d.get("text_offset", UNSET)
        token_logprobs = d.get("token_logprobs", UNSET)
        tokens = d.get("tokens", UNSET)
        _top_logprobs = d.get("top_logprobs", UNSET)
        top_logprobs = (
            [
                (
                    CreateCompletionResponseChoicesItemLogprobsType0TopLogprobsItem.from_dict(_i0)
                    if isinstance(_i0, dict)
                    else _i0
                )
                for _i0 in _top_logprobs
            ]
            if isinstance(_top_logprobs, list)
            else _top_logprobs
        )
        create_completion_response_choices_item_logprobs_type_0 = cls(
            text_offset=text_offset,
            token_logprobs=token_logprobs,
            tokens=tokens,
            top_logprobs=top_logprobs,
        )
        if not _FIELDS.issuperset(d):
            create_completion_response_choices_item_logprobs_type_0.additional_properties = (
                _extra_fields(d)
            )
        return create_completion_response_choices_item_logprobs_type_0

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
from ..models.create_completion_response_choices_item_logprobs_type_0_top_logprobs_item import (
    CreateCompletionResponseChoicesItemLogprobsType0TopLogprobsItem,  # noqa: E402
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
CreateCompletionResponseChoicesItemLogprobsType0._oc_fields = (
    ("text_offset", "text_offset", False, ("list", "integer")),
    ("token_logprobs", "token_logprobs", False, ("list", "number")),
    ("tokens", "tokens", False, ("list", "string")),
    (
        "top_logprobs",
        "top_logprobs",
        False,
        ("list", CreateCompletionResponseChoicesItemLogprobsType0TopLogprobsItem),
    ),
)
