# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `VectorStoreFileObjectLastErrorType0Code`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

VectorStoreFileObjectLastErrorType0Code = Literal[
    "invalid_file", "server_error", "unsupported_file"
]

VECTOR_STORE_FILE_OBJECT_LAST_ERROR_TYPE_0_CODE_VALUES: set[
    VectorStoreFileObjectLastErrorType0Code
] = {
    "invalid_file",
    "server_error",
    "unsupported_file",
}


def check_vector_store_file_object_last_error_type_0_code(
    value: str,
) -> VectorStoreFileObjectLastErrorType0Code:
    """Return `value` as `VectorStoreFileObjectLastErrorType0Code`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for VectorStoreFileObjectLastErrorType0Code, got {value!r}")
    return cast(VectorStoreFileObjectLastErrorType0Code, value)
