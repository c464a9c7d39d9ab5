# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BetaResponseUsage")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "input_tokens",
        "input_tokens_details",
        "output_tokens",
        "output_tokens_details",
        "total_tokens",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class BetaResponseUsage:
    """Schema `BetaResponseUsage`.

    Attributes:
        input_tokens (int):
        input_tokens_details (BetaResponseUsageInputTokensDetails):
        output_tokens (int):
        output_tokens_details (BetaResponseUsageOutputTokensDetails):
        total_tokens (int):
    """

    input_tokens: int
    input_tokens_details: BetaResponseUsageInputTokensDetails
    output_tokens: int
    output_tokens_details: BetaResponseUsageOutputTokensDetails
    total_tokens: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_tokens = self.input_tokens

        input_tokens_details = self.input_tokens_details.to_dict()

        output_tokens = self.output_tokens

        output_tokens_details = self.output_tokens_details.to_dict()

        total_tokens = self.total_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input_tokens": input_tokens,
                "input_tokens_details": input_tokens_details,
                "output_tokens": output_tokens,
                "output_tokens_details": output_tokens_details,
                "total_tokens": total_tokens,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        input_tokens = d["input_tokens"]

        input_tokens_details = BetaResponseUsageInputTokensDetails.from_dict(
            d["input_tokens_details"]
        )

        output_tokens = d["output_tokens"]

        output_tokens_details = BetaResponseUsageOutputTokensDetails.from_dict(
            d["output_tokens_details"]
        )

        total_tokens = d["total_tokens"]

        beta_response_usage = cls(
            input_tokens=input_tokens,
            input_tokens_details=input_tokens_details,
            output_tokens=output_tokens,
            output_tokens_details=output_tokens_details,
            total_tokens=total_tokens,
        )

        beta_response_usage.additional_properties = _extra_fields(d)
        return beta_response_usage

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
from ..models.beta_response_usage_input_tokens_details import BetaResponseUsageInputTokensDetails  # noqa: E402
from ..models.beta_response_usage_output_tokens_details import BetaResponseUsageOutputTokensDetails  # noqa: E402
