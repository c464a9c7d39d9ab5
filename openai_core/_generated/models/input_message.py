# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.input_message_role import InputMessageRole, check_input_message_role
from ..models.input_message_status import InputMessageStatus, check_input_message_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="InputMessage")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "role",
        "content",
        "type",
        "status",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class InputMessage:
    """Schema `InputMessage`.

    Attributes:
        role (InputMessageRole): One of: 'user', 'system', 'developer' (others kept).
        content (list[InputFileContent | InputImageContent | InputTextContent]): Schema `InputMessageContentList`.
        type_ (Literal['message'] | Unset): Always 'message'.
        status (InputMessageStatus | Unset): One of: 'in_progress', 'completed', 'incomplete' (others kept).
    """

    role: InputMessageRole
    content: list[InputFileContent | InputImageContent | InputTextContent]
    type_: Literal["message"] | Unset = UNSET
    status: InputMessageStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role: str = self.role

        content = []
        for componentsschemas_input_message_content_list_item_data in self.content:
            componentsschemas_input_message_content_list_item: dict[str, Any]
            if isinstance(componentsschemas_input_message_content_list_item_data, InputTextContent):
                componentsschemas_input_message_content_list_item = (
                    componentsschemas_input_message_content_list_item_data.to_dict()
                )
            elif isinstance(
                componentsschemas_input_message_content_list_item_data, InputImageContent
            ):
                componentsschemas_input_message_content_list_item = (
                    componentsschemas_input_message_content_list_item_data.to_dict()
                )
            else:
                componentsschemas_input_message_content_list_item = (
                    componentsschemas_input_message_content_list_item_data.to_dict()
                )

            content.append(componentsschemas_input_message_content_list_item)

        type_ = self.type_

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
                "content": content,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        role = check_input_message_role(d["role"])

        content = []
        _content = d["content"]
        for componentsschemas_input_message_content_list_item_data in _content:

            def _parse_componentsschemas_input_message_content_list_item(
                data: object,
            ) -> InputFileContent | InputImageContent | InputTextContent:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_input_content_type_0 = InputTextContent.from_dict(data)

                    return componentsschemas_input_content_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_input_content_type_1 = InputImageContent.from_dict(data)

                    return componentsschemas_input_content_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_input_content_type_2 = InputFileContent.from_dict(data)

                return componentsschemas_input_content_type_2

            componentsschemas_input_message_content_list_item = (
                _parse_componentsschemas_input_message_content_list_item(
                    componentsschemas_input_message_content_list_item_data
                )
            )

            content.append(componentsschemas_input_message_content_list_item)

        type_ = cast("Literal['message'] | Unset", d.get("type", UNSET))
        if type_ != "message" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'message', got '{type_}'")

        _status = d.get("status", UNSET)
        status: InputMessageStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_input_message_status(_status)

        input_message = cls(
            role=role,
            content=content,
            type_=type_,
            status=status,
        )

        input_message.additional_properties = _extra_fields(d)
        return input_message

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
from ..models.input_file_content import InputFileContent  # noqa: E402
from ..models.input_image_content import InputImageContent  # noqa: E402
from ..models.input_text_content import InputTextContent  # noqa: E402
