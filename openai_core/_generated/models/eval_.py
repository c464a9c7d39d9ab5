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

T = TypeVar("T", bound="Eval")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "data_source_config",
        "testing_criteria",
        "created_at",
        "metadata",
        "object",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_data_source_config(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "custom":
            return EvalCustomDataSourceConfig.from_dict(data)
        if tag == "logs":
            return EvalLogsDataSourceConfig.from_dict(data)
        if tag == "stored_completions":
            return EvalStoredCompletionsDataSourceConfig.from_dict(data)
        return _choose_data_source_config(data)
    return data


def _read_testing_criteria_item(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "label_model":
            return EvalGraderLabelModel.from_dict(data)
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
class Eval(_Model):
    """Schema `Eval`.

    Attributes:
        id (str):
        name (str):
        data_source_config (EvalCustomDataSourceConfig | EvalLogsDataSourceConfig |
            EvalStoredCompletionsDataSourceConfig):
        testing_criteria (list[EvalGraderLabelModel | EvalGraderPython | EvalGraderScoreModel | EvalGraderStringCheck |
            EvalGraderTextSimilarity]):
        created_at (int):
        metadata (MetadataType0 | None): Schema `Metadata`.
        object (Literal['eval'] | Unset): Always 'eval'.
    """

    id: str
    name: str
    data_source_config: (
        EvalCustomDataSourceConfig
        | EvalLogsDataSourceConfig
        | EvalStoredCompletionsDataSourceConfig
    )
    testing_criteria: list[
        EvalGraderLabelModel
        | EvalGraderPython
        | EvalGraderScoreModel
        | EvalGraderStringCheck
        | EvalGraderTextSimilarity
    ]
    created_at: int
    metadata: MetadataType0 | None
    object: Literal["eval"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "id",
        "name",
        "data_source_config",
        "testing_criteria",
        "created_at",
        "metadata",
    )
    _oc_consts = {"object": "eval"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["name"] = self.name
        field_dict["data_source_config"] = dump(self.data_source_config)
        field_dict["testing_criteria"] = dump(self.testing_criteria)
        field_dict["created_at"] = self.created_at
        field_dict["metadata"] = dump(self.metadata)
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
        name = d.get("name")
        _data_source_config = d.get("data_source_config")
        data_source_config = _read_data_source_config(_data_source_config)
        _testing_criteria = d.get("testing_criteria")
        testing_criteria = (
            [_read_testing_criteria_item(_i0) for _i0 in _testing_criteria]
            if isinstance(_testing_criteria, list)
            else _testing_criteria
        )
        created_at = d.get("created_at")
        _metadata = d.get("metadata")
        metadata = MetadataType0.from_dict(_metadata) if isinstance(_metadata, dict) else _metadata
        object_ = d.get("object", UNSET)
        eval_ = cls(
            id=id,
            name=name,
            data_source_config=data_source_config,
            testing_criteria=testing_criteria,
            created_at=created_at,
            metadata=metadata,
            object=object_,
        )
        if (
            id is None
            or name is None
            or data_source_config is None
            or testing_criteria is None
            or created_at is None
            or metadata is None
        ):
            eval_._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            eval_.additional_properties = _extra_fields(d)
        return eval_

    @property
    def object_(self) -> Literal["eval"] | Unset:
        """The `object` field, under its former name."""
        return self.object

    @object_.setter
    def object_(self, value: Literal["eval"] | Unset) -> None:
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
from ..models.eval_custom_data_source_config import EvalCustomDataSourceConfig  # noqa: E402
from ..models.eval_grader_label_model import EvalGraderLabelModel  # noqa: E402
from ..models.eval_grader_python import EvalGraderPython  # noqa: E402
from ..models.eval_grader_score_model import EvalGraderScoreModel  # noqa: E402
from ..models.eval_grader_string_check import EvalGraderStringCheck  # noqa: E402
from ..models.eval_grader_text_similarity import EvalGraderTextSimilarity  # noqa: E402
from ..models.eval_logs_data_source_config import EvalLogsDataSourceConfig  # noqa: E402
from ..models.eval_stored_completions_data_source_config import (
    EvalStoredCompletionsDataSourceConfig,  # noqa: E402
)
from ..models.metadata_type_0 import MetadataType0  # noqa: E402

_choose_data_source_config = ModelChoice(
    EvalCustomDataSourceConfig, EvalLogsDataSourceConfig, EvalStoredCompletionsDataSourceConfig
)
_choose_testing_criteria_item = ModelChoice(
    EvalGraderLabelModel,
    EvalGraderStringCheck,
    EvalGraderTextSimilarity,
    EvalGraderPython,
    EvalGraderScoreModel,
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
Eval._oc_fields = (
    ("id", "id", True, "string"),
    ("name", "name", True, "string"),
    (
        "data_source_config",
        "data_source_config",
        True,
        (
            "union",
            (
                EvalCustomDataSourceConfig,
                EvalLogsDataSourceConfig,
                EvalStoredCompletionsDataSourceConfig,
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
                    EvalGraderLabelModel,
                    EvalGraderStringCheck,
                    EvalGraderTextSimilarity,
                    EvalGraderPython,
                    EvalGraderScoreModel,
                ),
            ),
        ),
    ),
    ("created_at", "created_at", True, "integer"),
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
    ("object", "object", False, ("const", "eval")),
)
