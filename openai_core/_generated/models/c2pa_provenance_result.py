# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.c2pa_validation_state_api import (
    C2PAValidationStateApi,
    check_c2pa_validation_state_api,
)
from ..models.provenance_detection_result_api import (
    ProvenanceDetectionResultApi,
    check_provenance_detection_result_api,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="C2PAProvenanceResult")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
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
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class C2PAProvenanceResult:
    """Schema `C2PAProvenanceResult`.

    Attributes:
        type_ (Literal['c2pa']): Always 'c2pa'.
        outcome (ProvenanceDetectionResultApi): Schema `ProvenanceDetectionResultApi`.
        validation_state (C2PAValidationStateApi): Schema `C2PAValidationStateApi`.
        issuer (None | str | Unset):
        model (None | str | Unset):
        generated_at (None | str | Unset):
    """

    type_: Literal["c2pa"]
    outcome: ProvenanceDetectionResultApi
    validation_state: C2PAValidationStateApi
    issuer: None | str | Unset = UNSET
    model: None | str | Unset = UNSET
    generated_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        outcome: str = self.outcome

        validation_state: str = self.validation_state

        issuer: None | str | Unset
        if isinstance(self.issuer, Unset):
            issuer = UNSET
        else:
            issuer = self.issuer

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        generated_at: None | str | Unset
        if isinstance(self.generated_at, Unset):
            generated_at = UNSET
        else:
            generated_at = self.generated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "outcome": outcome,
                "validation_state": validation_state,
            }
        )
        if issuer is not UNSET:
            field_dict["issuer"] = issuer
        if model is not UNSET:
            field_dict["model"] = model
        if generated_at is not UNSET:
            field_dict["generated_at"] = generated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['c2pa']", d["type"])
        if type_ != "c2pa":
            raise ValueError(f"type must match const 'c2pa', got '{type_}'")

        outcome = check_provenance_detection_result_api(d["outcome"])

        validation_state = check_c2pa_validation_state_api(d["validation_state"])

        def _parse_issuer(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        issuer = _parse_issuer(d.get("issuer", UNSET))

        def _parse_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        model = _parse_model(d.get("model", UNSET))

        def _parse_generated_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        generated_at = _parse_generated_at(d.get("generated_at", UNSET))

        c2pa_provenance_result = cls(
            type_=type_,
            outcome=outcome,
            validation_state=validation_state,
            issuer=issuer,
            model=model,
            generated_at=generated_at,
        )

        c2pa_provenance_result.additional_properties = _extra_fields(d)
        return c2pa_provenance_result

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
