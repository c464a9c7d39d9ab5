# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_callable_tool_allowed_caller import (
    BetaCallableToolAllowedCaller,
    check_beta_callable_tool_allowed_caller,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaFunctionShellToolParam")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "environment",
        "allowed_callers",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class BetaFunctionShellToolParam:
    """Schema `BetaFunctionShellToolParam`.

    Attributes:
        type_ (Literal['shell']): Always 'shell'.
        environment (BetaContainerAutoParam | BetaContainerReferenceParam | BetaLocalEnvironmentParam | None | Unset):
        allowed_callers (list[BetaCallableToolAllowedCaller] | None | Unset):
    """

    type_: Literal["shell"]
    environment: (
        BetaContainerAutoParam
        | BetaContainerReferenceParam
        | BetaLocalEnvironmentParam
        | None
        | Unset
    ) = UNSET
    allowed_callers: list[BetaCallableToolAllowedCaller] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        environment: dict[str, Any] | None | Unset
        if isinstance(self.environment, Unset):
            environment = UNSET
        elif isinstance(self.environment, BetaContainerAutoParam):
            environment = self.environment.to_dict()
        elif isinstance(self.environment, BetaLocalEnvironmentParam):
            environment = self.environment.to_dict()
        elif isinstance(self.environment, BetaContainerReferenceParam):
            environment = self.environment.to_dict()
        else:
            environment = self.environment

        allowed_callers: list[str] | None | Unset
        if isinstance(self.allowed_callers, Unset):
            allowed_callers = UNSET
        elif isinstance(self.allowed_callers, list):
            allowed_callers = []
            for allowed_callers_type_0_item_data in self.allowed_callers:
                allowed_callers_type_0_item: str = allowed_callers_type_0_item_data
                allowed_callers.append(allowed_callers_type_0_item)

        else:
            allowed_callers = self.allowed_callers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if environment is not UNSET:
            field_dict["environment"] = environment
        if allowed_callers is not UNSET:
            field_dict["allowed_callers"] = allowed_callers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['shell']", d["type"])
        if type_ != "shell":
            raise ValueError(f"type must match const 'shell', got '{type_}'")

        def _parse_environment(
            data: object,
        ) -> (
            BetaContainerAutoParam
            | BetaContainerReferenceParam
            | BetaLocalEnvironmentParam
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                environment_type_0_type_0 = BetaContainerAutoParam.from_dict(data)

                return environment_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                environment_type_0_type_1 = BetaLocalEnvironmentParam.from_dict(data)

                return environment_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                environment_type_0_type_2 = BetaContainerReferenceParam.from_dict(data)

                return environment_type_0_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                "BetaContainerAutoParam | BetaContainerReferenceParam | BetaLocalEnvironmentParam | None | Unset",
                data,
            )

        environment = _parse_environment(d.get("environment", UNSET))

        def _parse_allowed_callers(
            data: object,
        ) -> list[BetaCallableToolAllowedCaller] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_callers_type_0 = []
                _allowed_callers_type_0 = data
                for allowed_callers_type_0_item_data in _allowed_callers_type_0:
                    allowed_callers_type_0_item = check_beta_callable_tool_allowed_caller(
                        allowed_callers_type_0_item_data
                    )

                    allowed_callers_type_0.append(allowed_callers_type_0_item)

                return allowed_callers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[BetaCallableToolAllowedCaller] | None | Unset", data)

        allowed_callers = _parse_allowed_callers(d.get("allowed_callers", UNSET))

        beta_function_shell_tool_param = cls(
            type_=type_,
            environment=environment,
            allowed_callers=allowed_callers,
        )

        beta_function_shell_tool_param.additional_properties = _extra_fields(d)
        return beta_function_shell_tool_param

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
from ..models.beta_container_auto_param import BetaContainerAutoParam  # noqa: E402
from ..models.beta_container_reference_param import BetaContainerReferenceParam  # noqa: E402
from ..models.beta_local_environment_param import BetaLocalEnvironmentParam  # noqa: E402
