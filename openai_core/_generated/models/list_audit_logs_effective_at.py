# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..types import UNSET, Unset

T = TypeVar("T", bound="ListAuditLogsEffectiveAt")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "gt",
        "gte",
        "lt",
        "lte",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class ListAuditLogsEffectiveAt(_Model):
    """
    Attributes:
        gt (int | Unset):
        gte (int | Unset):
        lt (int | Unset):
        lte (int | Unset):
    """

    gt: int | Unset = UNSET
    gte: int | Unset = UNSET
    lt: int | Unset = UNSET
    lte: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ()
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.gt is not UNSET:
            field_dict["gt"] = self.gt
        if self.gte is not UNSET:
            field_dict["gte"] = self.gte
        if self.lt is not UNSET:
            field_dict["lt"] = self.lt
        if self.lte is not UNSET:
            field_dict["lte"] = self.lte
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        gt = d.get("gt", UNSET)
        gte = d.get("gte", UNSET)
        lt = d.get("lt", UNSET)
        lte = d.get("lte", UNSET)
        list_audit_logs_effective_at = cls(
            gt=gt,
            gte=gte,
            lt=lt,
            lte=lte,
        )
        if not _FIELDS.issuperset(d):
            list_audit_logs_effective_at.additional_properties = _extra_fields(d)
        return list_audit_logs_effective_at

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


# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
ListAuditLogsEffectiveAt._oc_fields = (
    ("gt", "gt", False, "integer"),
    ("gte", "gte", False, "integer"),
    ("lt", "lt", False, "integer"),
    ("lte", "lte", False, "integer"),
)
