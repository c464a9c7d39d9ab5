# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump, missing_keys
from ..models.create_container_body_memory_limit import (
    CreateContainerBodyMemoryLimit,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateContainerBody")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "name",
        "file_ids",
        "expires_after",
        "skills",
        "memory_limit",
        "network_policy",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_skills_item(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "skill_reference":
            return SkillReferenceParam.from_dict(data)
        if tag == "inline":
            return InlineSkillParam.from_dict(data)
        return _choose_skills_item(data)
    return data


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
class CreateContainerBody(_Model):
    """Schema `CreateContainerBody`.

    Attributes:
        name (str):
        file_ids (list[str] | Unset):
        expires_after (CreateContainerBodyExpiresAfter | Unset):
        skills (list[InlineSkillParam | SkillReferenceParam] | Unset):
        memory_limit (CreateContainerBodyMemoryLimit | Unset): One of: '1g', '4g', '16g', '64g' (others kept).
        network_policy (ContainerNetworkPolicyAllowlistParam | ContainerNetworkPolicyDisabledParam | Unset):
    """

    name: str
    file_ids: list[str] | Unset = UNSET
    expires_after: CreateContainerBodyExpiresAfter | Unset = UNSET
    skills: list[InlineSkillParam | SkillReferenceParam] | Unset = UNSET
    memory_limit: CreateContainerBodyMemoryLimit | Unset = UNSET
    network_policy: (
        ContainerNetworkPolicyAllowlistParam | ContainerNetworkPolicyDisabledParam | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ("name",)
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["name"] = self.name
        if self.file_ids is not UNSET:
            field_dict["file_ids"] = self.file_ids
        if self.expires_after is not UNSET:
            field_dict["expires_after"] = dump(self.expires_after)
        if self.skills is not UNSET:
            field_dict["skills"] = dump(self.skills)
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
        name = d.get("name")
        file_ids = d.get("file_ids", UNSET)
        _expires_after = d.get("expires_after", UNSET)
        expires_after = (
            CreateContainerBodyExpiresAfter.from_dict(_expires_after)
            if isinstance(_expires_after, dict)
            else _expires_after
        )
        _skills = d.get("skills", UNSET)
        skills = (
            [_read_skills_item(_i0) for _i0 in _skills] if isinstance(_skills, list) else _skills
        )
        memory_limit = d.get("memory_limit", UNSET)
        _network_policy = d.get("network_policy", UNSET)
        network_policy = _read_network_policy(_network_policy)
        create_container_body = cls(
            name=name,
            file_ids=file_ids,
            expires_after=expires_after,
            skills=skills,
            memory_limit=memory_limit,
            network_policy=network_policy,
        )
        if name is None:
            create_container_body._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            create_container_body.additional_properties = _extra_fields(d)
        return create_container_body

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
from ..models.create_container_body_expires_after import CreateContainerBodyExpiresAfter  # noqa: E402
from ..models.inline_skill_param import InlineSkillParam  # noqa: E402
from ..models.skill_reference_param import SkillReferenceParam  # noqa: E402

_choose_skills_item = ModelChoice(SkillReferenceParam, InlineSkillParam)
_choose_network_policy = ModelChoice(
    ContainerNetworkPolicyDisabledParam, ContainerNetworkPolicyAllowlistParam
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
CreateContainerBody._oc_fields = (
    ("name", "name", True, "string"),
    ("file_ids", "file_ids", False, ("list", "string")),
    ("expires_after", "expires_after", False, CreateContainerBodyExpiresAfter),
    (
        "skills",
        "skills",
        False,
        (
            "list",
            (
                "union",
                (
                    SkillReferenceParam,
                    InlineSkillParam,
                ),
            ),
        ),
    ),
    (
        "memory_limit",
        "memory_limit",
        False,
        ("enum", "CreateContainerBodyMemoryLimit", ("16g", "1g", "4g", "64g")),
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
