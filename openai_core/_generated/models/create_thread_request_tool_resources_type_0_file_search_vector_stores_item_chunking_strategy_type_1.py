# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys

T = TypeVar(
    "T",
    bound="CreateThreadRequestToolResourcesType0FileSearchVectorStoresItemChunkingStrategyType1",
)

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "static",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class CreateThreadRequestToolResourcesType0FileSearchVectorStoresItemChunkingStrategyType1(_Model):
    """
    Attributes:
        type (Literal['static']): Always 'static'.
        static (CreateThreadRequestToolResourcesType0FileSearchVectorStoresItemChunkingStrategyType1Static):
    """

    type: Literal["static"]
    static: (
        CreateThreadRequestToolResourcesType0FileSearchVectorStoresItemChunkingStrategyType1Static
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "type",
        "static",
    )
    _oc_consts = {"type": "static"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["static"] = dump(self.static)
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
        _static = d.get("static")
        static = (
            CreateThreadRequestToolResourcesType0FileSearchVectorStoresItemChunkingStrategyType1Static.from_dict(
                _static
            )
            if isinstance(_static, dict)
            else _static
        )
        create_thread_request_tool_resources_type_0_file_search_vector_stores_item_chunking_strategy_type_1 = cls(
            type=type_,
            static=static,
        )
        if type_ is None or static is None:
            create_thread_request_tool_resources_type_0_file_search_vector_stores_item_chunking_strategy_type_1._oc_missing = missing_keys(
                d, cls._oc_required
            )
        if not _FIELDS.issuperset(d):
            create_thread_request_tool_resources_type_0_file_search_vector_stores_item_chunking_strategy_type_1.additional_properties = _extra_fields(
                d
            )
        return create_thread_request_tool_resources_type_0_file_search_vector_stores_item_chunking_strategy_type_1

    @property
    def type_(self) -> Literal["static"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["static"]) -> None:
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


# Imported last: the classes above exist before any model that refers back to them is loaded.
from ..models.create_thread_request_tool_resources_type_0_file_search_vector_stores_item_chunking_strategy_type_1_static import (
    CreateThreadRequestToolResourcesType0FileSearchVectorStoresItemChunkingStrategyType1Static,  # noqa: E402
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
CreateThreadRequestToolResourcesType0FileSearchVectorStoresItemChunkingStrategyType1._oc_fields = (
    ("type", "type", True, ("const", "static")),
    (
        "static",
        "static",
        True,
        CreateThreadRequestToolResourcesType0FileSearchVectorStoresItemChunkingStrategyType1Static,
    ),
)
