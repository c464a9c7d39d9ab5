# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RunGraderResponseMetadata")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
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
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class RunGraderResponseMetadata:
    """
    Attributes:
        name (str):
        type_ (str):
        errors (RunGraderResponseMetadataErrors):
        execution_time (float):
        scores (RunGraderResponseMetadataScores):
        token_usage (int | None | Unset):
        sampled_model_name (None | str | Unset):
    """

    name: str
    type_: str
    errors: RunGraderResponseMetadataErrors
    execution_time: float
    scores: RunGraderResponseMetadataScores
    token_usage: int | None | Unset = UNSET
    sampled_model_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_

        errors = self.errors.to_dict()

        execution_time = self.execution_time

        scores = self.scores.to_dict()

        token_usage: int | None | Unset
        if isinstance(self.token_usage, Unset):
            token_usage = UNSET
        else:
            token_usage = self.token_usage

        sampled_model_name: None | str | Unset
        if isinstance(self.sampled_model_name, Unset):
            sampled_model_name = UNSET
        else:
            sampled_model_name = self.sampled_model_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
                "errors": errors,
                "execution_time": execution_time,
                "scores": scores,
            }
        )
        if token_usage is not UNSET:
            field_dict["token_usage"] = token_usage
        if sampled_model_name is not UNSET:
            field_dict["sampled_model_name"] = sampled_model_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]

        type_ = d["type"]

        errors = RunGraderResponseMetadataErrors.from_dict(d["errors"])

        execution_time = d["execution_time"]

        scores = RunGraderResponseMetadataScores.from_dict(d["scores"])

        def _parse_token_usage(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        token_usage = _parse_token_usage(d.get("token_usage", UNSET))

        def _parse_sampled_model_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        sampled_model_name = _parse_sampled_model_name(d.get("sampled_model_name", UNSET))

        run_grader_response_metadata = cls(
            name=name,
            type_=type_,
            errors=errors,
            execution_time=execution_time,
            scores=scores,
            token_usage=token_usage,
            sampled_model_name=sampled_model_name,
        )

        run_grader_response_metadata.additional_properties = _extra_fields(d)
        return run_grader_response_metadata

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
