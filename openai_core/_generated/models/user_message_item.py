# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserMessageItem")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "created_at",
        "thread_id",
        "type",
        "content",
        "attachments",
        "object",
        "inference_options",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class UserMessageItem:
    """Schema `UserMessageItem`.

    Attributes:
        id (str):
        created_at (int):
        thread_id (str):
        type_ (Literal['chatkit.user_message']): Always 'chatkit.user_message'.
        content (list[UserMessageInputText | UserMessageQuotedText]):
        attachments (list[Attachment]):
        object_ (Literal['chatkit.thread_item'] | Unset): Always 'chatkit.thread_item'.
        inference_options (InferenceOptions | None | Unset):
    """

    id: str
    created_at: int
    thread_id: str
    type_: Literal["chatkit.user_message"]
    content: list[UserMessageInputText | UserMessageQuotedText]
    attachments: list[Attachment]
    object_: Literal["chatkit.thread_item"] | Unset = UNSET
    inference_options: InferenceOptions | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at

        thread_id = self.thread_id

        type_ = self.type_

        content = []
        for content_item_data in self.content:
            content_item: dict[str, Any]
            if isinstance(content_item_data, UserMessageInputText):
                content_item = content_item_data.to_dict()
            else:
                content_item = content_item_data.to_dict()

            content.append(content_item)

        attachments = []
        for attachments_item_data in self.attachments:
            attachments_item = attachments_item_data.to_dict()
            attachments.append(attachments_item)

        object_ = self.object_

        inference_options: dict[str, Any] | None | Unset
        if isinstance(self.inference_options, Unset):
            inference_options = UNSET
        elif isinstance(self.inference_options, InferenceOptions):
            inference_options = self.inference_options.to_dict()
        else:
            inference_options = self.inference_options

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "thread_id": thread_id,
                "type": type_,
                "content": content,
                "attachments": attachments,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if inference_options is not UNSET:
            field_dict["inference_options"] = inference_options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        created_at = d["created_at"]

        thread_id = d["thread_id"]

        type_ = cast("Literal['chatkit.user_message']", d["type"])
        if type_ != "chatkit.user_message":
            raise ValueError(f"type must match const 'chatkit.user_message', got '{type_}'")

        content = []
        _content = d["content"]
        for content_item_data in _content:

            def _parse_content_item(data: object) -> UserMessageInputText | UserMessageQuotedText:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    content_item_type_0 = UserMessageInputText.from_dict(data)

                    return content_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                content_item_type_1 = UserMessageQuotedText.from_dict(data)

                return content_item_type_1

            content_item = _parse_content_item(content_item_data)

            content.append(content_item)

        attachments = []
        _attachments = d["attachments"]
        for attachments_item_data in _attachments:
            attachments_item = Attachment.from_dict(attachments_item_data)

            attachments.append(attachments_item)

        object_ = cast("Literal['chatkit.thread_item'] | Unset", d.get("object", UNSET))
        if object_ != "chatkit.thread_item" and not isinstance(object_, Unset):
            raise ValueError(f"object must match const 'chatkit.thread_item', got '{object_}'")

        def _parse_inference_options(data: object) -> InferenceOptions | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                inference_options_type_0 = InferenceOptions.from_dict(data)

                return inference_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("InferenceOptions | None | Unset", data)

        inference_options = _parse_inference_options(d.get("inference_options", UNSET))

        user_message_item = cls(
            id=id,
            created_at=created_at,
            thread_id=thread_id,
            type_=type_,
            content=content,
            attachments=attachments,
            object_=object_,
            inference_options=inference_options,
        )

        user_message_item.additional_properties = _extra_fields(d)
        return user_message_item

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
from ..models.attachment import Attachment  # noqa: E402
from ..models.inference_options import InferenceOptions  # noqa: E402
from ..models.user_message_input_text import UserMessageInputText  # noqa: E402
from ..models.user_message_quoted_text import UserMessageQuotedText  # noqa: E402
