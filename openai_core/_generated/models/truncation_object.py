# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.truncation_object_type import TruncationObjectType, check_truncation_object_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="TruncationObject")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "last_messages",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class TruncationObject:
    """Schema `TruncationObject`.

    Attributes:
        type_ (TruncationObjectType): One of: 'auto', 'last_messages' (others kept).
        last_messages (int | None | Unset):
    """

    type_: TruncationObjectType
    last_messages: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        last_messages: int | None | Unset
        if isinstance(self.last_messages, Unset):
            last_messages = UNSET
        else:
            last_messages = self.last_messages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if last_messages is not UNSET:
            field_dict["last_messages"] = last_messages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = check_truncation_object_type(d["type"])

        def _parse_last_messages(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        last_messages = _parse_last_messages(d.get("last_messages", UNSET))

        truncation_object = cls(
            type_=type_,
            last_messages=last_messages,
        )

        truncation_object.additional_properties = _extra_fields(d)
        return truncation_object

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
