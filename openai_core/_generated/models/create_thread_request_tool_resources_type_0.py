# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateThreadRequestToolResourcesType0")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "code_interpreter",
        "file_search",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class CreateThreadRequestToolResourcesType0(_Model):
    """
    Attributes:
        code_interpreter (CreateThreadRequestToolResourcesType0CodeInterpreter | Unset):
        file_search (CreateThreadRequestToolResourcesType0FileSearch | Unset):
    """

    code_interpreter: CreateThreadRequestToolResourcesType0CodeInterpreter | Unset = UNSET
    file_search: CreateThreadRequestToolResourcesType0FileSearch | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ()
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.code_interpreter is not UNSET:
            field_dict["code_interpreter"] = dump(self.code_interpreter)
        if self.file_search is not UNSET:
            field_dict["file_search"] = dump(self.file_search)
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        _code_interpreter = d.get("code_interpreter", UNSET)
        code_interpreter = (
            CreateThreadRequestToolResourcesType0CodeInterpreter.from_dict(_code_interpreter)
            if isinstance(_code_interpreter, dict)
            else _code_interpreter
        )
        _file_search = d.get("file_search", UNSET)
        file_search = (
            CreateThreadRequestToolResourcesType0FileSearch.from_dict(_file_search)
            if isinstance(_file_search, dict)
            else _file_search
        )
        create_thread_request_tool_resources_type_0 = cls(
            code_interpreter=code_interpreter,
            file_search=file_search,
        )
        if not _FIELDS.issuperset(d):
            create_thread_request_tool_resources_type_0.additional_properties = _extra_fields(d)
        return create_thread_request_tool_resources_type_0

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
from ..models.create_thread_request_tool_resources_type_0_code_interpreter import (
    CreateThreadRequestToolResourcesType0CodeInterpreter,  # noqa: E402
)
from ..models.create_thread_request_tool_resources_type_0_file_search import (
    CreateThreadRequestToolResourcesType0FileSearch,  # noqa: E402
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
CreateThreadRequestToolResourcesType0._oc_fields = (
    (
        "code_interpreter",
        "code_interpreter",
        False,
        CreateThreadRequestToolResourcesType0CodeInterpreter,
    ),
    ("file_search", "file_search", False, CreateThreadRequestToolResourcesType0FileSearch),
)
