# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump, missing_keys
from ..models.eval_item_role import EvalItemRole
from ..types import UNSET, Unset

T = TypeVar("T", bound="EvalItem")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "role",
        "content",
        "type",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_content(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "input_text":
            return InputTextContent.from_dict(data)
        if tag == "output_text":
            return EvalItemContentOutputText.from_dict(data)
        if tag == "input_image":
            return EvalItemInputImage.from_dict(data)
        if tag == "input_audio":
            return InputAudio.from_dict(data)
        return _choose_content(data)
    if isinstance(data, list):
        return (
            [_read_componentsschemas_eval_item_content_array_item(_i1) for _i1 in data]
            if isinstance(data, list)
            else data
        )
    return data


def _read_componentsschemas_eval_item_content_array_item(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "input_text":
            return InputTextContent.from_dict(data)
        if tag == "output_text":
            return EvalItemContentOutputText.from_dict(data)
        if tag == "input_image":
            return EvalItemInputImage.from_dict(data)
        if tag == "input_audio":
            return InputAudio.from_dict(data)
        return _choose_componentsschemas_eval_item_content_array_item(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class EvalItem(_Model):
    """Schema `EvalItem`.

    Attributes:
        role (EvalItemRole): One of: 'user', 'assistant', 'system', 'developer' (others kept).
        content (EvalItemContentOutputText | EvalItemInputImage | InputAudio | InputTextContent |
            list[EvalItemContentOutputText | EvalItemInputImage | InputAudio | InputTextContent | str] | str): Schema
            `EvalItemContent`.
        type (Literal['message'] | Unset): Always 'message'.
    """

    role: EvalItemRole
    content: (
        EvalItemContentOutputText
        | EvalItemInputImage
        | InputAudio
        | InputTextContent
        | list[EvalItemContentOutputText | EvalItemInputImage | InputAudio | InputTextContent | str]
        | str
    )
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
        type_ = d.get("type", UNSET)
        eval_item = cls(
            role=role,
            content=content,
            type=type_,
        )
        if role is None or content is None:
            eval_item._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            eval_item.additional_properties = _extra_fields(d)
        return eval_item

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
from ..models.eval_item_content_output_text import EvalItemContentOutputText  # noqa: E402
from ..models.eval_item_input_image import EvalItemInputImage  # noqa: E402
from ..models.input_audio_param import InputAudio  # noqa: E402
from ..models.input_text_content import InputTextContent  # noqa: E402

_choose_content = ModelChoice(
    InputTextContent, EvalItemContentOutputText, EvalItemInputImage, InputAudio
)
_choose_componentsschemas_eval_item_content_array_item = ModelChoice(
    InputTextContent, EvalItemContentOutputText, EvalItemInputImage, InputAudio
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
EvalItem._oc_fields = (
    ("role", "role", True, ("enum", "EvalItemRole", ("assistant", "developer", "system", "user"))),
    (
        "content",
        "content",
        True,
        (
            "union",
            (
                "string",
                InputTextContent,
                EvalItemContentOutputText,
                EvalItemInputImage,
                InputAudio,
                (
                    "list",
                    (
                        "union",
                        (
                            "string",
                            InputTextContent,
                            EvalItemContentOutputText,
                            EvalItemInputImage,
                            InputAudio,
                        ),
                    ),
                ),
            ),
        ),
    ),
    ("type", "type", False, ("const", "message")),
)
