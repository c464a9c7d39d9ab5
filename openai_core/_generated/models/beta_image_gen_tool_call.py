# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_image_gen_tool_call_status import (
    BetaImageGenToolCallStatus,
    check_beta_image_gen_tool_call_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaImageGenToolCall")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "id",
        "status",
        "agent",
        "result",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class BetaImageGenToolCall:
    """Schema `BetaImageGenToolCall`.

    Attributes:
        type_ (Literal['image_generation_call']): Always 'image_generation_call'.
        id (str):
        status (BetaImageGenToolCallStatus): One of: 'in_progress', 'completed', 'generating', 'failed' (others kept).
        agent (BetaAgentTag | None | Unset):
        result (None | str | Unset):
    """

    type_: Literal["image_generation_call"]
    id: str
    status: BetaImageGenToolCallStatus
    agent: BetaAgentTag | None | Unset = UNSET
    result: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        status: str = self.status

        agent: dict[str, Any] | None | Unset
        if isinstance(self.agent, Unset):
            agent = UNSET
        elif isinstance(self.agent, BetaAgentTag):
            agent = self.agent.to_dict()
        else:
            agent = self.agent

        result: None | str | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        else:
            result = self.result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "status": status,
            }
        )
        if agent is not UNSET:
            field_dict["agent"] = agent
        if result is not UNSET:
            field_dict["result"] = result

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['image_generation_call']", d["type"])
        if type_ != "image_generation_call":
            raise ValueError(f"type must match const 'image_generation_call', got '{type_}'")

        id = d["id"]

        status = check_beta_image_gen_tool_call_status(d["status"])

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

        def _parse_result(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        result = _parse_result(d.get("result", UNSET))

        beta_image_gen_tool_call = cls(
            type_=type_,
            id=id,
            status=status,
            agent=agent,
            result=result,
        )

        beta_image_gen_tool_call.additional_properties = _extra_fields(d)
        return beta_image_gen_tool_call

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
