# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreateModerationResponseResultsItem")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "flagged",
        "categories",
        "category_scores",
        "category_applied_input_types",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class CreateModerationResponseResultsItem:
    """
    Attributes:
        flagged (bool):
        categories (CreateModerationResponseResultsItemCategories):
        category_scores (CreateModerationResponseResultsItemCategoryScores):
        category_applied_input_types (CreateModerationResponseResultsItemCategoryAppliedInputTypes):
    """

    flagged: bool
    categories: CreateModerationResponseResultsItemCategories
    category_scores: CreateModerationResponseResultsItemCategoryScores
    category_applied_input_types: CreateModerationResponseResultsItemCategoryAppliedInputTypes
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        flagged = self.flagged

        categories = self.categories.to_dict()

        category_scores = self.category_scores.to_dict()

        category_applied_input_types = self.category_applied_input_types.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "flagged": flagged,
                "categories": categories,
                "category_scores": category_scores,
                "category_applied_input_types": category_applied_input_types,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        flagged = d["flagged"]

        categories = CreateModerationResponseResultsItemCategories.from_dict(d["categories"])

        category_scores = CreateModerationResponseResultsItemCategoryScores.from_dict(
            d["category_scores"]
        )

        category_applied_input_types = (
            CreateModerationResponseResultsItemCategoryAppliedInputTypes.from_dict(
                d["category_applied_input_types"]
            )
        )

        create_moderation_response_results_item = cls(
            flagged=flagged,
            categories=categories,
            category_scores=category_scores,
            category_applied_input_types=category_applied_input_types,
        )

        create_moderation_response_results_item.additional_properties = _extra_fields(d)
        return create_moderation_response_results_item

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
from ..models.create_moderation_response_results_item_categories import (
    CreateModerationResponseResultsItemCategories,  # noqa: E402
)
from ..models.create_moderation_response_results_item_category_applied_input_types import (
    CreateModerationResponseResultsItemCategoryAppliedInputTypes,  # noqa: E402
)
from ..models.create_moderation_response_results_item_category_scores import (
    CreateModerationResponseResultsItemCategoryScores,  # noqa: E402
)
