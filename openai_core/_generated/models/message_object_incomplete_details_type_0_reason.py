# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `MessageObjectIncompleteDetailsType0Reason`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

MessageObjectIncompleteDetailsType0Reason = Literal[
    "content_filter", "max_tokens", "run_cancelled", "run_expired", "run_failed"
]

MESSAGE_OBJECT_INCOMPLETE_DETAILS_TYPE_0_REASON_VALUES: set[
    MessageObjectIncompleteDetailsType0Reason
] = {
    "content_filter",
    "max_tokens",
    "run_cancelled",
    "run_expired",
    "run_failed",
}


def check_message_object_incomplete_details_type_0_reason(
    value: str,
) -> MessageObjectIncompleteDetailsType0Reason:
    """Return `value` as `MessageObjectIncompleteDetailsType0Reason`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(
            f"Expected str for MessageObjectIncompleteDetailsType0Reason, got {value!r}"
        )
    return cast(MessageObjectIncompleteDetailsType0Reason, value)
