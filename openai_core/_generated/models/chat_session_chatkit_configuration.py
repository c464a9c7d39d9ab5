# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ChatSessionChatkitConfiguration")

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
class ChatSessionChatkitConfiguration:
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

    def to_dict(self) -> dict[str, Any]:
        automatic_thread_titling = self.automatic_thread_titling.to_dict()

        file_upload = self.file_upload.to_dict()

        history = self.history.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "automatic_thread_titling": automatic_thread_titling,
                "file_upload": file_upload,
                "history": history,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        automatic_thread_titling = ChatSessionAutomaticThreadTitling.from_dict(
            d["automatic_thread_titling"]
        )

        file_upload = ChatSessionFileUpload.from_dict(d["file_upload"])

        history = ChatSessionHistory.from_dict(d["history"])

        chat_session_chatkit_configuration = cls(
            automatic_thread_titling=automatic_thread_titling,
            file_upload=file_upload,
            history=history,
        )

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
