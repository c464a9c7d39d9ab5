# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump, missing_keys
from ..models.create_message_request_role import (
    CreateMessageRequestRole,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateMessageRequest")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "role",
        "content",
        "attachments",
        "metadata",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_content(data: Any) -> Any:
    if isinstance(data, list):
        return [_read_content_type_1_item(_i1) for _i1 in data] if isinstance(data, list) else data
    return data


def _read_content_type_1_item(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "image_file":
            return MessageContentImageFileObject.from_dict(data)
        if tag == "image_url":
            return MessageContentImageUrlObject.from_dict(data)
        if tag == "text":
            return MessageRequestContentTextObject.from_dict(data)
        return _choose_content_type_1_item(data)
    return data


def _read_attachments(data: Any) -> Any:
    if isinstance(data, list):
        return (
            [
                (
                    CreateMessageRequestAttachmentsType0Item.from_dict(_i1)
                    if isinstance(_i1, dict)
                    else _i1
                )
                for _i1 in data
            ]
            if isinstance(data, list)
            else data
        )
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class CreateMessageRequest(_Model):
    """Schema `CreateMessageRequest`.

    Attributes:
        role (CreateMessageRequestRole): One of: 'user', 'assistant' (others kept).
        content (list[MessageContentImageFileObject | MessageContentImageUrlObject | MessageRequestContentTextObject] |
            str):
        attachments (list[CreateMessageRequestAttachmentsType0Item] | None | Unset):
        metadata (MetadataType0 | None | Unset): Schema `Metadata`.
    """

    role: CreateMessageRequestRole
    content: (
        list[
            MessageContentImageFileObject
            | MessageContentImageUrlObject
            | MessageRequestContentTextObject
        ]
        | str
    )
    attachments: list[CreateMessageRequestAttachmentsType0Item] | None | Unset = UNSET
    metadata: MetadataType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "role",
        "content",
    )
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["role"] = self.role
        field_dict["content"] = dump(self.content)
        if self.attachments is not UNSET:
            field_dict["attachments"] = dump(self.attachments)
        if self.metadata is not UNSET:
            field_dict["metadata"] = dump(self.metadata)
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        role = d.get("role")
        _content = d.get("content")
        content = _read_content(_content)
        _attachments = d.get("attachments", UNSET)
        attachments = _read_attachments(_attachments)
        _metadata = d.get("metadata", UNSET)
        metadata = MetadataType0.from_dict(_metadata) if isinstance(_metadata, dict) else _metadata
        create_message_request = cls(
            role=role,
            content=content,
            attachments=attachments,
            metadata=metadata,
        )
        if role is None or content is None:
            create_message_request._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            create_message_request.additional_properties = _extra_fields(d)
        return create_message_request

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
from ..models.create_message_request_attachments_type_0_item import (
    CreateMessageRequestAttachmentsType0Item,  # noqa: E402
)
from ..models.message_content_image_file_object import MessageContentImageFileObject  # noqa: E402
from ..models.message_content_image_url_object import MessageContentImageUrlObject  # noqa: E402
from ..models.message_request_content_text_object import MessageRequestContentTextObject  # noqa: E402
from ..models.metadata_type_0 import MetadataType0  # noqa: E402

_choose_content_type_1_item = ModelChoice(
    MessageContentImageFileObject, MessageContentImageUrlObject, MessageRequestContentTextObject
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
CreateMessageRequest._oc_fields = (
    ("role", "role", True, ("enum", "CreateMessageRequestRole", ("assistant", "user"))),
    (
        "content",
        "content",
        True,
        (
            "union",
            (
                "string",
                (
                    "list",
                    (
                        "union",
                        (
                            MessageContentImageFileObject,
                            MessageContentImageUrlObject,
                            MessageRequestContentTextObject,
                        ),
                    ),
                ),
            ),
        ),
    ),
    (
        "attachments",
        "attachments",
        False,
        (
            "union",
            (
                ("list", CreateMessageRequestAttachmentsType0Item),
                "null",
            ),
        ),
    ),
    (
        "metadata",
        "metadata",
        False,
        (
            "union",
            (
                MetadataType0,
                "null",
            ),
        ),
    ),
)
