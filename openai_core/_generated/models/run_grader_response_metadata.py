# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys
from ..types import UNSET, Unset

T = TypeVar("T", bound="RunGraderResponseMetadata")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "name",
        "type",
        "errors",
        "execution_time",
        "scores",
        "token_usage",
        "sampled_model_name",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class RunGraderResponseMetadata(_Model):
    """
    Attributes:
        name (str):
        type (str):
        errors (RunGraderResponseMetadataErrors):
        execution_time (float):
        scores (RunGraderResponseMetadataScores):
        token_usage (int | None | Unset):
        sampled_model_name (None | str | Unset):
    """

    name: str
    type: str
    errors: RunGraderResponseMetadataErrors
    execution_time: float
    scores: RunGraderResponseMetadataScores
    token_usage: int | None | Unset = UNSET
    sampled_model_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "name",
        "type",
        "errors",
        "execution_time",
        "scores",
    )
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["name"] = self.name
        field_dict["type"] = self.type
        field_dict["errors"] = dump(self.errors)
        field_dict["execution_time"] = self.execution_time
        field_dict["scores"] = dump(self.scores)
        if self.token_usage is not UNSET:
            field_dict["token_usage"] = self.token_usage
        if self.sampled_model_name is not UNSET:
            field_dict["sampled_model_name"] = self.sampled_model_name
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        name = d.get("name")
        type_ = d.get("type")
        _errors = d.get("errors")
        errors = (
            RunGraderResponseMetadataErrors.from_dict(_errors)
            if isinstance(_errors, dict)
            else _errors
        )
        execution_time = d.get("execution_time")
        _scores = d.get("scores")
        scores = (
            RunGraderResponseMetadataScores.from_dict(_scores)
            if isinstance(_scores, dict)
            else _scores
        )
        token_usage = d.get("token_usage", UNSET)
        sampled_model_name = d.get("sampled_model_name", UNSET)
        run_grader_response_metadata = cls(
            name=name,
            type=type_,
            errors=errors,
            execution_time=execution_time,
            scores=scores,
            token_usage=token_usage,
            sampled_model_name=sampled_model_name,
        )
        if (
            name is None
            or type_ is None
            or errors is None
            or execution_time is None
            or scores is None
        ):
            run_grader_response_metadata._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            run_grader_response_metadata.additional_properties = _extra_fields(d)
        return run_grader_response_metadata

    @property
    def type_(self) -> str:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: str) -> None:
        self.type = value

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
from ..models.run_grader_response_metadata_errors import RunGraderResponseMetadataErrors  # noqa: E402
from ..models.run_grader_response_metadata_scores import RunGraderResponseMetadataScores  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
RunGraderResponseMetadata._oc_fields = (
    ("name", "name", True, "string"),
    ("type", "type", True, "string"),
    ("errors", "errors", True, RunGraderResponseMetadataErrors),
    ("execution_time", "execution_time", True, "number"),
    ("scores", "scores", True, RunGraderResponseMetadataScores),
    (
        "token_usage",
        "token_usage",
        False,
        (
            "union",
            (
                "integer",
                "null",
            ),
        ),
    ),
    (
        "sampled_model_name",
        "sampled_model_name",
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
