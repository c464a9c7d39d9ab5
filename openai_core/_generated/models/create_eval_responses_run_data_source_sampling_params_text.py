# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateEvalResponsesRunDataSourceSamplingParamsText")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "format",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_format_(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "text":
            return ResponseFormatText.from_dict(data)
        if tag == "json_schema":
            return TextResponseFormatJsonSchema.from_dict(data)
        if tag == "json_object":
            return ResponseFormatJsonObject.from_dict(data)
        return _choose_format_(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class CreateEvalResponsesRunDataSourceSamplingParamsText(_Model):
    """
    Attributes:
        format (ResponseFormatJsonObject | ResponseFormatText | TextResponseFormatJsonSchema | Unset): Schema
            `TextResponseFormatConfiguration`.
    """

    format: ResponseFormatJsonObject | ResponseFormatText | TextResponseFormatJsonSchema | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ()
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.format is not UNSET:
            field_dict["format"] = dump(self.format)
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        _format_ = d.get("format", UNSET)
        format_ = _read_format_(_format_)
        create_eval_responses_run_data_source_sampling_params_text = cls(
            format=format_,
        )
        if not _FIELDS.issuperset(d):
            create_eval_responses_run_data_source_sampling_params_text.additional_properties = (
                _extra_fields(d)
            )
        return create_eval_responses_run_data_source_sampling_params_text

    @property
    def format_(
        self,
    ) -> ResponseFormatJsonObject | ResponseFormatText | TextResponseFormatJsonSchema | Unset:
        """The `format` field, under its former name."""
        return self.format

    @format_.setter
    def format_(
        self,
        value: ResponseFormatJsonObject | ResponseFormatText | TextResponseFormatJsonSchema | Unset,
    ) -> None:
        self.format = value

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
from ..models.response_format_json_object import ResponseFormatJsonObject  # noqa: E402
from ..models.response_format_text import ResponseFormatText  # noqa: E402
from ..models.text_response_format_json_schema import TextResponseFormatJsonSchema  # noqa: E402

_choose_format_ = ModelChoice(
    ResponseFormatText, TextResponseFormatJsonSchema, ResponseFormatJsonObject
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
CreateEvalResponsesRunDataSourceSamplingParamsText._oc_fields = (
    (
        "format",
        "format",
        False,
        (
            "union",
            (
                ResponseFormatText,
                TextResponseFormatJsonSchema,
                ResponseFormatJsonObject,
            ),
        ),
    ),
)
