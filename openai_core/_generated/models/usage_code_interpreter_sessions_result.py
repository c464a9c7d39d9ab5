# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UsageCodeInterpreterSessionsResult")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "num_sessions",
        "object",
        "project_id",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class UsageCodeInterpreterSessionsResult:
    """Schema `UsageCodeInterpreterSessionsResult`.

    Attributes:
        num_sessions (int):
        object_ (Literal['organization.usage.code_interpreter_sessions.result'] | Unset): Always
            'organization.usage.code_interpreter_sessions.result'.
        project_id (None | str | Unset):
    """

    num_sessions: int
    object_: Literal["organization.usage.code_interpreter_sessions.result"] | Unset = UNSET
    project_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        num_sessions = self.num_sessions

        object_ = self.object_

        project_id: None | str | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "num_sessions": num_sessions,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if project_id is not UNSET:
            field_dict["project_id"] = project_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        num_sessions = d["num_sessions"]

        object_ = cast(
            "Literal['organization.usage.code_interpreter_sessions.result'] | Unset",
            d.get("object", UNSET),
        )
        if object_ != "organization.usage.code_interpreter_sessions.result" and not isinstance(
            object_, Unset
        ):
            raise ValueError(
                f"object must match const 'organization.usage.code_interpreter_sessions.result', got '{object_}'"
            )

        def _parse_project_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        project_id = _parse_project_id(d.get("project_id", UNSET))

        usage_code_interpreter_sessions_result = cls(
            num_sessions=num_sessions,
            object_=object_,
            project_id=project_id,
        )

        usage_code_interpreter_sessions_result.additional_properties = _extra_fields(d)
        return usage_code_interpreter_sessions_result

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
