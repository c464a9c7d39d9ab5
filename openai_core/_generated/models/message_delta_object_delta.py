# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump
from ..models.message_delta_object_delta_role import (
    MessageDeltaObjectDeltaRole,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageDeltaObjectDelta")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "role",
        "content",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_content_item(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "image_file":
            return MessageDeltaContentImageFileObject.from_dict(data)
        if tag == "text":
            return MessageDeltaContentTextObject.from_dict(data)
        if tag == "refusal":
            return MessageDeltaContentRefusalObject.from_dict(data)
        if tag == "image_url":
            return MessageDeltaContentImageUrlObject.from_dict(data)
        return _choose_content_item(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class MessageDeltaObjectDelta(_Model):
    """
    Attributes:
        role (MessageDeltaObjectDeltaRole | Unset): One of: 'user', 'assistant' (others kept).
        content (list[MessageDeltaContentImageFileObject | MessageDeltaContentImageUrlObject |
            MessageDeltaContentRefusalObject | MessageDeltaContentTextObject] | Unset):
    """

    role: MessageDeltaObjectDeltaRole | Unset = UNSET
    content: (
        list[
            MessageDeltaContentImageFileObject
            | MessageDeltaContentImageUrlObject
            | MessageDeltaContentRefusalObject
            | MessageDeltaContentTextObject
        ]
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ()
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.role is not UNSET:
            field_dict["role"] = self.role
        if self.content is not UNSET:
            field_dict["content"] = dump(self.content)
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        role = d.get("role", UNSET)
        _content = d.get("content", UNSET)
        content = (
            [_read_content_item(_i0) for _i0 in _content]
            if isinstance(_content, list)
            else _content
        )
        message_delta_object_delta = cls(
            role=role,
            content=content,
        )
        if not _FIELDS.issuperset(d):
            message_delta_object_delta.additional_properties = _extra_fields(d)
        return message_delta_object_delta

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
from ..models.message_delta_content_image_file_object import MessageDeltaContentImageFileObject  # noqa: E402
from ..models.message_delta_content_image_url_object import MessageDeltaContentImageUrlObject  # noqa: E402
from ..models.message_delta_content_refusal_object import MessageDeltaContentRefusalObject  # noqa: E402
from ..models.message_delta_content_text_object import MessageDeltaContentTextObject  # noqa: E402

_choose_content_item = ModelChoice(
    MessageDeltaContentImageFileObject,
    MessageDeltaContentTextObject,
    MessageDeltaContentRefusalObject,
    MessageDeltaContentImageUrlObject,
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
MessageDeltaObjectDelta._oc_fields = (
    ("role", "role", False, ("enum", "MessageDeltaObjectDeltaRole", ("assistant", "user"))),
    (
        "content",
        "content",
        False,
        (
            "list",
            (
                "union",
                (
                    MessageDeltaContentImageFileObject,
                    MessageDeltaContentTextObject,
                    MessageDeltaContentRefusalObject,
                    MessageDeltaContentImageUrlObject,
                ),
            ),
        ),
    ),
)
