# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump, missing_keys
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateEvalRequest")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "data_source_config",
        "testing_criteria",
        "name",
        "metadata",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_data_source_config(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "custom":
            return CreateEvalCustomDataSourceConfig.from_dict(data)
        if tag == "logs":
            return CreateEvalLogsDataSourceConfig.from_dict(data)
        if tag == "stored_completions":
            return CreateEvalStoredCompletionsDataSourceConfig.from_dict(data)
        return _choose_data_source_config(data)
    return data


def _read_testing_criteria_item(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "label_model":
            return CreateEvalLabelModelGrader.from_dict(data)
        if tag == "string_check":
            return EvalGraderStringCheck.from_dict(data)
        if tag == "text_similarity":
            return EvalGraderTextSimilarity.from_dict(data)
        if tag == "python":
            return EvalGraderPython.from_dict(data)
        if tag == "score_model":
            return EvalGraderScoreModel.from_dict(data)
        return _choose_testing_criteria_item(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class CreateEvalRequest(_Model):
    """Schema `CreateEvalRequest`.

    Attributes:
        data_source_config (CreateEvalCustomDataSourceConfig | CreateEvalLogsDataSourceConfig |
            CreateEvalStoredCompletionsDataSourceConfig):
        testing_criteria (list[CreateEvalLabelModelGrader | EvalGraderPython | EvalGraderScoreModel |
            EvalGraderStringCheck | EvalGraderTextSimilarity]):
        name (str | Unset):
        metadata (MetadataType0 | None | Unset): Schema `Metadata`.
    """

    data_source_config: (
        CreateEvalCustomDataSourceConfig
        | CreateEvalLogsDataSourceConfig
        | CreateEvalStoredCompletionsDataSourceConfig
    )
    testing_criteria: list[
        CreateEvalLabelModelGrader
        | EvalGraderPython
        | EvalGraderScoreModel
        | EvalGraderStringCheck
        | EvalGraderTextSimilarity
    ]
    name: str | Unset = UNSET
    metadata: MetadataType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "data_source_config",
        "testing_criteria",
    )
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["data_source_config"] = dump(self.data_source_config)
        field_dict["testing_criteria"] = dump(self.testing_criteria)
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.metadata is not UNSET:
            field_dict["metadata"] = dump(self.metadata)
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        _data_source_config = d.get("data_source_config")
        data_source_config = _read_data_source_config(_data_source_config)
        _testing_criteria = d.get("testing_criteria")
        testing_criteria = (
            [_read_testing_criteria_item(_i0) for _i0 in _testing_criteria]
            if isinstance(_testing_criteria, list)
            else _testing_criteria
        )
        name = d.get("name", UNSET)
        _metadata = d.get("metadata", UNSET)
        metadata = MetadataType0.from_dict(_metadata) if isinstance(_metadata, dict) else _metadata
        create_eval_request = cls(
            data_source_config=data_source_config,
            testing_criteria=testing_criteria,
            name=name,
            metadata=metadata,
        )
        if data_source_config is None or testing_criteria is None:
            create_eval_request._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            create_eval_request.additional_properties = _extra_fields(d)
        return create_eval_request

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
from ..models.create_eval_custom_data_source_config import CreateEvalCustomDataSourceConfig  # noqa: E402
from ..models.create_eval_label_model_grader import CreateEvalLabelModelGrader  # noqa: E402
from ..models.create_eval_logs_data_source_config import CreateEvalLogsDataSourceConfig  # noqa: E402
from ..models.create_eval_stored_completions_data_source_config import (
    CreateEvalStoredCompletionsDataSourceConfig,  # noqa: E402
)
from ..models.eval_grader_python import EvalGraderPython  # noqa: E402
from ..models.eval_grader_score_model import EvalGraderScoreModel  # noqa: E402
from ..models.eval_grader_string_check import EvalGraderStringCheck  # noqa: E402
from ..models.eval_grader_text_similarity import EvalGraderTextSimilarity  # noqa: E402
from ..models.metadata_type_0 import MetadataType0  # noqa: E402

_choose_data_source_config = ModelChoice(
    CreateEvalCustomDataSourceConfig,
    CreateEvalLogsDataSourceConfig,
    CreateEvalStoredCompletionsDataSourceConfig,
)
_choose_testing_criteria_item = ModelChoice(
    CreateEvalLabelModelGrader,
    EvalGraderStringCheck,
    EvalGraderTextSimilarity,
    EvalGraderPython,
    EvalGraderScoreModel,
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
CreateEvalRequest._oc_fields = (
    (
        "data_source_config",
        "data_source_config",
        True,
        (
            "union",
            (
                CreateEvalCustomDataSourceConfig,
                CreateEvalLogsDataSourceConfig,
                CreateEvalStoredCompletionsDataSourceConfig,
            ),
        ),
    ),
    (
        "testing_criteria",
        "testing_criteria",
        True,
        (
            "list",
            (
                "union",
                (
                    CreateEvalLabelModelGrader,
                    EvalGraderStringCheck,
                    EvalGraderTextSimilarity,
                    EvalGraderPython,
                    EvalGraderScoreModel,
                ),
            ),
        ),
    ),
    ("name", "name", False, "string"),
    (
        "metadata",
        "metadata",
        False,
        (
            "union",
            (
                MetadataType0,
                "null",
            ),
        ),
    ),
)
