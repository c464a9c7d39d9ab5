# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaTextResponseFormatJsonSchema")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
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
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class BetaTextResponseFormatJsonSchema:
    """Schema `BetaTextResponseFormatJsonSchema`.

    Attributes:
        type_ (Literal['json_schema']): Always 'json_schema'.
        name (str):
        schema (BetaResponseFormatJsonSchemaSchema): Schema `BetaResponseFormatJsonSchemaSchema`.
        description (str | Unset):
        strict (bool | None | Unset):
    """

    type_: Literal["json_schema"]
    name: str
    schema: BetaResponseFormatJsonSchemaSchema
    description: str | Unset = UNSET
    strict: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        name = self.name

        schema = self.schema.to_dict()

        description = self.description

        strict: bool | None | Unset
        if isinstance(self.strict, Unset):
            strict = UNSET
        else:
            strict = self.strict

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "name": name,
                "schema": schema,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if strict is not UNSET:
            field_dict["strict"] = strict

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['json_schema']", d["type"])
        if type_ != "json_schema":
            raise ValueError(f"type must match const 'json_schema', got '{type_}'")

        name = d["name"]

        schema = BetaResponseFormatJsonSchemaSchema.from_dict(d["schema"])

        description = d.get("description", UNSET)

        def _parse_strict(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("bool | None | Unset", data)

        strict = _parse_strict(d.get("strict", UNSET))

        beta_text_response_format_json_schema = cls(
            type_=type_,
            name=name,
            schema=schema,
            description=description,
            strict=strict,
        )

        beta_text_response_format_json_schema.additional_properties = _extra_fields(d)
        return beta_text_response_format_json_schema

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
