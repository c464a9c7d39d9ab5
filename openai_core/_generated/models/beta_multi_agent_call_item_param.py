# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys
from ..models.beta_multi_agent_action_1 import (
    BetaMultiAgentAction1,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaMultiAgentCallItemParam")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "call_id",
        "type",
        "action",
        "arguments",
        "agent",
        "id",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class BetaMultiAgentCallItemParam(_Model):
    """Schema `BetaMultiAgentCallItemParam`.

    Attributes:
        call_id (str): Length 1..64.
        type (Literal['multi_agent_call']): Always 'multi_agent_call'.
        action (BetaMultiAgentAction1): Schema `BetaMultiAgentAction1`.
        arguments (str):
        agent (BetaAgentTagParam | None | Unset):
        id (None | str | Unset):
    """

    call_id: str
    type: Literal["multi_agent_call"]
    action: BetaMultiAgentAction1
    arguments: str
    agent: BetaAgentTagParam | None | Unset = UNSET
    id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "call_id",
        "type",
        "action",
        "arguments",
    )
    _oc_consts = {"type": "multi_agent_call"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["call_id"] = self.call_id
        field_dict["type"] = self.type
        field_dict["action"] = self.action
        field_dict["arguments"] = self.arguments
        if self.agent is not UNSET:
            field_dict["agent"] = dump(self.agent)
        if self.id is not UNSET:
            field_dict["id"] = self.id
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
        action = d.get("action")
        arguments = d.get("arguments")
        _agent = d.get("agent", UNSET)
        agent = BetaAgentTagParam.from_dict(_agent) if isinstance(_agent, dict) else _agent
        id = d.get("id", UNSET)
        beta_multi_agent_call_item_param = cls(
            call_id=call_id,
            type=type_,
            action=action,
            arguments=arguments,
            agent=agent,
            id=id,
        )
        if call_id is None or type_ is None or action is None or arguments is None:
            beta_multi_agent_call_item_param._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            beta_multi_agent_call_item_param.additional_properties = _extra_fields(d)
        return beta_multi_agent_call_item_param

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
from ..models.beta_agent_tag_param import BetaAgentTagParam  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
BetaMultiAgentCallItemParam._oc_fields = (
    ("call_id", "call_id", True, "string"),
    ("type", "type", True, ("const", "multi_agent_call")),
    (
        "action",
        "action",
        True,
        (
            "enum",
            "BetaMultiAgentAction1",
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
)
