# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EvalRun")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
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
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class EvalRun:
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
        object_ (Literal['eval.run'] | Unset): Always 'eval.run'.
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
    object_: Literal["eval.run"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        eval_id = self.eval_id

        status = self.status

        model = self.model

        name = self.name

        created_at = self.created_at

        report_url = self.report_url

        result_counts = self.result_counts.to_dict()

        per_model_usage = []
        for per_model_usage_item_data in self.per_model_usage:
            per_model_usage_item = per_model_usage_item_data.to_dict()
            per_model_usage.append(per_model_usage_item)

        per_testing_criteria_results = []
        for per_testing_criteria_results_item_data in self.per_testing_criteria_results:
            per_testing_criteria_results_item = per_testing_criteria_results_item_data.to_dict()
            per_testing_criteria_results.append(per_testing_criteria_results_item)

        data_source: dict[str, Any]
        if isinstance(self.data_source, CreateEvalJsonlRunDataSource):
            data_source = self.data_source.to_dict()
        elif isinstance(self.data_source, CreateEvalCompletionsRunDataSource):
            data_source = self.data_source.to_dict()
        else:
            data_source = self.data_source.to_dict()

        metadata: dict[str, Any] | None
        if isinstance(self.metadata, MetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        error = self.error.to_dict()

        object_ = self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "eval_id": eval_id,
                "status": status,
                "model": model,
                "name": name,
                "created_at": created_at,
                "report_url": report_url,
                "result_counts": result_counts,
                "per_model_usage": per_model_usage,
                "per_testing_criteria_results": per_testing_criteria_results,
                "data_source": data_source,
                "metadata": metadata,
                "error": error,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        eval_id = d["eval_id"]

        status = d["status"]

        model = d["model"]

        name = d["name"]

        created_at = d["created_at"]

        report_url = d["report_url"]

        result_counts = EvalRunResultCounts.from_dict(d["result_counts"])

        per_model_usage = []
        _per_model_usage = d["per_model_usage"]
        for per_model_usage_item_data in _per_model_usage:
            per_model_usage_item = EvalRunPerModelUsageItem.from_dict(per_model_usage_item_data)

            per_model_usage.append(per_model_usage_item)

        per_testing_criteria_results = []
        _per_testing_criteria_results = d["per_testing_criteria_results"]
        for per_testing_criteria_results_item_data in _per_testing_criteria_results:
            per_testing_criteria_results_item = EvalRunPerTestingCriteriaResultsItem.from_dict(
                per_testing_criteria_results_item_data
            )

            per_testing_criteria_results.append(per_testing_criteria_results_item)

        def _parse_data_source(
            data: object,
        ) -> (
            CreateEvalCompletionsRunDataSource
            | CreateEvalJsonlRunDataSource
            | CreateEvalResponsesRunDataSource
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_source_type_0 = CreateEvalJsonlRunDataSource.from_dict(data)

                return data_source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_source_type_1 = CreateEvalCompletionsRunDataSource.from_dict(data)

                return data_source_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            data_source_type_2 = CreateEvalResponsesRunDataSource.from_dict(data)

            return data_source_type_2

        data_source = _parse_data_source(d["data_source"])

        def _parse_metadata(data: object) -> MetadataType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_metadata_type_0 = MetadataType0.from_dict(data)

                return componentsschemas_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("MetadataType0 | None", data)

        metadata = _parse_metadata(d["metadata"])

        error = EvalApiError.from_dict(d["error"])

        object_ = cast("Literal['eval.run'] | Unset", d.get("object", UNSET))
        if object_ != "eval.run" and not isinstance(object_, Unset):
            raise ValueError(f"object must match const 'eval.run', got '{object_}'")

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
            object_=object_,
        )

        eval_run.additional_properties = _extra_fields(d)
        return eval_run

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
