# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump

T = TypeVar("T", bound="BetaResponsePromptVariablesType0")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset({})


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_additional_property(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "input_text":
            return BetaInputTextContent.from_dict(data)
        if tag == "input_image":
            return BetaInputImageContent.from_dict(data)
        if tag == "input_file":
            return BetaInputFileContent.from_dict(data)
        return _choose_additional_property(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class BetaResponsePromptVariablesType0(_Model):
    additional_properties: dict[
        str, BetaInputFileContent | BetaInputImageContent | BetaInputTextContent | str
    ] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ()
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = dump(prop)
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        beta_response_prompt_variables_type_0 = cls()
        if not _FIELDS.issuperset(d):
            beta_response_prompt_variables_type_0.additional_properties = {
                key: _read_additional_property(value) for key, value in _extra_fields(d).items()
            }
        return beta_response_prompt_variables_type_0

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(
        self, key: str
    ) -> BetaInputFileContent | BetaInputImageContent | BetaInputTextContent | str:
        return self.additional_properties[key]

    def __setitem__(
        self,
        key: str,
        value: BetaInputFileContent | BetaInputImageContent | BetaInputTextContent | str,
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported last: the classes above exist before any model that refers back to them is loaded.
from ..models.beta_input_file_content import BetaInputFileContent  # noqa: E402
from ..models.beta_input_image_content import BetaInputImageContent  # noqa: E402
from ..models.beta_input_text_content import BetaInputTextContent  # noqa: E402

_choose_additional_property = ModelChoice(
    BetaInputTextContent, BetaInputImageContent, BetaInputFileContent
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
BetaResponsePromptVariablesType0._oc_fields = ()
BetaResponsePromptVariablesType0._oc_extra = (
    "union",
    (
        "string",
        BetaInputTextContent,
        BetaInputImageContent,
        BetaInputFileContent,
    ),
)
