# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatkitConfigurationParam")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "automatic_thread_titling",
        "file_upload",
        "history",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class ChatkitConfigurationParam:
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

    def to_dict(self) -> dict[str, Any]:
        automatic_thread_titling: dict[str, Any] | Unset = UNSET
        if not isinstance(self.automatic_thread_titling, Unset):
            automatic_thread_titling = self.automatic_thread_titling.to_dict()

        file_upload: dict[str, Any] | Unset = UNSET
        if not isinstance(self.file_upload, Unset):
            file_upload = self.file_upload.to_dict()

        history: dict[str, Any] | Unset = UNSET
        if not isinstance(self.history, Unset):
            history = self.history.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if automatic_thread_titling is not UNSET:
            field_dict["automatic_thread_titling"] = automatic_thread_titling
        if file_upload is not UNSET:
            field_dict["file_upload"] = file_upload
        if history is not UNSET:
            field_dict["history"] = history

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _automatic_thread_titling = d.get("automatic_thread_titling", UNSET)
        automatic_thread_titling: AutomaticThreadTitlingParam | Unset
        if isinstance(_automatic_thread_titling, Unset):
            automatic_thread_titling = UNSET
        else:
            automatic_thread_titling = AutomaticThreadTitlingParam.from_dict(
                _automatic_thread_titling
            )

        _file_upload = d.get("file_upload", UNSET)
        file_upload: FileUploadParam | Unset
        if isinstance(_file_upload, Unset):
            file_upload = UNSET
        else:
            file_upload = FileUploadParam.from_dict(_file_upload)

        _history = d.get("history", UNSET)
        history: HistoryParam | Unset
        if isinstance(_history, Unset):
            history = UNSET
        else:
            history = HistoryParam.from_dict(_history)

        chatkit_configuration_param = cls(
            automatic_thread_titling=automatic_thread_titling,
            file_upload=file_upload,
            history=history,
        )

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
