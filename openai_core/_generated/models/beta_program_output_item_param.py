# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys
from ..models.beta_program_output_item_status import (
    BetaProgramOutputItemStatus,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaProgramOutputItemParam")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "type",
        "call_id",
        "result",
        "status",
        "agent",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class BetaProgramOutputItemParam(_Model):
    """Schema `BetaProgramOutputItemParam`.

    Attributes:
        id (str):
        type (Literal['program_output']): Always 'program_output'.
        call_id (str): Length 1..64.
        result (str): Length 0..10485760.
        status (BetaProgramOutputItemStatus): Schema `BetaProgramOutputItemStatus`.
        agent (BetaAgentTagParam | None | Unset):
    """

    id: str
    type: Literal["program_output"]
    call_id: str
    result: str
    status: BetaProgramOutputItemStatus
    agent: BetaAgentTagParam | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "id",
        "type",
        "call_id",
        "result",
        "status",
    )
    _oc_consts = {"type": "program_output"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["type"] = self.type
        field_dict["call_id"] = self.call_id
        field_dict["result"] = self.result
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
        id = d.get("id")
        type_ = d.get("type")
        call_id = d.get("call_id")
        result = d.get("result")
        status = d.get("status")
        _agent = d.get("agent", UNSET)
        agent = BetaAgentTagParam.from_dict(_agent) if isinstance(_agent, dict) else _agent
        beta_program_output_item_param = cls(
            id=id,
            type=type_,
            call_id=call_id,
            result=result,
            status=status,
            agent=agent,
        )
        if id is None or type_ is None or call_id is None or result is None or status is None:
            beta_program_output_item_param._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            beta_program_output_item_param.additional_properties = _extra_fields(d)
        return beta_program_output_item_param

    @property
    def type_(self) -> Literal["program_output"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["program_output"]) -> None:
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
BetaProgramOutputItemParam._oc_fields = (
    ("id", "id", True, "string"),
    ("type", "type", True, ("const", "program_output")),
    ("call_id", "call_id", True, "string"),
    ("result", "result", True, "string"),
    (
        "status",
        "status",
        True,
        ("enum", "BetaProgramOutputItemStatus", ("completed", "incomplete")),
    ),
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
)
