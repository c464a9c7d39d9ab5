# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump, missing_keys
from ..models.chat_completion_create_params_function_call_type_0 import (
    ChatCompletionCreateParamsFunctionCallType0,
)
from ..models.chat_completion_create_params_prompt_cache_retention_type_0 import (
    ChatCompletionCreateParamsPromptCacheRetentionType0,
)
from ..models.chat_completion_tool_choice_option_type_0 import (
    ChatCompletionToolChoiceOptionType0,
)
from ..models.reasoning_effort_type_0 import ReasoningEffortType0
from ..models.response_modalities_type_0_item import (
    ResponseModalitiesType0Item,
)
from ..models.service_tier_type_0 import ServiceTierType0
from ..models.verbosity_type_0 import VerbosityType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatCompletionCreateParams")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "messages",
        "model",
        "metadata",
        "top_logprobs",
        "temperature",
        "top_p",
        "user",
        "safety_identifier",
        "prompt_cache_key",
        "prompt_cache_retention",
        "prompt_cache_options",
        "service_tier",
        "modalities",
        "verbosity",
        "reasoning_effort",
        "max_completion_tokens",
        "frequency_penalty",
        "presence_penalty",
        "web_search_options",
        "response_format",
        "audio",
        "store",
        "moderation",
        "stream",
        "stop",
        "logit_bias",
        "logprobs",
        "max_tokens",
        "n",
        "prediction",
        "seed",
        "stream_options",
        "tools",
        "tool_choice",
        "parallel_tool_calls",
        "function_call",
        "functions",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_messages_item(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("role")
        if tag == "developer":
            return ChatCompletionRequestDeveloperMessage.from_dict(data)
        if tag == "system":
            return ChatCompletionRequestSystemMessage.from_dict(data)
        if tag == "user":
            return ChatCompletionRequestUserMessage.from_dict(data)
        if tag == "assistant":
            return ChatCompletionRequestAssistantMessage.from_dict(data)
        if tag == "tool":
            return ChatCompletionRequestToolMessage.from_dict(data)
        if tag == "function":
            return ChatCompletionRequestFunctionMessage.from_dict(data)
        return _choose_messages_item(data)
    return data


def _read_response_format(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "text":
            return ResponseFormatText.from_dict(data)
        if tag == "json_schema":
            return ResponseFormatJsonSchema.from_dict(data)
        if tag == "json_object":
            return ResponseFormatJsonObject.from_dict(data)
        return _choose_response_format(data)
    return data


def _read_tools_item(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "function":
            return ChatCompletionTool.from_dict(data)
        if tag == "custom":
            return CustomToolChatCompletions.from_dict(data)
        return _choose_tools_item(data)
    return data


def _read_tool_choice(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "allowed_tools":
            return ChatCompletionAllowedToolsChoice.from_dict(data)
        if tag == "function":
            return ChatCompletionNamedToolChoice.from_dict(data)
        if tag == "custom":
            return ChatCompletionNamedToolChoiceCustom.from_dict(data)
        return _choose_tool_choice(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class ChatCompletionCreateParams(_Model):
    """Schema `CreateChatCompletionRequest`.

    Attributes:
        messages (list[ChatCompletionRequestAssistantMessage | ChatCompletionRequestDeveloperMessage |
            ChatCompletionRequestFunctionMessage | ChatCompletionRequestSystemMessage | ChatCompletionRequestToolMessage |
            ChatCompletionRequestUserMessage]): Items 1..any.
        model (str): Schema `ModelIdsShared`.
        metadata (MetadataType0 | None | Unset): Schema `Metadata`.
        top_logprobs (int | None | Unset):
        temperature (float | None | Unset):
        top_p (float | None | Unset):
        user (str | Unset): Deprecated.
        safety_identifier (None | str | Unset):
        prompt_cache_key (None | str | Unset):
        prompt_cache_retention (ChatCompletionCreateParamsPromptCacheRetentionType0 | None | Unset): Deprecated.
        prompt_cache_options (PromptCacheOptionsParam | Unset): Schema `PromptCacheOptionsParam`.
        service_tier (None | ServiceTierType0 | Unset): Schema `ServiceTier`.
        modalities (list[ResponseModalitiesType0Item] | None | Unset): Schema `ResponseModalities`.
        verbosity (None | Unset | VerbosityType0): Schema `Verbosity`.
        reasoning_effort (None | ReasoningEffortType0 | Unset): Schema `ReasoningEffort`.
        max_completion_tokens (int | None | Unset):
        frequency_penalty (float | None | Unset): Range -2..2. Server default: 0. Default: 0.0.
        presence_penalty (float | None | Unset): Range -2..2. Server default: 0. Default: 0.0.
        web_search_options (ChatCompletionCreateParamsWebSearchOptions | Unset):
        response_format (ResponseFormatJsonObject | ResponseFormatJsonSchema | ResponseFormatText | Unset):
        audio (ChatCompletionCreateParamsAudioType0 | None | Unset):
        store (bool | None | Unset): Server default: False. Default: False.
        moderation (ModerationParam | None | Unset):
        stream (bool | None | Unset): Server default: False. Default: False.
        stop (list[str] | None | str | Unset): Schema `StopConfiguration`.
        logit_bias (ChatCompletionCreateParamsLogitBiasType0 | None | Unset): Server default: None.
        logprobs (bool | None | Unset): Server default: False. Default: False.
        max_tokens (int | None | Unset): Deprecated.
        n (int | None | Unset): Range 1..128. Server default: 1. Default: 1.
        prediction (None | PredictionContent | Unset):
        seed (int | None | Unset): Range -9223372036854776000..9223372036854776000. Deprecated.
        stream_options (ChatCompletionStreamOptionsType0 | None | Unset): Schema `ChatCompletionStreamOptions`.
        tools (list[ChatCompletionTool | CustomToolChatCompletions] | Unset):
        tool_choice (ChatCompletionAllowedToolsChoice | ChatCompletionNamedToolChoice |
            ChatCompletionNamedToolChoiceCustom | ChatCompletionToolChoiceOptionType0 | Unset): Schema
            `ChatCompletionToolChoiceOption`.
        parallel_tool_calls (bool | Unset): Schema `ParallelToolCalls`.
        function_call (ChatCompletionCreateParamsFunctionCallType0 | ChatCompletionFunctionCallOption | Unset):
            Deprecated.
        functions (list[ChatCompletionFunctions] | Unset): Items 1..128. Deprecated.
    """

    messages: list[
        ChatCompletionRequestAssistantMessage
        | ChatCompletionRequestDeveloperMessage
        | ChatCompletionRequestFunctionMessage
        | ChatCompletionRequestSystemMessage
        | ChatCompletionRequestToolMessage
        | ChatCompletionRequestUserMessage
    ]
    model: str
    metadata: MetadataType0 | None | Unset = UNSET
    top_logprobs: int | None | Unset = UNSET
    temperature: float | None | Unset = UNSET
    top_p: float | None | Unset = UNSET
    user: str | Unset = UNSET
    safety_identifier: None | str | Unset = UNSET
    prompt_cache_key: None | str | Unset = UNSET
    prompt_cache_retention: ChatCompletionCreateParamsPromptCacheRetentionType0 | None | Unset = (
        UNSET
    )
    prompt_cache_options: PromptCacheOptionsParam | Unset = UNSET
    service_tier: None | ServiceTierType0 | Unset = UNSET
    modalities: list[ResponseModalitiesType0Item] | None | Unset = UNSET
    verbosity: None | Unset | VerbosityType0 = UNSET
    reasoning_effort: None | ReasoningEffortType0 | Unset = UNSET
    max_completion_tokens: int | None | Unset = UNSET
    frequency_penalty: float | None | Unset = 0.0
    presence_penalty: float | None | Unset = 0.0
    web_search_options: ChatCompletionCreateParamsWebSearchOptions | Unset = UNSET
    response_format: (
        ResponseFormatJsonObject | ResponseFormatJsonSchema | ResponseFormatText | Unset
    ) = UNSET
    audio: ChatCompletionCreateParamsAudioType0 | None | Unset = UNSET
    store: bool | None | Unset = False
    moderation: ModerationParam | None | Unset = UNSET
    stream: bool | None | Unset = False
    stop: list[str] | None | str | Unset = UNSET
    logit_bias: ChatCompletionCreateParamsLogitBiasType0 | None | Unset = UNSET
    logprobs: bool | None | Unset = False
    max_tokens: int | None | Unset = UNSET
    n: int | None | Unset = 1
    prediction: None | PredictionContent | Unset = UNSET
    seed: int | None | Unset = UNSET
    stream_options: ChatCompletionStreamOptionsType0 | None | Unset = UNSET
    tools: list[ChatCompletionTool | CustomToolChatCompletions] | Unset = UNSET
    tool_choice: (
        ChatCompletionAllowedToolsChoice
        | ChatCompletionNamedToolChoice
        | ChatCompletionNamedToolChoiceCustom
        | ChatCompletionToolChoiceOptionType0
        | Unset
    ) = UNSET
    parallel_tool_calls: bool | Unset = UNSET
    function_call: (
        ChatCompletionCreateParamsFunctionCallType0 | ChatCompletionFunctionCallOption | Unset
    ) = UNSET
    functions: list[ChatCompletionFunctions] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "messages",
        "model",
    )
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["messages"] = dump(self.messages)
        field_dict["model"] = self.model
        if self.metadata is not UNSET:
            field_dict["metadata"] = dump(self.metadata)
        if self.top_logprobs is not UNSET:
            field_dict["top_logprobs"] = self.top_logprobs
        if self.temperature is not UNSET:
            field_dict["temperature"] = self.temperature
        if self.top_p is not UNSET:
            field_dict["top_p"] = self.top_p
        if self.user is not UNSET:
            field_dict["user"] = self.user
        if self.safety_identifier is not UNSET:
            field_dict["safety_identifier"] = self.safety_identifier
        if self.prompt_cache_key is not UNSET:
            field_dict["prompt_cache_key"] = self.prompt_cache_key
        if self.prompt_cache_retention is not UNSET:
            field_dict["prompt_cache_retention"] = self.prompt_cache_retention
        if self.prompt_cache_options is not UNSET:
            field_dict["prompt_cache_options"] = dump(self.prompt_cache_options)
        if self.service_tier is not UNSET:
            field_dict["service_tier"] = self.service_tier
        if self.modalities is not UNSET:
            field_dict["modalities"] = self.modalities
        if self.verbosity is not UNSET:
            field_dict["verbosity"] = self.verbosity
        if self.reasoning_effort is not UNSET:
            field_dict["reasoning_effort"] = self.reasoning_effort
        if self.max_completion_tokens is not UNSET:
            field_dict["max_completion_tokens"] = self.max_completion_tokens
        if self.frequency_penalty is not UNSET:
            field_dict["frequency_penalty"] = self.frequency_penalty
        if self.presence_penalty is not UNSET:
            field_dict["presence_penalty"] = self.presence_penalty
        if self.web_search_options is not UNSET:
            field_dict["web_search_options"] = dump(self.web_search_options)
        if self.response_format is not UNSET:
            field_dict["response_format"] = dump(self.response_format)
        if self.audio is not UNSET:
            field_dict["audio"] = dump(self.audio)
        if self.store is not UNSET:
            field_dict["store"] = self.store
        if self.moderation is not UNSET:
            field_dict["moderation"] = dump(self.moderation)
        if self.stream is not UNSET:
            field_dict["stream"] = self.stream
        if self.stop is not UNSET:
            field_dict["stop"] = self.stop
        if self.logit_bias is not UNSET:
            field_dict["logit_bias"] = dump(self.logit_bias)
        if self.logprobs is not UNSET:
            field_dict["logprobs"] = self.logprobs
        if self.max_tokens is not UNSET:
            field_dict["max_tokens"] = self.max_tokens
        if self.n is not UNSET:
            field_dict["n"] = self.n
        if self.prediction is not UNSET:
            field_dict["prediction"] = dump(self.prediction)
        if self.seed is not UNSET:
            field_dict["seed"] = self.seed
        if self.stream_options is not UNSET:
            field_dict["stream_options"] = dump(self.stream_options)
        if self.tools is not UNSET:
            field_dict["tools"] = dump(self.tools)
        if self.tool_choice is not UNSET:
            field_dict["tool_choice"] = dump(self.tool_choice)
        if self.parallel_tool_calls is not UNSET:
            field_dict["parallel_tool_calls"] = self.parallel_tool_calls
        if self.function_call is not UNSET:
            field_dict["function_call"] = dump(self.function_call)
        if self.functions is not UNSET:
            field_dict["functions"] = dump(self.functions)
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        _messages = d.get("messages")
        messages = (
            [_read_messages_item(_i0) for _i0 in _messages]
            if isinstance(_messages, list)
            else _messages
        )
        model = d.get("model")
        _metadata = d.get("metadata", UNSET)
        metadata = MetadataType0.from_dict(_metadata) if isinstance(_metadata, dict) else _metadata
        top_logprobs = d.get("top_logprobs", UNSET)
        temperature = d.get("temperature", UNSET)
        top_p = d.get("top_p", UNSET)
        user = d.get("user", UNSET)
        safety_identifier = d.get("safety_identifier", UNSET)
        prompt_cache_key = d.get("prompt_cache_key", UNSET)
        prompt_cache_retention = d.get("prompt_cache_retention", UNSET)
        _prompt_cache_options = d.get("prompt_cache_options", UNSET)
        prompt_cache_options = (
            PromptCacheOptionsParam.from_dict(_prompt_cache_options)
            if isinstance(_prompt_cache_options, dict)
            else _prompt_cache_options
        )
        service_tier = d.get("service_tier", UNSET)
        modalities = d.get("modalities", UNSET)
        verbosity = d.get("verbosity", UNSET)
        reasoning_effort = d.get("reasoning_effort", UNSET)
        max_completion_tokens = d.get("max_completion_tokens", UNSET)
        frequency_penalty = d.get("frequency_penalty", UNSET)
        presence_penalty = d.get("presence_penalty", UNSET)
        _web_search_options = d.get("web_search_options", UNSET)
        web_search_options = (
            ChatCompletionCreateParamsWebSearchOptions.from_dict(_web_search_options)
            if isinstance(_web_search_options, dict)
            else _web_search_options
        )
        _response_format = d.get("response_format", UNSET)
        response_format = _read_response_format(_response_format)
        _audio = d.get("audio", UNSET)
        audio = (
            ChatCompletionCreateParamsAudioType0.from_dict(_audio)
            if isinstance(_audio, dict)
            else _audio
        )
        store = d.get("store", UNSET)
        _moderation = d.get("moderation", UNSET)
        moderation = (
            ModerationParam.from_dict(_moderation) if isinstance(_moderation, dict) else _moderation
        )
        stream = d.get("stream", UNSET)
        stop = d.get("stop", UNSET)
        _logit_bias = d.get("logit_bias", UNSET)
        logit_bias = (
            ChatCompletionCreateParamsLogitBiasType0.from_dict(_logit_bias)
            if isinstance(_logit_bias, dict)
            else _logit_bias
        )
        logprobs = d.get("logprobs", UNSET)
        max_tokens = d.get("max_tokens", UNSET)
        n = d.get("n", UNSET)
        _prediction = d.get("prediction", UNSET)
        prediction = (
            PredictionContent.from_dict(_prediction)
            if isinstance(_prediction, dict)
            else _prediction
        )
        seed = d.get("seed", UNSET)
        _stream_options = d.get("stream_options", UNSET)
        stream_options = (
            ChatCompletionStreamOptionsType0.from_dict(_stream_options)
            if isinstance(_stream_options, dict)
            else _stream_options
        )
        _tools = d.get("tools", UNSET)
        tools = [_read_tools_item(_i0) for _i0 in _tools] if isinstance(_tools, list) else _tools
        _tool_choice = d.get("tool_choice", UNSET)
        tool_choice = _read_tool_choice(_tool_choice)
        parallel_tool_calls = d.get("parallel_tool_calls", UNSET)
        _function_call = d.get("function_call", UNSET)
        function_call = (
            ChatCompletionFunctionCallOption.from_dict(_function_call)
            if isinstance(_function_call, dict)
            else _function_call
        )
        _functions = d.get("functions", UNSET)
        functions = (
            [
                (ChatCompletionFunctions.from_dict(_i0) if isinstance(_i0, dict) else _i0)
                for _i0 in _functions
            ]
            if isinstance(_functions, list)
            else _functions
        )
        chat_completion_create_params = cls(
            messages=messages,
            model=model,
            metadata=metadata,
            top_logprobs=top_logprobs,
            temperature=temperature,
            top_p=top_p,
            user=user,
            safety_identifier=safety_identifier,
            prompt_cache_key=prompt_cache_key,
            prompt_cache_retention=prompt_cache_retention,
            prompt_cache_options=prompt_cache_options,
            service_tier=service_tier,
            modalities=modalities,
            verbosity=verbosity,
            reasoning_effort=reasoning_effort,
            max_completion_tokens=max_completion_tokens,
            frequency_penalty=frequency_penalty,
            presence_penalty=presence_penalty,
            web_search_options=web_search_options,
            response_format=response_format,
            audio=audio,
            store=store,
            moderation=moderation,
            stream=stream,
            stop=stop,
            logit_bias=logit_bias,
            logprobs=logprobs,
            max_tokens=max_tokens,
            n=n,
            prediction=prediction,
            seed=seed,
            stream_options=stream_options,
            tools=tools,
            tool_choice=tool_choice,
            parallel_tool_calls=parallel_tool_calls,
            function_call=function_call,
            functions=functions,
        )
        if messages is None or model is None:
            chat_completion_create_params._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            chat_completion_create_params.additional_properties = _extra_fields(d)
        return chat_completion_create_params

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
from ..models.chat_completion_allowed_tools_choice import ChatCompletionAllowedToolsChoice  # noqa: E402
from ..models.chat_completion_create_params_audio_type_0 import ChatCompletionCreateParamsAudioType0  # noqa: E402
from ..models.chat_completion_create_params_logit_bias_type_0 import (
    ChatCompletionCreateParamsLogitBiasType0,  # noqa: E402
)
from ..models.chat_completion_create_params_web_search_options import (
    ChatCompletionCreateParamsWebSearchOptions,  # noqa: E402
)
from ..models.chat_completion_function_call_option import ChatCompletionFunctionCallOption  # noqa: E402
from ..models.chat_completion_functions import ChatCompletionFunctions  # noqa: E402
from ..models.chat_completion_named_tool_choice import ChatCompletionNamedToolChoice  # noqa: E402
from ..models.chat_completion_named_tool_choice_custom import ChatCompletionNamedToolChoiceCustom  # noqa: E402
from ..models.chat_completion_request_assistant_message import ChatCompletionRequestAssistantMessage  # noqa: E402
from ..models.chat_completion_request_developer_message import ChatCompletionRequestDeveloperMessage  # noqa: E402
from ..models.chat_completion_request_function_message import ChatCompletionRequestFunctionMessage  # noqa: E402
from ..models.chat_completion_request_system_message import ChatCompletionRequestSystemMessage  # noqa: E402
from ..models.chat_completion_request_tool_message import ChatCompletionRequestToolMessage  # noqa: E402
from ..models.chat_completion_request_user_message import ChatCompletionRequestUserMessage  # noqa: E402
from ..models.chat_completion_stream_options_type_0 import ChatCompletionStreamOptionsType0  # noqa: E402
from ..models.chat_completion_tool import ChatCompletionTool  # noqa: E402
from ..models.custom_tool_chat_completions import CustomToolChatCompletions  # noqa: E402
from ..models.metadata_type_0 import MetadataType0  # noqa: E402
from ..models.moderation_param import ModerationParam  # noqa: E402
from ..models.prediction_content import PredictionContent  # noqa: E402
from ..models.prompt_cache_options_param import PromptCacheOptionsParam  # noqa: E402
from ..models.response_format_json_object import ResponseFormatJsonObject  # noqa: E402
from ..models.response_format_json_schema import ResponseFormatJsonSchema  # noqa: E402
from ..models.response_format_text import ResponseFormatText  # noqa: E402

_choose_messages_item = ModelChoice(
    ChatCompletionRequestDeveloperMessage,
    ChatCompletionRequestSystemMessage,
    ChatCompletionRequestUserMessage,
    ChatCompletionRequestAssistantMessage,
    ChatCompletionRequestToolMessage,
    ChatCompletionRequestFunctionMessage,
)
_choose_response_format = ModelChoice(
    ResponseFormatText, ResponseFormatJsonSchema, ResponseFormatJsonObject
)
_choose_tools_item = ModelChoice(ChatCompletionTool, CustomToolChatCompletions)
_choose_tool_choice = ModelChoice(
    ChatCompletionAllowedToolsChoice,
    ChatCompletionNamedToolChoice,
    ChatCompletionNamedToolChoiceCustom,
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
ChatCompletionCreateParams._oc_fields = (
    (
        "messages",
        "messages",
        True,
        (
            "list",
            (
                "union",
                (
                    ChatCompletionRequestDeveloperMessage,
                    ChatCompletionRequestSystemMessage,
                    ChatCompletionRequestUserMessage,
                    ChatCompletionRequestAssistantMessage,
                    ChatCompletionRequestToolMessage,
                    ChatCompletionRequestFunctionMessage,
                ),
            ),
        ),
    ),
    ("model", "model", True, "string"),
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
        "top_logprobs",
        "top_logprobs",
        False,
        (
            "union",
            (
                "integer",
                "null",
            ),
        ),
    ),
    (
        "temperature",
        "temperature",
        False,
        (
            "union",
            (
                "number",
                "null",
            ),
        ),
    ),
    (
        "top_p",
        "top_p",
        False,
        (
            "union",
            (
                "number",
                "null",
            ),
        ),
    ),
    ("user", "user", False, "string"),
    (
        "safety_identifier",
        "safety_identifier",
        False,
        (
            "union",
            (
                "string",
                "null",
            ),
        ),
    ),
    (
        "prompt_cache_key",
        "prompt_cache_key",
        False,
        (
            "union",
            (
                "string",
                "null",
            ),
        ),
    ),
    (
        "prompt_cache_retention",
        "prompt_cache_retention",
        False,
        (
            "union",
            (
                (
                    "enum",
                    "ChatCompletionCreateParamsPromptCacheRetentionType0",
                    ("24h", "in_memory"),
                ),
                "null",
            ),
        ),
    ),
    ("prompt_cache_options", "prompt_cache_options", False, PromptCacheOptionsParam),
    (
        "service_tier",
        "service_tier",
        False,
        (
            "union",
            (
                (
                    "enum",
                    "ServiceTierType0",
                    ("auto", "default", "fast", "flex", "priority", "scale"),
                ),
                "null",
            ),
        ),
    ),
    (
        "modalities",
        "modalities",
        False,
        (
            "union",
            (
                ("list", ("enum", "ResponseModalitiesType0Item", ("audio", "text"))),
                "null",
            ),
        ),
    ),
    (
        "verbosity",
        "verbosity",
        False,
        (
            "union",
            (
                ("enum", "VerbosityType0", ("high", "low", "medium")),
                "null",
            ),
        ),
    ),
    (
        "reasoning_effort",
        "reasoning_effort",
        False,
        (
            "union",
            (
                (
                    "enum",
                    "ReasoningEffortType0",
                    ("high", "low", "max", "medium", "minimal", "none", "xhigh"),
                ),
                "null",
            ),
        ),
    ),
    (
        "max_completion_tokens",
        "max_completion_tokens",
        False,
        (
            "union",
            (
                "integer",
                "null",
            ),
        ),
    ),
    (
        "frequency_penalty",
        "frequency_penalty",
        False,
        (
            "union",
            (
                "number",
                "null",
            ),
        ),
    ),
    (
        "presence_penalty",
        "presence_penalty",
        False,
        (
            "union",
            (
                "number",
                "null",
            ),
        ),
    ),
    ("web_search_options", "web_search_options", False, ChatCompletionCreateParamsWebSearchOptions),
    (
        "response_format",
        "response_format",
        False,
        (
            "union",
            (
                ResponseFormatText,
                ResponseFormatJsonSchema,
                ResponseFormatJsonObject,
            ),
        ),
    ),
    (
        "audio",
        "audio",
        False,
        (
            "union",
            (
                ChatCompletionCreateParamsAudioType0,
                "null",
            ),
        ),
    ),
    (
        "store",
        "store",
        False,
        (
            "union",
            (
                "boolean",
                "null",
            ),
        ),
    ),
    (
        "moderation",
        "moderation",
        False,
        (
            "union",
            (
                ModerationParam,
                "null",
            ),
        ),
    ),
    (
        "stream",
        "stream",
        False,
        (
            "union",
            (
                "boolean",
                "null",
            ),
        ),
    ),
    (
        "stop",
        "stop",
        False,
        (
            "union",
            (
                "string",
                "null",
                ("list", "string"),
            ),
        ),
    ),
    (
        "logit_bias",
        "logit_bias",
        False,
        (
            "union",
            (
                ChatCompletionCreateParamsLogitBiasType0,
                "null",
            ),
        ),
    ),
    (
        "logprobs",
        "logprobs",
        False,
        (
            "union",
            (
                "boolean",
                "null",
            ),
        ),
    ),
    (
        "max_tokens",
        "max_tokens",
        False,
        (
            "union",
            (
                "integer",
                "null",
            ),
        ),
    ),
    (
        "n",
        "n",
        False,
        (
            "union",
            (
                "integer",
                "null",
            ),
        ),
    ),
    (
        "prediction",
        "prediction",
        False,
        (
            "union",
            (
                PredictionContent,
                "null",
            ),
        ),
    ),
    (
        "seed",
        "seed",
        False,
        (
            "union",
            (
                "integer",
                "null",
            ),
        ),
    ),
    (
        "stream_options",
        "stream_options",
        False,
        (
            "union",
            (
                ChatCompletionStreamOptionsType0,
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
                    ChatCompletionTool,
                    CustomToolChatCompletions,
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
                ("enum", "ChatCompletionToolChoiceOptionType0", ("auto", "none", "required")),
                ChatCompletionAllowedToolsChoice,
                ChatCompletionNamedToolChoice,
                ChatCompletionNamedToolChoiceCustom,
            ),
        ),
    ),
    ("parallel_tool_calls", "parallel_tool_calls", False, "boolean"),
    (
        "function_call",
        "function_call",
        False,
        (
            "union",
            (
                ("enum", "ChatCompletionCreateParamsFunctionCallType0", ("auto", "none")),
                ChatCompletionFunctionCallOption,
            ),
        ),
    ),
    ("functions", "functions", False, ("list", ChatCompletionFunctions)),
)
