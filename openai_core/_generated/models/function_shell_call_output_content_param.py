# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FunctionShellCallOutputContentParam")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "stdout",
        "stderr",
        "outcome",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class FunctionShellCallOutputContentParam:
    """Schema `FunctionShellCallOutputContentParam`.

    Attributes:
        stdout (str): Length 0..10485760.
        stderr (str): Length 0..10485760.
        outcome (FunctionShellCallOutputExitOutcomeParam | FunctionShellCallOutputTimeoutOutcomeParam): Schema
            `FunctionShellCallOutputOutcomeParam`.
    """

    stdout: str
    stderr: str
    outcome: FunctionShellCallOutputExitOutcomeParam | FunctionShellCallOutputTimeoutOutcomeParam
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stdout = self.stdout

        stderr = self.stderr

        outcome: dict[str, Any]
        if isinstance(self.outcome, FunctionShellCallOutputTimeoutOutcomeParam):
            outcome = self.outcome.to_dict()
        else:
            outcome = self.outcome.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stdout": stdout,
                "stderr": stderr,
                "outcome": outcome,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        stdout = d["stdout"]

        stderr = d["stderr"]

        def _parse_outcome(
            data: object,
        ) -> FunctionShellCallOutputExitOutcomeParam | FunctionShellCallOutputTimeoutOutcomeParam:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_function_shell_call_output_outcome_param_type_0 = (
                    FunctionShellCallOutputTimeoutOutcomeParam.from_dict(data)
                )

                return componentsschemas_function_shell_call_output_outcome_param_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_function_shell_call_output_outcome_param_type_1 = (
                FunctionShellCallOutputExitOutcomeParam.from_dict(data)
            )

            return componentsschemas_function_shell_call_output_outcome_param_type_1

        outcome = _parse_outcome(d["outcome"])

        function_shell_call_output_content_param = cls(
            stdout=stdout,
            stderr=stderr,
            outcome=outcome,
        )

        function_shell_call_output_content_param.additional_properties = _extra_fields(d)
        return function_shell_call_output_content_param

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
from ..models.function_shell_call_output_exit_outcome_param import (
    FunctionShellCallOutputExitOutcomeParam,  # noqa: E402
)
from ..models.function_shell_call_output_timeout_outcome_param import (
    FunctionShellCallOutputTimeoutOutcomeParam,  # noqa: E402
)
