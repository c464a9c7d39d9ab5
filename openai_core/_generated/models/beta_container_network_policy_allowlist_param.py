# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaContainerNetworkPolicyAllowlistParam")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "allowed_domains",
        "domain_secrets",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class BetaContainerNetworkPolicyAllowlistParam:
    """Schema `BetaContainerNetworkPolicyAllowlistParam`.

    Attributes:
        type_ (Literal['allowlist']): Always 'allowlist'.
        allowed_domains (list[str]): Items 1..any.
        domain_secrets (list[BetaContainerNetworkPolicyDomainSecretParam] | Unset): Items 1..any.
    """

    type_: Literal["allowlist"]
    allowed_domains: list[str]
    domain_secrets: list[BetaContainerNetworkPolicyDomainSecretParam] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        allowed_domains = self.allowed_domains

        domain_secrets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.domain_secrets, Unset):
            domain_secrets = []
            for domain_secrets_item_data in self.domain_secrets:
                domain_secrets_item = domain_secrets_item_data.to_dict()
                domain_secrets.append(domain_secrets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "allowed_domains": allowed_domains,
            }
        )
        if domain_secrets is not UNSET:
            field_dict["domain_secrets"] = domain_secrets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['allowlist']", d["type"])
        if type_ != "allowlist":
            raise ValueError(f"type must match const 'allowlist', got '{type_}'")

        allowed_domains = cast("list[str]", d["allowed_domains"])

        _domain_secrets = d.get("domain_secrets", UNSET)
        domain_secrets: list[BetaContainerNetworkPolicyDomainSecretParam] | Unset = UNSET
        if _domain_secrets is not UNSET:
            domain_secrets = []
            for domain_secrets_item_data in _domain_secrets:
                domain_secrets_item = BetaContainerNetworkPolicyDomainSecretParam.from_dict(
                    domain_secrets_item_data
                )

                domain_secrets.append(domain_secrets_item)

        beta_container_network_policy_allowlist_param = cls(
            type_=type_,
            allowed_domains=allowed_domains,
            domain_secrets=domain_secrets,
        )

        beta_container_network_policy_allowlist_param.additional_properties = _extra_fields(d)
        return beta_container_network_policy_allowlist_param

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
from ..models.beta_container_network_policy_domain_secret_param import (
    BetaContainerNetworkPolicyDomainSecretParam,  # noqa: E402
)
