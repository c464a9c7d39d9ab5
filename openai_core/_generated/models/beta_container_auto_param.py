# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump, missing_keys
from ..models.beta_container_memory_limit import (
    BetaContainerMemoryLimit,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaContainerAutoParam")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "file_ids",
        "memory_limit",
        "network_policy",
        "skills",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_network_policy(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "disabled":
            return BetaContainerNetworkPolicyDisabledParam.from_dict(data)
        if tag == "allowlist":
            return BetaContainerNetworkPolicyAllowlistParam.from_dict(data)
        return _choose_network_policy(data)
    return data


def _read_skills_item(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "skill_reference":
            return BetaSkillReferenceParam.from_dict(data)
        if tag == "inline":
            return BetaInlineSkillParam.from_dict(data)
        return _choose_skills_item(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class BetaContainerAutoParam(_Model):
    """Schema `BetaContainerAutoParam`.

    Attributes:
        type (Literal['container_auto']): Always 'container_auto'.
        file_ids (list[str] | Unset): Items 0..50.
        memory_limit (BetaContainerMemoryLimit | None | Unset):
        network_policy (BetaContainerNetworkPolicyAllowlistParam | BetaContainerNetworkPolicyDisabledParam | Unset):
        skills (list[BetaInlineSkillParam | BetaSkillReferenceParam] | Unset): Items 0..200.
    """

    type: Literal["container_auto"]
    file_ids: list[str] | Unset = UNSET
    memory_limit: BetaContainerMemoryLimit | None | Unset = UNSET
    network_policy: (
        BetaContainerNetworkPolicyAllowlistParam | BetaContainerNetworkPolicyDisabledParam | Unset
    ) = UNSET
    skills: list[BetaInlineSkillParam | BetaSkillReferenceParam] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ("type",)
    _oc_consts = {"type": "container_auto"}

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
        if self.skills is not UNSET:
            field_dict["skills"] = dump(self.skills)
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
        _skills = d.get("skills", UNSET)
        skills = (
            [_read_skills_item(_i0) for _i0 in _skills] if isinstance(_skills, list) else _skills
        )
        beta_container_auto_param = cls(
            type=type_,
            file_ids=file_ids,
            memory_limit=memory_limit,
            network_policy=network_policy,
            skills=skills,
        )
        if type_ is None:
            beta_container_auto_param._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            beta_container_auto_param.additional_properties = _extra_fields(d)
        return beta_container_auto_param

    @property
    def type_(self) -> Literal["container_auto"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["container_auto"]) -> None:
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
from ..models.beta_container_network_policy_allowlist_param import (
    BetaContainerNetworkPolicyAllowlistParam,  # noqa: E402
)
from ..models.beta_container_network_policy_disabled_param import (
    BetaContainerNetworkPolicyDisabledParam,  # noqa: E402
)
from ..models.beta_inline_skill_param import BetaInlineSkillParam  # noqa: E402
from ..models.beta_skill_reference_param import BetaSkillReferenceParam  # noqa: E402

_choose_network_policy = ModelChoice(
    BetaContainerNetworkPolicyDisabledParam, BetaContainerNetworkPolicyAllowlistParam
)
_choose_skills_item = ModelChoice(BetaSkillReferenceParam, BetaInlineSkillParam)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
BetaContainerAutoParam._oc_fields = (
    ("type", "type", True, ("const", "container_auto")),
    ("file_ids", "file_ids", False, ("list", "string")),
    (
        "memory_limit",
        "memory_limit",
        False,
        (
            "union",
            (
                ("enum", "BetaContainerMemoryLimit", ("16g", "1g", "4g", "64g")),
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
                BetaContainerNetworkPolicyDisabledParam,
                BetaContainerNetworkPolicyAllowlistParam,
            ),
        ),
    ),
    (
        "skills",
        "skills",
        False,
        (
            "list",
            (
                "union",
                (
                    BetaSkillReferenceParam,
                    BetaInlineSkillParam,
                ),
            ),
        ),
    ),
)
