# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_function_shell_call_item_status import (
    BetaFunctionShellCallItemStatus,
    check_beta_function_shell_call_item_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaFunctionShellCallItemParam")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "call_id",
        "type",
        "action",
        "agent",
        "id",
        "caller",
        "status",
        "environment",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class BetaFunctionShellCallItemParam:
    """Schema `BetaFunctionShellCallItemParam`.

    Attributes:
        call_id (str): Length 1..64.
        type_ (Literal['shell_call']): Always 'shell_call'.
        action (BetaFunctionShellActionParam): Schema `BetaFunctionShellActionParam`.
        agent (BetaAgentTagParam | None | Unset):
        id (None | str | Unset):
        caller (BetaDirectToolCallCallerParam | BetaProgramToolCallCallerParam | None | Unset):
        status (BetaFunctionShellCallItemStatus | None | Unset):
        environment (BetaContainerReferenceParam | BetaLocalEnvironmentParam | None | Unset):
    """

    call_id: str
    type_: Literal["shell_call"]
    action: BetaFunctionShellActionParam
    agent: BetaAgentTagParam | None | Unset = UNSET
    id: None | str | Unset = UNSET
    caller: BetaDirectToolCallCallerParam | BetaProgramToolCallCallerParam | None | Unset = UNSET
    status: BetaFunctionShellCallItemStatus | None | Unset = UNSET
    environment: BetaContainerReferenceParam | BetaLocalEnvironmentParam | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_id = self.call_id

        type_ = self.type_

        action = self.action.to_dict()

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

        caller: dict[str, Any] | None | Unset
        if isinstance(self.caller, Unset):
            caller = UNSET
        elif isinstance(self.caller, BetaDirectToolCallCallerParam):
            caller = self.caller.to_dict()
        elif isinstance(self.caller, BetaProgramToolCallCallerParam):
            caller = self.caller.to_dict()
        else:
            caller = self.caller

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        environment: dict[str, Any] | None | Unset
        if isinstance(self.environment, Unset):
            environment = UNSET
        elif isinstance(self.environment, BetaLocalEnvironmentParam):
            environment = self.environment.to_dict()
        elif isinstance(self.environment, BetaContainerReferenceParam):
            environment = self.environment.to_dict()
        else:
            environment = self.environment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_id": call_id,
                "type": type_,
                "action": action,
            }
        )
        if agent is not UNSET:
            field_dict["agent"] = agent
        if id is not UNSET:
            field_dict["id"] = id
        if caller is not UNSET:
            field_dict["caller"] = caller
        if status is not UNSET:
            field_dict["status"] = status
        if environment is not UNSET:
            field_dict["environment"] = environment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        call_id = d["call_id"]

        type_ = cast("Literal['shell_call']", d["type"])
        if type_ != "shell_call":
            raise ValueError(f"type must match const 'shell_call', got '{type_}'")

        action = BetaFunctionShellActionParam.from_dict(d["action"])

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

        def _parse_caller(
            data: object,
        ) -> BetaDirectToolCallCallerParam | BetaProgramToolCallCallerParam | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_tool_call_caller_param_type_0 = (
                    BetaDirectToolCallCallerParam.from_dict(data)
                )

                return componentsschemas_beta_tool_call_caller_param_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_tool_call_caller_param_type_1 = (
                    BetaProgramToolCallCallerParam.from_dict(data)
                )

                return componentsschemas_beta_tool_call_caller_param_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                "BetaDirectToolCallCallerParam | BetaProgramToolCallCallerParam | None | Unset",
                data,
            )

        caller = _parse_caller(d.get("caller", UNSET))

        def _parse_status(data: object) -> BetaFunctionShellCallItemStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_beta_function_shell_call_item_status(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("BetaFunctionShellCallItemStatus | None | Unset", data)

        status = _parse_status(d.get("status", UNSET))

        def _parse_environment(
            data: object,
        ) -> BetaContainerReferenceParam | BetaLocalEnvironmentParam | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                environment_type_0_type_0 = BetaLocalEnvironmentParam.from_dict(data)

                return environment_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                environment_type_0_type_1 = BetaContainerReferenceParam.from_dict(data)

                return environment_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                "BetaContainerReferenceParam | BetaLocalEnvironmentParam | None | Unset", data
            )

        environment = _parse_environment(d.get("environment", UNSET))

        beta_function_shell_call_item_param = cls(
            call_id=call_id,
            type_=type_,
            action=action,
            agent=agent,
            id=id,
            caller=caller,
            status=status,
            environment=environment,
        )

        beta_function_shell_call_item_param.additional_properties = _extra_fields(d)
        return beta_function_shell_call_item_param

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
from ..models.beta_container_reference_param import BetaContainerReferenceParam  # noqa: E402
from ..models.beta_direct_tool_call_caller_param import BetaDirectToolCallCallerParam  # noqa: E402
from ..models.beta_function_shell_action_param import BetaFunctionShellActionParam  # noqa: E402
from ..models.beta_local_environment_param import BetaLocalEnvironmentParam  # noqa: E402
from ..models.beta_program_tool_call_caller_param import BetaProgramToolCallCallerParam  # noqa: E402
