# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys
from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageDeltaContentImageUrlObject")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "index",
        "type",
        "image_url",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class MessageDeltaContentImageUrlObject(_Model):
    """Schema `MessageDeltaContentImageUrlObject`.

    Attributes:
        index (int):
        type (Literal['image_url']): Always 'image_url'.
        image_url (MessageDeltaContentImageUrlObjectImageUrl | Unset):
    """

    index: int
    type: Literal["image_url"]
    image_url: MessageDeltaContentImageUrlObjectImageUrl | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "index",
        "type",
    )
    _oc_consts = {"type": "image_url"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["index"] = self.index
        field_dict["type"] = self.type
        if self.image_url is not UNSET:
            field_dict["image_url"] = dump(self.image_url)
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        index = d.get("index")
        type_ = d.get("type")
        _image_url = d.get("image_url", UNSET)
        image_url = (
            MessageDeltaContentImageUrlObjectImageUrl.from_dict(_image_url)
            if isinstance(_image_url, dict)
            else _image_url
        )
        message_delta_content_image_url_object = cls(
            index=index,
            type=type_,
            image_url=image_url,
        )
        if index is None or type_ is None:
            message_delta_content_image_url_object._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            message_delta_content_image_url_object.additional_properties = _extra_fields(d)
        return message_delta_content_image_url_object

    @property
    def type_(self) -> Literal["image_url"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["image_url"]) -> None:
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
from ..models.message_delta_content_image_url_object_image_url import (
    MessageDeltaContentImageUrlObjectImageUrl,  # noqa: E402
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
MessageDeltaContentImageUrlObject._oc_fields = (
    ("index", "index", True, "integer"),
    ("type", "type", True, ("const", "image_url")),
    ("image_url", "image_url", False, MessageDeltaContentImageUrlObjectImageUrl),
)
