# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump, missing_keys
from ..models.message_phase import MessagePhase
from ..models.output_message_status import OutputMessageStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="OutputMessage")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "type",
        "role",
        "content",
        "status",
        "phase",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_content_item(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "output_text":
            return OutputTextContent.from_dict(data)
        if tag == "refusal":
            return RefusalContent.from_dict(data)
        return _choose_content_item(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class OutputMessage(_Model):
    """Schema `OutputMessage`.

    Attributes:
        id (str):
        type (Literal['message']): Always 'message'.
        role (Literal['assistant']): Always 'assistant'.
        content (list[OutputTextContent | RefusalContent]):
        status (OutputMessageStatus): One of: 'in_progress', 'completed', 'incomplete' (others kept).
        phase (MessagePhase | None | Unset):
    """

    id: str
    type: Literal["message"]
    role: Literal["assistant"]
    content: list[OutputTextContent | RefusalContent]
    status: OutputMessageStatus
    phase: MessagePhase | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "id",
        "type",
        "role",
        "content",
        "status",
    )
    _oc_consts = {"type": "message", "role": "assistant"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["type"] = self.type
        field_dict["role"] = self.role
        field_dict["content"] = dump(self.content)
        field_dict["status"] = self.status
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
        id = d.get("id")
        type_ = d.get("type")
        role = d.get("role")
        _content = d.get("content")
        content = (
            [_read_content_item(_i0) for _i0 in _content]
            if isinstance(_content, list)
            else _content
        )
        status = d.get("status")
        phase = d.get("phase", UNSET)
        output_message = cls(
            id=id,
            type=type_,
            role=role,
            content=content,
            status=status,
            phase=phase,
        )
        if id is None or type_ is None or role is None or content is None or status is None:
            output_message._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            output_message.additional_properties = _extra_fields(d)
        return output_message

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
from ..models.output_text_content import OutputTextContent  # noqa: E402
from ..models.refusal_content import RefusalContent  # noqa: E402

_choose_content_item = ModelChoice(OutputTextContent, RefusalContent)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
OutputMessage._oc_fields = (
    ("id", "id", True, "string"),
    ("type", "type", True, ("const", "message")),
    ("role", "role", True, ("const", "assistant")),
    (
        "content",
        "content",
        True,
        (
            "list",
            (
                "union",
                (
                    OutputTextContent,
                    RefusalContent,
                ),
            ),
        ),
    ),
    (
        "status",
        "status",
        True,
        ("enum", "OutputMessageStatus", ("completed", "in_progress", "incomplete")),
    ),
    (
        "phase",
        "phase",
        False,
        (
            "union",
            (
                ("enum", "MessagePhase", ("commentary", "final_answer")),
                "null",
            ),
        ),
    ),
)
