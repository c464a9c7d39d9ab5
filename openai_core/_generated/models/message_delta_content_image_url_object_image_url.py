# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..models.message_delta_content_image_url_object_image_url_detail import (
    MessageDeltaContentImageUrlObjectImageUrlDetail,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageDeltaContentImageUrlObjectImageUrl")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "url",
        "detail",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class MessageDeltaContentImageUrlObjectImageUrl(_Model):
    """
    Attributes:
        url (str | Unset):
        detail (MessageDeltaContentImageUrlObjectImageUrlDetail | Unset): One of: 'auto', 'low', 'high' (others kept).
            Server default: 'auto'. Default: 'auto'.
    """

    url: str | Unset = UNSET
    detail: MessageDeltaContentImageUrlObjectImageUrlDetail | Unset = "auto"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ()
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.url is not UNSET:
            field_dict["url"] = self.url
        if self.detail is not UNSET:
            field_dict["detail"] = self.detail
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        url = d.get("url", UNSET)
        detail = d.get("detail", UNSET)
        message_delta_content_image_url_object_image_url = cls(
            url=url,
            detail=detail,
        )
        if not _FIELDS.issuperset(d):
            message_delta_content_image_url_object_image_url.additional_properties = _extra_fields(
                d
            )
        return message_delta_content_image_url_object_image_url

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


# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
MessageDeltaContentImageUrlObjectImageUrl._oc_fields = (
    ("url", "url", False, "string"),
    (
        "detail",
        "detail",
        False,
        ("enum", "MessageDeltaContentImageUrlObjectImageUrlDetail", ("auto", "high", "low")),
    ),
)
