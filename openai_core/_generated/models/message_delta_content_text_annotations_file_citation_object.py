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

T = TypeVar("T", bound="MessageDeltaContentTextAnnotationsFileCitationObject")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "index",
        "type",
        "text",
        "file_citation",
        "start_index",
        "end_index",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class MessageDeltaContentTextAnnotationsFileCitationObject(_Model):
    """Schema `MessageDeltaContentTextAnnotationsFileCitationObject`.

    Attributes:
        index (int):
        type (Literal['file_citation']): Always 'file_citation'.
        text (str | Unset):
        file_citation (MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation | Unset):
        start_index (int | Unset): Range 0..inf.
        end_index (int | Unset): Range 0..inf.
    """

    index: int
    type: Literal["file_citation"]
    text: str | Unset = UNSET
    file_citation: MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation | Unset = UNSET
    start_index: int | Unset = UNSET
    end_index: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "index",
        "type",
    )
    _oc_consts = {"type": "file_citation"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["index"] = self.index
        field_dict["type"] = self.type
        if self.text is not UNSET:
            field_dict["text"] = self.text
        if self.file_citation is not UNSET:
            field_dict["file_citation"] = dump(self.file_citation)
        if self.start_index is not UNSET:
            field_dict["start_index"] = self.start_index
        if self.end_index is not UNSET:
            field_dict["end_index"] = self.end_index
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        index = d.get("index")
        type_ = d.get("type")
        text = d.get("text", UNSET)
        _file_citation = d.get("file_citation", UNSET)
        file_citation = (
            MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation.from_dict(
                _file_citation
            )
            if isinstance(_file_citation, dict)
            else _file_citation
        )
        start_index = d.get("start_index", UNSET)
        end_index = d.get("end_index", UNSET)
        message_delta_content_text_annotations_file_citation_object = cls(
            index=index,
            type=type_,
            text=text,
            file_citation=file_citation,
            start_index=start_index,
            end_index=end_index,
        )
        if index is None or type_ is None:
            message_delta_content_text_annotations_file_citation_object._oc_missing = missing_keys(
                d, cls._oc_required
            )
        if not _FIELDS.issuperset(d):
            message_delta_content_text_annotations_file_citation_object.additional_properties = (
                _extra_fields(d)
            )
        return message_delta_content_text_annotations_file_citation_object

    @property
    def type_(self) -> Literal["file_citation"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["file_citation"]) -> None:
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
from ..models.message_delta_content_text_annotations_file_citation_object_file_citation import (
    MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation,  # noqa: E402
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
MessageDeltaContentTextAnnotationsFileCitationObject._oc_fields = (
    ("index", "index", True, "integer"),
    ("type", "type", True, ("const", "file_citation")),
    ("text", "text", False, "string"),
    (
        "file_citation",
        "file_citation",
        False,
        MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation,
    ),
    ("start_index", "start_index", False, "integer"),
    ("end_index", "end_index", False, "integer"),
)
