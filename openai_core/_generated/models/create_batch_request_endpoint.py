# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `CreateBatchRequestEndpoint`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

CreateBatchRequestEndpoint = Literal[
    "/v1/chat/completions",
    "/v1/completions",
    "/v1/embeddings",
    "/v1/images/edits",
    "/v1/images/generations",
    "/v1/moderations",
    "/v1/responses",
    "/v1/videos",
]

CREATE_BATCH_REQUEST_ENDPOINT_VALUES: set[CreateBatchRequestEndpoint] = {
    "/v1/chat/completions",
    "/v1/completions",
    "/v1/embeddings",
    "/v1/images/edits",
    "/v1/images/generations",
    "/v1/moderations",
    "/v1/responses",
    "/v1/videos",
}


def check_create_batch_request_endpoint(value: str) -> CreateBatchRequestEndpoint:
    """Return `value` as `CreateBatchRequestEndpoint`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for CreateBatchRequestEndpoint, got {value!r}")
    return cast(CreateBatchRequestEndpoint, value)
