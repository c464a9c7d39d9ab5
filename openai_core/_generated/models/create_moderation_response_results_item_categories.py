# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import missing_keys
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateModerationResponseResultsItemCategories")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "hate",
        "hate/threatening",
        "harassment",
        "harassment/threatening",
        "self-harm",
        "self-harm/intent",
        "self-harm/instructions",
        "sexual",
        "sexual/minors",
        "violence",
        "violence/graphic",
        "illicit",
        "illicit/violent",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class CreateModerationResponseResultsItemCategories(_Model):
    """
    Attributes:
        hate (bool):
        hatethreatening (bool):
        harassment (bool):
        harassmentthreatening (bool):
        self_harm (bool):
        self_harmintent (bool):
        self_harminstructions (bool):
        sexual (bool):
        sexualminors (bool):
        violence (bool):
        violencegraphic (bool):
        illicit (bool | None | Unset):
        illicitviolent (bool | None | Unset):
    """

    hate: bool
    hatethreatening: bool
    harassment: bool
    harassmentthreatening: bool
    self_harm: bool
    self_harmintent: bool
    self_harminstructions: bool
    sexual: bool
    sexualminors: bool
    violence: bool
    violencegraphic: bool
    illicit: bool | None | Unset = UNSET
    illicitviolent: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "hate",
        "hate/threatening",
        "harassment",
        "harassment/threatening",
        "self-harm",
        "self-harm/intent",
        "self-harm/instructions",
        "sexual",
        "sexual/minors",
        "violence",
        "violence/graphic",
    )
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["hate"] = self.hate
        field_dict["hate/threatening"] = self.hatethreatening
        field_dict["harassment"] = self.harassment
        field_dict["harassment/threatening"] = self.harassmentthreatening
        field_dict["self-harm"] = self.self_harm
        field_dict["self-harm/intent"] = self.self_harmintent
        field_dict["self-harm/instructions"] = self.self_harminstructions
        field_dict["sexual"] = self.sexual
        field_dict["sexual/minors"] = self.sexualminors
        field_dict["violence"] = self.violence
        field_dict["violence/graphic"] = self.violencegraphic
        if self.illicit is not UNSET:
            field_dict["illicit"] = self.illicit
        if self.illicitviolent is not UNSET:
            field_dict["illicit/violent"] = self.illicitviolent
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        hate = d.get("hate")
        hatethreatening = d.get("hate/threatening")
        harassment = d.get("harassment")
        harassmentthreatening = d.get("harassment/threatening")
        self_harm = d.get("self-harm")
        self_harmintent = d.get("self-harm/intent")
        self_harminstructions = d.get("self-harm/instructions")
        sexual = d.get("sexual")
        sexualminors = d.get("sexual/minors")
        violence = d.get("violence")
        violencegraphic = d.get("violence/graphic")
        illicit = d.get("illicit", UNSET)
        illicitviolent = d.get("illicit/violent", UNSET)
        create_moderation_response_results_item_categories = cls(
            hate=hate,
            hatethreatening=hatethreatening,
            harassment=harassment,
            harassmentthreatening=harassmentthreatening,
            self_harm=self_harm,
            self_harmintent=self_harmintent,
            self_harminstructions=self_harminstructions,
            sexual=sexual,
            sexualminors=sexualminors,
            violence=violence,
            violencegraphic=violencegraphic,
            illicit=illicit,
            illicitviolent=illicitviolent,
        )
        if (
            hate is None
            or hatethreatening is None
            or harassment is None
            or harassmentthreatening is None
            or self_harm is None
            or self_harmintent is None
            or self_harminstructions is None
            or sexual is None
            or sexualminors is None
            or violence is None
            or violencegraphic is None
        ):
            create_moderation_response_results_item_categories._oc_missing = missing_keys(
                d, cls._oc_required
            )
        if not _FIELDS.issuperset(d):
            create_moderation_response_results_item_categories.additional_properties = (
                _extra_fields(d)
            )
        return create_moderation_response_results_item_categories

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
CreateModerationResponseResultsItemCategories._oc_fields = (
    ("hate", "hate", True, "boolean"),
    ("hatethreatening", "hate/threatening", True, "boolean"),
    ("harassment", "harassment", True, "boolean"),
    ("harassmentthreatening", "harassment/threatening", True, "boolean"),
    ("self_harm", "self-harm", True, "boolean"),
    ("self_harmintent", "self-harm/intent", True, "boolean"),
    ("self_harminstructions", "self-harm/instructions", True, "boolean"),
    ("sexual", "sexual", True, "boolean"),
    ("sexualminors", "sexual/minors", True, "boolean"),
    ("violence", "violence", True, "boolean"),
    ("violencegraphic", "violence/graphic", True, "boolean"),
    (
        "illicit",
        "illicit",
        False,
        (
            "union",
            (
                "boolean",
                "null",
            ),
        ),
    ),
    (
        "illicitviolent",
        "illicit/violent",
        False,
        (
            "union",
            (
                "boolean",
                "null",
            ),
        ),
    ),
)
