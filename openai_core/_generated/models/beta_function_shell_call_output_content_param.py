# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump, missing_keys

T = TypeVar("T", bound="BetaFunctionShellCallOutputContentParam")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "stdout",
        "stderr",
        "outcome",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_outcome(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "timeout":
            return BetaFunctionShellCallOutputTimeoutOutcomeParam.from_dict(data)
        if tag == "exit":
            return BetaFunctionShellCallOutputExitOutcomeParam.from_dict(data)
        return _choose_outcome(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class BetaFunctionShellCallOutputContentParam(_Model):
    """Schema `BetaFunctionShellCallOutputContentParam`.

    Attributes:
        stdout (str): Length 0..10485760.
        stderr (str): Length 0..10485760.
        outcome (BetaFunctionShellCallOutputExitOutcomeParam | BetaFunctionShellCallOutputTimeoutOutcomeParam): Schema
            `BetaFunctionShellCallOutputOutcomeParam`.
    """

    stdout: str
    stderr: str
    outcome: (
        BetaFunctionShellCallOutputExitOutcomeParam | BetaFunctionShellCallOutputTimeoutOutcomeParam
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "stdout",
        "stderr",
        "outcome",
    )
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["stdout"] = self.stdout
        field_dict["stderr"] = self.stderr
        field_dict["outcome"] = dump(self.outcome)
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        stdout = d.get("stdout")
        stderr = d.get("stderr")
        _outcome = d.get("outcome")
        outcome = _read_outcome(_outcome)
        beta_function_shell_call_output_content_param = cls(
            stdout=stdout,
            stderr=stderr,
            outcome=outcome,
        )
        if stdout is None or stderr is None or outcome is None:
            beta_function_shell_call_output_content_param._oc_missing = missing_keys(
                d, cls._oc_required
            )
        if not _FIELDS.issuperset(d):
            beta_function_shell_call_output_content_param.additional_properties = _extra_fields(d)
        return beta_function_shell_call_output_content_param

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
from ..models.beta_function_shell_call_output_exit_outcome_param import (
    BetaFunctionShellCallOutputExitOutcomeParam,  # noqa: E402
)
from ..models.beta_function_shell_call_output_timeout_outcome_param import (
    BetaFunctionShellCallOutputTimeoutOutcomeParam,  # noqa: E402
)

_choose_outcome = ModelChoice(
    BetaFunctionShellCallOutputTimeoutOutcomeParam, BetaFunctionShellCallOutputExitOutcomeParam
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
BetaFunctionShellCallOutputContentParam._oc_fields = (
    ("stdout", "stdout", True, "string"),
    ("stderr", "stderr", True, "string"),
    (
        "outcome",
        "outcome",
        True,
        (
            "union",
            (
                BetaFunctionShellCallOutputTimeoutOutcomeParam,
                BetaFunctionShellCallOutputExitOutcomeParam,
            ),
        ),
    ),
)
