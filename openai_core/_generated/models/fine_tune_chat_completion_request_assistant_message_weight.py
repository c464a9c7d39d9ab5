# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `FineTuneChatCompletionRequestAssistantMessageWeight`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

FineTuneChatCompletionRequestAssistantMessageWeight = Literal[0, 1]

FINE_TUNE_CHAT_COMPLETION_REQUEST_ASSISTANT_MESSAGE_WEIGHT_VALUES: set[
    FineTuneChatCompletionRequestAssistantMessageWeight
] = {
    0,
    1,
}


def check_fine_tune_chat_completion_request_assistant_message_weight(
    value: int,
) -> FineTuneChatCompletionRequestAssistantMessageWeight:
    """Return `value` as `FineTuneChatCompletionRequestAssistantMessageWeight`; a value the spec does not list is kept as it is."""
    if not isinstance(value, int):
        raise TypeError(
            f"Expected int for FineTuneChatCompletionRequestAssistantMessageWeight, got {value!r}"
        )
    return cast(FineTuneChatCompletionRequestAssistantMessageWeight, value)
