# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump
from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageDeltaContentTextObjectText")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "value",
        "annotations",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_annotations_item(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "file_citation":
            return MessageDeltaContentTextAnnotationsFileCitationObject.from_dict(data)
        if tag == "file_path":
            return MessageDeltaContentTextAnnotationsFilePathObject.from_dict(data)
        return _choose_annotations_item(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class MessageDeltaContentTextObjectText(_Model):
    """
    Attributes:
        value (str | Unset):
        annotations (list[MessageDeltaContentTextAnnotationsFileCitationObject |
            MessageDeltaContentTextAnnotationsFilePathObject] | Unset):
    """

    value: str | Unset = UNSET
    annotations: (
        list[
            MessageDeltaContentTextAnnotationsFileCitationObject
            | MessageDeltaContentTextAnnotationsFilePathObject
        ]
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ()
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.value is not UNSET:
            field_dict["value"] = self.value
        if self.annotations is not UNSET:
            field_dict["annotations"] = dump(self.annotations)
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        value = d.get("value", UNSET)
        _annotations = d.get("annotations", UNSET)
        annotations = (
            [_read_annotations_item(_i0) for _i0 in _annotations]
            if isinstance(_annotations, list)
            else _annotations
        )
        message_delta_content_text_object_text = cls(
            value=value,
            annotations=annotations,
        )
        if not _FIELDS.issuperset(d):
            message_delta_content_text_object_text.additional_properties = _extra_fields(d)
        return message_delta_content_text_object_text

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
from ..models.message_delta_content_text_annotations_file_citation_object import (
    MessageDeltaContentTextAnnotationsFileCitationObject,  # noqa: E402
)
from ..models.message_delta_content_text_annotations_file_path_object import (
    MessageDeltaContentTextAnnotationsFilePathObject,  # noqa: E402
)

_choose_annotations_item = ModelChoice(
    MessageDeltaContentTextAnnotationsFileCitationObject,
    MessageDeltaContentTextAnnotationsFilePathObject,
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
MessageDeltaContentTextObjectText._oc_fields = (
    ("value", "value", False, "string"),
    (
        "annotations",
        "annotations",
        False,
        (
            "list",
            (
                "union",
                (
                    MessageDeltaContentTextAnnotationsFileCitationObject,
                    MessageDeltaContentTextAnnotationsFilePathObject,
                ),
            ),
        ),
    ),
)
