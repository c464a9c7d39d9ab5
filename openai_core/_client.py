"""
Client and AsyncClient: thin shells that move bytes. Every decision lives in _call.py.

Each shell prepares a call once, then loops: build the request, send it, ask the call whether to
retry, sleep. Reading the body happens inside the loop for ordinary calls, so a body that breaks
halfway is retried too; a stream is handed to the caller opened and is never retried after that.
"""

from __future__ import annotations

import logging
import ssl
import time
from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Mapping
from datetime import timedelta
from typing import TYPE_CHECKING, Any

import httpx

from ._call import PreparedCall, prepare_call
from ._deadline import (
    AsyncDeadlineStream,
    DeadlineStream,
    default_async_http_client,
    default_http_client,
    race,
    take_decoder,
)
from ._exceptions import InvalidConfigError, RequestCancelledError
from ._logging import setup_logging
from ._model_build import mark_strict
from ._options import NOT_GIVEN, ClientOptions, NotGiven, evolve_options, resolve_options
from ._providers import Provider
from ._request import RequestSpec
from ._response import ApiResponse
from ._retry import RetryPolicy

if TYPE_CHECKING:
    from ._builders.batches_namespace import AsyncBatches, Batches
    from ._builders.chat_namespace import AsyncChat, Chat
    from ._builders.client_like import AnyClient, AsyncClientLike, ClientLike
    from ._builders.responses_namespace import AsyncResponses, Responses
    from ._generated.client_namespaces import AsyncClientNamespaces, ClientNamespaces
    from ._jobs.pacing import RunProgress, RunResult
    from ._transport.async_transport import AsyncOpenAICoreTransport
    from ._transport.sync_transport import OpenAICoreTransport
else:
    # The type checker sees one typed property per namespace (generated from the catalog). At
    # runtime __getattr__ serves them, so `import openai_core` loads nothing generated.
    class ClientNamespaces:
        __slots__ = ()

    AsyncClientNamespaces = ClientNamespaces

__all__ = ["AsyncClient", "Client"]

_CLOSED = (
    "Cannot send a request: this {cls} is closed. Create a new one or use it in a 'with' block."
)


class _BaseClient:
    """Configuration and namespaces shared by both shells (no I/O)."""

    _options: ClientOptions
    _transport: OpenAICoreTransport | AsyncOpenAICoreTransport | None
    _owns_http: bool
    _closed: bool
    _namespaces: dict[str, Any]

    def _init_options(self, http_client: object | None, kwargs: dict[str, Any]) -> None:
        setup_logging()
        self._options = resolve_options(**kwargs)
        self._owns_http = http_client is None
        self._closed = False
        self._namespaces = {}

    @property
    def base_url(self) -> str:
        """The base URL requests are sent to."""
        return self._options.base_url

    @property
    def provider(self) -> Provider:
        """The provider profile in use."""
        return self._options.provider

    @property
    def timeout(self) -> float | httpx.Timeout | None:
        """The default per-request timeout."""
        return self._options.timeout

    @property
    def max_retries(self) -> int:
        """The default number of retries after the first attempt."""
        return self._options.max_retries

    @property
    def options(self) -> ClientOptions:
        """The resolved configuration (its repr never shows the API key)."""
        return self._options

    def _copy_with(self, changes: dict[str, Any]) -> Any:
        clone = object.__new__(type(self))
        clone.__dict__.update(self.__dict__)
        clone._options = evolve_options(self._options, **changes)
        clone._owns_http = False
        clone._namespaces = {}
        return clone

    def _namespace_of(self, client: AnyClient, name: str, is_async: bool) -> Any:
        # `client` is the shell itself, typed as the seam the builders hold.
        cached = self._namespaces.get(name)
        if cached is None:
            from ._builders.namespaces import namespace_for

            cached = self._namespaces[name] = namespace_for(client, name, is_async)
        return cached

    def _prepare(self, spec: RequestSpec, http: httpx.Client | httpx.AsyncClient) -> PreparedCall:
        # The own pool is checked too: a with_options() copy outlives the client that closed it.
        if self._closed or (self._transport is not None and http.is_closed):
            raise InvalidConfigError(_CLOSED.format(cls=type(self).__name__))
        return prepare_call(self._options, spec)

    def _meta(
        self, call: PreparedCall, response: httpx.Response, attempts: int, started: float
    ) -> ApiResponse[Any]:
        call.raise_for_status(response)
        return ApiResponse(
            data=call.parse_body(response),
            status_code=response.status_code,
            headers=response.headers,
            request_id=response.headers.get("x-request-id"),
            url=str(response.request.url),
            provider=call.provider.name,
            attempts=attempts,
            elapsed=time.monotonic() - started,
        )

    def __dir__(self) -> list[str]:
        # Namespaces are served by __getattr__: list them for dir() and REPL completion.
        from ._builders.namespaces import root_names

        return sorted({*super().__dir__(), *root_names()})

    def __repr__(self) -> str:
        return f"{type(self).__name__}(provider={self.provider.name!r}, base_url={self.base_url!r})"


def _client_kwargs(**kwargs: Any) -> dict[str, Any]:
    return kwargs


def _own_pool_only(**settings: Any) -> None:
    """Refuse network settings of the own pool given together with an http_client."""
    given = sorted(
        name
        for name, value in settings.items()
        if value is not None and not (name == "verify" and value is True)
    )
    if given:
        raise InvalidConfigError(
            f"{', '.join(given)} configure the client's own connection pool, which an "
            "http_client replaces: set them on the http_client instead."
        )


class Client(ClientNamespaces, _BaseClient):
    """
    Synchronous client for OpenAI and OpenAI-compatible APIs.

    Args:
        provider: A provider name ("openai", "azure", "deepseek", ...) or a Provider profile.
        base_url: Overrides the provider's base URL (and its environment variable).
        api_key: Overrides the key from the provider's environment variable.
        timeout: Per-request timeout in seconds (or httpx.Timeout, or None for none); covers
            reading the whole body.
        max_retries: Retries after the first attempt (default 2).
        default_headers: Headers sent with every request.
        default_query: Query parameters sent with every request.
        http_client: An httpx.Client to use instead of the client's own pool (not closed by us).
        organization: OpenAI organization id (else OPENAI_ORG_ID).
        project: OpenAI project id (else OPENAI_PROJECT_ID).
        api_version: Azure api-version (else OPENAI_API_VERSION).
        azure_deployment: Azure deployment used when the request's model does not name one.
        azure_ad_token: Azure AD token, sent as a Bearer token.
        azure_ad_token_provider: Called for a fresh Azure AD token on every request.
        retry_policy: Full retry configuration (max_retries overrides its budget).
        strict_compatibility: Reject requests the provider is known not to support.
        strict_response_validation: Raise ResponseValidationError when a response or stream
            chunk does not match the spec (default: read it leniently, see validation_issues()).
        logger: Logger to use instead of "openai_core".
        provider_settings: Settings of the provider profile by name (see Provider.settings);
            the Azure keywords above are such settings too.
        limits: httpx.Limits for the own pool (default 1,000 connections, 100 kept alive);
            a request waiting for a free connection waits within its timeout.
        proxy: An http:// proxy for every request (str, httpx.URL or httpx.Proxy); https is
            tunnelled with CONNECT. Credentials in the URL go as Proxy-Authorization.
        trust_env: Without proxy=, honour HTTP_PROXY / HTTPS_PROXY / ALL_PROXY / NO_PROXY;
            and SSL_CERT_FILE / SSL_CERT_DIR.
        verify: True (system trust store), False (no verification), a CA bundle file or
            directory, or an ssl.SSLContext.
        cert: Client certificate: a file, (certificate, key) or (certificate, key, password).
    """

    _transport: OpenAICoreTransport | None

    def __init__(
        self,
        *,
        provider: str | Provider | None = None,
        base_url: str | httpx.URL | None = None,
        api_key: str | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, Any] | None = None,
        http_client: httpx.Client | None = None,
        organization: str | None = None,
        project: str | None = None,
        api_version: str | None = None,
        azure_deployment: str | None = None,
        azure_ad_token: str | None = None,
        azure_ad_token_provider: Callable[[], str] | None = None,
        retry_policy: RetryPolicy | None = None,
        strict_compatibility: bool = False,
        logger: logging.Logger | None = None,
        provider_settings: Mapping[str, Any] | None = None,
        strict_response_validation: bool = False,
        limits: httpx.Limits | None = None,
        proxy: str | httpx.URL | httpx.Proxy | None = None,
        trust_env: bool = True,
        verify: bool | str | ssl.SSLContext = True,
        cert: str | tuple[str, str] | tuple[str, str, str] | None = None,
    ) -> None:
        kwargs = _client_kwargs(
            provider=provider, base_url=base_url, api_key=api_key, timeout=timeout,
            max_retries=max_retries, default_headers=default_headers, default_query=default_query,
            organization=organization, project=project, api_version=api_version,
            azure_deployment=azure_deployment, azure_ad_token=azure_ad_token,
            azure_ad_token_provider=azure_ad_token_provider, retry_policy=retry_policy,
            strict_compatibility=strict_compatibility, logger=logger,
            provider_settings=provider_settings,
            strict_response_validation=strict_response_validation,
        )  # fmt: skip
        self._init_options(http_client, kwargs)
        # With the client's own pool, requests go straight to its transport: httpx.Client.send
        # adds nothing the core has not already put in the request (no cookies, no redirects
        # followed, the timeout extension set), yet costs more than a third of a call's CPU.
        if http_client is None:
            self._http, self._transport = default_http_client(
                limits, proxy=proxy, trust_env=trust_env, verify=verify, cert=cert
            )
        else:
            _own_pool_only(limits=limits, proxy=proxy, verify=verify, cert=cert)
            if not isinstance(http_client, httpx.Client):
                raise InvalidConfigError(
                    f"Expected http_client to be an httpx.Client, got {type(http_client).__name__}."
                )
            self._http, self._transport = http_client, None

    def _namespace(self, name: str, is_async: bool) -> Any:
        return self._namespace_of(self, name, is_async)

    @property
    def chat(self) -> Chat:
        """Chat completions: create, stream, parse, run_tools and stored completions."""
        chat: Chat = self._namespace("chat", False)
        return chat

    if TYPE_CHECKING:
        # Served by __getattr__ like every other namespace; typed here with the methods the
        # generated namespace classes do not have (responses: stream / parse / run_tools;
        # batches: run / resume).
        @property
        def responses(self) -> Responses: ...

        @property
        def batches(self) -> Batches: ...

    if not TYPE_CHECKING:
        # Serves every namespace but chat (typed for the checker by ClientNamespaces) and
        # names the valid ones when `name` is none of them.
        def __getattr__(self, name: str) -> Any:
            if name.startswith("_"):
                raise AttributeError(name)
            return self._namespace(name, False)

    def with_options(self, **changes: Any) -> Client:
        """
        Return a cheap copy with some options changed, sharing this client's connection pool.

        Accepts the constructor's keyword arguments except http_client (e.g. timeout=5.0,
        max_retries=0, default_headers={...}).
        """
        copy: Client = self._copy_with(changes)
        return copy

    def run_many(
        self,
        requests: Iterable[Any],
        concurrency: int = 16,
        on_progress: Callable[[RunProgress], object] | None = None,
        *,
        max_rate_limit_retries: int = 8,
    ) -> Iterator[RunResult]:
        """
        Send many requests from this process, at most `concurrency` at once (a thread pool).

        Starts slow down before the rate limit runs out (`x-ratelimit-*` headers) and pause after
        a 429, whose request goes back to the queue; one failed request never stops the others.

        Args:
            requests: Unsent builders (any operation with one JSON answer).
            concurrency: Calls in flight at most.
            on_progress: Called with a RunProgress after each finished call.
            max_rate_limit_retries: Times a request is queued again after a 429.

        Returns:
            An iterator of RunResult (`index`, `response`, `error`), in input order; the calls
            run while it is iterated.

        Raises:
            InvalidConfigError: A request is not a one-call builder (checked before any call).
        """
        from ._jobs.run_many import prepare, run_many

        return run_many(self, *prepare(requests, concurrency, on_progress, max_rate_limit_retries))

    def close(self) -> None:
        """Close the connection pool (when this client created it)."""
        self._closed = True
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # The shell proper: everything below only moves bytes.

    def _sleep(self, call: PreparedCall, delay: float) -> None:
        token = call.token
        if token is not None and call.policy.sleep is time.sleep:
            if token.wait(delay):
                raise RequestCancelledError()
            return
        call.policy.sleep(delay)
        if token is not None:
            token.raise_if_cancelled()

    def _send_once(self, call: PreparedCall, request: httpx.Request) -> httpx.Response:
        transport = self._transport
        if transport is not None and request.url.userinfo:
            transport = None  # httpx turns a URL's user:password@ into Basic auth
        started = time.perf_counter()
        if transport is not None:
            # The transport enforces the deadline and the token itself.
            response = transport.handle_request(request)
            response.request = request
        else:
            response = self._http.send(request, stream=True, follow_redirects=False)
            response.stream = DeadlineStream(
                response.stream, call.deadline_of(request), call.token, take_decoder(response)
            )
        try:
            if not call.stream or response.status_code >= 400:
                response.read()
                if transport is not None:  # what httpx.Client sets when a body is read
                    response.elapsed = timedelta(seconds=time.perf_counter() - started)
        except BaseException:
            response.close()
            raise
        return response

    def _exchange(self, spec: RequestSpec) -> tuple[PreparedCall, httpx.Response, int, float]:
        call = self._prepare(spec, self._http)
        started = time.monotonic()
        attempt = 0
        try:
            while True:
                attempt += 1
                request = call.build_request()
                try:
                    response = self._send_once(call, request)
                except Exception as exc:
                    self._sleep(call, call.retry_after_error(exc, attempt, call.url))
                    continue
                delay = call.retry_after_response(response, attempt)
                if delay is None:
                    return call, response, attempt, started
                response.close()
                self._sleep(call, delay)
        finally:
            call.close()

    def _send(self, spec: RequestSpec) -> Any:
        call, response, _, _ = self._exchange(spec)
        call.raise_for_status(response)
        return call.parse_body(response)

    def _send_with_meta(self, spec: RequestSpec) -> ApiResponse[Any]:
        return self._meta(*self._exchange(spec))

    def _send_raw(self, spec: RequestSpec) -> httpx.Response:
        return self._exchange(spec)[1]

    def _open_stream(self, spec: RequestSpec) -> httpx.Response:
        """Send a call, leave its body unread and return the opened 2xx response."""
        spec = spec.copy()
        spec.stream = True
        call, response, _, _ = self._exchange(spec)
        call.raise_for_status(response)
        if call.strict:
            mark_strict(response)
        return response


class AsyncClient(AsyncClientNamespaces, _BaseClient):
    """
    Asynchronous client; the same arguments and methods as Client, with awaitable results.

    Args:
        provider: A provider name ("openai", "azure", "deepseek", ...) or a Provider profile.
        base_url: Overrides the provider's base URL (and its environment variable).
        api_key: Overrides the key from the provider's environment variable.
        timeout: Per-request timeout in seconds (or httpx.Timeout, or None for none).
        max_retries: Retries after the first attempt (default 2).
        default_headers: Headers sent with every request.
        default_query: Query parameters sent with every request.
        http_client: An httpx.AsyncClient to use instead of the client's own pool.
        organization: OpenAI organization id (else OPENAI_ORG_ID).
        project: OpenAI project id (else OPENAI_PROJECT_ID).
        api_version: Azure api-version (else OPENAI_API_VERSION).
        azure_deployment: Azure deployment used when the request's model does not name one.
        azure_ad_token: Azure AD token, sent as a Bearer token.
        azure_ad_token_provider: Called for a fresh Azure AD token on every request.
        retry_policy: Full retry configuration (max_retries overrides its budget).
        strict_compatibility: Reject requests the provider is known not to support.
        strict_response_validation: Raise ResponseValidationError when a response or stream
            chunk does not match the spec (default: read it leniently, see validation_issues()).
        logger: Logger to use instead of "openai_core".
        provider_settings: Settings of the provider profile by name (see Provider.settings);
            the Azure keywords above are such settings too.
        limits: httpx.Limits for the own pool (default 1,000 connections, 100 kept alive);
            a request waiting for a free connection waits within its timeout.
        proxy: An http:// proxy for every request (str, httpx.URL or httpx.Proxy); https is
            tunnelled with CONNECT. Credentials in the URL go as Proxy-Authorization.
        trust_env: Without proxy=, honour HTTP_PROXY / HTTPS_PROXY / ALL_PROXY / NO_PROXY;
            and SSL_CERT_FILE / SSL_CERT_DIR.
        verify: True (system trust store), False (no verification), a CA bundle file or
            directory, or an ssl.SSLContext.
        cert: Client certificate: a file, (certificate, key) or (certificate, key, password).
    """

    _transport: AsyncOpenAICoreTransport | None

    def __init__(
        self,
        *,
        provider: str | Provider | None = None,
        base_url: str | httpx.URL | None = None,
        api_key: str | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, Any] | None = None,
        http_client: httpx.AsyncClient | None = None,
        organization: str | None = None,
        project: str | None = None,
        api_version: str | None = None,
        azure_deployment: str | None = None,
        azure_ad_token: str | None = None,
        azure_ad_token_provider: Callable[[], str] | None = None,
        retry_policy: RetryPolicy | None = None,
        strict_compatibility: bool = False,
        logger: logging.Logger | None = None,
        provider_settings: Mapping[str, Any] | None = None,
        strict_response_validation: bool = False,
        limits: httpx.Limits | None = None,
        proxy: str | httpx.URL | httpx.Proxy | None = None,
        trust_env: bool = True,
        verify: bool | str | ssl.SSLContext = True,
        cert: str | tuple[str, str] | tuple[str, str, str] | None = None,
    ) -> None:
        kwargs = _client_kwargs(
            provider=provider, base_url=base_url, api_key=api_key, timeout=timeout,
            max_retries=max_retries, default_headers=default_headers, default_query=default_query,
            organization=organization, project=project, api_version=api_version,
            azure_deployment=azure_deployment, azure_ad_token=azure_ad_token,
            azure_ad_token_provider=azure_ad_token_provider, retry_policy=retry_policy,
            strict_compatibility=strict_compatibility, logger=logger,
            provider_settings=provider_settings,
            strict_response_validation=strict_response_validation,
        )  # fmt: skip
        self._init_options(http_client, kwargs)
        # See Client.__init__: the own pool's transport is called directly.
        if http_client is None:
            self._http, self._transport = default_async_http_client(
                limits, proxy=proxy, trust_env=trust_env, verify=verify, cert=cert
            )
        else:
            _own_pool_only(limits=limits, proxy=proxy, verify=verify, cert=cert)
            if not isinstance(http_client, httpx.AsyncClient):
                raise InvalidConfigError(
                    "Expected http_client to be an httpx.AsyncClient, got "
                    f"{type(http_client).__name__}."
                )
            self._http, self._transport = http_client, None

    def _namespace(self, name: str, is_async: bool) -> Any:
        return self._namespace_of(self, name, is_async)

    @property
    def chat(self) -> AsyncChat:
        """Chat completions: create, stream, parse, run_tools and stored completions."""
        chat: AsyncChat = self._namespace("chat", True)
        return chat

    if TYPE_CHECKING:
        # See Client.responses.
        @property
        def responses(self) -> AsyncResponses: ...

        @property
        def batches(self) -> AsyncBatches: ...

    if not TYPE_CHECKING:
        # See Client.__getattr__.
        def __getattr__(self, name: str) -> Any:
            if name.startswith("_"):
                raise AttributeError(name)
            return self._namespace(name, True)

    def with_options(self, **changes: Any) -> AsyncClient:
        """
        Return a cheap copy with some options changed, sharing this client's connection pool.

        Accepts the constructor's keyword arguments except http_client (e.g. timeout=5.0,
        max_retries=0, default_headers={...}).
        """
        copy: AsyncClient = self._copy_with(changes)
        return copy

    def run_many(
        self,
        requests: Iterable[Any],
        concurrency: int = 16,
        on_progress: Callable[[RunProgress], object] | None = None,
        *,
        max_rate_limit_retries: int = 8,
    ) -> AsyncIterator[RunResult]:
        """
        Send many requests concurrently as tasks; `async for` over the results in input order.

        See Client.run_many for the pacing and the arguments.
        """
        from ._jobs.run_many import arun_many, prepare

        return arun_many(self, *prepare(requests, concurrency, on_progress, max_rate_limit_retries))

    async def close(self) -> None:
        """Close the connection pool (when this client created it)."""
        self._closed = True
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> AsyncClient:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    # The shell proper: everything below only moves bytes.

    async def _sleep(self, call: PreparedCall, delay: float) -> None:
        token = call.token
        if token is None:
            await call.policy.async_sleep(delay)
            return
        await race(lambda: call.policy.async_sleep(delay), None, token)
        token.raise_if_cancelled()

    async def _read(self, call: PreparedCall, request: httpx.Request) -> httpx.Response:
        transport = self._transport
        if transport is not None and request.url.userinfo:
            transport = None  # see Client._send_once
        started = time.perf_counter()
        if transport is not None:
            response = await transport.handle_async_request(request)
            response.request = request
        else:
            response = await self._http.send(request, stream=True, follow_redirects=False)
            response.stream = AsyncDeadlineStream(
                response.stream, call.deadline_of(request), call.token, take_decoder(response)
            )
        try:
            if not call.stream or response.status_code >= 400:
                await response.aread()
                if transport is not None:
                    response.elapsed = timedelta(seconds=time.perf_counter() - started)
        except BaseException:
            await response.aclose()
            raise
        return response

    async def _send_once(self, call: PreparedCall, request: httpx.Request) -> httpx.Response:
        if self._transport is not None and call.token is None:
            return await self._read(call, request)
        return await race(lambda: self._read(call, request), call.deadline_of(request), call.token)

    async def _exchange(self, spec: RequestSpec) -> tuple[PreparedCall, httpx.Response, int, float]:
        call = self._prepare(spec, self._http)
        started = time.monotonic()
        attempt = 0
        try:
            while True:
                attempt += 1
                request = call.build_request()
                try:
                    response = await self._send_once(call, request)
                except Exception as exc:
                    await self._sleep(call, call.retry_after_error(exc, attempt, call.url))
                    continue
                delay = call.retry_after_response(response, attempt)
                if delay is None:
                    return call, response, attempt, started
                await response.aclose()
                await self._sleep(call, delay)
        finally:
            call.close()

    async def _send(self, spec: RequestSpec) -> Any:
        call, response, _, _ = await self._exchange(spec)
        call.raise_for_status(response)
        return call.parse_body(response)

    async def _send_with_meta(self, spec: RequestSpec) -> ApiResponse[Any]:
        return self._meta(*await self._exchange(spec))

    async def _send_raw(self, spec: RequestSpec) -> httpx.Response:
        return (await self._exchange(spec))[1]

    async def _open_stream(self, spec: RequestSpec) -> httpx.Response:
        """Send a call, leave its body unread and return the opened 2xx response."""
        spec = spec.copy()
        spec.stream = True
        call, response, _, _ = await self._exchange(spec)
        call.raise_for_status(response)
        if call.strict:
            mark_strict(response)
        return response


if TYPE_CHECKING:

    def _shells_fit_the_seam(
        sync: Client, async_: AsyncClient
    ) -> tuple[ClientLike, AsyncClientLike]:
        # mypy --strict checks here that each shell is what its builders hold.
        return sync, async_
