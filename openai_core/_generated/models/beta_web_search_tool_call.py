# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump, missing_keys
from ..models.beta_web_search_tool_call_status import (
    BetaWebSearchToolCallStatus,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaWebSearchToolCall")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "type",
        "status",
        "action",
        "agent",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_action(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "search":
            return BetaWebSearchActionSearch.from_dict(data)
        if tag == "open_page":
            return BetaWebSearchActionOpenPage.from_dict(data)
        if tag == "find_in_page":
            return BetaWebSearchActionFind.from_dict(data)
        return _choose_action(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class BetaWebSearchToolCall(_Model):
    """Schema `BetaWebSearchToolCall`.

    Attributes:
        id (str):
        type (Literal['web_search_call']): Always 'web_search_call'.
        status (BetaWebSearchToolCallStatus): One of: 'in_progress', 'searching', 'completed', 'failed' (others kept).
        action (BetaWebSearchActionFind | BetaWebSearchActionOpenPage | BetaWebSearchActionSearch):
        agent (BetaAgentTag | None | Unset):
    """

    id: str
    type: Literal["web_search_call"]
    status: BetaWebSearchToolCallStatus
    action: BetaWebSearchActionFind | BetaWebSearchActionOpenPage | BetaWebSearchActionSearch
    agent: BetaAgentTag | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "id",
        "type",
        "status",
        "action",
    )
    _oc_consts = {"type": "web_search_call"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["type"] = self.type
        field_dict["status"] = self.status
        field_dict["action"] = dump(self.action)
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
        status = d.get("status")
        _action = d.get("action")
        action = _read_action(_action)
        _agent = d.get("agent", UNSET)
        agent = BetaAgentTag.from_dict(_agent) if isinstance(_agent, dict) else _agent
        beta_web_search_tool_call = cls(
            id=id,
            type=type_,
            status=status,
            action=action,
            agent=agent,
        )
        if id is None or type_ is None or status is None or action is None:
            beta_web_search_tool_call._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            beta_web_search_tool_call.additional_properties = _extra_fields(d)
        return beta_web_search_tool_call

    @property
    def type_(self) -> Literal["web_search_call"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["web_search_call"]) -> None:
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
from ..models.beta_web_search_action_find import BetaWebSearchActionFind  # noqa: E402
from ..models.beta_web_search_action_open_page import BetaWebSearchActionOpenPage  # noqa: E402
from ..models.beta_web_search_action_search import BetaWebSearchActionSearch  # noqa: E402

_choose_action = ModelChoice(
    BetaWebSearchActionSearch, BetaWebSearchActionOpenPage, BetaWebSearchActionFind
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
BetaWebSearchToolCall._oc_fields = (
    ("id", "id", True, "string"),
    ("type", "type", True, ("const", "web_search_call")),
    (
        "status",
        "status",
        True,
        (
            "enum",
            "BetaWebSearchToolCallStatus",
            ("completed", "failed", "in_progress", "searching"),
        ),
    ),
    (
        "action",
        "action",
        True,
        (
            "union",
            (
                BetaWebSearchActionSearch,
                BetaWebSearchActionOpenPage,
                BetaWebSearchActionFind,
            ),
        ),
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
