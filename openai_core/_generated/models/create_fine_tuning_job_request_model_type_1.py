# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `CreateFineTuningJobRequestModelType1`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

CreateFineTuningJobRequestModelType1 = Literal[
    "babbage-002", "davinci-002", "gpt-3.5-turbo", "gpt-4o-mini"
]

CREATE_FINE_TUNING_JOB_REQUEST_MODEL_TYPE_1_VALUES: set[CreateFineTuningJobRequestModelType1] = {
    "babbage-002",
    "davinci-002",
    "gpt-3.5-turbo",
    "gpt-4o-mini",
}


def check_create_fine_tuning_job_request_model_type_1(
    value: str,
) -> CreateFineTuningJobRequestModelType1:
    """Return `value` as `CreateFineTuningJobRequestModelType1`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for CreateFineTuningJobRequestModelType1, got {value!r}")
    return cast(CreateFineTuningJobRequestModelType1, value)
