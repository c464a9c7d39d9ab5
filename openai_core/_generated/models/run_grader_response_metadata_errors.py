# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import missing_keys
from ..types import UNSET, Unset

T = TypeVar("T", bound="RunGraderResponseMetadataErrors")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "formula_parse_error",
        "sample_parse_error",
        "truncated_observation_error",
        "unresponsive_reward_error",
        "invalid_variable_error",
        "other_error",
        "python_grader_server_error",
        "python_grader_runtime_error",
        "model_grader_server_error",
        "model_grader_refusal_error",
        "model_grader_parse_error",
        "python_grader_server_error_type",
        "python_grader_runtime_error_details",
        "model_grader_server_error_details",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class RunGraderResponseMetadataErrors(_Model):
    """
    Attributes:
        formula_parse_error (bool):
        sample_parse_error (bool):
        truncated_observation_error (bool):
        unresponsive_reward_error (bool):
        invalid_variable_error (bool):
        other_error (bool):
        python_grader_server_error (bool):
        python_grader_runtime_error (bool):
        model_grader_server_error (bool):
        model_grader_refusal_error (bool):
        model_grader_parse_error (bool):
        python_grader_server_error_type (None | str | Unset):
        python_grader_runtime_error_details (None | str | Unset):
        model_grader_server_error_details (None | str | Unset):
    """

    formula_parse_error: bool
    sample_parse_error: bool
    truncated_observation_error: bool
    unresponsive_reward_error: bool
    invalid_variable_error: bool
    other_error: bool
    python_grader_server_error: bool
    python_grader_runtime_error: bool
    model_grader_server_error: bool
    model_grader_refusal_error: bool
    model_grader_parse_error: bool
    python_grader_server_error_type: None | str | Unset = UNSET
    python_grader_runtime_error_details: None | str | Unset = UNSET
    model_grader_server_error_details: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "formula_parse_error",
        "sample_parse_error",
        "truncated_observation_error",
        "unresponsive_reward_error",
        "invalid_variable_error",
        "other_error",
        "python_grader_server_error",
        "python_grader_runtime_error",
        "model_grader_server_error",
        "model_grader_refusal_error",
        "model_grader_parse_error",
    )
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["formula_parse_error"] = self.formula_parse_error
        field_dict["sample_parse_error"] = self.sample_parse_error
        field_dict["truncated_observation_error"] = self.truncated_observation_error
        field_dict["unresponsive_reward_error"] = self.unresponsive_reward_error
        field_dict["invalid_variable_error"] = self.invalid_variable_error
        field_dict["other_error"] = self.other_error
        field_dict["python_grader_server_error"] = self.python_grader_server_error
        field_dict["python_grader_runtime_error"] = self.python_grader_runtime_error
        field_dict["model_grader_server_error"] = self.model_grader_server_error
        field_dict["model_grader_refusal_error"] = self.model_grader_refusal_error
        field_dict["model_grader_parse_error"] = self.model_grader_parse_error
        if self.python_grader_server_error_type is not UNSET:
            field_dict["python_grader_server_error_type"] = self.python_grader_server_error_type
        if self.python_grader_runtime_error_details is not UNSET:
            field_dict["python_grader_runtime_error_details"] = (
                self.python_grader_runtime_error_details
            )
        if self.model_grader_server_error_details is not UNSET:
            field_dict["model_grader_server_error_details"] = self.model_grader_server_error_details
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        formula_parse_error = d.get("formula_parse_error")
        sample_parse_error = d.get("sample_parse_error")
        truncated_observation_error = d.get("truncated_observation_error")
        unresponsive_reward_error = d.get("unresponsive_reward_error")
        invalid_variable_error = d.get("invalid_variable_error")
        other_error = d.get("other_error")
        python_grader_server_error = d.get("python_grader_server_error")
        python_grader_runtime_error = d.get("python_grader_runtime_error")
        model_grader_server_error = d.get("model_grader_server_error")
        model_grader_refusal_error = d.get("model_grader_refusal_error")
        model_grader_parse_error = d.get("model_grader_parse_error")
        python_grader_server_error_type = d.get("python_grader_server_error_type", UNSET)
        python_grader_runtime_error_details = d.get("python_grader_runtime_error_details", UNSET)
        model_grader_server_error_details = d.get("model_grader_server_error_details", UNSET)
        run_grader_response_metadata_errors = cls(
            formula_parse_error=formula_parse_error,
            sample_parse_error=sample_parse_error,
            truncated_observation_error=truncated_observation_error,
            unresponsive_reward_error=unresponsive_reward_error,
            invalid_variable_error=invalid_variable_error,
            other_error=other_error,
            python_grader_server_error=python_grader_server_error,
            python_grader_runtime_error=python_grader_runtime_error,
            model_grader_server_error=model_grader_server_error,
            model_grader_refusal_error=model_grader_refusal_error,
            model_grader_parse_error=model_grader_parse_error,
            python_grader_server_error_type=python_grader_server_error_type,
            python_grader_runtime_error_details=python_grader_runtime_error_details,
            model_grader_server_error_details=model_grader_server_error_details,
        )
        if (
            formula_parse_error is None
            or sample_parse_error is None
            or truncated_observation_error is None
            or unresponsive_reward_error is None
            or invalid_variable_error is None
            or other_error is None
            or python_grader_server_error is None
            or python_grader_runtime_error is None
            or model_grader_server_error is None
            or model_grader_refusal_error is None
            or model_grader_parse_error is None
        ):
            run_grader_response_metadata_errors._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            run_grader_response_metadata_errors.additional_properties = _extra_fields(d)
        return run_grader_response_metadata_errors

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


# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
RunGraderResponseMetadataErrors._oc_fields = (
    ("formula_parse_error", "formula_parse_error", True, "boolean"),
    ("sample_parse_error", "sample_parse_error", True, "boolean"),
    ("truncated_observation_error", "truncated_observation_error", True, "boolean"),
    ("unresponsive_reward_error", "unresponsive_reward_error", True, "boolean"),
    ("invalid_variable_error", "invalid_variable_error", True, "boolean"),
    ("other_error", "other_error", True, "boolean"),
    ("python_grader_server_error", "python_grader_server_error", True, "boolean"),
    ("python_grader_runtime_error", "python_grader_runtime_error", True, "boolean"),
    ("model_grader_server_error", "model_grader_server_error", True, "boolean"),
    ("model_grader_refusal_error", "model_grader_refusal_error", True, "boolean"),
    ("model_grader_parse_error", "model_grader_parse_error", True, "boolean"),
    (
        "python_grader_server_error_type",
        "python_grader_server_error_type",
        False,
        (
            "union",
            (
                "string",
                "null",
            ),
        ),
    ),
    (
        "python_grader_runtime_error_details",
        "python_grader_runtime_error_details",
        False,
        (
            "union",
            (
                "string",
                "null",
            ),
        ),
    ),
    (
        "model_grader_server_error_details",
        "model_grader_server_error_details",
        False,
        (
            "union",
            (
                "string",
                "null",
            ),
        ),
    ),
)
