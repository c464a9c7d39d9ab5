# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ProjectHostedToolPermissions")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
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
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class ProjectHostedToolPermissions:
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

    def to_dict(self) -> dict[str, Any]:
        file_search = self.file_search.to_dict()

        web_search = self.web_search.to_dict()

        image_generation = self.image_generation.to_dict()

        mcp = self.mcp.to_dict()

        code_interpreter = self.code_interpreter.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file_search": file_search,
                "web_search": web_search,
                "image_generation": image_generation,
                "mcp": mcp,
                "code_interpreter": code_interpreter,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        file_search = HostedToolPermission.from_dict(d["file_search"])

        web_search = HostedToolPermission.from_dict(d["web_search"])

        image_generation = HostedToolPermission.from_dict(d["image_generation"])

        mcp = HostedToolPermission.from_dict(d["mcp"])

        code_interpreter = HostedToolPermission.from_dict(d["code_interpreter"])

        project_hosted_tool_permissions = cls(
            file_search=file_search,
            web_search=web_search,
            image_generation=image_generation,
            mcp=mcp,
            code_interpreter=code_interpreter,
        )

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
