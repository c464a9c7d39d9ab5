# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_message_request_role import (
    CreateMessageRequestRole,
    check_create_message_request_role,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateMessageRequest")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "role",
        "content",
        "attachments",
        "metadata",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class CreateMessageRequest:
    """Schema `CreateMessageRequest`.

    Attributes:
        role (CreateMessageRequestRole): One of: 'user', 'assistant' (others kept).
        content (list[MessageContentImageFileObject | MessageContentImageUrlObject | MessageRequestContentTextObject] |
            str):
        attachments (list[CreateMessageRequestAttachmentsType0Item] | None | Unset):
        metadata (MetadataType0 | None | Unset): Schema `Metadata`.
    """

    role: CreateMessageRequestRole
    content: (
        list[
            MessageContentImageFileObject
            | MessageContentImageUrlObject
            | MessageRequestContentTextObject
        ]
        | str
    )
    attachments: list[CreateMessageRequestAttachmentsType0Item] | None | Unset = UNSET
    metadata: MetadataType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role: str = self.role

        content: list[dict[str, Any]] | str
        if isinstance(self.content, list):
            content = []
            for content_type_1_item_data in self.content:
                content_type_1_item: dict[str, Any]
                if isinstance(content_type_1_item_data, MessageContentImageFileObject):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(content_type_1_item_data, MessageContentImageUrlObject):
                    content_type_1_item = content_type_1_item_data.to_dict()
                else:
                    content_type_1_item = content_type_1_item_data.to_dict()

                content.append(content_type_1_item)

        else:
            content = self.content

        attachments: list[dict[str, Any]] | None | Unset
        if isinstance(self.attachments, Unset):
            attachments = UNSET
        elif isinstance(self.attachments, list):
            attachments = []
            for attachments_type_0_item_data in self.attachments:
                attachments_type_0_item = attachments_type_0_item_data.to_dict()
                attachments.append(attachments_type_0_item)

        else:
            attachments = self.attachments

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, MetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
                "content": content,
            }
        )
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        role = check_create_message_request_role(d["role"])

        def _parse_content(
            data: object,
        ) -> (
            list[
                MessageContentImageFileObject
                | MessageContentImageUrlObject
                | MessageRequestContentTextObject
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
                        MessageContentImageFileObject
                        | MessageContentImageUrlObject
                        | MessageRequestContentTextObject
                    ):
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_1_item_type_0 = MessageContentImageFileObject.from_dict(
                                data
                            )

                            return content_type_1_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_1_item_type_1 = MessageContentImageUrlObject.from_dict(
                                data
                            )

                            return content_type_1_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        content_type_1_item_type_2 = MessageRequestContentTextObject.from_dict(data)

                        return content_type_1_item_type_2

                    content_type_1_item = _parse_content_type_1_item(content_type_1_item_data)

                    content_type_1.append(content_type_1_item)

                return content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                "list[MessageContentImageFileObject | MessageContentImageUrlObject | MessageRequestContentTextObject] | str",
                data,
            )

        content = _parse_content(d["content"])

        def _parse_attachments(
            data: object,
        ) -> list[CreateMessageRequestAttachmentsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                attachments_type_0 = []
                _attachments_type_0 = data
                for attachments_type_0_item_data in _attachments_type_0:
                    attachments_type_0_item = CreateMessageRequestAttachmentsType0Item.from_dict(
                        attachments_type_0_item_data
                    )

                    attachments_type_0.append(attachments_type_0_item)

                return attachments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[CreateMessageRequestAttachmentsType0Item] | None | Unset", data)

        attachments = _parse_attachments(d.get("attachments", UNSET))

        def _parse_metadata(data: object) -> MetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_metadata_type_0 = MetadataType0.from_dict(data)

                return componentsschemas_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("MetadataType0 | None | Unset", data)

        metadata = _parse_metadata(d.get("metadata", UNSET))

        create_message_request = cls(
            role=role,
            content=content,
            attachments=attachments,
            metadata=metadata,
        )

        create_message_request.additional_properties = _extra_fields(d)
        return create_message_request

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
from ..models.create_message_request_attachments_type_0_item import (
    CreateMessageRequestAttachmentsType0Item,  # noqa: E402
)
from ..models.message_content_image_file_object import MessageContentImageFileObject  # noqa: E402
from ..models.message_content_image_url_object import MessageContentImageUrlObject  # noqa: E402
from ..models.message_request_content_text_object import MessageRequestContentTextObject  # noqa: E402
from ..models.metadata_type_0 import MetadataType0  # noqa: E402
