# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateEvalRequest")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "data_source_config",
        "testing_criteria",
        "name",
        "metadata",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class CreateEvalRequest:
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

    def to_dict(self) -> dict[str, Any]:
        data_source_config: dict[str, Any]
        if isinstance(self.data_source_config, CreateEvalCustomDataSourceConfig):
            data_source_config = self.data_source_config.to_dict()
        elif isinstance(self.data_source_config, CreateEvalLogsDataSourceConfig):
            data_source_config = self.data_source_config.to_dict()
        else:
            data_source_config = self.data_source_config.to_dict()

        testing_criteria = []
        for testing_criteria_item_data in self.testing_criteria:
            testing_criteria_item: dict[str, Any]
            if isinstance(testing_criteria_item_data, CreateEvalLabelModelGrader):
                testing_criteria_item = testing_criteria_item_data.to_dict()
            elif isinstance(testing_criteria_item_data, EvalGraderStringCheck):
                testing_criteria_item = testing_criteria_item_data.to_dict()
            elif isinstance(testing_criteria_item_data, EvalGraderTextSimilarity):
                testing_criteria_item = testing_criteria_item_data.to_dict()
            elif isinstance(testing_criteria_item_data, EvalGraderPython):
                testing_criteria_item = testing_criteria_item_data.to_dict()
            else:
                testing_criteria_item = testing_criteria_item_data.to_dict()

            testing_criteria.append(testing_criteria_item)

        name = self.name

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, MetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data_source_config": data_source_config,
                "testing_criteria": testing_criteria,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        def _parse_data_source_config(
            data: object,
        ) -> (
            CreateEvalCustomDataSourceConfig
            | CreateEvalLogsDataSourceConfig
            | CreateEvalStoredCompletionsDataSourceConfig
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_source_config_type_0 = CreateEvalCustomDataSourceConfig.from_dict(data)

                return data_source_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_source_config_type_1 = CreateEvalLogsDataSourceConfig.from_dict(data)

                return data_source_config_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            data_source_config_type_2 = CreateEvalStoredCompletionsDataSourceConfig.from_dict(data)

            return data_source_config_type_2

        data_source_config = _parse_data_source_config(d["data_source_config"])

        testing_criteria = []
        _testing_criteria = d["testing_criteria"]
        for testing_criteria_item_data in _testing_criteria:

            def _parse_testing_criteria_item(
                data: object,
            ) -> (
                CreateEvalLabelModelGrader
                | EvalGraderPython
                | EvalGraderScoreModel
                | EvalGraderStringCheck
                | EvalGraderTextSimilarity
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    testing_criteria_item_type_0 = CreateEvalLabelModelGrader.from_dict(data)

                    return testing_criteria_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    testing_criteria_item_type_1 = EvalGraderStringCheck.from_dict(data)

                    return testing_criteria_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    testing_criteria_item_type_2 = EvalGraderTextSimilarity.from_dict(data)

                    return testing_criteria_item_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    testing_criteria_item_type_3 = EvalGraderPython.from_dict(data)

                    return testing_criteria_item_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                testing_criteria_item_type_4 = EvalGraderScoreModel.from_dict(data)

                return testing_criteria_item_type_4

            testing_criteria_item = _parse_testing_criteria_item(testing_criteria_item_data)

            testing_criteria.append(testing_criteria_item)

        name = d.get("name", UNSET)

        def _parse_metadata(data: object) -> MetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_metadata_type_0 = MetadataType0.from_dict(data)

                return componentsschemas_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("MetadataType0 | None | Unset", data)

        metadata = _parse_metadata(d.get("metadata", UNSET))

        create_eval_request = cls(
            data_source_config=data_source_config,
            testing_criteria=testing_criteria,
            name=name,
            metadata=metadata,
        )

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
