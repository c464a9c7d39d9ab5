# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump, missing_keys
from ..models.message_phase_2 import MessagePhase2
from ..models.message_role import MessageRole
from ..models.message_status import MessageStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="Message")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
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
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_content_item(data: Any) -> Any:
    if isinstance(data, dict):
        return _choose_content_item(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class Message(_Model):
    """Schema `Message`.

    Attributes:
        type (Literal['message']): Always 'message'.
        id (str):
        status (MessageStatus): Schema `MessageStatus`.
        role (MessageRole): Schema `MessageRole`.
        content (list[ComputerScreenshotContent | InputFileContent | InputImageContent | InputTextContent |
            OutputTextContent | ReasoningTextContent | RefusalContent | SummaryTextContent | TextContent]):
        phase (MessagePhase2 | None | Unset):
    """

    type: Literal["message"]
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

    _oc_wire = _FIELDS
    _oc_required = (
        "type",
        "id",
        "status",
        "role",
        "content",
    )
    _oc_consts = {"type": "message"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["id"] = self.id
        field_dict["status"] = self.status
        field_dict["role"] = self.role
        field_dict["content"] = dump(self.content)
        if self.phase is not UNSET:
            field_dict["phase"] = self.phase
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        type_ = d.get("type")
        id = d.get("id")
        status = d.get("status")
        role = d.get("role")
        _content = d.get("content")
        content = (
            [_read_content_item(_i0) for _i0 in _content]
            if isinstance(_content, list)
            else _content
        )
        phase = d.get("phase", UNSET)
        message = cls(
            type=type_,
            id=id,
            status=status,
            role=role,
            content=content,
            phase=phase,
        )
        if type_ is None or id is None or status is None or role is None or content is None:
            message._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            message.additional_properties = _extra_fields(d)
        return message

    @property
    def type_(self) -> Literal["message"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["message"]) -> None:
        self.type = value

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

_choose_content_item = ModelChoice(
    InputTextContent,
    OutputTextContent,
    TextContent,
    SummaryTextContent,
    ReasoningTextContent,
    RefusalContent,
    InputImageContent,
    ComputerScreenshotContent,
    InputFileContent,
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
Message._oc_fields = (
    ("type", "type", True, ("const", "message")),
    ("id", "id", True, "string"),
    (
        "status",
        "status",
        True,
        ("enum", "MessageStatus", ("completed", "in_progress", "incomplete")),
    ),
    (
        "role",
        "role",
        True,
        (
            "enum",
            "MessageRole",
            (
                "assistant",
                "critic",
                "developer",
                "discriminator",
                "system",
                "tool",
                "unknown",
                "user",
            ),
        ),
    ),
    (
        "content",
        "content",
        True,
        (
            "list",
            (
                "union",
                (
                    InputTextContent,
                    OutputTextContent,
                    TextContent,
                    SummaryTextContent,
                    ReasoningTextContent,
                    RefusalContent,
                    InputImageContent,
                    ComputerScreenshotContent,
                    InputFileContent,
                ),
            ),
        ),
    ),
    (
        "phase",
        "phase",
        False,
        (
            "union",
            (
                ("enum", "MessagePhase2", ("commentary", "final_answer")),
                "null",
            ),
        ),
    ),
)
