# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys

T = TypeVar("T", bound="ProjectHostedToolPermissions")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "file_search",
        "web_search",
        "image_generation",
        "mcp",
        "code_interpreter",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class ProjectHostedToolPermissions(_Model):
    """Schema `ProjectHostedToolPermissions`.

    Attributes:
        file_search (HostedToolPermission): Schema `HostedToolPermission`.
        web_search (HostedToolPermission): Schema `HostedToolPermission`.
        image_generation (HostedToolPermission): Schema `HostedToolPermission`.
        mcp (HostedToolPermission): Schema `HostedToolPermission`.
        code_interpreter (HostedToolPermission): Schema `HostedToolPermission`.
    """

    file_search: HostedToolPermission
    web_search: HostedToolPermission
    image_generation: HostedToolPermission
    mcp: HostedToolPermission
    code_interpreter: HostedToolPermission
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "file_search",
        "web_search",
        "image_generation",
        "mcp",
        "code_interpreter",
    )
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["file_search"] = dump(self.file_search)
        field_dict["web_search"] = dump(self.web_search)
        field_dict["image_generation"] = dump(self.image_generation)
        field_dict["mcp"] = dump(self.mcp)
        field_dict["code_interpreter"] = dump(self.code_interpreter)
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        _file_search = d.get("file_search")
        file_search = (
            HostedToolPermission.from_dict(_file_search)
            if isinstance(_file_search, dict)
            else _file_search
        )
        _web_search = d.get("web_search")
        web_search = (
            HostedToolPermission.from_dict(_web_search)
            if isinstance(_web_search, dict)
            else _web_search
        )
        _image_generation = d.get("image_generation")
        image_generation = (
            HostedToolPermission.from_dict(_image_generation)
            if isinstance(_image_generation, dict)
            else _image_generation
        )
        _mcp = d.get("mcp")
        mcp = HostedToolPermission.from_dict(_mcp) if isinstance(_mcp, dict) else _mcp
        _code_interpreter = d.get("code_interpreter")
        code_interpreter = (
            HostedToolPermission.from_dict(_code_interpreter)
            if isinstance(_code_interpreter, dict)
            else _code_interpreter
        )
        project_hosted_tool_permissions = cls(
            file_search=file_search,
            web_search=web_search,
            image_generation=image_generation,
            mcp=mcp,
            code_interpreter=code_interpreter,
        )
        if (
            file_search is None
            or web_search is None
            or image_generation is None
            or mcp is None
            or code_interpreter is None
        ):
            project_hosted_tool_permissions._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            project_hosted_tool_permissions.additional_properties = _extra_fields(d)
        return project_hosted_tool_permissions

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
from ..models.hosted_tool_permission import HostedToolPermission  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
ProjectHostedToolPermissions._oc_fields = (
    ("file_search", "file_search", True, HostedToolPermission),
    ("web_search", "web_search", True, HostedToolPermission),
    ("image_generation", "image_generation", True, HostedToolPermission),
    ("mcp", "mcp", True, HostedToolPermission),
    ("code_interpreter", "code_interpreter", True, HostedToolPermission),
)
