# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump
from ..models.web_search_context_size import WebSearchContextSize
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatCompletionCreateParamsWebSearchOptions")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "user_location",
        "search_context_size",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class ChatCompletionCreateParamsWebSearchOptions(_Model):
    """
    Attributes:
        user_location (ChatCompletionCreateParamsWebSearchOptionsUserLocationType0 | None | Unset):
        search_context_size (WebSearchContextSize | Unset): Schema `WebSearchContextSize`.
    """

    user_location: ChatCompletionCreateParamsWebSearchOptionsUserLocationType0 | None | Unset = (
        UNSET
    )
    search_context_size: WebSearchContextSize | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ()
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.user_location is not UNSET:
            field_dict["user_location"] = dump(self.user_location)
        if self.search_context_size is not UNSET:
            field_dict["search_context_size"] = self.search_context_size
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        _user_location = d.get("user_location", UNSET)
        user_location = (
            ChatCompletionCreateParamsWebSearchOptionsUserLocationType0.from_dict(_user_location)
            if isinstance(_user_location, dict)
            else _user_location
        )
        search_context_size = d.get("search_context_size", UNSET)
        chat_completion_create_params_web_search_options = cls(
            user_location=user_location,
            search_context_size=search_context_size,
        )
        if not _FIELDS.issuperset(d):
            chat_completion_create_params_web_search_options.additional_properties = _extra_fields(
                d
            )
        return chat_completion_create_params_web_search_options

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
from ..models.chat_completion_create_params_web_search_options_user_location_type_0 import (
    ChatCompletionCreateParamsWebSearchOptionsUserLocationType0,  # noqa: E402
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
ChatCompletionCreateParamsWebSearchOptions._oc_fields = (
    (
        "user_location",
        "user_location",
        False,
        (
            "union",
            (
                ChatCompletionCreateParamsWebSearchOptionsUserLocationType0,
                "null",
            ),
        ),
    ),
    (
        "search_context_size",
        "search_context_size",
        False,
        ("enum", "WebSearchContextSize", ("high", "low", "medium")),
    ),
)
