# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys
from ..models.beta_search_content_type import BetaSearchContentType
from ..models.beta_search_context_size import BetaSearchContextSize
from ..models.beta_web_search_preview_tool_type import (
    BetaWebSearchPreviewToolType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaWebSearchPreviewTool")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "user_location",
        "search_context_size",
        "search_content_types",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class BetaWebSearchPreviewTool(_Model):
    """Schema `BetaWebSearchPreviewTool`.

    Attributes:
        type (BetaWebSearchPreviewToolType): One of: 'web_search_preview', 'web_search_preview_2025_03_11' (others
            kept). Server default: 'web_search_preview'. Default: 'web_search_preview'.
        user_location (BetaApproximateLocation | None | Unset):
        search_context_size (BetaSearchContextSize | Unset): Schema `BetaSearchContextSize`.
        search_content_types (list[BetaSearchContentType] | Unset):
    """

    type: BetaWebSearchPreviewToolType = "web_search_preview"
    user_location: BetaApproximateLocation | None | Unset = UNSET
    search_context_size: BetaSearchContextSize | Unset = UNSET
    search_content_types: list[BetaSearchContentType] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ("type",)
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        if self.user_location is not UNSET:
            field_dict["user_location"] = dump(self.user_location)
        if self.search_context_size is not UNSET:
            field_dict["search_context_size"] = self.search_context_size
        if self.search_content_types is not UNSET:
            field_dict["search_content_types"] = self.search_content_types
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        type_ = d.get("type")
        _user_location = d.get("user_location", UNSET)
        user_location = (
            BetaApproximateLocation.from_dict(_user_location)
            if isinstance(_user_location, dict)
            else _user_location
        )
        search_context_size = d.get("search_context_size", UNSET)
        search_content_types = d.get("search_content_types", UNSET)
        beta_web_search_preview_tool = cls(
            type=type_,
            user_location=user_location,
            search_context_size=search_context_size,
            search_content_types=search_content_types,
        )
        if type_ is None:
            beta_web_search_preview_tool._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            beta_web_search_preview_tool.additional_properties = _extra_fields(d)
        return beta_web_search_preview_tool

    @property
    def type_(self) -> BetaWebSearchPreviewToolType:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: BetaWebSearchPreviewToolType) -> None:
        self.type = value

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

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
BetaWebSearchPreviewTool._oc_fields = (
    (
        "type",
        "type",
        True,
        (
            "enum",
            "BetaWebSearchPreviewToolType",
            ("web_search_preview", "web_search_preview_2025_03_11"),
        ),
    ),
    (
        "user_location",
        "user_location",
        False,
        (
            "union",
            (
                BetaApproximateLocation,
                "null",
            ),
        ),
    ),
    (
        "search_context_size",
        "search_context_size",
        False,
        ("enum", "BetaSearchContextSize", ("high", "low", "medium")),
    ),
    (
        "search_content_types",
        "search_content_types",
        False,
        ("list", ("enum", "BetaSearchContentType", ("image", "text"))),
    ),
)
