# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ThreadResource")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "created_at",
        "status",
        "user",
        "object",
        "title",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class ThreadResource:
    """Schema `ThreadResource`.

    Attributes:
        id (str):
        created_at (int):
        status (ActiveStatus | ClosedStatus | LockedStatus):
        user (str):
        object_ (Literal['chatkit.thread'] | Unset): Always 'chatkit.thread'.
        title (None | str | Unset):
    """

    id: str
    created_at: int
    status: ActiveStatus | ClosedStatus | LockedStatus
    user: str
    object_: Literal["chatkit.thread"] | Unset = UNSET
    title: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at

        status: dict[str, Any]
        if isinstance(self.status, ActiveStatus):
            status = self.status.to_dict()
        elif isinstance(self.status, LockedStatus):
            status = self.status.to_dict()
        else:
            status = self.status.to_dict()

        user = self.user

        object_ = self.object_

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "status": status,
                "user": user,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        created_at = d["created_at"]

        def _parse_status(data: object) -> ActiveStatus | ClosedStatus | LockedStatus:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                status_type_0 = ActiveStatus.from_dict(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                status_type_1 = LockedStatus.from_dict(data)

                return status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            status_type_2 = ClosedStatus.from_dict(data)

            return status_type_2

        status = _parse_status(d["status"])

        user = d["user"]

        object_ = cast("Literal['chatkit.thread'] | Unset", d.get("object", UNSET))
        if object_ != "chatkit.thread" and not isinstance(object_, Unset):
            raise ValueError(f"object must match const 'chatkit.thread', got '{object_}'")

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        title = _parse_title(d.get("title", UNSET))

        thread_resource = cls(
            id=id,
            created_at=created_at,
            status=status,
            user=user,
            object_=object_,
            title=title,
        )

        thread_resource.additional_properties = _extra_fields(d)
        return thread_resource

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
from ..models.active_status import ActiveStatus  # noqa: E402
from ..models.closed_status import ClosedStatus  # noqa: E402
from ..models.locked_status import LockedStatus  # noqa: E402
