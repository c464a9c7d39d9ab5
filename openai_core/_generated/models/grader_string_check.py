# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.grader_string_check_operation import (
    GraderStringCheckOperation,
    check_grader_string_check_operation,
)

T = TypeVar("T", bound="GraderStringCheck")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "name",
        "input",
        "reference",
        "operation",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class GraderStringCheck:
    """Schema `GraderStringCheck`.

    Attributes:
        type_ (Literal['string_check']): Always 'string_check'.
        name (str):
        input_ (str):
        reference (str):
        operation (GraderStringCheckOperation): One of: 'eq', 'ne', 'like', 'ilike' (others kept).
    """

    type_: Literal["string_check"]
    name: str
    input_: str
    reference: str
    operation: GraderStringCheckOperation
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        name = self.name

        input_ = self.input_

        reference = self.reference

        operation: str = self.operation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "name": name,
                "input": input_,
                "reference": reference,
                "operation": operation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['string_check']", d["type"])
        if type_ != "string_check":
            raise ValueError(f"type must match const 'string_check', got '{type_}'")

        name = d["name"]

        input_ = d["input"]

        reference = d["reference"]

        operation = check_grader_string_check_operation(d["operation"])

        grader_string_check = cls(
            type_=type_,
            name=name,
            input_=input_,
            reference=reference,
            operation=operation,
        )

        grader_string_check.additional_properties = _extra_fields(d)
        return grader_string_check

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
