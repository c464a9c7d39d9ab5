# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_conversation_item_with_reference_role import (
    RealtimeConversationItemWithReferenceRole,
    check_realtime_conversation_item_with_reference_role,
)
from ..models.realtime_conversation_item_with_reference_status import (
    RealtimeConversationItemWithReferenceStatus,
    check_realtime_conversation_item_with_reference_status,
)
from ..models.realtime_conversation_item_with_reference_type import (
    RealtimeConversationItemWithReferenceType,
    check_realtime_conversation_item_with_reference_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeConversationItemWithReference")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
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
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class RealtimeConversationItemWithReference:
    """Schema `RealtimeConversationItemWithReference`.

    Attributes:
        id (str | Unset):
        type_ (RealtimeConversationItemWithReferenceType | Unset): One of: 'message', 'function_call',
            'function_call_output' (others kept).
        object_ (Literal['realtime.item'] | Unset): Always 'realtime.item'.
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
    type_: RealtimeConversationItemWithReferenceType | Unset = UNSET
    object_: Literal["realtime.item"] | Unset = UNSET
    status: RealtimeConversationItemWithReferenceStatus | Unset = UNSET
    role: RealtimeConversationItemWithReferenceRole | Unset = UNSET
    content: list[RealtimeConversationItemWithReferenceContentItem] | Unset = UNSET
    call_id: str | Unset = UNSET
    name: str | Unset = UNSET
    arguments: str | Unset = UNSET
    output: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        object_ = self.object_

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role

        content: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = []
            for content_item_data in self.content:
                content_item = content_item_data.to_dict()
                content.append(content_item)

        call_id = self.call_id

        name = self.name

        arguments = self.arguments

        output = self.output

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if object_ is not UNSET:
            field_dict["object"] = object_
        if status is not UNSET:
            field_dict["status"] = status
        if role is not UNSET:
            field_dict["role"] = role
        if content is not UNSET:
            field_dict["content"] = content
        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if name is not UNSET:
            field_dict["name"] = name
        if arguments is not UNSET:
            field_dict["arguments"] = arguments
        if output is not UNSET:
            field_dict["output"] = output

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d.get("id", UNSET)

        _type_ = d.get("type", UNSET)
        type_: RealtimeConversationItemWithReferenceType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_realtime_conversation_item_with_reference_type(_type_)

        object_ = cast("Literal['realtime.item'] | Unset", d.get("object", UNSET))
        if object_ != "realtime.item" and not isinstance(object_, Unset):
            raise ValueError(f"object must match const 'realtime.item', got '{object_}'")

        _status = d.get("status", UNSET)
        status: RealtimeConversationItemWithReferenceStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_realtime_conversation_item_with_reference_status(_status)

        _role = d.get("role", UNSET)
        role: RealtimeConversationItemWithReferenceRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = check_realtime_conversation_item_with_reference_role(_role)

        _content = d.get("content", UNSET)
        content: list[RealtimeConversationItemWithReferenceContentItem] | Unset = UNSET
        if _content is not UNSET:
            content = []
            for content_item_data in _content:
                content_item = RealtimeConversationItemWithReferenceContentItem.from_dict(
                    content_item_data
                )

                content.append(content_item)

        call_id = d.get("call_id", UNSET)

        name = d.get("name", UNSET)

        arguments = d.get("arguments", UNSET)

        output = d.get("output", UNSET)

        realtime_conversation_item_with_reference = cls(
            id=id,
            type_=type_,
            object_=object_,
            status=status,
            role=role,
            content=content,
            call_id=call_id,
            name=name,
            arguments=arguments,
            output=output,
        )

        realtime_conversation_item_with_reference.additional_properties = _extra_fields(d)
        return realtime_conversation_item_with_reference

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
