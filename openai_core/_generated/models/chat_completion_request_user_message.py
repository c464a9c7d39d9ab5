# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump, missing_keys
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatCompletionRequestUserMessage")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "content",
        "role",
        "name",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_content(data: Any) -> Any:
    if isinstance(data, list):
        return [_read_content_type_1_item(_i1) for _i1 in data] if isinstance(data, list) else data
    return data


def _read_content_type_1_item(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "text":
            return ChatCompletionRequestMessageContentPartText.from_dict(data)
        if tag == "image_url":
            return ChatCompletionRequestMessageContentPartImage.from_dict(data)
        if tag == "input_audio":
            return ChatCompletionRequestMessageContentPartAudio.from_dict(data)
        if tag == "file":
            return ChatCompletionRequestMessageContentPartFile.from_dict(data)
        return _choose_content_type_1_item(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class ChatCompletionRequestUserMessage(_Model):
    """Schema `ChatCompletionRequestUserMessage`.

    Attributes:
        content (list[ChatCompletionRequestMessageContentPartAudio | ChatCompletionRequestMessageContentPartFile |
            ChatCompletionRequestMessageContentPartImage | ChatCompletionRequestMessageContentPartText] | str):
        role (Literal['user']): Always 'user'.
        name (str | Unset):
    """

    content: (
        list[
            ChatCompletionRequestMessageContentPartAudio
            | ChatCompletionRequestMessageContentPartFile
            | ChatCompletionRequestMessageContentPartImage
            | ChatCompletionRequestMessageContentPartText
        ]
        | str
    )
    role: Literal["user"]
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "content",
        "role",
    )
    _oc_consts = {"role": "user"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["content"] = dump(self.content)
        field_dict["role"] = self.role
        if self.name is not UNSET:
            field_dict["name"] = self.name
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        _content = d.get("content")
        content = _read_content(_content)
        role = d.get("role")
        name = d.get("name", UNSET)
        chat_completion_request_user_message = cls(
            content=content,
            role=role,
            name=name,
        )
        if content is None or role is None:
            chat_completion_request_user_message._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            chat_completion_request_user_message.additional_properties = _extra_fields(d)
        return chat_completion_request_user_message

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
from ..models.chat_completion_request_message_content_part_audio import (
    ChatCompletionRequestMessageContentPartAudio,  # noqa: E402
)
from ..models.chat_completion_request_message_content_part_file import (
    ChatCompletionRequestMessageContentPartFile,  # noqa: E402
)
from ..models.chat_completion_request_message_content_part_image import (
    ChatCompletionRequestMessageContentPartImage,  # noqa: E402
)
from ..models.chat_completion_request_message_content_part_text import (
    ChatCompletionRequestMessageContentPartText,  # noqa: E402
)

_choose_content_type_1_item = ModelChoice(
    ChatCompletionRequestMessageContentPartText,
    ChatCompletionRequestMessageContentPartImage,
    ChatCompletionRequestMessageContentPartAudio,
    ChatCompletionRequestMessageContentPartFile,
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
ChatCompletionRequestUserMessage._oc_fields = (
    (
        "content",
        "content",
        True,
        (
            "union",
            (
                "string",
                (
                    "list",
                    (
                        "union",
                        (
                            ChatCompletionRequestMessageContentPartText,
                            ChatCompletionRequestMessageContentPartImage,
                            ChatCompletionRequestMessageContentPartAudio,
                            ChatCompletionRequestMessageContentPartFile,
                        ),
                    ),
                ),
            ),
        ),
    ),
    ("role", "role", True, ("const", "user")),
    ("name", "name", False, "string"),
)
