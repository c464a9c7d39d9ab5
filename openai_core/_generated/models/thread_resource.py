# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump, missing_keys
from ..types import UNSET, Unset

T = TypeVar("T", bound="ThreadResource")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
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
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_status(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "active":
            return ActiveStatus.from_dict(data)
        if tag == "locked":
            return LockedStatus.from_dict(data)
        if tag == "closed":
            return ClosedStatus.from_dict(data)
        return _choose_status(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class ThreadResource(_Model):
    """Schema `ThreadResource`.

    Attributes:
        id (str):
        created_at (int):
        status (ActiveStatus | ClosedStatus | LockedStatus):
        user (str):
        object (Literal['chatkit.thread'] | Unset): Always 'chatkit.thread'.
        title (None | str | Unset):
    """

    id: str
    created_at: int
    status: ActiveStatus | ClosedStatus | LockedStatus
    user: str
    object: Literal["chatkit.thread"] | Unset = UNSET
    title: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "id",
        "created_at",
        "status",
        "user",
    )
    _oc_consts = {"object": "chatkit.thread"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["created_at"] = self.created_at
        field_dict["status"] = dump(self.status)
        field_dict["user"] = self.user
        if self.object is not UNSET:
            field_dict["object"] = self.object
        if self.title is not UNSET:
            field_dict["title"] = self.title
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        id = d.get("id")
        created_at = d.get("created_at")
        _status = d.get("status")
        status = _read_status(_status)
        user = d.get("user")
        object_ = d.get("object", UNSET)
        title = d.get("title", UNSET)
        thread_resource = cls(
            id=id,
            created_at=created_at,
            status=status,
            user=user,
            object=object_,
            title=title,
        )
        if id is None or created_at is None or status is None or user is None:
            thread_resource._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            thread_resource.additional_properties = _extra_fields(d)
        return thread_resource

    @property
    def object_(self) -> Literal["chatkit.thread"] | Unset:
        """The `object` field, under its former name."""
        return self.object

    @object_.setter
    def object_(self, value: Literal["chatkit.thread"] | Unset) -> None:
        self.object = value

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

_choose_status = ModelChoice(ActiveStatus, LockedStatus, ClosedStatus)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
ThreadResource._oc_fields = (
    ("id", "id", True, "string"),
    ("created_at", "created_at", True, "integer"),
    (
        "status",
        "status",
        True,
        (
            "union",
            (
                ActiveStatus,
                LockedStatus,
                ClosedStatus,
            ),
        ),
    ),
    ("user", "user", True, "string"),
    ("object", "object", False, ("const", "chatkit.thread")),
    (
        "title",
        "title",
        False,
        (
            "union",
            (
                "string",
                "null",
            ),
        ),
    ),
)
