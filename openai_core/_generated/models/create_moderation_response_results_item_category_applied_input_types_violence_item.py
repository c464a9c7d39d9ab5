# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `CreateModerationResponseResultsItemCategoryAppliedInputTypesViolenceItem`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

CreateModerationResponseResultsItemCategoryAppliedInputTypesViolenceItem = Literal["image", "text"]

CREATE_MODERATION_RESPONSE_RESULTS_ITEM_CATEGORY_APPLIED_INPUT_TYPES_VIOLENCE_ITEM_VALUES: set[
    CreateModerationResponseResultsItemCategoryAppliedInputTypesViolenceItem
] = {
    "image",
    "text",
}


def check_create_moderation_response_results_item_category_applied_input_types_violence_item(
    value: str,
) -> CreateModerationResponseResultsItemCategoryAppliedInputTypesViolenceItem:
    """Return `value` as `CreateModerationResponseResultsItemCategoryAppliedInputTypesViolenceItem`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(
            f"Expected str for CreateModerationResponseResultsItemCategoryAppliedInputTypesViolenceItem, got {value!r}"
        )
    return cast(CreateModerationResponseResultsItemCategoryAppliedInputTypesViolenceItem, value)
