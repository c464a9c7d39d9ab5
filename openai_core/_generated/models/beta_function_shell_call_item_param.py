# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump, missing_keys
from ..models.beta_function_shell_call_item_status import (
    BetaFunctionShellCallItemStatus,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaFunctionShellCallItemParam")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "call_id",
        "type",
        "action",
        "agent",
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
            return BetaDirectToolCallCallerParam.from_dict(data)
        if tag == "program":
            return BetaProgramToolCallCallerParam.from_dict(data)
        return _choose_caller(data)
    return data


def _read_environment(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "local":
            return BetaLocalEnvironmentParam.from_dict(data)
        if tag == "container_reference":
            return BetaContainerReferenceParam.from_dict(data)
        return _choose_environment(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class BetaFunctionShellCallItemParam(_Model):
    """Schema `BetaFunctionShellCallItemParam`.

    Attributes:
        call_id (str): Length 1..64.
        type (Literal['shell_call']): Always 'shell_call'.
        action (BetaFunctionShellActionParam): Schema `BetaFunctionShellActionParam`.
        agent (BetaAgentTagParam | None | Unset):
        id (None | str | Unset):
        caller (BetaDirectToolCallCallerParam | BetaProgramToolCallCallerParam | None | Unset):
        status (BetaFunctionShellCallItemStatus | None | Unset):
        environment (BetaContainerReferenceParam | BetaLocalEnvironmentParam | None | Unset):
    """

    call_id: str
    type: Literal["shell_call"]
    action: BetaFunctionShellActionParam
    agent: BetaAgentTagParam | None | Unset = UNSET
    id: None | str | Unset = UNSET
    caller: BetaDirectToolCallCallerParam | BetaProgramToolCallCallerParam | None | Unset = UNSET
    status: BetaFunctionShellCallItemStatus | None | Unset = UNSET
    environment: BetaContainerReferenceParam | BetaLocalEnvironmentParam | None | Unset = UNSET
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
        if self.agent is not UNSET:
            field_dict["agent"] = dump(self.agent)
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
            BetaFunctionShellActionParam.from_dict(_action)
            if isinstance(_action, dict)
            else _action
        )
        _agent = d.get("agent", UNSET)
        agent = BetaAgentTagParam.from_dict(_agent) if isinstance(_agent, dict) else _agent
        id = d.get("id", UNSET)
        _caller = d.get("caller", UNSET)
        caller = _read_caller(_caller)
        status = d.get("status", UNSET)
        _environment = d.get("environment", UNSET)
        environment = _read_environment(_environment)
        beta_function_shell_call_item_param = cls(
            call_id=call_id,
            type=type_,
            action=action,
            agent=agent,
            id=id,
            caller=caller,
            status=status,
            environment=environment,
        )
        if call_id is None or type_ is None or action is None:
            beta_function_shell_call_item_param._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            beta_function_shell_call_item_param.additional_properties = _extra_fields(d)
        return beta_function_shell_call_item_param

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
from ..models.beta_agent_tag_param import BetaAgentTagParam  # noqa: E402
from ..models.beta_container_reference_param import BetaContainerReferenceParam  # noqa: E402
from ..models.beta_direct_tool_call_caller_param import BetaDirectToolCallCallerParam  # noqa: E402
from ..models.beta_function_shell_action_param import BetaFunctionShellActionParam  # noqa: E402
from ..models.beta_local_environment_param import BetaLocalEnvironmentParam  # noqa: E402
from ..models.beta_program_tool_call_caller_param import BetaProgramToolCallCallerParam  # noqa: E402

_choose_caller = ModelChoice(BetaDirectToolCallCallerParam, BetaProgramToolCallCallerParam)
_choose_environment = ModelChoice(BetaLocalEnvironmentParam, BetaContainerReferenceParam)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
BetaFunctionShellCallItemParam._oc_fields = (
    ("call_id", "call_id", True, "string"),
    ("type", "type", True, ("const", "shell_call")),
    ("action", "action", True, BetaFunctionShellActionParam),
    (
        "agent",
        "agent",
        False,
        (
            "union",
            (
                BetaAgentTagParam,
                "null",
            ),
        ),
    ),
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
                BetaDirectToolCallCallerParam,
                BetaProgramToolCallCallerParam,
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
                (
                    "enum",
                    "BetaFunctionShellCallItemStatus",
                    ("completed", "in_progress", "incomplete"),
                ),
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
                BetaLocalEnvironmentParam,
                BetaContainerReferenceParam,
                "null",
            ),
        ),
    ),
)
