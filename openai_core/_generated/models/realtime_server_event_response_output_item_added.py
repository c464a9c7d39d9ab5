# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RealtimeServerEventResponseOutputItemAdded")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "event_id",
        "type",
        "response_id",
        "output_index",
        "item",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class RealtimeServerEventResponseOutputItemAdded:
    """Schema `RealtimeServerEventResponseOutputItemAdded`.

    Attributes:
        event_id (str):
        type_ (Literal['response.output_item.added']): Always 'response.output_item.added'.
        response_id (str):
        output_index (int):
        item (RealtimeConversationItemFunctionCall | RealtimeConversationItemFunctionCallOutput |
            RealtimeConversationItemMessageAssistant | RealtimeConversationItemMessageSystem |
            RealtimeConversationItemMessageUser | RealtimeMCPApprovalRequest | RealtimeMCPApprovalResponse |
            RealtimeMCPListTools | RealtimeMCPToolCall): Schema `RealtimeConversationItem`.
    """

    event_id: str
    type_: Literal["response.output_item.added"]
    response_id: str
    output_index: int
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

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        type_ = self.type_

        response_id = self.response_id

        output_index = self.output_index

        item: dict[str, Any]
        if isinstance(self.item, RealtimeConversationItemMessageSystem):
            item = self.item.to_dict()
        elif isinstance(self.item, RealtimeConversationItemMessageUser):
            item = self.item.to_dict()
        elif isinstance(self.item, RealtimeConversationItemMessageAssistant):
            item = self.item.to_dict()
        elif isinstance(self.item, RealtimeConversationItemFunctionCall):
            item = self.item.to_dict()
        elif isinstance(self.item, RealtimeConversationItemFunctionCallOutput):
            item = self.item.to_dict()
        elif isinstance(self.item, RealtimeMCPApprovalResponse):
            item = self.item.to_dict()
        elif isinstance(self.item, RealtimeMCPListTools):
            item = self.item.to_dict()
        elif isinstance(self.item, RealtimeMCPToolCall):
            item = self.item.to_dict()
        else:
            item = self.item.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "type": type_,
                "response_id": response_id,
                "output_index": output_index,
                "item": item,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        event_id = d["event_id"]

        type_ = cast("Literal['response.output_item.added']", d["type"])
        if type_ != "response.output_item.added":
            raise ValueError(f"type must match const 'response.output_item.added', got '{type_}'")

        response_id = d["response_id"]

        output_index = d["output_index"]

        def _parse_item(
            data: object,
        ) -> (
            RealtimeConversationItemFunctionCall
            | RealtimeConversationItemFunctionCallOutput
            | RealtimeConversationItemMessageAssistant
            | RealtimeConversationItemMessageSystem
            | RealtimeConversationItemMessageUser
            | RealtimeMCPApprovalRequest
            | RealtimeMCPApprovalResponse
            | RealtimeMCPListTools
            | RealtimeMCPToolCall
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_realtime_conversation_item_type_0 = (
                    RealtimeConversationItemMessageSystem.from_dict(data)
                )

                return componentsschemas_realtime_conversation_item_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_realtime_conversation_item_type_1 = (
                    RealtimeConversationItemMessageUser.from_dict(data)
                )

                return componentsschemas_realtime_conversation_item_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_realtime_conversation_item_type_2 = (
                    RealtimeConversationItemMessageAssistant.from_dict(data)
                )

                return componentsschemas_realtime_conversation_item_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_realtime_conversation_item_type_3 = (
                    RealtimeConversationItemFunctionCall.from_dict(data)
                )

                return componentsschemas_realtime_conversation_item_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_realtime_conversation_item_type_4 = (
                    RealtimeConversationItemFunctionCallOutput.from_dict(data)
                )

                return componentsschemas_realtime_conversation_item_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_realtime_conversation_item_type_5 = (
                    RealtimeMCPApprovalResponse.from_dict(data)
                )

                return componentsschemas_realtime_conversation_item_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_realtime_conversation_item_type_6 = (
                    RealtimeMCPListTools.from_dict(data)
                )

                return componentsschemas_realtime_conversation_item_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_realtime_conversation_item_type_7 = RealtimeMCPToolCall.from_dict(
                    data
                )

                return componentsschemas_realtime_conversation_item_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_realtime_conversation_item_type_8 = (
                RealtimeMCPApprovalRequest.from_dict(data)
            )

            return componentsschemas_realtime_conversation_item_type_8

        item = _parse_item(d["item"])

        realtime_server_event_response_output_item_added = cls(
            event_id=event_id,
            type_=type_,
            response_id=response_id,
            output_index=output_index,
            item=item,
        )

        realtime_server_event_response_output_item_added.additional_properties = _extra_fields(d)
        return realtime_server_event_response_output_item_added

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
