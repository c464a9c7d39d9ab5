# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaResponsesServerEventType56")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "sequence_number",
        "output_index",
        "item_id",
        "input",
        "agent",
        "stream_id",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class BetaResponsesServerEventType56:
    """
    Attributes:
        type_ (Literal['response.custom_tool_call_input.done']): Always 'response.custom_tool_call_input.done'.
        sequence_number (int):
        output_index (int):
        item_id (str):
        input_ (str):
        agent (BetaAgentTag | None | Unset):
        stream_id (str | Unset):
    """

    type_: Literal["response.custom_tool_call_input.done"]
    sequence_number: int
    output_index: int
    item_id: str
    input_: str
    agent: BetaAgentTag | None | Unset = UNSET
    stream_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        sequence_number = self.sequence_number

        output_index = self.output_index

        item_id = self.item_id

        input_ = self.input_

        agent: dict[str, Any] | None | Unset
        if isinstance(self.agent, Unset):
            agent = UNSET
        elif isinstance(self.agent, BetaAgentTag):
            agent = self.agent.to_dict()
        else:
            agent = self.agent

        stream_id = self.stream_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "sequence_number": sequence_number,
                "output_index": output_index,
                "item_id": item_id,
                "input": input_,
            }
        )
        if agent is not UNSET:
            field_dict["agent"] = agent
        if stream_id is not UNSET:
            field_dict["stream_id"] = stream_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['response.custom_tool_call_input.done']", d["type"])
        if type_ != "response.custom_tool_call_input.done":
            raise ValueError(
                f"type must match const 'response.custom_tool_call_input.done', got '{type_}'"
            )

        sequence_number = d["sequence_number"]

        output_index = d["output_index"]

        item_id = d["item_id"]

        input_ = d["input"]

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

        stream_id = d.get("stream_id", UNSET)

        beta_responses_server_event_type_56 = cls(
            type_=type_,
            sequence_number=sequence_number,
            output_index=output_index,
            item_id=item_id,
            input_=input_,
            agent=agent,
            stream_id=stream_id,
        )

        beta_responses_server_event_type_56.additional_properties = _extra_fields(d)
        return beta_responses_server_event_type_56

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
