# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import missing_keys

T = TypeVar("T", bound="RealtimeBetaServerEventResponseFunctionCallArgumentsDelta")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "event_id",
        "type",
        "response_id",
        "item_id",
        "output_index",
        "call_id",
        "delta",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class RealtimeBetaServerEventResponseFunctionCallArgumentsDelta(_Model):
    """Schema `RealtimeBetaServerEventResponseFunctionCallArgumentsDelta`.

    Attributes:
        event_id (str):
        type (Literal['response.function_call_arguments.delta']): Always 'response.function_call_arguments.delta'.
        response_id (str):
        item_id (str):
        output_index (int):
        call_id (str):
        delta (str):
    """

    event_id: str
    type: Literal["response.function_call_arguments.delta"]
    response_id: str
    item_id: str
    output_index: int
    call_id: str
    delta: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "event_id",
        "type",
        "response_id",
        "item_id",
        "output_index",
        "call_id",
        "delta",
    )
    _oc_consts = {"type": "response.function_call_arguments.delta"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["event_id"] = self.event_id
        field_dict["type"] = self.type
        field_dict["response_id"] = self.response_id
        field_dict["item_id"] = self.item_id
        field_dict["output_index"] = self.output_index
        field_dict["call_id"] = self.call_id
        field_dict["delta"] = self.delta
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        event_id = d.get("event_id")
        type_ = d.get("type")
        response_id = d.get("response_id")
        item_id = d.get("item_id")
        output_index = d.get("output_index")
        call_id = d.get("call_id")
        delta = d.get("delta")
        realtime_beta_server_event_response_function_call_arguments_delta = cls(
            event_id=event_id,
            type=type_,
            response_id=response_id,
            item_id=item_id,
            output_index=output_index,
            call_id=call_id,
            delta=delta,
        )
        if (
            event_id is None
            or type_ is None
            or response_id is None
            or item_id is None
            or output_index is None
            or call_id is None
            or delta is None
        ):
            realtime_beta_server_event_response_function_call_arguments_delta._oc_missing = (
                missing_keys(d, cls._oc_required)
            )
        if not _FIELDS.issuperset(d):
            realtime_beta_server_event_response_function_call_arguments_delta.additional_properties = _extra_fields(
                d
            )
        return realtime_beta_server_event_response_function_call_arguments_delta

    @property
    def type_(self) -> Literal["response.function_call_arguments.delta"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["response.function_call_arguments.delta"]) -> None:
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
RealtimeBetaServerEventResponseFunctionCallArgumentsDelta._oc_fields = (
    ("event_id", "event_id", True, "string"),
    ("type", "type", True, ("const", "response.function_call_arguments.delta")),
    ("response_id", "response_id", True, "string"),
    ("item_id", "item_id", True, "string"),
    ("output_index", "output_index", True, "integer"),
    ("call_id", "call_id", True, "string"),
    ("delta", "delta", True, "string"),
)
