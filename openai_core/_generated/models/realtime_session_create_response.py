# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeSessionCreateResponse")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "object",
        "expires_at",
        "include",
        "model",
        "output_modalities",
        "instructions",
        "audio",
        "tracing",
        "turn_detection",
        "tools",
        "tool_choice",
        "max_output_tokens",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class RealtimeSessionCreateResponse(_Model):
    """Schema `RealtimeSessionCreateResponse`.

    Attributes:
        id (str | Unset):
        object (str | Unset):
        expires_at (int | Unset):
        include (list[Literal['item.input_audio_transcription.logprobs']] | Unset):
        model (str | Unset):
        output_modalities (Any | Unset):
        instructions (str | Unset):
        audio (RealtimeSessionCreateResponseAudio | Unset):
        tracing (Literal['auto'] | RealtimeSessionCreateResponseTracingType1 | Unset):
        turn_detection (RealtimeSessionCreateResponseTurnDetection | Unset):
        tools (list[RealtimeFunctionTool] | Unset):
        tool_choice (str | Unset):
        max_output_tokens (int | Literal['inf'] | Unset):
    """

    id: str | Unset = UNSET
    object: str | Unset = UNSET
    expires_at: int | Unset = UNSET
    include: list[Literal["item.input_audio_transcription.logprobs"]] | Unset = UNSET
    model: str | Unset = UNSET
    output_modalities: Any | Unset = UNSET
    instructions: str | Unset = UNSET
    audio: RealtimeSessionCreateResponseAudio | Unset = UNSET
    tracing: Literal["auto"] | RealtimeSessionCreateResponseTracingType1 | Unset = UNSET
    turn_detection: RealtimeSessionCreateResponseTurnDetection | Unset = UNSET
    tools: list[RealtimeFunctionTool] | Unset = UNSET
    tool_choice: str | Unset = UNSET
    max_output_tokens: int | Literal["inf"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ()
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not UNSET:
            field_dict["id"] = self.id
        if self.object is not UNSET:
            field_dict["object"] = self.object
        if self.expires_at is not UNSET:
            field_dict["expires_at"] = self.expires_at
        if self.include is not UNSET:
            field_dict["include"] = self.include
        if self.model is not UNSET:
            field_dict["model"] = self.model
        if self.output_modalities is not UNSET:
            field_dict["output_modalities"] = self.output_modalities
        if self.instructions is not UNSET:
            field_dict["instructions"] = self.instructions
        if self.audio is not UNSET:
            field_dict["audio"] = dump(self.audio)
        if self.tracing is not UNSET:
            field_dict["tracing"] = dump(self.tracing)
        if self.turn_detection is not UNSET:
            field_dict["turn_detection"] = dump(self.turn_detection)
        if self.tools is not UNSET:
            field_dict["tools"] = dump(self.tools)
        if self.tool_choice is not UNSET:
            field_dict["tool_choice"] = self.tool_choice
        if self.max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = self.max_output_tokens
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        id = d.get("id", UNSET)
        object_ = d.get("object", UNSET)
        expires_at = d.get("expires_at", UNSET)
        include = d.get("include", UNSET)
        model = d.get("model", UNSET)
        output_modalities = d.get("output_modalities", UNSET)
        instructions = d.get("instructions", UNSET)
        _audio = d.get("audio", UNSET)
        audio = (
            RealtimeSessionCreateResponseAudio.from_dict(_audio)
            if isinstance(_audio, dict)
            else _audio
        )
        _tracing = d.get("tracing", UNSET)
        tracing = (
            RealtimeSessionCreateResponseTracingType1.from_dict(_tracing)
            if isinstance(_tracing, dict)
            else _tracing
        )
        _turn_detection = d.get("turn_detection", UNSET)
        turn_detection = (
            RealtimeSessionCreateResponseTurnDetection.from_dict(_turn_detection)
            if isinstance(_turn_detection, dict)
            else _turn_detection
        )
        _tools = d.get("tools", UNSET)
        tools = (
            [
                (RealtimeFunctionTool.from_dict(_i0) if isinstance(_i0, dict) else _i0)
                for _i0 in _tools
            ]
            if isinstance(_tools, list)
            else _tools
        )
        tool_choice = d.get("tool_choice", UNSET)
        max_output_tokens = d.get("max_output_tokens", UNSET)
        realtime_session_create_response = cls(
            id=id,
            object=object_,
            expires_at=expires_at,
            include=include,
            model=model,
            output_modalities=output_modalities,
            instructions=instructions,
            audio=audio,
            tracing=tracing,
            turn_detection=turn_detection,
            tools=tools,
            tool_choice=tool_choice,
            max_output_tokens=max_output_tokens,
        )
        if not _FIELDS.issuperset(d):
            realtime_session_create_response.additional_properties = _extra_fields(d)
        return realtime_session_create_response

    @property
    def object_(self) -> str | Unset:
        """The `object` field, under its former name."""
        return self.object

    @object_.setter
    def object_(self, value: str | Unset) -> None:
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
from ..models.realtime_function_tool import RealtimeFunctionTool  # noqa: E402
from ..models.realtime_session_create_response_audio import RealtimeSessionCreateResponseAudio  # noqa: E402
from ..models.realtime_session_create_response_tracing_type_1 import (
    RealtimeSessionCreateResponseTracingType1,  # noqa: E402
)
from ..models.realtime_session_create_response_turn_detection import (
    RealtimeSessionCreateResponseTurnDetection,  # noqa: E402
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
RealtimeSessionCreateResponse._oc_fields = (
    ("id", "id", False, "string"),
    ("object", "object", False, "string"),
    ("expires_at", "expires_at", False, "integer"),
    ("include", "include", False, ("list", ("const", "item.input_audio_transcription.logprobs"))),
    ("model", "model", False, "string"),
    ("output_modalities", "output_modalities", False, "any"),
    ("instructions", "instructions", False, "string"),
    ("audio", "audio", False, RealtimeSessionCreateResponseAudio),
    (
        "tracing",
        "tracing",
        False,
        (
            "union",
            (
                ("const", "auto"),
                RealtimeSessionCreateResponseTracingType1,
            ),
        ),
    ),
    ("turn_detection", "turn_detection", False, RealtimeSessionCreateResponseTurnDetection),
    ("tools", "tools", False, ("list", RealtimeFunctionTool)),
    ("tool_choice", "tool_choice", False, "string"),
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
