# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import missing_keys
from ..models.c2pa_validation_state_api import (
    C2PAValidationStateApi,
)
from ..models.provenance_detection_result_api import (
    ProvenanceDetectionResultApi,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="C2PAProvenanceResult")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "outcome",
        "validation_state",
        "issuer",
        "model",
        "generated_at",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class C2PAProvenanceResult(_Model):
    """Schema `C2PAProvenanceResult`.

    Attributes:
        type (Literal['c2pa']): Always 'c2pa'.
        outcome (ProvenanceDetectionResultApi): Schema `ProvenanceDetectionResultApi`.
        validation_state (C2PAValidationStateApi): Schema `C2PAValidationStateApi`.
        issuer (None | str | Unset):
        model (None | str | Unset):
        generated_at (None | str | Unset):
    """

    type: Literal["c2pa"]
    outcome: ProvenanceDetectionResultApi
    validation_state: C2PAValidationStateApi
    issuer: None | str | Unset = UNSET
    model: None | str | Unset = UNSET
    generated_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "type",
        "outcome",
        "validation_state",
    )
    _oc_consts = {"type": "c2pa"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["outcome"] = self.outcome
        field_dict["validation_state"] = self.validation_state
        if self.issuer is not UNSET:
            field_dict["issuer"] = self.issuer
        if self.model is not UNSET:
            field_dict["model"] = self.model
        if self.generated_at is not UNSET:
            field_dict["generated_at"] = self.generated_at
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
        outcome = d.get("outcome")
        validation_state = d.get("validation_state")
        issuer = d.get("issuer", UNSET)
        model = d.get("model", UNSET)
        generated_at = d.get("generated_at", UNSET)
        c2pa_provenance_result = cls(
            type=type_,
            outcome=outcome,
            validation_state=validation_state,
            issuer=issuer,
            model=model,
            generated_at=generated_at,
        )
        if type_ is None or outcome is None or validation_state is None:
            c2pa_provenance_result._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            c2pa_provenance_result.additional_properties = _extra_fields(d)
        return c2pa_provenance_result

    @property
    def type_(self) -> Literal["c2pa"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["c2pa"]) -> None:
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
C2PAProvenanceResult._oc_fields = (
    ("type", "type", True, ("const", "c2pa")),
    (
        "outcome",
        "outcome",
        True,
        ("enum", "ProvenanceDetectionResultApi", ("detected", "not_detected")),
    ),
    (
        "validation_state",
        "validation_state",
        True,
        ("enum", "C2PAValidationStateApi", ("invalid", "not_present", "trusted", "valid")),
    ),
    (
        "issuer",
        "issuer",
        False,
        (
            "union",
            (
                "string",
                "null",
            ),
        ),
    ),
    (
        "model",
        "model",
        False,
        (
            "union",
            (
                "string",
                "null",
            ),
        ),
    ),
    (
        "generated_at",
        "generated_at",
        False,
        (
            "union",
            (
                "string",
                "null",
            ),
        ),
    ),
)
