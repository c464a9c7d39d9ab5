# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_upload_request_purpose import (
    CreateUploadRequestPurpose,
    check_create_upload_request_purpose,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateUploadRequest")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
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
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class CreateUploadRequest:
    """Schema `CreateUploadRequest`.

    Attributes:
        filename (str):
        purpose (CreateUploadRequestPurpose): One of: 'assistants', 'batch', 'fine-tune', 'vision' (others kept).
        bytes_ (int):
        mime_type (str):
        expires_after (FileExpirationAfter | Unset): Schema `FileExpirationAfter`.
    """

    filename: str
    purpose: CreateUploadRequestPurpose
    bytes_: int
    mime_type: str
    expires_after: FileExpirationAfter | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filename = self.filename

        purpose: str = self.purpose

        bytes_ = self.bytes_

        mime_type = self.mime_type

        expires_after: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expires_after, Unset):
            expires_after = self.expires_after.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filename": filename,
                "purpose": purpose,
                "bytes": bytes_,
                "mime_type": mime_type,
            }
        )
        if expires_after is not UNSET:
            field_dict["expires_after"] = expires_after

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        filename = d["filename"]

        purpose = check_create_upload_request_purpose(d["purpose"])

        bytes_ = d["bytes"]

        mime_type = d["mime_type"]

        _expires_after = d.get("expires_after", UNSET)
        expires_after: FileExpirationAfter | Unset
        if isinstance(_expires_after, Unset):
            expires_after = UNSET
        else:
            expires_after = FileExpirationAfter.from_dict(_expires_after)

        create_upload_request = cls(
            filename=filename,
            purpose=purpose,
            bytes_=bytes_,
            mime_type=mime_type,
            expires_after=expires_after,
        )

        create_upload_request.additional_properties = _extra_fields(d)
        return create_upload_request

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
