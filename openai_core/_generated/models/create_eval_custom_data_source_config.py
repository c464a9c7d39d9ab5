# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateEvalCustomDataSourceConfig")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "item_schema",
        "include_sample_schema",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class CreateEvalCustomDataSourceConfig(_Model):
    """Schema `CreateEvalCustomDataSourceConfig`.

    Attributes:
        type (Literal['custom']): Always 'custom'.
        item_schema (CreateEvalCustomDataSourceConfigItemSchema):
        include_sample_schema (bool | Unset): Server default: False. Default: False.
    """

    type: Literal["custom"]
    item_schema: CreateEvalCustomDataSourceConfigItemSchema
    include_sample_schema: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "type",
        "item_schema",
    )
    _oc_consts = {"type": "custom"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["item_schema"] = dump(self.item_schema)
        if self.include_sample_schema is not UNSET:
            field_dict["include_sample_schema"] = self.include_sample_schema
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        type_ = d.get("type")
        _item_schema = d.get("item_schema")
        item_schema = (
            CreateEvalCustomDataSourceConfigItemSchema.from_dict(_item_schema)
            if isinstance(_item_schema, dict)
            else _item_schema
        )
        include_sample_schema = d.get("include_sample_schema", UNSET)
        create_eval_custom_data_source_config = cls(
            type=type_,
            item_schema=item_schema,
            include_sample_schema=include_sample_schema,
        )
        if type_ is None or item_schema is None:
            create_eval_custom_data_source_config._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            create_eval_custom_data_source_config.additional_properties = _extra_fields(d)
        return create_eval_custom_data_source_config

    @property
    def type_(self) -> Literal["custom"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["custom"]) -> None:
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
from ..models.create_eval_custom_data_source_config_item_schema import (
    CreateEvalCustomDataSourceConfigItemSchema,  # noqa: E402
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
CreateEvalCustomDataSourceConfig._oc_fields = (
    ("type", "type", True, ("const", "custom")),
    ("item_schema", "item_schema", True, CreateEvalCustomDataSourceConfigItemSchema),
    ("include_sample_schema", "include_sample_schema", False, "boolean"),
)
