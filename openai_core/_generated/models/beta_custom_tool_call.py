# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump, missing_keys
from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaCustomToolCall")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "call_id",
        "name",
        "input",
        "agent",
        "id",
        "caller",
        "namespace",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_caller(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "direct":
            return BetaDirectToolCallCaller.from_dict(data)
        if tag == "program":
            return BetaProgramToolCallCaller.from_dict(data)
        return _choose_caller(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class BetaCustomToolCall(_Model):
    """Schema `BetaCustomToolCall`.

    Attributes:
        type (Literal['custom_tool_call']): Always 'custom_tool_call'.
        call_id (str):
        name (str):
        input (str):
        agent (BetaAgentTag | None | Unset):
        id (str | Unset):
        caller (BetaDirectToolCallCaller | BetaProgramToolCallCaller | None | Unset):
        namespace (str | Unset):
    """

    type: Literal["custom_tool_call"]
    call_id: str
    name: str
    input: str
    agent: BetaAgentTag | None | Unset = UNSET
    id: str | Unset = UNSET
    caller: BetaDirectToolCallCaller | BetaProgramToolCallCaller | None | Unset = UNSET
    namespace: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "type",
        "call_id",
        "name",
        "input",
    )
    _oc_consts = {"type": "custom_tool_call"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["call_id"] = self.call_id
        field_dict["name"] = self.name
        field_dict["input"] = self.input
        if self.agent is not UNSET:
            field_dict["agent"] = dump(self.agent)
        if self.id is not UNSET:
            field_dict["id"] = self.id
        if self.caller is not UNSET:
            field_dict["caller"] = dump(self.caller)
        if self.namespace is not UNSET:
            field_dict["namespace"] = self.namespace
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
        call_id = d.get("call_id")
        name = d.get("name")
        input_ = d.get("input")
        _agent = d.get("agent", UNSET)
        agent = BetaAgentTag.from_dict(_agent) if isinstance(_agent, dict) else _agent
        id = d.get("id", UNSET)
        _caller = d.get("caller", UNSET)
        caller = _read_caller(_caller)
        namespace = d.get("namespace", UNSET)
        beta_custom_tool_call = cls(
            type=type_,
            call_id=call_id,
            name=name,
            input=input_,
            agent=agent,
            id=id,
            caller=caller,
            namespace=namespace,
        )
        if type_ is None or call_id is None or name is None or input_ is None:
            beta_custom_tool_call._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            beta_custom_tool_call.additional_properties = _extra_fields(d)
        return beta_custom_tool_call

    @property
    def type_(self) -> Literal["custom_tool_call"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["custom_tool_call"]) -> None:
        self.type = value

    @property
    def input_(self) -> str:
        """The `input` field, under its former name."""
        return self.input

    @input_.setter
    def input_(self, value: str) -> None:
        self.input = value

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
from ..models.beta_direct_tool_call_caller import BetaDirectToolCallCaller  # noqa: E402
from ..models.beta_program_tool_call_caller import BetaProgramToolCallCaller  # noqa: E402

_choose_caller = ModelChoice(BetaDirectToolCallCaller, BetaProgramToolCallCaller)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
BetaCustomToolCall._oc_fields = (
    ("type", "type", True, ("const", "custom_tool_call")),
    ("call_id", "call_id", True, "string"),
    ("name", "name", True, "string"),
    ("input", "input", True, "string"),
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
    ("id", "id", False, "string"),
    (
        "caller",
        "caller",
        False,
        (
            "union",
            (
                BetaDirectToolCallCaller,
                BetaProgramToolCallCaller,
                "null",
            ),
        ),
    ),
    ("namespace", "namespace", False, "string"),
)
