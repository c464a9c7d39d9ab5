# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatCompletionRequestToolMessageContentPart")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "text",
        "prompt_cache_breakpoint",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class ChatCompletionRequestToolMessageContentPart(_Model):
    """Schema `ChatCompletionRequestMessageContentPartText`.

    Attributes:
        type (Literal['text']): Always 'text'.
        text (str):
        prompt_cache_breakpoint (PromptCacheBreakpointParam | Unset): Schema `PromptCacheBreakpointParam`.
    """

    type: Literal["text"]
    text: str
    prompt_cache_breakpoint: PromptCacheBreakpointParam | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "type",
        "text",
    )
    _oc_consts = {"type": "text"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["text"] = self.text
        if self.prompt_cache_breakpoint is not UNSET:
            field_dict["prompt_cache_breakpoint"] = dump(self.prompt_cache_breakpoint)
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
        text = d.get("text")
        _prompt_cache_breakpoint = d.get("prompt_cache_breakpoint", UNSET)
        prompt_cache_breakpoint = (
            PromptCacheBreakpointParam.from_dict(_prompt_cache_breakpoint)
            if isinstance(_prompt_cache_breakpoint, dict)
            else _prompt_cache_breakpoint
        )
        chat_completion_request_tool_message_content_part = cls(
            type=type_,
            text=text,
            prompt_cache_breakpoint=prompt_cache_breakpoint,
        )
        if type_ is None or text is None:
            chat_completion_request_tool_message_content_part._oc_missing = missing_keys(
                d, cls._oc_required
            )
        if not _FIELDS.issuperset(d):
            chat_completion_request_tool_message_content_part.additional_properties = _extra_fields(
                d
            )
        return chat_completion_request_tool_message_content_part

    @property
    def type_(self) -> Literal["text"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["text"]) -> None:
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
from ..models.prompt_cache_breakpoint_param import PromptCacheBreakpointParam  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
ChatCompletionRequestToolMessageContentPart._oc_fields = (
    ("type", "type", True, ("const", "text")),
    ("text", "text", True, "string"),
    ("prompt_cache_breakpoint", "prompt_cache_breakpoint", False, PromptCacheBreakpointParam),
)
