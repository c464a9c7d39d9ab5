# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaResponsesServerEventType21")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "sequence_number",
        "item_id",
        "output_index",
        "command_index",
        "delta",
        "agent",
        "stream_id",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class BetaResponsesServerEventType21:
    """
    Attributes:
        type_ (Literal['response.shell_call_output_content.delta']): Always 'response.shell_call_output_content.delta'.
        sequence_number (int):
        item_id (str):
        output_index (int):
        command_index (int):
        delta (BetaShellCallOutputDelta): Schema `BetaShellCallOutputDelta`.
        agent (BetaAgentTag | Unset): Schema `BetaAgentTag`.
        stream_id (str | Unset):
    """

    type_: Literal["response.shell_call_output_content.delta"]
    sequence_number: int
    item_id: str
    output_index: int
    command_index: int
    delta: BetaShellCallOutputDelta
    agent: BetaAgentTag | Unset = UNSET
    stream_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        sequence_number = self.sequence_number

        item_id = self.item_id

        output_index = self.output_index

        command_index = self.command_index

        delta = self.delta.to_dict()

        agent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agent, Unset):
            agent = self.agent.to_dict()

        stream_id = self.stream_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "sequence_number": sequence_number,
                "item_id": item_id,
                "output_index": output_index,
                "command_index": command_index,
                "delta": delta,
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
        type_ = cast("Literal['response.shell_call_output_content.delta']", d["type"])
        if type_ != "response.shell_call_output_content.delta":
            raise ValueError(
                f"type must match const 'response.shell_call_output_content.delta', got '{type_}'"
            )

        sequence_number = d["sequence_number"]

        item_id = d["item_id"]

        output_index = d["output_index"]

        command_index = d["command_index"]

        delta = BetaShellCallOutputDelta.from_dict(d["delta"])

        _agent = d.get("agent", UNSET)
        agent: BetaAgentTag | Unset
        if isinstance(_agent, Unset):
            agent = UNSET
        else:
            agent = BetaAgentTag.from_dict(_agent)

        stream_id = d.get("stream_id", UNSET)

        beta_responses_server_event_type_21 = cls(
            type_=type_,
            sequence_number=sequence_number,
            item_id=item_id,
            output_index=output_index,
            command_index=command_index,
            delta=delta,
            agent=agent,
            stream_id=stream_id,
        )

        beta_responses_server_event_type_21.additional_properties = _extra_fields(d)
        return beta_responses_server_event_type_21

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
from ..models.beta_shell_call_output_delta import BetaShellCallOutputDelta  # noqa: E402
