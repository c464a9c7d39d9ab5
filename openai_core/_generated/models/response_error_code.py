# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ResponseErrorCode`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ResponseErrorCode = Literal[
    "bio_policy",
    "data_residency_mismatch",
    "empty_image_file",
    "failed_to_download_image",
    "image_content_policy_violation",
    "image_file_not_found",
    "image_file_too_large",
    "image_parse_error",
    "image_too_large",
    "image_too_small",
    "invalid_base64_image",
    "invalid_image",
    "invalid_image_format",
    "invalid_image_mode",
    "invalid_image_url",
    "invalid_prompt",
    "rate_limit_exceeded",
    "server_error",
    "unsupported_image_media_type",
    "vector_store_timeout",
]

RESPONSE_ERROR_CODE_VALUES: set[ResponseErrorCode] = {
    "bio_policy",
    "data_residency_mismatch",
    "empty_image_file",
    "failed_to_download_image",
    "image_content_policy_violation",
    "image_file_not_found",
    "image_file_too_large",
    "image_parse_error",
    "image_too_large",
    "image_too_small",
    "invalid_base64_image",
    "invalid_image",
    "invalid_image_format",
    "invalid_image_mode",
    "invalid_image_url",
    "invalid_prompt",
    "rate_limit_exceeded",
    "server_error",
    "unsupported_image_media_type",
    "vector_store_timeout",
}


def check_response_error_code(value: str) -> ResponseErrorCode:
    """Return `value` as `ResponseErrorCode`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ResponseErrorCode, got {value!r}")
    return cast(ResponseErrorCode, value)
