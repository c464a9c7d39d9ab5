# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
import json
from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..base import Model as _Model
from ..base import dump, missing_keys
from ..models.create_file_request_purpose import (
    CreateFileRequestPurpose,
)
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="CreateFileRequest")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "file",
        "purpose",
        "expires_after",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class CreateFileRequest(_Model):
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

    _oc_wire = _FIELDS
    _oc_required = (
        "file",
        "purpose",
    )
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["file"] = dump(self.file)
        field_dict["purpose"] = self.purpose
        if self.expires_after is not UNSET:
            field_dict["expires_after"] = dump(self.expires_after)
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
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
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        _file = d.get("file")
        file = File(payload=BytesIO(_file)) if isinstance(_file, bytes) else _file
        purpose = d.get("purpose")
        _expires_after = d.get("expires_after", UNSET)
        expires_after = (
            FileExpirationAfter.from_dict(_expires_after)
            if isinstance(_expires_after, dict)
            else _expires_after
        )
        create_file_request = cls(
            file=file,
            purpose=purpose,
            expires_after=expires_after,
        )
        if file is None or purpose is None:
            create_file_request._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
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

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
CreateFileRequest._oc_fields = (
    ("file", "file", True, "file"),
    (
        "purpose",
        "purpose",
        True,
        (
            "enum",
            "CreateFileRequestPurpose",
            ("assistants", "batch", "evals", "fine-tune", "user_data", "vision"),
        ),
    ),
    ("expires_after", "expires_after", False, FileExpirationAfter),
)
