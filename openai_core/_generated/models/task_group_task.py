# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_type import TaskType, check_task_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskGroupTask")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "heading",
        "summary",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class TaskGroupTask:
    """Schema `TaskGroupTask`.

    Attributes:
        type_ (TaskType): Schema `TaskType`.
        heading (None | str | Unset):
        summary (None | str | Unset):
    """

    type_: TaskType
    heading: None | str | Unset = UNSET
    summary: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

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
                "type": type_,
            }
        )
        if heading is not UNSET:
            field_dict["heading"] = heading
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = check_task_type(d["type"])

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

        task_group_task = cls(
            type_=type_,
            heading=heading,
            summary=summary,
        )

        task_group_task.additional_properties = _extra_fields(d)
        return task_group_task

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
