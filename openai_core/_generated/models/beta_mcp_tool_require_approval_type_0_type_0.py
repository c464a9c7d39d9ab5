# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaMCPToolRequireApprovalType0Type0")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "always",
        "never",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class BetaMCPToolRequireApprovalType0Type0:
    """
    Attributes:
        always (BetaMCPToolFilter | Unset): Schema `BetaMCPToolFilter`.
        never (BetaMCPToolFilter | Unset): Schema `BetaMCPToolFilter`.
    """

    always: BetaMCPToolFilter | Unset = UNSET
    never: BetaMCPToolFilter | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        always: dict[str, Any] | Unset = UNSET
        if not isinstance(self.always, Unset):
            always = self.always.to_dict()

        never: dict[str, Any] | Unset = UNSET
        if not isinstance(self.never, Unset):
            never = self.never.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if always is not UNSET:
            field_dict["always"] = always
        if never is not UNSET:
            field_dict["never"] = never

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _always = d.get("always", UNSET)
        always: BetaMCPToolFilter | Unset
        if isinstance(_always, Unset):
            always = UNSET
        else:
            always = BetaMCPToolFilter.from_dict(_always)

        _never = d.get("never", UNSET)
        never: BetaMCPToolFilter | Unset
        if isinstance(_never, Unset):
            never = UNSET
        else:
            never = BetaMCPToolFilter.from_dict(_never)

        beta_mcp_tool_require_approval_type_0_type_0 = cls(
            always=always,
            never=never,
        )

        beta_mcp_tool_require_approval_type_0_type_0.additional_properties = _extra_fields(d)
        return beta_mcp_tool_require_approval_type_0_type_0

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
from ..models.beta_mcp_tool_filter import BetaMCPToolFilter  # noqa: E402
