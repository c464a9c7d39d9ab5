# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.upload_status import UploadStatus, check_upload_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="Upload")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
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
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class Upload:
    """Schema `Upload`.

    Attributes:
        id (str):
        created_at (int):
        filename (str):
        bytes_ (int):
        purpose (str):
        status (UploadStatus): One of: 'pending', 'completed', 'cancelled', 'expired' (others kept).
        expires_at (int):
        object_ (Literal['upload'] | Unset): Always 'upload'.
        file (FileObject | None | Unset):
    """

    id: str
    created_at: int
    filename: str
    bytes_: int
    purpose: str
    status: UploadStatus
    expires_at: int
    object_: Literal["upload"] | Unset = UNSET
    file: FileObject | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at

        filename = self.filename

        bytes_ = self.bytes_

        purpose = self.purpose

        status: str = self.status

        expires_at = self.expires_at

        object_ = self.object_

        file: dict[str, Any] | None | Unset
        if isinstance(self.file, Unset):
            file = UNSET
        elif isinstance(self.file, FileObject):
            file = self.file.to_dict()
        else:
            file = self.file

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "filename": filename,
                "bytes": bytes_,
                "purpose": purpose,
                "status": status,
                "expires_at": expires_at,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if file is not UNSET:
            field_dict["file"] = file

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        created_at = d["created_at"]

        filename = d["filename"]

        bytes_ = d["bytes"]

        purpose = d["purpose"]

        status = check_upload_status(d["status"])

        expires_at = d["expires_at"]

        object_ = cast("Literal['upload'] | Unset", d.get("object", UNSET))
        if object_ != "upload" and not isinstance(object_, Unset):
            raise ValueError(f"object must match const 'upload', got '{object_}'")

        def _parse_file(data: object) -> FileObject | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                file_type_0 = FileObject.from_dict(data)

                return file_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("FileObject | None | Unset", data)

        file = _parse_file(d.get("file", UNSET))

        upload = cls(
            id=id,
            created_at=created_at,
            filename=filename,
            bytes_=bytes_,
            purpose=purpose,
            status=status,
            expires_at=expires_at,
            object_=object_,
            file=file,
        )

        upload.additional_properties = _extra_fields(d)
        return upload

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
