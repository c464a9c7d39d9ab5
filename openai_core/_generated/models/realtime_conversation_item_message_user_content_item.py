# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_conversation_item_message_user_content_item_detail import (
    RealtimeConversationItemMessageUserContentItemDetail,
    check_realtime_conversation_item_message_user_content_item_detail,
)
from ..models.realtime_conversation_item_message_user_content_item_type import (
    RealtimeConversationItemMessageUserContentItemType,
    check_realtime_conversation_item_message_user_content_item_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeConversationItemMessageUserContentItem")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "text",
        "audio",
        "image_url",
        "detail",
        "transcript",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class RealtimeConversationItemMessageUserContentItem:
    """
    Attributes:
        type_ (RealtimeConversationItemMessageUserContentItemType | Unset): One of: 'input_text', 'input_audio',
            'input_image' (others kept).
        text (str | Unset):
        audio (str | Unset):
        image_url (str | Unset):
        detail (RealtimeConversationItemMessageUserContentItemDetail | Unset): One of: 'auto', 'low', 'high' (others
            kept). Server default: 'auto'. Default: 'auto'.
        transcript (str | Unset):
    """

    type_: RealtimeConversationItemMessageUserContentItemType | Unset = UNSET
    text: str | Unset = UNSET
    audio: str | Unset = UNSET
    image_url: str | Unset = UNSET
    detail: RealtimeConversationItemMessageUserContentItemDetail | Unset = "auto"
    transcript: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        text = self.text

        audio = self.audio

        image_url = self.image_url

        detail: str | Unset = UNSET
        if not isinstance(self.detail, Unset):
            detail = self.detail

        transcript = self.transcript

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if text is not UNSET:
            field_dict["text"] = text
        if audio is not UNSET:
            field_dict["audio"] = audio
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if detail is not UNSET:
            field_dict["detail"] = detail
        if transcript is not UNSET:
            field_dict["transcript"] = transcript

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _type_ = d.get("type", UNSET)
        type_: RealtimeConversationItemMessageUserContentItemType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_realtime_conversation_item_message_user_content_item_type(_type_)

        text = d.get("text", UNSET)

        audio = d.get("audio", UNSET)

        image_url = d.get("image_url", UNSET)

        _detail = d.get("detail", UNSET)
        detail: RealtimeConversationItemMessageUserContentItemDetail | Unset
        if isinstance(_detail, Unset):
            detail = UNSET
        else:
            detail = check_realtime_conversation_item_message_user_content_item_detail(_detail)

        transcript = d.get("transcript", UNSET)

        realtime_conversation_item_message_user_content_item = cls(
            type_=type_,
            text=text,
            audio=audio,
            image_url=image_url,
            detail=detail,
            transcript=transcript,
        )

        realtime_conversation_item_message_user_content_item.additional_properties = _extra_fields(
            d
        )
        return realtime_conversation_item_message_user_content_item

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
