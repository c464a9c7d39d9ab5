# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TranscriptTextUsageTokens")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
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
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class TranscriptTextUsageTokens:
    """Schema `TranscriptTextUsageTokens`.

    Attributes:
        type_ (Literal['tokens']): Always 'tokens'.
        input_tokens (int):
        output_tokens (int):
        total_tokens (int):
        input_token_details (TranscriptTextUsageTokensInputTokenDetails | Unset):
    """

    type_: Literal["tokens"]
    input_tokens: int
    output_tokens: int
    total_tokens: int
    input_token_details: TranscriptTextUsageTokensInputTokenDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        input_tokens = self.input_tokens

        output_tokens = self.output_tokens

        total_tokens = self.total_tokens

        input_token_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_token_details, Unset):
            input_token_details = self.input_token_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "input_tokens": input_tokens,
                "output_tokens": output_tokens,
                "total_tokens": total_tokens,
            }
        )
        if input_token_details is not UNSET:
            field_dict["input_token_details"] = input_token_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['tokens']", d["type"])
        if type_ != "tokens":
            raise ValueError(f"type must match const 'tokens', got '{type_}'")

        input_tokens = d["input_tokens"]

        output_tokens = d["output_tokens"]

        total_tokens = d["total_tokens"]

        _input_token_details = d.get("input_token_details", UNSET)
        input_token_details: TranscriptTextUsageTokensInputTokenDetails | Unset
        if isinstance(_input_token_details, Unset):
            input_token_details = UNSET
        else:
            input_token_details = TranscriptTextUsageTokensInputTokenDetails.from_dict(
                _input_token_details
            )

        transcript_text_usage_tokens = cls(
            type_=type_,
            input_tokens=input_tokens,
            output_tokens=output_tokens,
            total_tokens=total_tokens,
            input_token_details=input_token_details,
        )

        transcript_text_usage_tokens.additional_properties = _extra_fields(d)
        return transcript_text_usage_tokens

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
