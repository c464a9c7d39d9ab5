# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeTruncationType1")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "retention_ratio",
        "token_limits",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class RealtimeTruncationType1:
    """
    Attributes:
        type_ (Literal['retention_ratio']): Always 'retention_ratio'.
        retention_ratio (float): Range 0..1.
        token_limits (RealtimeTruncationVariant1TokenLimits | Unset):
    """

    type_: Literal["retention_ratio"]
    retention_ratio: float
    token_limits: RealtimeTruncationVariant1TokenLimits | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        retention_ratio = self.retention_ratio

        token_limits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.token_limits, Unset):
            token_limits = self.token_limits.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "retention_ratio": retention_ratio,
            }
        )
        if token_limits is not UNSET:
            field_dict["token_limits"] = token_limits

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['retention_ratio']", d["type"])
        if type_ != "retention_ratio":
            raise ValueError(f"type must match const 'retention_ratio', got '{type_}'")

        retention_ratio = d["retention_ratio"]

        _token_limits = d.get("token_limits", UNSET)
        token_limits: RealtimeTruncationVariant1TokenLimits | Unset
        if isinstance(_token_limits, Unset):
            token_limits = UNSET
        else:
            token_limits = RealtimeTruncationVariant1TokenLimits.from_dict(_token_limits)

        realtime_truncation_type_1 = cls(
            type_=type_,
            retention_ratio=retention_ratio,
            token_limits=token_limits,
        )

        realtime_truncation_type_1.additional_properties = _extra_fields(d)
        return realtime_truncation_type_1

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
from ..models.realtime_truncation_variant_1_token_limits import (
    RealtimeTruncationVariant1TokenLimits,  # noqa: E402
)
