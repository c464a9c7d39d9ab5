# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `CreateCompletionRequestModelType1`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

CreateCompletionRequestModelType1 = Literal["babbage-002", "davinci-002", "gpt-3.5-turbo-instruct"]

CREATE_COMPLETION_REQUEST_MODEL_TYPE_1_VALUES: set[CreateCompletionRequestModelType1] = {
    "babbage-002",
    "davinci-002",
    "gpt-3.5-turbo-instruct",
}


def check_create_completion_request_model_type_1(value: str) -> CreateCompletionRequestModelType1:
    """Return `value` as `CreateCompletionRequestModelType1`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for CreateCompletionRequestModelType1, got {value!r}")
    return cast(CreateCompletionRequestModelType1, value)
