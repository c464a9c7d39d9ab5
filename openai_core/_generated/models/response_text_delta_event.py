# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys

T = TypeVar("T", bound="ResponseTextDeltaEvent")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "item_id",
        "output_index",
        "content_index",
        "delta",
        "sequence_number",
        "logprobs",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class ResponseTextDeltaEvent(_Model):
    """Schema `ResponseTextDeltaEvent`.

    Attributes:
        type (Literal['response.output_text.delta']): Always 'response.output_text.delta'.
        item_id (str):
        output_index (int):
        content_index (int):
        delta (str):
        sequence_number (int):
        logprobs (list[ResponseLogProb]):
    """

    type: Literal["response.output_text.delta"]
    item_id: str
    output_index: int
    content_index: int
    delta: str
    sequence_number: int
    logprobs: list[ResponseLogProb]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "type",
        "item_id",
        "output_index",
        "content_index",
        "delta",
        "sequence_number",
        "logprobs",
    )
    _oc_consts = {"type": "response.output_text.delta"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["item_id"] = self.item_id
        field_dict["output_index"] = self.output_index
        field_dict["content_index"] = self.content_index
        field_dict["delta"] = self.delta
        field_dict["sequence_number"] = self.sequence_number
        field_dict["logprobs"] = dump(self.logprobs)
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
        item_id = d.get("item_id")
        output_index = d.get("output_index")
        content_index = d.get("content_index")
        delta = d.get("delta")
        sequence_number = d.get("sequence_number")
        _logprobs = d.get("logprobs")
        logprobs = (
            [
                (ResponseLogProb.from_dict(_i0) if isinstance(_i0, dict) else _i0)
                for _i0 in _logprobs
            ]
            if isinstance(_logprobs, list)
            else _logprobs
        )
        response_text_delta_event = cls(
            type=type_,
            item_id=item_id,
            output_index=output_index,
            content_index=content_index,
            delta=delta,
            sequence_number=sequence_number,
            logprobs=logprobs,
        )
        if (
            type_ is None
            or item_id is None
            or output_index is None
            or content_index is None
            or delta is None
            or sequence_number is None
            or logprobs is None
        ):
            response_text_delta_event._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            response_text_delta_event.additional_properties = _extra_fields(d)
        return response_text_delta_event

    @property
    def type_(self) -> Literal["response.output_text.delta"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["response.output_text.delta"]) -> None:
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
from ..models.response_log_prob import ResponseLogProb  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
ResponseTextDeltaEvent._oc_fields = (
    ("type", "type", True, ("const", "response.output_text.delta")),
    ("item_id", "item_id", True, "string"),
    ("output_index", "output_index", True, "integer"),
    ("content_index", "content_index", True, "integer"),
    ("delta", "delta", True, "string"),
    ("sequence_number", "sequence_number", True, "integer"),
    ("logprobs", "logprobs", True, ("list", ResponseLogProb)),
)
