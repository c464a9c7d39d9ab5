# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponsesServerEventType19")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "sequence_number",
        "output_index",
        "command_index",
        "delta",
        "obfuscation",
        "stream_id",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class ResponsesServerEventType19:
    """
    Attributes:
        type_ (Literal['response.shell_call_command.delta']): Always 'response.shell_call_command.delta'.
        sequence_number (int):
        output_index (int):
        command_index (int):
        delta (str):
        obfuscation (str | Unset):
        stream_id (str | Unset):
    """

    type_: Literal["response.shell_call_command.delta"]
    sequence_number: int
    output_index: int
    command_index: int
    delta: str
    obfuscation: str | Unset = UNSET
    stream_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        sequence_number = self.sequence_number

        output_index = self.output_index

        command_index = self.command_index

        delta = self.delta

        obfuscation = self.obfuscation

        stream_id = self.stream_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "sequence_number": sequence_number,
                "output_index": output_index,
                "command_index": command_index,
                "delta": delta,
            }
        )
        if obfuscation is not UNSET:
            field_dict["obfuscation"] = obfuscation
        if stream_id is not UNSET:
            field_dict["stream_id"] = stream_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['response.shell_call_command.delta']", d["type"])
        if type_ != "response.shell_call_command.delta":
            raise ValueError(
                f"type must match const 'response.shell_call_command.delta', got '{type_}'"
            )

        sequence_number = d["sequence_number"]

        output_index = d["output_index"]

        command_index = d["command_index"]

        delta = d["delta"]

        obfuscation = d.get("obfuscation", UNSET)

        stream_id = d.get("stream_id", UNSET)

        responses_server_event_type_19 = cls(
            type_=type_,
            sequence_number=sequence_number,
            output_index=output_index,
            command_index=command_index,
            delta=delta,
            obfuscation=obfuscation,
            stream_id=stream_id,
        )

        responses_server_event_type_19.additional_properties = _extra_fields(d)
        return responses_server_event_type_19

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
