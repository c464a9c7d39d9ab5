# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump, missing_keys
from ..models.container_memory_limit import ContainerMemoryLimit
from ..types import UNSET, Unset

T = TypeVar("T", bound="AutoCodeInterpreterToolParam")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "file_ids",
        "memory_limit",
        "network_policy",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_network_policy(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "disabled":
            return ContainerNetworkPolicyDisabledParam.from_dict(data)
        if tag == "allowlist":
            return ContainerNetworkPolicyAllowlistParam.from_dict(data)
        return _choose_network_policy(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class AutoCodeInterpreterToolParam(_Model):
    """Schema `AutoCodeInterpreterToolParam`.

    Attributes:
        type (Literal['auto']): Always 'auto'.
        file_ids (list[str] | Unset): Items 0..50.
        memory_limit (ContainerMemoryLimit | None | Unset):
        network_policy (ContainerNetworkPolicyAllowlistParam | ContainerNetworkPolicyDisabledParam | Unset):
    """

    type: Literal["auto"]
    file_ids: list[str] | Unset = UNSET
    memory_limit: ContainerMemoryLimit | None | Unset = UNSET
    network_policy: (
        ContainerNetworkPolicyAllowlistParam | ContainerNetworkPolicyDisabledParam | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ("type",)
    _oc_consts = {"type": "auto"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        if self.file_ids is not UNSET:
            field_dict["file_ids"] = self.file_ids
        if self.memory_limit is not UNSET:
            field_dict["memory_limit"] = self.memory_limit
        if self.network_policy is not UNSET:
            field_dict["network_policy"] = dump(self.network_policy)
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
        file_ids = d.get("file_ids", UNSET)
        memory_limit = d.get("memory_limit", UNSET)
        _network_policy = d.get("network_policy", UNSET)
        network_policy = _read_network_policy(_network_policy)
        auto_code_interpreter_tool_param = cls(
            type=type_,
            file_ids=file_ids,
            memory_limit=memory_limit,
            network_policy=network_policy,
        )
        if type_ is None:
            auto_code_interpreter_tool_param._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            auto_code_interpreter_tool_param.additional_properties = _extra_fields(d)
        return auto_code_interpreter_tool_param

    @property
    def type_(self) -> Literal["auto"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["auto"]) -> None:
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
from ..models.container_network_policy_allowlist_param import ContainerNetworkPolicyAllowlistParam  # noqa: E402
from ..models.container_network_policy_disabled_param import ContainerNetworkPolicyDisabledParam  # noqa: E402

_choose_network_policy = ModelChoice(
    ContainerNetworkPolicyDisabledParam, ContainerNetworkPolicyAllowlistParam
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
AutoCodeInterpreterToolParam._oc_fields = (
    ("type", "type", True, ("const", "auto")),
    ("file_ids", "file_ids", False, ("list", "string")),
    (
        "memory_limit",
        "memory_limit",
        False,
        (
            "union",
            (
                ("enum", "ContainerMemoryLimit", ("16g", "1g", "4g", "64g")),
                "null",
            ),
        ),
    ),
    (
        "network_policy",
        "network_policy",
        False,
        (
            "union",
            (
                ContainerNetworkPolicyDisabledParam,
                ContainerNetworkPolicyAllowlistParam,
            ),
        ),
    ),
)
