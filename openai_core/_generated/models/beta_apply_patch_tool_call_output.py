# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump, missing_keys
from ..models.beta_apply_patch_call_output_status import (
    BetaApplyPatchCallOutputStatus,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaApplyPatchToolCallOutput")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "id",
        "call_id",
        "status",
        "agent",
        "caller",
        "output",
        "created_by",
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
class BetaApplyPatchToolCallOutput(_Model):
    """Schema `BetaApplyPatchToolCallOutput`.

    Attributes:
        type (Literal['apply_patch_call_output']): Always 'apply_patch_call_output'.
        id (str):
        call_id (str):
        status (BetaApplyPatchCallOutputStatus): Schema `BetaApplyPatchCallOutputStatus`.
        agent (BetaAgentTag | Unset): Schema `BetaAgentTag`.
        caller (BetaDirectToolCallCaller | BetaProgramToolCallCaller | None | Unset):
        output (None | str | Unset):
        created_by (str | Unset):
    """

    type: Literal["apply_patch_call_output"]
    id: str
    call_id: str
    status: BetaApplyPatchCallOutputStatus
    agent: BetaAgentTag | Unset = UNSET
    caller: BetaDirectToolCallCaller | BetaProgramToolCallCaller | None | Unset = UNSET
    output: None | str | Unset = UNSET
    created_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "type",
        "id",
        "call_id",
        "status",
    )
    _oc_consts = {"type": "apply_patch_call_output"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["id"] = self.id
        field_dict["call_id"] = self.call_id
        field_dict["status"] = self.status
        if self.agent is not UNSET:
            field_dict["agent"] = dump(self.agent)
        if self.caller is not UNSET:
            field_dict["caller"] = dump(self.caller)
        if self.output is not UNSET:
            field_dict["output"] = self.output
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
        status = d.get("status")
        _agent = d.get("agent", UNSET)
        agent = BetaAgentTag.from_dict(_agent) if isinstance(_agent, dict) else _agent
        _caller = d.get("caller", UNSET)
        caller = _read_caller(_caller)
        output = d.get("output", UNSET)
        created_by = d.get("created_by", UNSET)
        beta_apply_patch_tool_call_output = cls(
            type=type_,
            id=id,
            call_id=call_id,
            status=status,
            agent=agent,
            caller=caller,
            output=output,
            created_by=created_by,
        )
        if type_ is None or id is None or call_id is None or status is None:
            beta_apply_patch_tool_call_output._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            beta_apply_patch_tool_call_output.additional_properties = _extra_fields(d)
        return beta_apply_patch_tool_call_output

    @property
    def type_(self) -> Literal["apply_patch_call_output"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["apply_patch_call_output"]) -> None:
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
from ..models.beta_direct_tool_call_caller import BetaDirectToolCallCaller  # noqa: E402
from ..models.beta_program_tool_call_caller import BetaProgramToolCallCaller  # noqa: E402

_choose_caller = ModelChoice(BetaDirectToolCallCaller, BetaProgramToolCallCaller)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
BetaApplyPatchToolCallOutput._oc_fields = (
    ("type", "type", True, ("const", "apply_patch_call_output")),
    ("id", "id", True, "string"),
    ("call_id", "call_id", True, "string"),
    ("status", "status", True, ("enum", "BetaApplyPatchCallOutputStatus", ("completed", "failed"))),
    ("agent", "agent", False, BetaAgentTag),
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
    (
        "output",
        "output",
        False,
        (
            "union",
            (
                "string",
                "null",
            ),
        ),
    ),
    ("created_by", "created_by", False, "string"),
)
