# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ComputerScreenshotImage")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "image_url",
        "file_id",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class ComputerScreenshotImage:
    """Schema `ComputerScreenshotImage`.

    Attributes:
        type_ (Literal['computer_screenshot']): Always 'computer_screenshot'.
        image_url (str | Unset):
        file_id (str | Unset):
    """

    type_: Literal["computer_screenshot"]
    image_url: str | Unset = UNSET
    file_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        image_url = self.image_url

        file_id = self.file_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if file_id is not UNSET:
            field_dict["file_id"] = file_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['computer_screenshot']", d["type"])
        if type_ != "computer_screenshot":
            raise ValueError(f"type must match const 'computer_screenshot', got '{type_}'")

        image_url = d.get("image_url", UNSET)

        file_id = d.get("file_id", UNSET)

        computer_screenshot_image = cls(
            type_=type_,
            image_url=image_url,
            file_id=file_id,
        )

        computer_screenshot_image.additional_properties = _extra_fields(d)
        return computer_screenshot_image

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
