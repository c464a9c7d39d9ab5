# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VadConfig")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "prefix_padding_ms",
        "silence_duration_ms",
        "threshold",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class VadConfig:
    """Schema `VadConfig`.

    Attributes:
        type_ (Literal['server_vad']): Always 'server_vad'.
        prefix_padding_ms (int | Unset): Server default: 300. Default: 300.
        silence_duration_ms (int | Unset): Server default: 200. Default: 200.
        threshold (float | Unset): Server default: 0.5. Default: 0.5.
    """

    type_: Literal["server_vad"]
    prefix_padding_ms: int | Unset = 300
    silence_duration_ms: int | Unset = 200
    threshold: float | Unset = 0.5
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        prefix_padding_ms = self.prefix_padding_ms

        silence_duration_ms = self.silence_duration_ms

        threshold = self.threshold

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if prefix_padding_ms is not UNSET:
            field_dict["prefix_padding_ms"] = prefix_padding_ms
        if silence_duration_ms is not UNSET:
            field_dict["silence_duration_ms"] = silence_duration_ms
        if threshold is not UNSET:
            field_dict["threshold"] = threshold

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['server_vad']", d["type"])
        if type_ != "server_vad":
            raise ValueError(f"type must match const 'server_vad', got '{type_}'")

        prefix_padding_ms = d.get("prefix_padding_ms", UNSET)

        silence_duration_ms = d.get("silence_duration_ms", UNSET)

        threshold = d.get("threshold", UNSET)

        vad_config = cls(
            type_=type_,
            prefix_padding_ms=prefix_padding_ms,
            silence_duration_ms=silence_duration_ms,
            threshold=threshold,
        )

        vad_config.additional_properties = _extra_fields(d)
        return vad_config

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
