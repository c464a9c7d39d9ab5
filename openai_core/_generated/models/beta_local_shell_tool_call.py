# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys
from ..models.beta_local_shell_tool_call_status import (
    BetaLocalShellToolCallStatus,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaLocalShellToolCall")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "id",
        "call_id",
        "action",
        "status",
        "agent",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class BetaLocalShellToolCall(_Model):
    """Schema `BetaLocalShellToolCall`.

    Attributes:
        type (Literal['local_shell_call']): Always 'local_shell_call'.
        id (str):
        call_id (str):
        action (BetaLocalShellExecAction): Schema `BetaLocalShellExecAction`.
        status (BetaLocalShellToolCallStatus): One of: 'in_progress', 'completed', 'incomplete' (others kept).
        agent (BetaAgentTag | None | Unset):
    """

    type: Literal["local_shell_call"]
    id: str
    call_id: str
    action: BetaLocalShellExecAction
    status: BetaLocalShellToolCallStatus
    agent: BetaAgentTag | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "type",
        "id",
        "call_id",
        "action",
        "status",
    )
    _oc_consts = {"type": "local_shell_call"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["id"] = self.id
        field_dict["call_id"] = self.call_id
        field_dict["action"] = dump(self.action)
        field_dict["status"] = self.status
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
        call_id = d.get("call_id")
        _action = d.get("action")
        action = (
            BetaLocalShellExecAction.from_dict(_action) if isinstance(_action, dict) else _action
        )
        status = d.get("status")
        _agent = d.get("agent", UNSET)
        agent = BetaAgentTag.from_dict(_agent) if isinstance(_agent, dict) else _agent
        beta_local_shell_tool_call = cls(
            type=type_,
            id=id,
            call_id=call_id,
            action=action,
            status=status,
            agent=agent,
        )
        if type_ is None or id is None or call_id is None or action is None or status is None:
            beta_local_shell_tool_call._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            beta_local_shell_tool_call.additional_properties = _extra_fields(d)
        return beta_local_shell_tool_call

    @property
    def type_(self) -> Literal["local_shell_call"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["local_shell_call"]) -> None:
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
from ..models.beta_local_shell_exec_action import BetaLocalShellExecAction  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
BetaLocalShellToolCall._oc_fields = (
    ("type", "type", True, ("const", "local_shell_call")),
    ("id", "id", True, "string"),
    ("call_id", "call_id", True, "string"),
    ("action", "action", True, BetaLocalShellExecAction),
    (
        "status",
        "status",
        True,
        ("enum", "BetaLocalShellToolCallStatus", ("completed", "in_progress", "incomplete")),
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
)
