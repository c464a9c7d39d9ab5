# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_multi_agent_action_1 import (
    BetaMultiAgentAction1,
    check_beta_multi_agent_action_1,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaMultiAgentCallOutputItemParam")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "call_id",
        "type",
        "action",
        "output",
        "agent",
        "id",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class BetaMultiAgentCallOutputItemParam:
    """Schema `BetaMultiAgentCallOutputItemParam`.

    Attributes:
        call_id (str): Length 1..64.
        type_ (Literal['multi_agent_call_output']): Always 'multi_agent_call_output'.
        action (BetaMultiAgentAction1): Schema `BetaMultiAgentAction1`.
        output (list[BetaOutputTextContentParam]):
        agent (BetaAgentTagParam | None | Unset):
        id (None | str | Unset):
    """

    call_id: str
    type_: Literal["multi_agent_call_output"]
    action: BetaMultiAgentAction1
    output: list[BetaOutputTextContentParam]
    agent: BetaAgentTagParam | None | Unset = UNSET
    id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_id = self.call_id

        type_ = self.type_

        action: str = self.action

        output = []
        for output_item_data in self.output:
            output_item = output_item_data.to_dict()
            output.append(output_item)

        agent: dict[str, Any] | None | Unset
        if isinstance(self.agent, Unset):
            agent = UNSET
        elif isinstance(self.agent, BetaAgentTagParam):
            agent = self.agent.to_dict()
        else:
            agent = self.agent

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_id": call_id,
                "type": type_,
                "action": action,
                "output": output,
            }
        )
        if agent is not UNSET:
            field_dict["agent"] = agent
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        call_id = d["call_id"]

        type_ = cast("Literal['multi_agent_call_output']", d["type"])
        if type_ != "multi_agent_call_output":
            raise ValueError(f"type must match const 'multi_agent_call_output', got '{type_}'")

        action = check_beta_multi_agent_action_1(d["action"])

        output = []
        _output = d["output"]
        for output_item_data in _output:
            output_item = BetaOutputTextContentParam.from_dict(output_item_data)

            output.append(output_item)

        def _parse_agent(data: object) -> BetaAgentTagParam | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                agent_type_0 = BetaAgentTagParam.from_dict(data)

                return agent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("BetaAgentTagParam | None | Unset", data)

        agent = _parse_agent(d.get("agent", UNSET))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        id = _parse_id(d.get("id", UNSET))

        beta_multi_agent_call_output_item_param = cls(
            call_id=call_id,
            type_=type_,
            action=action,
            output=output,
            agent=agent,
            id=id,
        )

        beta_multi_agent_call_output_item_param.additional_properties = _extra_fields(d)
        return beta_multi_agent_call_output_item_param

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
from ..models.beta_agent_tag_param import BetaAgentTagParam  # noqa: E402
from ..models.beta_output_text_content_param import BetaOutputTextContentParam  # noqa: E402
