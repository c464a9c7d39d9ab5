# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_response_status_details_reason import (
    RealtimeResponseStatusDetailsReason,
    check_realtime_response_status_details_reason,
)
from ..models.realtime_response_status_details_type import (
    RealtimeResponseStatusDetailsType,
    check_realtime_response_status_details_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeResponseStatusDetails")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "reason",
        "error",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class RealtimeResponseStatusDetails:
    """
    Attributes:
        type_ (RealtimeResponseStatusDetailsType | Unset): One of: 'completed', 'cancelled', 'failed', 'incomplete'
            (others kept).
        reason (RealtimeResponseStatusDetailsReason | Unset): One of: 'turn_detected', 'client_cancelled',
            'max_output_tokens', 'content_filter' (others kept).
        error (RealtimeResponseStatusDetailsError | Unset):
    """

    type_: RealtimeResponseStatusDetailsType | Unset = UNSET
    reason: RealtimeResponseStatusDetailsReason | Unset = UNSET
    error: RealtimeResponseStatusDetailsError | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        reason: str | Unset = UNSET
        if not isinstance(self.reason, Unset):
            reason = self.reason

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if reason is not UNSET:
            field_dict["reason"] = reason
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _type_ = d.get("type", UNSET)
        type_: RealtimeResponseStatusDetailsType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_realtime_response_status_details_type(_type_)

        _reason = d.get("reason", UNSET)
        reason: RealtimeResponseStatusDetailsReason | Unset
        if isinstance(_reason, Unset):
            reason = UNSET
        else:
            reason = check_realtime_response_status_details_reason(_reason)

        _error = d.get("error", UNSET)
        error: RealtimeResponseStatusDetailsError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = RealtimeResponseStatusDetailsError.from_dict(_error)

        realtime_response_status_details = cls(
            type_=type_,
            reason=reason,
            error=error,
        )

        realtime_response_status_details.additional_properties = _extra_fields(d)
        return realtime_response_status_details

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
