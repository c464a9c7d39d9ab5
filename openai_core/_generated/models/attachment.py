# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import missing_keys
from ..models.attachment_type import AttachmentType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Attachment")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
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
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class Attachment(_Model):
    """Schema `Attachment`.

    Attributes:
        type (AttachmentType): Schema `AttachmentType`.
        id (str):
        name (str):
        mime_type (str):
        preview_url (None | str | Unset):
    """

    type: AttachmentType
    id: str
    name: str
    mime_type: str
    preview_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "type",
        "id",
        "name",
        "mime_type",
    )
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["id"] = self.id
        field_dict["name"] = self.name
        field_dict["mime_type"] = self.mime_type
        if self.preview_url is not UNSET:
            field_dict["preview_url"] = self.preview_url
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        type_ = d.get("type")
        id = d.get("id")
        name = d.get("name")
        mime_type = d.get("mime_type")
        preview_url = d.get("preview_url", UNSET)
        attachment = cls(
            type=type_,
            id=id,
            name=name,
            mime_type=mime_type,
            preview_url=preview_url,
        )
        if type_ is None or id is None or name is None or mime_type is None:
            attachment._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            attachment.additional_properties = _extra_fields(d)
        return attachment

    @property
    def type_(self) -> AttachmentType:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: AttachmentType) -> None:
        self.type = value

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


# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
Attachment._oc_fields = (
    ("type", "type", True, ("enum", "AttachmentType", ("file", "image"))),
    ("id", "id", True, "string"),
    ("name", "name", True, "string"),
    ("mime_type", "mime_type", True, "string"),
    (
        "preview_url",
        "preview_url",
        False,
        (
            "union",
            (
                "string",
                "null",
            ),
        ),
    ),
)
