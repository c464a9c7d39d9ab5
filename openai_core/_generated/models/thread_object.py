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

T = TypeVar("T", bound="ThreadObject")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "created_at",
        "metadata",
        "object",
        "tool_resources",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class ThreadObject(_Model):
    """Schema `ThreadObject`.

    Attributes:
        id (str):
        created_at (int):
        metadata (MetadataType0 | None): Schema `Metadata`.
        object (Literal['thread'] | Unset): Always 'thread'.
        tool_resources (None | ThreadObjectToolResourcesType0 | Unset):
    """

    id: str
    created_at: int
    metadata: MetadataType0 | None
    object: Literal["thread"] | Unset = UNSET
    tool_resources: None | ThreadObjectToolResourcesType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "id",
        "created_at",
        "metadata",
    )
    _oc_consts = {"object": "thread"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["created_at"] = self.created_at
        field_dict["metadata"] = dump(self.metadata)
        if self.object is not UNSET:
            field_dict["object"] = self.object
        if self.tool_resources is not UNSET:
            field_dict["tool_resources"] = dump(self.tool_resources)
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        id = d.get("id")
        created_at = d.get("created_at")
        _metadata = d.get("metadata")
        metadata = MetadataType0.from_dict(_metadata) if isinstance(_metadata, dict) else _metadata
        object_ = d.get("object", UNSET)
        _tool_resources = d.get("tool_resources", UNSET)
        tool_resources = (
            ThreadObjectToolResourcesType0.from_dict(_tool_resources)
            if isinstance(_tool_resources, dict)
            else _tool_resources
        )
        thread_object = cls(
            id=id,
            created_at=created_at,
            metadata=metadata,
            object=object_,
            tool_resources=tool_resources,
        )
        if id is None or created_at is None or metadata is None:
            thread_object._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            thread_object.additional_properties = _extra_fields(d)
        return thread_object

    @property
    def object_(self) -> Literal["thread"] | Unset:
        """The `object` field, under its former name."""
        return self.object

    @object_.setter
    def object_(self, value: Literal["thread"] | Unset) -> None:
        self.object = value

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
from ..models.metadata_type_0 import MetadataType0  # noqa: E402
from ..models.thread_object_tool_resources_type_0 import ThreadObjectToolResourcesType0  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
ThreadObject._oc_fields = (
    ("id", "id", True, "string"),
    ("created_at", "created_at", True, "integer"),
    (
        "metadata",
        "metadata",
        True,
        (
            "union",
            (
                MetadataType0,
                "null",
            ),
        ),
    ),
    ("object", "object", False, ("const", "thread")),
    (
        "tool_resources",
        "tool_resources",
        False,
        (
            "union",
            (
                ThreadObjectToolResourcesType0,
                "null",
            ),
        ),
    ),
)
