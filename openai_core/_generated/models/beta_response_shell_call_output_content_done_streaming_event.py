# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaResponseShellCallOutputContentDoneStreamingEvent")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "sequence_number",
        "item_id",
        "output_index",
        "command_index",
        "output",
        "agent",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class BetaResponseShellCallOutputContentDoneStreamingEvent:
    """Schema `BetaResponseShellCallOutputContentDoneStreamingEvent`.

    Attributes:
        type_ (Literal['response.shell_call_output_content.done']): Always 'response.shell_call_output_content.done'.
        sequence_number (int):
        item_id (str):
        output_index (int):
        command_index (int):
        output (list[BetaFunctionShellCallOutputContent]):
        agent (BetaAgentTag | Unset): Schema `BetaAgentTag`.
    """

    type_: Literal["response.shell_call_output_content.done"]
    sequence_number: int
    item_id: str
    output_index: int
    command_index: int
    output: list[BetaFunctionShellCallOutputContent]
    agent: BetaAgentTag | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        sequence_number = self.sequence_number

        item_id = self.item_id

        output_index = self.output_index

        command_index = self.command_index

        output = []
        for output_item_data in self.output:
            output_item = output_item_data.to_dict()
            output.append(output_item)

        agent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agent, Unset):
            agent = self.agent.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "sequence_number": sequence_number,
                "item_id": item_id,
                "output_index": output_index,
                "command_index": command_index,
                "output": output,
            }
        )
        if agent is not UNSET:
            field_dict["agent"] = agent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['response.shell_call_output_content.done']", d["type"])
        if type_ != "response.shell_call_output_content.done":
            raise ValueError(
                f"type must match const 'response.shell_call_output_content.done', got '{type_}'"
            )

        sequence_number = d["sequence_number"]

        item_id = d["item_id"]

        output_index = d["output_index"]

        command_index = d["command_index"]

        output = []
        _output = d["output"]
        for output_item_data in _output:
            output_item = BetaFunctionShellCallOutputContent.from_dict(output_item_data)

            output.append(output_item)

        _agent = d.get("agent", UNSET)
        agent: BetaAgentTag | Unset
        if isinstance(_agent, Unset):
            agent = UNSET
        else:
            agent = BetaAgentTag.from_dict(_agent)

        beta_response_shell_call_output_content_done_streaming_event = cls(
            type_=type_,
            sequence_number=sequence_number,
            item_id=item_id,
            output_index=output_index,
            command_index=command_index,
            output=output,
            agent=agent,
        )

        beta_response_shell_call_output_content_done_streaming_event.additional_properties = (
            _extra_fields(d)
        )
        return beta_response_shell_call_output_content_done_streaming_event

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
from ..models.beta_function_shell_call_output_content import BetaFunctionShellCallOutputContent  # noqa: E402
