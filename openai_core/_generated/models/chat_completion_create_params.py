# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_create_params_function_call_type_0 import (
    ChatCompletionCreateParamsFunctionCallType0,
    check_chat_completion_create_params_function_call_type_0,
)
from ..models.chat_completion_create_params_prompt_cache_retention_type_0 import (
    ChatCompletionCreateParamsPromptCacheRetentionType0,
    check_chat_completion_create_params_prompt_cache_retention_type_0,
)
from ..models.chat_completion_tool_choice_option_type_0 import (
    ChatCompletionToolChoiceOptionType0,
    check_chat_completion_tool_choice_option_type_0,
)
from ..models.reasoning_effort_type_0 import ReasoningEffortType0, check_reasoning_effort_type_0
from ..models.response_modalities_type_0_item import (
    ResponseModalitiesType0Item,
    check_response_modalities_type_0_item,
)
from ..models.service_tier_type_0 import ServiceTierType0, check_service_tier_type_0
from ..models.verbosity_type_0 import VerbosityType0, check_verbosity_type_0
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatCompletionCreateParams")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
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
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class ChatCompletionCreateParams:
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

    def to_dict(self) -> dict[str, Any]:
        messages = []
        for messages_item_data in self.messages:
            messages_item: dict[str, Any]
            if isinstance(messages_item_data, ChatCompletionRequestDeveloperMessage):
                messages_item = messages_item_data.to_dict()
            elif isinstance(messages_item_data, ChatCompletionRequestSystemMessage):
                messages_item = messages_item_data.to_dict()
            elif isinstance(messages_item_data, ChatCompletionRequestUserMessage):
                messages_item = messages_item_data.to_dict()
            elif isinstance(messages_item_data, ChatCompletionRequestAssistantMessage):
                messages_item = messages_item_data.to_dict()
            elif isinstance(messages_item_data, ChatCompletionRequestToolMessage):
                messages_item = messages_item_data.to_dict()
            else:
                messages_item = messages_item_data.to_dict()

            messages.append(messages_item)

        model = self.model

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, MetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        top_logprobs: int | None | Unset
        if isinstance(self.top_logprobs, Unset):
            top_logprobs = UNSET
        else:
            top_logprobs = self.top_logprobs

        temperature: float | None | Unset
        if isinstance(self.temperature, Unset):
            temperature = UNSET
        else:
            temperature = self.temperature

        top_p: float | None | Unset
        if isinstance(self.top_p, Unset):
            top_p = UNSET
        else:
            top_p = self.top_p

        user = self.user

        safety_identifier: None | str | Unset
        if isinstance(self.safety_identifier, Unset):
            safety_identifier = UNSET
        else:
            safety_identifier = self.safety_identifier

        prompt_cache_key: None | str | Unset
        if isinstance(self.prompt_cache_key, Unset):
            prompt_cache_key = UNSET
        else:
            prompt_cache_key = self.prompt_cache_key

        prompt_cache_retention: None | str | Unset
        if isinstance(self.prompt_cache_retention, Unset):
            prompt_cache_retention = UNSET
        elif isinstance(self.prompt_cache_retention, str):
            prompt_cache_retention = self.prompt_cache_retention
        else:
            prompt_cache_retention = self.prompt_cache_retention

        prompt_cache_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prompt_cache_options, Unset):
            prompt_cache_options = self.prompt_cache_options.to_dict()

        service_tier: None | str | Unset
        if isinstance(self.service_tier, Unset):
            service_tier = UNSET
        elif isinstance(self.service_tier, str):
            service_tier = self.service_tier
        else:
            service_tier = self.service_tier

        modalities: list[str] | None | Unset
        if isinstance(self.modalities, Unset):
            modalities = UNSET
        elif isinstance(self.modalities, list):
            modalities = []
            for componentsschemas_response_modalities_type_0_item_data in self.modalities:
                componentsschemas_response_modalities_type_0_item: str = (
                    componentsschemas_response_modalities_type_0_item_data
                )
                modalities.append(componentsschemas_response_modalities_type_0_item)

        else:
            modalities = self.modalities

        verbosity: None | str | Unset
        if isinstance(self.verbosity, Unset):
            verbosity = UNSET
        elif isinstance(self.verbosity, str):
            verbosity = self.verbosity
        else:
            verbosity = self.verbosity

        reasoning_effort: None | str | Unset
        if isinstance(self.reasoning_effort, Unset):
            reasoning_effort = UNSET
        elif isinstance(self.reasoning_effort, str):
            reasoning_effort = self.reasoning_effort
        else:
            reasoning_effort = self.reasoning_effort

        max_completion_tokens: int | None | Unset
        if isinstance(self.max_completion_tokens, Unset):
            max_completion_tokens = UNSET
        else:
            max_completion_tokens = self.max_completion_tokens

        frequency_penalty: float | None | Unset
        if isinstance(self.frequency_penalty, Unset):
            frequency_penalty = UNSET
        else:
            frequency_penalty = self.frequency_penalty

        presence_penalty: float | None | Unset
        if isinstance(self.presence_penalty, Unset):
            presence_penalty = UNSET
        else:
            presence_penalty = self.presence_penalty

        web_search_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.web_search_options, Unset):
            web_search_options = self.web_search_options.to_dict()

        response_format: dict[str, Any] | Unset
        if isinstance(self.response_format, Unset):
            response_format = UNSET
        elif isinstance(self.response_format, ResponseFormatText):
            response_format = self.response_format.to_dict()
        elif isinstance(self.response_format, ResponseFormatJsonSchema):
            response_format = self.response_format.to_dict()
        else:
            response_format = self.response_format.to_dict()

        audio: dict[str, Any] | None | Unset
        if isinstance(self.audio, Unset):
            audio = UNSET
        elif isinstance(self.audio, ChatCompletionCreateParamsAudioType0):
            audio = self.audio.to_dict()
        else:
            audio = self.audio

        store: bool | None | Unset
        if isinstance(self.store, Unset):
            store = UNSET
        else:
            store = self.store

        moderation: dict[str, Any] | None | Unset
        if isinstance(self.moderation, Unset):
            moderation = UNSET
        elif isinstance(self.moderation, ModerationParam):
            moderation = self.moderation.to_dict()
        else:
            moderation = self.moderation

        stream: bool | None | Unset
        if isinstance(self.stream, Unset):
            stream = UNSET
        else:
            stream = self.stream

        stop: list[str] | None | str | Unset
        if isinstance(self.stop, Unset):
            stop = UNSET
        elif isinstance(self.stop, list):
            stop = self.stop

        else:
            stop = self.stop

        logit_bias: dict[str, Any] | None | Unset
        if isinstance(self.logit_bias, Unset):
            logit_bias = UNSET
        elif isinstance(self.logit_bias, ChatCompletionCreateParamsLogitBiasType0):
            logit_bias = self.logit_bias.to_dict()
        else:
            logit_bias = self.logit_bias

        logprobs: bool | None | Unset
        if isinstance(self.logprobs, Unset):
            logprobs = UNSET
        else:
            logprobs = self.logprobs

        max_tokens: int | None | Unset
        if isinstance(self.max_tokens, Unset):
            max_tokens = UNSET
        else:
            max_tokens = self.max_tokens

        n: int | None | Unset
        if isinstance(self.n, Unset):
            n = UNSET
        else:
            n = self.n

        prediction: dict[str, Any] | None | Unset
        if isinstance(self.prediction, Unset):
            prediction = UNSET
        elif isinstance(self.prediction, PredictionContent):
            prediction = self.prediction.to_dict()
        else:
            prediction = self.prediction

        seed: int | None | Unset
        if isinstance(self.seed, Unset):
            seed = UNSET
        else:
            seed = self.seed

        stream_options: dict[str, Any] | None | Unset
        if isinstance(self.stream_options, Unset):
            stream_options = UNSET
        elif isinstance(self.stream_options, ChatCompletionStreamOptionsType0):
            stream_options = self.stream_options.to_dict()
        else:
            stream_options = self.stream_options

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item: dict[str, Any]
                if isinstance(tools_item_data, ChatCompletionTool):
                    tools_item = tools_item_data.to_dict()
                else:
                    tools_item = tools_item_data.to_dict()

                tools.append(tools_item)

        tool_choice: dict[str, Any] | str | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        elif isinstance(self.tool_choice, str):
            tool_choice = self.tool_choice
        elif isinstance(self.tool_choice, ChatCompletionAllowedToolsChoice):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, ChatCompletionNamedToolChoice):
            tool_choice = self.tool_choice.to_dict()
        else:
            tool_choice = self.tool_choice.to_dict()

        parallel_tool_calls = self.parallel_tool_calls

        function_call: dict[str, Any] | str | Unset
        if isinstance(self.function_call, Unset):
            function_call = UNSET
        elif isinstance(self.function_call, str):
            function_call = self.function_call
        else:
            function_call = self.function_call.to_dict()

        functions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.functions, Unset):
            functions = []
            for functions_item_data in self.functions:
                functions_item = functions_item_data.to_dict()
                functions.append(functions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "messages": messages,
                "model": model,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if top_logprobs is not UNSET:
            field_dict["top_logprobs"] = top_logprobs
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if user is not UNSET:
            field_dict["user"] = user
        if safety_identifier is not UNSET:
            field_dict["safety_identifier"] = safety_identifier
        if prompt_cache_key is not UNSET:
            field_dict["prompt_cache_key"] = prompt_cache_key
        if prompt_cache_retention is not UNSET:
            field_dict["prompt_cache_retention"] = prompt_cache_retention
        if prompt_cache_options is not UNSET:
            field_dict["prompt_cache_options"] = prompt_cache_options
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if modalities is not UNSET:
            field_dict["modalities"] = modalities
        if verbosity is not UNSET:
            field_dict["verbosity"] = verbosity
        if reasoning_effort is not UNSET:
            field_dict["reasoning_effort"] = reasoning_effort
        if max_completion_tokens is not UNSET:
            field_dict["max_completion_tokens"] = max_completion_tokens
        if frequency_penalty is not UNSET:
            field_dict["frequency_penalty"] = frequency_penalty
        if presence_penalty is not UNSET:
            field_dict["presence_penalty"] = presence_penalty
        if web_search_options is not UNSET:
            field_dict["web_search_options"] = web_search_options
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if audio is not UNSET:
            field_dict["audio"] = audio
        if store is not UNSET:
            field_dict["store"] = store
        if moderation is not UNSET:
            field_dict["moderation"] = moderation
        if stream is not UNSET:
            field_dict["stream"] = stream
        if stop is not UNSET:
            field_dict["stop"] = stop
        if logit_bias is not UNSET:
            field_dict["logit_bias"] = logit_bias
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if n is not UNSET:
            field_dict["n"] = n
        if prediction is not UNSET:
            field_dict["prediction"] = prediction
        if seed is not UNSET:
            field_dict["seed"] = seed
        if stream_options is not UNSET:
            field_dict["stream_options"] = stream_options
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if parallel_tool_calls is not UNSET:
            field_dict["parallel_tool_calls"] = parallel_tool_calls
        if function_call is not UNSET:
            field_dict["function_call"] = function_call
        if functions is not UNSET:
            field_dict["functions"] = functions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        messages = []
        _messages = d["messages"]
        for messages_item_data in _messages:

            def _parse_messages_item(
                data: object,
            ) -> (
                ChatCompletionRequestAssistantMessage
                | ChatCompletionRequestDeveloperMessage
                | ChatCompletionRequestFunctionMessage
                | ChatCompletionRequestSystemMessage
                | ChatCompletionRequestToolMessage
                | ChatCompletionRequestUserMessage
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_completion_request_message_type_0 = (
                        ChatCompletionRequestDeveloperMessage.from_dict(data)
                    )

                    return componentsschemas_chat_completion_request_message_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_completion_request_message_type_1 = (
                        ChatCompletionRequestSystemMessage.from_dict(data)
                    )

                    return componentsschemas_chat_completion_request_message_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_completion_request_message_type_2 = (
                        ChatCompletionRequestUserMessage.from_dict(data)
                    )

                    return componentsschemas_chat_completion_request_message_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_completion_request_message_type_3 = (
                        ChatCompletionRequestAssistantMessage.from_dict(data)
                    )

                    return componentsschemas_chat_completion_request_message_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_completion_request_message_type_4 = (
                        ChatCompletionRequestToolMessage.from_dict(data)
                    )

                    return componentsschemas_chat_completion_request_message_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_chat_completion_request_message_type_5 = (
                    ChatCompletionRequestFunctionMessage.from_dict(data)
                )

                return componentsschemas_chat_completion_request_message_type_5

            messages_item = _parse_messages_item(messages_item_data)

            messages.append(messages_item)

        model = d["model"]

        def _parse_metadata(data: object) -> MetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_metadata_type_0 = MetadataType0.from_dict(data)

                return componentsschemas_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("MetadataType0 | None | Unset", data)

        metadata = _parse_metadata(d.get("metadata", UNSET))

        def _parse_top_logprobs(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        top_logprobs = _parse_top_logprobs(d.get("top_logprobs", UNSET))

        def _parse_temperature(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("float | None | Unset", data)

        temperature = _parse_temperature(d.get("temperature", UNSET))

        def _parse_top_p(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("float | None | Unset", data)

        top_p = _parse_top_p(d.get("top_p", UNSET))

        user = d.get("user", UNSET)

        def _parse_safety_identifier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        safety_identifier = _parse_safety_identifier(d.get("safety_identifier", UNSET))

        def _parse_prompt_cache_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        prompt_cache_key = _parse_prompt_cache_key(d.get("prompt_cache_key", UNSET))

        def _parse_prompt_cache_retention(
            data: object,
        ) -> ChatCompletionCreateParamsPromptCacheRetentionType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                prompt_cache_retention_type_0 = (
                    check_chat_completion_create_params_prompt_cache_retention_type_0(data)
                )

                return prompt_cache_retention_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ChatCompletionCreateParamsPromptCacheRetentionType0 | None | Unset", data)

        prompt_cache_retention = _parse_prompt_cache_retention(
            d.get("prompt_cache_retention", UNSET)
        )

        _prompt_cache_options = d.get("prompt_cache_options", UNSET)
        prompt_cache_options: PromptCacheOptionsParam | Unset
        if isinstance(_prompt_cache_options, Unset):
            prompt_cache_options = UNSET
        else:
            prompt_cache_options = PromptCacheOptionsParam.from_dict(_prompt_cache_options)

        def _parse_service_tier(data: object) -> None | ServiceTierType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_service_tier_type_0 = check_service_tier_type_0(data)

                return componentsschemas_service_tier_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | ServiceTierType0 | Unset", data)

        service_tier = _parse_service_tier(d.get("service_tier", UNSET))

        def _parse_modalities(data: object) -> list[ResponseModalitiesType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_response_modalities_type_0 = []
                _componentsschemas_response_modalities_type_0 = data
                for (
                    componentsschemas_response_modalities_type_0_item_data
                ) in _componentsschemas_response_modalities_type_0:
                    componentsschemas_response_modalities_type_0_item = (
                        check_response_modalities_type_0_item(
                            componentsschemas_response_modalities_type_0_item_data
                        )
                    )

                    componentsschemas_response_modalities_type_0.append(
                        componentsschemas_response_modalities_type_0_item
                    )

                return componentsschemas_response_modalities_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[ResponseModalitiesType0Item] | None | Unset", data)

        modalities = _parse_modalities(d.get("modalities", UNSET))

        def _parse_verbosity(data: object) -> None | Unset | VerbosityType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_verbosity_type_0 = check_verbosity_type_0(data)

                return componentsschemas_verbosity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | Unset | VerbosityType0", data)

        verbosity = _parse_verbosity(d.get("verbosity", UNSET))

        def _parse_reasoning_effort(data: object) -> None | ReasoningEffortType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_reasoning_effort_type_0 = check_reasoning_effort_type_0(data)

                return componentsschemas_reasoning_effort_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | ReasoningEffortType0 | Unset", data)

        reasoning_effort = _parse_reasoning_effort(d.get("reasoning_effort", UNSET))

        def _parse_max_completion_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        max_completion_tokens = _parse_max_completion_tokens(d.get("max_completion_tokens", UNSET))

        def _parse_frequency_penalty(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("float | None | Unset", data)

        frequency_penalty = _parse_frequency_penalty(d.get("frequency_penalty", UNSET))

        def _parse_presence_penalty(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("float | None | Unset", data)

        presence_penalty = _parse_presence_penalty(d.get("presence_penalty", UNSET))

        _web_search_options = d.get("web_search_options", UNSET)
        web_search_options: ChatCompletionCreateParamsWebSearchOptions | Unset
        if isinstance(_web_search_options, Unset):
            web_search_options = UNSET
        else:
            web_search_options = ChatCompletionCreateParamsWebSearchOptions.from_dict(
                _web_search_options
            )

        def _parse_response_format(
            data: object,
        ) -> ResponseFormatJsonObject | ResponseFormatJsonSchema | ResponseFormatText | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_format_type_0 = ResponseFormatText.from_dict(data)

                return response_format_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_format_type_1 = ResponseFormatJsonSchema.from_dict(data)

                return response_format_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_format_type_2 = ResponseFormatJsonObject.from_dict(data)

            return response_format_type_2

        response_format = _parse_response_format(d.get("response_format", UNSET))

        def _parse_audio(data: object) -> ChatCompletionCreateParamsAudioType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                audio_type_0 = ChatCompletionCreateParamsAudioType0.from_dict(data)

                return audio_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ChatCompletionCreateParamsAudioType0 | None | Unset", data)

        audio = _parse_audio(d.get("audio", UNSET))

        def _parse_store(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("bool | None | Unset", data)

        store = _parse_store(d.get("store", UNSET))

        def _parse_moderation(data: object) -> ModerationParam | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                moderation_type_0 = ModerationParam.from_dict(data)

                return moderation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ModerationParam | None | Unset", data)

        moderation = _parse_moderation(d.get("moderation", UNSET))

        def _parse_stream(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("bool | None | Unset", data)

        stream = _parse_stream(d.get("stream", UNSET))

        def _parse_stop(data: object) -> list[str] | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_stop_configuration_type_0_type_1 = cast("list[str]", data)

                return componentsschemas_stop_configuration_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[str] | None | str | Unset", data)

        stop = _parse_stop(d.get("stop", UNSET))

        def _parse_logit_bias(
            data: object,
        ) -> ChatCompletionCreateParamsLogitBiasType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                logit_bias_type_0 = ChatCompletionCreateParamsLogitBiasType0.from_dict(data)

                return logit_bias_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ChatCompletionCreateParamsLogitBiasType0 | None | Unset", data)

        logit_bias = _parse_logit_bias(d.get("logit_bias", UNSET))

        def _parse_logprobs(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("bool | None | Unset", data)

        logprobs = _parse_logprobs(d.get("logprobs", UNSET))

        def _parse_max_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        max_tokens = _parse_max_tokens(d.get("max_tokens", UNSET))

        def _parse_n(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        n = _parse_n(d.get("n", UNSET))

        def _parse_prediction(data: object) -> None | PredictionContent | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                prediction_type_0 = PredictionContent.from_dict(data)

                return prediction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | PredictionContent | Unset", data)

        prediction = _parse_prediction(d.get("prediction", UNSET))

        def _parse_seed(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        seed = _parse_seed(d.get("seed", UNSET))

        def _parse_stream_options(data: object) -> ChatCompletionStreamOptionsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_chat_completion_stream_options_type_0 = (
                    ChatCompletionStreamOptionsType0.from_dict(data)
                )

                return componentsschemas_chat_completion_stream_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ChatCompletionStreamOptionsType0 | None | Unset", data)

        stream_options = _parse_stream_options(d.get("stream_options", UNSET))

        _tools = d.get("tools", UNSET)
        tools: list[ChatCompletionTool | CustomToolChatCompletions] | Unset = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:

                def _parse_tools_item(
                    data: object,
                ) -> ChatCompletionTool | CustomToolChatCompletions:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_0 = ChatCompletionTool.from_dict(data)

                        return tools_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_type_1 = CustomToolChatCompletions.from_dict(data)

                    return tools_item_type_1

                tools_item = _parse_tools_item(tools_item_data)

                tools.append(tools_item)

        def _parse_tool_choice(
            data: object,
        ) -> (
            ChatCompletionAllowedToolsChoice
            | ChatCompletionNamedToolChoice
            | ChatCompletionNamedToolChoiceCustom
            | ChatCompletionToolChoiceOptionType0
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_chat_completion_tool_choice_option_type_0 = (
                    check_chat_completion_tool_choice_option_type_0(data)
                )

                return componentsschemas_chat_completion_tool_choice_option_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_chat_completion_tool_choice_option_type_1 = (
                    ChatCompletionAllowedToolsChoice.from_dict(data)
                )

                return componentsschemas_chat_completion_tool_choice_option_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_chat_completion_tool_choice_option_type_2 = (
                    ChatCompletionNamedToolChoice.from_dict(data)
                )

                return componentsschemas_chat_completion_tool_choice_option_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_chat_completion_tool_choice_option_type_3 = (
                ChatCompletionNamedToolChoiceCustom.from_dict(data)
            )

            return componentsschemas_chat_completion_tool_choice_option_type_3

        tool_choice = _parse_tool_choice(d.get("tool_choice", UNSET))

        parallel_tool_calls = d.get("parallel_tool_calls", UNSET)

        def _parse_function_call(
            data: object,
        ) -> ChatCompletionCreateParamsFunctionCallType0 | ChatCompletionFunctionCallOption | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                function_call_type_0 = check_chat_completion_create_params_function_call_type_0(
                    data
                )

                return function_call_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            function_call_type_1 = ChatCompletionFunctionCallOption.from_dict(data)

            return function_call_type_1

        function_call = _parse_function_call(d.get("function_call", UNSET))

        _functions = d.get("functions", UNSET)
        functions: list[ChatCompletionFunctions] | Unset = UNSET
        if _functions is not UNSET:
            functions = []
            for functions_item_data in _functions:
                functions_item = ChatCompletionFunctions.from_dict(functions_item_data)

                functions.append(functions_item)

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
