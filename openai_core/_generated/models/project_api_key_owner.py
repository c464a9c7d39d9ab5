# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump
from ..models.project_api_key_owner_type import (
    ProjectApiKeyOwnerType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectApiKeyOwner")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "user",
        "service_account",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class ProjectApiKeyOwner(_Model):
    """
    Attributes:
        type (ProjectApiKeyOwnerType | Unset): One of: 'user', 'service_account' (others kept).
        user (ProjectApiKeyOwnerUser | Unset): Schema `ProjectApiKeyOwnerUser`.
        service_account (ProjectApiKeyOwnerServiceAccount | Unset): Schema `ProjectApiKeyOwnerServiceAccount`.
    """

    type: ProjectApiKeyOwnerType | Unset = UNSET
    user: ProjectApiKeyOwnerUser | Unset = UNSET
    service_account: ProjectApiKeyOwnerServiceAccount | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ()
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.type is not UNSET:
            field_dict["type"] = self.type
        if self.user is not UNSET:
            field_dict["user"] = dump(self.user)
        if self.service_account is not UNSET:
            field_dict["service_account"] = dump(self.service_account)
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        type_ = d.get("type", UNSET)
        _user = d.get("user", UNSET)
        user = ProjectApiKeyOwnerUser.from_dict(_user) if isinstance(_user, dict) else _user
        _service_account = d.get("service_account", UNSET)
        service_account = (
            ProjectApiKeyOwnerServiceAccount.from_dict(_service_account)
            if isinstance(_service_account, dict)
            else _service_account
        )
        project_api_key_owner = cls(
            type=type_,
            user=user,
            service_account=service_account,
        )
        if not _FIELDS.issuperset(d):
            project_api_key_owner.additional_properties = _extra_fields(d)
        return project_api_key_owner

    @property
    def type_(self) -> ProjectApiKeyOwnerType | Unset:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: ProjectApiKeyOwnerType | Unset) -> None:
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
from ..models.project_api_key_owner_service_account import ProjectApiKeyOwnerServiceAccount  # noqa: E402
from ..models.project_api_key_owner_user import ProjectApiKeyOwnerUser  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
ProjectApiKeyOwner._oc_fields = (
    ("type", "type", False, ("enum", "ProjectApiKeyOwnerType", ("service_account", "user"))),
    ("user", "user", False, ProjectApiKeyOwnerUser),
    ("service_account", "service_account", False, ProjectApiKeyOwnerServiceAccount),
)
