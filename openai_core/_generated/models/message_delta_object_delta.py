# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_delta_object_delta_role import (
    MessageDeltaObjectDeltaRole,
    check_message_delta_object_delta_role,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageDeltaObjectDelta")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "role",
        "content",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class MessageDeltaObjectDelta:
    """
    Attributes:
        role (MessageDeltaObjectDeltaRole | Unset): One of: 'user', 'assistant' (others kept).
        content (list[MessageDeltaContentImageFileObject | MessageDeltaContentImageUrlObject |
            MessageDeltaContentRefusalObject | MessageDeltaContentTextObject] | Unset):
    """

    role: MessageDeltaObjectDeltaRole | Unset = UNSET
    content: (
        list[
            MessageDeltaContentImageFileObject
            | MessageDeltaContentImageUrlObject
            | MessageDeltaContentRefusalObject
            | MessageDeltaContentTextObject
        ]
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role

        content: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = []
            for content_item_data in self.content:
                content_item: dict[str, Any]
                if isinstance(content_item_data, MessageDeltaContentImageFileObject):
                    content_item = content_item_data.to_dict()
                elif isinstance(content_item_data, MessageDeltaContentTextObject):
                    content_item = content_item_data.to_dict()
                elif isinstance(content_item_data, MessageDeltaContentRefusalObject):
                    content_item = content_item_data.to_dict()
                else:
                    content_item = content_item_data.to_dict()

                content.append(content_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if role is not UNSET:
            field_dict["role"] = role
        if content is not UNSET:
            field_dict["content"] = content

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _role = d.get("role", UNSET)
        role: MessageDeltaObjectDeltaRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = check_message_delta_object_delta_role(_role)

        _content = d.get("content", UNSET)
        content: (
            list[
                MessageDeltaContentImageFileObject
                | MessageDeltaContentImageUrlObject
                | MessageDeltaContentRefusalObject
                | MessageDeltaContentTextObject
            ]
            | Unset
        ) = UNSET
        if _content is not UNSET:
            content = []
            for content_item_data in _content:

                def _parse_content_item(
                    data: object,
                ) -> (
                    MessageDeltaContentImageFileObject
                    | MessageDeltaContentImageUrlObject
                    | MessageDeltaContentRefusalObject
                    | MessageDeltaContentTextObject
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        content_item_type_0 = MessageDeltaContentImageFileObject.from_dict(data)

                        return content_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        content_item_type_1 = MessageDeltaContentTextObject.from_dict(data)

                        return content_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        content_item_type_2 = MessageDeltaContentRefusalObject.from_dict(data)

                        return content_item_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    content_item_type_3 = MessageDeltaContentImageUrlObject.from_dict(data)

                    return content_item_type_3

                content_item = _parse_content_item(content_item_data)

                content.append(content_item)

        message_delta_object_delta = cls(
            role=role,
            content=content,
        )

        message_delta_object_delta.additional_properties = _extra_fields(d)
        return message_delta_object_delta

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
from ..models.message_delta_content_image_file_object import MessageDeltaContentImageFileObject  # noqa: E402
from ..models.message_delta_content_image_url_object import MessageDeltaContentImageUrlObject  # noqa: E402
from ..models.message_delta_content_refusal_object import MessageDeltaContentRefusalObject  # noqa: E402
from ..models.message_delta_content_text_object import MessageDeltaContentTextObject  # noqa: E402
