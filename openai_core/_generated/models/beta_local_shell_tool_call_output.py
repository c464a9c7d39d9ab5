# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_local_shell_tool_call_output_status_type_0 import (
    BetaLocalShellToolCallOutputStatusType0,
    check_beta_local_shell_tool_call_output_status_type_0,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaLocalShellToolCallOutput")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "id",
        "output",
        "agent",
        "status",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class BetaLocalShellToolCallOutput:
    """Schema `BetaLocalShellToolCallOutput`.

    Attributes:
        type_ (Literal['local_shell_call_output']): Always 'local_shell_call_output'.
        id (str):
        output (str):
        agent (BetaAgentTag | None | Unset):
        status (BetaLocalShellToolCallOutputStatusType0 | None | Unset):
    """

    type_: Literal["local_shell_call_output"]
    id: str
    output: str
    agent: BetaAgentTag | None | Unset = UNSET
    status: BetaLocalShellToolCallOutputStatusType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        output = self.output

        agent: dict[str, Any] | None | Unset
        if isinstance(self.agent, Unset):
            agent = UNSET
        elif isinstance(self.agent, BetaAgentTag):
            agent = self.agent.to_dict()
        else:
            agent = self.agent

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "output": output,
            }
        )
        if agent is not UNSET:
            field_dict["agent"] = agent
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['local_shell_call_output']", d["type"])
        if type_ != "local_shell_call_output":
            raise ValueError(f"type must match const 'local_shell_call_output', got '{type_}'")

        id = d["id"]

        output = d["output"]

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

        def _parse_status(data: object) -> BetaLocalShellToolCallOutputStatusType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_beta_local_shell_tool_call_output_status_type_0(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("BetaLocalShellToolCallOutputStatusType0 | None | Unset", data)

        status = _parse_status(d.get("status", UNSET))

        beta_local_shell_tool_call_output = cls(
            type_=type_,
            id=id,
            output=output,
            agent=agent,
            status=status,
        )

        beta_local_shell_tool_call_output.additional_properties = _extra_fields(d)
        return beta_local_shell_tool_call_output

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
