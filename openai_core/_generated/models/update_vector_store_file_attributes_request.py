# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UpdateVectorStoreFileAttributesRequest")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "attributes",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class UpdateVectorStoreFileAttributesRequest:
    """Schema `UpdateVectorStoreFileAttributesRequest`.

    Attributes:
        attributes (None | VectorStoreFileAttributesType0): Schema `VectorStoreFileAttributes`.
    """

    attributes: None | VectorStoreFileAttributesType0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attributes: dict[str, Any] | None
        if isinstance(self.attributes, VectorStoreFileAttributesType0):
            attributes = self.attributes.to_dict()
        else:
            attributes = self.attributes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attributes": attributes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        def _parse_attributes(data: object) -> None | VectorStoreFileAttributesType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_vector_store_file_attributes_type_0 = (
                    VectorStoreFileAttributesType0.from_dict(data)
                )

                return componentsschemas_vector_store_file_attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | VectorStoreFileAttributesType0", data)

        attributes = _parse_attributes(d["attributes"])

        update_vector_store_file_attributes_request = cls(
            attributes=attributes,
        )

        update_vector_store_file_attributes_request.additional_properties = _extra_fields(d)
        return update_vector_store_file_attributes_request

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
from ..models.vector_store_file_attributes_type_0 import VectorStoreFileAttributesType0  # noqa: E402
