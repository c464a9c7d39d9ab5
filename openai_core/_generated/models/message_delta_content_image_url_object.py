# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageDeltaContentImageUrlObject")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "index",
        "type",
        "image_url",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class MessageDeltaContentImageUrlObject:
    """Schema `MessageDeltaContentImageUrlObject`.

    Attributes:
        index (int):
        type_ (Literal['image_url']): Always 'image_url'.
        image_url (MessageDeltaContentImageUrlObjectImageUrl | Unset):
    """

    index: int
    type_: Literal["image_url"]
    image_url: MessageDeltaContentImageUrlObjectImageUrl | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        type_ = self.type_

        image_url: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image_url, Unset):
            image_url = self.image_url.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
                "type": type_,
            }
        )
        if image_url is not UNSET:
            field_dict["image_url"] = image_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        index = d["index"]

        type_ = cast("Literal['image_url']", d["type"])
        if type_ != "image_url":
            raise ValueError(f"type must match const 'image_url', got '{type_}'")

        _image_url = d.get("image_url", UNSET)
        image_url: MessageDeltaContentImageUrlObjectImageUrl | Unset
        if isinstance(_image_url, Unset):
            image_url = UNSET
        else:
            image_url = MessageDeltaContentImageUrlObjectImageUrl.from_dict(_image_url)

        message_delta_content_image_url_object = cls(
            index=index,
            type_=type_,
            image_url=image_url,
        )

        message_delta_content_image_url_object.additional_properties = _extra_fields(d)
        return message_delta_content_image_url_object

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
from ..models.message_delta_content_image_url_object_image_url import (
    MessageDeltaContentImageUrlObjectImageUrl,  # noqa: E402
)
