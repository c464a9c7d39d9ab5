# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys

T = TypeVar("T", bound="CreateModerationResponseResultsItem")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "flagged",
        "categories",
        "category_scores",
        "category_applied_input_types",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class CreateModerationResponseResultsItem(_Model):
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

    _oc_wire = _FIELDS
    _oc_required = (
        "flagged",
        "categories",
        "category_scores",
        "category_applied_input_types",
    )
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["flagged"] = self.flagged
        field_dict["categories"] = dump(self.categories)
        field_dict["category_scores"] = dump(self.category_scores)
        field_dict["category_applied_input_types"] = dump(self.category_applied_input_types)
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        flagged = d.get("flagged")
        _categories = d.get("categories")
        categories = (
            CreateModerationResponseResultsItemCategories.from_dict(_categories)
            if isinstance(_categories, dict)
            else _categories
        )
        _category_scores = d.get("category_scores")
        category_scores = (
            CreateModerationResponseResultsItemCategoryScores.from_dict(_category_scores)
            if isinstance(_category_scores, dict)
            else _category_scores
        )
        _category_applied_input_types = d.get("category_applied_input_types")
        category_applied_input_types = (
            CreateModerationResponseResultsItemCategoryAppliedInputTypes.from_dict(
                _category_applied_input_types
            )
            if isinstance(_category_applied_input_types, dict)
            else _category_applied_input_types
        )
        create_moderation_response_results_item = cls(
            flagged=flagged,
            categories=categories,
            category_scores=category_scores,
            category_applied_input_types=category_applied_input_types,
        )
        if (
            flagged is None
            or categories is None
            or category_scores is None
            or category_applied_input_types is None
        ):
            create_moderation_response_results_item._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
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

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
CreateModerationResponseResultsItem._oc_fields = (
    ("flagged", "flagged", True, "boolean"),
    ("categories", "categories", True, CreateModerationResponseResultsItemCategories),
    ("category_scores", "category_scores", True, CreateModerationResponseResultsItemCategoryScores),
    (
        "category_applied_input_types",
        "category_applied_input_types",
        True,
        CreateModerationResponseResultsItemCategoryAppliedInputTypes,
    ),
)
