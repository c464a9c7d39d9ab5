# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys
from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaResponseMCPCallInProgressEvent")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "sequence_number",
        "output_index",
        "item_id",
        "agent",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class BetaResponseMCPCallInProgressEvent(_Model):
    """Schema `BetaResponseMCPCallInProgressEvent`.

    Attributes:
        type (Literal['response.mcp_call.in_progress']): Always 'response.mcp_call.in_progress'.
        sequence_number (int):
        output_index (int):
        item_id (str):
        agent (BetaAgentTag | None | Unset):
    """

    type: Literal["response.mcp_call.in_progress"]
    sequence_number: int
    output_index: int
    item_id: str
    agent: BetaAgentTag | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "type",
        "sequence_number",
        "output_index",
        "item_id",
    )
    _oc_consts = {"type": "response.mcp_call.in_progress"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["sequence_number"] = self.sequence_number
        field_dict["output_index"] = self.output_index
        field_dict["item_id"] = self.item_id
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
        sequence_number = d.get("sequence_number")
        output_index = d.get("output_index")
        item_id = d.get("item_id")
        _agent = d.get("agent", UNSET)
        agent = BetaAgentTag.from_dict(_agent) if isinstance(_agent, dict) else _agent
        beta_response_mcp_call_in_progress_event = cls(
            type=type_,
            sequence_number=sequence_number,
            output_index=output_index,
            item_id=item_id,
            agent=agent,
        )
        if type_ is None or sequence_number is None or output_index is None or item_id is None:
            beta_response_mcp_call_in_progress_event._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            beta_response_mcp_call_in_progress_event.additional_properties = _extra_fields(d)
        return beta_response_mcp_call_in_progress_event

    @property
    def type_(self) -> Literal["response.mcp_call.in_progress"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["response.mcp_call.in_progress"]) -> None:
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
BetaResponseMCPCallInProgressEvent._oc_fields = (
    ("type", "type", True, ("const", "response.mcp_call.in_progress")),
    ("sequence_number", "sequence_number", True, "integer"),
    ("output_index", "output_index", True, "integer"),
    ("item_id", "item_id", True, "string"),
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
