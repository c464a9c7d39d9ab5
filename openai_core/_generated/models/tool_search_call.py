# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.function_call_status import FunctionCallStatus, check_function_call_status
from ..models.tool_search_execution_type import (
    ToolSearchExecutionType,
    check_tool_search_execution_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ToolSearchCall")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "id",
        "execution",
        "arguments",
        "status",
        "call_id",
        "created_by",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class ToolSearchCall:
    """Schema `ToolSearchCall`.

    Attributes:
        type_ (Literal['tool_search_call']): Always 'tool_search_call'.
        id (str):
        execution (ToolSearchExecutionType): Schema `ToolSearchExecutionType`.
        arguments (Any):
        status (FunctionCallStatus): Schema `FunctionCallStatus`.
        call_id (None | str | Unset):
        created_by (str | Unset):
    """

    type_: Literal["tool_search_call"]
    id: str
    execution: ToolSearchExecutionType
    arguments: Any
    status: FunctionCallStatus
    call_id: None | str | Unset = UNSET
    created_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        execution: str = self.execution

        arguments = self.arguments

        status: str = self.status

        call_id: None | str | Unset
        if isinstance(self.call_id, Unset):
            call_id = UNSET
        else:
            call_id = self.call_id

        created_by = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "execution": execution,
                "arguments": arguments,
                "status": status,
            }
        )
        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if created_by is not UNSET:
            field_dict["created_by"] = created_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['tool_search_call']", d["type"])
        if type_ != "tool_search_call":
            raise ValueError(f"type must match const 'tool_search_call', got '{type_}'")

        id = d["id"]

        execution = check_tool_search_execution_type(d["execution"])

        arguments = d["arguments"]

        status = check_function_call_status(d["status"])

        def _parse_call_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        call_id = _parse_call_id(d.get("call_id", UNSET))

        created_by = d.get("created_by", UNSET)

        tool_search_call = cls(
            type_=type_,
            id=id,
            execution=execution,
            arguments=arguments,
            status=status,
            call_id=call_id,
            created_by=created_by,
        )

        tool_search_call.additional_properties = _extra_fields(d)
        return tool_search_call

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
