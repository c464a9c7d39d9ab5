# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys
from ..models.reasoning_item_status import ReasoningItemStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReasoningItem")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "id",
        "summary",
        "encrypted_content",
        "content",
        "status",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class ReasoningItem(_Model):
    """Schema `ReasoningItem`.

    Attributes:
        type (Literal['reasoning']): Always 'reasoning'.
        id (str):
        summary (list[SummaryTextContent]):
        encrypted_content (None | str | Unset):
        content (list[ReasoningTextContent] | Unset):
        status (ReasoningItemStatus | Unset): One of: 'in_progress', 'completed', 'incomplete' (others kept).
    """

    type: Literal["reasoning"]
    id: str
    summary: list[SummaryTextContent]
    encrypted_content: None | str | Unset = UNSET
    content: list[ReasoningTextContent] | Unset = UNSET
    status: ReasoningItemStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "type",
        "id",
        "summary",
    )
    _oc_consts = {"type": "reasoning"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["id"] = self.id
        field_dict["summary"] = dump(self.summary)
        if self.encrypted_content is not UNSET:
            field_dict["encrypted_content"] = self.encrypted_content
        if self.content is not UNSET:
            field_dict["content"] = dump(self.content)
        if self.status is not UNSET:
            field_dict["status"] = self.status
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
        _summary = d.get("summary")
        summary = (
            [
                (SummaryTextContent.from_dict(_i0) if isinstance(_i0, dict) else _i0)
                for _i0 in _summary
            ]
            if isinstance(_summary, list)
            else _summary
        )
        encrypted_content = d.get("encrypted_content", UNSET)
        _content = d.get("content", UNSET)
        content = (
            [
                (ReasoningTextContent.from_dict(_i0) if isinstance(_i0, dict) else _i0)
                for _i0 in _content
            ]
            if isinstance(_content, list)
            else _content
        )
        status = d.get("status", UNSET)
        reasoning_item = cls(
            type=type_,
            id=id,
            summary=summary,
            encrypted_content=encrypted_content,
            content=content,
            status=status,
        )
        if type_ is None or id is None or summary is None:
            reasoning_item._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            reasoning_item.additional_properties = _extra_fields(d)
        return reasoning_item

    @property
    def type_(self) -> Literal["reasoning"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["reasoning"]) -> None:
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
from ..models.reasoning_text_content import ReasoningTextContent  # noqa: E402
from ..models.summary_text_content import SummaryTextContent  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
ReasoningItem._oc_fields = (
    ("type", "type", True, ("const", "reasoning")),
    ("id", "id", True, "string"),
    ("summary", "summary", True, ("list", SummaryTextContent)),
    (
        "encrypted_content",
        "encrypted_content",
        False,
        (
            "union",
            (
                "string",
                "null",
            ),
        ),
    ),
    ("content", "content", False, ("list", ReasoningTextContent)),
    (
        "status",
        "status",
        False,
        ("enum", "ReasoningItemStatus", ("completed", "in_progress", "incomplete")),
    ),
)
