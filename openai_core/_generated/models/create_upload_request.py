# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys
from ..models.create_upload_request_purpose import (
    CreateUploadRequestPurpose,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateUploadRequest")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "filename",
        "purpose",
        "bytes",
        "mime_type",
        "expires_after",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class CreateUploadRequest(_Model):
    """Schema `CreateUploadRequest`.

    Attributes:
        filename (str):
        purpose (CreateUploadRequestPurpose): One of: 'assistants', 'batch', 'fine-tune', 'vision' (others kept).
        bytes (int):
        mime_type (str):
        expires_after (FileExpirationAfter | Unset): Schema `FileExpirationAfter`.
    """

    filename: str
    purpose: CreateUploadRequestPurpose
    bytes: int
    mime_type: str
    expires_after: FileExpirationAfter | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "filename",
        "purpose",
        "bytes",
        "mime_type",
    )
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["filename"] = self.filename
        field_dict["purpose"] = self.purpose
        field_dict["bytes"] = self.bytes
        field_dict["mime_type"] = self.mime_type
        if self.expires_after is not UNSET:
            field_dict["expires_after"] = dump(self.expires_after)
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        filename = d.get("filename")
        purpose = d.get("purpose")
        bytes_ = d.get("bytes")
        mime_type = d.get("mime_type")
        _expires_after = d.get("expires_after", UNSET)
        expires_after = (
            FileExpirationAfter.from_dict(_expires_after)
            if isinstance(_expires_after, dict)
            else _expires_after
        )
        create_upload_request = cls(
            filename=filename,
            purpose=purpose,
            bytes=bytes_,
            mime_type=mime_type,
            expires_after=expires_after,
        )
        if filename is None or purpose is None or bytes_ is None or mime_type is None:
            create_upload_request._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            create_upload_request.additional_properties = _extra_fields(d)
        return create_upload_request

    @property
    def bytes_(self) -> int:
        """The `bytes` field, under its former name."""
        return self.bytes

    @bytes_.setter
    def bytes_(self, value: int) -> None:
        self.bytes = value

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


# Imported last: the classes above exist before any model that refers back to them is loaded.
from ..models.file_expiration_after import FileExpirationAfter  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
CreateUploadRequest._oc_fields = (
    ("filename", "filename", True, "string"),
    (
        "purpose",
        "purpose",
        True,
        ("enum", "CreateUploadRequestPurpose", ("assistants", "batch", "fine-tune", "vision")),
    ),
    ("bytes", "bytes", True, "integer"),
    ("mime_type", "mime_type", True, "string"),
    ("expires_after", "expires_after", False, FileExpirationAfter),
)
