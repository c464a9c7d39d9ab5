# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeMCPApprovalResponse")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "id",
        "approval_request_id",
        "approve",
        "reason",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class RealtimeMCPApprovalResponse:
    """Schema `RealtimeMCPApprovalResponse`.

    Attributes:
        type_ (Literal['mcp_approval_response']): Always 'mcp_approval_response'.
        id (str):
        approval_request_id (str):
        approve (bool):
        reason (None | str | Unset):
    """

    type_: Literal["mcp_approval_response"]
    id: str
    approval_request_id: str
    approve: bool
    reason: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        approval_request_id = self.approval_request_id

        approve = self.approve

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "approval_request_id": approval_request_id,
                "approve": approve,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['mcp_approval_response']", d["type"])
        if type_ != "mcp_approval_response":
            raise ValueError(f"type must match const 'mcp_approval_response', got '{type_}'")

        id = d["id"]

        approval_request_id = d["approval_request_id"]

        approve = d["approve"]

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        reason = _parse_reason(d.get("reason", UNSET))

        realtime_mcp_approval_response = cls(
            type_=type_,
            id=id,
            approval_request_id=approval_request_id,
            approve=approve,
            reason=reason,
        )

        realtime_mcp_approval_response.additional_properties = _extra_fields(d)
        return realtime_mcp_approval_response

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
