# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_function_tool_call_status import (
    BetaFunctionToolCallStatus,
    check_beta_function_tool_call_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaFunctionToolCall")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "call_id",
        "name",
        "arguments",
        "agent",
        "id",
        "caller",
        "namespace",
        "status",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class BetaFunctionToolCall:
    """Schema `BetaFunctionToolCall`.

    Attributes:
        type_ (Literal['function_call']): Always 'function_call'.
        call_id (str):
        name (str):
        arguments (str):
        agent (BetaAgentTag | None | Unset):
        id (str | Unset):
        caller (BetaDirectToolCallCaller | BetaProgramToolCallCaller | None | Unset):
        namespace (str | Unset):
        status (BetaFunctionToolCallStatus | Unset): One of: 'in_progress', 'completed', 'incomplete' (others kept).
    """

    type_: Literal["function_call"]
    call_id: str
    name: str
    arguments: str
    agent: BetaAgentTag | None | Unset = UNSET
    id: str | Unset = UNSET
    caller: BetaDirectToolCallCaller | BetaProgramToolCallCaller | None | Unset = UNSET
    namespace: str | Unset = UNSET
    status: BetaFunctionToolCallStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        call_id = self.call_id

        name = self.name

        arguments = self.arguments

        agent: dict[str, Any] | None | Unset
        if isinstance(self.agent, Unset):
            agent = UNSET
        elif isinstance(self.agent, BetaAgentTag):
            agent = self.agent.to_dict()
        else:
            agent = self.agent

        id = self.id

        caller: dict[str, Any] | None | Unset
        if isinstance(self.caller, Unset):
            caller = UNSET
        elif isinstance(self.caller, BetaDirectToolCallCaller):
            caller = self.caller.to_dict()
        elif isinstance(self.caller, BetaProgramToolCallCaller):
            caller = self.caller.to_dict()
        else:
            caller = self.caller

        namespace = self.namespace

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "call_id": call_id,
                "name": name,
                "arguments": arguments,
            }
        )
        if agent is not UNSET:
            field_dict["agent"] = agent
        if id is not UNSET:
            field_dict["id"] = id
        if caller is not UNSET:
            field_dict["caller"] = caller
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['function_call']", d["type"])
        if type_ != "function_call":
            raise ValueError(f"type must match const 'function_call', got '{type_}'")

        call_id = d["call_id"]

        name = d["name"]

        arguments = d["arguments"]

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

        id = d.get("id", UNSET)

        def _parse_caller(
            data: object,
        ) -> BetaDirectToolCallCaller | BetaProgramToolCallCaller | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_tool_call_caller_type_0 = BetaDirectToolCallCaller.from_dict(
                    data
                )

                return componentsschemas_beta_tool_call_caller_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_tool_call_caller_type_1 = (
                    BetaProgramToolCallCaller.from_dict(data)
                )

                return componentsschemas_beta_tool_call_caller_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("BetaDirectToolCallCaller | BetaProgramToolCallCaller | None | Unset", data)

        caller = _parse_caller(d.get("caller", UNSET))

        namespace = d.get("namespace", UNSET)

        _status = d.get("status", UNSET)
        status: BetaFunctionToolCallStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_beta_function_tool_call_status(_status)

        beta_function_tool_call = cls(
            type_=type_,
            call_id=call_id,
            name=name,
            arguments=arguments,
            agent=agent,
            id=id,
            caller=caller,
            namespace=namespace,
            status=status,
        )

        beta_function_tool_call.additional_properties = _extra_fields(d)
        return beta_function_tool_call

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
from ..models.beta_direct_tool_call_caller import BetaDirectToolCallCaller  # noqa: E402
from ..models.beta_program_tool_call_caller import BetaProgramToolCallCaller  # noqa: E402
