# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump
from ..models.realtime_beta_response_modalities_item import (
    RealtimeBetaResponseModalitiesItem,
)
from ..models.realtime_beta_response_output_audio_format import (
    RealtimeBetaResponseOutputAudioFormat,
)
from ..models.realtime_beta_response_status import (
    RealtimeBetaResponseStatus,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeBetaResponse")

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
        "usage",
        "conversation_id",
        "voice",
        "modalities",
        "output_audio_format",
        "temperature",
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
class RealtimeBetaResponse(_Model):
    """Schema `RealtimeBetaResponse`.

    Attributes:
        id (str | Unset):
        object (Literal['realtime.response'] | Unset): Always 'realtime.response'.
        status (RealtimeBetaResponseStatus | Unset): One of: 'completed', 'cancelled', 'failed', 'incomplete',
            'in_progress' (others kept).
        status_details (RealtimeBetaResponseStatusDetails | Unset):
        output (list[RealtimeConversationItemFunctionCall | RealtimeConversationItemFunctionCallOutput |
            RealtimeConversationItemMessageAssistant | RealtimeConversationItemMessageSystem |
            RealtimeConversationItemMessageUser | RealtimeMCPApprovalRequest | RealtimeMCPApprovalResponse |
            RealtimeMCPListTools | RealtimeMCPToolCall] | Unset):
        metadata (MetadataType0 | None | Unset): Schema `Metadata`.
        usage (RealtimeBetaResponseUsage | Unset):
        conversation_id (str | Unset):
        voice (str | Unset): Schema `VoiceIdsShared`.
        modalities (list[RealtimeBetaResponseModalitiesItem] | Unset):
        output_audio_format (RealtimeBetaResponseOutputAudioFormat | Unset): One of: 'pcm16', 'g711_ulaw', 'g711_alaw'
            (others kept).
        temperature (float | Unset):
        max_output_tokens (int | Literal['inf'] | Unset):
    """

    id: str | Unset = UNSET
    object: Literal["realtime.response"] | Unset = UNSET
    status: RealtimeBetaResponseStatus | Unset = UNSET
    status_details: RealtimeBetaResponseStatusDetails | Unset = UNSET
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
    usage: RealtimeBetaResponseUsage | Unset = UNSET
    conversation_id: str | Unset = UNSET
    voice: str | Unset = UNSET
    modalities: list[RealtimeBetaResponseModalitiesItem] | Unset = UNSET
    output_audio_format: RealtimeBetaResponseOutputAudioFormat | Unset = UNSET
    temperature: float | Unset = UNSET
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
        if self.usage is not UNSET:
            field_dict["usage"] = dump(self.usage)
        if self.conversation_id is not UNSET:
            field_dict["conversation_id"] = self.conversation_id
        if self.voice is not UNSET:
            field_dict["voice"] = self.voice
        if self.modalities is not UNSET:
            field_dict["modalities"] = self.modalities
        if self.output_audio_format is not UNSET:
            field_dict["output_audio_format"] = self.output_audio_format
        if self.temperature is not UNSET:
            field_dict["temperature"] = self.temperature
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
            RealtimeBetaResponseStatusDetails.from_dict(_status_details)
            if isinstance(_status_details, dict)
            else _status_details
        )
        _output = d.get("output", UNSET)
        output = (
            [_read_output_item(_i0) for _i0 in _output] if isinstance(_output, list) else _output
        )
        _metadata = d.get("metadata", UNSET)
        metadata = MetadataType0.from_dict(_metadata) if isinstance(_metadata, dict) else _metadata
        _usage = d.get("usage", UNSET)
        usage = RealtimeBetaResponseUsage.from_dict(_usage) if isinstance(_usage, dict) else _usage
        conversation_id = d.get("conversation_id", UNSET)
        voice = d.get("voice", UNSET)
        modalities = d.get("modalities", UNSET)
        output_audio_format = d.get("output_audio_format", UNSET)
        temperature = d.get("temperature", UNSET)
        max_output_tokens = d.get("max_output_tokens", UNSET)
        realtime_beta_response = cls(
            id=id,
            object=object_,
            status=status,
            status_details=status_details,
            output=output,
            metadata=metadata,
            usage=usage,
            conversation_id=conversation_id,
            voice=voice,
            modalities=modalities,
            output_audio_format=output_audio_format,
            temperature=temperature,
            max_output_tokens=max_output_tokens,
        )
        if not _FIELDS.issuperset(d):
            realtime_beta_response.additional_properties = _extra_fields(d)
        return realtime_beta_response

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
from ..models.realtime_beta_response_status_details import RealtimeBetaResponseStatusDetails  # noqa: E402
from ..models.realtime_beta_response_usage import RealtimeBetaResponseUsage  # noqa: E402
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
RealtimeBetaResponse._oc_fields = (
    ("id", "id", False, "string"),
    ("object", "object", False, ("const", "realtime.response")),
    (
        "status",
        "status",
        False,
        (
            "enum",
            "RealtimeBetaResponseStatus",
            ("cancelled", "completed", "failed", "in_progress", "incomplete"),
        ),
    ),
    ("status_details", "status_details", False, RealtimeBetaResponseStatusDetails),
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
    ("usage", "usage", False, RealtimeBetaResponseUsage),
    ("conversation_id", "conversation_id", False, "string"),
    ("voice", "voice", False, "string"),
    (
        "modalities",
        "modalities",
        False,
        ("list", ("enum", "RealtimeBetaResponseModalitiesItem", ("audio", "text"))),
    ),
    (
        "output_audio_format",
        "output_audio_format",
        False,
        ("enum", "RealtimeBetaResponseOutputAudioFormat", ("g711_alaw", "g711_ulaw", "pcm16")),
    ),
    ("temperature", "temperature", False, "number"),
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
