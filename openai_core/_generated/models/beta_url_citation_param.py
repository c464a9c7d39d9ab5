# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BetaUrlCitationParam")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "start_index",
        "end_index",
        "url",
        "title",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class BetaUrlCitationParam:
    """Schema `BetaUrlCitationParam`.

    Attributes:
        type_ (Literal['url_citation']): Always 'url_citation'.
        start_index (int): Range 0..inf.
        end_index (int): Range 0..inf.
        url (str):
        title (str):
    """

    type_: Literal["url_citation"]
    start_index: int
    end_index: int
    url: str
    title: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        start_index = self.start_index

        end_index = self.end_index

        url = self.url

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "start_index": start_index,
                "end_index": end_index,
                "url": url,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['url_citation']", d["type"])
        if type_ != "url_citation":
            raise ValueError(f"type must match const 'url_citation', got '{type_}'")

        start_index = d["start_index"]

        end_index = d["end_index"]

        url = d["url"]

        title = d["title"]

        beta_url_citation_param = cls(
            type_=type_,
            start_index=start_index,
            end_index=end_index,
            url=url,
            title=title,
        )

        beta_url_citation_param.additional_properties = _extra_fields(d)
        return beta_url_citation_param

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
