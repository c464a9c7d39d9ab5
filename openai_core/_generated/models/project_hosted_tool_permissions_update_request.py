# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectHostedToolPermissionsUpdateRequest")

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
class ProjectHostedToolPermissionsUpdateRequest:
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

    def to_dict(self) -> dict[str, Any]:
        file_search: dict[str, Any] | None | Unset
        if isinstance(self.file_search, Unset):
            file_search = UNSET
        elif isinstance(self.file_search, HostedToolPermissionUpdate):
            file_search = self.file_search.to_dict()
        else:
            file_search = self.file_search

        web_search: dict[str, Any] | None | Unset
        if isinstance(self.web_search, Unset):
            web_search = UNSET
        elif isinstance(self.web_search, HostedToolPermissionUpdate):
            web_search = self.web_search.to_dict()
        else:
            web_search = self.web_search

        image_generation: dict[str, Any] | None | Unset
        if isinstance(self.image_generation, Unset):
            image_generation = UNSET
        elif isinstance(self.image_generation, HostedToolPermissionUpdate):
            image_generation = self.image_generation.to_dict()
        else:
            image_generation = self.image_generation

        mcp: dict[str, Any] | None | Unset
        if isinstance(self.mcp, Unset):
            mcp = UNSET
        elif isinstance(self.mcp, HostedToolPermissionUpdate):
            mcp = self.mcp.to_dict()
        else:
            mcp = self.mcp

        code_interpreter: dict[str, Any] | None | Unset
        if isinstance(self.code_interpreter, Unset):
            code_interpreter = UNSET
        elif isinstance(self.code_interpreter, HostedToolPermissionUpdate):
            code_interpreter = self.code_interpreter.to_dict()
        else:
            code_interpreter = self.code_interpreter

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file_search is not UNSET:
            field_dict["file_search"] = file_search
        if web_search is not UNSET:
            field_dict["web_search"] = web_search
        if image_generation is not UNSET:
            field_dict["image_generation"] = image_generation
        if mcp is not UNSET:
            field_dict["mcp"] = mcp
        if code_interpreter is not UNSET:
            field_dict["code_interpreter"] = code_interpreter

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        def _parse_file_search(data: object) -> HostedToolPermissionUpdate | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                file_search_type_0 = HostedToolPermissionUpdate.from_dict(data)

                return file_search_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("HostedToolPermissionUpdate | None | Unset", data)

        file_search = _parse_file_search(d.get("file_search", UNSET))

        def _parse_web_search(data: object) -> HostedToolPermissionUpdate | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                web_search_type_0 = HostedToolPermissionUpdate.from_dict(data)

                return web_search_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("HostedToolPermissionUpdate | None | Unset", data)

        web_search = _parse_web_search(d.get("web_search", UNSET))

        def _parse_image_generation(data: object) -> HostedToolPermissionUpdate | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                image_generation_type_0 = HostedToolPermissionUpdate.from_dict(data)

                return image_generation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("HostedToolPermissionUpdate | None | Unset", data)

        image_generation = _parse_image_generation(d.get("image_generation", UNSET))

        def _parse_mcp(data: object) -> HostedToolPermissionUpdate | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mcp_type_0 = HostedToolPermissionUpdate.from_dict(data)

                return mcp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("HostedToolPermissionUpdate | None | Unset", data)

        mcp = _parse_mcp(d.get("mcp", UNSET))

        def _parse_code_interpreter(data: object) -> HostedToolPermissionUpdate | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                code_interpreter_type_0 = HostedToolPermissionUpdate.from_dict(data)

                return code_interpreter_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("HostedToolPermissionUpdate | None | Unset", data)

        code_interpreter = _parse_code_interpreter(d.get("code_interpreter", UNSET))

        project_hosted_tool_permissions_update_request = cls(
            file_search=file_search,
            web_search=web_search,
            image_generation=image_generation,
            mcp=mcp,
            code_interpreter=code_interpreter,
        )

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
