# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaMultiAgentParam")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "enabled",
        "max_concurrent_subagents",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class BetaMultiAgentParam:
    """Schema `BetaMultiAgentParam`.

    Attributes:
        enabled (bool):
        max_concurrent_subagents (int | Unset): Range 1..inf.
    """

    enabled: bool
    max_concurrent_subagents: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        max_concurrent_subagents = self.max_concurrent_subagents

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled": enabled,
            }
        )
        if max_concurrent_subagents is not UNSET:
            field_dict["max_concurrent_subagents"] = max_concurrent_subagents

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        enabled = d["enabled"]

        max_concurrent_subagents = d.get("max_concurrent_subagents", UNSET)

        beta_multi_agent_param = cls(
            enabled=enabled,
            max_concurrent_subagents=max_concurrent_subagents,
        )

        beta_multi_agent_param.additional_properties = _extra_fields(d)
        return beta_multi_agent_param

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
