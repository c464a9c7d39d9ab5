# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateAssistantRequestToolResourcesType0")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "code_interpreter",
        "file_search",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class CreateAssistantRequestToolResourcesType0:
    """
    Attributes:
        code_interpreter (CreateAssistantRequestToolResourcesType0CodeInterpreter | Unset):
        file_search (CreateAssistantRequestToolResourcesType0FileSearch | Unset):
    """

    code_interpreter: CreateAssistantRequestToolResourcesType0CodeInterpreter | Unset = UNSET
    file_search: CreateAssistantRequestToolResourcesType0FileSearch | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code_interpreter: dict[str, Any] | Unset = UNSET
        if not isinstance(self.code_interpreter, Unset):
            code_interpreter = self.code_interpreter.to_dict()

        file_search: dict[str, Any] | Unset = UNSET
        if not isinstance(self.file_search, Unset):
            file_search = self.file_search.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code_interpreter is not UNSET:
            field_dict["code_interpreter"] = code_interpreter
        if file_search is not UNSET:
            field_dict["file_search"] = file_search

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _code_interpreter = d.get("code_interpreter", UNSET)
        code_interpreter: CreateAssistantRequestToolResourcesType0CodeInterpreter | Unset
        if isinstance(_code_interpreter, Unset):
            code_interpreter = UNSET
        else:
            code_interpreter = CreateAssistantRequestToolResourcesType0CodeInterpreter.from_dict(
                _code_interpreter
            )

        _file_search = d.get("file_search", UNSET)
        file_search: CreateAssistantRequestToolResourcesType0FileSearch | Unset
        if isinstance(_file_search, Unset):
            file_search = UNSET
        else:
            file_search = CreateAssistantRequestToolResourcesType0FileSearch.from_dict(_file_search)

        create_assistant_request_tool_resources_type_0 = cls(
            code_interpreter=code_interpreter,
            file_search=file_search,
        )

        create_assistant_request_tool_resources_type_0.additional_properties = _extra_fields(d)
        return create_assistant_request_tool_resources_type_0

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
from ..models.create_assistant_request_tool_resources_type_0_code_interpreter import (
    CreateAssistantRequestToolResourcesType0CodeInterpreter,  # noqa: E402
)
from ..models.create_assistant_request_tool_resources_type_0_file_search import (
    CreateAssistantRequestToolResourcesType0FileSearch,  # noqa: E402
)
