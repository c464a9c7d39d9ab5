# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump
from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaFileSearchToolCallResultsType0Item")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "file_id",
        "text",
        "filename",
        "attributes",
        "score",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class BetaFileSearchToolCallResultsType0Item(_Model):
    """
    Attributes:
        file_id (str | Unset):
        text (str | Unset):
        filename (str | Unset):
        attributes (BetaVectorStoreFileAttributesType0 | None | Unset): Schema `BetaVectorStoreFileAttributes`.
        score (float | Unset):
    """

    file_id: str | Unset = UNSET
    text: str | Unset = UNSET
    filename: str | Unset = UNSET
    attributes: BetaVectorStoreFileAttributesType0 | None | Unset = UNSET
    score: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ()
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.file_id is not UNSET:
            field_dict["file_id"] = self.file_id
        if self.text is not UNSET:
            field_dict["text"] = self.text
        if self.filename is not UNSET:
            field_dict["filename"] = self.filename
        if self.attributes is not UNSET:
            field_dict["attributes"] = dump(self.attributes)
        if self.score is not UNSET:
            field_dict["score"] = self.score
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        file_id = d.get("file_id", UNSET)
        text = d.get("text", UNSET)
        filename = d.get("filename", UNSET)
        _attributes = d.get("attributes", UNSET)
        attributes = (
            BetaVectorStoreFileAttributesType0.from_dict(_attributes)
            if isinstance(_attributes, dict)
            else _attributes
        )
        score = d.get("score", UNSET)
        beta_file_search_tool_call_results_type_0_item = cls(
            file_id=file_id,
            text=text,
            filename=filename,
            attributes=attributes,
            score=score,
        )
        if not _FIELDS.issuperset(d):
            beta_file_search_tool_call_results_type_0_item.additional_properties = _extra_fields(d)
        return beta_file_search_tool_call_results_type_0_item

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
from ..models.beta_vector_store_file_attributes_type_0 import BetaVectorStoreFileAttributesType0  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
BetaFileSearchToolCallResultsType0Item._oc_fields = (
    ("file_id", "file_id", False, "string"),
    ("text", "text", False, "string"),
    ("filename", "filename", False, "string"),
    (
        "attributes",
        "attributes",
        False,
        (
            "union",
            (
                BetaVectorStoreFileAttributesType0,
                "null",
            ),
        ),
    ),
    ("score", "score", False, "number"),
)
