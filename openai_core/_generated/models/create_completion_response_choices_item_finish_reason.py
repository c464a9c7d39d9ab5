# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `CreateCompletionResponseChoicesItemFinishReason`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

CreateCompletionResponseChoicesItemFinishReason = Literal["content_filter", "length", "stop"]

CREATE_COMPLETION_RESPONSE_CHOICES_ITEM_FINISH_REASON_VALUES: set[
    CreateCompletionResponseChoicesItemFinishReason
] = {
    "content_filter",
    "length",
    "stop",
}


def check_create_completion_response_choices_item_finish_reason(
    value: str,
) -> CreateCompletionResponseChoicesItemFinishReason:
    """Return `value` as `CreateCompletionResponseChoicesItemFinishReason`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(
            f"Expected str for CreateCompletionResponseChoicesItemFinishReason, got {value!r}"
        )
    return cast(CreateCompletionResponseChoicesItemFinishReason, value)
