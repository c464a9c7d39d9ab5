# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_gen_tool_call_status import (
    ImageGenToolCallStatus,
    check_image_gen_tool_call_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageGenToolCall")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "id",
        "status",
        "result",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class ImageGenToolCall:
    """Schema `ImageGenToolCall`.

    Attributes:
        type_ (Literal['image_generation_call']): Always 'image_generation_call'.
        id (str):
        status (ImageGenToolCallStatus): One of: 'in_progress', 'completed', 'generating', 'failed' (others kept).
        result (None | str | Unset):
    """

    type_: Literal["image_generation_call"]
    id: str
    status: ImageGenToolCallStatus
    result: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        status: str = self.status

        result: None | str | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        else:
            result = self.result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "status": status,
            }
        )
        if result is not UNSET:
            field_dict["result"] = result

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['image_generation_call']", d["type"])
        if type_ != "image_generation_call":
            raise ValueError(f"type must match const 'image_generation_call', got '{type_}'")

        id = d["id"]

        status = check_image_gen_tool_call_status(d["status"])

        def _parse_result(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        result = _parse_result(d.get("result", UNSET))

        image_gen_tool_call = cls(
            type_=type_,
            id=id,
            status=status,
            result=result,
        )

        image_gen_tool_call.additional_properties = _extra_fields(d)
        return image_gen_tool_call

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
