# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys
from ..types import UNSET, Unset

T = TypeVar("T", bound="EvalJsonlFileContentSourceContentItem")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "item",
        "sample",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class EvalJsonlFileContentSourceContentItem(_Model):
    """
    Attributes:
        item (EvalJsonlFileContentSourceContentItemItem):
        sample (EvalJsonlFileContentSourceContentItemSample | Unset):
    """

    item: EvalJsonlFileContentSourceContentItemItem
    sample: EvalJsonlFileContentSourceContentItemSample | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ("item",)
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["item"] = dump(self.item)
        if self.sample is not UNSET:
            field_dict["sample"] = dump(self.sample)
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        _item = d.get("item")
        item = (
            EvalJsonlFileContentSourceContentItemItem.from_dict(_item)
            if isinstance(_item, dict)
            else _item
        )
        _sample = d.get("sample", UNSET)
        sample = (
            EvalJsonlFileContentSourceContentItemSample.from_dict(_sample)
            if isinstance(_sample, dict)
            else _sample
        )
        eval_jsonl_file_content_source_content_item = cls(
            item=item,
            sample=sample,
        )
        if item is None:
            eval_jsonl_file_content_source_content_item._oc_missing = missing_keys(
                d, cls._oc_required
            )
        if not _FIELDS.issuperset(d):
            eval_jsonl_file_content_source_content_item.additional_properties = _extra_fields(d)
        return eval_jsonl_file_content_source_content_item

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
from ..models.eval_jsonl_file_content_source_content_item_item import (
    EvalJsonlFileContentSourceContentItemItem,  # noqa: E402
)
from ..models.eval_jsonl_file_content_source_content_item_sample import (
    EvalJsonlFileContentSourceContentItemSample,  # noqa: E402
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
EvalJsonlFileContentSourceContentItem._oc_fields = (
    ("item", "item", True, EvalJsonlFileContentSourceContentItemItem),
    ("sample", "sample", False, EvalJsonlFileContentSourceContentItemSample),
)
