# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.local_shell_tool_call_status import (
    LocalShellToolCallStatus,
    check_local_shell_tool_call_status,
)

T = TypeVar("T", bound="LocalShellToolCall")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "id",
        "call_id",
        "action",
        "status",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class LocalShellToolCall:
    """Schema `LocalShellToolCall`.

    Attributes:
        type_ (Literal['local_shell_call']): Always 'local_shell_call'.
        id (str):
        call_id (str):
        action (LocalShellExecAction): Schema `LocalShellExecAction`.
        status (LocalShellToolCallStatus): One of: 'in_progress', 'completed', 'incomplete' (others kept).
    """

    type_: Literal["local_shell_call"]
    id: str
    call_id: str
    action: LocalShellExecAction
    status: LocalShellToolCallStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        call_id = self.call_id

        action = self.action.to_dict()

        status: str = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "call_id": call_id,
                "action": action,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['local_shell_call']", d["type"])
        if type_ != "local_shell_call":
            raise ValueError(f"type must match const 'local_shell_call', got '{type_}'")

        id = d["id"]

        call_id = d["call_id"]

        action = LocalShellExecAction.from_dict(d["action"])

        status = check_local_shell_tool_call_status(d["status"])

        local_shell_tool_call = cls(
            type_=type_,
            id=id,
            call_id=call_id,
            action=action,
            status=status,
        )

        local_shell_tool_call.additional_properties = _extra_fields(d)
        return local_shell_tool_call

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
from ..models.local_shell_exec_action import LocalShellExecAction  # noqa: E402
