# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump, missing_keys
from ..models.realtime_session_create_response_ga_output_modalities_item import (
    RealtimeSessionCreateResponseGAOutputModalitiesItem,
)
from ..models.realtime_truncation_type_0 import (
    RealtimeTruncationType0,
)
from ..models.tool_choice_options import ToolChoiceOptions
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeSessionCreateResponseGA")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "id",
        "object",
        "expires_at",
        "output_modalities",
        "model",
        "instructions",
        "audio",
        "include",
        "tracing",
        "tools",
        "tool_choice",
        "reasoning",
        "max_output_tokens",
        "truncation",
        "prompt",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_tools_item(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "function":
            return RealtimeFunctionTool.from_dict(data)
        if tag == "mcp":
            return MCPTool.from_dict(data)
        return _choose_tools_item(data)
    return data


def _read_tool_choice(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "function":
            return ToolChoiceFunction.from_dict(data)
        if tag == "mcp":
            return ToolChoiceMCP.from_dict(data)
        return _choose_tool_choice(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class RealtimeSessionCreateResponseGA(_Model):
    """Schema `RealtimeSessionCreateResponseGA`.

    Attributes:
        type (Literal['realtime']): Always 'realtime'.
        id (str):
        object (Literal['realtime.session'] | Unset): Always 'realtime.session'.
        expires_at (int | Unset):
        output_modalities (list[RealtimeSessionCreateResponseGAOutputModalitiesItem] | Unset):
        model (str | Unset):
        instructions (str | Unset):
        audio (RealtimeSessionCreateResponseGAAudio | Unset):
        include (list[Literal['item.input_audio_transcription.logprobs']] | Unset):
        tracing (Literal['auto'] | None | RealtimeSessionCreateResponseGATracingType0Type1 | Unset):
        tools (list[MCPTool | RealtimeFunctionTool] | Unset):
        tool_choice (ToolChoiceFunction | ToolChoiceMCP | ToolChoiceOptions | Unset): Server default: 'auto'. Default:
            'auto'.
        reasoning (RealtimeReasoning | Unset): Schema `RealtimeReasoning`.
        max_output_tokens (int | Literal['inf'] | Unset):
        truncation (RealtimeTruncationType0 | RealtimeTruncationType1 | Unset): Schema `RealtimeTruncation`.
        prompt (None | PromptType0 | Unset): Schema `Prompt`.
    """

    type: Literal["realtime"]
    id: str
    object: Literal["realtime.session"] | Unset = UNSET
    expires_at: int | Unset = UNSET
    output_modalities: list[RealtimeSessionCreateResponseGAOutputModalitiesItem] | Unset = UNSET
    model: str | Unset = UNSET
    instructions: str | Unset = UNSET
    audio: RealtimeSessionCreateResponseGAAudio | Unset = UNSET
    include: list[Literal["item.input_audio_transcription.logprobs"]] | Unset = UNSET
    tracing: Literal["auto"] | None | RealtimeSessionCreateResponseGATracingType0Type1 | Unset = (
        UNSET
    )
    tools: list[MCPTool | RealtimeFunctionTool] | Unset = UNSET
    tool_choice: ToolChoiceFunction | ToolChoiceMCP | ToolChoiceOptions | Unset = "auto"
    reasoning: RealtimeReasoning | Unset = UNSET
    max_output_tokens: int | Literal["inf"] | Unset = UNSET
    truncation: RealtimeTruncationType0 | RealtimeTruncationType1 | Unset = UNSET
    prompt: None | PromptType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "type",
        "id",
    )
    _oc_consts = {"type": "realtime", "object": "realtime.session"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["id"] = self.id
        if self.object is not UNSET:
            field_dict["object"] = self.object
        if self.expires_at is not UNSET:
            field_dict["expires_at"] = self.expires_at
        if self.output_modalities is not UNSET:
            field_dict["output_modalities"] = self.output_modalities
        if self.model is not UNSET:
            field_dict["model"] = self.model
        if self.instructions is not UNSET:
            field_dict["instructions"] = self.instructions
        if self.audio is not UNSET:
            field_dict["audio"] = dump(self.audio)
        if self.include is not UNSET:
            field_dict["include"] = self.include
        if self.tracing is not UNSET:
            field_dict["tracing"] = dump(self.tracing)
        if self.tools is not UNSET:
            field_dict["tools"] = dump(self.tools)
        if self.tool_choice is not UNSET:
            field_dict["tool_choice"] = dump(self.tool_choice)
        if self.reasoning is not UNSET:
            field_dict["reasoning"] = dump(self.reasoning)
        if self.max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = self.max_output_tokens
        if self.truncation is not UNSET:
            field_dict["truncation"] = dump(self.truncation)
        if self.prompt is not UNSET:
            field_dict["prompt"] = dump(self.prompt)
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
        id = d.get("id")
        object_ = d.get("object", UNSET)
        expires_at = d.get("expires_at", UNSET)
        output_modalities = d.get("output_modalities", UNSET)
        model = d.get("model", UNSET)
        instructions = d.get("instructions", UNSET)
        _audio = d.get("audio", UNSET)
        audio = (
            RealtimeSessionCreateResponseGAAudio.from_dict(_audio)
            if isinstance(_audio, dict)
            else _audio
        )
        include = d.get("include", UNSET)
        _tracing = d.get("tracing", UNSET)
        tracing = (
            RealtimeSessionCreateResponseGATracingType0Type1.from_dict(_tracing)
            if isinstance(_tracing, dict)
            else _tracing
        )
        _tools = d.get("tools", UNSET)
        tools = [_read_tools_item(_i0) for _i0 in _tools] if isinstance(_tools, list) else _tools
        _tool_choice = d.get("tool_choice", UNSET)
        tool_choice = _read_tool_choice(_tool_choice)
        _reasoning = d.get("reasoning", UNSET)
        reasoning = (
            RealtimeReasoning.from_dict(_reasoning) if isinstance(_reasoning, dict) else _reasoning
        )
        max_output_tokens = d.get("max_output_tokens", UNSET)
        _truncation = d.get("truncation", UNSET)
        truncation = (
            RealtimeTruncationType1.from_dict(_truncation)
            if isinstance(_truncation, dict)
            else _truncation
        )
        _prompt = d.get("prompt", UNSET)
        prompt = PromptType0.from_dict(_prompt) if isinstance(_prompt, dict) else _prompt
        realtime_session_create_response_ga = cls(
            type=type_,
            id=id,
            object=object_,
            expires_at=expires_at,
            output_modalities=output_modalities,
            model=model,
            instructions=instructions,
            audio=audio,
            include=include,
            tracing=tracing,
            tools=tools,
            tool_choice=tool_choice,
            reasoning=reasoning,
            max_output_tokens=max_output_tokens,
            truncation=truncation,
            prompt=prompt,
        )
        if type_ is None or id is None:
            realtime_session_create_response_ga._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            realtime_session_create_response_ga.additional_properties = _extra_fields(d)
        return realtime_session_create_response_ga

    @property
    def type_(self) -> Literal["realtime"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["realtime"]) -> None:
        self.type = value

    @property
    def object_(self) -> Literal["realtime.session"] | Unset:
        """The `object` field, under its former name."""
        return self.object

    @object_.setter
    def object_(self, value: Literal["realtime.session"] | Unset) -> None:
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
from ..models.mcp_tool import MCPTool  # noqa: E402
from ..models.prompt_type_0 import PromptType0  # noqa: E402
from ..models.realtime_function_tool import RealtimeFunctionTool  # noqa: E402
from ..models.realtime_reasoning import RealtimeReasoning  # noqa: E402
from ..models.realtime_session_create_response_ga_audio import RealtimeSessionCreateResponseGAAudio  # noqa: E402
from ..models.realtime_session_create_response_ga_tracing_type_0_type_1 import (
    RealtimeSessionCreateResponseGATracingType0Type1,  # noqa: E402
)
from ..models.realtime_truncation_type_1 import RealtimeTruncationType1  # noqa: E402
from ..models.tool_choice_function import ToolChoiceFunction  # noqa: E402
from ..models.tool_choice_mcp import ToolChoiceMCP  # noqa: E402

_choose_tools_item = ModelChoice(RealtimeFunctionTool, MCPTool)
_choose_tool_choice = ModelChoice(ToolChoiceFunction, ToolChoiceMCP)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
RealtimeSessionCreateResponseGA._oc_fields = (
    ("type", "type", True, ("const", "realtime")),
    ("id", "id", True, "string"),
    ("object", "object", False, ("const", "realtime.session")),
    ("expires_at", "expires_at", False, "integer"),
    (
        "output_modalities",
        "output_modalities",
        False,
        (
            "list",
            ("enum", "RealtimeSessionCreateResponseGAOutputModalitiesItem", ("audio", "text")),
        ),
    ),
    ("model", "model", False, "string"),
    ("instructions", "instructions", False, "string"),
    ("audio", "audio", False, RealtimeSessionCreateResponseGAAudio),
    ("include", "include", False, ("list", ("const", "item.input_audio_transcription.logprobs"))),
    (
        "tracing",
        "tracing",
        False,
        (
            "union",
            (
                ("const", "auto"),
                RealtimeSessionCreateResponseGATracingType0Type1,
                "null",
            ),
        ),
    ),
    (
        "tools",
        "tools",
        False,
        (
            "list",
            (
                "union",
                (
                    RealtimeFunctionTool,
                    MCPTool,
                ),
            ),
        ),
    ),
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
    ("reasoning", "reasoning", False, RealtimeReasoning),
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
    (
        "truncation",
        "truncation",
        False,
        (
            "union",
            (
                ("enum", "RealtimeTruncationType0", ("auto", "disabled")),
                RealtimeTruncationType1,
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
)
