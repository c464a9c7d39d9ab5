# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys

T = TypeVar("T", bound="ChatSessionChatkitConfiguration")

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
class ChatSessionChatkitConfiguration(_Model):
    """Schema `ChatSessionChatkitConfiguration`.

    Attributes:
        automatic_thread_titling (ChatSessionAutomaticThreadTitling): Schema `ChatSessionAutomaticThreadTitling`.
        file_upload (ChatSessionFileUpload): Schema `ChatSessionFileUpload`.
        history (ChatSessionHistory): Schema `ChatSessionHistory`.
    """

    automatic_thread_titling: ChatSessionAutomaticThreadTitling
    file_upload: ChatSessionFileUpload
    history: ChatSessionHistory
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "automatic_thread_titling",
        "file_upload",
        "history",
    )
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["automatic_thread_titling"] = dump(self.automatic_thread_titling)
        field_dict["file_upload"] = dump(self.file_upload)
        field_dict["history"] = dump(self.history)
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        _automatic_thread_titling = d.get("automatic_thread_titling")
        automatic_thread_titling = (
            ChatSessionAutomaticThreadTitling.from_dict(_automatic_thread_titling)
            if isinstance(_automatic_thread_titling, dict)
            else _automatic_thread_titling
        )
        _file_upload = d.get("file_upload")
        file_upload = (
            ChatSessionFileUpload.from_dict(_file_upload)
            if isinstance(_file_upload, dict)
            else _file_upload
        )
        _history = d.get("history")
        history = ChatSessionHistory.from_dict(_history) if isinstance(_history, dict) else _history
        chat_session_chatkit_configuration = cls(
            automatic_thread_titling=automatic_thread_titling,
            file_upload=file_upload,
            history=history,
        )
        if automatic_thread_titling is None or file_upload is None or history is None:
            chat_session_chatkit_configuration._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            chat_session_chatkit_configuration.additional_properties = _extra_fields(d)
        return chat_session_chatkit_configuration

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
from ..models.chat_session_automatic_thread_titling import ChatSessionAutomaticThreadTitling  # noqa: E402
from ..models.chat_session_file_upload import ChatSessionFileUpload  # noqa: E402
from ..models.chat_session_history import ChatSessionHistory  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
ChatSessionChatkitConfiguration._oc_fields = (
    (
        "automatic_thread_titling",
        "automatic_thread_titling",
        True,
        ChatSessionAutomaticThreadTitling,
    ),
    ("file_upload", "file_upload", True, ChatSessionFileUpload),
    ("history", "history", True, ChatSessionHistory),
)
