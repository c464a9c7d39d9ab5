# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys
from ..models.beta_multi_agent_action import BetaMultiAgentAction
from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaMultiAgentCall")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "id",
        "call_id",
        "action",
        "arguments",
        "agent",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class BetaMultiAgentCall(_Model):
    """Schema `BetaMultiAgentCall`.

    Attributes:
        type (Literal['multi_agent_call']): Always 'multi_agent_call'.
        id (str):
        call_id (str):
        action (BetaMultiAgentAction): Schema `BetaMultiAgentAction`.
        arguments (str):
        agent (BetaAgentTag | Unset): Schema `BetaAgentTag`.
    """

    type: Literal["multi_agent_call"]
    id: str
    call_id: str
    action: BetaMultiAgentAction
    arguments: str
    agent: BetaAgentTag | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "type",
        "id",
        "call_id",
        "action",
        "arguments",
    )
    _oc_consts = {"type": "multi_agent_call"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["id"] = self.id
        field_dict["call_id"] = self.call_id
        field_dict["action"] = self.action
        field_dict["arguments"] = self.arguments
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
        action = d.get("action")
        arguments = d.get("arguments")
        _agent = d.get("agent", UNSET)
        agent = BetaAgentTag.from_dict(_agent) if isinstance(_agent, dict) else _agent
        beta_multi_agent_call = cls(
            type=type_,
            id=id,
            call_id=call_id,
            action=action,
            arguments=arguments,
            agent=agent,
        )
        if type_ is None or id is None or call_id is None or action is None or arguments is None:
            beta_multi_agent_call._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            beta_multi_agent_call.additional_properties = _extra_fields(d)
        return beta_multi_agent_call

    @property
    def type_(self) -> Literal["multi_agent_call"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["multi_agent_call"]) -> None:
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

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
BetaMultiAgentCall._oc_fields = (
    ("type", "type", True, ("const", "multi_agent_call")),
    ("id", "id", True, "string"),
    ("call_id", "call_id", True, "string"),
    (
        "action",
        "action",
        True,
        (
            "enum",
            "BetaMultiAgentAction",
            (
                "followup_task",
                "interrupt_agent",
                "list_agents",
                "send_message",
                "spawn_agent",
                "wait_agent",
            ),
        ),
    ),
    ("arguments", "arguments", True, "string"),
    ("agent", "agent", False, BetaAgentTag),
)
