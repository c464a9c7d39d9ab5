"""Reading unsent builders as request specs (pure), for batches and run_many alike."""

from __future__ import annotations

from typing import Any

from .._exceptions import InvalidConfigError
from .._request import RequestSpec

__all__ = ["request_spec"]


def request_spec(builder: Any, index: int) -> RequestSpec:
    """
    Return a copy of a builder's request, checked for required fields.

    Only builders that send one JSON request and read one JSON answer qualify (those with
    `send_with_meta`); the stream, parse and tool-runner builders send something else, or
    several requests.

    Raises:
        InvalidConfigError: `builder` is not such a builder, or asks for a stream.
        MissingRequiredFieldError: A required field is missing.
    """
    if not callable(getattr(builder, "to_spec", None)) or not callable(
        getattr(builder, "send_with_meta", None)
    ):
        raise InvalidConfigError(
            f"Request {index}: expected an unsent request builder such as "
            f"client.chat.completions.create()..., got {type(builder).__name__}."
        )
    spec: RequestSpec = builder.to_spec()
    spec.check_required()
    if spec.body.get("stream") is True:
        raise InvalidConfigError(
            f"Request {index}: stream(True) is set; jobs read one JSON answer per request."
        )
    return spec
