# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_web_search_tool_call_status import (
    BetaWebSearchToolCallStatus,
    check_beta_web_search_tool_call_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaWebSearchToolCall")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
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
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class BetaWebSearchToolCall:
    """Schema `BetaWebSearchToolCall`.

    Attributes:
        id (str):
        type_ (Literal['web_search_call']): Always 'web_search_call'.
        status (BetaWebSearchToolCallStatus): One of: 'in_progress', 'searching', 'completed', 'failed' (others kept).
        action (BetaWebSearchActionFind | BetaWebSearchActionOpenPage | BetaWebSearchActionSearch):
        agent (BetaAgentTag | None | Unset):
    """

    id: str
    type_: Literal["web_search_call"]
    status: BetaWebSearchToolCallStatus
    action: BetaWebSearchActionFind | BetaWebSearchActionOpenPage | BetaWebSearchActionSearch
    agent: BetaAgentTag | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        status: str = self.status

        action: dict[str, Any]
        if isinstance(self.action, BetaWebSearchActionSearch):
            action = self.action.to_dict()
        elif isinstance(self.action, BetaWebSearchActionOpenPage):
            action = self.action.to_dict()
        else:
            action = self.action.to_dict()

        agent: dict[str, Any] | None | Unset
        if isinstance(self.agent, Unset):
            agent = UNSET
        elif isinstance(self.agent, BetaAgentTag):
            agent = self.agent.to_dict()
        else:
            agent = self.agent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "status": status,
                "action": action,
            }
        )
        if agent is not UNSET:
            field_dict["agent"] = agent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        type_ = cast("Literal['web_search_call']", d["type"])
        if type_ != "web_search_call":
            raise ValueError(f"type must match const 'web_search_call', got '{type_}'")

        status = check_beta_web_search_tool_call_status(d["status"])

        def _parse_action(
            data: object,
        ) -> BetaWebSearchActionFind | BetaWebSearchActionOpenPage | BetaWebSearchActionSearch:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                action_type_0 = BetaWebSearchActionSearch.from_dict(data)

                return action_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                action_type_1 = BetaWebSearchActionOpenPage.from_dict(data)

                return action_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            action_type_2 = BetaWebSearchActionFind.from_dict(data)

            return action_type_2

        action = _parse_action(d["action"])

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

        beta_web_search_tool_call = cls(
            id=id,
            type_=type_,
            status=status,
            action=action,
            agent=agent,
        )

        beta_web_search_tool_call.additional_properties = _extra_fields(d)
        return beta_web_search_tool_call

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
