# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FunctionShellAction")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "commands",
        "timeout_ms",
        "max_output_length",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class FunctionShellAction:
    """Schema `FunctionShellAction`.

    Attributes:
        commands (list[str]):
        timeout_ms (int | None | Unset):
        max_output_length (int | None | Unset):
    """

    commands: list[str]
    timeout_ms: int | None | Unset = UNSET
    max_output_length: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        commands = self.commands

        timeout_ms: int | None | Unset
        if isinstance(self.timeout_ms, Unset):
            timeout_ms = UNSET
        else:
            timeout_ms = self.timeout_ms

        max_output_length: int | None | Unset
        if isinstance(self.max_output_length, Unset):
            max_output_length = UNSET
        else:
            max_output_length = self.max_output_length

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "commands": commands,
            }
        )
        if timeout_ms is not UNSET:
            field_dict["timeout_ms"] = timeout_ms
        if max_output_length is not UNSET:
            field_dict["max_output_length"] = max_output_length

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        commands = cast("list[str]", d["commands"])

        def _parse_timeout_ms(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        timeout_ms = _parse_timeout_ms(d.get("timeout_ms", UNSET))

        def _parse_max_output_length(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        max_output_length = _parse_max_output_length(d.get("max_output_length", UNSET))

        function_shell_action = cls(
            commands=commands,
            timeout_ms=timeout_ms,
            max_output_length=max_output_length,
        )

        function_shell_action.additional_properties = _extra_fields(d)
        return function_shell_action

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
