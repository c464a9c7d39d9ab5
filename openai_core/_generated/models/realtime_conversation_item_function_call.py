# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import missing_keys
from ..models.realtime_conversation_item_function_call_status import (
    RealtimeConversationItemFunctionCallStatus,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeConversationItemFunctionCall")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "name",
        "arguments",
        "id",
        "object",
        "status",
        "call_id",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class RealtimeConversationItemFunctionCall(_Model):
    """Schema `RealtimeConversationItemFunctionCall`.

    Attributes:
        type (Literal['function_call']): Always 'function_call'.
        name (str):
        arguments (str):
        id (str | Unset):
        object (Literal['realtime.item'] | Unset): Always 'realtime.item'.
        status (RealtimeConversationItemFunctionCallStatus | Unset): One of: 'completed', 'incomplete', 'in_progress'
            (others kept).
        call_id (str | Unset):
    """

    type: Literal["function_call"]
    name: str
    arguments: str
    id: str | Unset = UNSET
    object: Literal["realtime.item"] | Unset = UNSET
    status: RealtimeConversationItemFunctionCallStatus | Unset = UNSET
    call_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "type",
        "name",
        "arguments",
    )
    _oc_consts = {"type": "function_call", "object": "realtime.item"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["name"] = self.name
        field_dict["arguments"] = self.arguments
        if self.id is not UNSET:
            field_dict["id"] = self.id
        if self.object is not UNSET:
            field_dict["object"] = self.object
        if self.status is not UNSET:
            field_dict["status"] = self.status
        if self.call_id is not UNSET:
            field_dict["call_id"] = self.call_id
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
        name = d.get("name")
        arguments = d.get("arguments")
        id = d.get("id", UNSET)
        object_ = d.get("object", UNSET)
        status = d.get("status", UNSET)
        call_id = d.get("call_id", UNSET)
        realtime_conversation_item_function_call = cls(
            type=type_,
            name=name,
            arguments=arguments,
            id=id,
            object=object_,
            status=status,
            call_id=call_id,
        )
        if type_ is None or name is None or arguments is None:
            realtime_conversation_item_function_call._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            realtime_conversation_item_function_call.additional_properties = _extra_fields(d)
        return realtime_conversation_item_function_call

    @property
    def type_(self) -> Literal["function_call"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["function_call"]) -> None:
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


# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
RealtimeConversationItemFunctionCall._oc_fields = (
    ("type", "type", True, ("const", "function_call")),
    ("name", "name", True, "string"),
    ("arguments", "arguments", True, "string"),
    ("id", "id", False, "string"),
    ("object", "object", False, ("const", "realtime.item")),
    (
        "status",
        "status",
        False,
        (
            "enum",
            "RealtimeConversationItemFunctionCallStatus",
            ("completed", "in_progress", "incomplete"),
        ),
    ),
    ("call_id", "call_id", False, "string"),
)
