# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump
from ..models.realtime_conversation_item_with_reference_role import (
    RealtimeConversationItemWithReferenceRole,
)
from ..models.realtime_conversation_item_with_reference_status import (
    RealtimeConversationItemWithReferenceStatus,
)
from ..models.realtime_conversation_item_with_reference_type import (
    RealtimeConversationItemWithReferenceType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeConversationItemWithReference")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "type",
        "object",
        "status",
        "role",
        "content",
        "call_id",
        "name",
        "arguments",
        "output",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class RealtimeConversationItemWithReference(_Model):
    """Schema `RealtimeConversationItemWithReference`.

    Attributes:
        id (str | Unset):
        type (RealtimeConversationItemWithReferenceType | Unset): One of: 'message', 'function_call',
            'function_call_output' (others kept).
        object (Literal['realtime.item'] | Unset): Always 'realtime.item'.
        status (RealtimeConversationItemWithReferenceStatus | Unset): One of: 'completed', 'incomplete', 'in_progress'
            (others kept).
        role (RealtimeConversationItemWithReferenceRole | Unset): One of: 'user', 'assistant', 'system' (others kept).
        content (list[RealtimeConversationItemWithReferenceContentItem] | Unset):
        call_id (str | Unset):
        name (str | Unset):
        arguments (str | Unset):
        output (str | Unset):
    """

    id: str | Unset = UNSET
    type: RealtimeConversationItemWithReferenceType | Unset = UNSET
    object: Literal["realtime.item"] | Unset = UNSET
    status: RealtimeConversationItemWithReferenceStatus | Unset = UNSET
    role: RealtimeConversationItemWithReferenceRole | Unset = UNSET
    content: list[RealtimeConversationItemWithReferenceContentItem] | Unset = UNSET
    call_id: str | Unset = UNSET
    name: str | Unset = UNSET
    arguments: str | Unset = UNSET
    output: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ()
    _oc_consts = {"object": "realtime.item"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not UNSET:
            field_dict["id"] = self.id
        if self.type is not UNSET:
            field_dict["type"] = self.type
        if self.object is not UNSET:
            field_dict["object"] = self.object
        if self.status is not UNSET:
            field_dict["status"] = self.status
        if self.role is not UNSET:
            field_dict["role"] = self.role
        if self.content is not UNSET:
            field_dict["content"] = dump(self.content)
        if self.call_id is not UNSET:
            field_dict["call_id"] = self.call_id
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.arguments is not UNSET:
            field_dict["arguments"] = self.arguments
        if self.output is not UNSET:
            field_dict["output"] = self.output
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        id = d.get("id", UNSET)
        type_ = d.get("type", UNSET)
        object_ = d.get("object", UNSET)
        status = d.get("status", UNSET)
        role = d.get("role", UNSET)
        _content = d.get("content", UNSET)
        content = (
            [
                (
                    RealtimeConversationItemWithReferenceContentItem.from_dict(_i0)
                    if isinstance(_i0, dict)
                    else _i0
                )
                for _i0 in _content
            ]
            if isinstance(_content, list)
            else _content
        )
        call_id = d.get("call_id", UNSET)
        name = d.get("name", UNSET)
        arguments = d.get("arguments", UNSET)
        output = d.get("output", UNSET)
        realtime_conversation_item_with_reference = cls(
            id=id,
            type=type_,
            object=object_,
            status=status,
            role=role,
            content=content,
            call_id=call_id,
            name=name,
            arguments=arguments,
            output=output,
        )
        if not _FIELDS.issuperset(d):
            realtime_conversation_item_with_reference.additional_properties = _extra_fields(d)
        return realtime_conversation_item_with_reference

    @property
    def type_(self) -> RealtimeConversationItemWithReferenceType | Unset:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: RealtimeConversationItemWithReferenceType | Unset) -> None:
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
from ..models.realtime_conversation_item_with_reference_content_item import (
    RealtimeConversationItemWithReferenceContentItem,  # noqa: E402
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
RealtimeConversationItemWithReference._oc_fields = (
    ("id", "id", False, "string"),
    (
        "type",
        "type",
        False,
        (
            "enum",
            "RealtimeConversationItemWithReferenceType",
            ("function_call", "function_call_output", "message"),
        ),
    ),
    ("object", "object", False, ("const", "realtime.item")),
    (
        "status",
        "status",
        False,
        (
            "enum",
            "RealtimeConversationItemWithReferenceStatus",
            ("completed", "in_progress", "incomplete"),
        ),
    ),
    (
        "role",
        "role",
        False,
        ("enum", "RealtimeConversationItemWithReferenceRole", ("assistant", "system", "user")),
    ),
    ("content", "content", False, ("list", RealtimeConversationItemWithReferenceContentItem)),
    ("call_id", "call_id", False, "string"),
    ("name", "name", False, "string"),
    ("arguments", "arguments", False, "string"),
    ("output", "output", False, "string"),
)
