# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UsageResponse")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "data",
        "has_more",
        "object",
        "next_page",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class UsageResponse:
    """Schema `UsageResponse`.

    Attributes:
        data (list[UsageTimeBucket]):
        has_more (bool):
        object_ (Literal['page'] | Unset): Always 'page'.
        next_page (None | str | Unset):
    """

    data: list[UsageTimeBucket]
    has_more: bool
    object_: Literal["page"] | Unset = UNSET
    next_page: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        has_more = self.has_more

        object_ = self.object_

        next_page: None | str | Unset
        if isinstance(self.next_page, Unset):
            next_page = UNSET
        else:
            next_page = self.next_page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "has_more": has_more,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if next_page is not UNSET:
            field_dict["next_page"] = next_page

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        data = []
        _data = d["data"]
        for data_item_data in _data:
            data_item = UsageTimeBucket.from_dict(data_item_data)

            data.append(data_item)

        has_more = d["has_more"]

        object_ = cast("Literal['page'] | Unset", d.get("object", UNSET))
        if object_ != "page" and not isinstance(object_, Unset):
            raise ValueError(f"object must match const 'page', got '{object_}'")

        def _parse_next_page(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        next_page = _parse_next_page(d.get("next_page", UNSET))

        usage_response = cls(
            data=data,
            has_more=has_more,
            object_=object_,
            next_page=next_page,
        )

        usage_response.additional_properties = _extra_fields(d)
        return usage_response

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
from ..models.usage_time_bucket import UsageTimeBucket  # noqa: E402
