# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_file_search_tool_call_status import (
    BetaFileSearchToolCallStatus,
    check_beta_file_search_tool_call_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaFileSearchToolCall")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
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
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class BetaFileSearchToolCall:
    """Schema `BetaFileSearchToolCall`.

    Attributes:
        id (str):
        type_ (Literal['file_search_call']): Always 'file_search_call'.
        status (BetaFileSearchToolCallStatus): One of: 'in_progress', 'searching', 'completed', 'incomplete', 'failed'
            (others kept).
        queries (list[str]):
        agent (BetaAgentTag | None | Unset):
        results (list[BetaFileSearchToolCallResultsType0Item] | None | Unset):
    """

    id: str
    type_: Literal["file_search_call"]
    status: BetaFileSearchToolCallStatus
    queries: list[str]
    agent: BetaAgentTag | None | Unset = UNSET
    results: list[BetaFileSearchToolCallResultsType0Item] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        status: str = self.status

        queries = self.queries

        agent: dict[str, Any] | None | Unset
        if isinstance(self.agent, Unset):
            agent = UNSET
        elif isinstance(self.agent, BetaAgentTag):
            agent = self.agent.to_dict()
        else:
            agent = self.agent

        results: list[dict[str, Any]] | None | Unset
        if isinstance(self.results, Unset):
            results = UNSET
        elif isinstance(self.results, list):
            results = []
            for results_type_0_item_data in self.results:
                results_type_0_item = results_type_0_item_data.to_dict()
                results.append(results_type_0_item)

        else:
            results = self.results

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "status": status,
                "queries": queries,
            }
        )
        if agent is not UNSET:
            field_dict["agent"] = agent
        if results is not UNSET:
            field_dict["results"] = results

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        type_ = cast("Literal['file_search_call']", d["type"])
        if type_ != "file_search_call":
            raise ValueError(f"type must match const 'file_search_call', got '{type_}'")

        status = check_beta_file_search_tool_call_status(d["status"])

        queries = cast("list[str]", d["queries"])

        def _parse_agent(data: object) -> BetaAgentTag | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                agent_type_0 = BetaAgentTag.from_dict(data)

                return agent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("BetaAgentTag | None | Unset", data)

        agent = _parse_agent(d.get("agent", UNSET))

        def _parse_results(
            data: object,
        ) -> list[BetaFileSearchToolCallResultsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                results_type_0 = []
                _results_type_0 = data
                for results_type_0_item_data in _results_type_0:
                    results_type_0_item = BetaFileSearchToolCallResultsType0Item.from_dict(
                        results_type_0_item_data
                    )

                    results_type_0.append(results_type_0_item)

                return results_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[BetaFileSearchToolCallResultsType0Item] | None | Unset", data)

        results = _parse_results(d.get("results", UNSET))

        beta_file_search_tool_call = cls(
            id=id,
            type_=type_,
            status=status,
            queries=queries,
            agent=agent,
            results=results,
        )

        beta_file_search_tool_call.additional_properties = _extra_fields(d)
        return beta_file_search_tool_call

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
