# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assistant_supported_models import (
    AssistantSupportedModels,
    check_assistant_supported_models,
)
from ..models.assistants_api_tool_choice_option_type_0 import (
    AssistantsApiToolChoiceOptionType0,
    check_assistants_api_tool_choice_option_type_0,
)
from ..models.reasoning_effort_type_0 import ReasoningEffortType0, check_reasoning_effort_type_0
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateRunRequest")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "assistant_id",
        "model",
        "reasoning_effort",
        "instructions",
        "additional_instructions",
        "additional_messages",
        "tools",
        "metadata",
        "temperature",
        "top_p",
        "stream",
        "max_prompt_tokens",
        "max_completion_tokens",
        "truncation_strategy",
        "tool_choice",
        "parallel_tool_calls",
        "response_format",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class CreateRunRequest:
    """Schema `CreateRunRequest`.

    Attributes:
        assistant_id (str):
        model (AssistantSupportedModels | None | str | Unset):
        reasoning_effort (None | ReasoningEffortType0 | Unset): Schema `ReasoningEffort`.
        instructions (None | str | Unset):
        additional_instructions (None | str | Unset):
        additional_messages (list[CreateMessageRequest] | None | Unset):
        tools (list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction] | None | Unset): Items
            0..20.
        metadata (MetadataType0 | None | Unset): Schema `Metadata`.
        temperature (float | None | Unset): Range 0..2. Server default: 1. Default: 1.0.
        top_p (float | None | Unset): Range 0..1. Server default: 1. Default: 1.0.
        stream (bool | None | Unset):
        max_prompt_tokens (int | None | Unset): Range 256..inf.
        max_completion_tokens (int | None | Unset): Range 256..inf.
        truncation_strategy (None | TruncationObject | Unset):
        tool_choice (AssistantsApiToolChoiceOptionType0 | AssistantsNamedToolChoice | None | Unset):
        parallel_tool_calls (bool | Unset): Schema `ParallelToolCalls`.
        response_format (Literal['auto'] | None | ResponseFormatJsonObject | ResponseFormatJsonSchema |
            ResponseFormatText | Unset):
    """

    assistant_id: str
    model: AssistantSupportedModels | None | str | Unset = UNSET
    reasoning_effort: None | ReasoningEffortType0 | Unset = UNSET
    instructions: None | str | Unset = UNSET
    additional_instructions: None | str | Unset = UNSET
    additional_messages: list[CreateMessageRequest] | None | Unset = UNSET
    tools: (
        list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction] | None | Unset
    ) = UNSET
    metadata: MetadataType0 | None | Unset = UNSET
    temperature: float | None | Unset = 1.0
    top_p: float | None | Unset = 1.0
    stream: bool | None | Unset = UNSET
    max_prompt_tokens: int | None | Unset = UNSET
    max_completion_tokens: int | None | Unset = UNSET
    truncation_strategy: None | TruncationObject | Unset = UNSET
    tool_choice: AssistantsApiToolChoiceOptionType0 | AssistantsNamedToolChoice | None | Unset = (
        UNSET
    )
    parallel_tool_calls: bool | Unset = UNSET
    response_format: (
        Literal["auto"]
        | None
        | ResponseFormatJsonObject
        | ResponseFormatJsonSchema
        | ResponseFormatText
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assistant_id = self.assistant_id

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        elif isinstance(self.model, str):
            model = self.model
        else:
            model = self.model

        reasoning_effort: None | str | Unset
        if isinstance(self.reasoning_effort, Unset):
            reasoning_effort = UNSET
        elif isinstance(self.reasoning_effort, str):
            reasoning_effort = self.reasoning_effort
        else:
            reasoning_effort = self.reasoning_effort

        instructions: None | str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        else:
            instructions = self.instructions

        additional_instructions: None | str | Unset
        if isinstance(self.additional_instructions, Unset):
            additional_instructions = UNSET
        else:
            additional_instructions = self.additional_instructions

        additional_messages: list[dict[str, Any]] | None | Unset
        if isinstance(self.additional_messages, Unset):
            additional_messages = UNSET
        elif isinstance(self.additional_messages, list):
            additional_messages = []
            for additional_messages_type_0_item_data in self.additional_messages:
                additional_messages_type_0_item = additional_messages_type_0_item_data.to_dict()
                additional_messages.append(additional_messages_type_0_item)

        else:
            additional_messages = self.additional_messages

        tools: list[dict[str, Any]] | None | Unset
        if isinstance(self.tools, Unset):
            tools = UNSET
        elif isinstance(self.tools, list):
            tools = []
            for tools_type_0_item_data in self.tools:
                tools_type_0_item: dict[str, Any]
                if isinstance(tools_type_0_item_data, AssistantToolsCode):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, AssistantToolsFileSearch):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                else:
                    tools_type_0_item = tools_type_0_item_data.to_dict()

                tools.append(tools_type_0_item)

        else:
            tools = self.tools

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, MetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

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

        stream: bool | None | Unset
        if isinstance(self.stream, Unset):
            stream = UNSET
        else:
            stream = self.stream

        max_prompt_tokens: int | None | Unset
        if isinstance(self.max_prompt_tokens, Unset):
            max_prompt_tokens = UNSET
        else:
            max_prompt_tokens = self.max_prompt_tokens

        max_completion_tokens: int | None | Unset
        if isinstance(self.max_completion_tokens, Unset):
            max_completion_tokens = UNSET
        else:
            max_completion_tokens = self.max_completion_tokens

        truncation_strategy: dict[str, Any] | None | Unset
        if isinstance(self.truncation_strategy, Unset):
            truncation_strategy = UNSET
        elif isinstance(self.truncation_strategy, TruncationObject):
            truncation_strategy = self.truncation_strategy.to_dict()
        else:
            truncation_strategy = self.truncation_strategy

        tool_choice: dict[str, Any] | None | str | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        elif isinstance(self.tool_choice, str):
            tool_choice = self.tool_choice
        elif isinstance(self.tool_choice, AssistantsNamedToolChoice):
            tool_choice = self.tool_choice.to_dict()
        else:
            tool_choice = self.tool_choice

        parallel_tool_calls = self.parallel_tool_calls

        response_format: dict[str, Any] | Literal["auto"] | None | Unset
        if isinstance(self.response_format, Unset):
            response_format = UNSET
        elif isinstance(self.response_format, ResponseFormatText):
            response_format = self.response_format.to_dict()
        elif isinstance(self.response_format, ResponseFormatJsonObject):
            response_format = self.response_format.to_dict()
        elif isinstance(self.response_format, ResponseFormatJsonSchema):
            response_format = self.response_format.to_dict()
        else:
            response_format = self.response_format

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assistant_id": assistant_id,
            }
        )
        if model is not UNSET:
            field_dict["model"] = model
        if reasoning_effort is not UNSET:
            field_dict["reasoning_effort"] = reasoning_effort
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if additional_instructions is not UNSET:
            field_dict["additional_instructions"] = additional_instructions
        if additional_messages is not UNSET:
            field_dict["additional_messages"] = additional_messages
        if tools is not UNSET:
            field_dict["tools"] = tools
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if stream is not UNSET:
            field_dict["stream"] = stream
        if max_prompt_tokens is not UNSET:
            field_dict["max_prompt_tokens"] = max_prompt_tokens
        if max_completion_tokens is not UNSET:
            field_dict["max_completion_tokens"] = max_completion_tokens
        if truncation_strategy is not UNSET:
            field_dict["truncation_strategy"] = truncation_strategy
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if parallel_tool_calls is not UNSET:
            field_dict["parallel_tool_calls"] = parallel_tool_calls
        if response_format is not UNSET:
            field_dict["response_format"] = response_format

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        assistant_id = d["assistant_id"]

        def _parse_model(data: object) -> AssistantSupportedModels | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                model_type_1 = check_assistant_supported_models(data)

                return model_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("AssistantSupportedModels | None | str | Unset", data)

        model = _parse_model(d.get("model", UNSET))

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

        def _parse_instructions(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        instructions = _parse_instructions(d.get("instructions", UNSET))

        def _parse_additional_instructions(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        additional_instructions = _parse_additional_instructions(
            d.get("additional_instructions", UNSET)
        )

        def _parse_additional_messages(data: object) -> list[CreateMessageRequest] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                additional_messages_type_0 = []
                _additional_messages_type_0 = data
                for additional_messages_type_0_item_data in _additional_messages_type_0:
                    additional_messages_type_0_item = CreateMessageRequest.from_dict(
                        additional_messages_type_0_item_data
                    )

                    additional_messages_type_0.append(additional_messages_type_0_item)

                return additional_messages_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[CreateMessageRequest] | None | Unset", data)

        additional_messages = _parse_additional_messages(d.get("additional_messages", UNSET))

        def _parse_tools(
            data: object,
        ) -> (
            list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction]
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tools_type_0 = []
                _tools_type_0 = data
                for tools_type_0_item_data in _tools_type_0:

                    def _parse_tools_type_0_item(
                        data: object,
                    ) -> AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            tools_type_0_item_type_0 = AssistantToolsCode.from_dict(data)

                            return tools_type_0_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            tools_type_0_item_type_1 = AssistantToolsFileSearch.from_dict(data)

                            return tools_type_0_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_type_0_item_type_2 = AssistantToolsFunction.from_dict(data)

                        return tools_type_0_item_type_2

                    tools_type_0_item = _parse_tools_type_0_item(tools_type_0_item_data)

                    tools_type_0.append(tools_type_0_item)

                return tools_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                "list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction] | None | Unset",
                data,
            )

        tools = _parse_tools(d.get("tools", UNSET))

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

        def _parse_stream(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("bool | None | Unset", data)

        stream = _parse_stream(d.get("stream", UNSET))

        def _parse_max_prompt_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        max_prompt_tokens = _parse_max_prompt_tokens(d.get("max_prompt_tokens", UNSET))

        def _parse_max_completion_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        max_completion_tokens = _parse_max_completion_tokens(d.get("max_completion_tokens", UNSET))

        def _parse_truncation_strategy(data: object) -> None | TruncationObject | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                truncation_strategy_type_0 = TruncationObject.from_dict(data)

                return truncation_strategy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | TruncationObject | Unset", data)

        truncation_strategy = _parse_truncation_strategy(d.get("truncation_strategy", UNSET))

        def _parse_tool_choice(
            data: object,
        ) -> AssistantsApiToolChoiceOptionType0 | AssistantsNamedToolChoice | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_assistants_api_tool_choice_option_type_0 = (
                    check_assistants_api_tool_choice_option_type_0(data)
                )

                return componentsschemas_assistants_api_tool_choice_option_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_assistants_api_tool_choice_option_type_1 = (
                    AssistantsNamedToolChoice.from_dict(data)
                )

                return componentsschemas_assistants_api_tool_choice_option_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                "AssistantsApiToolChoiceOptionType0 | AssistantsNamedToolChoice | None | Unset",
                data,
            )

        tool_choice = _parse_tool_choice(d.get("tool_choice", UNSET))

        parallel_tool_calls = d.get("parallel_tool_calls", UNSET)

        def _parse_response_format(
            data: object,
        ) -> (
            Literal["auto"]
            | None
            | ResponseFormatJsonObject
            | ResponseFormatJsonSchema
            | ResponseFormatText
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            componentsschemas_assistants_api_response_format_option_type_0 = cast(
                "Literal['auto']", data
            )
            if componentsschemas_assistants_api_response_format_option_type_0 != "auto":
                raise ValueError(
                    f"/components/schemas/AssistantsApiResponseFormatOption_type_0 must match const 'auto', got '{componentsschemas_assistants_api_response_format_option_type_0}'"
                )
            return componentsschemas_assistants_api_response_format_option_type_0
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_assistants_api_response_format_option_type_1 = (
                    ResponseFormatText.from_dict(data)
                )

                return componentsschemas_assistants_api_response_format_option_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_assistants_api_response_format_option_type_2 = (
                    ResponseFormatJsonObject.from_dict(data)
                )

                return componentsschemas_assistants_api_response_format_option_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_assistants_api_response_format_option_type_3 = (
                    ResponseFormatJsonSchema.from_dict(data)
                )

                return componentsschemas_assistants_api_response_format_option_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                "Literal['auto'] | None | ResponseFormatJsonObject | ResponseFormatJsonSchema | ResponseFormatText | Unset",
                data,
            )

        response_format = _parse_response_format(d.get("response_format", UNSET))

        create_run_request = cls(
            assistant_id=assistant_id,
            model=model,
            reasoning_effort=reasoning_effort,
            instructions=instructions,
            additional_instructions=additional_instructions,
            additional_messages=additional_messages,
            tools=tools,
            metadata=metadata,
            temperature=temperature,
            top_p=top_p,
            stream=stream,
            max_prompt_tokens=max_prompt_tokens,
            max_completion_tokens=max_completion_tokens,
            truncation_strategy=truncation_strategy,
            tool_choice=tool_choice,
            parallel_tool_calls=parallel_tool_calls,
            response_format=response_format,
        )

        create_run_request.additional_properties = _extra_fields(d)
        return create_run_request

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
from ..models.assistant_tools_code import AssistantToolsCode  # noqa: E402
from ..models.assistant_tools_file_search import AssistantToolsFileSearch  # noqa: E402
from ..models.assistant_tools_function import AssistantToolsFunction  # noqa: E402
from ..models.assistants_named_tool_choice import AssistantsNamedToolChoice  # noqa: E402
from ..models.create_message_request import CreateMessageRequest  # noqa: E402
from ..models.metadata_type_0 import MetadataType0  # noqa: E402
from ..models.response_format_json_object import ResponseFormatJsonObject  # noqa: E402
from ..models.response_format_json_schema import ResponseFormatJsonSchema  # noqa: E402
from ..models.response_format_text import ResponseFormatText  # noqa: E402
from ..models.truncation_object import TruncationObject  # noqa: E402
