# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump, missing_keys

T = TypeVar("T", bound="RealtimeServerEventConversationItemRetrieved")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "event_id",
        "type",
        "item",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_item(data: Any) -> Any:
    if isinstance(data, dict):
        return _choose_item(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class RealtimeServerEventConversationItemRetrieved(_Model):
    """Schema `RealtimeServerEventConversationItemRetrieved`.

    Attributes:
        event_id (str):
        type (Literal['conversation.item.retrieved']): Always 'conversation.item.retrieved'.
        item (RealtimeConversationItemFunctionCall | RealtimeConversationItemFunctionCallOutput |
            RealtimeConversationItemMessageAssistant | RealtimeConversationItemMessageSystem |
            RealtimeConversationItemMessageUser | RealtimeMCPApprovalRequest | RealtimeMCPApprovalResponse |
            RealtimeMCPListTools | RealtimeMCPToolCall): Schema `RealtimeConversationItem`.
    """

    event_id: str
    type: Literal["conversation.item.retrieved"]
    item: (
        RealtimeConversationItemFunctionCall
        | RealtimeConversationItemFunctionCallOutput
        | RealtimeConversationItemMessageAssistant
        | RealtimeConversationItemMessageSystem
        | RealtimeConversationItemMessageUser
        | RealtimeMCPApprovalRequest
        | RealtimeMCPApprovalResponse
        | RealtimeMCPListTools
        | RealtimeMCPToolCall
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "event_id",
        "type",
        "item",
    )
    _oc_consts = {"type": "conversation.item.retrieved"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["event_id"] = self.event_id
        field_dict["type"] = self.type
        field_dict["item"] = dump(self.item)
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        event_id = d.get("event_id")
        type_ = d.get("type")
        _item = d.get("item")
        item = _read_item(_item)
        realtime_server_event_conversation_item_retrieved = cls(
            event_id=event_id,
            type=type_,
            item=item,
        )
        if event_id is None or type_ is None or item is None:
            realtime_server_event_conversation_item_retrieved._oc_missing = missing_keys(
                d, cls._oc_required
            )
        if not _FIELDS.issuperset(d):
            realtime_server_event_conversation_item_retrieved.additional_properties = _extra_fields(
                d
            )
        return realtime_server_event_conversation_item_retrieved

    @property
    def type_(self) -> Literal["conversation.item.retrieved"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["conversation.item.retrieved"]) -> None:
        self.type = value

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
from ..models.realtime_conversation_item_function_call import RealtimeConversationItemFunctionCall  # noqa: E402
from ..models.realtime_conversation_item_function_call_output import (
    RealtimeConversationItemFunctionCallOutput,  # noqa: E402
)
from ..models.realtime_conversation_item_message_assistant import (
    RealtimeConversationItemMessageAssistant,  # noqa: E402
)
from ..models.realtime_conversation_item_message_system import RealtimeConversationItemMessageSystem  # noqa: E402
from ..models.realtime_conversation_item_message_user import RealtimeConversationItemMessageUser  # noqa: E402
from ..models.realtime_mcp_approval_request import RealtimeMCPApprovalRequest  # noqa: E402
from ..models.realtime_mcp_approval_response import RealtimeMCPApprovalResponse  # noqa: E402
from ..models.realtime_mcp_list_tools import RealtimeMCPListTools  # noqa: E402
from ..models.realtime_mcp_tool_call import RealtimeMCPToolCall  # noqa: E402

_choose_item = ModelChoice(
    RealtimeConversationItemMessageSystem,
    RealtimeConversationItemMessageUser,
    RealtimeConversationItemMessageAssistant,
    RealtimeConversationItemFunctionCall,
    RealtimeConversationItemFunctionCallOutput,
    RealtimeMCPApprovalResponse,
    RealtimeMCPListTools,
    RealtimeMCPToolCall,
    RealtimeMCPApprovalRequest,
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
RealtimeServerEventConversationItemRetrieved._oc_fields = (
    ("event_id", "event_id", True, "string"),
    ("type", "type", True, ("const", "conversation.item.retrieved")),
    (
        "item",
        "item",
        True,
        (
            "union",
            (
                RealtimeConversationItemMessageSystem,
                RealtimeConversationItemMessageUser,
                RealtimeConversationItemMessageAssistant,
                RealtimeConversationItemFunctionCall,
                RealtimeConversationItemFunctionCallOutput,
                RealtimeMCPApprovalResponse,
                RealtimeMCPListTools,
                RealtimeMCPToolCall,
                RealtimeMCPApprovalRequest,
            ),
        ),
    ),
)
