# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskGroupItem")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "created_at",
        "thread_id",
        "type",
        "tasks",
        "object",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class TaskGroupItem:
    """Schema `TaskGroupItem`.

    Attributes:
        id (str):
        created_at (int):
        thread_id (str):
        type_ (Literal['chatkit.task_group']): Always 'chatkit.task_group'.
        tasks (list[TaskGroupTask]):
        object_ (Literal['chatkit.thread_item'] | Unset): Always 'chatkit.thread_item'.
    """

    id: str
    created_at: int
    thread_id: str
    type_: Literal["chatkit.task_group"]
    tasks: list[TaskGroupTask]
    object_: Literal["chatkit.thread_item"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at

        thread_id = self.thread_id

        type_ = self.type_

        tasks = []
        for tasks_item_data in self.tasks:
            tasks_item = tasks_item_data.to_dict()
            tasks.append(tasks_item)

        object_ = self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "thread_id": thread_id,
                "type": type_,
                "tasks": tasks,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        created_at = d["created_at"]

        thread_id = d["thread_id"]

        type_ = cast("Literal['chatkit.task_group']", d["type"])
        if type_ != "chatkit.task_group":
            raise ValueError(f"type must match const 'chatkit.task_group', got '{type_}'")

        tasks = []
        _tasks = d["tasks"]
        for tasks_item_data in _tasks:
            tasks_item = TaskGroupTask.from_dict(tasks_item_data)

            tasks.append(tasks_item)

        object_ = cast("Literal['chatkit.thread_item'] | Unset", d.get("object", UNSET))
        if object_ != "chatkit.thread_item" and not isinstance(object_, Unset):
            raise ValueError(f"object must match const 'chatkit.thread_item', got '{object_}'")

        task_group_item = cls(
            id=id,
            created_at=created_at,
            thread_id=thread_id,
            type_=type_,
            tasks=tasks,
            object_=object_,
        )

        task_group_item.additional_properties = _extra_fields(d)
        return task_group_item

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
from ..models.task_group_task import TaskGroupTask  # noqa: E402
