# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarminstructionsItem`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarminstructionsItem = Literal[
    "image", "text"
]

CREATE_MODERATION_RESPONSE_RESULTS_ITEM_CATEGORY_APPLIED_INPUT_TYPES_SELF_HARMINSTRUCTIONS_ITEM_VALUES: set[
    CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarminstructionsItem
] = {
    "image",
    "text",
}


def check_create_moderation_response_results_item_category_applied_input_types_self_harminstructions_item(
    value: str,
) -> CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarminstructionsItem:
    """Return `value` as `CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarminstructionsItem`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(
            f"Expected str for CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarminstructionsItem, got {value!r}"
        )
    return cast(
        CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarminstructionsItem, value
    )
