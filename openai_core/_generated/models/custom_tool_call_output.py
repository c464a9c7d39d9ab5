# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump, missing_keys
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomToolCallOutput")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "call_id",
        "output",
        "id",
        "caller",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_output(data: Any) -> Any:
    if isinstance(data, list):
        return [_read_output_type_1_item(_i1) for _i1 in data] if isinstance(data, list) else data
    return data


def _read_output_type_1_item(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "input_text":
            return InputTextContent.from_dict(data)
        if tag == "input_image":
            return InputImageContent.from_dict(data)
        if tag == "input_file":
            return InputFileContent.from_dict(data)
        return _choose_output_type_1_item(data)
    return data


def _read_caller(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "direct":
            return DirectToolCallCallerParam.from_dict(data)
        if tag == "program":
            return ProgramToolCallCallerParam.from_dict(data)
        return _choose_caller(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class CustomToolCallOutput(_Model):
    """Schema `CustomToolCallOutput`.

    Attributes:
        type (Literal['custom_tool_call_output']): Always 'custom_tool_call_output'.
        call_id (str):
        output (list[InputFileContent | InputImageContent | InputTextContent] | str):
        id (str | Unset):
        caller (DirectToolCallCallerParam | None | ProgramToolCallCallerParam | Unset):
    """

    type: Literal["custom_tool_call_output"]
    call_id: str
    output: list[InputFileContent | InputImageContent | InputTextContent] | str
    id: str | Unset = UNSET
    caller: DirectToolCallCallerParam | None | ProgramToolCallCallerParam | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "type",
        "call_id",
        "output",
    )
    _oc_consts = {"type": "custom_tool_call_output"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["call_id"] = self.call_id
        field_dict["output"] = dump(self.output)
        if self.id is not UNSET:
            field_dict["id"] = self.id
        if self.caller is not UNSET:
            field_dict["caller"] = dump(self.caller)
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
        call_id = d.get("call_id")
        _output = d.get("output")
        output = _read_output(_output)
        id = d.get("id", UNSET)
        _caller = d.get("caller", UNSET)
        caller = _read_caller(_caller)
        custom_tool_call_output = cls(
            type=type_,
            call_id=call_id,
            output=output,
            id=id,
            caller=caller,
        )
        if type_ is None or call_id is None or output is None:
            custom_tool_call_output._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            custom_tool_call_output.additional_properties = _extra_fields(d)
        return custom_tool_call_output

    @property
    def type_(self) -> Literal["custom_tool_call_output"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["custom_tool_call_output"]) -> None:
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
from ..models.direct_tool_call_caller_param import DirectToolCallCallerParam  # noqa: E402
from ..models.input_file_content import InputFileContent  # noqa: E402
from ..models.input_image_content import InputImageContent  # noqa: E402
from ..models.input_text_content import InputTextContent  # noqa: E402
from ..models.program_tool_call_caller_param import ProgramToolCallCallerParam  # noqa: E402

_choose_output_type_1_item = ModelChoice(InputTextContent, InputImageContent, InputFileContent)
_choose_caller = ModelChoice(DirectToolCallCallerParam, ProgramToolCallCallerParam)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
CustomToolCallOutput._oc_fields = (
    ("type", "type", True, ("const", "custom_tool_call_output")),
    ("call_id", "call_id", True, "string"),
    (
        "output",
        "output",
        True,
        (
            "union",
            (
                "string",
                (
                    "list",
                    (
                        "union",
                        (
                            InputTextContent,
                            InputImageContent,
                            InputFileContent,
                        ),
                    ),
                ),
            ),
        ),
    ),
    ("id", "id", False, "string"),
    (
        "caller",
        "caller",
        False,
        (
            "union",
            (
                DirectToolCallCallerParam,
                ProgramToolCallCallerParam,
                "null",
            ),
        ),
    ),
)
