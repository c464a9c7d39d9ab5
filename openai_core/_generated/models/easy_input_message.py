# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump, missing_keys
from ..models.easy_input_message_role import EasyInputMessageRole
from ..models.message_phase import MessagePhase
from ..types import UNSET, Unset

T = TypeVar("T", bound="EasyInputMessage")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "role",
        "content",
        "phase",
        "type",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_content(data: Any) -> Any:
    if isinstance(data, list):
        return (
            [_read_componentsschemas_input_message_content_list_item(_i1) for _i1 in data]
            if isinstance(data, list)
            else data
        )
    return data


def _read_componentsschemas_input_message_content_list_item(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "input_text":
            return InputTextContent.from_dict(data)
        if tag == "input_image":
            return InputImageContent.from_dict(data)
        if tag == "input_file":
            return InputFileContent.from_dict(data)
        return _choose_componentsschemas_input_message_content_list_item(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class EasyInputMessage(_Model):
    """Schema `EasyInputMessage`.

    Attributes:
        role (EasyInputMessageRole): One of: 'user', 'assistant', 'system', 'developer' (others kept).
        content (list[InputFileContent | InputImageContent | InputTextContent] | str):
        phase (MessagePhase | None | Unset):
        type (Literal['message'] | Unset): Always 'message'.
    """

    role: EasyInputMessageRole
    content: list[InputFileContent | InputImageContent | InputTextContent] | str
    phase: MessagePhase | None | Unset = UNSET
    type: Literal["message"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "role",
        "content",
    )
    _oc_consts = {"type": "message"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["role"] = self.role
        field_dict["content"] = dump(self.content)
        if self.phase is not UNSET:
            field_dict["phase"] = self.phase
        if self.type is not UNSET:
            field_dict["type"] = self.type
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        role = d.get("role")
        _content = d.get("content")
        content = _read_content(_content)
        phase = d.get("phase", UNSET)
        type_ = d.get("type", UNSET)
        easy_input_message = cls(
            role=role,
            content=content,
            phase=phase,
            type=type_,
        )
        if role is None or content is None:
            easy_input_message._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            easy_input_message.additional_properties = _extra_fields(d)
        return easy_input_message

    @property
    def type_(self) -> Literal["message"] | Unset:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["message"] | Unset) -> None:
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
from ..models.input_file_content import InputFileContent  # noqa: E402
from ..models.input_image_content import InputImageContent  # noqa: E402
from ..models.input_text_content import InputTextContent  # noqa: E402

_choose_componentsschemas_input_message_content_list_item = ModelChoice(
    InputTextContent, InputImageContent, InputFileContent
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
EasyInputMessage._oc_fields = (
    (
        "role",
        "role",
        True,
        ("enum", "EasyInputMessageRole", ("assistant", "developer", "system", "user")),
    ),
    (
        "content",
        "content",
        True,
        (
            "union",
            (
                "string",
                (
                    "list",
                    (
                        "union",
                        (
                            InputTextContent,
                            InputImageContent,
                            InputFileContent,
                        ),
                    ),
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
                ("enum", "MessagePhase", ("commentary", "final_answer")),
                "null",
            ),
        ),
    ),
    ("type", "type", False, ("const", "message")),
)
