# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump, missing_keys
from ..models.message_object_role import MessageObjectRole
from ..models.message_object_status import MessageObjectStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageObject")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "created_at",
        "thread_id",
        "status",
        "role",
        "content",
        "metadata",
        "object",
        "incomplete_details",
        "completed_at",
        "incomplete_at",
        "assistant_id",
        "run_id",
        "attachments",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_content_item(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "image_file":
            return MessageContentImageFileObject.from_dict(data)
        if tag == "image_url":
            return MessageContentImageUrlObject.from_dict(data)
        if tag == "text":
            return MessageContentTextObject.from_dict(data)
        if tag == "refusal":
            return MessageContentRefusalObject.from_dict(data)
        return _choose_content_item(data)
    return data


def _read_attachments(data: Any) -> Any:
    if isinstance(data, list):
        return (
            [
                (MessageObjectAttachmentsType0Item.from_dict(_i1) if isinstance(_i1, dict) else _i1)
                for _i1 in data
            ]
            if isinstance(data, list)
            else data
        )
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class MessageObject(_Model):
    """Schema `MessageObject`.

    Attributes:
        id (str):
        created_at (int):
        thread_id (str):
        status (MessageObjectStatus): One of: 'in_progress', 'incomplete', 'completed' (others kept).
        role (MessageObjectRole): One of: 'user', 'assistant' (others kept).
        content (list[MessageContentImageFileObject | MessageContentImageUrlObject | MessageContentRefusalObject |
            MessageContentTextObject]):
        metadata (MetadataType0 | None): Schema `Metadata`.
        object (Literal['thread.message'] | Unset): Always 'thread.message'.
        incomplete_details (MessageObjectIncompleteDetailsType0 | None | Unset):
        completed_at (int | None | Unset):
        incomplete_at (int | None | Unset):
        assistant_id (None | str | Unset):
        run_id (None | str | Unset):
        attachments (list[MessageObjectAttachmentsType0Item] | None | Unset):
    """

    id: str
    created_at: int
    thread_id: str
    status: MessageObjectStatus
    role: MessageObjectRole
    content: list[
        MessageContentImageFileObject
        | MessageContentImageUrlObject
        | MessageContentRefusalObject
        | MessageContentTextObject
    ]
    metadata: MetadataType0 | None
    object: Literal["thread.message"] | Unset = UNSET
    incomplete_details: MessageObjectIncompleteDetailsType0 | None | Unset = UNSET
    completed_at: int | None | Unset = UNSET
    incomplete_at: int | None | Unset = UNSET
    assistant_id: None | str | Unset = UNSET
    run_id: None | str | Unset = UNSET
    attachments: list[MessageObjectAttachmentsType0Item] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "id",
        "created_at",
        "thread_id",
        "status",
        "role",
        "content",
        "metadata",
    )
    _oc_consts = {"object": "thread.message"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["created_at"] = self.created_at
        field_dict["thread_id"] = self.thread_id
        field_dict["status"] = self.status
        field_dict["role"] = self.role
        field_dict["content"] = dump(self.content)
        field_dict["metadata"] = dump(self.metadata)
        if self.object is not UNSET:
            field_dict["object"] = self.object
        if self.incomplete_details is not UNSET:
            field_dict["incomplete_details"] = dump(self.incomplete_details)
        if self.completed_at is not UNSET:
            field_dict["completed_at"] = self.completed_at
        if self.incomplete_at is not UNSET:
            field_dict["incomplete_at"] = self.incomplete_at
        if self.assistant_id is not UNSET:
            field_dict["assistant_id"] = self.assistant_id
        if self.run_id is not UNSET:
            field_dict["run_id"] = self.run_id
        if self.attachments is not UNSET:
            field_dict["attachments"] = dump(self.attachments)
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        id = d.get("id")
        created_at = d.get("created_at")
        thread_id = d.get("thread_id")
        status = d.get("status")
        role = d.get("role")
        _content = d.get("content")
        content = (
            [_read_content_item(_i0) for _i0 in _content]
            if isinstance(_content, list)
            else _content
        )
        _metadata = d.get("metadata")
        metadata = MetadataType0.from_dict(_metadata) if isinstance(_metadata, dict) else _metadata
        object_ = d.get("object", UNSET)
        _incomplete_details = d.get("incomplete_details", UNSET)
        incomplete_details = (
            MessageObjectIncompleteDetailsType0.from_dict(_incomplete_details)
            if isinstance(_incomplete_details, dict)
            else _incomplete_details
        )
        completed_at = d.get("completed_at", UNSET)
        incomplete_at = d.get("incomplete_at", UNSET)
        assistant_id = d.get("assistant_id", UNSET)
        run_id = d.get("run_id", UNSET)
        _attachments = d.get("attachments", UNSET)
        attachments = _read_attachments(_attachments)
        message_object = cls(
            id=id,
            created_at=created_at,
            thread_id=thread_id,
            status=status,
            role=role,
            content=content,
            metadata=metadata,
            object=object_,
            incomplete_details=incomplete_details,
            completed_at=completed_at,
            incomplete_at=incomplete_at,
            assistant_id=assistant_id,
            run_id=run_id,
            attachments=attachments,
        )
        if (
            id is None
            or created_at is None
            or thread_id is None
            or status is None
            or role is None
            or content is None
            or metadata is None
        ):
            message_object._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            message_object.additional_properties = _extra_fields(d)
        return message_object

    @property
    def object_(self) -> Literal["thread.message"] | Unset:
        """The `object` field, under its former name."""
        return self.object

    @object_.setter
    def object_(self, value: Literal["thread.message"] | Unset) -> None:
        self.object = value

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
from ..models.message_content_image_file_object import MessageContentImageFileObject  # noqa: E402
from ..models.message_content_image_url_object import MessageContentImageUrlObject  # noqa: E402
from ..models.message_content_refusal_object import MessageContentRefusalObject  # noqa: E402
from ..models.message_content_text_object import MessageContentTextObject  # noqa: E402
from ..models.message_object_attachments_type_0_item import MessageObjectAttachmentsType0Item  # noqa: E402
from ..models.message_object_incomplete_details_type_0 import MessageObjectIncompleteDetailsType0  # noqa: E402
from ..models.metadata_type_0 import MetadataType0  # noqa: E402

_choose_content_item = ModelChoice(
    MessageContentImageFileObject,
    MessageContentImageUrlObject,
    MessageContentTextObject,
    MessageContentRefusalObject,
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
MessageObject._oc_fields = (
    ("id", "id", True, "string"),
    ("created_at", "created_at", True, "integer"),
    ("thread_id", "thread_id", True, "string"),
    (
        "status",
        "status",
        True,
        ("enum", "MessageObjectStatus", ("completed", "in_progress", "incomplete")),
    ),
    ("role", "role", True, ("enum", "MessageObjectRole", ("assistant", "user"))),
    (
        "content",
        "content",
        True,
        (
            "list",
            (
                "union",
                (
                    MessageContentImageFileObject,
                    MessageContentImageUrlObject,
                    MessageContentTextObject,
                    MessageContentRefusalObject,
                ),
            ),
        ),
    ),
    (
        "metadata",
        "metadata",
        True,
        (
            "union",
            (
                MetadataType0,
                "null",
            ),
        ),
    ),
    ("object", "object", False, ("const", "thread.message")),
    (
        "incomplete_details",
        "incomplete_details",
        False,
        (
            "union",
            (
                MessageObjectIncompleteDetailsType0,
                "null",
            ),
        ),
    ),
    (
        "completed_at",
        "completed_at",
        False,
        (
            "union",
            (
                "integer",
                "null",
            ),
        ),
    ),
    (
        "incomplete_at",
        "incomplete_at",
        False,
        (
            "union",
            (
                "integer",
                "null",
            ),
        ),
    ),
    (
        "assistant_id",
        "assistant_id",
        False,
        (
            "union",
            (
                "string",
                "null",
            ),
        ),
    ),
    (
        "run_id",
        "run_id",
        False,
        (
            "union",
            (
                "string",
                "null",
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
                ("list", MessageObjectAttachmentsType0Item),
                "null",
            ),
        ),
    ),
)
