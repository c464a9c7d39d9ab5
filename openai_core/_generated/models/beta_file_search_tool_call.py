# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys
from ..models.beta_file_search_tool_call_status import (
    BetaFileSearchToolCallStatus,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaFileSearchToolCall")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "type",
        "status",
        "queries",
        "agent",
        "results",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_results(data: Any) -> Any:
    if isinstance(data, list):
        return (
            [
                (
                    BetaFileSearchToolCallResultsType0Item.from_dict(_i1)
                    if isinstance(_i1, dict)
                    else _i1
                )
                for _i1 in data
            ]
            if isinstance(data, list)
            else data
        )
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class BetaFileSearchToolCall(_Model):
    """Schema `BetaFileSearchToolCall`.

    Attributes:
        id (str):
        type (Literal['file_search_call']): Always 'file_search_call'.
        status (BetaFileSearchToolCallStatus): One of: 'in_progress', 'searching', 'completed', 'incomplete', 'failed'
            (others kept).
        queries (list[str]):
        agent (BetaAgentTag | None | Unset):
        results (list[BetaFileSearchToolCallResultsType0Item] | None | Unset):
    """

    id: str
    type: Literal["file_search_call"]
    status: BetaFileSearchToolCallStatus
    queries: list[str]
    agent: BetaAgentTag | None | Unset = UNSET
    results: list[BetaFileSearchToolCallResultsType0Item] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "id",
        "type",
        "status",
        "queries",
    )
    _oc_consts = {"type": "file_search_call"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["type"] = self.type
        field_dict["status"] = self.status
        field_dict["queries"] = self.queries
        if self.agent is not UNSET:
            field_dict["agent"] = dump(self.agent)
        if self.results is not UNSET:
            field_dict["results"] = dump(self.results)
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
        queries = d.get("queries")
        _agent = d.get("agent", UNSET)
        agent = BetaAgentTag.from_dict(_agent) if isinstance(_agent, dict) else _agent
        _results = d.get("results", UNSET)
        results = _read_results(_results)
        beta_file_search_tool_call = cls(
            id=id,
            type=type_,
            status=status,
            queries=queries,
            agent=agent,
            results=results,
        )
        if id is None or type_ is None or status is None or queries is None:
            beta_file_search_tool_call._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            beta_file_search_tool_call.additional_properties = _extra_fields(d)
        return beta_file_search_tool_call

    @property
    def type_(self) -> Literal["file_search_call"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["file_search_call"]) -> None:
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
from ..models.beta_file_search_tool_call_results_type_0_item import (
    BetaFileSearchToolCallResultsType0Item,  # noqa: E402
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
BetaFileSearchToolCall._oc_fields = (
    ("id", "id", True, "string"),
    ("type", "type", True, ("const", "file_search_call")),
    (
        "status",
        "status",
        True,
        (
            "enum",
            "BetaFileSearchToolCallStatus",
            ("completed", "failed", "in_progress", "incomplete", "searching"),
        ),
    ),
    ("queries", "queries", True, ("list", "string")),
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
        "results",
        "results",
        False,
        (
            "union",
            (
                ("list", BetaFileSearchToolCallResultsType0Item),
                "null",
            ),
        ),
    ),
)
