# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_function_shell_call_status import (
    BetaFunctionShellCallStatus,
    check_beta_function_shell_call_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaFunctionShellCall")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "id",
        "call_id",
        "action",
        "status",
        "agent",
        "caller",
        "environment",
        "created_by",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class BetaFunctionShellCall:
    """Schema `BetaFunctionShellCall`.

    Attributes:
        type_ (Literal['shell_call']): Always 'shell_call'.
        id (str):
        call_id (str):
        action (BetaFunctionShellAction): Schema `BetaFunctionShellAction`.
        status (BetaFunctionShellCallStatus): Schema `BetaFunctionShellCallStatus`.
        agent (BetaAgentTag | Unset): Schema `BetaAgentTag`.
        caller (BetaDirectToolCallCaller | BetaProgramToolCallCaller | None | Unset):
        environment (BetaContainerReferenceResource | BetaLocalEnvironmentResource | None | Unset):
        created_by (str | Unset):
    """

    type_: Literal["shell_call"]
    id: str
    call_id: str
    action: BetaFunctionShellAction
    status: BetaFunctionShellCallStatus
    agent: BetaAgentTag | Unset = UNSET
    caller: BetaDirectToolCallCaller | BetaProgramToolCallCaller | None | Unset = UNSET
    environment: BetaContainerReferenceResource | BetaLocalEnvironmentResource | None | Unset = (
        UNSET
    )
    created_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        call_id = self.call_id

        action = self.action.to_dict()

        status: str = self.status

        agent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agent, Unset):
            agent = self.agent.to_dict()

        caller: dict[str, Any] | None | Unset
        if isinstance(self.caller, Unset):
            caller = UNSET
        elif isinstance(self.caller, BetaDirectToolCallCaller):
            caller = self.caller.to_dict()
        elif isinstance(self.caller, BetaProgramToolCallCaller):
            caller = self.caller.to_dict()
        else:
            caller = self.caller

        environment: dict[str, Any] | None | Unset
        if isinstance(self.environment, Unset):
            environment = UNSET
        elif isinstance(self.environment, BetaLocalEnvironmentResource):
            environment = self.environment.to_dict()
        elif isinstance(self.environment, BetaContainerReferenceResource):
            environment = self.environment.to_dict()
        else:
            environment = self.environment

        created_by = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "call_id": call_id,
                "action": action,
                "status": status,
            }
        )
        if agent is not UNSET:
            field_dict["agent"] = agent
        if caller is not UNSET:
            field_dict["caller"] = caller
        if environment is not UNSET:
            field_dict["environment"] = environment
        if created_by is not UNSET:
            field_dict["created_by"] = created_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['shell_call']", d["type"])
        if type_ != "shell_call":
            raise ValueError(f"type must match const 'shell_call', got '{type_}'")

        id = d["id"]

        call_id = d["call_id"]

        action = BetaFunctionShellAction.from_dict(d["action"])

        status = check_beta_function_shell_call_status(d["status"])

        _agent = d.get("agent", UNSET)
        agent: BetaAgentTag | Unset
        if isinstance(_agent, Unset):
            agent = UNSET
        else:
            agent = BetaAgentTag.from_dict(_agent)

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

        def _parse_environment(
            data: object,
        ) -> BetaContainerReferenceResource | BetaLocalEnvironmentResource | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                environment_type_0_type_0 = BetaLocalEnvironmentResource.from_dict(data)

                return environment_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                environment_type_0_type_1 = BetaContainerReferenceResource.from_dict(data)

                return environment_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                "BetaContainerReferenceResource | BetaLocalEnvironmentResource | None | Unset", data
            )

        environment = _parse_environment(d.get("environment", UNSET))

        created_by = d.get("created_by", UNSET)

        beta_function_shell_call = cls(
            type_=type_,
            id=id,
            call_id=call_id,
            action=action,
            status=status,
            agent=agent,
            caller=caller,
            environment=environment,
            created_by=created_by,
        )

        beta_function_shell_call.additional_properties = _extra_fields(d)
        return beta_function_shell_call

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
from ..models.beta_container_reference_resource import BetaContainerReferenceResource  # noqa: E402
from ..models.beta_direct_tool_call_caller import BetaDirectToolCallCaller  # noqa: E402
from ..models.beta_function_shell_action import BetaFunctionShellAction  # noqa: E402
from ..models.beta_local_environment_resource import BetaLocalEnvironmentResource  # noqa: E402
from ..models.beta_program_tool_call_caller import BetaProgramToolCallCaller  # noqa: E402
