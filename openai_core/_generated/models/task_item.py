# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_type import TaskType, check_task_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskItem")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
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
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class TaskItem:
    """Schema `TaskItem`.

    Attributes:
        id (str):
        created_at (int):
        thread_id (str):
        type_ (Literal['chatkit.task']): Always 'chatkit.task'.
        task_type (TaskType): Schema `TaskType`.
        object_ (Literal['chatkit.thread_item'] | Unset): Always 'chatkit.thread_item'.
        heading (None | str | Unset):
        summary (None | str | Unset):
    """

    id: str
    created_at: int
    thread_id: str
    type_: Literal["chatkit.task"]
    task_type: TaskType
    object_: Literal["chatkit.thread_item"] | Unset = UNSET
    heading: None | str | Unset = UNSET
    summary: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at

        thread_id = self.thread_id

        type_ = self.type_

        task_type: str = self.task_type

        object_ = self.object_

        heading: None | str | Unset
        if isinstance(self.heading, Unset):
            heading = UNSET
        else:
            heading = self.heading

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "thread_id": thread_id,
                "type": type_,
                "task_type": task_type,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if heading is not UNSET:
            field_dict["heading"] = heading
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        created_at = d["created_at"]

        thread_id = d["thread_id"]

        type_ = cast("Literal['chatkit.task']", d["type"])
        if type_ != "chatkit.task":
            raise ValueError(f"type must match const 'chatkit.task', got '{type_}'")

        task_type = check_task_type(d["task_type"])

        object_ = cast("Literal['chatkit.thread_item'] | Unset", d.get("object", UNSET))
        if object_ != "chatkit.thread_item" and not isinstance(object_, Unset):
            raise ValueError(f"object must match const 'chatkit.thread_item', got '{object_}'")

        def _parse_heading(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        heading = _parse_heading(d.get("heading", UNSET))

        def _parse_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        summary = _parse_summary(d.get("summary", UNSET))

        task_item = cls(
            id=id,
            created_at=created_at,
            thread_id=thread_id,
            type_=type_,
            task_type=task_type,
            object_=object_,
            heading=heading,
            summary=summary,
        )

        task_item.additional_properties = _extra_fields(d)
        return task_item

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
