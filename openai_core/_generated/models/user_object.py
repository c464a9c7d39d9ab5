# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="User")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "added_at",
        "object",
        "name",
        "email",
        "role",
        "is_default",
        "created",
        "user",
        "is_service_account",
        "is_scale_tier_authorized_purchaser",
        "is_scim_managed",
        "api_key_last_used_at",
        "technical_level",
        "developer_persona",
        "projects",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class User:
    """Schema `User`.

    Attributes:
        id (str):
        added_at (int):
        object_ (Literal['organization.user'] | Unset): Always 'organization.user'.
        name (None | str | Unset):
        email (None | str | Unset):
        role (None | str | Unset):
        is_default (bool | Unset):
        created (int | Unset):
        user (UserUser | Unset):
        is_service_account (bool | Unset):
        is_scale_tier_authorized_purchaser (bool | None | Unset):
        is_scim_managed (bool | Unset):
        api_key_last_used_at (int | None | Unset):
        technical_level (None | str | Unset):
        developer_persona (None | str | Unset):
        projects (None | Unset | UserProjectsType0):
    """

    id: str
    added_at: int
    object_: Literal["organization.user"] | Unset = UNSET
    name: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    role: None | str | Unset = UNSET
    is_default: bool | Unset = UNSET
    created: int | Unset = UNSET
    user: UserUser | Unset = UNSET
    is_service_account: bool | Unset = UNSET
    is_scale_tier_authorized_purchaser: bool | None | Unset = UNSET
    is_scim_managed: bool | Unset = UNSET
    api_key_last_used_at: int | None | Unset = UNSET
    technical_level: None | str | Unset = UNSET
    developer_persona: None | str | Unset = UNSET
    projects: None | Unset | UserProjectsType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        added_at = self.added_at

        object_ = self.object_

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        role: None | str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        else:
            role = self.role

        is_default = self.is_default

        created = self.created

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        is_service_account = self.is_service_account

        is_scale_tier_authorized_purchaser: bool | None | Unset
        if isinstance(self.is_scale_tier_authorized_purchaser, Unset):
            is_scale_tier_authorized_purchaser = UNSET
        else:
            is_scale_tier_authorized_purchaser = self.is_scale_tier_authorized_purchaser

        is_scim_managed = self.is_scim_managed

        api_key_last_used_at: int | None | Unset
        if isinstance(self.api_key_last_used_at, Unset):
            api_key_last_used_at = UNSET
        else:
            api_key_last_used_at = self.api_key_last_used_at

        technical_level: None | str | Unset
        if isinstance(self.technical_level, Unset):
            technical_level = UNSET
        else:
            technical_level = self.technical_level

        developer_persona: None | str | Unset
        if isinstance(self.developer_persona, Unset):
            developer_persona = UNSET
        else:
            developer_persona = self.developer_persona

        projects: dict[str, Any] | None | Unset
        if isinstance(self.projects, Unset):
            projects = UNSET
        elif isinstance(self.projects, UserProjectsType0):
            projects = self.projects.to_dict()
        else:
            projects = self.projects

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "added_at": added_at,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email
        if role is not UNSET:
            field_dict["role"] = role
        if is_default is not UNSET:
            field_dict["is_default"] = is_default
        if created is not UNSET:
            field_dict["created"] = created
        if user is not UNSET:
            field_dict["user"] = user
        if is_service_account is not UNSET:
            field_dict["is_service_account"] = is_service_account
        if is_scale_tier_authorized_purchaser is not UNSET:
            field_dict["is_scale_tier_authorized_purchaser"] = is_scale_tier_authorized_purchaser
        if is_scim_managed is not UNSET:
            field_dict["is_scim_managed"] = is_scim_managed
        if api_key_last_used_at is not UNSET:
            field_dict["api_key_last_used_at"] = api_key_last_used_at
        if technical_level is not UNSET:
            field_dict["technical_level"] = technical_level
        if developer_persona is not UNSET:
            field_dict["developer_persona"] = developer_persona
        if projects is not UNSET:
            field_dict["projects"] = projects

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        added_at = d["added_at"]

        object_ = cast("Literal['organization.user'] | Unset", d.get("object", UNSET))
        if object_ != "organization.user" and not isinstance(object_, Unset):
            raise ValueError(f"object must match const 'organization.user', got '{object_}'")

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        name = _parse_name(d.get("name", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        email = _parse_email(d.get("email", UNSET))

        def _parse_role(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        role = _parse_role(d.get("role", UNSET))

        is_default = d.get("is_default", UNSET)

        created = d.get("created", UNSET)

        _user = d.get("user", UNSET)
        user: UserUser | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = UserUser.from_dict(_user)

        is_service_account = d.get("is_service_account", UNSET)

        def _parse_is_scale_tier_authorized_purchaser(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("bool | None | Unset", data)

        is_scale_tier_authorized_purchaser = _parse_is_scale_tier_authorized_purchaser(
            d.get("is_scale_tier_authorized_purchaser", UNSET)
        )

        is_scim_managed = d.get("is_scim_managed", UNSET)

        def _parse_api_key_last_used_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        api_key_last_used_at = _parse_api_key_last_used_at(d.get("api_key_last_used_at", UNSET))

        def _parse_technical_level(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        technical_level = _parse_technical_level(d.get("technical_level", UNSET))

        def _parse_developer_persona(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        developer_persona = _parse_developer_persona(d.get("developer_persona", UNSET))

        def _parse_projects(data: object) -> None | Unset | UserProjectsType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                projects_type_0 = UserProjectsType0.from_dict(data)

                return projects_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | Unset | UserProjectsType0", data)

        projects = _parse_projects(d.get("projects", UNSET))

        user_object = cls(
            id=id,
            added_at=added_at,
            object_=object_,
            name=name,
            email=email,
            role=role,
            is_default=is_default,
            created=created,
            user=user,
            is_service_account=is_service_account,
            is_scale_tier_authorized_purchaser=is_scale_tier_authorized_purchaser,
            is_scim_managed=is_scim_managed,
            api_key_last_used_at=api_key_last_used_at,
            technical_level=technical_level,
            developer_persona=developer_persona,
            projects=projects,
        )

        user_object.additional_properties = _extra_fields(d)
        return user_object

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
from ..models.user_projects_type_0 import UserProjectsType0  # noqa: E402
from ..models.user_user import UserUser  # noqa: E402
