# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys

T = TypeVar("T", bound="ResponseCreatedEvent")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "response",
        "sequence_number",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class ResponseCreatedEvent(_Model):
    """Schema `ResponseCreatedEvent`.

    Attributes:
        type (Literal['response.created']): Always 'response.created'.
        response (Response): Schema `Response`.
        sequence_number (int):
    """

    type: Literal["response.created"]
    response: Response
    sequence_number: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "type",
        "response",
        "sequence_number",
    )
    _oc_consts = {"type": "response.created"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["response"] = dump(self.response)
        field_dict["sequence_number"] = self.sequence_number
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
        _response = d.get("response")
        response = Response.from_dict(_response) if isinstance(_response, dict) else _response
        sequence_number = d.get("sequence_number")
        response_created_event = cls(
            type=type_,
            response=response,
            sequence_number=sequence_number,
        )
        if type_ is None or response is None or sequence_number is None:
            response_created_event._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            response_created_event.additional_properties = _extra_fields(d)
        return response_created_event

    @property
    def type_(self) -> Literal["response.created"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["response.created"]) -> None:
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
from ..models.response import Response  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
ResponseCreatedEvent._oc_fields = (
    ("type", "type", True, ("const", "response.created")),
    ("response", "response", True, Response),
    ("sequence_number", "sequence_number", True, "integer"),
)
