# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.program_output_item_status import (
    ProgramOutputItemStatus,
    check_program_output_item_status,
)

T = TypeVar("T", bound="ProgramOutputItemParam")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "type",
        "call_id",
        "result",
        "status",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class ProgramOutputItemParam:
    """Schema `ProgramOutputItemParam`.

    Attributes:
        id (str):
        type_ (Literal['program_output']): Always 'program_output'.
        call_id (str): Length 1..64.
        result (str): Length 0..10485760.
        status (ProgramOutputItemStatus): Schema `ProgramOutputItemStatus`.
    """

    id: str
    type_: Literal["program_output"]
    call_id: str
    result: str
    status: ProgramOutputItemStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        call_id = self.call_id

        result = self.result

        status: str = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "call_id": call_id,
                "result": result,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        type_ = cast("Literal['program_output']", d["type"])
        if type_ != "program_output":
            raise ValueError(f"type must match const 'program_output', got '{type_}'")

        call_id = d["call_id"]

        result = d["result"]

        status = check_program_output_item_status(d["status"])

        program_output_item_param = cls(
            id=id,
            type_=type_,
            call_id=call_id,
            result=result,
            status=status,
        )

        program_output_item_param.additional_properties = _extra_fields(d)
        return program_output_item_param

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
