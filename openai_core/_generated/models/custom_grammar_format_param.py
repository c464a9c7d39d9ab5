# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import missing_keys
from ..models.grammar_syntax_1 import GrammarSyntax1

T = TypeVar("T", bound="CustomGrammarFormatParam")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "syntax",
        "definition",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class CustomGrammarFormatParam(_Model):
    """Schema `CustomGrammarFormatParam`.

    Attributes:
        type (Literal['grammar']): Always 'grammar'.
        syntax (GrammarSyntax1): Schema `GrammarSyntax1`.
        definition (str):
    """

    type: Literal["grammar"]
    syntax: GrammarSyntax1
    definition: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "type",
        "syntax",
        "definition",
    )
    _oc_consts = {"type": "grammar"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["syntax"] = self.syntax
        field_dict["definition"] = self.definition
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
        syntax = d.get("syntax")
        definition = d.get("definition")
        custom_grammar_format_param = cls(
            type=type_,
            syntax=syntax,
            definition=definition,
        )
        if type_ is None or syntax is None or definition is None:
            custom_grammar_format_param._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            custom_grammar_format_param.additional_properties = _extra_fields(d)
        return custom_grammar_format_param

    @property
    def type_(self) -> Literal["grammar"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["grammar"]) -> None:
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
CustomGrammarFormatParam._oc_fields = (
    ("type", "type", True, ("const", "grammar")),
    ("syntax", "syntax", True, ("enum", "GrammarSyntax1", ("lark", "regex"))),
    ("definition", "definition", True, "string"),
)
