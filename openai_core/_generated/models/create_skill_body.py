# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..base import Model as _Model
from ..base import dump
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="CreateSkillBody")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "files",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_files(data: Any) -> Any:
    if isinstance(data, list):
        return (
            [(File(payload=BytesIO(_i1)) if isinstance(_i1, bytes) else _i1) for _i1 in data]
            if isinstance(data, list)
            else data
        )
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class CreateSkillBody(_Model):
    """Schema `CreateSkillBody`.

    Attributes:
        files (File | list[File] | Unset):
    """

    files: File | list[File] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ()
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.files is not UNSET:
            field_dict["files"] = dump(self.files)
        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.files, Unset):
            if isinstance(self.files, list):
                for files_type_0_item_element in self.files:
                    files.append(("files", files_type_0_item_element.to_tuple()))
            else:
                files.append(("files", self.files.to_tuple()))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        _files = d.get("files", UNSET)
        files = _read_files(_files)
        create_skill_body = cls(
            files=files,
        )
        if not _FIELDS.issuperset(d):
            create_skill_body.additional_properties = _extra_fields(d)
        return create_skill_body

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
CreateSkillBody._oc_fields = (
    (
        "files",
        "files",
        False,
        (
            "union",
            (
                ("list", "file"),
                "file",
            ),
        ),
    ),
)
