# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatCompletionRequestUserMessage")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "content",
        "role",
        "name",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class ChatCompletionRequestUserMessage:
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

    def to_dict(self) -> dict[str, Any]:
        content: list[dict[str, Any]] | str
        if isinstance(self.content, list):
            content = []
            for content_type_1_item_data in self.content:
                content_type_1_item: dict[str, Any]
                if isinstance(
                    content_type_1_item_data, ChatCompletionRequestMessageContentPartText
                ):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(
                    content_type_1_item_data, ChatCompletionRequestMessageContentPartImage
                ):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(
                    content_type_1_item_data, ChatCompletionRequestMessageContentPartAudio
                ):
                    content_type_1_item = content_type_1_item_data.to_dict()
                else:
                    content_type_1_item = content_type_1_item_data.to_dict()

                content.append(content_type_1_item)

        else:
            content = self.content

        role = self.role

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "role": role,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        def _parse_content(
            data: object,
        ) -> (
            list[
                ChatCompletionRequestMessageContentPartAudio
                | ChatCompletionRequestMessageContentPartFile
                | ChatCompletionRequestMessageContentPartImage
                | ChatCompletionRequestMessageContentPartText
            ]
            | str
        ):
            try:
                if not isinstance(data, list):
                    raise TypeError()
                content_type_1 = []
                _content_type_1 = data
                for content_type_1_item_data in _content_type_1:

                    def _parse_content_type_1_item(
                        data: object,
                    ) -> (
                        ChatCompletionRequestMessageContentPartAudio
                        | ChatCompletionRequestMessageContentPartFile
                        | ChatCompletionRequestMessageContentPartImage
                        | ChatCompletionRequestMessageContentPartText
                    ):
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_chat_completion_request_user_message_content_part_type_0 = ChatCompletionRequestMessageContentPartText.from_dict(
                                data
                            )

                            return componentsschemas_chat_completion_request_user_message_content_part_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_chat_completion_request_user_message_content_part_type_1 = ChatCompletionRequestMessageContentPartImage.from_dict(
                                data
                            )

                            return componentsschemas_chat_completion_request_user_message_content_part_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_chat_completion_request_user_message_content_part_type_2 = ChatCompletionRequestMessageContentPartAudio.from_dict(
                                data
                            )

                            return componentsschemas_chat_completion_request_user_message_content_part_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_chat_completion_request_user_message_content_part_type_3 = ChatCompletionRequestMessageContentPartFile.from_dict(
                            data
                        )

                        return componentsschemas_chat_completion_request_user_message_content_part_type_3

                    content_type_1_item = _parse_content_type_1_item(content_type_1_item_data)

                    content_type_1.append(content_type_1_item)

                return content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                "list[ChatCompletionRequestMessageContentPartAudio | ChatCompletionRequestMessageContentPartFile | ChatCompletionRequestMessageContentPartImage | ChatCompletionRequestMessageContentPartText] | str",
                data,
            )

        content = _parse_content(d["content"])

        role = cast("Literal['user']", d["role"])
        if role != "user":
            raise ValueError(f"role must match const 'user', got '{role}'")

        name = d.get("name", UNSET)

        chat_completion_request_user_message = cls(
            content=content,
            role=role,
            name=name,
        )

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
