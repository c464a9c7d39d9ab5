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

T = TypeVar("T", bound="RealtimeSessionCreateRequestGATracingType0Type1")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "workflow_name",
        "group_id",
        "metadata",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class RealtimeSessionCreateRequestGATracingType0Type1(_Model):
    """
    Attributes:
        workflow_name (str | Unset):
        group_id (str | Unset):
        metadata (RealtimeSessionCreateRequestGATracingType0Type1Metadata | Unset):
    """

    workflow_name: str | Unset = UNSET
    group_id: str | Unset = UNSET
    metadata: RealtimeSessionCreateRequestGATracingType0Type1Metadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ()
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.workflow_name is not UNSET:
            field_dict["workflow_name"] = self.workflow_name
        if self.group_id is not UNSET:
            field_dict["group_id"] = self.group_id
        if self.metadata is not UNSET:
            field_dict["metadata"] = dump(self.metadata)
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        workflow_name = d.get("workflow_name", UNSET)
        group_id = d.get("group_id", UNSET)
        _metadata = d.get("metadata", UNSET)
        metadata = (
            RealtimeSessionCreateRequestGATracingType0Type1Metadata.from_dict(_metadata)
            if isinstance(_metadata, dict)
            else _metadata
        )
        realtime_session_create_request_ga_tracing_type_0_type_1 = cls(
            workflow_name=workflow_name,
            group_id=group_id,
            metadata=metadata,
        )
        if not _FIELDS.issuperset(d):
            realtime_session_create_request_ga_tracing_type_0_type_1.additional_properties = (
                _extra_fields(d)
            )
        return realtime_session_create_request_ga_tracing_type_0_type_1

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
from ..models.realtime_session_create_request_ga_tracing_type_0_type_1_metadata import (
    RealtimeSessionCreateRequestGATracingType0Type1Metadata,  # noqa: E402
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
RealtimeSessionCreateRequestGATracingType0Type1._oc_fields = (
    ("workflow_name", "workflow_name", False, "string"),
    ("group_id", "group_id", False, "string"),
    ("metadata", "metadata", False, RealtimeSessionCreateRequestGATracingType0Type1Metadata),
)
