# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_multi_agent_action import BetaMultiAgentAction, check_beta_multi_agent_action
from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaMultiAgentCallOutput")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "id",
        "call_id",
        "action",
        "output",
        "agent",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class BetaMultiAgentCallOutput:
    """Schema `BetaMultiAgentCallOutput`.

    Attributes:
        type_ (Literal['multi_agent_call_output']): Always 'multi_agent_call_output'.
        id (str):
        call_id (str):
        action (BetaMultiAgentAction): Schema `BetaMultiAgentAction`.
        output (list[BetaOutputTextContent]):
        agent (BetaAgentTag | Unset): Schema `BetaAgentTag`.
    """

    type_: Literal["multi_agent_call_output"]
    id: str
    call_id: str
    action: BetaMultiAgentAction
    output: list[BetaOutputTextContent]
    agent: BetaAgentTag | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        call_id = self.call_id

        action: str = self.action

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
                "id": id,
                "call_id": call_id,
                "action": action,
                "output": output,
            }
        )
        if agent is not UNSET:
            field_dict["agent"] = agent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['multi_agent_call_output']", d["type"])
        if type_ != "multi_agent_call_output":
            raise ValueError(f"type must match const 'multi_agent_call_output', got '{type_}'")

        id = d["id"]

        call_id = d["call_id"]

        action = check_beta_multi_agent_action(d["action"])

        output = []
        _output = d["output"]
        for output_item_data in _output:
            output_item = BetaOutputTextContent.from_dict(output_item_data)

            output.append(output_item)

        _agent = d.get("agent", UNSET)
        agent: BetaAgentTag | Unset
        if isinstance(_agent, Unset):
            agent = UNSET
        else:
            agent = BetaAgentTag.from_dict(_agent)

        beta_multi_agent_call_output = cls(
            type_=type_,
            id=id,
            call_id=call_id,
            action=action,
            output=output,
            agent=agent,
        )

        beta_multi_agent_call_output.additional_properties = _extra_fields(d)
        return beta_multi_agent_call_output

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
