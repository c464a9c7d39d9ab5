# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_phase_2 import MessagePhase2, check_message_phase_2
from ..models.message_role import MessageRole, check_message_role
from ..models.message_status import MessageStatus, check_message_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="Message")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "id",
        "status",
        "role",
        "content",
        "phase",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class Message:
    """Schema `Message`.

    Attributes:
        type_ (Literal['message']): Always 'message'.
        id (str):
        status (MessageStatus): Schema `MessageStatus`.
        role (MessageRole): Schema `MessageRole`.
        content (list[ComputerScreenshotContent | InputFileContent | InputImageContent | InputTextContent |
            OutputTextContent | ReasoningTextContent | RefusalContent | SummaryTextContent | TextContent]):
        phase (MessagePhase2 | None | Unset):
    """

    type_: Literal["message"]
    id: str
    status: MessageStatus
    role: MessageRole
    content: list[
        ComputerScreenshotContent
        | InputFileContent
        | InputImageContent
        | InputTextContent
        | OutputTextContent
        | ReasoningTextContent
        | RefusalContent
        | SummaryTextContent
        | TextContent
    ]
    phase: MessagePhase2 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        status: str = self.status

        role: str = self.role

        content = []
        for content_item_data in self.content:
            content_item: dict[str, Any]
            if isinstance(content_item_data, InputTextContent):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, OutputTextContent):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, TextContent):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, SummaryTextContent):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, ReasoningTextContent):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, RefusalContent):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, InputImageContent):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, ComputerScreenshotContent):
                content_item = content_item_data.to_dict()
            else:
                content_item = content_item_data.to_dict()

            content.append(content_item)

        phase: None | str | Unset
        if isinstance(self.phase, Unset):
            phase = UNSET
        elif isinstance(self.phase, str):
            phase = self.phase
        else:
            phase = self.phase

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "status": status,
                "role": role,
                "content": content,
            }
        )
        if phase is not UNSET:
            field_dict["phase"] = phase

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['message']", d["type"])
        if type_ != "message":
            raise ValueError(f"type must match const 'message', got '{type_}'")

        id = d["id"]

        status = check_message_status(d["status"])

        role = check_message_role(d["role"])

        content = []
        _content = d["content"]
        for content_item_data in _content:

            def _parse_content_item(
                data: object,
            ) -> (
                ComputerScreenshotContent
                | InputFileContent
                | InputImageContent
                | InputTextContent
                | OutputTextContent
                | ReasoningTextContent
                | RefusalContent
                | SummaryTextContent
                | TextContent
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    content_item_type_0 = InputTextContent.from_dict(data)

                    return content_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    content_item_type_1 = OutputTextContent.from_dict(data)

                    return content_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    content_item_type_2 = TextContent.from_dict(data)

                    return content_item_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    content_item_type_3 = SummaryTextContent.from_dict(data)

                    return content_item_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    content_item_type_4 = ReasoningTextContent.from_dict(data)

                    return content_item_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    content_item_type_5 = RefusalContent.from_dict(data)

                    return content_item_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    content_item_type_6 = InputImageContent.from_dict(data)

                    return content_item_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    content_item_type_7 = ComputerScreenshotContent.from_dict(data)

                    return content_item_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                content_item_type_8 = InputFileContent.from_dict(data)

                return content_item_type_8

            content_item = _parse_content_item(content_item_data)

            content.append(content_item)

        def _parse_phase(data: object) -> MessagePhase2 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                phase_type_0 = check_message_phase_2(data)

                return phase_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("MessagePhase2 | None | Unset", data)

        phase = _parse_phase(d.get("phase", UNSET))

        message = cls(
            type_=type_,
            id=id,
            status=status,
            role=role,
            content=content,
            phase=phase,
        )

        message.additional_properties = _extra_fields(d)
        return message

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
from ..models.computer_screenshot_content import ComputerScreenshotContent  # noqa: E402
from ..models.input_file_content import InputFileContent  # noqa: E402
from ..models.input_image_content import InputImageContent  # noqa: E402
from ..models.input_text_content import InputTextContent  # noqa: E402
from ..models.output_text_content import OutputTextContent  # noqa: E402
from ..models.reasoning_text_content import ReasoningTextContent  # noqa: E402
from ..models.refusal_content import RefusalContent  # noqa: E402
from ..models.summary_text_content import SummaryTextContent  # noqa: E402
from ..models.text_content import TextContent  # noqa: E402
