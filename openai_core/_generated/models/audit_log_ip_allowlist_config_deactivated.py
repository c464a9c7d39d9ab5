# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AuditLogIpAllowlistConfigDeactivated")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "configs",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class AuditLogIpAllowlistConfigDeactivated:
    """
    Attributes:
        configs (list[AuditLogIpAllowlistConfigDeactivatedConfigsItem] | Unset):
    """

    configs: list[AuditLogIpAllowlistConfigDeactivatedConfigsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        configs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.configs, Unset):
            configs = []
            for configs_item_data in self.configs:
                configs_item = configs_item_data.to_dict()
                configs.append(configs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if configs is not UNSET:
            field_dict["configs"] = configs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _configs = d.get("configs", UNSET)
        configs: list[AuditLogIpAllowlistConfigDeactivatedConfigsItem] | Unset = UNSET
        if _configs is not UNSET:
            configs = []
            for configs_item_data in _configs:
                configs_item = AuditLogIpAllowlistConfigDeactivatedConfigsItem.from_dict(
                    configs_item_data
                )

                configs.append(configs_item)

        audit_log_ip_allowlist_config_deactivated = cls(
            configs=configs,
        )

        audit_log_ip_allowlist_config_deactivated.additional_properties = _extra_fields(d)
        return audit_log_ip_allowlist_config_deactivated

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
from ..models.audit_log_ip_allowlist_config_deactivated_configs_item import (
    AuditLogIpAllowlistConfigDeactivatedConfigsItem,  # noqa: E402
)
