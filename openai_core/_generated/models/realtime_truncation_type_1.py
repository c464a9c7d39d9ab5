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

T = TypeVar("T", bound="RealtimeTruncationType1")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "retention_ratio",
        "token_limits",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class RealtimeTruncationType1(_Model):
    """
    Attributes:
        type (Literal['retention_ratio']): Always 'retention_ratio'.
        retention_ratio (float): Range 0..1.
        token_limits (RealtimeTruncationVariant1TokenLimits | Unset):
    """

    type: Literal["retention_ratio"]
    retention_ratio: float
    token_limits: RealtimeTruncationVariant1TokenLimits | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "type",
        "retention_ratio",
    )
    _oc_consts = {"type": "retention_ratio"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["retention_ratio"] = self.retention_ratio
        if self.token_limits is not UNSET:
            field_dict["token_limits"] = dump(self.token_limits)
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
        retention_ratio = d.get("retention_ratio")
        _token_limits = d.get("token_limits", UNSET)
        token_limits = (
            RealtimeTruncationVariant1TokenLimits.from_dict(_token_limits)
            if isinstance(_token_limits, dict)
            else _token_limits
        )
        realtime_truncation_type_1 = cls(
            type=type_,
            retention_ratio=retention_ratio,
            token_limits=token_limits,
        )
        if type_ is None or retention_ratio is None:
            realtime_truncation_type_1._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            realtime_truncation_type_1.additional_properties = _extra_fields(d)
        return realtime_truncation_type_1

    @property
    def type_(self) -> Literal["retention_ratio"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["retention_ratio"]) -> None:
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
from ..models.realtime_truncation_variant_1_token_limits import (
    RealtimeTruncationVariant1TokenLimits,  # noqa: E402
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
RealtimeTruncationType1._oc_fields = (
    ("type", "type", True, ("const", "retention_ratio")),
    ("retention_ratio", "retention_ratio", True, "number"),
    ("token_limits", "token_limits", False, RealtimeTruncationVariant1TokenLimits),
)
