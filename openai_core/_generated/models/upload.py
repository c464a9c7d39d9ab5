# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys
from ..models.upload_status import UploadStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="Upload")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "created_at",
        "filename",
        "bytes",
        "purpose",
        "status",
        "expires_at",
        "object",
        "file",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class Upload(_Model):
    """Schema `Upload`.

    Attributes:
        id (str):
        created_at (int):
        filename (str):
        bytes (int):
        purpose (str):
        status (UploadStatus): One of: 'pending', 'completed', 'cancelled', 'expired' (others kept).
        expires_at (int):
        object (Literal['upload'] | Unset): Always 'upload'.
        file (FileObject | None | Unset):
    """

    id: str
    created_at: int
    filename: str
    bytes: int
    purpose: str
    status: UploadStatus
    expires_at: int
    object: Literal["upload"] | Unset = UNSET
    file: FileObject | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "id",
        "created_at",
        "filename",
        "bytes",
        "purpose",
        "status",
        "expires_at",
    )
    _oc_consts = {"object": "upload"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["created_at"] = self.created_at
        field_dict["filename"] = self.filename
        field_dict["bytes"] = self.bytes
        field_dict["purpose"] = self.purpose
        field_dict["status"] = self.status
        field_dict["expires_at"] = self.expires_at
        if self.object is not UNSET:
            field_dict["object"] = self.object
        if self.file is not UNSET:
            field_dict["file"] = dump(self.file)
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        id = d.get("id")
        created_at = d.get("created_at")
        filename = d.get("filename")
        bytes_ = d.get("bytes")
        purpose = d.get("purpose")
        status = d.get("status")
        expires_at = d.get("expires_at")
        object_ = d.get("object", UNSET)
        _file = d.get("file", UNSET)
        file = FileObject.from_dict(_file) if isinstance(_file, dict) else _file
        upload = cls(
            id=id,
            created_at=created_at,
            filename=filename,
            bytes=bytes_,
            purpose=purpose,
            status=status,
            expires_at=expires_at,
            object=object_,
            file=file,
        )
        if (
            id is None
            or created_at is None
            or filename is None
            or bytes_ is None
            or purpose is None
            or status is None
            or expires_at is None
        ):
            upload._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            upload.additional_properties = _extra_fields(d)
        return upload

    @property
    def bytes_(self) -> int:
        """The `bytes` field, under its former name."""
        return self.bytes

    @bytes_.setter
    def bytes_(self, value: int) -> None:
        self.bytes = value

    @property
    def object_(self) -> Literal["upload"] | Unset:
        """The `object` field, under its former name."""
        return self.object

    @object_.setter
    def object_(self, value: Literal["upload"] | Unset) -> None:
        self.object = value

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
from ..models.file_object import FileObject  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
Upload._oc_fields = (
    ("id", "id", True, "string"),
    ("created_at", "created_at", True, "integer"),
    ("filename", "filename", True, "string"),
    ("bytes", "bytes", True, "integer"),
    ("purpose", "purpose", True, "string"),
    (
        "status",
        "status",
        True,
        ("enum", "UploadStatus", ("cancelled", "completed", "expired", "pending")),
    ),
    ("expires_at", "expires_at", True, "integer"),
    ("object", "object", False, ("const", "upload")),
    (
        "file",
        "file",
        False,
        (
            "union",
            (
                FileObject,
                "null",
            ),
        ),
    ),
)
