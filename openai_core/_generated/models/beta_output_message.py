# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump, missing_keys
from ..models.beta_message_phase import BetaMessagePhase
from ..models.beta_output_message_status import (
    BetaOutputMessageStatus,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaOutputMessage")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "type",
        "role",
        "content",
        "status",
        "agent",
        "phase",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_content_item(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "output_text":
            return BetaOutputTextContent.from_dict(data)
        if tag == "refusal":
            return BetaRefusalContent.from_dict(data)
        return _choose_content_item(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class BetaOutputMessage(_Model):
    """Schema `BetaOutputMessage`.

    Attributes:
        id (str):
        type (Literal['message']): Always 'message'.
        role (Literal['assistant']): Always 'assistant'.
        content (list[BetaOutputTextContent | BetaRefusalContent]):
        status (BetaOutputMessageStatus): One of: 'in_progress', 'completed', 'incomplete' (others kept).
        agent (BetaAgentTag | None | Unset):
        phase (BetaMessagePhase | None | Unset):
    """

    id: str
    type: Literal["message"]
    role: Literal["assistant"]
    content: list[BetaOutputTextContent | BetaRefusalContent]
    status: BetaOutputMessageStatus
    agent: BetaAgentTag | None | Unset = UNSET
    phase: BetaMessagePhase | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "id",
        "type",
        "role",
        "content",
        "status",
    )
    _oc_consts = {"type": "message", "role": "assistant"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["type"] = self.type
        field_dict["role"] = self.role
        field_dict["content"] = dump(self.content)
        field_dict["status"] = self.status
        if self.agent is not UNSET:
            field_dict["agent"] = dump(self.agent)
        if self.phase is not UNSET:
            field_dict["phase"] = self.phase
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
        role = d.get("role")
        _content = d.get("content")
        content = (
            [_read_content_item(_i0) for _i0 in _content]
            if isinstance(_content, list)
            else _content
        )
        status = d.get("status")
        _agent = d.get("agent", UNSET)
        agent = BetaAgentTag.from_dict(_agent) if isinstance(_agent, dict) else _agent
        phase = d.get("phase", UNSET)
        beta_output_message = cls(
            id=id,
            type=type_,
            role=role,
            content=content,
            status=status,
            agent=agent,
            phase=phase,
        )
        if id is None or type_ is None or role is None or content is None or status is None:
            beta_output_message._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            beta_output_message.additional_properties = _extra_fields(d)
        return beta_output_message

    @property
    def type_(self) -> Literal["message"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["message"]) -> None:
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
from ..models.beta_output_text_content import BetaOutputTextContent  # noqa: E402
from ..models.beta_refusal_content import BetaRefusalContent  # noqa: E402

_choose_content_item = ModelChoice(BetaOutputTextContent, BetaRefusalContent)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
BetaOutputMessage._oc_fields = (
    ("id", "id", True, "string"),
    ("type", "type", True, ("const", "message")),
    ("role", "role", True, ("const", "assistant")),
    (
        "content",
        "content",
        True,
        (
            "list",
            (
                "union",
                (
                    BetaOutputTextContent,
                    BetaRefusalContent,
                ),
            ),
        ),
    ),
    (
        "status",
        "status",
        True,
        ("enum", "BetaOutputMessageStatus", ("completed", "in_progress", "incomplete")),
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
    (
        "phase",
        "phase",
        False,
        (
            "union",
            (
                ("enum", "BetaMessagePhase", ("commentary", "final_answer")),
                "null",
            ),
        ),
    ),
)
