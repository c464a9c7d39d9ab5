# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InlineSkillSourceParam")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "media_type",
        "data",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class InlineSkillSourceParam:
    """Schema `InlineSkillSourceParam`.

    Attributes:
        type_ (Literal['base64']): Always 'base64'.
        media_type (Literal['application/zip']): Always 'application/zip'.
        data (str): Length 1..70254592.
    """

    type_: Literal["base64"]
    media_type: Literal["application/zip"]
    data: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        media_type = self.media_type

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "media_type": media_type,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['base64']", d["type"])
        if type_ != "base64":
            raise ValueError(f"type must match const 'base64', got '{type_}'")

        media_type = cast("Literal['application/zip']", d["media_type"])
        if media_type != "application/zip":
            raise ValueError(f"media_type must match const 'application/zip', got '{media_type}'")

        data = d["data"]

        inline_skill_source_param = cls(
            type_=type_,
            media_type=media_type,
            data=data,
        )

        inline_skill_source_param.additional_properties = _extra_fields(d)
        return inline_skill_source_param

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
