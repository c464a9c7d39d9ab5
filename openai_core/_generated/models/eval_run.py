# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump, missing_keys
from ..types import UNSET, Unset

T = TypeVar("T", bound="EvalRun")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "eval_id",
        "status",
        "model",
        "name",
        "created_at",
        "report_url",
        "result_counts",
        "per_model_usage",
        "per_testing_criteria_results",
        "data_source",
        "metadata",
        "error",
        "object",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_data_source(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "jsonl":
            return CreateEvalJsonlRunDataSource.from_dict(data)
        if tag == "completions":
            return CreateEvalCompletionsRunDataSource.from_dict(data)
        if tag == "responses":
            return CreateEvalResponsesRunDataSource.from_dict(data)
        return _choose_data_source(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class EvalRun(_Model):
    """Schema `EvalRun`.

    Attributes:
        id (str):
        eval_id (str):
        status (str):
        model (str):
        name (str):
        created_at (int):
        report_url (str):
        result_counts (EvalRunResultCounts):
        per_model_usage (list[EvalRunPerModelUsageItem]):
        per_testing_criteria_results (list[EvalRunPerTestingCriteriaResultsItem]):
        data_source (CreateEvalCompletionsRunDataSource | CreateEvalJsonlRunDataSource |
            CreateEvalResponsesRunDataSource):
        metadata (MetadataType0 | None): Schema `Metadata`.
        error (EvalApiError): Schema `EvalApiError`.
        object (Literal['eval.run'] | Unset): Always 'eval.run'.
    """

    id: str
    eval_id: str
    status: str
    model: str
    name: str
    created_at: int
    report_url: str
    result_counts: EvalRunResultCounts
    per_model_usage: list[EvalRunPerModelUsageItem]
    per_testing_criteria_results: list[EvalRunPerTestingCriteriaResultsItem]
    data_source: (
        CreateEvalCompletionsRunDataSource
        | CreateEvalJsonlRunDataSource
        | CreateEvalResponsesRunDataSource
    )
    metadata: MetadataType0 | None
    error: EvalApiError
    object: Literal["eval.run"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "id",
        "eval_id",
        "status",
        "model",
        "name",
        "created_at",
        "report_url",
        "result_counts",
        "per_model_usage",
        "per_testing_criteria_results",
        "data_source",
        "metadata",
        "error",
    )
    _oc_consts = {"object": "eval.run"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["eval_id"] = self.eval_id
        field_dict["status"] = self.status
        field_dict["model"] = self.model
        field_dict["name"] = self.name
        field_dict["created_at"] = self.created_at
        field_dict["report_url"] = self.report_url
        field_dict["result_counts"] = dump(self.result_counts)
        field_dict["per_model_usage"] = dump(self.per_model_usage)
        field_dict["per_testing_criteria_results"] = dump(self.per_testing_criteria_results)
        field_dict["data_source"] = dump(self.data_source)
        field_dict["metadata"] = dump(self.metadata)
        field_dict["error"] = dump(self.error)
        if self.object is not UNSET:
            field_dict["object"] = self.object
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        id = d.get("id")
        eval_id = d.get("eval_id")
        status = d.get("status")
        model = d.get("model")
        name = d.get("name")
        created_at = d.get("created_at")
        report_url = d.get("report_url")
        _result_counts = d.get("result_counts")
        result_counts = (
            EvalRunResultCounts.from_dict(_result_counts)
            if isinstance(_result_counts, dict)
            else _result_counts
        )
        _per_model_usage = d.get("per_model_usage")
        per_model_usage = (
            [
                (EvalRunPerModelUsageItem.from_dict(_i0) if isinstance(_i0, dict) else _i0)
                for _i0 in _per_model_usage
            ]
            if isinstance(_per_model_usage, list)
            else _per_model_usage
        )
        _per_testing_criteria_results = d.get("per_testing_criteria_results")
        per_testing_criteria_results = (
            [
                (
                    EvalRunPerTestingCriteriaResultsItem.from_dict(_i0)
                    if isinstance(_i0, dict)
                    else _i0
                )
                for _i0 in _per_testing_criteria_results
            ]
            if isinstance(_per_testing_criteria_results, list)
            else _per_testing_criteria_results
        )
        _data_source = d.get("data_source")
        data_source = _read_data_source(_data_source)
        _metadata = d.get("metadata")
        metadata = MetadataType0.from_dict(_metadata) if isinstance(_metadata, dict) else _metadata
        _error = d.get("error")
        error = EvalApiError.from_dict(_error) if isinstance(_error, dict) else _error
        object_ = d.get("object", UNSET)
        eval_run = cls(
            id=id,
            eval_id=eval_id,
            status=status,
            model=model,
            name=name,
            created_at=created_at,
            report_url=report_url,
            result_counts=result_counts,
            per_model_usage=per_model_usage,
            per_testing_criteria_results=per_testing_criteria_results,
            data_source=data_source,
            metadata=metadata,
            error=error,
            object=object_,
        )
        if (
            id is None
            or eval_id is None
            or status is None
            or model is None
            or name is None
            or created_at is None
            or report_url is None
            or result_counts is None
            or per_model_usage is None
            or per_testing_criteria_results is None
            or data_source is None
            or metadata is None
            or error is None
        ):
            eval_run._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            eval_run.additional_properties = _extra_fields(d)
        return eval_run

    @property
    def object_(self) -> Literal["eval.run"] | Unset:
        """The `object` field, under its former name."""
        return self.object

    @object_.setter
    def object_(self, value: Literal["eval.run"] | Unset) -> None:
        self.object = value

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
from ..models.create_eval_completions_run_data_source import CreateEvalCompletionsRunDataSource  # noqa: E402
from ..models.create_eval_jsonl_run_data_source import CreateEvalJsonlRunDataSource  # noqa: E402
from ..models.create_eval_responses_run_data_source import CreateEvalResponsesRunDataSource  # noqa: E402
from ..models.eval_api_error import EvalApiError  # noqa: E402
from ..models.eval_run_per_model_usage_item import EvalRunPerModelUsageItem  # noqa: E402
from ..models.eval_run_per_testing_criteria_results_item import EvalRunPerTestingCriteriaResultsItem  # noqa: E402
from ..models.eval_run_result_counts import EvalRunResultCounts  # noqa: E402
from ..models.metadata_type_0 import MetadataType0  # noqa: E402

_choose_data_source = ModelChoice(
    CreateEvalJsonlRunDataSource,
    CreateEvalCompletionsRunDataSource,
    CreateEvalResponsesRunDataSource,
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
EvalRun._oc_fields = (
    ("id", "id", True, "string"),
    ("eval_id", "eval_id", True, "string"),
    ("status", "status", True, "string"),
    ("model", "model", True, "string"),
    ("name", "name", True, "string"),
    ("created_at", "created_at", True, "integer"),
    ("report_url", "report_url", True, "string"),
    ("result_counts", "result_counts", True, EvalRunResultCounts),
    ("per_model_usage", "per_model_usage", True, ("list", EvalRunPerModelUsageItem)),
    (
        "per_testing_criteria_results",
        "per_testing_criteria_results",
        True,
        ("list", EvalRunPerTestingCriteriaResultsItem),
    ),
    (
        "data_source",
        "data_source",
        True,
        (
            "union",
            (
                CreateEvalJsonlRunDataSource,
                CreateEvalCompletionsRunDataSource,
                CreateEvalResponsesRunDataSource,
            ),
        ),
    ),
    (
        "metadata",
        "metadata",
        True,
        (
            "union",
            (
                MetadataType0,
                "null",
            ),
        ),
    ),
    ("error", "error", True, EvalApiError),
    ("object", "object", False, ("const", "eval.run")),
)
