# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EvalLogsDataSourceConfig")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "schema",
        "metadata",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class EvalLogsDataSourceConfig:
    """Schema `EvalLogsDataSourceConfig`.

    Attributes:
        type_ (Literal['logs']): Always 'logs'.
        schema (EvalLogsDataSourceConfigSchema):
        metadata (MetadataType0 | None | Unset): Schema `Metadata`.
    """

    type_: Literal["logs"]
    schema: EvalLogsDataSourceConfigSchema
    metadata: MetadataType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        schema = self.schema.to_dict()

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
                "type": type_,
                "schema": schema,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['logs']", d["type"])
        if type_ != "logs":
            raise ValueError(f"type must match const 'logs', got '{type_}'")

        schema = EvalLogsDataSourceConfigSchema.from_dict(d["schema"])

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

        eval_logs_data_source_config = cls(
            type_=type_,
            schema=schema,
            metadata=metadata,
        )

        eval_logs_data_source_config.additional_properties = _extra_fields(d)
        return eval_logs_data_source_config

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
from ..models.eval_logs_data_source_config_schema import EvalLogsDataSourceConfigSchema  # noqa: E402
from ..models.metadata_type_0 import MetadataType0  # noqa: E402
