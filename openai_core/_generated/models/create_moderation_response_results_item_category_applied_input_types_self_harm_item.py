# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarmItem`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarmItem = Literal["image", "text"]

CREATE_MODERATION_RESPONSE_RESULTS_ITEM_CATEGORY_APPLIED_INPUT_TYPES_SELF_HARM_ITEM_VALUES: set[
    CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarmItem
] = {
    "image",
    "text",
}


def check_create_moderation_response_results_item_category_applied_input_types_self_harm_item(
    value: str,
) -> CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarmItem:
    """Return `value` as `CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarmItem`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(
            f"Expected str for CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarmItem, got {value!r}"
        )
    return cast(CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarmItem, value)
