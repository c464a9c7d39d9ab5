# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.container_resource_network_policy_type import (
    ContainerResourceNetworkPolicyType,
    check_container_resource_network_policy_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContainerResourceNetworkPolicy")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "allowed_domains",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class ContainerResourceNetworkPolicy:
    """
    Attributes:
        type_ (ContainerResourceNetworkPolicyType): One of: 'allowlist', 'disabled' (others kept).
        allowed_domains (list[str] | Unset):
    """

    type_: ContainerResourceNetworkPolicyType
    allowed_domains: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        allowed_domains: list[str] | Unset = UNSET
        if not isinstance(self.allowed_domains, Unset):
            allowed_domains = self.allowed_domains

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if allowed_domains is not UNSET:
            field_dict["allowed_domains"] = allowed_domains

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = check_container_resource_network_policy_type(d["type"])

        allowed_domains = cast("list[str]", d.get("allowed_domains", UNSET))

        container_resource_network_policy = cls(
            type_=type_,
            allowed_domains=allowed_domains,
        )

        container_resource_network_policy.additional_properties = _extra_fields(d)
        return container_resource_network_policy

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
