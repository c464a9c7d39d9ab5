# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys
from ..models.create_completion_response_choices_item_finish_reason import (
    CreateCompletionResponseChoicesItemFinishReason,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateCompletionResponseChoicesItem")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "finish_reason",
        "index",
        "text",
        "logprobs",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class CreateCompletionResponseChoicesItem(_Model):
    """
    Attributes:
        finish_reason (CreateCompletionResponseChoicesItemFinishReason): One of: 'stop', 'length', 'content_filter'
            (others kept).
        index (int):
        text (str):
        logprobs (CreateCompletionResponseChoicesItemLogprobsType0 | None | Unset):
    """

    finish_reason: CreateCompletionResponseChoicesItemFinishReason
    index: int
    text: str
    logprobs: CreateCompletionResponseChoicesItemLogprobsType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "finish_reason",
        "index",
        "text",
    )
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["finish_reason"] = self.finish_reason
        field_dict["index"] = self.index
        field_dict["text"] = self.text
        if self.logprobs is not UNSET:
            field_dict["logprobs"] = dump(self.logprobs)
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        finish_reason = d.get("finish_reason")
        index = d.get("index")
        text = d.get("text")
        _logprobs = d.get("logprobs", UNSET)
        logprobs = (
            CreateCompletionResponseChoicesItemLogprobsType0.from_dict(_logprobs)
            if isinstance(_logprobs, dict)
            else _logprobs
        )
        create_completion_response_choices_item = cls(
            finish_reason=finish_reason,
            index=index,
            text=text,
            logprobs=logprobs,
        )
        if finish_reason is None or index is None or text is None:
            create_completion_response_choices_item._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            create_completion_response_choices_item.additional_properties = _extra_fields(d)
        return create_completion_response_choices_item

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
from ..models.create_completion_response_choices_item_logprobs_type_0 import (
    CreateCompletionResponseChoicesItemLogprobsType0,  # noqa: E402
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
CreateCompletionResponseChoicesItem._oc_fields = (
    (
        "finish_reason",
        "finish_reason",
        True,
        (
            "enum",
            "CreateCompletionResponseChoicesItemFinishReason",
            ("content_filter", "length", "stop"),
        ),
    ),
    ("index", "index", True, "integer"),
    ("text", "text", True, "string"),
    (
        "logprobs",
        "logprobs",
        False,
        (
            "union",
            (
                CreateCompletionResponseChoicesItemLogprobsType0,
                "null",
            ),
        ),
    ),
)
