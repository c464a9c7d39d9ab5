# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_moderation_response_results_item_category_applied_input_types_self_harm_item import (
    CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarmItem,
    check_create_moderation_response_results_item_category_applied_input_types_self_harm_item,
)
from ..models.create_moderation_response_results_item_category_applied_input_types_self_harminstructions_item import (
    CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarminstructionsItem,
    check_create_moderation_response_results_item_category_applied_input_types_self_harminstructions_item,
)
from ..models.create_moderation_response_results_item_category_applied_input_types_self_harmintent_item import (
    CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarmintentItem,
    check_create_moderation_response_results_item_category_applied_input_types_self_harmintent_item,
)
from ..models.create_moderation_response_results_item_category_applied_input_types_sexual_item import (
    CreateModerationResponseResultsItemCategoryAppliedInputTypesSexualItem,
    check_create_moderation_response_results_item_category_applied_input_types_sexual_item,
)
from ..models.create_moderation_response_results_item_category_applied_input_types_violence_item import (
    CreateModerationResponseResultsItemCategoryAppliedInputTypesViolenceItem,
    check_create_moderation_response_results_item_category_applied_input_types_violence_item,
)
from ..models.create_moderation_response_results_item_category_applied_input_types_violencegraphic_item import (
    CreateModerationResponseResultsItemCategoryAppliedInputTypesViolencegraphicItem,
    check_create_moderation_response_results_item_category_applied_input_types_violencegraphic_item,
)

T = TypeVar("T", bound="CreateModerationResponseResultsItemCategoryAppliedInputTypes")

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
class CreateModerationResponseResultsItemCategoryAppliedInputTypes:
    """
    Attributes:
        hate (list[Literal['text']]):
        hatethreatening (list[Literal['text']]):
        harassment (list[Literal['text']]):
        harassmentthreatening (list[Literal['text']]):
        illicit (list[Literal['text']]):
        illicitviolent (list[Literal['text']]):
        self_harm (list[CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarmItem]):
        self_harmintent (list[CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarmintentItem]):
        self_harminstructions
            (list[CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarminstructionsItem]):
        sexual (list[CreateModerationResponseResultsItemCategoryAppliedInputTypesSexualItem]):
        sexualminors (list[Literal['text']]):
        violence (list[CreateModerationResponseResultsItemCategoryAppliedInputTypesViolenceItem]):
        violencegraphic (list[CreateModerationResponseResultsItemCategoryAppliedInputTypesViolencegraphicItem]):
    """

    hate: list[Literal["text"]]
    hatethreatening: list[Literal["text"]]
    harassment: list[Literal["text"]]
    harassmentthreatening: list[Literal["text"]]
    illicit: list[Literal["text"]]
    illicitviolent: list[Literal["text"]]
    self_harm: list[CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarmItem]
    self_harmintent: list[
        CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarmintentItem
    ]
    self_harminstructions: list[
        CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarminstructionsItem
    ]
    sexual: list[CreateModerationResponseResultsItemCategoryAppliedInputTypesSexualItem]
    sexualminors: list[Literal["text"]]
    violence: list[CreateModerationResponseResultsItemCategoryAppliedInputTypesViolenceItem]
    violencegraphic: list[
        CreateModerationResponseResultsItemCategoryAppliedInputTypesViolencegraphicItem
    ]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hate = self.hate

        hatethreatening = self.hatethreatening

        harassment = self.harassment

        harassmentthreatening = self.harassmentthreatening

        illicit = self.illicit

        illicitviolent = self.illicitviolent

        self_harm = []
        for self_harm_item_data in self.self_harm:
            self_harm_item: str = self_harm_item_data
            self_harm.append(self_harm_item)

        self_harmintent = []
        for self_harmintent_item_data in self.self_harmintent:
            self_harmintent_item: str = self_harmintent_item_data
            self_harmintent.append(self_harmintent_item)

        self_harminstructions = []
        for self_harminstructions_item_data in self.self_harminstructions:
            self_harminstructions_item: str = self_harminstructions_item_data
            self_harminstructions.append(self_harminstructions_item)

        sexual = []
        for sexual_item_data in self.sexual:
            sexual_item: str = sexual_item_data
            sexual.append(sexual_item)

        sexualminors = self.sexualminors

        violence = []
        for violence_item_data in self.violence:
            violence_item: str = violence_item_data
            violence.append(violence_item)

        violencegraphic = []
        for violencegraphic_item_data in self.violencegraphic:
            violencegraphic_item: str = violencegraphic_item_data
            violencegraphic.append(violencegraphic_item)

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
        hate = []
        _hate = d["hate"]
        for hate_item_data in _hate:
            hate_item = cast("Literal['text']", hate_item_data)
            if hate_item != "text":
                raise ValueError(f"hate_item must match const 'text', got '{hate_item}'")
            hate.append(hate_item)

        hatethreatening = []
        _hatethreatening = d["hate/threatening"]
        for hatethreatening_item_data in _hatethreatening:
            hatethreatening_item = cast("Literal['text']", hatethreatening_item_data)
            if hatethreatening_item != "text":
                raise ValueError(
                    f"hate/threatening_item must match const 'text', got '{hatethreatening_item}'"
                )
            hatethreatening.append(hatethreatening_item)

        harassment = []
        _harassment = d["harassment"]
        for harassment_item_data in _harassment:
            harassment_item = cast("Literal['text']", harassment_item_data)
            if harassment_item != "text":
                raise ValueError(
                    f"harassment_item must match const 'text', got '{harassment_item}'"
                )
            harassment.append(harassment_item)

        harassmentthreatening = []
        _harassmentthreatening = d["harassment/threatening"]
        for harassmentthreatening_item_data in _harassmentthreatening:
            harassmentthreatening_item = cast("Literal['text']", harassmentthreatening_item_data)
            if harassmentthreatening_item != "text":
                raise ValueError(
                    f"harassment/threatening_item must match const 'text', got '{harassmentthreatening_item}'"
                )
            harassmentthreatening.append(harassmentthreatening_item)

        illicit = []
        _illicit = d["illicit"]
        for illicit_item_data in _illicit:
            illicit_item = cast("Literal['text']", illicit_item_data)
            if illicit_item != "text":
                raise ValueError(f"illicit_item must match const 'text', got '{illicit_item}'")
            illicit.append(illicit_item)

        illicitviolent = []
        _illicitviolent = d["illicit/violent"]
        for illicitviolent_item_data in _illicitviolent:
            illicitviolent_item = cast("Literal['text']", illicitviolent_item_data)
            if illicitviolent_item != "text":
                raise ValueError(
                    f"illicit/violent_item must match const 'text', got '{illicitviolent_item}'"
                )
            illicitviolent.append(illicitviolent_item)

        self_harm = []
        _self_harm = d["self-harm"]
        for self_harm_item_data in _self_harm:
            self_harm_item = check_create_moderation_response_results_item_category_applied_input_types_self_harm_item(
                self_harm_item_data
            )

            self_harm.append(self_harm_item)

        self_harmintent = []
        _self_harmintent = d["self-harm/intent"]
        for self_harmintent_item_data in _self_harmintent:
            self_harmintent_item = check_create_moderation_response_results_item_category_applied_input_types_self_harmintent_item(
                self_harmintent_item_data
            )

            self_harmintent.append(self_harmintent_item)

        self_harminstructions = []
        _self_harminstructions = d["self-harm/instructions"]
        for self_harminstructions_item_data in _self_harminstructions:
            self_harminstructions_item = check_create_moderation_response_results_item_category_applied_input_types_self_harminstructions_item(
                self_harminstructions_item_data
            )

            self_harminstructions.append(self_harminstructions_item)

        sexual = []
        _sexual = d["sexual"]
        for sexual_item_data in _sexual:
            sexual_item = check_create_moderation_response_results_item_category_applied_input_types_sexual_item(
                sexual_item_data
            )

            sexual.append(sexual_item)

        sexualminors = []
        _sexualminors = d["sexual/minors"]
        for sexualminors_item_data in _sexualminors:
            sexualminors_item = cast("Literal['text']", sexualminors_item_data)
            if sexualminors_item != "text":
                raise ValueError(
                    f"sexual/minors_item must match const 'text', got '{sexualminors_item}'"
                )
            sexualminors.append(sexualminors_item)

        violence = []
        _violence = d["violence"]
        for violence_item_data in _violence:
            violence_item = check_create_moderation_response_results_item_category_applied_input_types_violence_item(
                violence_item_data
            )

            violence.append(violence_item)

        violencegraphic = []
        _violencegraphic = d["violence/graphic"]
        for violencegraphic_item_data in _violencegraphic:
            violencegraphic_item = check_create_moderation_response_results_item_category_applied_input_types_violencegraphic_item(
                violencegraphic_item_data
            )

            violencegraphic.append(violencegraphic_item)

        create_moderation_response_results_item_category_applied_input_types = cls(
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

        create_moderation_response_results_item_category_applied_input_types.additional_properties = _extra_fields(
            d
        )
        return create_moderation_response_results_item_category_applied_input_types

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
