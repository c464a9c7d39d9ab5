# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys

T = TypeVar("T", bound="ResponseShellCallOutputContentDoneStreamingEvent")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "sequence_number",
        "item_id",
        "output_index",
        "command_index",
        "output",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class ResponseShellCallOutputContentDoneStreamingEvent(_Model):
    """Schema `ResponseShellCallOutputContentDoneStreamingEvent`.

    Attributes:
        type (Literal['response.shell_call_output_content.done']): Always 'response.shell_call_output_content.done'.
        sequence_number (int):
        item_id (str):
        output_index (int):
        command_index (int):
        output (list[FunctionShellCallOutputContent]):
    """

    type: Literal["response.shell_call_output_content.done"]
    sequence_number: int
    item_id: str
    output_index: int
    command_index: int
    output: list[FunctionShellCallOutputContent]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "type",
        "sequence_number",
        "item_id",
        "output_index",
        "command_index",
        "output",
    )
    _oc_consts = {"type": "response.shell_call_output_content.done"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["sequence_number"] = self.sequence_number
        field_dict["item_id"] = self.item_id
        field_dict["output_index"] = self.output_index
        field_dict["command_index"] = self.command_index
        field_dict["output"] = dump(self.output)
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
        sequence_number = d.get("sequence_number")
        item_id = d.get("item_id")
        output_index = d.get("output_index")
        command_index = d.get("command_index")
        _output = d.get("output")
        output = (
            [
                (FunctionShellCallOutputContent.from_dict(_i0) if isinstance(_i0, dict) else _i0)
                for _i0 in _output
            ]
            if isinstance(_output, list)
            else _output
        )
        response_shell_call_output_content_done_streaming_event = cls(
            type=type_,
            sequence_number=sequence_number,
            item_id=item_id,
            output_index=output_index,
            command_index=command_index,
            output=output,
        )
        if (
            type_ is None
            or sequence_number is None
            or item_id is None
            or output_index is None
            or command_index is None
            or output is None
        ):
            response_shell_call_output_content_done_streaming_event._oc_missing = missing_keys(
                d, cls._oc_required
            )
        if not _FIELDS.issuperset(d):
            response_shell_call_output_content_done_streaming_event.additional_properties = (
                _extra_fields(d)
            )
        return response_shell_call_output_content_done_streaming_event

    @property
    def type_(self) -> Literal["response.shell_call_output_content.done"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["response.shell_call_output_content.done"]) -> None:
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
from ..models.function_shell_call_output_content import FunctionShellCallOutputContent  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
ResponseShellCallOutputContentDoneStreamingEvent._oc_fields = (
    ("type", "type", True, ("const", "response.shell_call_output_content.done")),
    ("sequence_number", "sequence_number", True, "integer"),
    ("item_id", "item_id", True, "string"),
    ("output_index", "output_index", True, "integer"),
    ("command_index", "command_index", True, "integer"),
    ("output", "output", True, ("list", FunctionShellCallOutputContent)),
)
