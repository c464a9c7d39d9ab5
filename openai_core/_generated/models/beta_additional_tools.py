# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump, missing_keys
from ..models.beta_message_role import BetaMessageRole
from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaAdditionalTools")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "id",
        "role",
        "tools",
        "agent",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_tools_item(data: Any) -> Any:
    if isinstance(data, dict):
        return _choose_tools_item(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class BetaAdditionalTools(_Model):
    """Schema `BetaAdditionalTools`.

    Attributes:
        type (Literal['additional_tools']): Always 'additional_tools'.
        id (str):
        role (BetaMessageRole): Schema `BetaMessageRole`.
        tools (list[BetaApplyPatchToolParam | BetaCodeInterpreterTool | BetaComputerTool | BetaComputerUsePreviewTool |
            BetaCustomToolParam | BetaFileSearchTool | BetaFunctionShellToolParam | BetaFunctionTool | BetaImageGenTool |
            BetaLocalShellToolParam | BetaMCPTool | BetaNamespaceToolParam | BetaProgrammaticToolCallingParam |
            BetaToolSearchToolParam | BetaWebSearchPreviewTool | BetaWebSearchTool]):
        agent (BetaAgentTag | Unset): Schema `BetaAgentTag`.
    """

    type: Literal["additional_tools"]
    id: str
    role: BetaMessageRole
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
    agent: BetaAgentTag | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "type",
        "id",
        "role",
        "tools",
    )
    _oc_consts = {"type": "additional_tools"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["id"] = self.id
        field_dict["role"] = self.role
        field_dict["tools"] = dump(self.tools)
        if self.agent is not UNSET:
            field_dict["agent"] = dump(self.agent)
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
        role = d.get("role")
        _tools = d.get("tools")
        tools = [_read_tools_item(_i0) for _i0 in _tools] if isinstance(_tools, list) else _tools
        _agent = d.get("agent", UNSET)
        agent = BetaAgentTag.from_dict(_agent) if isinstance(_agent, dict) else _agent
        beta_additional_tools = cls(
            type=type_,
            id=id,
            role=role,
            tools=tools,
            agent=agent,
        )
        if type_ is None or id is None or role is None or tools is None:
            beta_additional_tools._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            beta_additional_tools.additional_properties = _extra_fields(d)
        return beta_additional_tools

    @property
    def type_(self) -> Literal["additional_tools"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["additional_tools"]) -> None:
        self.type = value

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

_choose_tools_item = ModelChoice(
    BetaFunctionTool,
    BetaFileSearchTool,
    BetaComputerTool,
    BetaComputerUsePreviewTool,
    BetaWebSearchTool,
    BetaMCPTool,
    BetaCodeInterpreterTool,
    BetaProgrammaticToolCallingParam,
    BetaImageGenTool,
    BetaLocalShellToolParam,
    BetaFunctionShellToolParam,
    BetaCustomToolParam,
    BetaNamespaceToolParam,
    BetaToolSearchToolParam,
    BetaWebSearchPreviewTool,
    BetaApplyPatchToolParam,
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
BetaAdditionalTools._oc_fields = (
    ("type", "type", True, ("const", "additional_tools")),
    ("id", "id", True, "string"),
    (
        "role",
        "role",
        True,
        (
            "enum",
            "BetaMessageRole",
            (
                "assistant",
                "critic",
                "developer",
                "discriminator",
                "system",
                "tool",
                "unknown",
                "user",
            ),
        ),
    ),
    (
        "tools",
        "tools",
        True,
        (
            "list",
            (
                "union",
                (
                    BetaFunctionTool,
                    BetaFileSearchTool,
                    BetaComputerTool,
                    BetaComputerUsePreviewTool,
                    BetaWebSearchTool,
                    BetaMCPTool,
                    BetaCodeInterpreterTool,
                    BetaProgrammaticToolCallingParam,
                    BetaImageGenTool,
                    BetaLocalShellToolParam,
                    BetaFunctionShellToolParam,
                    BetaCustomToolParam,
                    BetaNamespaceToolParam,
                    BetaToolSearchToolParam,
                    BetaWebSearchPreviewTool,
                    BetaApplyPatchToolParam,
                ),
            ),
        ),
    ),
    ("agent", "agent", False, BetaAgentTag),
)
