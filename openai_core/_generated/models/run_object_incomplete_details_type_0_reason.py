# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `RunObjectIncompleteDetailsType0Reason`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

RunObjectIncompleteDetailsType0Reason = Literal["max_completion_tokens", "max_prompt_tokens"]

RUN_OBJECT_INCOMPLETE_DETAILS_TYPE_0_REASON_VALUES: set[RunObjectIncompleteDetailsType0Reason] = {
    "max_completion_tokens",
    "max_prompt_tokens",
}


def check_run_object_incomplete_details_type_0_reason(
    value: str,
) -> RunObjectIncompleteDetailsType0Reason:
    """Return `value` as `RunObjectIncompleteDetailsType0Reason`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for RunObjectIncompleteDetailsType0Reason, got {value!r}")
    return cast(RunObjectIncompleteDetailsType0Reason, value)
