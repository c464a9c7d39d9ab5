# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_object_purpose import FileObjectPurpose, check_file_object_purpose
from ..models.file_object_status import FileObjectStatus, check_file_object_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="FileObject")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
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
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class FileObject:
    """Schema `OpenAIFile`.

    Attributes:
        id (str):
        bytes_ (int):
        created_at (int):
        filename (str):
        purpose (FileObjectPurpose): One of: 'assistants', 'assistants_output', 'batch', 'batch_output', 'fine-tune',
            'fine-tune-results', 'vision', 'user_data' (others kept).
        status (FileObjectStatus): One of: 'uploaded', 'processed', 'error' (others kept). Deprecated.
        expires_at (int | Unset):
        object_ (Literal['file'] | Unset): Always 'file'.
        status_details (str | Unset): Deprecated.
    """

    id: str
    bytes_: int
    created_at: int
    filename: str
    purpose: FileObjectPurpose
    status: FileObjectStatus
    expires_at: int | Unset = UNSET
    object_: Literal["file"] | Unset = UNSET
    status_details: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        bytes_ = self.bytes_

        created_at = self.created_at

        filename = self.filename

        purpose: str = self.purpose

        status: str = self.status

        expires_at = self.expires_at

        object_ = self.object_

        status_details = self.status_details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "bytes": bytes_,
                "created_at": created_at,
                "filename": filename,
                "purpose": purpose,
                "status": status,
            }
        )
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if object_ is not UNSET:
            field_dict["object"] = object_
        if status_details is not UNSET:
            field_dict["status_details"] = status_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        bytes_ = d["bytes"]

        created_at = d["created_at"]

        filename = d["filename"]

        purpose = check_file_object_purpose(d["purpose"])

        status = check_file_object_status(d["status"])

        expires_at = d.get("expires_at", UNSET)

        object_ = cast("Literal['file'] | Unset", d.get("object", UNSET))
        if object_ != "file" and not isinstance(object_, Unset):
            raise ValueError(f"object must match const 'file', got '{object_}'")

        status_details = d.get("status_details", UNSET)

        file_object = cls(
            id=id,
            bytes_=bytes_,
            created_at=created_at,
            filename=filename,
            purpose=purpose,
            status=status,
            expires_at=expires_at,
            object_=object_,
            status_details=status_details,
        )

        file_object.additional_properties = _extra_fields(d)
        return file_object

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
