# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import missing_keys
from ..models.client_tool_call_status import ClientToolCallStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ClientToolCallItem")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "created_at",
        "thread_id",
        "type",
        "status",
        "call_id",
        "name",
        "arguments",
        "object",
        "output",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class ClientToolCallItem(_Model):
    """Schema `ClientToolCallItem`.

    Attributes:
        id (str):
        created_at (int):
        thread_id (str):
        type (Literal['chatkit.client_tool_call']): Always 'chatkit.client_tool_call'.
        status (ClientToolCallStatus): Schema `ClientToolCallStatus`.
        call_id (str):
        name (str):
        arguments (str):
        object (Literal['chatkit.thread_item'] | Unset): Always 'chatkit.thread_item'.
        output (None | str | Unset):
    """

    id: str
    created_at: int
    thread_id: str
    type: Literal["chatkit.client_tool_call"]
    status: ClientToolCallStatus
    call_id: str
    name: str
    arguments: str
    object: Literal["chatkit.thread_item"] | Unset = UNSET
    output: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "id",
        "created_at",
        "thread_id",
        "type",
        "status",
        "call_id",
        "name",
        "arguments",
    )
    _oc_consts = {"type": "chatkit.client_tool_call", "object": "chatkit.thread_item"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["created_at"] = self.created_at
        field_dict["thread_id"] = self.thread_id
        field_dict["type"] = self.type
        field_dict["status"] = self.status
        field_dict["call_id"] = self.call_id
        field_dict["name"] = self.name
        field_dict["arguments"] = self.arguments
        if self.object is not UNSET:
            field_dict["object"] = self.object
        if self.output is not UNSET:
            field_dict["output"] = self.output
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
        status = d.get("status")
        call_id = d.get("call_id")
        name = d.get("name")
        arguments = d.get("arguments")
        object_ = d.get("object", UNSET)
        output = d.get("output", UNSET)
        client_tool_call_item = cls(
            id=id,
            created_at=created_at,
            thread_id=thread_id,
            type=type_,
            status=status,
            call_id=call_id,
            name=name,
            arguments=arguments,
            object=object_,
            output=output,
        )
        if (
            id is None
            or created_at is None
            or thread_id is None
            or type_ is None
            or status is None
            or call_id is None
            or name is None
            or arguments is None
        ):
            client_tool_call_item._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            client_tool_call_item.additional_properties = _extra_fields(d)
        return client_tool_call_item

    @property
    def type_(self) -> Literal["chatkit.client_tool_call"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["chatkit.client_tool_call"]) -> None:
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


# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
ClientToolCallItem._oc_fields = (
    ("id", "id", True, "string"),
    ("created_at", "created_at", True, "integer"),
    ("thread_id", "thread_id", True, "string"),
    ("type", "type", True, ("const", "chatkit.client_tool_call")),
    ("status", "status", True, ("enum", "ClientToolCallStatus", ("completed", "in_progress"))),
    ("call_id", "call_id", True, "string"),
    ("name", "name", True, "string"),
    ("arguments", "arguments", True, "string"),
    ("object", "object", False, ("const", "chatkit.thread_item")),
    (
        "output",
        "output",
        False,
        (
            "union",
            (
                "string",
                "null",
            ),
        ),
    ),
)
