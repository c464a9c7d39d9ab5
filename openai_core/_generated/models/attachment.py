# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.attachment_type import AttachmentType, check_attachment_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="Attachment")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "id",
        "name",
        "mime_type",
        "preview_url",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class Attachment:
    """Schema `Attachment`.

    Attributes:
        type_ (AttachmentType): Schema `AttachmentType`.
        id (str):
        name (str):
        mime_type (str):
        preview_url (None | str | Unset):
    """

    type_: AttachmentType
    id: str
    name: str
    mime_type: str
    preview_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        id = self.id

        name = self.name

        mime_type = self.mime_type

        preview_url: None | str | Unset
        if isinstance(self.preview_url, Unset):
            preview_url = UNSET
        else:
            preview_url = self.preview_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "name": name,
                "mime_type": mime_type,
            }
        )
        if preview_url is not UNSET:
            field_dict["preview_url"] = preview_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = check_attachment_type(d["type"])

        id = d["id"]

        name = d["name"]

        mime_type = d["mime_type"]

        def _parse_preview_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        preview_url = _parse_preview_url(d.get("preview_url", UNSET))

        attachment = cls(
            type_=type_,
            id=id,
            name=name,
            mime_type=mime_type,
            preview_url=preview_url,
        )

        attachment.additional_properties = _extra_fields(d)
        return attachment

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
