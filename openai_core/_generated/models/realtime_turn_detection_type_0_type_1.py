# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_turn_detection_type_0_type_1_eagerness import (
    RealtimeTurnDetectionType0Type1Eagerness,
    check_realtime_turn_detection_type_0_type_1_eagerness,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeTurnDetectionType0Type1")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "eagerness",
        "create_response",
        "interrupt_response",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class RealtimeTurnDetectionType0Type1:
    """
    Attributes:
        type_ (Literal['semantic_vad']): Always 'semantic_vad'.
        eagerness (RealtimeTurnDetectionType0Type1Eagerness | Unset): One of: 'low', 'medium', 'high', 'auto' (others
            kept). Server default: 'auto'. Default: 'auto'.
        create_response (bool | Unset): Server default: True. Default: True.
        interrupt_response (bool | Unset): Server default: True. Default: True.
    """

    type_: Literal["semantic_vad"]
    eagerness: RealtimeTurnDetectionType0Type1Eagerness | Unset = "auto"
    create_response: bool | Unset = True
    interrupt_response: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        eagerness: str | Unset = UNSET
        if not isinstance(self.eagerness, Unset):
            eagerness = self.eagerness

        create_response = self.create_response

        interrupt_response = self.interrupt_response

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if eagerness is not UNSET:
            field_dict["eagerness"] = eagerness
        if create_response is not UNSET:
            field_dict["create_response"] = create_response
        if interrupt_response is not UNSET:
            field_dict["interrupt_response"] = interrupt_response

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['semantic_vad']", d["type"])
        if type_ != "semantic_vad":
            raise ValueError(f"type must match const 'semantic_vad', got '{type_}'")

        _eagerness = d.get("eagerness", UNSET)
        eagerness: RealtimeTurnDetectionType0Type1Eagerness | Unset
        if isinstance(_eagerness, Unset):
            eagerness = UNSET
        else:
            eagerness = check_realtime_turn_detection_type_0_type_1_eagerness(_eagerness)

        create_response = d.get("create_response", UNSET)

        interrupt_response = d.get("interrupt_response", UNSET)

        realtime_turn_detection_type_0_type_1 = cls(
            type_=type_,
            eagerness=eagerness,
            create_response=create_response,
            interrupt_response=interrupt_response,
        )

        realtime_turn_detection_type_0_type_1.additional_properties = _extra_fields(d)
        return realtime_turn_detection_type_0_type_1

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
