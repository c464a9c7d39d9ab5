# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model_ids_responses_type_1 import (
    ModelIdsResponsesType1,
    check_model_ids_responses_type_1,
)
from ..models.tool_choice_options import ToolChoiceOptions, check_tool_choice_options
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseProperties")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "previous_response_id",
        "model",
        "background",
        "max_tool_calls",
        "text",
        "tools",
        "tool_choice",
        "prompt",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class ResponseProperties:
    """Schema `ResponseProperties`.

    Attributes:
        previous_response_id (None | str | Unset):
        model (ModelIdsResponsesType1 | str | Unset): Schema `ModelIdsResponses`.
        background (bool | None | Unset):
        max_tool_calls (int | None | Unset):
        text (ResponseTextParam | Unset): Schema `ResponseTextParam`.
        tools (list[ApplyPatchToolParam | CodeInterpreterTool | ComputerTool | ComputerUsePreviewTool | CustomToolParam
            | FileSearchTool | FunctionShellToolParam | FunctionTool | ImageGenTool | LocalShellToolParam | MCPTool |
            NamespaceToolParam | ProgrammaticToolCallingParam | ToolSearchToolParam | WebSearchPreviewTool | WebSearchTool]
            | Unset): Schema `ToolsArray`.
        tool_choice (SpecificApplyPatchParam | SpecificFunctionShellParam | SpecificProgrammaticToolCallingParam |
            ToolChoiceAllowed | ToolChoiceCustom | ToolChoiceFunction | ToolChoiceMCP | ToolChoiceOptions | ToolChoiceTypes
            | Unset): Schema `ToolChoiceParam`.
        prompt (None | PromptType0 | Unset): Schema `Prompt`.
    """

    previous_response_id: None | str | Unset = UNSET
    model: ModelIdsResponsesType1 | str | Unset = UNSET
    background: bool | None | Unset = UNSET
    max_tool_calls: int | None | Unset = UNSET
    text: ResponseTextParam | Unset = UNSET
    tools: (
        list[
            ApplyPatchToolParam
            | CodeInterpreterTool
            | ComputerTool
            | ComputerUsePreviewTool
            | CustomToolParam
            | FileSearchTool
            | FunctionShellToolParam
            | FunctionTool
            | ImageGenTool
            | LocalShellToolParam
            | MCPTool
            | NamespaceToolParam
            | ProgrammaticToolCallingParam
            | ToolSearchToolParam
            | WebSearchPreviewTool
            | WebSearchTool
        ]
        | Unset
    ) = UNSET
    tool_choice: (
        SpecificApplyPatchParam
        | SpecificFunctionShellParam
        | SpecificProgrammaticToolCallingParam
        | ToolChoiceAllowed
        | ToolChoiceCustom
        | ToolChoiceFunction
        | ToolChoiceMCP
        | ToolChoiceOptions
        | ToolChoiceTypes
        | Unset
    ) = UNSET
    prompt: None | PromptType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        previous_response_id: None | str | Unset
        if isinstance(self.previous_response_id, Unset):
            previous_response_id = UNSET
        else:
            previous_response_id = self.previous_response_id

        model: str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        elif isinstance(self.model, str):
            model = self.model
        else:
            model = self.model

        background: bool | None | Unset
        if isinstance(self.background, Unset):
            background = UNSET
        else:
            background = self.background

        max_tool_calls: int | None | Unset
        if isinstance(self.max_tool_calls, Unset):
            max_tool_calls = UNSET
        else:
            max_tool_calls = self.max_tool_calls

        text: dict[str, Any] | Unset = UNSET
        if not isinstance(self.text, Unset):
            text = self.text.to_dict()

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for componentsschemas_tools_array_item_data in self.tools:
                componentsschemas_tools_array_item: dict[str, Any]
                if isinstance(componentsschemas_tools_array_item_data, FunctionTool):
                    componentsschemas_tools_array_item = (
                        componentsschemas_tools_array_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_tools_array_item_data, FileSearchTool):
                    componentsschemas_tools_array_item = (
                        componentsschemas_tools_array_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_tools_array_item_data, ComputerTool):
                    componentsschemas_tools_array_item = (
                        componentsschemas_tools_array_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_tools_array_item_data, ComputerUsePreviewTool):
                    componentsschemas_tools_array_item = (
                        componentsschemas_tools_array_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_tools_array_item_data, WebSearchTool):
                    componentsschemas_tools_array_item = (
                        componentsschemas_tools_array_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_tools_array_item_data, MCPTool):
                    componentsschemas_tools_array_item = (
                        componentsschemas_tools_array_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_tools_array_item_data, CodeInterpreterTool):
                    componentsschemas_tools_array_item = (
                        componentsschemas_tools_array_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_tools_array_item_data, ProgrammaticToolCallingParam
                ):
                    componentsschemas_tools_array_item = (
                        componentsschemas_tools_array_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_tools_array_item_data, ImageGenTool):
                    componentsschemas_tools_array_item = (
                        componentsschemas_tools_array_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_tools_array_item_data, LocalShellToolParam):
                    componentsschemas_tools_array_item = (
                        componentsschemas_tools_array_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_tools_array_item_data, FunctionShellToolParam):
                    componentsschemas_tools_array_item = (
                        componentsschemas_tools_array_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_tools_array_item_data, CustomToolParam):
                    componentsschemas_tools_array_item = (
                        componentsschemas_tools_array_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_tools_array_item_data, NamespaceToolParam):
                    componentsschemas_tools_array_item = (
                        componentsschemas_tools_array_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_tools_array_item_data, ToolSearchToolParam):
                    componentsschemas_tools_array_item = (
                        componentsschemas_tools_array_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_tools_array_item_data, WebSearchPreviewTool):
                    componentsschemas_tools_array_item = (
                        componentsschemas_tools_array_item_data.to_dict()
                    )
                else:
                    componentsschemas_tools_array_item = (
                        componentsschemas_tools_array_item_data.to_dict()
                    )

                tools.append(componentsschemas_tools_array_item)

        tool_choice: dict[str, Any] | str | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        elif isinstance(self.tool_choice, str):
            tool_choice = self.tool_choice
        elif isinstance(self.tool_choice, ToolChoiceAllowed):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, ToolChoiceTypes):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, ToolChoiceFunction):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, ToolChoiceMCP):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, ToolChoiceCustom):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, SpecificProgrammaticToolCallingParam):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, SpecificApplyPatchParam):
            tool_choice = self.tool_choice.to_dict()
        else:
            tool_choice = self.tool_choice.to_dict()

        prompt: dict[str, Any] | None | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        elif isinstance(self.prompt, PromptType0):
            prompt = self.prompt.to_dict()
        else:
            prompt = self.prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if previous_response_id is not UNSET:
            field_dict["previous_response_id"] = previous_response_id
        if model is not UNSET:
            field_dict["model"] = model
        if background is not UNSET:
            field_dict["background"] = background
        if max_tool_calls is not UNSET:
            field_dict["max_tool_calls"] = max_tool_calls
        if text is not UNSET:
            field_dict["text"] = text
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if prompt is not UNSET:
            field_dict["prompt"] = prompt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        def _parse_previous_response_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        previous_response_id = _parse_previous_response_id(d.get("previous_response_id", UNSET))

        def _parse_model(data: object) -> ModelIdsResponsesType1 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_model_ids_responses_type_1 = check_model_ids_responses_type_1(
                    data
                )

                return componentsschemas_model_ids_responses_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ModelIdsResponsesType1 | str | Unset", data)

        model = _parse_model(d.get("model", UNSET))

        def _parse_background(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("bool | None | Unset", data)

        background = _parse_background(d.get("background", UNSET))

        def _parse_max_tool_calls(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        max_tool_calls = _parse_max_tool_calls(d.get("max_tool_calls", UNSET))

        _text = d.get("text", UNSET)
        text: ResponseTextParam | Unset
        if isinstance(_text, Unset):
            text = UNSET
        else:
            text = ResponseTextParam.from_dict(_text)

        _tools = d.get("tools", UNSET)
        tools: (
            list[
                ApplyPatchToolParam
                | CodeInterpreterTool
                | ComputerTool
                | ComputerUsePreviewTool
                | CustomToolParam
                | FileSearchTool
                | FunctionShellToolParam
                | FunctionTool
                | ImageGenTool
                | LocalShellToolParam
                | MCPTool
                | NamespaceToolParam
                | ProgrammaticToolCallingParam
                | ToolSearchToolParam
                | WebSearchPreviewTool
                | WebSearchTool
            ]
            | Unset
        ) = UNSET
        if _tools is not UNSET:
            tools = []
            for componentsschemas_tools_array_item_data in _tools:

                def _parse_componentsschemas_tools_array_item(
                    data: object,
                ) -> (
                    ApplyPatchToolParam
                    | CodeInterpreterTool
                    | ComputerTool
                    | ComputerUsePreviewTool
                    | CustomToolParam
                    | FileSearchTool
                    | FunctionShellToolParam
                    | FunctionTool
                    | ImageGenTool
                    | LocalShellToolParam
                    | MCPTool
                    | NamespaceToolParam
                    | ProgrammaticToolCallingParam
                    | ToolSearchToolParam
                    | WebSearchPreviewTool
                    | WebSearchTool
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_tool_type_0 = FunctionTool.from_dict(data)

                        return componentsschemas_tool_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_tool_type_1 = FileSearchTool.from_dict(data)

                        return componentsschemas_tool_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_tool_type_2 = ComputerTool.from_dict(data)

                        return componentsschemas_tool_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_tool_type_3 = ComputerUsePreviewTool.from_dict(data)

                        return componentsschemas_tool_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_tool_type_4 = WebSearchTool.from_dict(data)

                        return componentsschemas_tool_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_tool_type_5 = MCPTool.from_dict(data)

                        return componentsschemas_tool_type_5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_tool_type_6 = CodeInterpreterTool.from_dict(data)

                        return componentsschemas_tool_type_6
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_tool_type_7 = ProgrammaticToolCallingParam.from_dict(data)

                        return componentsschemas_tool_type_7
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_tool_type_8 = ImageGenTool.from_dict(data)

                        return componentsschemas_tool_type_8
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_tool_type_9 = LocalShellToolParam.from_dict(data)

                        return componentsschemas_tool_type_9
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_tool_type_10 = FunctionShellToolParam.from_dict(data)

                        return componentsschemas_tool_type_10
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_tool_type_11 = CustomToolParam.from_dict(data)

                        return componentsschemas_tool_type_11
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_tool_type_12 = NamespaceToolParam.from_dict(data)

                        return componentsschemas_tool_type_12
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_tool_type_13 = ToolSearchToolParam.from_dict(data)

                        return componentsschemas_tool_type_13
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_tool_type_14 = WebSearchPreviewTool.from_dict(data)

                        return componentsschemas_tool_type_14
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_tool_type_15 = ApplyPatchToolParam.from_dict(data)

                    return componentsschemas_tool_type_15

                componentsschemas_tools_array_item = _parse_componentsschemas_tools_array_item(
                    componentsschemas_tools_array_item_data
                )

                tools.append(componentsschemas_tools_array_item)

        def _parse_tool_choice(
            data: object,
        ) -> (
            SpecificApplyPatchParam
            | SpecificFunctionShellParam
            | SpecificProgrammaticToolCallingParam
            | ToolChoiceAllowed
            | ToolChoiceCustom
            | ToolChoiceFunction
            | ToolChoiceMCP
            | ToolChoiceOptions
            | ToolChoiceTypes
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_tool_choice_param_type_0 = check_tool_choice_options(data)

                return componentsschemas_tool_choice_param_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_tool_choice_param_type_1 = ToolChoiceAllowed.from_dict(data)

                return componentsschemas_tool_choice_param_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_tool_choice_param_type_2 = ToolChoiceTypes.from_dict(data)

                return componentsschemas_tool_choice_param_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_tool_choice_param_type_3 = ToolChoiceFunction.from_dict(data)

                return componentsschemas_tool_choice_param_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_tool_choice_param_type_4 = ToolChoiceMCP.from_dict(data)

                return componentsschemas_tool_choice_param_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_tool_choice_param_type_5 = ToolChoiceCustom.from_dict(data)

                return componentsschemas_tool_choice_param_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_tool_choice_param_type_6 = (
                    SpecificProgrammaticToolCallingParam.from_dict(data)
                )

                return componentsschemas_tool_choice_param_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_tool_choice_param_type_7 = SpecificApplyPatchParam.from_dict(data)

                return componentsschemas_tool_choice_param_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_tool_choice_param_type_8 = SpecificFunctionShellParam.from_dict(data)

            return componentsschemas_tool_choice_param_type_8

        tool_choice = _parse_tool_choice(d.get("tool_choice", UNSET))

        def _parse_prompt(data: object) -> None | PromptType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_prompt_type_0 = PromptType0.from_dict(data)

                return componentsschemas_prompt_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | PromptType0 | Unset", data)

        prompt = _parse_prompt(d.get("prompt", UNSET))

        response_properties = cls(
            previous_response_id=previous_response_id,
            model=model,
            background=background,
            max_tool_calls=max_tool_calls,
            text=text,
            tools=tools,
            tool_choice=tool_choice,
            prompt=prompt,
        )

        response_properties.additional_properties = _extra_fields(d)
        return response_properties

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
from ..models.apply_patch_tool_param import ApplyPatchToolParam  # noqa: E402
from ..models.code_interpreter_tool import CodeInterpreterTool  # noqa: E402
from ..models.computer_tool import ComputerTool  # noqa: E402
from ..models.computer_use_preview_tool import ComputerUsePreviewTool  # noqa: E402
from ..models.custom_tool_param import CustomToolParam  # noqa: E402
from ..models.file_search_tool import FileSearchTool  # noqa: E402
from ..models.function_shell_tool_param import FunctionShellToolParam  # noqa: E402
from ..models.function_tool import FunctionTool  # noqa: E402
from ..models.image_gen_tool import ImageGenTool  # noqa: E402
from ..models.local_shell_tool_param import LocalShellToolParam  # noqa: E402
from ..models.mcp_tool import MCPTool  # noqa: E402
from ..models.namespace_tool_param import NamespaceToolParam  # noqa: E402
from ..models.programmatic_tool_calling_param import ProgrammaticToolCallingParam  # noqa: E402
from ..models.prompt_type_0 import PromptType0  # noqa: E402
from ..models.response_text_param import ResponseTextParam  # noqa: E402
from ..models.specific_apply_patch_param import SpecificApplyPatchParam  # noqa: E402
from ..models.specific_function_shell_param import SpecificFunctionShellParam  # noqa: E402
from ..models.specific_programmatic_tool_calling_param import SpecificProgrammaticToolCallingParam  # noqa: E402
from ..models.tool_choice_allowed import ToolChoiceAllowed  # noqa: E402
from ..models.tool_choice_custom import ToolChoiceCustom  # noqa: E402
from ..models.tool_choice_function import ToolChoiceFunction  # noqa: E402
from ..models.tool_choice_mcp import ToolChoiceMCP  # noqa: E402
from ..models.tool_choice_types import ToolChoiceTypes  # noqa: E402
from ..models.tool_search_tool_param import ToolSearchToolParam  # noqa: E402
from ..models.web_search_preview_tool import WebSearchPreviewTool  # noqa: E402
from ..models.web_search_tool import WebSearchTool  # noqa: E402
