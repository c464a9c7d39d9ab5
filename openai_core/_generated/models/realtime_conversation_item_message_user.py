# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys
from ..models.realtime_conversation_item_message_user_status import (
    RealtimeConversationItemMessageUserStatus,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeConversationItemMessageUser")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "role",
        "content",
        "id",
        "object",
        "status",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class RealtimeConversationItemMessageUser(_Model):
    """Schema `RealtimeConversationItemMessageUser`.

    Attributes:
        type (Literal['message']): Always 'message'.
        role (Literal['user']): Always 'user'.
        content (list[RealtimeConversationItemMessageUserContentItem]):
        id (str | Unset):
        object (Literal['realtime.item'] | Unset): Always 'realtime.item'.
        status (RealtimeConversationItemMessageUserStatus | Unset): One of: 'completed', 'incomplete', 'in_progress'
            (others kept).
    """

    type: Literal["message"]
    role: Literal["user"]
    content: list[RealtimeConversationItemMessageUserContentItem]
    id: str | Unset = UNSET
    object: Literal["realtime.item"] | Unset = UNSET
    status: RealtimeConversationItemMessageUserStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "type",
        "role",
        "content",
    )
    _oc_consts = {"type": "message", "role": "user", "object": "realtime.item"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["role"] = self.role
        field_dict["content"] = dump(self.content)
        if self.id is not UNSET:
            field_dict["id"] = self.id
        if self.object is not UNSET:
            field_dict["object"] = self.object
        if self.status is not UNSET:
            field_dict["status"] = self.status
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        type_ = d.get("type")
        role = d.get("role")
        _content = d.get("content")
        content = (
            [
                (
                    RealtimeConversationItemMessageUserContentItem.from_dict(_i0)
                    if isinstance(_i0, dict)
                    else _i0
                )
                for _i0 in _content
            ]
            if isinstance(_content, list)
            else _content
        )
        id = d.get("id", UNSET)
        object_ = d.get("object", UNSET)
        status = d.get("status", UNSET)
        realtime_conversation_item_message_user = cls(
            type=type_,
            role=role,
            content=content,
            id=id,
            object=object_,
            status=status,
        )
        if type_ is None or role is None or content is None:
            realtime_conversation_item_message_user._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            realtime_conversation_item_message_user.additional_properties = _extra_fields(d)
        return realtime_conversation_item_message_user

    @property
    def type_(self) -> Literal["message"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["message"]) -> None:
        self.type = value

    @property
    def object_(self) -> Literal["realtime.item"] | Unset:
        """The `object` field, under its former name."""
        return self.object

    @object_.setter
    def object_(self, value: Literal["realtime.item"] | Unset) -> None:
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
from ..models.realtime_conversation_item_message_user_content_item import (
    RealtimeConversationItemMessageUserContentItem,  # noqa: E402
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
RealtimeConversationItemMessageUser._oc_fields = (
    ("type", "type", True, ("const", "message")),
    ("role", "role", True, ("const", "user")),
    ("content", "content", True, ("list", RealtimeConversationItemMessageUserContentItem)),
    ("id", "id", False, "string"),
    ("object", "object", False, ("const", "realtime.item")),
    (
        "status",
        "status",
        False,
        (
            "enum",
            "RealtimeConversationItemMessageUserStatus",
            ("completed", "in_progress", "incomplete"),
        ),
    ),
)
