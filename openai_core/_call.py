"""
The sans-IO core shared by Client and AsyncClient.

`prepare_call` turns client options and a builder's RequestSpec into a PreparedCall: URL, headers,
body bytes and retry policy, all computed once. The shells then loop: `build_request()`, send,
ask `retry_after_response` / `retry_after_error` whether to try again, and finally hand the
response to `parse_body` / `raise_for_status`. Nothing here does I/O.
"""

from __future__ import annotations

import json
import logging
import os
import time
from typing import Any
from urllib.parse import parse_qsl

import httpx

from ._cancel import CancellationToken
from ._errors_map import error_from_body, error_from_response, map_transport_error
from ._exceptions import (
    APIConnectionError,
    InvalidConfigError,
    OpenAICoreError,
    ResponseValidationError,
)
from ._files import OpenedFiles, has_files, multipart_parts
from ._logging import SENSITIVE_HEADERS, log_request, log_response, log_retry
from ._model_build import build_model, load_model
from ._options import ClientOptions, check_headers, timeout_dict
from ._providers import PathContext, Provider
from ._request import (
    UNSET_BODY,
    OperationLike,
    RequestSpec,
    dump_json,
    encode_query,
    fill_path,
    merged_body,
    query_string,
)
from ._retry import RetryPolicy, retry_delay

__all__ = ["PreparedCall", "load_model", "prepare_call"]

_NO_BODY_METHODS = frozenset({"GET", "DELETE", "HEAD"})
# Parsing a URL is a third of what building an httpx.Request costs; URLs are immutable and a
# client calls the same few endpoints over and over, so keep the parsed ones (bounded).
_URLS: dict[str, httpx.URL] = {}
_URL_CACHE_SIZE = 512


def parsed_url(url: str) -> httpx.URL:
    """Return `url` parsed as an httpx.URL, reusing an earlier parse of the same string."""
    parsed = _URLS.get(url)
    if parsed is None:
        if len(_URLS) >= _URL_CACHE_SIZE:
            _URLS.clear()
        parsed = _URLS[url] = httpx.URL(url)
    return parsed


class PreparedCall:
    """One logical call, ready to be sent any number of times (retries reuse it)."""

    __slots__ = (
        "content",
        "deadline_budget",
        "form",
        "headers",
        "logger",
        "method",
        "opened",
        "operation",
        "parsed_url",
        "policy",
        "provider",
        "stream",
        "strict",
        "timeout_ext",
        "token",
        "url",
        "wire_headers",
    )

    def __init__(
        self,
        *,
        operation: OperationLike,
        method: str,
        url: str,
        headers: dict[str, str],
        content: bytes | None,
        form: dict[str, Any] | None,
        timeout_ext: dict[str, float | None],
        deadline_budget: float | None,
        policy: RetryPolicy,
        token: CancellationToken | None,
        provider: Provider,
        stream: bool,
        logger: logging.Logger,
        strict: bool = False,
    ) -> None:
        self.operation = operation
        self.method = method
        self.url = url
        self.parsed_url = parsed_url(url)
        self.headers = headers
        self.content = content
        self.form = form
        self.wire_headers = (
            None if form is not None else wire_headers(method, self.parsed_url, headers, content)
        )
        self.opened = OpenedFiles() if form is not None else None
        self.timeout_ext = timeout_ext
        self.deadline_budget = deadline_budget
        self.policy = policy
        self.token = token
        self.provider = provider
        self.stream = stream
        self.logger = logger
        self.strict = strict

    def build_request(self) -> httpx.Request:
        """
        Build the httpx.Request for the next attempt, with a fresh deadline.

        Raises:
            RequestCancelledError: The call's token was cancelled.
        """
        token = self.token
        extensions: dict[str, Any] = {"timeout": self.timeout_ext}
        if self.deadline_budget is not None:
            extensions["openai_core.deadline"] = time.monotonic() + self.deadline_budget
        if token is not None:
            token.raise_if_cancelled()
            extensions["openai_core.cancel"] = token
        if self.form is not None and self.opened is not None:
            self.opened.rewind()
            op = self.operation
            data, files = multipart_parts(
                self.form, op.body_file_fields, self.opened, op.body_part_types
            )
            request = httpx.Request(
                self.method, self.parsed_url, headers=self.headers, data=data, files=files,
                extensions=extensions,
            )  # fmt: skip
        else:
            # The headers httpx.Request(content=...) would work out, computed once per call:
            # building them is most of what httpx.Request costs.
            request = httpx.Request(
                self.method, self.parsed_url, headers=self.wire_headers,
                stream=httpx.ByteStream(self.content or b""), extensions=extensions,
            )  # fmt: skip
            request.read()
        if self.logger.isEnabledFor(logging.DEBUG):
            log_request(self.logger, request, self.content)
        return request

    def deadline_of(self, request: httpx.Request) -> float | None:
        """The monotonic deadline set on `request`, if any."""
        deadline: float | None = request.extensions.get("openai_core.deadline")
        return deadline

    def retry_after_response(self, response: httpx.Response, attempt: int) -> float | None:
        """Return the delay before retrying a response, or None to keep it."""
        if self.logger.isEnabledFor(logging.DEBUG):
            log_response(self.logger, response, attempt)
        if response.status_code < 400:
            return None
        delay = retry_delay(attempt, response, self.policy)
        if delay is not None and self.logger.isEnabledFor(logging.INFO):
            reason = f"HTTP {response.status_code}"
            log_retry(self.logger, self.method, self.url, reason, attempt, delay)
        return delay

    def retry_after_error(self, exc: BaseException, attempt: int, url: str) -> float:
        """
        Return the delay before retrying after a transport failure.

        Raises:
            OpenAICoreError: The mapped error when the failure is not retried.
        """
        error = map_transport_error(exc, url)
        if isinstance(error, APIConnectionError) and error.retryable:
            delay = retry_delay(attempt, None, self.policy)
            if delay is not None:
                log_retry(self.logger, self.method, url, type(error).__name__, attempt, delay)
                return delay
        if error is exc:
            raise error
        raise error from exc

    def raise_for_status(self, response: httpx.Response) -> None:
        """
        Raise the APIError for a non-2xx response (already read).

        Raises:
            APIError: The subclass for the status.
        """
        if response.status_code >= 300:
            raise error_from_response(response, self.provider, self.secrets())

    def secrets(self) -> tuple[str, ...]:
        """
        The credentials this call sends (masked if a server echoes them back): the values of
        the headers the logs redact, whichever a provider's auth hook chose.
        """
        found = []
        for name in SENSITIVE_HEADERS:
            value = self.headers.get(name)
            if value:
                found.append(value.rpartition(" ")[2])
        return tuple(found)

    def parse_body(self, response: httpx.Response) -> Any:
        """
        Turn a read 2xx response into the operation's result.

        Returns:
            The generated model (or plain JSON when the catalog has no model), bytes for binary
            answers, str for text, None for empty ones.

        Raises:
            APIError: The body carries an error instead of a result (MiniMax's `base_resp`).
            ResponseValidationError: The body is not valid JSON, not a JSON object where the
                operation answers one, or (strict_response_validation) does not match the spec.
        """
        kind = self.operation.response_kind
        if kind == "binary":
            return response.content
        if kind == "text":
            return response.text
        content = response.content
        ref = self.operation.response_model
        if kind == "empty" or (not content and ref is None):
            return None
        try:
            data = json.loads(content)
        except ValueError as exc:
            snippet = content[:200].decode("utf-8", "replace")
            raise ResponseValidationError(
                f"Expected a JSON body from {self.operation.id}, got {snippet!r}.", value=snippet
            ) from exc
        if type(data) is dict:
            error = error_from_body(
                data,
                status_code=response.status_code,
                request_id=response.headers.get("x-request-id"),
                provider=self.provider.name,
                secrets=self.secrets(),
            )
            if error is not None:
                raise error
        if ref is None:
            return data
        if not isinstance(data, dict):
            raise ResponseValidationError(
                f"Expected a JSON object from {self.operation.id}, got {type(data).__name__}.",
                value=data,
            )
        expected = f"a {ref.partition(':')[2]} from {self.operation.id}"
        return build_model(load_model(ref).from_dict, data, expected, strict=self.strict)

    def close(self) -> None:
        """Release what the call opened (files read from paths)."""
        if self.opened is not None:
            self.opened.close()


_BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})


def wire_headers(
    method: str, url: httpx.URL, headers: dict[str, str], content: bytes | None
) -> list[tuple[bytes, bytes]]:
    """
    Return the header list httpx.Request(content=...) would send: Host, `headers` (lower-case
    names), then the Content-Length of `content`.

    Raises:
        InvalidConfigError: A header name or value is not ASCII.
    """
    wire = [(b"Host", url.netloc)] if "host" not in headers and url.host else []
    try:
        wire += [(name.encode("ascii"), value.encode("ascii")) for name, value in headers.items()]
    except UnicodeEncodeError:
        bad = sorted(name for name, value in headers.items() if not (name + value).isascii())
        raise InvalidConfigError(
            f"HTTP headers must be ASCII; {bad!r} are not. Percent-encode the value (or drop "
            "the header)."
        ) from None
    if "content-length" not in headers and "transfer-encoding" not in headers:
        if content is not None:
            wire.append((b"Content-Length", str(len(content)).encode("ascii")))
        elif method in _BODY_METHODS:
            wire.append((b"Content-Length", b"0"))
    return wire


def _headers_for(
    options: ClientOptions, spec: RequestSpec, content_type: str | None
) -> dict[str, str]:
    headers = dict(options.static_headers)
    headers.update(options.auth_headers())
    if content_type is not None:
        headers["content-type"] = content_type
    if spec.operation.method == "POST":
        # One key per logical call, reused by its retries, so the server can drop duplicates.
        # 128 random bits, as in a UUID4, without importing uuid (which loads `platform`).
        headers["idempotency-key"] = "oc-" + os.urandom(16).hex()
    accept = spec.accept or spec.operation.accept
    if accept != "application/json":
        headers["accept"] = accept
    if spec.extra_headers:
        check_headers(spec.extra_headers, "extra_headers")
        for name, value in spec.extra_headers.items():
            headers[name.lower()] = value
    for name in spec.removed_headers:
        headers.pop(name, None)
    return headers


def _url_for(options: ClientOptions, spec: RequestSpec, model: Any) -> str:
    op = spec.operation
    template, _, fixed = op.path.partition("?")
    path = fill_path(template, op.path_params, spec.path_args)
    context = PathContext(
        operation_id=op.id,
        path=path,
        model=model if isinstance(model, str) else None,
        settings=options.provider_settings,
    )
    path, provider_query = options.provider.rewrite_path(context)
    params: dict[str, Any] = dict(parse_qsl(fixed)) if fixed else {}
    if options.default_query:
        params.update(options.default_query)
    params.update(provider_query)
    params.update(spec.query)
    params.update(spec.extra_query)
    if not params:
        return options.base_url + path
    styles = {p.name: p.style for p in op.query_params}
    return options.base_url + path + "?" + query_string(encode_query(params, styles))


def _without_files(op: OperationLike, body: dict[str, Any]) -> tuple[bytes | None, str | None]:
    """
    The body of a multipart operation called without a file, when the operation has another
    form for that (`body_alternative`, as the official SDK sends it): JSON (`skills.create`,
    `containers.files.create`; `{}` when nothing is set), or the one text field alone under its
    own media type (`realtime.calls.create` with only `sdp`: an application/sdp body).
    Returns (None, None) when the body stays multipart.
    """
    alternative = op.body_alternative
    if alternative is None or has_files(body, op.body_file_fields):
        return None, None
    if alternative == "application/json":
        return dump_json({k: v for k, v in body.items() if v is not None}), alternative
    fields = [name for name, value in body.items() if value is not None]
    typed = dict(op.body_part_types)
    if len(fields) == 1 and typed.get(fields[0]) == alternative:
        value = body[fields[0]]
        if isinstance(value, str):
            return value.encode("utf-8"), alternative
        if isinstance(value, bytes):
            return value, alternative
    return None, None


def prepare_call(options: ClientOptions, spec: RequestSpec) -> PreparedCall:
    """
    Check and assemble everything a call sends. Pure apart from the provider's auth hook (which
    may call a token provider).

    Raises:
        MissingRequiredFieldError: A required field or path parameter is missing.
        MissingCredentialsError: The provider needs a key and none was configured.
        ProviderCompatibilityError: Strict mode and the provider would reject the request.
        InvalidConfigError: The body cannot be serialised, or a setting cannot work.
    """
    spec.check_required()
    op = spec.operation
    method = op.method
    body = None if method in _NO_BODY_METHODS else merged_body(spec, options.provider.option_target)
    if options.strict_compatibility and isinstance(body, dict):
        options.provider.check_request(op.id, body)
    content: bytes | None = None
    form: dict[str, Any] | None = None
    content_type: str | None = None
    if body is not None and op.body_kind == "multipart":
        if not isinstance(body, dict):
            raise InvalidConfigError(
                f"{op.id} sends multipart form data; expected a dict of fields, got "
                f"{type(body).__name__}."
            )
        content, content_type = _without_files(op, body)
        if content is None:
            form = dict(body)
    elif body is not None and op.body_kind == "raw" and isinstance(body, (bytes, str)):
        content = body.encode("utf-8") if isinstance(body, str) else body
        content_type = op.body_content_type or "application/octet-stream"
    elif body is not None and (op.body_kind is not None or body):
        content = dump_json(body)
        content_type = "application/json"
    model = body.get("model") if isinstance(body, dict) else None
    if spec.timeout is UNSET_BODY:
        timeout_ext, budget = options.timeout_ext, options.total_timeout
    else:
        timeout_ext, budget = timeout_dict(spec.timeout)
    policy = options.retry_policy
    if spec.max_retries is not None:
        policy = policy.with_max_retries(spec.max_retries)
    return PreparedCall(
        operation=op,
        method=method,
        url=_url_for(options, spec, model),
        headers=_headers_for(options, spec, content_type),
        content=content,
        form=form,
        timeout_ext=timeout_ext,
        deadline_budget=budget,
        policy=policy,
        token=spec.token,
        provider=options.provider,
        stream=spec.stream,
        logger=options.logger,
        strict=options.strict_response_validation,
    )


def is_sdk_error(exc: BaseException) -> bool:
    """Whether an exception is already one of the SDK's own."""
    return isinstance(exc, OpenAICoreError)
