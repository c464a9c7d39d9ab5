# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_container_memory_limit import (
    BetaContainerMemoryLimit,
    check_beta_container_memory_limit,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaAutoCodeInterpreterToolParam")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "file_ids",
        "memory_limit",
        "network_policy",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class BetaAutoCodeInterpreterToolParam:
    """Schema `BetaAutoCodeInterpreterToolParam`.

    Attributes:
        type_ (Literal['auto']): Always 'auto'.
        file_ids (list[str] | Unset): Items 0..50.
        memory_limit (BetaContainerMemoryLimit | None | Unset):
        network_policy (BetaContainerNetworkPolicyAllowlistParam | BetaContainerNetworkPolicyDisabledParam | Unset):
    """

    type_: Literal["auto"]
    file_ids: list[str] | Unset = UNSET
    memory_limit: BetaContainerMemoryLimit | None | Unset = UNSET
    network_policy: (
        BetaContainerNetworkPolicyAllowlistParam | BetaContainerNetworkPolicyDisabledParam | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        file_ids: list[str] | Unset = UNSET
        if not isinstance(self.file_ids, Unset):
            file_ids = self.file_ids

        memory_limit: None | str | Unset
        if isinstance(self.memory_limit, Unset):
            memory_limit = UNSET
        elif isinstance(self.memory_limit, str):
            memory_limit = self.memory_limit
        else:
            memory_limit = self.memory_limit

        network_policy: dict[str, Any] | Unset
        if isinstance(self.network_policy, Unset):
            network_policy = UNSET
        elif isinstance(self.network_policy, BetaContainerNetworkPolicyDisabledParam):
            network_policy = self.network_policy.to_dict()
        else:
            network_policy = self.network_policy.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if file_ids is not UNSET:
            field_dict["file_ids"] = file_ids
        if memory_limit is not UNSET:
            field_dict["memory_limit"] = memory_limit
        if network_policy is not UNSET:
            field_dict["network_policy"] = network_policy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['auto']", d["type"])
        if type_ != "auto":
            raise ValueError(f"type must match const 'auto', got '{type_}'")

        file_ids = cast("list[str]", d.get("file_ids", UNSET))

        def _parse_memory_limit(data: object) -> BetaContainerMemoryLimit | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                memory_limit_type_0 = check_beta_container_memory_limit(data)

                return memory_limit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("BetaContainerMemoryLimit | None | Unset", data)

        memory_limit = _parse_memory_limit(d.get("memory_limit", UNSET))

        def _parse_network_policy(
            data: object,
        ) -> (
            BetaContainerNetworkPolicyAllowlistParam
            | BetaContainerNetworkPolicyDisabledParam
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                network_policy_type_0 = BetaContainerNetworkPolicyDisabledParam.from_dict(data)

                return network_policy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            network_policy_type_1 = BetaContainerNetworkPolicyAllowlistParam.from_dict(data)

            return network_policy_type_1

        network_policy = _parse_network_policy(d.get("network_policy", UNSET))

        beta_auto_code_interpreter_tool_param = cls(
            type_=type_,
            file_ids=file_ids,
            memory_limit=memory_limit,
            network_policy=network_policy,
        )

        beta_auto_code_interpreter_tool_param.additional_properties = _extra_fields(d)
        return beta_auto_code_interpreter_tool_param

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
from ..models.beta_container_network_policy_allowlist_param import (
    BetaContainerNetworkPolicyAllowlistParam,  # noqa: E402
)
from ..models.beta_container_network_policy_disabled_param import (
    BetaContainerNetworkPolicyDisabledParam,  # noqa: E402
)
