# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `CreateEmbeddingRequestEncodingFormat`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

CreateEmbeddingRequestEncodingFormat = Literal["base64", "float"]

CREATE_EMBEDDING_REQUEST_ENCODING_FORMAT_VALUES: set[CreateEmbeddingRequestEncodingFormat] = {
    "base64",
    "float",
}


def check_create_embedding_request_encoding_format(
    value: str,
) -> CreateEmbeddingRequestEncodingFormat:
    """Return `value` as `CreateEmbeddingRequestEncodingFormat`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for CreateEmbeddingRequestEncodingFormat, got {value!r}")
    return cast(CreateEmbeddingRequestEncodingFormat, value)
