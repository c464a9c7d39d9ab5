# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_model_ids_responses_type_1 import (
    BetaModelIdsResponsesType1,
    check_beta_model_ids_responses_type_1,
)
from ..models.beta_tool_choice_options import BetaToolChoiceOptions, check_beta_tool_choice_options
from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaResponseProperties")

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
class BetaResponseProperties:
    """Schema `BetaResponseProperties`.

    Attributes:
        previous_response_id (None | str | Unset):
        model (BetaModelIdsResponsesType1 | str | Unset): Schema `BetaModelIdsResponses`.
        background (bool | None | Unset):
        max_tool_calls (int | None | Unset):
        text (BetaResponseTextParam | Unset): Schema `BetaResponseTextParam`.
        tools (list[BetaApplyPatchToolParam | BetaCodeInterpreterTool | BetaComputerTool | BetaComputerUsePreviewTool |
            BetaCustomToolParam | BetaFileSearchTool | BetaFunctionShellToolParam | BetaFunctionTool | BetaImageGenTool |
            BetaLocalShellToolParam | BetaMCPTool | BetaNamespaceToolParam | BetaProgrammaticToolCallingParam |
            BetaToolSearchToolParam | BetaWebSearchPreviewTool | BetaWebSearchTool] | Unset): Schema `BetaToolsArray`.
        tool_choice (BetaSpecificApplyPatchParam | BetaSpecificFunctionShellParam |
            BetaSpecificProgrammaticToolCallingParam | BetaToolChoiceAllowed | BetaToolChoiceCustom | BetaToolChoiceFunction
            | BetaToolChoiceMCP | BetaToolChoiceOptions | BetaToolChoiceTypes | Unset): Schema `BetaToolChoiceParam`.
        prompt (BetaPromptType0 | None | Unset): Schema `BetaPrompt`.
    """

    previous_response_id: None | str | Unset = UNSET
    model: BetaModelIdsResponsesType1 | str | Unset = UNSET
    background: bool | None | Unset = UNSET
    max_tool_calls: int | None | Unset = UNSET
    text: BetaResponseTextParam | Unset = UNSET
    tools: (
        list[
            BetaApplyPatchToolParam
            | BetaCodeInterpreterTool
            | BetaComputerTool
            | BetaComputerUsePreviewTool
            | BetaCustomToolParam
            | BetaFileSearchTool
            | BetaFunctionShellToolParam
            | BetaFunctionTool
            | BetaImageGenTool
            | BetaLocalShellToolParam
            | BetaMCPTool
            | BetaNamespaceToolParam
            | BetaProgrammaticToolCallingParam
            | BetaToolSearchToolParam
            | BetaWebSearchPreviewTool
            | BetaWebSearchTool
        ]
        | Unset
    ) = UNSET
    tool_choice: (
        BetaSpecificApplyPatchParam
        | BetaSpecificFunctionShellParam
        | BetaSpecificProgrammaticToolCallingParam
        | BetaToolChoiceAllowed
        | BetaToolChoiceCustom
        | BetaToolChoiceFunction
        | BetaToolChoiceMCP
        | BetaToolChoiceOptions
        | BetaToolChoiceTypes
        | Unset
    ) = UNSET
    prompt: BetaPromptType0 | None | Unset = UNSET
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
            for componentsschemas_beta_tools_array_item_data in self.tools:
                componentsschemas_beta_tools_array_item: dict[str, Any]
                if isinstance(componentsschemas_beta_tools_array_item_data, BetaFunctionTool):
                    componentsschemas_beta_tools_array_item = (
                        componentsschemas_beta_tools_array_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_beta_tools_array_item_data, BetaFileSearchTool):
                    componentsschemas_beta_tools_array_item = (
                        componentsschemas_beta_tools_array_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_beta_tools_array_item_data, BetaComputerTool):
                    componentsschemas_beta_tools_array_item = (
                        componentsschemas_beta_tools_array_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_beta_tools_array_item_data, BetaComputerUsePreviewTool
                ):
                    componentsschemas_beta_tools_array_item = (
                        componentsschemas_beta_tools_array_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_beta_tools_array_item_data, BetaWebSearchTool):
                    componentsschemas_beta_tools_array_item = (
                        componentsschemas_beta_tools_array_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_beta_tools_array_item_data, BetaMCPTool):
                    componentsschemas_beta_tools_array_item = (
                        componentsschemas_beta_tools_array_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_beta_tools_array_item_data, BetaCodeInterpreterTool
                ):
                    componentsschemas_beta_tools_array_item = (
                        componentsschemas_beta_tools_array_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_beta_tools_array_item_data, BetaProgrammaticToolCallingParam
                ):
                    componentsschemas_beta_tools_array_item = (
                        componentsschemas_beta_tools_array_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_beta_tools_array_item_data, BetaImageGenTool):
                    componentsschemas_beta_tools_array_item = (
                        componentsschemas_beta_tools_array_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_beta_tools_array_item_data, BetaLocalShellToolParam
                ):
                    componentsschemas_beta_tools_array_item = (
                        componentsschemas_beta_tools_array_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_beta_tools_array_item_data, BetaFunctionShellToolParam
                ):
                    componentsschemas_beta_tools_array_item = (
                        componentsschemas_beta_tools_array_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_beta_tools_array_item_data, BetaCustomToolParam):
                    componentsschemas_beta_tools_array_item = (
                        componentsschemas_beta_tools_array_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_beta_tools_array_item_data, BetaNamespaceToolParam
                ):
                    componentsschemas_beta_tools_array_item = (
                        componentsschemas_beta_tools_array_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_beta_tools_array_item_data, BetaToolSearchToolParam
                ):
                    componentsschemas_beta_tools_array_item = (
                        componentsschemas_beta_tools_array_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_beta_tools_array_item_data, BetaWebSearchPreviewTool
                ):
                    componentsschemas_beta_tools_array_item = (
                        componentsschemas_beta_tools_array_item_data.to_dict()
                    )
                else:
                    componentsschemas_beta_tools_array_item = (
                        componentsschemas_beta_tools_array_item_data.to_dict()
                    )

                tools.append(componentsschemas_beta_tools_array_item)

        tool_choice: dict[str, Any] | str | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        elif isinstance(self.tool_choice, str):
            tool_choice = self.tool_choice
        elif isinstance(self.tool_choice, BetaToolChoiceAllowed):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, BetaToolChoiceTypes):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, BetaToolChoiceFunction):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, BetaToolChoiceMCP):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, BetaToolChoiceCustom):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, BetaSpecificProgrammaticToolCallingParam):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, BetaSpecificApplyPatchParam):
            tool_choice = self.tool_choice.to_dict()
        else:
            tool_choice = self.tool_choice.to_dict()

        prompt: dict[str, Any] | None | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        elif isinstance(self.prompt, BetaPromptType0):
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

        def _parse_model(data: object) -> BetaModelIdsResponsesType1 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_beta_model_ids_responses_type_1 = (
                    check_beta_model_ids_responses_type_1(data)
                )

                return componentsschemas_beta_model_ids_responses_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("BetaModelIdsResponsesType1 | str | Unset", data)

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
        text: BetaResponseTextParam | Unset
        if isinstance(_text, Unset):
            text = UNSET
        else:
            text = BetaResponseTextParam.from_dict(_text)

        _tools = d.get("tools", UNSET)
        tools: (
            list[
                BetaApplyPatchToolParam
                | BetaCodeInterpreterTool
                | BetaComputerTool
                | BetaComputerUsePreviewTool
                | BetaCustomToolParam
                | BetaFileSearchTool
                | BetaFunctionShellToolParam
                | BetaFunctionTool
                | BetaImageGenTool
                | BetaLocalShellToolParam
                | BetaMCPTool
                | BetaNamespaceToolParam
                | BetaProgrammaticToolCallingParam
                | BetaToolSearchToolParam
                | BetaWebSearchPreviewTool
                | BetaWebSearchTool
            ]
            | Unset
        ) = UNSET
        if _tools is not UNSET:
            tools = []
            for componentsschemas_beta_tools_array_item_data in _tools:

                def _parse_componentsschemas_beta_tools_array_item(
                    data: object,
                ) -> (
                    BetaApplyPatchToolParam
                    | BetaCodeInterpreterTool
                    | BetaComputerTool
                    | BetaComputerUsePreviewTool
                    | BetaCustomToolParam
                    | BetaFileSearchTool
                    | BetaFunctionShellToolParam
                    | BetaFunctionTool
                    | BetaImageGenTool
                    | BetaLocalShellToolParam
                    | BetaMCPTool
                    | BetaNamespaceToolParam
                    | BetaProgrammaticToolCallingParam
                    | BetaToolSearchToolParam
                    | BetaWebSearchPreviewTool
                    | BetaWebSearchTool
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_beta_tool_type_0 = BetaFunctionTool.from_dict(data)

                        return componentsschemas_beta_tool_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_beta_tool_type_1 = BetaFileSearchTool.from_dict(data)

                        return componentsschemas_beta_tool_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_beta_tool_type_2 = BetaComputerTool.from_dict(data)

                        return componentsschemas_beta_tool_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_beta_tool_type_3 = BetaComputerUsePreviewTool.from_dict(
                            data
                        )

                        return componentsschemas_beta_tool_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_beta_tool_type_4 = BetaWebSearchTool.from_dict(data)

                        return componentsschemas_beta_tool_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_beta_tool_type_5 = BetaMCPTool.from_dict(data)

                        return componentsschemas_beta_tool_type_5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_beta_tool_type_6 = BetaCodeInterpreterTool.from_dict(data)

                        return componentsschemas_beta_tool_type_6
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_beta_tool_type_7 = (
                            BetaProgrammaticToolCallingParam.from_dict(data)
                        )

                        return componentsschemas_beta_tool_type_7
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_beta_tool_type_8 = BetaImageGenTool.from_dict(data)

                        return componentsschemas_beta_tool_type_8
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_beta_tool_type_9 = BetaLocalShellToolParam.from_dict(data)

                        return componentsschemas_beta_tool_type_9
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_beta_tool_type_10 = BetaFunctionShellToolParam.from_dict(
                            data
                        )

                        return componentsschemas_beta_tool_type_10
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_beta_tool_type_11 = BetaCustomToolParam.from_dict(data)

                        return componentsschemas_beta_tool_type_11
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_beta_tool_type_12 = BetaNamespaceToolParam.from_dict(data)

                        return componentsschemas_beta_tool_type_12
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_beta_tool_type_13 = BetaToolSearchToolParam.from_dict(
                            data
                        )

                        return componentsschemas_beta_tool_type_13
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_beta_tool_type_14 = BetaWebSearchPreviewTool.from_dict(
                            data
                        )

                        return componentsschemas_beta_tool_type_14
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_tool_type_15 = BetaApplyPatchToolParam.from_dict(data)

                    return componentsschemas_beta_tool_type_15

                componentsschemas_beta_tools_array_item = (
                    _parse_componentsschemas_beta_tools_array_item(
                        componentsschemas_beta_tools_array_item_data
                    )
                )

                tools.append(componentsschemas_beta_tools_array_item)

        def _parse_tool_choice(
            data: object,
        ) -> (
            BetaSpecificApplyPatchParam
            | BetaSpecificFunctionShellParam
            | BetaSpecificProgrammaticToolCallingParam
            | BetaToolChoiceAllowed
            | BetaToolChoiceCustom
            | BetaToolChoiceFunction
            | BetaToolChoiceMCP
            | BetaToolChoiceOptions
            | BetaToolChoiceTypes
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_beta_tool_choice_param_type_0 = check_beta_tool_choice_options(
                    data
                )

                return componentsschemas_beta_tool_choice_param_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_tool_choice_param_type_1 = BetaToolChoiceAllowed.from_dict(
                    data
                )

                return componentsschemas_beta_tool_choice_param_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_tool_choice_param_type_2 = BetaToolChoiceTypes.from_dict(
                    data
                )

                return componentsschemas_beta_tool_choice_param_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_tool_choice_param_type_3 = BetaToolChoiceFunction.from_dict(
                    data
                )

                return componentsschemas_beta_tool_choice_param_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_tool_choice_param_type_4 = BetaToolChoiceMCP.from_dict(data)

                return componentsschemas_beta_tool_choice_param_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_tool_choice_param_type_5 = BetaToolChoiceCustom.from_dict(
                    data
                )

                return componentsschemas_beta_tool_choice_param_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_tool_choice_param_type_6 = (
                    BetaSpecificProgrammaticToolCallingParam.from_dict(data)
                )

                return componentsschemas_beta_tool_choice_param_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_tool_choice_param_type_7 = (
                    BetaSpecificApplyPatchParam.from_dict(data)
                )

                return componentsschemas_beta_tool_choice_param_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_beta_tool_choice_param_type_8 = (
                BetaSpecificFunctionShellParam.from_dict(data)
            )

            return componentsschemas_beta_tool_choice_param_type_8

        tool_choice = _parse_tool_choice(d.get("tool_choice", UNSET))

        def _parse_prompt(data: object) -> BetaPromptType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_prompt_type_0 = BetaPromptType0.from_dict(data)

                return componentsschemas_beta_prompt_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("BetaPromptType0 | None | Unset", data)

        prompt = _parse_prompt(d.get("prompt", UNSET))

        beta_response_properties = cls(
            previous_response_id=previous_response_id,
            model=model,
            background=background,
            max_tool_calls=max_tool_calls,
            text=text,
            tools=tools,
            tool_choice=tool_choice,
            prompt=prompt,
        )

        beta_response_properties.additional_properties = _extra_fields(d)
        return beta_response_properties

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
from ..models.beta_apply_patch_tool_param import BetaApplyPatchToolParam  # noqa: E402
from ..models.beta_code_interpreter_tool import BetaCodeInterpreterTool  # noqa: E402
from ..models.beta_computer_tool import BetaComputerTool  # noqa: E402
from ..models.beta_computer_use_preview_tool import BetaComputerUsePreviewTool  # noqa: E402
from ..models.beta_custom_tool_param import BetaCustomToolParam  # noqa: E402
from ..models.beta_file_search_tool import BetaFileSearchTool  # noqa: E402
from ..models.beta_function_shell_tool_param import BetaFunctionShellToolParam  # noqa: E402
from ..models.beta_function_tool import BetaFunctionTool  # noqa: E402
from ..models.beta_image_gen_tool import BetaImageGenTool  # noqa: E402
from ..models.beta_local_shell_tool_param import BetaLocalShellToolParam  # noqa: E402
from ..models.beta_mcp_tool import BetaMCPTool  # noqa: E402
from ..models.beta_namespace_tool_param import BetaNamespaceToolParam  # noqa: E402
from ..models.beta_programmatic_tool_calling_param import BetaProgrammaticToolCallingParam  # noqa: E402
from ..models.beta_prompt_type_0 import BetaPromptType0  # noqa: E402
from ..models.beta_response_text_param import BetaResponseTextParam  # noqa: E402
from ..models.beta_specific_apply_patch_param import BetaSpecificApplyPatchParam  # noqa: E402
from ..models.beta_specific_function_shell_param import BetaSpecificFunctionShellParam  # noqa: E402
from ..models.beta_specific_programmatic_tool_calling_param import (
    BetaSpecificProgrammaticToolCallingParam,  # noqa: E402
)
from ..models.beta_tool_choice_allowed import BetaToolChoiceAllowed  # noqa: E402
from ..models.beta_tool_choice_custom import BetaToolChoiceCustom  # noqa: E402
from ..models.beta_tool_choice_function import BetaToolChoiceFunction  # noqa: E402
from ..models.beta_tool_choice_mcp import BetaToolChoiceMCP  # noqa: E402
from ..models.beta_tool_choice_types import BetaToolChoiceTypes  # noqa: E402
from ..models.beta_tool_search_tool_param import BetaToolSearchToolParam  # noqa: E402
from ..models.beta_web_search_preview_tool import BetaWebSearchPreviewTool  # noqa: E402
from ..models.beta_web_search_tool import BetaWebSearchTool  # noqa: E402
