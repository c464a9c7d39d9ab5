# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaFileSearchToolCallResultsType0Item")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
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
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class BetaFileSearchToolCallResultsType0Item:
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

    def to_dict(self) -> dict[str, Any]:
        file_id = self.file_id

        text = self.text

        filename = self.filename

        attributes: dict[str, Any] | None | Unset
        if isinstance(self.attributes, Unset):
            attributes = UNSET
        elif isinstance(self.attributes, BetaVectorStoreFileAttributesType0):
            attributes = self.attributes.to_dict()
        else:
            attributes = self.attributes

        score = self.score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file_id is not UNSET:
            field_dict["file_id"] = file_id
        if text is not UNSET:
            field_dict["text"] = text
        if filename is not UNSET:
            field_dict["filename"] = filename
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if score is not UNSET:
            field_dict["score"] = score

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        file_id = d.get("file_id", UNSET)

        text = d.get("text", UNSET)

        filename = d.get("filename", UNSET)

        def _parse_attributes(data: object) -> BetaVectorStoreFileAttributesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_vector_store_file_attributes_type_0 = (
                    BetaVectorStoreFileAttributesType0.from_dict(data)
                )

                return componentsschemas_beta_vector_store_file_attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("BetaVectorStoreFileAttributesType0 | None | Unset", data)

        attributes = _parse_attributes(d.get("attributes", UNSET))

        score = d.get("score", UNSET)

        beta_file_search_tool_call_results_type_0_item = cls(
            file_id=file_id,
            text=text,
            filename=filename,
            attributes=attributes,
            score=score,
        )

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
