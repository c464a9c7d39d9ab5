# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys

T = TypeVar("T", bound="BetaInlineSkillParam")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "name",
        "description",
        "source",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class BetaInlineSkillParam(_Model):
    """Schema `BetaInlineSkillParam`.

    Attributes:
        type (Literal['inline']): Always 'inline'.
        name (str):
        description (str):
        source (BetaInlineSkillSourceParam): Schema `BetaInlineSkillSourceParam`.
    """

    type: Literal["inline"]
    name: str
    description: str
    source: BetaInlineSkillSourceParam
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "type",
        "name",
        "description",
        "source",
    )
    _oc_consts = {"type": "inline"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["name"] = self.name
        field_dict["description"] = self.description
        field_dict["source"] = dump(self.source)
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
        name = d.get("name")
        description = d.get("description")
        _source = d.get("source")
        source = (
            BetaInlineSkillSourceParam.from_dict(_source) if isinstance(_source, dict) else _source
        )
        beta_inline_skill_param = cls(
            type=type_,
            name=name,
            description=description,
            source=source,
        )
        if type_ is None or name is None or description is None or source is None:
            beta_inline_skill_param._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            beta_inline_skill_param.additional_properties = _extra_fields(d)
        return beta_inline_skill_param

    @property
    def type_(self) -> Literal["inline"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["inline"]) -> None:
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
from ..models.beta_inline_skill_source_param import BetaInlineSkillSourceParam  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
BetaInlineSkillParam._oc_fields = (
    ("type", "type", True, ("const", "inline")),
    ("name", "name", True, "string"),
    ("description", "description", True, "string"),
    ("source", "source", True, BetaInlineSkillSourceParam),
)
