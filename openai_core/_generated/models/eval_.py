# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Eval")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
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
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class Eval:
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
        object_ (Literal['eval'] | Unset): Always 'eval'.
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
    object_: Literal["eval"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        data_source_config: dict[str, Any]
        if isinstance(self.data_source_config, EvalCustomDataSourceConfig):
            data_source_config = self.data_source_config.to_dict()
        elif isinstance(self.data_source_config, EvalLogsDataSourceConfig):
            data_source_config = self.data_source_config.to_dict()
        else:
            data_source_config = self.data_source_config.to_dict()

        testing_criteria = []
        for testing_criteria_item_data in self.testing_criteria:
            testing_criteria_item: dict[str, Any]
            if isinstance(testing_criteria_item_data, EvalGraderLabelModel):
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

        created_at = self.created_at

        metadata: dict[str, Any] | None
        if isinstance(self.metadata, MetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        object_ = self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "data_source_config": data_source_config,
                "testing_criteria": testing_criteria,
                "created_at": created_at,
                "metadata": metadata,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        name = d["name"]

        def _parse_data_source_config(
            data: object,
        ) -> (
            EvalCustomDataSourceConfig
            | EvalLogsDataSourceConfig
            | EvalStoredCompletionsDataSourceConfig
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_source_config_type_0 = EvalCustomDataSourceConfig.from_dict(data)

                return data_source_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_source_config_type_1 = EvalLogsDataSourceConfig.from_dict(data)

                return data_source_config_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            data_source_config_type_2 = EvalStoredCompletionsDataSourceConfig.from_dict(data)

            return data_source_config_type_2

        data_source_config = _parse_data_source_config(d["data_source_config"])

        testing_criteria = []
        _testing_criteria = d["testing_criteria"]
        for testing_criteria_item_data in _testing_criteria:

            def _parse_testing_criteria_item(
                data: object,
            ) -> (
                EvalGraderLabelModel
                | EvalGraderPython
                | EvalGraderScoreModel
                | EvalGraderStringCheck
                | EvalGraderTextSimilarity
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    testing_criteria_item_type_0 = EvalGraderLabelModel.from_dict(data)

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

        created_at = d["created_at"]

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

        object_ = cast("Literal['eval'] | Unset", d.get("object", UNSET))
        if object_ != "eval" and not isinstance(object_, Unset):
            raise ValueError(f"object must match const 'eval', got '{object_}'")

        eval_ = cls(
            id=id,
            name=name,
            data_source_config=data_source_config,
            testing_criteria=testing_criteria,
            created_at=created_at,
            metadata=metadata,
            object_=object_,
        )

        eval_.additional_properties = _extra_fields(d)
        return eval_

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
