# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatSessionFileUpload")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "enabled",
        "max_file_size",
        "max_files",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class ChatSessionFileUpload:
    """Schema `ChatSessionFileUpload`.

    Attributes:
        enabled (bool):
        max_file_size (int | None | Unset):
        max_files (int | None | Unset):
    """

    enabled: bool
    max_file_size: int | None | Unset = UNSET
    max_files: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        max_file_size: int | None | Unset
        if isinstance(self.max_file_size, Unset):
            max_file_size = UNSET
        else:
            max_file_size = self.max_file_size

        max_files: int | None | Unset
        if isinstance(self.max_files, Unset):
            max_files = UNSET
        else:
            max_files = self.max_files

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled": enabled,
            }
        )
        if max_file_size is not UNSET:
            field_dict["max_file_size"] = max_file_size
        if max_files is not UNSET:
            field_dict["max_files"] = max_files

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        enabled = d["enabled"]

        def _parse_max_file_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        max_file_size = _parse_max_file_size(d.get("max_file_size", UNSET))

        def _parse_max_files(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        max_files = _parse_max_files(d.get("max_files", UNSET))

        chat_session_file_upload = cls(
            enabled=enabled,
            max_file_size=max_file_size,
            max_files=max_files,
        )

        chat_session_file_upload.additional_properties = _extra_fields(d)
        return chat_session_file_upload

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
