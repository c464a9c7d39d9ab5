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

T = TypeVar("T", bound="ProjectHostedToolPermissionsUpdateRequest")

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
class ProjectHostedToolPermissionsUpdateRequest(_Model):
    """Schema `ProjectHostedToolPermissionsUpdateRequest`.

    Attributes:
        file_search (HostedToolPermissionUpdate | None | Unset):
        web_search (HostedToolPermissionUpdate | None | Unset):
        image_generation (HostedToolPermissionUpdate | None | Unset):
        mcp (HostedToolPermissionUpdate | None | Unset):
        code_interpreter (HostedToolPermissionUpdate | None | Unset):
    """

    file_search: HostedToolPermissionUpdate | None | Unset = UNSET
    web_search: HostedToolPermissionUpdate | None | Unset = UNSET
    image_generation: HostedToolPermissionUpdate | None | Unset = UNSET
    mcp: HostedToolPermissionUpdate | None | Unset = UNSET
    code_interpreter: HostedToolPermissionUpdate | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ()
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.file_search is not UNSET:
            field_dict["file_search"] = dump(self.file_search)
        if self.web_search is not UNSET:
            field_dict["web_search"] = dump(self.web_search)
        if self.image_generation is not UNSET:
            field_dict["image_generation"] = dump(self.image_generation)
        if self.mcp is not UNSET:
            field_dict["mcp"] = dump(self.mcp)
        if self.code_interpreter is not UNSET:
            field_dict["code_interpreter"] = dump(self.code_interpreter)
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        _file_search = d.get("file_search", UNSET)
        file_search = (
            HostedToolPermissionUpdate.from_dict(_file_search)
            if isinstance(_file_search, dict)
            else _file_search
        )
        _web_search = d.get("web_search", UNSET)
        web_search = (
            HostedToolPermissionUpdate.from_dict(_web_search)
            if isinstance(_web_search, dict)
            else _web_search
        )
        _image_generation = d.get("image_generation", UNSET)
        image_generation = (
            HostedToolPermissionUpdate.from_dict(_image_generation)
            if isinstance(_image_generation, dict)
            else _image_generation
        )
        _mcp = d.get("mcp", UNSET)
        mcp = HostedToolPermissionUpdate.from_dict(_mcp) if isinstance(_mcp, dict) else _mcp
        _code_interpreter = d.get("code_interpreter", UNSET)
        code_interpreter = (
            HostedToolPermissionUpdate.from_dict(_code_interpreter)
            if isinstance(_code_interpreter, dict)
            else _code_interpreter
        )
        project_hosted_tool_permissions_update_request = cls(
            file_search=file_search,
            web_search=web_search,
            image_generation=image_generation,
            mcp=mcp,
            code_interpreter=code_interpreter,
        )
        if not _FIELDS.issuperset(d):
            project_hosted_tool_permissions_update_request.additional_properties = _extra_fields(d)
        return project_hosted_tool_permissions_update_request

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
from ..models.hosted_tool_permission_update import HostedToolPermissionUpdate  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
ProjectHostedToolPermissionsUpdateRequest._oc_fields = (
    (
        "file_search",
        "file_search",
        False,
        (
            "union",
            (
                HostedToolPermissionUpdate,
                "null",
            ),
        ),
    ),
    (
        "web_search",
        "web_search",
        False,
        (
            "union",
            (
                HostedToolPermissionUpdate,
                "null",
            ),
        ),
    ),
    (
        "image_generation",
        "image_generation",
        False,
        (
            "union",
            (
                HostedToolPermissionUpdate,
                "null",
            ),
        ),
    ),
    (
        "mcp",
        "mcp",
        False,
        (
            "union",
            (
                HostedToolPermissionUpdate,
                "null",
            ),
        ),
    ),
    (
        "code_interpreter",
        "code_interpreter",
        False,
        (
            "union",
            (
                HostedToolPermissionUpdate,
                "null",
            ),
        ),
    ),
)
