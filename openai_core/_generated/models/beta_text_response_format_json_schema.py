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

T = TypeVar("T", bound="BetaTextResponseFormatJsonSchema")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "name",
        "schema",
        "description",
        "strict",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class BetaTextResponseFormatJsonSchema(_Model):
    """Schema `BetaTextResponseFormatJsonSchema`.

    Attributes:
        type (Literal['json_schema']): Always 'json_schema'.
        name (str):
        schema (BetaResponseFormatJsonSchemaSchema): Schema `BetaResponseFormatJsonSchemaSchema`.
        description (str | Unset):
        strict (bool | None | Unset):
    """

    type: Literal["json_schema"]
    name: str
    schema: BetaResponseFormatJsonSchemaSchema
    description: str | Unset = UNSET
    strict: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "type",
        "name",
        "schema",
    )
    _oc_consts = {"type": "json_schema"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["name"] = self.name
        field_dict["schema"] = dump(self.schema)
        if self.description is not UNSET:
            field_dict["description"] = self.description
        if self.strict is not UNSET:
            field_dict["strict"] = self.strict
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
        name = d.get("name")
        _schema = d.get("schema")
        schema = (
            BetaResponseFormatJsonSchemaSchema.from_dict(_schema)
            if isinstance(_schema, dict)
            else _schema
        )
        description = d.get("description", UNSET)
        strict = d.get("strict", UNSET)
        beta_text_response_format_json_schema = cls(
            type=type_,
            name=name,
            schema=schema,
            description=description,
            strict=strict,
        )
        if type_ is None or name is None or schema is None:
            beta_text_response_format_json_schema._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            beta_text_response_format_json_schema.additional_properties = _extra_fields(d)
        return beta_text_response_format_json_schema

    @property
    def type_(self) -> Literal["json_schema"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["json_schema"]) -> None:
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
from ..models.beta_response_format_json_schema_schema import BetaResponseFormatJsonSchemaSchema  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
BetaTextResponseFormatJsonSchema._oc_fields = (
    ("type", "type", True, ("const", "json_schema")),
    ("name", "name", True, "string"),
    ("schema", "schema", True, BetaResponseFormatJsonSchemaSchema),
    ("description", "description", False, "string"),
    (
        "strict",
        "strict",
        False,
        (
            "union",
            (
                "boolean",
                "null",
            ),
        ),
    ),
)
