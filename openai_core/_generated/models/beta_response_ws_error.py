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

T = TypeVar("T", bound="BetaResponseWsError")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "error",
        "agent",
        "status",
        "sequence_number",
        "stream_id",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class BetaResponseWsError(_Model):
    """Schema `BetaResponseWsError`.

    Attributes:
        type (Literal['error']): Always 'error'.
        error (BetaErrorPayload): Schema `BetaErrorPayload`.
        agent (BetaAgentTag | None | Unset):
        status (int | Unset):
        sequence_number (int | Unset):
        stream_id (str | Unset):
    """

    type: Literal["error"]
    error: BetaErrorPayload
    agent: BetaAgentTag | None | Unset = UNSET
    status: int | Unset = UNSET
    sequence_number: int | Unset = UNSET
    stream_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "type",
        "error",
    )
    _oc_consts = {"type": "error"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["error"] = dump(self.error)
        if self.agent is not UNSET:
            field_dict["agent"] = dump(self.agent)
        if self.status is not UNSET:
            field_dict["status"] = self.status
        if self.sequence_number is not UNSET:
            field_dict["sequence_number"] = self.sequence_number
        if self.stream_id is not UNSET:
            field_dict["stream_id"] = self.stream_id
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
        _error = d.get("error")
        error = BetaErrorPayload.from_dict(_error) if isinstance(_error, dict) else _error
        _agent = d.get("agent", UNSET)
        agent = BetaAgentTag.from_dict(_agent) if isinstance(_agent, dict) else _agent
        status = d.get("status", UNSET)
        sequence_number = d.get("sequence_number", UNSET)
        stream_id = d.get("stream_id", UNSET)
        beta_response_ws_error = cls(
            type=type_,
            error=error,
            agent=agent,
            status=status,
            sequence_number=sequence_number,
            stream_id=stream_id,
        )
        if type_ is None or error is None:
            beta_response_ws_error._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            beta_response_ws_error.additional_properties = _extra_fields(d)
        return beta_response_ws_error

    @property
    def type_(self) -> Literal["error"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["error"]) -> None:
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
from ..models.beta_error_payload import BetaErrorPayload  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
BetaResponseWsError._oc_fields = (
    ("type", "type", True, ("const", "error")),
    ("error", "error", True, BetaErrorPayload),
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
    ("status", "status", False, "integer"),
    ("sequence_number", "sequence_number", False, "integer"),
    ("stream_id", "stream_id", False, "string"),
)
