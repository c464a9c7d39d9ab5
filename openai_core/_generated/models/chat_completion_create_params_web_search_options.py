# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.web_search_context_size import WebSearchContextSize, check_web_search_context_size
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatCompletionCreateParamsWebSearchOptions")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "user_location",
        "search_context_size",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class ChatCompletionCreateParamsWebSearchOptions:
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

    def to_dict(self) -> dict[str, Any]:
        user_location: dict[str, Any] | None | Unset
        if isinstance(self.user_location, Unset):
            user_location = UNSET
        elif isinstance(
            self.user_location, ChatCompletionCreateParamsWebSearchOptionsUserLocationType0
        ):
            user_location = self.user_location.to_dict()
        else:
            user_location = self.user_location

        search_context_size: str | Unset = UNSET
        if not isinstance(self.search_context_size, Unset):
            search_context_size = self.search_context_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_location is not UNSET:
            field_dict["user_location"] = user_location
        if search_context_size is not UNSET:
            field_dict["search_context_size"] = search_context_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        def _parse_user_location(
            data: object,
        ) -> ChatCompletionCreateParamsWebSearchOptionsUserLocationType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_location_type_0 = (
                    ChatCompletionCreateParamsWebSearchOptionsUserLocationType0.from_dict(data)
                )

                return user_location_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                "ChatCompletionCreateParamsWebSearchOptionsUserLocationType0 | None | Unset", data
            )

        user_location = _parse_user_location(d.get("user_location", UNSET))

        _search_context_size = d.get("search_context_size", UNSET)
        search_context_size: WebSearchContextSize | Unset
        if isinstance(_search_context_size, Unset):
            search_context_size = UNSET
        else:
            search_context_size = check_web_search_context_size(_search_context_size)

        chat_completion_create_params_web_search_options = cls(
            user_location=user_location,
            search_context_size=search_context_size,
        )

        chat_completion_create_params_web_search_options.additional_properties = _extra_fields(d)
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
