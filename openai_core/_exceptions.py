"""
The error hierarchy of openai_core. Every error the SDK raises derives from OpenAICoreError:

    OpenAICoreError
    ├── InvalidConfigError
    ├── MissingRequiredFieldError
    ├── MissingCredentialsError
    ├── ProviderCompatibilityError
    ├── APIError                      (the server answered with an error, or sent one in a stream)
    │   ├── BadRequestError           400
    │   ├── AuthenticationError       401
    │   ├── PermissionDeniedError     403
    │   ├── NotFoundError             404
    │   ├── ConflictError             409
    │   ├── UnprocessableEntityError  422
    │   ├── RateLimitError            429
    │   └── InternalServerError       >= 500
    ├── APIConnectionError            (no usable answer: refused, reset, DNS, TLS)
    │   └── APITimeoutError
    ├── RequestCancelledError
    ├── StreamError                   (a stream broke its framing or ended early)
    ├── ResponseValidationError       (the body does not match the expected type)
    ├── LengthFinishReasonError
    ├── ContentFilterFinishReasonError
    ├── RefusalError
    ├── ToolError
    └── WebhookVerificationError

Errors keep their data as attributes; nobody should have to parse a message. No message or repr
contains an API key: messages are built from server data and our own words only.
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "ContentFilterFinishReasonError",
    "InternalServerError",
    "InvalidConfigError",
    "LengthFinishReasonError",
    "MissingCredentialsError",
    "MissingRequiredFieldError",
    "NotFoundError",
    "OpenAICoreError",
    "PermissionDeniedError",
    "ProviderCompatibilityError",
    "RateLimitError",
    "RefusalError",
    "RequestCancelledError",
    "ResponseValidationError",
    "StreamError",
    "ToolError",
    "UnprocessableEntityError",
    "WebhookVerificationError",
]


class OpenAICoreError(Exception):
    """Root of every error raised by openai_core."""


class InvalidConfigError(OpenAICoreError):
    """The client or a request was configured with a value that cannot work."""


class MissingRequiredFieldError(OpenAICoreError):
    """A required request field was not set; raised before any I/O."""

    def __init__(self, field: str, operation: str | None = None) -> None:
        self.field = field
        self.operation = operation
        where = f" for {operation}" if operation else ""
        super().__init__(
            f"Missing required field {field!r}{where}: set it with .{field}(...) before sending."
        )


class MissingCredentialsError(OpenAICoreError):
    """No API key (or token) was found for a provider that needs one."""

    def __init__(self, provider: str, env_var: str | None) -> None:
        self.provider = provider
        self.env_var = env_var
        hint = f"set the {env_var} environment variable or " if env_var else ""
        super().__init__(
            f"No API key for provider {provider!r}: {hint}pass api_key=... to the client."
        )


class ProviderCompatibilityError(OpenAICoreError):
    """A request uses something the selected provider does not support (strict mode)."""

    def __init__(self, message: str, *, provider: str, field: str | None = None) -> None:
        self.provider = provider
        self.field = field
        super().__init__(message)


class APIError(OpenAICoreError):
    """The server answered with an error (or sent an error event in a stream)."""

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None = None,
        type: str | None = None,
        code: str | None = None,
        param: str | None = None,
        request_id: str | None = None,
        provider: str | None = None,
        body: Any = None,
    ) -> None:
        self.message = message
        self.status_code = status_code
        self.type = type
        self.code = code
        self.param = param
        self.request_id = request_id
        self.provider = provider
        self.body = body
        super().__init__(message)

    def __str__(self) -> str:
        parts = [f"{self.status_code}" if self.status_code is not None else "error"]
        if self.type:
            parts.append(f"type={self.type}")
        if self.code:
            parts.append(f"code={self.code}")
        if self.param:
            parts.append(f"param={self.param}")
        if self.request_id:
            parts.append(f"request_id={self.request_id}")
        return f"{self.message} ({', '.join(parts)})"

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(message={self.message!r}, status_code={self.status_code!r}, "
            f"type={self.type!r}, code={self.code!r}, request_id={self.request_id!r}, "
            f"provider={self.provider!r})"
        )


class BadRequestError(APIError):
    """HTTP 400."""


class AuthenticationError(APIError):
    """HTTP 401."""


class PermissionDeniedError(APIError):
    """HTTP 403."""


class NotFoundError(APIError):
    """HTTP 404."""


class ConflictError(APIError):
    """HTTP 409."""


class UnprocessableEntityError(APIError):
    """HTTP 422."""


class RateLimitError(APIError):
    """HTTP 429."""


class InternalServerError(APIError):
    """HTTP 500 and above."""


STATUS_ERRORS: dict[int, type[APIError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def error_class_for_status(status_code: int) -> type[APIError]:
    """Return the APIError subclass for an HTTP status."""
    if status_code >= 500:
        return InternalServerError
    return STATUS_ERRORS.get(status_code, APIError)


class APIConnectionError(OpenAICoreError):
    """
    The request got no usable answer: refused, reset, DNS or TLS failure.

    Attributes:
        url: The request URL, when known.
        retryable: False for failures another attempt cannot fix (a certificate the client does
            not trust, a request that cannot be sent); those are raised at once.
    """

    def __init__(
        self, message: str = "Connection error.", *, url: str | None = None, retryable: bool = True
    ) -> None:
        self.url = url
        self.retryable = retryable
        super().__init__(message)


class APITimeoutError(APIConnectionError):
    """The request did not complete within its timeout."""

    def __init__(self, message: str = "Request timed out.", *, url: str | None = None) -> None:
        super().__init__(message, url=url)


class RequestCancelledError(OpenAICoreError):
    """The request or stream was aborted through its CancellationToken."""

    def __init__(self, message: str = "Request cancelled.") -> None:
        super().__init__(message)


class StreamError(OpenAICoreError):
    """A stream broke its framing, sent undecodable data, or ended before it was complete."""


class ResponseValidationError(OpenAICoreError):
    """A body or value does not match the type it must have."""

    def __init__(self, message: str, *, path: str = "$", value: Any = None) -> None:
        self.path = path
        self.value = value
        super().__init__(message)


class LengthFinishReasonError(OpenAICoreError):
    """The model stopped at its token limit before finishing (finish_reason "length")."""

    def __init__(self, completion: Any = None, *, message: str | None = None) -> None:
        self.completion = completion
        super().__init__(
            message
            or "The model stopped at its token limit (finish_reason 'length') before finishing; "
            "raise max_completion_tokens or shorten the prompt."
        )


class ContentFilterFinishReasonError(OpenAICoreError):
    """The provider's content filter stopped the answer (finish_reason "content_filter")."""

    def __init__(self, completion: Any = None, *, message: str | None = None) -> None:
        self.completion = completion
        super().__init__(
            message
            or "The answer was stopped by the content filter (finish_reason 'content_filter')."
        )


class RefusalError(OpenAICoreError):
    """The model refused to answer; the refusal text is kept in `refusal`."""

    def __init__(self, refusal: str, completion: Any = None) -> None:
        self.refusal = refusal
        self.completion = completion
        super().__init__(f"The model refused: {refusal!r}")


class ToolError(OpenAICoreError):
    """A tool could not be run, or the tool loop could not continue."""

    def __init__(self, message: str, *, tool_name: str | None = None, trace: Any = None) -> None:
        self.tool_name = tool_name
        self.trace = trace
        super().__init__(message)


class WebhookVerificationError(OpenAICoreError):
    """A webhook's signature, timestamp or id did not verify."""
