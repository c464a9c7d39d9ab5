# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_search_content_type import BetaSearchContentType, check_beta_search_content_type
from ..models.beta_search_context_size import BetaSearchContextSize, check_beta_search_context_size
from ..models.beta_web_search_preview_tool_type import (
    BetaWebSearchPreviewToolType,
    check_beta_web_search_preview_tool_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaWebSearchPreviewTool")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "user_location",
        "search_context_size",
        "search_content_types",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class BetaWebSearchPreviewTool:
    """Schema `BetaWebSearchPreviewTool`.

    Attributes:
        type_ (BetaWebSearchPreviewToolType): One of: 'web_search_preview', 'web_search_preview_2025_03_11' (others
            kept). Server default: 'web_search_preview'. Default: 'web_search_preview'.
        user_location (BetaApproximateLocation | None | Unset):
        search_context_size (BetaSearchContextSize | Unset): Schema `BetaSearchContextSize`.
        search_content_types (list[BetaSearchContentType] | Unset):
    """

    type_: BetaWebSearchPreviewToolType = "web_search_preview"
    user_location: BetaApproximateLocation | None | Unset = UNSET
    search_context_size: BetaSearchContextSize | Unset = UNSET
    search_content_types: list[BetaSearchContentType] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        user_location: dict[str, Any] | None | Unset
        if isinstance(self.user_location, Unset):
            user_location = UNSET
        elif isinstance(self.user_location, BetaApproximateLocation):
            user_location = self.user_location.to_dict()
        else:
            user_location = self.user_location

        search_context_size: str | Unset = UNSET
        if not isinstance(self.search_context_size, Unset):
            search_context_size = self.search_context_size

        search_content_types: list[str] | Unset = UNSET
        if not isinstance(self.search_content_types, Unset):
            search_content_types = []
            for search_content_types_item_data in self.search_content_types:
                search_content_types_item: str = search_content_types_item_data
                search_content_types.append(search_content_types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if user_location is not UNSET:
            field_dict["user_location"] = user_location
        if search_context_size is not UNSET:
            field_dict["search_context_size"] = search_context_size
        if search_content_types is not UNSET:
            field_dict["search_content_types"] = search_content_types

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = check_beta_web_search_preview_tool_type(d["type"])

        def _parse_user_location(data: object) -> BetaApproximateLocation | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_location_type_0 = BetaApproximateLocation.from_dict(data)

                return user_location_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("BetaApproximateLocation | None | Unset", data)

        user_location = _parse_user_location(d.get("user_location", UNSET))

        _search_context_size = d.get("search_context_size", UNSET)
        search_context_size: BetaSearchContextSize | Unset
        if isinstance(_search_context_size, Unset):
            search_context_size = UNSET
        else:
            search_context_size = check_beta_search_context_size(_search_context_size)

        _search_content_types = d.get("search_content_types", UNSET)
        search_content_types: list[BetaSearchContentType] | Unset = UNSET
        if _search_content_types is not UNSET:
            search_content_types = []
            for search_content_types_item_data in _search_content_types:
                search_content_types_item = check_beta_search_content_type(
                    search_content_types_item_data
                )

                search_content_types.append(search_content_types_item)

        beta_web_search_preview_tool = cls(
            type_=type_,
            user_location=user_location,
            search_context_size=search_context_size,
            search_content_types=search_content_types,
        )

        beta_web_search_preview_tool.additional_properties = _extra_fields(d)
        return beta_web_search_preview_tool

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
from ..models.beta_approximate_location import BetaApproximateLocation  # noqa: E402
