# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `CreateEmbeddingRequestModelType1`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

CreateEmbeddingRequestModelType1 = Literal[
    "text-embedding-3-large", "text-embedding-3-small", "text-embedding-ada-002"
]

CREATE_EMBEDDING_REQUEST_MODEL_TYPE_1_VALUES: set[CreateEmbeddingRequestModelType1] = {
    "text-embedding-3-large",
    "text-embedding-3-small",
    "text-embedding-ada-002",
}


def check_create_embedding_request_model_type_1(value: str) -> CreateEmbeddingRequestModelType1:
    """Return `value` as `CreateEmbeddingRequestModelType1`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for CreateEmbeddingRequestModelType1, got {value!r}")
    return cast(CreateEmbeddingRequestModelType1, value)
