# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump, missing_keys
from ..models.function_shell_call_item_status import (
    FunctionShellCallItemStatus,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="FunctionShellCallItemParam")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "call_id",
        "type",
        "action",
        "id",
        "caller",
        "status",
        "environment",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_caller(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "direct":
            return DirectToolCallCallerParam.from_dict(data)
        if tag == "program":
            return ProgramToolCallCallerParam.from_dict(data)
        return _choose_caller(data)
    return data


def _read_environment(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "local":
            return LocalEnvironmentParam.from_dict(data)
        if tag == "container_reference":
            return ContainerReferenceParam.from_dict(data)
        return _choose_environment(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class FunctionShellCallItemParam(_Model):
    """Schema `FunctionShellCallItemParam`.

    Attributes:
        call_id (str): Length 1..64.
        type (Literal['shell_call']): Always 'shell_call'.
        action (FunctionShellActionParam): Schema `FunctionShellActionParam`.
        id (None | str | Unset):
        caller (DirectToolCallCallerParam | None | ProgramToolCallCallerParam | Unset):
        status (FunctionShellCallItemStatus | None | Unset):
        environment (ContainerReferenceParam | LocalEnvironmentParam | None | Unset):
    """

    call_id: str
    type: Literal["shell_call"]
    action: FunctionShellActionParam
    id: None | str | Unset = UNSET
    caller: DirectToolCallCallerParam | None | ProgramToolCallCallerParam | Unset = UNSET
    status: FunctionShellCallItemStatus | None | Unset = UNSET
    environment: ContainerReferenceParam | LocalEnvironmentParam | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "call_id",
        "type",
        "action",
    )
    _oc_consts = {"type": "shell_call"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["call_id"] = self.call_id
        field_dict["type"] = self.type
        field_dict["action"] = dump(self.action)
        if self.id is not UNSET:
            field_dict["id"] = self.id
        if self.caller is not UNSET:
            field_dict["caller"] = dump(self.caller)
        if self.status is not UNSET:
            field_dict["status"] = self.status
        if self.environment is not UNSET:
            field_dict["environment"] = dump(self.environment)
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        call_id = d.get("call_id")
        type_ = d.get("type")
        _action = d.get("action")
        action = (
            FunctionShellActionParam.from_dict(_action) if isinstance(_action, dict) else _action
        )
        id = d.get("id", UNSET)
        _caller = d.get("caller", UNSET)
        caller = _read_caller(_caller)
        status = d.get("status", UNSET)
        _environment = d.get("environment", UNSET)
        environment = _read_environment(_environment)
        function_shell_call_item_param = cls(
            call_id=call_id,
            type=type_,
            action=action,
            id=id,
            caller=caller,
            status=status,
            environment=environment,
        )
        if call_id is None or type_ is None or action is None:
            function_shell_call_item_param._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            function_shell_call_item_param.additional_properties = _extra_fields(d)
        return function_shell_call_item_param

    @property
    def type_(self) -> Literal["shell_call"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["shell_call"]) -> None:
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
from ..models.container_reference_param import ContainerReferenceParam  # noqa: E402
from ..models.direct_tool_call_caller_param import DirectToolCallCallerParam  # noqa: E402
from ..models.function_shell_action_param import FunctionShellActionParam  # noqa: E402
from ..models.local_environment_param import LocalEnvironmentParam  # noqa: E402
from ..models.program_tool_call_caller_param import ProgramToolCallCallerParam  # noqa: E402

_choose_caller = ModelChoice(DirectToolCallCallerParam, ProgramToolCallCallerParam)
_choose_environment = ModelChoice(LocalEnvironmentParam, ContainerReferenceParam)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
FunctionShellCallItemParam._oc_fields = (
    ("call_id", "call_id", True, "string"),
    ("type", "type", True, ("const", "shell_call")),
    ("action", "action", True, FunctionShellActionParam),
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
        "caller",
        "caller",
        False,
        (
            "union",
            (
                DirectToolCallCallerParam,
                ProgramToolCallCallerParam,
                "null",
            ),
        ),
    ),
    (
        "status",
        "status",
        False,
        (
            "union",
            (
                ("enum", "FunctionShellCallItemStatus", ("completed", "in_progress", "incomplete")),
                "null",
            ),
        ),
    ),
    (
        "environment",
        "environment",
        False,
        (
            "union",
            (
                LocalEnvironmentParam,
                ContainerReferenceParam,
                "null",
            ),
        ),
    ),
)
