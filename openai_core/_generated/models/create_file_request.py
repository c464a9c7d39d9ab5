# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.create_file_request_purpose import (
    CreateFileRequestPurpose,
    check_create_file_request_purpose,
)
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="CreateFileRequest")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "file",
        "purpose",
        "expires_after",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class CreateFileRequest:
    """Schema `CreateFileRequest`.

    Attributes:
        file (File):
        purpose (CreateFileRequestPurpose): One of: 'assistants', 'batch', 'fine-tune', 'vision', 'user_data', 'evals'
            (others kept).
        expires_after (FileExpirationAfter | Unset): Schema `FileExpirationAfter`.
    """

    file: File
    purpose: CreateFileRequestPurpose
    expires_after: FileExpirationAfter | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        purpose: str = self.purpose

        expires_after: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expires_after, Unset):
            expires_after = self.expires_after.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
                "purpose": purpose,
            }
        )
        if expires_after is not UNSET:
            field_dict["expires_after"] = expires_after

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        files.append(("purpose", (None, str(self.purpose).encode(), "text/plain")))

        if not isinstance(self.expires_after, Unset):
            files.append(
                (
                    "expires_after",
                    (None, json.dumps(self.expires_after.to_dict()).encode(), "application/json"),
                )
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        file = File(payload=BytesIO(d["file"]))

        purpose = check_create_file_request_purpose(d["purpose"])

        _expires_after = d.get("expires_after", UNSET)
        expires_after: FileExpirationAfter | Unset
        if isinstance(_expires_after, Unset):
            expires_after = UNSET
        else:
            expires_after = FileExpirationAfter.from_dict(_expires_after)

        create_file_request = cls(
            file=file,
            purpose=purpose,
            expires_after=expires_after,
        )

        create_file_request.additional_properties = _extra_fields(d)
        return create_file_request

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
