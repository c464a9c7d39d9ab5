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

T = TypeVar("T", bound="ContainerNetworkPolicyAllowlistParam")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "allowed_domains",
        "domain_secrets",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class ContainerNetworkPolicyAllowlistParam(_Model):
    """Schema `ContainerNetworkPolicyAllowlistParam`.

    Attributes:
        type (Literal['allowlist']): Always 'allowlist'.
        allowed_domains (list[str]): Items 1..any.
        domain_secrets (list[ContainerNetworkPolicyDomainSecretParam] | Unset): Items 1..any.
    """

    type: Literal["allowlist"]
    allowed_domains: list[str]
    domain_secrets: list[ContainerNetworkPolicyDomainSecretParam] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "type",
        "allowed_domains",
    )
    _oc_consts = {"type": "allowlist"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["allowed_domains"] = self.allowed_domains
        if self.domain_secrets is not UNSET:
            field_dict["domain_secrets"] = dump(self.domain_secrets)
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
        allowed_domains = d.get("allowed_domains")
        _domain_secrets = d.get("domain_secrets", UNSET)
        domain_secrets = (
            [
                (
                    ContainerNetworkPolicyDomainSecretParam.from_dict(_i0)
                    if isinstance(_i0, dict)
                    else _i0
                )
                for _i0 in _domain_secrets
            ]
            if isinstance(_domain_secrets, list)
            else _domain_secrets
        )
        container_network_policy_allowlist_param = cls(
            type=type_,
            allowed_domains=allowed_domains,
            domain_secrets=domain_secrets,
        )
        if type_ is None or allowed_domains is None:
            container_network_policy_allowlist_param._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            container_network_policy_allowlist_param.additional_properties = _extra_fields(d)
        return container_network_policy_allowlist_param

    @property
    def type_(self) -> Literal["allowlist"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["allowlist"]) -> None:
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
from ..models.container_network_policy_domain_secret_param import (
    ContainerNetworkPolicyDomainSecretParam,  # noqa: E402
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
ContainerNetworkPolicyAllowlistParam._oc_fields = (
    ("type", "type", True, ("const", "allowlist")),
    ("allowed_domains", "allowed_domains", True, ("list", "string")),
    ("domain_secrets", "domain_secrets", False, ("list", ContainerNetworkPolicyDomainSecretParam)),
)
