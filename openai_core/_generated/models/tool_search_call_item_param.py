# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys
from ..models.function_call_item_status import (
    FunctionCallItemStatus,
)
from ..models.tool_search_execution_type import (
    ToolSearchExecutionType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ToolSearchCallItemParam")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "arguments",
        "id",
        "call_id",
        "execution",
        "status",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class ToolSearchCallItemParam(_Model):
    """Schema `ToolSearchCallItemParam`.

    Attributes:
        type (Literal['tool_search_call']): Always 'tool_search_call'.
        arguments (EmptyModelParam): Schema `EmptyModelParam`.
        id (None | str | Unset):
        call_id (None | str | Unset):
        execution (ToolSearchExecutionType | Unset): Schema `ToolSearchExecutionType`.
        status (FunctionCallItemStatus | None | Unset):
    """

    type: Literal["tool_search_call"]
    arguments: EmptyModelParam
    id: None | str | Unset = UNSET
    call_id: None | str | Unset = UNSET
    execution: ToolSearchExecutionType | Unset = UNSET
    status: FunctionCallItemStatus | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "type",
        "arguments",
    )
    _oc_consts = {"type": "tool_search_call"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["arguments"] = dump(self.arguments)
        if self.id is not UNSET:
            field_dict["id"] = self.id
        if self.call_id is not UNSET:
            field_dict["call_id"] = self.call_id
        if self.execution is not UNSET:
            field_dict["execution"] = self.execution
        if self.status is not UNSET:
            field_dict["status"] = self.status
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
        _arguments = d.get("arguments")
        arguments = (
            EmptyModelParam.from_dict(_arguments) if isinstance(_arguments, dict) else _arguments
        )
        id = d.get("id", UNSET)
        call_id = d.get("call_id", UNSET)
        execution = d.get("execution", UNSET)
        status = d.get("status", UNSET)
        tool_search_call_item_param = cls(
            type=type_,
            arguments=arguments,
            id=id,
            call_id=call_id,
            execution=execution,
            status=status,
        )
        if type_ is None or arguments is None:
            tool_search_call_item_param._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            tool_search_call_item_param.additional_properties = _extra_fields(d)
        return tool_search_call_item_param

    @property
    def type_(self) -> Literal["tool_search_call"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["tool_search_call"]) -> None:
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
from ..models.empty_model_param import EmptyModelParam  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
ToolSearchCallItemParam._oc_fields = (
    ("type", "type", True, ("const", "tool_search_call")),
    ("arguments", "arguments", True, EmptyModelParam),
    (
        "id",
        "id",
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
        "call_id",
        "call_id",
        False,
        (
            "union",
            (
                "string",
                "null",
            ),
        ),
    ),
    ("execution", "execution", False, ("enum", "ToolSearchExecutionType", ("client", "server"))),
    (
        "status",
        "status",
        False,
        (
            "union",
            (
                ("enum", "FunctionCallItemStatus", ("completed", "in_progress", "incomplete")),
                "null",
            ),
        ),
    ),
)
