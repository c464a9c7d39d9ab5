# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ChatCompletionMessageAnnotationsItemUrlCitation")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "end_index",
        "start_index",
        "url",
        "title",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class ChatCompletionMessageAnnotationsItemUrlCitation:
    """
    Attributes:
        end_index (int):
        start_index (int):
        url (str):
        title (str):
    """

    end_index: int
    start_index: int
    url: str
    title: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        end_index = self.end_index

        start_index = self.start_index

        url = self.url

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "end_index": end_index,
                "start_index": start_index,
                "url": url,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        end_index = d["end_index"]

        start_index = d["start_index"]

        url = d["url"]

        title = d["title"]

        chat_completion_message_annotations_item_url_citation = cls(
            end_index=end_index,
            start_index=start_index,
            url=url,
            title=title,
        )

        chat_completion_message_annotations_item_url_citation.additional_properties = _extra_fields(
            d
        )
        return chat_completion_message_annotations_item_url_citation

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
