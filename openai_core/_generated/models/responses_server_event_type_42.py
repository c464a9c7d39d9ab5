# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import missing_keys
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponsesServerEventType42")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "output_index",
        "item_id",
        "sequence_number",
        "stream_id",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class ResponsesServerEventType42(_Model):
    """
    Attributes:
        type (Literal['response.image_generation_call.generating']): Always 'response.image_generation_call.generating'.
        output_index (int):
        item_id (str):
        sequence_number (int):
        stream_id (str | Unset):
    """

    type: Literal["response.image_generation_call.generating"]
    output_index: int
    item_id: str
    sequence_number: int
    stream_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "type",
        "output_index",
        "item_id",
        "sequence_number",
    )
    _oc_consts = {"type": "response.image_generation_call.generating"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["output_index"] = self.output_index
        field_dict["item_id"] = self.item_id
        field_dict["sequence_number"] = self.sequence_number
        if self.stream_id is not UNSET:
            field_dict["stream_id"] = self.stream_id
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
        output_index = d.get("output_index")
        item_id = d.get("item_id")
        sequence_number = d.get("sequence_number")
        stream_id = d.get("stream_id", UNSET)
        responses_server_event_type_42 = cls(
            type=type_,
            output_index=output_index,
            item_id=item_id,
            sequence_number=sequence_number,
            stream_id=stream_id,
        )
        if type_ is None or output_index is None or item_id is None or sequence_number is None:
            responses_server_event_type_42._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            responses_server_event_type_42.additional_properties = _extra_fields(d)
        return responses_server_event_type_42

    @property
    def type_(self) -> Literal["response.image_generation_call.generating"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["response.image_generation_call.generating"]) -> None:
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
ResponsesServerEventType42._oc_fields = (
    ("type", "type", True, ("const", "response.image_generation_call.generating")),
    ("output_index", "output_index", True, "integer"),
    ("item_id", "item_id", True, "string"),
    ("sequence_number", "sequence_number", True, "integer"),
    ("stream_id", "stream_id", False, "string"),
)
