# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_function_call_output_status_enum import (
    BetaFunctionCallOutputStatusEnum,
    check_beta_function_call_output_status_enum,
)
from ..models.beta_tool_search_execution_type import (
    BetaToolSearchExecutionType,
    check_beta_tool_search_execution_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaToolSearchOutput")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "id",
        "execution",
        "tools",
        "status",
        "agent",
        "call_id",
        "created_by",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class BetaToolSearchOutput:
    """Schema `BetaToolSearchOutput`.

    Attributes:
        type_ (Literal['tool_search_output']): Always 'tool_search_output'.
        id (str):
        execution (BetaToolSearchExecutionType): Schema `BetaToolSearchExecutionType`.
        tools (list[BetaApplyPatchToolParam | BetaCodeInterpreterTool | BetaComputerTool | BetaComputerUsePreviewTool |
            BetaCustomToolParam | BetaFileSearchTool | BetaFunctionShellToolParam | BetaFunctionTool | BetaImageGenTool |
            BetaLocalShellToolParam | BetaMCPTool | BetaNamespaceToolParam | BetaProgrammaticToolCallingParam |
            BetaToolSearchToolParam | BetaWebSearchPreviewTool | BetaWebSearchTool]):
        status (BetaFunctionCallOutputStatusEnum): Schema `BetaFunctionCallOutputStatusEnum`.
        agent (BetaAgentTag | Unset): Schema `BetaAgentTag`.
        call_id (None | str | Unset):
        created_by (str | Unset):
    """

    type_: Literal["tool_search_output"]
    id: str
    execution: BetaToolSearchExecutionType
    tools: list[
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
    status: BetaFunctionCallOutputStatusEnum
    agent: BetaAgentTag | Unset = UNSET
    call_id: None | str | Unset = UNSET
    created_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        execution: str = self.execution

        tools = []
        for tools_item_data in self.tools:
            tools_item: dict[str, Any]
            if isinstance(tools_item_data, BetaFunctionTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, BetaFileSearchTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, BetaComputerTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, BetaComputerUsePreviewTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, BetaWebSearchTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, BetaMCPTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, BetaCodeInterpreterTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, BetaProgrammaticToolCallingParam):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, BetaImageGenTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, BetaLocalShellToolParam):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, BetaFunctionShellToolParam):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, BetaCustomToolParam):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, BetaNamespaceToolParam):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, BetaToolSearchToolParam):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, BetaWebSearchPreviewTool):
                tools_item = tools_item_data.to_dict()
            else:
                tools_item = tools_item_data.to_dict()

            tools.append(tools_item)

        status: str = self.status

        agent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agent, Unset):
            agent = self.agent.to_dict()

        call_id: None | str | Unset
        if isinstance(self.call_id, Unset):
            call_id = UNSET
        else:
            call_id = self.call_id

        created_by = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "execution": execution,
                "tools": tools,
                "status": status,
            }
        )
        if agent is not UNSET:
            field_dict["agent"] = agent
        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if created_by is not UNSET:
            field_dict["created_by"] = created_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['tool_search_output']", d["type"])
        if type_ != "tool_search_output":
            raise ValueError(f"type must match const 'tool_search_output', got '{type_}'")

        id = d["id"]

        execution = check_beta_tool_search_execution_type(d["execution"])

        tools = []
        _tools = d["tools"]
        for tools_item_data in _tools:

            def _parse_tools_item(
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
                    componentsschemas_beta_tool_type_3 = BetaComputerUsePreviewTool.from_dict(data)

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
                    componentsschemas_beta_tool_type_7 = BetaProgrammaticToolCallingParam.from_dict(
                        data
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
                    componentsschemas_beta_tool_type_10 = BetaFunctionShellToolParam.from_dict(data)

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
                    componentsschemas_beta_tool_type_13 = BetaToolSearchToolParam.from_dict(data)

                    return componentsschemas_beta_tool_type_13
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_tool_type_14 = BetaWebSearchPreviewTool.from_dict(data)

                    return componentsschemas_beta_tool_type_14
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_tool_type_15 = BetaApplyPatchToolParam.from_dict(data)

                return componentsschemas_beta_tool_type_15

            tools_item = _parse_tools_item(tools_item_data)

            tools.append(tools_item)

        status = check_beta_function_call_output_status_enum(d["status"])

        _agent = d.get("agent", UNSET)
        agent: BetaAgentTag | Unset
        if isinstance(_agent, Unset):
            agent = UNSET
        else:
            agent = BetaAgentTag.from_dict(_agent)

        def _parse_call_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        call_id = _parse_call_id(d.get("call_id", UNSET))

        created_by = d.get("created_by", UNSET)

        beta_tool_search_output = cls(
            type_=type_,
            id=id,
            execution=execution,
            tools=tools,
            status=status,
            agent=agent,
            call_id=call_id,
            created_by=created_by,
        )

        beta_tool_search_output.additional_properties = _extra_fields(d)
        return beta_tool_search_output

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
from ..models.beta_agent_tag import BetaAgentTag  # noqa: E402
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
from ..models.beta_tool_search_tool_param import BetaToolSearchToolParam  # noqa: E402
from ..models.beta_web_search_preview_tool import BetaWebSearchPreviewTool  # noqa: E402
from ..models.beta_web_search_tool import BetaWebSearchTool  # noqa: E402
