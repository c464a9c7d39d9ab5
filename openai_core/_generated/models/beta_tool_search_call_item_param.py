# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_function_call_item_status import (
    BetaFunctionCallItemStatus,
    check_beta_function_call_item_status,
)
from ..models.beta_tool_search_execution_type import (
    BetaToolSearchExecutionType,
    check_beta_tool_search_execution_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaToolSearchCallItemParam")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "arguments",
        "agent",
        "id",
        "call_id",
        "execution",
        "status",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class BetaToolSearchCallItemParam:
    """Schema `BetaToolSearchCallItemParam`.

    Attributes:
        type_ (Literal['tool_search_call']): Always 'tool_search_call'.
        arguments (BetaEmptyModelParam): Schema `BetaEmptyModelParam`.
        agent (BetaAgentTagParam | None | Unset):
        id (None | str | Unset):
        call_id (None | str | Unset):
        execution (BetaToolSearchExecutionType | Unset): Schema `BetaToolSearchExecutionType`.
        status (BetaFunctionCallItemStatus | None | Unset):
    """

    type_: Literal["tool_search_call"]
    arguments: BetaEmptyModelParam
    agent: BetaAgentTagParam | None | Unset = UNSET
    id: None | str | Unset = UNSET
    call_id: None | str | Unset = UNSET
    execution: BetaToolSearchExecutionType | Unset = UNSET
    status: BetaFunctionCallItemStatus | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        arguments = self.arguments.to_dict()

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

        call_id: None | str | Unset
        if isinstance(self.call_id, Unset):
            call_id = UNSET
        else:
            call_id = self.call_id

        execution: str | Unset = UNSET
        if not isinstance(self.execution, Unset):
            execution = self.execution

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
                "arguments": arguments,
            }
        )
        if agent is not UNSET:
            field_dict["agent"] = agent
        if id is not UNSET:
            field_dict["id"] = id
        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if execution is not UNSET:
            field_dict["execution"] = execution
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['tool_search_call']", d["type"])
        if type_ != "tool_search_call":
            raise ValueError(f"type must match const 'tool_search_call', got '{type_}'")

        arguments = BetaEmptyModelParam.from_dict(d["arguments"])

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

        def _parse_call_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        call_id = _parse_call_id(d.get("call_id", UNSET))

        _execution = d.get("execution", UNSET)
        execution: BetaToolSearchExecutionType | Unset
        if isinstance(_execution, Unset):
            execution = UNSET
        else:
            execution = check_beta_tool_search_execution_type(_execution)

        def _parse_status(data: object) -> BetaFunctionCallItemStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_beta_function_call_item_status(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("BetaFunctionCallItemStatus | None | Unset", data)

        status = _parse_status(d.get("status", UNSET))

        beta_tool_search_call_item_param = cls(
            type_=type_,
            arguments=arguments,
            agent=agent,
            id=id,
            call_id=call_id,
            execution=execution,
            status=status,
        )

        beta_tool_search_call_item_param.additional_properties = _extra_fields(d)
        return beta_tool_search_call_item_param

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
from ..models.beta_empty_model_param import BetaEmptyModelParam  # noqa: E402
