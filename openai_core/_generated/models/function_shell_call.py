# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump, missing_keys
from ..models.function_shell_call_status import (
    FunctionShellCallStatus,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="FunctionShellCall")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "id",
        "call_id",
        "action",
        "status",
        "caller",
        "environment",
        "created_by",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_caller(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "direct":
            return DirectToolCallCaller.from_dict(data)
        if tag == "program":
            return ProgramToolCallCaller.from_dict(data)
        return _choose_caller(data)
    return data


def _read_environment(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "local":
            return LocalEnvironmentResource.from_dict(data)
        if tag == "container_reference":
            return ContainerReferenceResource.from_dict(data)
        return _choose_environment(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class FunctionShellCall(_Model):
    """Schema `FunctionShellCall`.

    Attributes:
        type (Literal['shell_call']): Always 'shell_call'.
        id (str):
        call_id (str):
        action (FunctionShellAction): Schema `FunctionShellAction`.
        status (FunctionShellCallStatus): Schema `FunctionShellCallStatus`.
        caller (DirectToolCallCaller | None | ProgramToolCallCaller | Unset):
        environment (ContainerReferenceResource | LocalEnvironmentResource | None | Unset):
        created_by (str | Unset):
    """

    type: Literal["shell_call"]
    id: str
    call_id: str
    action: FunctionShellAction
    status: FunctionShellCallStatus
    caller: DirectToolCallCaller | None | ProgramToolCallCaller | Unset = UNSET
    environment: ContainerReferenceResource | LocalEnvironmentResource | None | Unset = UNSET
    created_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "type",
        "id",
        "call_id",
        "action",
        "status",
    )
    _oc_consts = {"type": "shell_call"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["id"] = self.id
        field_dict["call_id"] = self.call_id
        field_dict["action"] = dump(self.action)
        field_dict["status"] = self.status
        if self.caller is not UNSET:
            field_dict["caller"] = dump(self.caller)
        if self.environment is not UNSET:
            field_dict["environment"] = dump(self.environment)
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
        _action = d.get("action")
        action = FunctionShellAction.from_dict(_action) if isinstance(_action, dict) else _action
        status = d.get("status")
        _caller = d.get("caller", UNSET)
        caller = _read_caller(_caller)
        _environment = d.get("environment", UNSET)
        environment = _read_environment(_environment)
        created_by = d.get("created_by", UNSET)
        function_shell_call = cls(
            type=type_,
            id=id,
            call_id=call_id,
            action=action,
            status=status,
            caller=caller,
            environment=environment,
            created_by=created_by,
        )
        if type_ is None or id is None or call_id is None or action is None or status is None:
            function_shell_call._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            function_shell_call.additional_properties = _extra_fields(d)
        return function_shell_call

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
from ..models.container_reference_resource import ContainerReferenceResource  # noqa: E402
from ..models.direct_tool_call_caller import DirectToolCallCaller  # noqa: E402
from ..models.function_shell_action import FunctionShellAction  # noqa: E402
from ..models.local_environment_resource import LocalEnvironmentResource  # noqa: E402
from ..models.program_tool_call_caller import ProgramToolCallCaller  # noqa: E402

_choose_caller = ModelChoice(DirectToolCallCaller, ProgramToolCallCaller)
_choose_environment = ModelChoice(LocalEnvironmentResource, ContainerReferenceResource)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
FunctionShellCall._oc_fields = (
    ("type", "type", True, ("const", "shell_call")),
    ("id", "id", True, "string"),
    ("call_id", "call_id", True, "string"),
    ("action", "action", True, FunctionShellAction),
    (
        "status",
        "status",
        True,
        ("enum", "FunctionShellCallStatus", ("completed", "in_progress", "incomplete")),
    ),
    (
        "caller",
        "caller",
        False,
        (
            "union",
            (
                DirectToolCallCaller,
                ProgramToolCallCaller,
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
                LocalEnvironmentResource,
                ContainerReferenceResource,
                "null",
            ),
        ),
    ),
    ("created_by", "created_by", False, "string"),
)
