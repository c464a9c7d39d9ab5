# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_container_body_memory_limit import (
    CreateContainerBodyMemoryLimit,
    check_create_container_body_memory_limit,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateContainerBody")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
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
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class CreateContainerBody:
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

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        file_ids: list[str] | Unset = UNSET
        if not isinstance(self.file_ids, Unset):
            file_ids = self.file_ids

        expires_after: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expires_after, Unset):
            expires_after = self.expires_after.to_dict()

        skills: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.skills, Unset):
            skills = []
            for skills_item_data in self.skills:
                skills_item: dict[str, Any]
                if isinstance(skills_item_data, SkillReferenceParam):
                    skills_item = skills_item_data.to_dict()
                else:
                    skills_item = skills_item_data.to_dict()

                skills.append(skills_item)

        memory_limit: str | Unset = UNSET
        if not isinstance(self.memory_limit, Unset):
            memory_limit = self.memory_limit

        network_policy: dict[str, Any] | Unset
        if isinstance(self.network_policy, Unset):
            network_policy = UNSET
        elif isinstance(self.network_policy, ContainerNetworkPolicyDisabledParam):
            network_policy = self.network_policy.to_dict()
        else:
            network_policy = self.network_policy.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if file_ids is not UNSET:
            field_dict["file_ids"] = file_ids
        if expires_after is not UNSET:
            field_dict["expires_after"] = expires_after
        if skills is not UNSET:
            field_dict["skills"] = skills
        if memory_limit is not UNSET:
            field_dict["memory_limit"] = memory_limit
        if network_policy is not UNSET:
            field_dict["network_policy"] = network_policy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]

        file_ids = cast("list[str]", d.get("file_ids", UNSET))

        _expires_after = d.get("expires_after", UNSET)
        expires_after: CreateContainerBodyExpiresAfter | Unset
        if isinstance(_expires_after, Unset):
            expires_after = UNSET
        else:
            expires_after = CreateContainerBodyExpiresAfter.from_dict(_expires_after)

        _skills = d.get("skills", UNSET)
        skills: list[InlineSkillParam | SkillReferenceParam] | Unset = UNSET
        if _skills is not UNSET:
            skills = []
            for skills_item_data in _skills:

                def _parse_skills_item(data: object) -> InlineSkillParam | SkillReferenceParam:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        skills_item_type_0 = SkillReferenceParam.from_dict(data)

                        return skills_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    skills_item_type_1 = InlineSkillParam.from_dict(data)

                    return skills_item_type_1

                skills_item = _parse_skills_item(skills_item_data)

                skills.append(skills_item)

        _memory_limit = d.get("memory_limit", UNSET)
        memory_limit: CreateContainerBodyMemoryLimit | Unset
        if isinstance(_memory_limit, Unset):
            memory_limit = UNSET
        else:
            memory_limit = check_create_container_body_memory_limit(_memory_limit)

        def _parse_network_policy(
            data: object,
        ) -> ContainerNetworkPolicyAllowlistParam | ContainerNetworkPolicyDisabledParam | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                network_policy_type_0 = ContainerNetworkPolicyDisabledParam.from_dict(data)

                return network_policy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            network_policy_type_1 = ContainerNetworkPolicyAllowlistParam.from_dict(data)

            return network_policy_type_1

        network_policy = _parse_network_policy(d.get("network_policy", UNSET))

        create_container_body = cls(
            name=name,
            file_ids=file_ids,
            expires_after=expires_after,
            skills=skills,
            memory_limit=memory_limit,
            network_policy=network_policy,
        )

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
