# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar(
    "T",
    bound="CreateAssistantRequestToolResourcesType0FileSearchVectorStoresItemChunkingStrategyType0",
)

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class CreateAssistantRequestToolResourcesType0FileSearchVectorStoresItemChunkingStrategyType0:
    """
    Attributes:
        type_ (Literal['auto']): Always 'auto'.
    """

    type_: Literal["auto"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['auto']", d["type"])
        if type_ != "auto":
            raise ValueError(f"type must match const 'auto', got '{type_}'")

        create_assistant_request_tool_resources_type_0_file_search_vector_stores_item_chunking_strategy_type_0 = cls(
            type_=type_,
        )

        create_assistant_request_tool_resources_type_0_file_search_vector_stores_item_chunking_strategy_type_0.additional_properties = _extra_fields(
            d
        )
        return create_assistant_request_tool_resources_type_0_file_search_vector_stores_item_chunking_strategy_type_0

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
