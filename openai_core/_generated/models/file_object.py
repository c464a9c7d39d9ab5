# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import missing_keys
from ..models.file_object_purpose import FileObjectPurpose
from ..models.file_object_status import FileObjectStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="FileObject")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "bytes",
        "created_at",
        "filename",
        "purpose",
        "status",
        "expires_at",
        "object",
        "status_details",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class FileObject(_Model):
    """Schema `OpenAIFile`.

    Attributes:
        id (str):
        bytes (int):
        created_at (int):
        filename (str):
        purpose (FileObjectPurpose): One of: 'assistants', 'assistants_output', 'batch', 'batch_output', 'fine-tune',
            'fine-tune-results', 'vision', 'user_data' (others kept).
        status (FileObjectStatus): One of: 'uploaded', 'processed', 'error' (others kept). Deprecated.
        expires_at (int | Unset):
        object (Literal['file'] | Unset): Always 'file'.
        status_details (str | Unset): Deprecated.
    """

    id: str
    bytes: int
    created_at: int
    filename: str
    purpose: FileObjectPurpose
    status: FileObjectStatus
    expires_at: int | Unset = UNSET
    object: Literal["file"] | Unset = UNSET
    status_details: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "id",
        "bytes",
        "created_at",
        "filename",
        "purpose",
        "status",
    )
    _oc_consts = {"object": "file"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["bytes"] = self.bytes
        field_dict["created_at"] = self.created_at
        field_dict["filename"] = self.filename
        field_dict["purpose"] = self.purpose
        field_dict["status"] = self.status
        if self.expires_at is not UNSET:
            field_dict["expires_at"] = self.expires_at
        if self.object is not UNSET:
            field_dict["object"] = self.object
        if self.status_details is not UNSET:
            field_dict["status_details"] = self.status_details
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
        bytes_ = d.get("bytes")
        created_at = d.get("created_at")
        filename = d.get("filename")
        purpose = d.get("purpose")
        status = d.get("status")
        expires_at = d.get("expires_at", UNSET)
        object_ = d.get("object", UNSET)
        status_details = d.get("status_details", UNSET)
        file_object = cls(
            id=id,
            bytes=bytes_,
            created_at=created_at,
            filename=filename,
            purpose=purpose,
            status=status,
            expires_at=expires_at,
            object=object_,
            status_details=status_details,
        )
        if (
            id is None
            or bytes_ is None
            or created_at is None
            or filename is None
            or purpose is None
            or status is None
        ):
            file_object._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            file_object.additional_properties = _extra_fields(d)
        return file_object

    @property
    def bytes_(self) -> int:
        """The `bytes` field, under its former name."""
        return self.bytes

    @bytes_.setter
    def bytes_(self, value: int) -> None:
        self.bytes = value

    @property
    def object_(self) -> Literal["file"] | Unset:
        """The `object` field, under its former name."""
        return self.object

    @object_.setter
    def object_(self, value: Literal["file"] | Unset) -> None:
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


# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
FileObject._oc_fields = (
    ("id", "id", True, "string"),
    ("bytes", "bytes", True, "integer"),
    ("created_at", "created_at", True, "integer"),
    ("filename", "filename", True, "string"),
    (
        "purpose",
        "purpose",
        True,
        (
            "enum",
            "FileObjectPurpose",
            (
                "assistants",
                "assistants_output",
                "batch",
                "batch_output",
                "fine-tune",
                "fine-tune-results",
                "user_data",
                "vision",
            ),
        ),
    ),
    ("status", "status", True, ("enum", "FileObjectStatus", ("error", "processed", "uploaded"))),
    ("expires_at", "expires_at", False, "integer"),
    ("object", "object", False, ("const", "file")),
    ("status_details", "status_details", False, "string"),
)
