# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump, missing_keys
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProvenanceResource")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "created_at",
        "results",
        "object",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_results_item(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "c2pa":
            return C2PAProvenanceResult.from_dict(data)
        if tag == "synthid":
            return SynthIDProvenanceResult.from_dict(data)
        return _choose_results_item(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class ProvenanceResource(_Model):
    """Schema `ProvenanceResource`.

    Attributes:
        created_at (int):
        results (list[C2PAProvenanceResult | SynthIDProvenanceResult]):
        object (Literal['content_provenance_check'] | Unset): Schema `ProvenanceCheckObject`.
    """

    created_at: int
    results: list[C2PAProvenanceResult | SynthIDProvenanceResult]
    object: Literal["content_provenance_check"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "created_at",
        "results",
    )
    _oc_consts = {"object": "content_provenance_check"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["created_at"] = self.created_at
        field_dict["results"] = dump(self.results)
        if self.object is not UNSET:
            field_dict["object"] = self.object
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        created_at = d.get("created_at")
        _results = d.get("results")
        results = (
            [_read_results_item(_i0) for _i0 in _results]
            if isinstance(_results, list)
            else _results
        )
        object_ = d.get("object", UNSET)
        provenance_resource = cls(
            created_at=created_at,
            results=results,
            object=object_,
        )
        if created_at is None or results is None:
            provenance_resource._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            provenance_resource.additional_properties = _extra_fields(d)
        return provenance_resource

    @property
    def object_(self) -> Literal["content_provenance_check"] | Unset:
        """The `object` field, under its former name."""
        return self.object

    @object_.setter
    def object_(self, value: Literal["content_provenance_check"] | Unset) -> None:
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
from ..models.c2pa_provenance_result import C2PAProvenanceResult  # noqa: E402
from ..models.synth_id_provenance_result import SynthIDProvenanceResult  # noqa: E402

_choose_results_item = ModelChoice(C2PAProvenanceResult, SynthIDProvenanceResult)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
ProvenanceResource._oc_fields = (
    ("created_at", "created_at", True, "integer"),
    (
        "results",
        "results",
        True,
        (
            "list",
            (
                "union",
                (
                    C2PAProvenanceResult,
                    SynthIDProvenanceResult,
                ),
            ),
        ),
    ),
    ("object", "object", False, ("const", "content_provenance_check")),
)
