# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FunctionShellCallOutputContent")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "stdout",
        "stderr",
        "outcome",
        "created_by",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class FunctionShellCallOutputContent:
    """Schema `FunctionShellCallOutputContent`.

    Attributes:
        stdout (str):
        stderr (str):
        outcome (FunctionShellCallOutputExitOutcome | FunctionShellCallOutputTimeoutOutcome):
        created_by (str | Unset):
    """

    stdout: str
    stderr: str
    outcome: FunctionShellCallOutputExitOutcome | FunctionShellCallOutputTimeoutOutcome
    created_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stdout = self.stdout

        stderr = self.stderr

        outcome: dict[str, Any]
        if isinstance(self.outcome, FunctionShellCallOutputTimeoutOutcome):
            outcome = self.outcome.to_dict()
        else:
            outcome = self.outcome.to_dict()

        created_by = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stdout": stdout,
                "stderr": stderr,
                "outcome": outcome,
            }
        )
        if created_by is not UNSET:
            field_dict["created_by"] = created_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        stdout = d["stdout"]

        stderr = d["stderr"]

        def _parse_outcome(
            data: object,
        ) -> FunctionShellCallOutputExitOutcome | FunctionShellCallOutputTimeoutOutcome:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                outcome_type_0 = FunctionShellCallOutputTimeoutOutcome.from_dict(data)

                return outcome_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            outcome_type_1 = FunctionShellCallOutputExitOutcome.from_dict(data)

            return outcome_type_1

        outcome = _parse_outcome(d["outcome"])

        created_by = d.get("created_by", UNSET)

        function_shell_call_output_content = cls(
            stdout=stdout,
            stderr=stderr,
            outcome=outcome,
            created_by=created_by,
        )

        function_shell_call_output_content.additional_properties = _extra_fields(d)
        return function_shell_call_output_content

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
from ..models.function_shell_call_output_exit_outcome import FunctionShellCallOutputExitOutcome  # noqa: E402
from ..models.function_shell_call_output_timeout_outcome import (
    FunctionShellCallOutputTimeoutOutcome,  # noqa: E402
)
