# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `CreateModerationResponseResultsItemCategoryAppliedInputTypesSexualItem`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

CreateModerationResponseResultsItemCategoryAppliedInputTypesSexualItem = Literal["image", "text"]

CREATE_MODERATION_RESPONSE_RESULTS_ITEM_CATEGORY_APPLIED_INPUT_TYPES_SEXUAL_ITEM_VALUES: set[
    CreateModerationResponseResultsItemCategoryAppliedInputTypesSexualItem
] = {
    "image",
    "text",
}


def check_create_moderation_response_results_item_category_applied_input_types_sexual_item(
    value: str,
) -> CreateModerationResponseResultsItemCategoryAppliedInputTypesSexualItem:
    """Return `value` as `CreateModerationResponseResultsItemCategoryAppliedInputTypesSexualItem`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(
            f"Expected str for CreateModerationResponseResultsItemCategoryAppliedInputTypesSexualItem, got {value!r}"
        )
    return cast(CreateModerationResponseResultsItemCategoryAppliedInputTypesSexualItem, value)
