# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.apply_patch_call_output_status import (
    ApplyPatchCallOutputStatus,
    check_apply_patch_call_output_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApplyPatchToolCallOutput")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "id",
        "call_id",
        "status",
        "caller",
        "output",
        "created_by",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class ApplyPatchToolCallOutput:
    """Schema `ApplyPatchToolCallOutput`.

    Attributes:
        type_ (Literal['apply_patch_call_output']): Always 'apply_patch_call_output'.
        id (str):
        call_id (str):
        status (ApplyPatchCallOutputStatus): Schema `ApplyPatchCallOutputStatus`.
        caller (DirectToolCallCaller | None | ProgramToolCallCaller | Unset):
        output (None | str | Unset):
        created_by (str | Unset):
    """

    type_: Literal["apply_patch_call_output"]
    id: str
    call_id: str
    status: ApplyPatchCallOutputStatus
    caller: DirectToolCallCaller | None | ProgramToolCallCaller | Unset = UNSET
    output: None | str | Unset = UNSET
    created_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        call_id = self.call_id

        status: str = self.status

        caller: dict[str, Any] | None | Unset
        if isinstance(self.caller, Unset):
            caller = UNSET
        elif isinstance(self.caller, DirectToolCallCaller):
            caller = self.caller.to_dict()
        elif isinstance(self.caller, ProgramToolCallCaller):
            caller = self.caller.to_dict()
        else:
            caller = self.caller

        output: None | str | Unset
        if isinstance(self.output, Unset):
            output = UNSET
        else:
            output = self.output

        created_by = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "call_id": call_id,
                "status": status,
            }
        )
        if caller is not UNSET:
            field_dict["caller"] = caller
        if output is not UNSET:
            field_dict["output"] = output
        if created_by is not UNSET:
            field_dict["created_by"] = created_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['apply_patch_call_output']", d["type"])
        if type_ != "apply_patch_call_output":
            raise ValueError(f"type must match const 'apply_patch_call_output', got '{type_}'")

        id = d["id"]

        call_id = d["call_id"]

        status = check_apply_patch_call_output_status(d["status"])

        def _parse_caller(
            data: object,
        ) -> DirectToolCallCaller | None | ProgramToolCallCaller | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_tool_call_caller_type_0 = DirectToolCallCaller.from_dict(data)

                return componentsschemas_tool_call_caller_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_tool_call_caller_type_1 = ProgramToolCallCaller.from_dict(data)

                return componentsschemas_tool_call_caller_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("DirectToolCallCaller | None | ProgramToolCallCaller | Unset", data)

        caller = _parse_caller(d.get("caller", UNSET))

        def _parse_output(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        output = _parse_output(d.get("output", UNSET))

        created_by = d.get("created_by", UNSET)

        apply_patch_tool_call_output = cls(
            type_=type_,
            id=id,
            call_id=call_id,
            status=status,
            caller=caller,
            output=output,
            created_by=created_by,
        )

        apply_patch_tool_call_output.additional_properties = _extra_fields(d)
        return apply_patch_tool_call_output

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
from ..models.direct_tool_call_caller import DirectToolCallCaller  # noqa: E402
from ..models.program_tool_call_caller import ProgramToolCallCaller  # noqa: E402
