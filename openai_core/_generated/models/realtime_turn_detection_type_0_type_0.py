# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeTurnDetectionType0Type0")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "threshold",
        "prefix_padding_ms",
        "silence_duration_ms",
        "create_response",
        "interrupt_response",
        "idle_timeout_ms",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class RealtimeTurnDetectionType0Type0:
    """
    Attributes:
        type_ (Literal['server_vad']): Always 'server_vad'. Server default: 'server_vad'. Default: 'server_vad'.
        threshold (float | Unset):
        prefix_padding_ms (int | Unset):
        silence_duration_ms (int | Unset):
        create_response (bool | Unset): Server default: True. Default: True.
        interrupt_response (bool | Unset): Server default: True. Default: True.
        idle_timeout_ms (int | None | Unset):
    """

    type_: Literal["server_vad"] = "server_vad"
    threshold: float | Unset = UNSET
    prefix_padding_ms: int | Unset = UNSET
    silence_duration_ms: int | Unset = UNSET
    create_response: bool | Unset = True
    interrupt_response: bool | Unset = True
    idle_timeout_ms: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        threshold = self.threshold

        prefix_padding_ms = self.prefix_padding_ms

        silence_duration_ms = self.silence_duration_ms

        create_response = self.create_response

        interrupt_response = self.interrupt_response

        idle_timeout_ms: int | None | Unset
        if isinstance(self.idle_timeout_ms, Unset):
            idle_timeout_ms = UNSET
        else:
            idle_timeout_ms = self.idle_timeout_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if threshold is not UNSET:
            field_dict["threshold"] = threshold
        if prefix_padding_ms is not UNSET:
            field_dict["prefix_padding_ms"] = prefix_padding_ms
        if silence_duration_ms is not UNSET:
            field_dict["silence_duration_ms"] = silence_duration_ms
        if create_response is not UNSET:
            field_dict["create_response"] = create_response
        if interrupt_response is not UNSET:
            field_dict["interrupt_response"] = interrupt_response
        if idle_timeout_ms is not UNSET:
            field_dict["idle_timeout_ms"] = idle_timeout_ms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['server_vad']", d["type"])
        if type_ != "server_vad":
            raise ValueError(f"type must match const 'server_vad', got '{type_}'")

        threshold = d.get("threshold", UNSET)

        prefix_padding_ms = d.get("prefix_padding_ms", UNSET)

        silence_duration_ms = d.get("silence_duration_ms", UNSET)

        create_response = d.get("create_response", UNSET)

        interrupt_response = d.get("interrupt_response", UNSET)

        def _parse_idle_timeout_ms(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        idle_timeout_ms = _parse_idle_timeout_ms(d.get("idle_timeout_ms", UNSET))

        realtime_turn_detection_type_0_type_0 = cls(
            type_=type_,
            threshold=threshold,
            prefix_padding_ms=prefix_padding_ms,
            silence_duration_ms=silence_duration_ms,
            create_response=create_response,
            interrupt_response=interrupt_response,
            idle_timeout_ms=idle_timeout_ms,
        )

        realtime_turn_detection_type_0_type_0.additional_properties = _extra_fields(d)
        return realtime_turn_detection_type_0_type_0

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
