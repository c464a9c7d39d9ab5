# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys
from ..types import UNSET, Unset

T = TypeVar("T", bound="TranscriptTextUsageTokens")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "input_tokens",
        "output_tokens",
        "total_tokens",
        "input_token_details",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class TranscriptTextUsageTokens(_Model):
    """Schema `TranscriptTextUsageTokens`.

    Attributes:
        type (Literal['tokens']): Always 'tokens'.
        input_tokens (int):
        output_tokens (int):
        total_tokens (int):
        input_token_details (TranscriptTextUsageTokensInputTokenDetails | Unset):
    """

    type: Literal["tokens"]
    input_tokens: int
    output_tokens: int
    total_tokens: int
    input_token_details: TranscriptTextUsageTokensInputTokenDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "type",
        "input_tokens",
        "output_tokens",
        "total_tokens",
    )
    _oc_consts = {"type": "tokens"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["input_tokens"] = self.input_tokens
        field_dict["output_tokens"] = self.output_tokens
        field_dict["total_tokens"] = self.total_tokens
        if self.input_token_details is not UNSET:
            field_dict["input_token_details"] = dump(self.input_token_details)
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        type_ = d.get("type")
        input_tokens = d.get("input_tokens")
        output_tokens = d.get("output_tokens")
        total_tokens = d.get("total_tokens")
        _input_token_details = d.get("input_token_details", UNSET)
        input_token_details = (
            TranscriptTextUsageTokensInputTokenDetails.from_dict(_input_token_details)
            if isinstance(_input_token_details, dict)
            else _input_token_details
        )
        transcript_text_usage_tokens = cls(
            type=type_,
            input_tokens=input_tokens,
            output_tokens=output_tokens,
            total_tokens=total_tokens,
            input_token_details=input_token_details,
        )
        if type_ is None or input_tokens is None or output_tokens is None or total_tokens is None:
            transcript_text_usage_tokens._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            transcript_text_usage_tokens.additional_properties = _extra_fields(d)
        return transcript_text_usage_tokens

    @property
    def type_(self) -> Literal["tokens"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["tokens"]) -> None:
        self.type = value

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
from ..models.transcript_text_usage_tokens_input_token_details import (
    TranscriptTextUsageTokensInputTokenDetails,  # noqa: E402
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
TranscriptTextUsageTokens._oc_fields = (
    ("type", "type", True, ("const", "tokens")),
    ("input_tokens", "input_tokens", True, "integer"),
    ("output_tokens", "output_tokens", True, "integer"),
    ("total_tokens", "total_tokens", True, "integer"),
    (
        "input_token_details",
        "input_token_details",
        False,
        TranscriptTextUsageTokensInputTokenDetails,
    ),
)
