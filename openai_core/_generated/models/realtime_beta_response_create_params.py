# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump
from ..models.realtime_beta_response_create_params_modalities_item import (
    RealtimeBetaResponseCreateParamsModalitiesItem,
)
from ..models.realtime_beta_response_create_params_output_audio_format import (
    RealtimeBetaResponseCreateParamsOutputAudioFormat,
)
from ..models.tool_choice_options import ToolChoiceOptions
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeBetaResponseCreateParams")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "modalities",
        "instructions",
        "voice",
        "output_audio_format",
        "tools",
        "tool_choice",
        "temperature",
        "max_output_tokens",
        "conversation",
        "metadata",
        "prompt",
        "input",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_tool_choice(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "function":
            return ToolChoiceFunction.from_dict(data)
        if tag == "mcp":
            return ToolChoiceMCP.from_dict(data)
        return _choose_tool_choice(data)
    return data


def _read_input_item(data: Any) -> Any:
    if isinstance(data, dict):
        return _choose_input_item(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class RealtimeBetaResponseCreateParams(_Model):
    """Schema `RealtimeBetaResponseCreateParams`.

    Attributes:
        modalities (list[RealtimeBetaResponseCreateParamsModalitiesItem] | Unset):
        instructions (str | Unset):
        voice (str | Unset | VoiceIdsOrCustomVoiceType1): Schema `VoiceIdsOrCustomVoice`.
        output_audio_format (RealtimeBetaResponseCreateParamsOutputAudioFormat | Unset): One of: 'pcm16', 'g711_ulaw',
            'g711_alaw' (others kept).
        tools (list[RealtimeBetaResponseCreateParamsToolsItem] | Unset):
        tool_choice (ToolChoiceFunction | ToolChoiceMCP | ToolChoiceOptions | Unset): Server default: 'auto'. Default:
            'auto'.
        temperature (float | Unset):
        max_output_tokens (int | Literal['inf'] | Unset):
        conversation (str | Unset):
        metadata (MetadataType0 | None | Unset): Schema `Metadata`.
        prompt (None | PromptType0 | Unset): Schema `Prompt`.
        input (list[RealtimeConversationItemFunctionCall | RealtimeConversationItemFunctionCallOutput |
            RealtimeConversationItemMessageAssistant | RealtimeConversationItemMessageSystem |
            RealtimeConversationItemMessageUser | RealtimeMCPApprovalRequest | RealtimeMCPApprovalResponse |
            RealtimeMCPListTools | RealtimeMCPToolCall] | Unset):
    """

    modalities: list[RealtimeBetaResponseCreateParamsModalitiesItem] | Unset = UNSET
    instructions: str | Unset = UNSET
    voice: str | Unset | VoiceIdsOrCustomVoiceType1 = UNSET
    output_audio_format: RealtimeBetaResponseCreateParamsOutputAudioFormat | Unset = UNSET
    tools: list[RealtimeBetaResponseCreateParamsToolsItem] | Unset = UNSET
    tool_choice: ToolChoiceFunction | ToolChoiceMCP | ToolChoiceOptions | Unset = "auto"
    temperature: float | Unset = UNSET
    max_output_tokens: int | Literal["inf"] | Unset = UNSET
    conversation: str | Unset = UNSET
    metadata: MetadataType0 | None | Unset = UNSET
    prompt: None | PromptType0 | Unset = UNSET
    input: (
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ()
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.modalities is not UNSET:
            field_dict["modalities"] = self.modalities
        if self.instructions is not UNSET:
            field_dict["instructions"] = self.instructions
        if self.voice is not UNSET:
            field_dict["voice"] = dump(self.voice)
        if self.output_audio_format is not UNSET:
            field_dict["output_audio_format"] = self.output_audio_format
        if self.tools is not UNSET:
            field_dict["tools"] = dump(self.tools)
        if self.tool_choice is not UNSET:
            field_dict["tool_choice"] = dump(self.tool_choice)
        if self.temperature is not UNSET:
            field_dict["temperature"] = self.temperature
        if self.max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = self.max_output_tokens
        if self.conversation is not UNSET:
            field_dict["conversation"] = self.conversation
        if self.metadata is not UNSET:
            field_dict["metadata"] = dump(self.metadata)
        if self.prompt is not UNSET:
            field_dict["prompt"] = dump(self.prompt)
        if self.input is not UNSET:
            field_dict["input"] = dump(self.input)
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        modalities = d.get("modalities", UNSET)
        instructions = d.get("instructions", UNSET)
        _voice = d.get("voice", UNSET)
        voice = VoiceIdsOrCustomVoiceType1.from_dict(_voice) if isinstance(_voice, dict) else _voice
        output_audio_format = d.get("output_audio_format", UNSET)
        _tools = d.get("tools", UNSET)
        tools = (
            [
                (
                    RealtimeBetaResponseCreateParamsToolsItem.from_dict(_i0)
                    if isinstance(_i0, dict)
                    else _i0
                )
                for _i0 in _tools
            ]
            if isinstance(_tools, list)
            else _tools
        )
        _tool_choice = d.get("tool_choice", UNSET)
        tool_choice = _read_tool_choice(_tool_choice)
        temperature = d.get("temperature", UNSET)
        max_output_tokens = d.get("max_output_tokens", UNSET)
        conversation = d.get("conversation", UNSET)
        _metadata = d.get("metadata", UNSET)
        metadata = MetadataType0.from_dict(_metadata) if isinstance(_metadata, dict) else _metadata
        _prompt = d.get("prompt", UNSET)
        prompt = PromptType0.from_dict(_prompt) if isinstance(_prompt, dict) else _prompt
        _input_ = d.get("input", UNSET)
        input_ = (
            [_read_input_item(_i0) for _i0 in _input_] if isinstance(_input_, list) else _input_
        )
        realtime_beta_response_create_params = cls(
            modalities=modalities,
            instructions=instructions,
            voice=voice,
            output_audio_format=output_audio_format,
            tools=tools,
            tool_choice=tool_choice,
            temperature=temperature,
            max_output_tokens=max_output_tokens,
            conversation=conversation,
            metadata=metadata,
            prompt=prompt,
            input=input_,
        )
        if not _FIELDS.issuperset(d):
            realtime_beta_response_create_params.additional_properties = _extra_fields(d)
        return realtime_beta_response_create_params

    @property
    def input_(
        self,
    ) -> (
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
    ):
        """The `input` field, under its former name."""
        return self.input

    @input_.setter
    def input_(
        self,
        value: list[
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
        | Unset,
    ) -> None:
        self.input = value

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
from ..models.prompt_type_0 import PromptType0  # noqa: E402
from ..models.realtime_beta_response_create_params_tools_item import (
    RealtimeBetaResponseCreateParamsToolsItem,  # noqa: E402
)
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
from ..models.tool_choice_function import ToolChoiceFunction  # noqa: E402
from ..models.tool_choice_mcp import ToolChoiceMCP  # noqa: E402
from ..models.voice_ids_or_custom_voice_type_1 import VoiceIdsOrCustomVoiceType1  # noqa: E402

_choose_tool_choice = ModelChoice(ToolChoiceFunction, ToolChoiceMCP)
_choose_input_item = ModelChoice(
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
RealtimeBetaResponseCreateParams._oc_fields = (
    (
        "modalities",
        "modalities",
        False,
        ("list", ("enum", "RealtimeBetaResponseCreateParamsModalitiesItem", ("audio", "text"))),
    ),
    ("instructions", "instructions", False, "string"),
    (
        "voice",
        "voice",
        False,
        (
            "union",
            (
                "string",
                VoiceIdsOrCustomVoiceType1,
            ),
        ),
    ),
    (
        "output_audio_format",
        "output_audio_format",
        False,
        (
            "enum",
            "RealtimeBetaResponseCreateParamsOutputAudioFormat",
            ("g711_alaw", "g711_ulaw", "pcm16"),
        ),
    ),
    ("tools", "tools", False, ("list", RealtimeBetaResponseCreateParamsToolsItem)),
    (
        "tool_choice",
        "tool_choice",
        False,
        (
            "union",
            (
                ("enum", "ToolChoiceOptions", ("auto", "none", "required")),
                ToolChoiceFunction,
                ToolChoiceMCP,
            ),
        ),
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
    ("conversation", "conversation", False, "string"),
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
    (
        "prompt",
        "prompt",
        False,
        (
            "union",
            (
                PromptType0,
                "null",
            ),
        ),
    ),
    (
        "input",
        "input",
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
)
