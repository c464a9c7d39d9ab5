# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump, missing_keys
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserMessageItem")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "created_at",
        "thread_id",
        "type",
        "content",
        "attachments",
        "object",
        "inference_options",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_content_item(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "input_text":
            return UserMessageInputText.from_dict(data)
        if tag == "quoted_text":
            return UserMessageQuotedText.from_dict(data)
        return _choose_content_item(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class UserMessageItem(_Model):
    """Schema `UserMessageItem`.

    Attributes:
        id (str):
        created_at (int):
        thread_id (str):
        type (Literal['chatkit.user_message']): Always 'chatkit.user_message'.
        content (list[UserMessageInputText | UserMessageQuotedText]):
        attachments (list[Attachment]):
        object (Literal['chatkit.thread_item'] | Unset): Always 'chatkit.thread_item'.
        inference_options (InferenceOptions | None | Unset):
    """

    id: str
    created_at: int
    thread_id: str
    type: Literal["chatkit.user_message"]
    content: list[UserMessageInputText | UserMessageQuotedText]
    attachments: list[Attachment]
    object: Literal["chatkit.thread_item"] | Unset = UNSET
    inference_options: InferenceOptions | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "id",
        "created_at",
        "thread_id",
        "type",
        "content",
        "attachments",
    )
    _oc_consts = {"type": "chatkit.user_message", "object": "chatkit.thread_item"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["created_at"] = self.created_at
        field_dict["thread_id"] = self.thread_id
        field_dict["type"] = self.type
        field_dict["content"] = dump(self.content)
        field_dict["attachments"] = dump(self.attachments)
        if self.object is not UNSET:
            field_dict["object"] = self.object
        if self.inference_options is not UNSET:
            field_dict["inference_options"] = dump(self.inference_options)
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
        type_ = d.get("type")
        _content = d.get("content")
        content = (
            [_read_content_item(_i0) for _i0 in _content]
            if isinstance(_content, list)
            else _content
        )
        _attachments = d.get("attachments")
        attachments = (
            [(Attachment.from_dict(_i0) if isinstance(_i0, dict) else _i0) for _i0 in _attachments]
            if isinstance(_attachments, list)
            else _attachments
        )
        object_ = d.get("object", UNSET)
        _inference_options = d.get("inference_options", UNSET)
        inference_options = (
            InferenceOptions.from_dict(_inference_options)
            if isinstance(_inference_options, dict)
            else _inference_options
        )
        user_message_item = cls(
            id=id,
            created_at=created_at,
            thread_id=thread_id,
            type=type_,
            content=content,
            attachments=attachments,
            object=object_,
            inference_options=inference_options,
        )
        if (
            id is None
            or created_at is None
            or thread_id is None
            or type_ is None
            or content is None
            or attachments is None
        ):
            user_message_item._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            user_message_item.additional_properties = _extra_fields(d)
        return user_message_item

    @property
    def type_(self) -> Literal["chatkit.user_message"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["chatkit.user_message"]) -> None:
        self.type = value

    @property
    def object_(self) -> Literal["chatkit.thread_item"] | Unset:
        """The `object` field, under its former name."""
        return self.object

    @object_.setter
    def object_(self, value: Literal["chatkit.thread_item"] | Unset) -> None:
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
from ..models.attachment import Attachment  # noqa: E402
from ..models.inference_options import InferenceOptions  # noqa: E402
from ..models.user_message_input_text import UserMessageInputText  # noqa: E402
from ..models.user_message_quoted_text import UserMessageQuotedText  # noqa: E402

_choose_content_item = ModelChoice(UserMessageInputText, UserMessageQuotedText)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
UserMessageItem._oc_fields = (
    ("id", "id", True, "string"),
    ("created_at", "created_at", True, "integer"),
    ("thread_id", "thread_id", True, "string"),
    ("type", "type", True, ("const", "chatkit.user_message")),
    (
        "content",
        "content",
        True,
        (
            "list",
            (
                "union",
                (
                    UserMessageInputText,
                    UserMessageQuotedText,
                ),
            ),
        ),
    ),
    ("attachments", "attachments", True, ("list", Attachment)),
    ("object", "object", False, ("const", "chatkit.thread_item")),
    (
        "inference_options",
        "inference_options",
        False,
        (
            "union",
            (
                InferenceOptions,
                "null",
            ),
        ),
    ),
)
