# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump
from ..models.realtime_response_status_details_reason import (
    RealtimeResponseStatusDetailsReason,
)
from ..models.realtime_response_status_details_type import (
    RealtimeResponseStatusDetailsType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeResponseStatusDetails")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "reason",
        "error",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class RealtimeResponseStatusDetails(_Model):
    """
    Attributes:
        type (RealtimeResponseStatusDetailsType | Unset): One of: 'completed', 'cancelled', 'failed', 'incomplete'
            (others kept).
        reason (RealtimeResponseStatusDetailsReason | Unset): One of: 'turn_detected', 'client_cancelled',
            'max_output_tokens', 'content_filter' (others kept).
        error (RealtimeResponseStatusDetailsError | Unset):
    """

    type: RealtimeResponseStatusDetailsType | Unset = UNSET
    reason: RealtimeResponseStatusDetailsReason | Unset = UNSET
    error: RealtimeResponseStatusDetailsError | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ()
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.type is not UNSET:
            field_dict["type"] = self.type
        if self.reason is not UNSET:
            field_dict["reason"] = self.reason
        if self.error is not UNSET:
            field_dict["error"] = dump(self.error)
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        type_ = d.get("type", UNSET)
        reason = d.get("reason", UNSET)
        _error = d.get("error", UNSET)
        error = (
            RealtimeResponseStatusDetailsError.from_dict(_error)
            if isinstance(_error, dict)
            else _error
        )
        realtime_response_status_details = cls(
            type=type_,
            reason=reason,
            error=error,
        )
        if not _FIELDS.issuperset(d):
            realtime_response_status_details.additional_properties = _extra_fields(d)
        return realtime_response_status_details

    @property
    def type_(self) -> RealtimeResponseStatusDetailsType | Unset:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: RealtimeResponseStatusDetailsType | Unset) -> None:
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
from ..models.realtime_response_status_details_error import RealtimeResponseStatusDetailsError  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
RealtimeResponseStatusDetails._oc_fields = (
    (
        "type",
        "type",
        False,
        (
            "enum",
            "RealtimeResponseStatusDetailsType",
            ("cancelled", "completed", "failed", "incomplete"),
        ),
    ),
    (
        "reason",
        "reason",
        False,
        (
            "enum",
            "RealtimeResponseStatusDetailsReason",
            ("client_cancelled", "content_filter", "max_output_tokens", "turn_detected"),
        ),
    ),
    ("error", "error", False, RealtimeResponseStatusDetailsError),
)
