# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import missing_keys
from ..models.task_type import TaskType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskItem")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "created_at",
        "thread_id",
        "type",
        "task_type",
        "object",
        "heading",
        "summary",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class TaskItem(_Model):
    """Schema `TaskItem`.

    Attributes:
        id (str):
        created_at (int):
        thread_id (str):
        type (Literal['chatkit.task']): Always 'chatkit.task'.
        task_type (TaskType): Schema `TaskType`.
        object (Literal['chatkit.thread_item'] | Unset): Always 'chatkit.thread_item'.
        heading (None | str | Unset):
        summary (None | str | Unset):
    """

    id: str
    created_at: int
    thread_id: str
    type: Literal["chatkit.task"]
    task_type: TaskType
    object: Literal["chatkit.thread_item"] | Unset = UNSET
    heading: None | str | Unset = UNSET
    summary: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "id",
        "created_at",
        "thread_id",
        "type",
        "task_type",
    )
    _oc_consts = {"type": "chatkit.task", "object": "chatkit.thread_item"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["created_at"] = self.created_at
        field_dict["thread_id"] = self.thread_id
        field_dict["type"] = self.type
        field_dict["task_type"] = self.task_type
        if self.object is not UNSET:
            field_dict["object"] = self.object
        if self.heading is not UNSET:
            field_dict["heading"] = self.heading
        if self.summary is not UNSET:
            field_dict["summary"] = self.summary
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
        thread_id = d.get("thread_id")
        type_ = d.get("type")
        task_type = d.get("task_type")
        object_ = d.get("object", UNSET)
        heading = d.get("heading", UNSET)
        summary = d.get("summary", UNSET)
        task_item = cls(
            id=id,
            created_at=created_at,
            thread_id=thread_id,
            type=type_,
            task_type=task_type,
            object=object_,
            heading=heading,
            summary=summary,
        )
        if (
            id is None
            or created_at is None
            or thread_id is None
            or type_ is None
            or task_type is None
        ):
            task_item._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            task_item.additional_properties = _extra_fields(d)
        return task_item

    @property
    def type_(self) -> Literal["chatkit.task"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["chatkit.task"]) -> None:
        self.type = value

    @property
    def object_(self) -> Literal["chatkit.thread_item"] | Unset:
        """The `object` field, under its former name."""
        return self.object

    @object_.setter
    def object_(self, value: Literal["chatkit.thread_item"] | Unset) -> None:
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


# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
TaskItem._oc_fields = (
    ("id", "id", True, "string"),
    ("created_at", "created_at", True, "integer"),
    ("thread_id", "thread_id", True, "string"),
    ("type", "type", True, ("const", "chatkit.task")),
    ("task_type", "task_type", True, ("enum", "TaskType", ("custom", "thought"))),
    ("object", "object", False, ("const", "chatkit.thread_item")),
    (
        "heading",
        "heading",
        False,
        (
            "union",
            (
                "string",
                "null",
            ),
        ),
    ),
    (
        "summary",
        "summary",
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
