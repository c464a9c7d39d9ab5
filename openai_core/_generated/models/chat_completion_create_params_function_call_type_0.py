# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ChatCompletionCreateParamsFunctionCallType0`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ChatCompletionCreateParamsFunctionCallType0 = Literal["auto", "none"]

CHAT_COMPLETION_CREATE_PARAMS_FUNCTION_CALL_TYPE_0_VALUES: set[
    ChatCompletionCreateParamsFunctionCallType0
] = {
    "auto",
    "none",
}


def check_chat_completion_create_params_function_call_type_0(
    value: str,
) -> ChatCompletionCreateParamsFunctionCallType0:
    """Return `value` as `ChatCompletionCreateParamsFunctionCallType0`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(
            f"Expected str for ChatCompletionCreateParamsFunctionCallType0, got {value!r}"
        )
    return cast(ChatCompletionCreateParamsFunctionCallType0, value)
