# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reasoning_effort_type_0 import ReasoningEffortType0, check_reasoning_effort_type_0
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateEvalCompletionsRunDataSourceSamplingParams")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "reasoning_effort",
        "temperature",
        "max_completion_tokens",
        "top_p",
        "seed",
        "response_format",
        "tools",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class CreateEvalCompletionsRunDataSourceSamplingParams:
    """
    Attributes:
        reasoning_effort (None | ReasoningEffortType0 | Unset): Schema `ReasoningEffort`.
        temperature (float | Unset): Server default: 1. Default: 1.0.
        max_completion_tokens (int | Unset):
        top_p (float | Unset): Server default: 1. Default: 1.0.
        seed (int | Unset): Server default: 42. Default: 42.
        response_format (ResponseFormatJsonObject | ResponseFormatJsonSchema | ResponseFormatText | Unset):
        tools (list[ChatCompletionTool] | Unset):
    """

    reasoning_effort: None | ReasoningEffortType0 | Unset = UNSET
    temperature: float | Unset = 1.0
    max_completion_tokens: int | Unset = UNSET
    top_p: float | Unset = 1.0
    seed: int | Unset = 42
    response_format: (
        ResponseFormatJsonObject | ResponseFormatJsonSchema | ResponseFormatText | Unset
    ) = UNSET
    tools: list[ChatCompletionTool] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reasoning_effort: None | str | Unset
        if isinstance(self.reasoning_effort, Unset):
            reasoning_effort = UNSET
        elif isinstance(self.reasoning_effort, str):
            reasoning_effort = self.reasoning_effort
        else:
            reasoning_effort = self.reasoning_effort

        temperature = self.temperature

        max_completion_tokens = self.max_completion_tokens

        top_p = self.top_p

        seed = self.seed

        response_format: dict[str, Any] | Unset
        if isinstance(self.response_format, Unset):
            response_format = UNSET
        elif isinstance(self.response_format, ResponseFormatText):
            response_format = self.response_format.to_dict()
        elif isinstance(self.response_format, ResponseFormatJsonSchema):
            response_format = self.response_format.to_dict()
        else:
            response_format = self.response_format.to_dict()

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item = tools_item_data.to_dict()
                tools.append(tools_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reasoning_effort is not UNSET:
            field_dict["reasoning_effort"] = reasoning_effort
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if max_completion_tokens is not UNSET:
            field_dict["max_completion_tokens"] = max_completion_tokens
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if seed is not UNSET:
            field_dict["seed"] = seed
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if tools is not UNSET:
            field_dict["tools"] = tools

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

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

        temperature = d.get("temperature", UNSET)

        max_completion_tokens = d.get("max_completion_tokens", UNSET)

        top_p = d.get("top_p", UNSET)

        seed = d.get("seed", UNSET)

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

        _tools = d.get("tools", UNSET)
        tools: list[ChatCompletionTool] | Unset = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:
                tools_item = ChatCompletionTool.from_dict(tools_item_data)

                tools.append(tools_item)

        create_eval_completions_run_data_source_sampling_params = cls(
            reasoning_effort=reasoning_effort,
            temperature=temperature,
            max_completion_tokens=max_completion_tokens,
            top_p=top_p,
            seed=seed,
            response_format=response_format,
            tools=tools,
        )

        create_eval_completions_run_data_source_sampling_params.additional_properties = (
            _extra_fields(d)
        )
        return create_eval_completions_run_data_source_sampling_params

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
from ..models.chat_completion_tool import ChatCompletionTool  # noqa: E402
from ..models.response_format_json_object import ResponseFormatJsonObject  # noqa: E402
from ..models.response_format_json_schema import ResponseFormatJsonSchema  # noqa: E402
from ..models.response_format_text import ResponseFormatText  # noqa: E402
