# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProvenanceResource")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "created_at",
        "results",
        "object",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class ProvenanceResource:
    """Schema `ProvenanceResource`.

    Attributes:
        created_at (int):
        results (list[C2PAProvenanceResult | SynthIDProvenanceResult]):
        object_ (Literal['content_provenance_check'] | Unset): Schema `ProvenanceCheckObject`.
    """

    created_at: int
    results: list[C2PAProvenanceResult | SynthIDProvenanceResult]
    object_: Literal["content_provenance_check"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        results = []
        for results_item_data in self.results:
            results_item: dict[str, Any]
            if isinstance(results_item_data, C2PAProvenanceResult):
                results_item = results_item_data.to_dict()
            else:
                results_item = results_item_data.to_dict()

            results.append(results_item)

        object_ = self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "results": results,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        created_at = d["created_at"]

        results = []
        _results = d["results"]
        for results_item_data in _results:

            def _parse_results_item(data: object) -> C2PAProvenanceResult | SynthIDProvenanceResult:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    results_item_type_0 = C2PAProvenanceResult.from_dict(data)

                    return results_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                results_item_type_1 = SynthIDProvenanceResult.from_dict(data)

                return results_item_type_1

            results_item = _parse_results_item(results_item_data)

            results.append(results_item)

        object_ = cast("Literal['content_provenance_check'] | Unset", d.get("object", UNSET))
        if object_ != "content_provenance_check" and not isinstance(object_, Unset):
            raise ValueError(f"object must match const 'content_provenance_check', got '{object_}'")

        provenance_resource = cls(
            created_at=created_at,
            results=results,
            object_=object_,
        )

        provenance_resource.additional_properties = _extra_fields(d)
        return provenance_resource

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
