# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import missing_keys
from ..types import UNSET, Unset

T = TypeVar("T", bound="CompactionBody")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "id",
        "encrypted_content",
        "created_by",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class CompactionBody(_Model):
    """Schema `CompactionBody`.

    Attributes:
        type (Literal['compaction']): Always 'compaction'.
        id (str):
        encrypted_content (str):
        created_by (str | Unset):
    """

    type: Literal["compaction"]
    id: str
    encrypted_content: str
    created_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "type",
        "id",
        "encrypted_content",
    )
    _oc_consts = {"type": "compaction"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["id"] = self.id
        field_dict["encrypted_content"] = self.encrypted_content
        if self.created_by is not UNSET:
            field_dict["created_by"] = self.created_by
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
        encrypted_content = d.get("encrypted_content")
        created_by = d.get("created_by", UNSET)
        compaction_body = cls(
            type=type_,
            id=id,
            encrypted_content=encrypted_content,
            created_by=created_by,
        )
        if type_ is None or id is None or encrypted_content is None:
            compaction_body._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            compaction_body.additional_properties = _extra_fields(d)
        return compaction_body

    @property
    def type_(self) -> Literal["compaction"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["compaction"]) -> None:
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


# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
CompactionBody._oc_fields = (
    ("type", "type", True, ("const", "compaction")),
    ("id", "id", True, "string"),
    ("encrypted_content", "encrypted_content", True, "string"),
    ("created_by", "created_by", False, "string"),
)
