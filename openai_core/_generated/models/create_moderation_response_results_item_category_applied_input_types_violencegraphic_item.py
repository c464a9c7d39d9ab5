# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `CreateModerationResponseResultsItemCategoryAppliedInputTypesViolencegraphicItem`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

CreateModerationResponseResultsItemCategoryAppliedInputTypesViolencegraphicItem = Literal[
    "image", "text"
]

CREATE_MODERATION_RESPONSE_RESULTS_ITEM_CATEGORY_APPLIED_INPUT_TYPES_VIOLENCEGRAPHIC_ITEM_VALUES: set[
    CreateModerationResponseResultsItemCategoryAppliedInputTypesViolencegraphicItem
] = {
    "image",
    "text",
}


def check_create_moderation_response_results_item_category_applied_input_types_violencegraphic_item(
    value: str,
) -> CreateModerationResponseResultsItemCategoryAppliedInputTypesViolencegraphicItem:
    """Return `value` as `CreateModerationResponseResultsItemCategoryAppliedInputTypesViolencegraphicItem`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(
            f"Expected str for CreateModerationResponseResultsItemCategoryAppliedInputTypesViolencegraphicItem, got {value!r}"
        )
    return cast(
        CreateModerationResponseResultsItemCategoryAppliedInputTypesViolencegraphicItem, value
    )
