# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump
from ..models.realtime_response_output_modalities_item import (
    RealtimeResponseOutputModalitiesItem,
)
from ..models.realtime_response_status import RealtimeResponseStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeResponse")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "object",
        "status",
        "status_details",
        "output",
        "metadata",
        "audio",
        "usage",
        "conversation_id",
        "output_modalities",
        "max_output_tokens",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_output_item(data: Any) -> Any:
    if isinstance(data, dict):
        return _choose_output_item(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class RealtimeResponse(_Model):
    """Schema `RealtimeResponse`.

    Attributes:
        id (str | Unset):
        object (Literal['realtime.response'] | Unset): Always 'realtime.response'.
        status (RealtimeResponseStatus | Unset): One of: 'completed', 'cancelled', 'failed', 'incomplete', 'in_progress'
            (others kept).
        status_details (RealtimeResponseStatusDetails | Unset):
        output (list[RealtimeConversationItemFunctionCall | RealtimeConversationItemFunctionCallOutput |
            RealtimeConversationItemMessageAssistant | RealtimeConversationItemMessageSystem |
            RealtimeConversationItemMessageUser | RealtimeMCPApprovalRequest | RealtimeMCPApprovalResponse |
            RealtimeMCPListTools | RealtimeMCPToolCall] | Unset):
        metadata (MetadataType0 | None | Unset): Schema `Metadata`.
        audio (RealtimeResponseAudio | Unset):
        usage (RealtimeResponseUsage | Unset):
        conversation_id (str | Unset):
        output_modalities (list[RealtimeResponseOutputModalitiesItem] | Unset):
        max_output_tokens (int | Literal['inf'] | Unset):
    """

    id: str | Unset = UNSET
    object: Literal["realtime.response"] | Unset = UNSET
    status: RealtimeResponseStatus | Unset = UNSET
    status_details: RealtimeResponseStatusDetails | Unset = UNSET
    output: (
        list[
            RealtimeConversationItemFunctionCall
            | RealtimeConversationItemFunctionCallOutput
            | RealtimeConversationItemMessageAssistant
            | RealtimeConversationItemMessageSystem
            | RealtimeConversationItemMessageUser
            | RealtimeMCPApprovalRequest
            | RealtimeMCPApprovalResponse
            | RealtimeMCPListTools
            | RealtimeMCPToolCall
        ]
        | Unset
    ) = UNSET
    metadata: MetadataType0 | None | Unset = UNSET
    audio: RealtimeResponseAudio | Unset = UNSET
    usage: RealtimeResponseUsage | Unset = UNSET
    conversation_id: str | Unset = UNSET
    output_modalities: list[RealtimeResponseOutputModalitiesItem] | Unset = UNSET
    max_output_tokens: int | Literal["inf"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ()
    _oc_consts = {"object": "realtime.response"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not UNSET:
            field_dict["id"] = self.id
        if self.object is not UNSET:
            field_dict["object"] = self.object
        if self.status is not UNSET:
            field_dict["status"] = self.status
        if self.status_details is not UNSET:
            field_dict["status_details"] = dump(self.status_details)
        if self.output is not UNSET:
            field_dict["output"] = dump(self.output)
        if self.metadata is not UNSET:
            field_dict["metadata"] = dump(self.metadata)
        if self.audio is not UNSET:
            field_dict["audio"] = dump(self.audio)
        if self.usage is not UNSET:
            field_dict["usage"] = dump(self.usage)
        if self.conversation_id is not UNSET:
            field_dict["conversation_id"] = self.conversation_id
        if self.output_modalities is not UNSET:
            field_dict["output_modalities"] = self.output_modalities
        if self.max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = self.max_output_tokens
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        id = d.get("id", UNSET)
        object_ = d.get("object", UNSET)
        status = d.get("status", UNSET)
        _status_details = d.get("status_details", UNSET)
        status_details = (
            RealtimeResponseStatusDetails.from_dict(_status_details)
            if isinstance(_status_details, dict)
            else _status_details
        )
        _output = d.get("output", UNSET)
        output = (
            [_read_output_item(_i0) for _i0 in _output] if isinstance(_output, list) else _output
        )
        _metadata = d.get("metadata", UNSET)
        metadata = MetadataType0.from_dict(_metadata) if isinstance(_metadata, dict) else _metadata
        _audio = d.get("audio", UNSET)
        audio = RealtimeResponseAudio.from_dict(_audio) if isinstance(_audio, dict) else _audio
        _usage = d.get("usage", UNSET)
        usage = RealtimeResponseUsage.from_dict(_usage) if isinstance(_usage, dict) else _usage
        conversation_id = d.get("conversation_id", UNSET)
        output_modalities = d.get("output_modalities", UNSET)
        max_output_tokens = d.get("max_output_tokens", UNSET)
        realtime_response = cls(
            id=id,
            object=object_,
            status=status,
            status_details=status_details,
            output=output,
            metadata=metadata,
            audio=audio,
            usage=usage,
            conversation_id=conversation_id,
            output_modalities=output_modalities,
            max_output_tokens=max_output_tokens,
        )
        if not _FIELDS.issuperset(d):
            realtime_response.additional_properties = _extra_fields(d)
        return realtime_response

    @property
    def object_(self) -> Literal["realtime.response"] | Unset:
        """The `object` field, under its former name."""
        return self.object

    @object_.setter
    def object_(self, value: Literal["realtime.response"] | Unset) -> None:
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
from ..models.metadata_type_0 import MetadataType0  # noqa: E402
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
from ..models.realtime_response_audio import RealtimeResponseAudio  # noqa: E402
from ..models.realtime_response_status_details import RealtimeResponseStatusDetails  # noqa: E402
from ..models.realtime_response_usage import RealtimeResponseUsage  # noqa: E402

_choose_output_item = ModelChoice(
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
RealtimeResponse._oc_fields = (
    ("id", "id", False, "string"),
    ("object", "object", False, ("const", "realtime.response")),
    (
        "status",
        "status",
        False,
        (
            "enum",
            "RealtimeResponseStatus",
            ("cancelled", "completed", "failed", "in_progress", "incomplete"),
        ),
    ),
    ("status_details", "status_details", False, RealtimeResponseStatusDetails),
    (
        "output",
        "output",
        False,
        (
            "list",
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
    ("audio", "audio", False, RealtimeResponseAudio),
    ("usage", "usage", False, RealtimeResponseUsage),
    ("conversation_id", "conversation_id", False, "string"),
    (
        "output_modalities",
        "output_modalities",
        False,
        ("list", ("enum", "RealtimeResponseOutputModalitiesItem", ("audio", "text"))),
    ),
    (
        "max_output_tokens",
        "max_output_tokens",
        False,
        (
            "union",
            (
                "integer",
                ("const", "inf"),
            ),
        ),
    ),
)
