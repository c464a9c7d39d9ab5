# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump, missing_keys
from ..models.beta_function_call_output_status_enum import (
    BetaFunctionCallOutputStatusEnum,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaCustomToolCallOutputResource")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "id",
        "call_id",
        "output",
        "status",
        "agent",
        "caller",
        "created_by",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_output(data: Any) -> Any:
    if isinstance(data, list):
        return [_read_output_type_1_item(_i1) for _i1 in data] if isinstance(data, list) else data
    return data


def _read_output_type_1_item(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "input_text":
            return BetaInputTextContent.from_dict(data)
        if tag == "input_image":
            return BetaInputImageContent.from_dict(data)
        if tag == "input_file":
            return BetaInputFileContent.from_dict(data)
        return _choose_output_type_1_item(data)
    return data


def _read_caller(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "direct":
            return BetaDirectToolCallCallerParam.from_dict(data)
        if tag == "program":
            return BetaProgramToolCallCallerParam.from_dict(data)
        return _choose_caller(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class BetaCustomToolCallOutputResource(_Model):
    """Schema `BetaCustomToolCallOutputResource`.

    Attributes:
        type (Literal['custom_tool_call_output']): Always 'custom_tool_call_output'.
        id (str):
        call_id (str):
        output (list[BetaInputFileContent | BetaInputImageContent | BetaInputTextContent] | str):
        status (BetaFunctionCallOutputStatusEnum): Schema `BetaFunctionCallOutputStatusEnum`.
        agent (BetaAgentTag | None | Unset):
        caller (BetaDirectToolCallCallerParam | BetaProgramToolCallCallerParam | None | Unset):
        created_by (str | Unset):
    """

    type: Literal["custom_tool_call_output"]
    id: str
    call_id: str
    output: list[BetaInputFileContent | BetaInputImageContent | BetaInputTextContent] | str
    status: BetaFunctionCallOutputStatusEnum
    agent: BetaAgentTag | None | Unset = UNSET
    caller: BetaDirectToolCallCallerParam | BetaProgramToolCallCallerParam | None | Unset = UNSET
    created_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "type",
        "id",
        "call_id",
        "output",
        "status",
    )
    _oc_consts = {"type": "custom_tool_call_output"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["id"] = self.id
        field_dict["call_id"] = self.call_id
        field_dict["output"] = dump(self.output)
        field_dict["status"] = self.status
        if self.agent is not UNSET:
            field_dict["agent"] = dump(self.agent)
        if self.caller is not UNSET:
            field_dict["caller"] = dump(self.caller)
        if self.created_by is not UNSET:
            field_dict["created_by"] = self.created_by
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
        call_id = d.get("call_id")
        _output = d.get("output")
        output = _read_output(_output)
        status = d.get("status")
        _agent = d.get("agent", UNSET)
        agent = BetaAgentTag.from_dict(_agent) if isinstance(_agent, dict) else _agent
        _caller = d.get("caller", UNSET)
        caller = _read_caller(_caller)
        created_by = d.get("created_by", UNSET)
        beta_custom_tool_call_output_resource = cls(
            type=type_,
            id=id,
            call_id=call_id,
            output=output,
            status=status,
            agent=agent,
            caller=caller,
            created_by=created_by,
        )
        if type_ is None or id is None or call_id is None or output is None or status is None:
            beta_custom_tool_call_output_resource._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            beta_custom_tool_call_output_resource.additional_properties = _extra_fields(d)
        return beta_custom_tool_call_output_resource

    @property
    def type_(self) -> Literal["custom_tool_call_output"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["custom_tool_call_output"]) -> None:
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
from ..models.beta_direct_tool_call_caller_param import BetaDirectToolCallCallerParam  # noqa: E402
from ..models.beta_input_file_content import BetaInputFileContent  # noqa: E402
from ..models.beta_input_image_content import BetaInputImageContent  # noqa: E402
from ..models.beta_input_text_content import BetaInputTextContent  # noqa: E402
from ..models.beta_program_tool_call_caller_param import BetaProgramToolCallCallerParam  # noqa: E402

_choose_output_type_1_item = ModelChoice(
    BetaInputTextContent, BetaInputImageContent, BetaInputFileContent
)
_choose_caller = ModelChoice(BetaDirectToolCallCallerParam, BetaProgramToolCallCallerParam)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
BetaCustomToolCallOutputResource._oc_fields = (
    ("type", "type", True, ("const", "custom_tool_call_output")),
    ("id", "id", True, "string"),
    ("call_id", "call_id", True, "string"),
    (
        "output",
        "output",
        True,
        (
            "union",
            (
                "string",
                (
                    "list",
                    (
                        "union",
                        (
                            BetaInputTextContent,
                            BetaInputImageContent,
                            BetaInputFileContent,
                        ),
                    ),
                ),
            ),
        ),
    ),
    (
        "status",
        "status",
        True,
        ("enum", "BetaFunctionCallOutputStatusEnum", ("completed", "in_progress", "incomplete")),
    ),
    (
        "agent",
        "agent",
        False,
        (
            "union",
            (
                BetaAgentTag,
                "null",
            ),
        ),
    ),
    (
        "caller",
        "caller",
        False,
        (
            "union",
            (
                BetaDirectToolCallCallerParam,
                BetaProgramToolCallCallerParam,
                "null",
            ),
        ),
    ),
    ("created_by", "created_by", False, "string"),
)
