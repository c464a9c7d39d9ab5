# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys

T = TypeVar("T", bound="BetaModerationResultBody")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
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
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class BetaModerationResultBody(_Model):
    """Schema `BetaModerationResultBody`.

    Attributes:
        type (Literal['moderation_result']): Always 'moderation_result'.
        model (str):
        flagged (bool):
        categories (BetaModerationResultBodyCategories):
        category_scores (BetaModerationResultBodyCategoryScores):
        category_applied_input_types (BetaModerationResultBodyCategoryAppliedInputTypes):
    """

    type: Literal["moderation_result"]
    model: str
    flagged: bool
    categories: BetaModerationResultBodyCategories
    category_scores: BetaModerationResultBodyCategoryScores
    category_applied_input_types: BetaModerationResultBodyCategoryAppliedInputTypes
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "type",
        "model",
        "flagged",
        "categories",
        "category_scores",
        "category_applied_input_types",
    )
    _oc_consts = {"type": "moderation_result"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["model"] = self.model
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
        type_ = d.get("type")
        model = d.get("model")
        flagged = d.get("flagged")
        _categories = d.get("categories")
        categories = (
            BetaModerationResultBodyCategories.from_dict(_categories)
            if isinstance(_categories, dict)
            else _categories
        )
        _category_scores = d.get("category_scores")
        category_scores = (
            BetaModerationResultBodyCategoryScores.from_dict(_category_scores)
            if isinstance(_category_scores, dict)
            else _category_scores
        )
        _category_applied_input_types = d.get("category_applied_input_types")
        category_applied_input_types = (
            BetaModerationResultBodyCategoryAppliedInputTypes.from_dict(
                _category_applied_input_types
            )
            if isinstance(_category_applied_input_types, dict)
            else _category_applied_input_types
        )
        beta_moderation_result_body = cls(
            type=type_,
            model=model,
            flagged=flagged,
            categories=categories,
            category_scores=category_scores,
            category_applied_input_types=category_applied_input_types,
        )
        if (
            type_ is None
            or model is None
            or flagged is None
            or categories is None
            or category_scores is None
            or category_applied_input_types is None
        ):
            beta_moderation_result_body._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            beta_moderation_result_body.additional_properties = _extra_fields(d)
        return beta_moderation_result_body

    @property
    def type_(self) -> Literal["moderation_result"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["moderation_result"]) -> None:
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
from ..models.beta_moderation_result_body_categories import BetaModerationResultBodyCategories  # noqa: E402
from ..models.beta_moderation_result_body_category_applied_input_types import (
    BetaModerationResultBodyCategoryAppliedInputTypes,  # noqa: E402
)
from ..models.beta_moderation_result_body_category_scores import (
    BetaModerationResultBodyCategoryScores,  # noqa: E402
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
BetaModerationResultBody._oc_fields = (
    ("type", "type", True, ("const", "moderation_result")),
    ("model", "model", True, "string"),
    ("flagged", "flagged", True, "boolean"),
    ("categories", "categories", True, BetaModerationResultBodyCategories),
    ("category_scores", "category_scores", True, BetaModerationResultBodyCategoryScores),
    (
        "category_applied_input_types",
        "category_applied_input_types",
        True,
        BetaModerationResultBodyCategoryAppliedInputTypes,
    ),
)
