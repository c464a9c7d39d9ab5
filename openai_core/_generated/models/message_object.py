# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_object_role import MessageObjectRole, check_message_object_role
from ..models.message_object_status import MessageObjectStatus, check_message_object_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageObject")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "created_at",
        "thread_id",
        "status",
        "role",
        "content",
        "metadata",
        "object",
        "incomplete_details",
        "completed_at",
        "incomplete_at",
        "assistant_id",
        "run_id",
        "attachments",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class MessageObject:
    """Schema `MessageObject`.

    Attributes:
        id (str):
        created_at (int):
        thread_id (str):
        status (MessageObjectStatus): One of: 'in_progress', 'incomplete', 'completed' (others kept).
        role (MessageObjectRole): One of: 'user', 'assistant' (others kept).
        content (list[MessageContentImageFileObject | MessageContentImageUrlObject | MessageContentRefusalObject |
            MessageContentTextObject]):
        metadata (MetadataType0 | None): Schema `Metadata`.
        object_ (Literal['thread.message'] | Unset): Always 'thread.message'.
        incomplete_details (MessageObjectIncompleteDetailsType0 | None | Unset):
        completed_at (int | None | Unset):
        incomplete_at (int | None | Unset):
        assistant_id (None | str | Unset):
        run_id (None | str | Unset):
        attachments (list[MessageObjectAttachmentsType0Item] | None | Unset):
    """

    id: str
    created_at: int
    thread_id: str
    status: MessageObjectStatus
    role: MessageObjectRole
    content: list[
        MessageContentImageFileObject
        | MessageContentImageUrlObject
        | MessageContentRefusalObject
        | MessageContentTextObject
    ]
    metadata: MetadataType0 | None
    object_: Literal["thread.message"] | Unset = UNSET
    incomplete_details: MessageObjectIncompleteDetailsType0 | None | Unset = UNSET
    completed_at: int | None | Unset = UNSET
    incomplete_at: int | None | Unset = UNSET
    assistant_id: None | str | Unset = UNSET
    run_id: None | str | Unset = UNSET
    attachments: list[MessageObjectAttachmentsType0Item] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at

        thread_id = self.thread_id

        status: str = self.status

        role: str = self.role

        content = []
        for content_item_data in self.content:
            content_item: dict[str, Any]
            if isinstance(content_item_data, MessageContentImageFileObject):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, MessageContentImageUrlObject):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, MessageContentTextObject):
                content_item = content_item_data.to_dict()
            else:
                content_item = content_item_data.to_dict()

            content.append(content_item)

        metadata: dict[str, Any] | None
        if isinstance(self.metadata, MetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        object_ = self.object_

        incomplete_details: dict[str, Any] | None | Unset
        if isinstance(self.incomplete_details, Unset):
            incomplete_details = UNSET
        elif isinstance(self.incomplete_details, MessageObjectIncompleteDetailsType0):
            incomplete_details = self.incomplete_details.to_dict()
        else:
            incomplete_details = self.incomplete_details

        completed_at: int | None | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = self.completed_at

        incomplete_at: int | None | Unset
        if isinstance(self.incomplete_at, Unset):
            incomplete_at = UNSET
        else:
            incomplete_at = self.incomplete_at

        assistant_id: None | str | Unset
        if isinstance(self.assistant_id, Unset):
            assistant_id = UNSET
        else:
            assistant_id = self.assistant_id

        run_id: None | str | Unset
        if isinstance(self.run_id, Unset):
            run_id = UNSET
        else:
            run_id = self.run_id

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "thread_id": thread_id,
                "status": status,
                "role": role,
                "content": content,
                "metadata": metadata,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if incomplete_details is not UNSET:
            field_dict["incomplete_details"] = incomplete_details
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if incomplete_at is not UNSET:
            field_dict["incomplete_at"] = incomplete_at
        if assistant_id is not UNSET:
            field_dict["assistant_id"] = assistant_id
        if run_id is not UNSET:
            field_dict["run_id"] = run_id
        if attachments is not UNSET:
            field_dict["attachments"] = attachments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        created_at = d["created_at"]

        thread_id = d["thread_id"]

        status = check_message_object_status(d["status"])

        role = check_message_object_role(d["role"])

        content = []
        _content = d["content"]
        for content_item_data in _content:

            def _parse_content_item(
                data: object,
            ) -> (
                MessageContentImageFileObject
                | MessageContentImageUrlObject
                | MessageContentRefusalObject
                | MessageContentTextObject
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    content_item_type_0 = MessageContentImageFileObject.from_dict(data)

                    return content_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    content_item_type_1 = MessageContentImageUrlObject.from_dict(data)

                    return content_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    content_item_type_2 = MessageContentTextObject.from_dict(data)

                    return content_item_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                content_item_type_3 = MessageContentRefusalObject.from_dict(data)

                return content_item_type_3

            content_item = _parse_content_item(content_item_data)

            content.append(content_item)

        def _parse_metadata(data: object) -> MetadataType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_metadata_type_0 = MetadataType0.from_dict(data)

                return componentsschemas_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("MetadataType0 | None", data)

        metadata = _parse_metadata(d["metadata"])

        object_ = cast("Literal['thread.message'] | Unset", d.get("object", UNSET))
        if object_ != "thread.message" and not isinstance(object_, Unset):
            raise ValueError(f"object must match const 'thread.message', got '{object_}'")

        def _parse_incomplete_details(
            data: object,
        ) -> MessageObjectIncompleteDetailsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                incomplete_details_type_0 = MessageObjectIncompleteDetailsType0.from_dict(data)

                return incomplete_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("MessageObjectIncompleteDetailsType0 | None | Unset", data)

        incomplete_details = _parse_incomplete_details(d.get("incomplete_details", UNSET))

        def _parse_completed_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        completed_at = _parse_completed_at(d.get("completed_at", UNSET))

        def _parse_incomplete_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        incomplete_at = _parse_incomplete_at(d.get("incomplete_at", UNSET))

        def _parse_assistant_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        assistant_id = _parse_assistant_id(d.get("assistant_id", UNSET))

        def _parse_run_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        run_id = _parse_run_id(d.get("run_id", UNSET))

        def _parse_attachments(
            data: object,
        ) -> list[MessageObjectAttachmentsType0Item] | None | Unset:
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
                    attachments_type_0_item = MessageObjectAttachmentsType0Item.from_dict(
                        attachments_type_0_item_data
                    )

                    attachments_type_0.append(attachments_type_0_item)

                return attachments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[MessageObjectAttachmentsType0Item] | None | Unset", data)

        attachments = _parse_attachments(d.get("attachments", UNSET))

        message_object = cls(
            id=id,
            created_at=created_at,
            thread_id=thread_id,
            status=status,
            role=role,
            content=content,
            metadata=metadata,
            object_=object_,
            incomplete_details=incomplete_details,
            completed_at=completed_at,
            incomplete_at=incomplete_at,
            assistant_id=assistant_id,
            run_id=run_id,
            attachments=attachments,
        )

        message_object.additional_properties = _extra_fields(d)
        return message_object

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
from ..models.message_content_image_file_object import MessageContentImageFileObject  # noqa: E402
from ..models.message_content_image_url_object import MessageContentImageUrlObject  # noqa: E402
from ..models.message_content_refusal_object import MessageContentRefusalObject  # noqa: E402
from ..models.message_content_text_object import MessageContentTextObject  # noqa: E402
from ..models.message_object_attachments_type_0_item import MessageObjectAttachmentsType0Item  # noqa: E402
from ..models.message_object_incomplete_details_type_0 import MessageObjectIncompleteDetailsType0  # noqa: E402
from ..models.metadata_type_0 import MetadataType0  # noqa: E402
