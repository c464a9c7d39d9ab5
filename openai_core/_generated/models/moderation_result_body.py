# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ModerationResultBody")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "model",
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
class ModerationResultBody:
    """Schema `ModerationResultBody`.

    Attributes:
        type_ (Literal['moderation_result']): Always 'moderation_result'.
        model (str):
        flagged (bool):
        categories (ModerationResultBodyCategories):
        category_scores (ModerationResultBodyCategoryScores):
        category_applied_input_types (ModerationResultBodyCategoryAppliedInputTypes):
    """

    type_: Literal["moderation_result"]
    model: str
    flagged: bool
    categories: ModerationResultBodyCategories
    category_scores: ModerationResultBodyCategoryScores
    category_applied_input_types: ModerationResultBodyCategoryAppliedInputTypes
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        model = self.model

        flagged = self.flagged

        categories = self.categories.to_dict()

        category_scores = self.category_scores.to_dict()

        category_applied_input_types = self.category_applied_input_types.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "model": model,
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
        type_ = cast("Literal['moderation_result']", d["type"])
        if type_ != "moderation_result":
            raise ValueError(f"type must match const 'moderation_result', got '{type_}'")

        model = d["model"]

        flagged = d["flagged"]

        categories = ModerationResultBodyCategories.from_dict(d["categories"])

        category_scores = ModerationResultBodyCategoryScores.from_dict(d["category_scores"])

        category_applied_input_types = ModerationResultBodyCategoryAppliedInputTypes.from_dict(
            d["category_applied_input_types"]
        )

        moderation_result_body = cls(
            type_=type_,
            model=model,
            flagged=flagged,
            categories=categories,
            category_scores=category_scores,
            category_applied_input_types=category_applied_input_types,
        )

        moderation_result_body.additional_properties = _extra_fields(d)
        return moderation_result_body

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
from ..models.moderation_result_body_categories import ModerationResultBodyCategories  # noqa: E402
from ..models.moderation_result_body_category_applied_input_types import (
    ModerationResultBodyCategoryAppliedInputTypes,  # noqa: E402
)
from ..models.moderation_result_body_category_scores import ModerationResultBodyCategoryScores  # noqa: E402
