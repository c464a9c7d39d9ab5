# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreateModerationResponseResultsItemCategoryScores")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "hate",
        "hate/threatening",
        "harassment",
        "harassment/threatening",
        "illicit",
        "illicit/violent",
        "self-harm",
        "self-harm/intent",
        "self-harm/instructions",
        "sexual",
        "sexual/minors",
        "violence",
        "violence/graphic",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class CreateModerationResponseResultsItemCategoryScores:
    """
    Attributes:
        hate (float):
        hatethreatening (float):
        harassment (float):
        harassmentthreatening (float):
        illicit (float):
        illicitviolent (float):
        self_harm (float):
        self_harmintent (float):
        self_harminstructions (float):
        sexual (float):
        sexualminors (float):
        violence (float):
        violencegraphic (float):
    """

    hate: float
    hatethreatening: float
    harassment: float
    harassmentthreatening: float
    illicit: float
    illicitviolent: float
    self_harm: float
    self_harmintent: float
    self_harminstructions: float
    sexual: float
    sexualminors: float
    violence: float
    violencegraphic: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hate = self.hate

        hatethreatening = self.hatethreatening

        harassment = self.harassment

        harassmentthreatening = self.harassmentthreatening

        illicit = self.illicit

        illicitviolent = self.illicitviolent

        self_harm = self.self_harm

        self_harmintent = self.self_harmintent

        self_harminstructions = self.self_harminstructions

        sexual = self.sexual

        sexualminors = self.sexualminors

        violence = self.violence

        violencegraphic = self.violencegraphic

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hate": hate,
                "hate/threatening": hatethreatening,
                "harassment": harassment,
                "harassment/threatening": harassmentthreatening,
                "illicit": illicit,
                "illicit/violent": illicitviolent,
                "self-harm": self_harm,
                "self-harm/intent": self_harmintent,
                "self-harm/instructions": self_harminstructions,
                "sexual": sexual,
                "sexual/minors": sexualminors,
                "violence": violence,
                "violence/graphic": violencegraphic,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        hate = d["hate"]

        hatethreatening = d["hate/threatening"]

        harassment = d["harassment"]

        harassmentthreatening = d["harassment/threatening"]

        illicit = d["illicit"]

        illicitviolent = d["illicit/violent"]

        self_harm = d["self-harm"]

        self_harmintent = d["self-harm/intent"]

        self_harminstructions = d["self-harm/instructions"]

        sexual = d["sexual"]

        sexualminors = d["sexual/minors"]

        violence = d["violence"]

        violencegraphic = d["violence/graphic"]

        create_moderation_response_results_item_category_scores = cls(
            hate=hate,
            hatethreatening=hatethreatening,
            harassment=harassment,
            harassmentthreatening=harassmentthreatening,
            illicit=illicit,
            illicitviolent=illicitviolent,
            self_harm=self_harm,
            self_harmintent=self_harmintent,
            self_harminstructions=self_harminstructions,
            sexual=sexual,
            sexualminors=sexualminors,
            violence=violence,
            violencegraphic=violencegraphic,
        )

        create_moderation_response_results_item_category_scores.additional_properties = (
            _extra_fields(d)
        )
        return create_moderation_response_results_item_category_scores

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
