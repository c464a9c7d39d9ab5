# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.function_shell_call_item_status import (
    FunctionShellCallItemStatus,
    check_function_shell_call_item_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="FunctionShellCallItemParam")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "call_id",
        "type",
        "action",
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
class FunctionShellCallItemParam:
    """Schema `FunctionShellCallItemParam`.

    Attributes:
        call_id (str): Length 1..64.
        type_ (Literal['shell_call']): Always 'shell_call'.
        action (FunctionShellActionParam): Schema `FunctionShellActionParam`.
        id (None | str | Unset):
        caller (DirectToolCallCallerParam | None | ProgramToolCallCallerParam | Unset):
        status (FunctionShellCallItemStatus | None | Unset):
        environment (ContainerReferenceParam | LocalEnvironmentParam | None | Unset):
    """

    call_id: str
    type_: Literal["shell_call"]
    action: FunctionShellActionParam
    id: None | str | Unset = UNSET
    caller: DirectToolCallCallerParam | None | ProgramToolCallCallerParam | Unset = UNSET
    status: FunctionShellCallItemStatus | None | Unset = UNSET
    environment: ContainerReferenceParam | LocalEnvironmentParam | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_id = self.call_id

        type_ = self.type_

        action = self.action.to_dict()

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        caller: dict[str, Any] | None | Unset
        if isinstance(self.caller, Unset):
            caller = UNSET
        elif isinstance(self.caller, DirectToolCallCallerParam):
            caller = self.caller.to_dict()
        elif isinstance(self.caller, ProgramToolCallCallerParam):
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
        elif isinstance(self.environment, LocalEnvironmentParam):
            environment = self.environment.to_dict()
        elif isinstance(self.environment, ContainerReferenceParam):
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

        action = FunctionShellActionParam.from_dict(d["action"])

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        id = _parse_id(d.get("id", UNSET))

        def _parse_caller(
            data: object,
        ) -> DirectToolCallCallerParam | None | ProgramToolCallCallerParam | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_tool_call_caller_param_type_0 = (
                    DirectToolCallCallerParam.from_dict(data)
                )

                return componentsschemas_tool_call_caller_param_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_tool_call_caller_param_type_1 = (
                    ProgramToolCallCallerParam.from_dict(data)
                )

                return componentsschemas_tool_call_caller_param_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                "DirectToolCallCallerParam | None | ProgramToolCallCallerParam | Unset", data
            )

        caller = _parse_caller(d.get("caller", UNSET))

        def _parse_status(data: object) -> FunctionShellCallItemStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_function_shell_call_item_status(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("FunctionShellCallItemStatus | None | Unset", data)

        status = _parse_status(d.get("status", UNSET))

        def _parse_environment(
            data: object,
        ) -> ContainerReferenceParam | LocalEnvironmentParam | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                environment_type_0_type_0 = LocalEnvironmentParam.from_dict(data)

                return environment_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                environment_type_0_type_1 = ContainerReferenceParam.from_dict(data)

                return environment_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ContainerReferenceParam | LocalEnvironmentParam | None | Unset", data)

        environment = _parse_environment(d.get("environment", UNSET))

        function_shell_call_item_param = cls(
            call_id=call_id,
            type_=type_,
            action=action,
            id=id,
            caller=caller,
            status=status,
            environment=environment,
        )

        function_shell_call_item_param.additional_properties = _extra_fields(d)
        return function_shell_call_item_param

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
from ..models.container_reference_param import ContainerReferenceParam  # noqa: E402
from ..models.direct_tool_call_caller_param import DirectToolCallCallerParam  # noqa: E402
from ..models.function_shell_action_param import FunctionShellActionParam  # noqa: E402
from ..models.local_environment_param import LocalEnvironmentParam  # noqa: E402
from ..models.program_tool_call_caller_param import ProgramToolCallCallerParam  # noqa: E402
