# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.web_search_tool_search_context_size import (
    WebSearchToolSearchContextSize,
    check_web_search_tool_search_context_size,
)
from ..models.web_search_tool_type import WebSearchToolType, check_web_search_tool_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebSearchTool")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "external_web_access",
        "filters",
        "user_location",
        "search_context_size",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class WebSearchTool:
    """Schema `WebSearchTool`.

    Attributes:
        type_ (WebSearchToolType): One of: 'web_search', 'web_search_2025_08_26' (others kept). Server default:
            'web_search'. Default: 'web_search'.
        external_web_access (bool | Unset): Server default: True. Default: True.
        filters (None | Unset | WebSearchToolFiltersType0):
        user_location (None | Unset | WebSearchApproximateLocationType0): Schema `WebSearchApproximateLocation`.
        search_context_size (WebSearchToolSearchContextSize | Unset): One of: 'low', 'medium', 'high' (others kept).
            Server default: 'medium'. Default: 'medium'.
    """

    type_: WebSearchToolType = "web_search"
    external_web_access: bool | Unset = True
    filters: None | Unset | WebSearchToolFiltersType0 = UNSET
    user_location: None | Unset | WebSearchApproximateLocationType0 = UNSET
    search_context_size: WebSearchToolSearchContextSize | Unset = "medium"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        external_web_access = self.external_web_access

        filters: dict[str, Any] | None | Unset
        if isinstance(self.filters, Unset):
            filters = UNSET
        elif isinstance(self.filters, WebSearchToolFiltersType0):
            filters = self.filters.to_dict()
        else:
            filters = self.filters

        user_location: dict[str, Any] | None | Unset
        if isinstance(self.user_location, Unset):
            user_location = UNSET
        elif isinstance(self.user_location, WebSearchApproximateLocationType0):
            user_location = self.user_location.to_dict()
        else:
            user_location = self.user_location

        search_context_size: str | Unset = UNSET
        if not isinstance(self.search_context_size, Unset):
            search_context_size = self.search_context_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if external_web_access is not UNSET:
            field_dict["external_web_access"] = external_web_access
        if filters is not UNSET:
            field_dict["filters"] = filters
        if user_location is not UNSET:
            field_dict["user_location"] = user_location
        if search_context_size is not UNSET:
            field_dict["search_context_size"] = search_context_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = check_web_search_tool_type(d["type"])

        external_web_access = d.get("external_web_access", UNSET)

        def _parse_filters(data: object) -> None | Unset | WebSearchToolFiltersType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                filters_type_0 = WebSearchToolFiltersType0.from_dict(data)

                return filters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | Unset | WebSearchToolFiltersType0", data)

        filters = _parse_filters(d.get("filters", UNSET))

        def _parse_user_location(data: object) -> None | Unset | WebSearchApproximateLocationType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_web_search_approximate_location_type_0 = (
                    WebSearchApproximateLocationType0.from_dict(data)
                )

                return componentsschemas_web_search_approximate_location_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | Unset | WebSearchApproximateLocationType0", data)

        user_location = _parse_user_location(d.get("user_location", UNSET))

        _search_context_size = d.get("search_context_size", UNSET)
        search_context_size: WebSearchToolSearchContextSize | Unset
        if isinstance(_search_context_size, Unset):
            search_context_size = UNSET
        else:
            search_context_size = check_web_search_tool_search_context_size(_search_context_size)

        web_search_tool = cls(
            type_=type_,
            external_web_access=external_web_access,
            filters=filters,
            user_location=user_location,
            search_context_size=search_context_size,
        )

        web_search_tool.additional_properties = _extra_fields(d)
        return web_search_tool

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
from ..models.web_search_approximate_location_type_0 import WebSearchApproximateLocationType0  # noqa: E402
from ..models.web_search_tool_filters_type_0 import WebSearchToolFiltersType0  # noqa: E402
