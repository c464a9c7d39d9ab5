# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatkitConfigurationParam")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "automatic_thread_titling",
        "file_upload",
        "history",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class ChatkitConfigurationParam(_Model):
    """Schema `ChatkitConfigurationParam`.

    Attributes:
        automatic_thread_titling (AutomaticThreadTitlingParam | Unset): Schema `AutomaticThreadTitlingParam`.
        file_upload (FileUploadParam | Unset): Schema `FileUploadParam`.
        history (HistoryParam | Unset): Schema `HistoryParam`.
    """

    automatic_thread_titling: AutomaticThreadTitlingParam | Unset = UNSET
    file_upload: FileUploadParam | Unset = UNSET
    history: HistoryParam | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ()
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.automatic_thread_titling is not UNSET:
            field_dict["automatic_thread_titling"] = dump(self.automatic_thread_titling)
        if self.file_upload is not UNSET:
            field_dict["file_upload"] = dump(self.file_upload)
        if self.history is not UNSET:
            field_dict["history"] = dump(self.history)
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        _automatic_thread_titling = d.get("automatic_thread_titling", UNSET)
        automatic_thread_titling = (
            AutomaticThreadTitlingParam.from_dict(_automatic_thread_titling)
            if isinstance(_automatic_thread_titling, dict)
            else _automatic_thread_titling
        )
        _file_upload = d.get("file_upload", UNSET)
        file_upload = (
            FileUploadParam.from_dict(_file_upload)
            if isinstance(_file_upload, dict)
            else _file_upload
        )
        _history = d.get("history", UNSET)
        history = HistoryParam.from_dict(_history) if isinstance(_history, dict) else _history
        chatkit_configuration_param = cls(
            automatic_thread_titling=automatic_thread_titling,
            file_upload=file_upload,
            history=history,
        )
        if not _FIELDS.issuperset(d):
            chatkit_configuration_param.additional_properties = _extra_fields(d)
        return chatkit_configuration_param

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
from ..models.automatic_thread_titling_param import AutomaticThreadTitlingParam  # noqa: E402
from ..models.file_upload_param import FileUploadParam  # noqa: E402
from ..models.history_param import HistoryParam  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
ChatkitConfigurationParam._oc_fields = (
    ("automatic_thread_titling", "automatic_thread_titling", False, AutomaticThreadTitlingParam),
    ("file_upload", "file_upload", False, FileUploadParam),
    ("history", "history", False, HistoryParam),
)
