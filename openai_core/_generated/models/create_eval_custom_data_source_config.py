# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateEvalCustomDataSourceConfig")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "item_schema",
        "include_sample_schema",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class CreateEvalCustomDataSourceConfig:
    """Schema `CreateEvalCustomDataSourceConfig`.

    Attributes:
        type_ (Literal['custom']): Always 'custom'.
        item_schema (CreateEvalCustomDataSourceConfigItemSchema):
        include_sample_schema (bool | Unset): Server default: False. Default: False.
    """

    type_: Literal["custom"]
    item_schema: CreateEvalCustomDataSourceConfigItemSchema
    include_sample_schema: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        item_schema = self.item_schema.to_dict()

        include_sample_schema = self.include_sample_schema

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "item_schema": item_schema,
            }
        )
        if include_sample_schema is not UNSET:
            field_dict["include_sample_schema"] = include_sample_schema

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['custom']", d["type"])
        if type_ != "custom":
            raise ValueError(f"type must match const 'custom', got '{type_}'")

        item_schema = CreateEvalCustomDataSourceConfigItemSchema.from_dict(d["item_schema"])

        include_sample_schema = d.get("include_sample_schema", UNSET)

        create_eval_custom_data_source_config = cls(
            type_=type_,
            item_schema=item_schema,
            include_sample_schema=include_sample_schema,
        )

        create_eval_custom_data_source_config.additional_properties = _extra_fields(d)
        return create_eval_custom_data_source_config

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
from ..models.create_eval_custom_data_source_config_item_schema import (
    CreateEvalCustomDataSourceConfigItemSchema,  # noqa: E402
)
