"""
FakeProvider: a scripted, in-memory OpenAI-compatible provider.

Scripted replies wait in one FIFO queue; each may be bound to a path and method. A request takes
the first queued reply that matches it; when none does, the default endpoints answer. Every
request is recorded. All state is guarded by locks, since the HTTP server serves requests from
several threads at once.
"""

from __future__ import annotations

import dataclasses
import fnmatch
import json
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypedDict
from urllib.parse import parse_qsl

from ._chat import build_tool_calls, prompt_words
from ._models import FakeReply, FakeRequest, HeadersInput, normalize_headers
from ._ratelimit import RateLimits
from ._routes import DEFAULT_MODELS, Endpoints, split_route
from ._server import FakeServer
from ._transport import FakeAsyncTransport, FakeTransport

if TYPE_CHECKING:
    from typing_extensions import Self, Unpack

__all__ = ["FakeProvider", "ReplyOptions", "make_request"]

Responder = Callable[[FakeRequest], FakeReply] | FakeReply


class ReplyOptions(TypedDict, total=False):
    """
    Options every script method takes.

    Keys:
        for_path: Only answer requests to this routed path (``/embeddings``); ``*`` globs work.
        method: Only answer requests with this HTTP method.
        delay, chunk_delay, reset_before_headers, reset_after_headers, reset_after_chunks,
        stall_after_chunks, trickle: Set the FakeReply field of the same name.
        headers: Extra headers, replacing any of the same name.
    """

    for_path: str
    method: str
    headers: HeadersInput
    delay: float
    chunk_delay: float
    reset_before_headers: bool
    reset_after_headers: bool
    reset_after_chunks: int
    stall_after_chunks: int
    trickle: float


@dataclass(frozen=True)
class _Script:
    respond: Callable[[FakeRequest], FakeReply]
    for_path: str | None
    method: str | None
    overrides: Mapping[str, Any]

    def matches(self, request: FakeRequest) -> bool:
        path_ok = self.for_path is None or fnmatch.fnmatchcase(
            request.path.rstrip("/") or "/", self.for_path.rstrip("/") or "/"
        )
        return path_ok and (self.method is None or self.method.upper() == request.method)


def make_request(
    method: str,
    target: str,
    headers: Iterable[tuple[str, str]],
    body: bytes,
    connection_id: int | None = None,
) -> FakeRequest:
    """
    Build a FakeRequest from what arrived on the wire.

    Args:
        method: HTTP method.
        target: Request target: path and optional ``?query``.
        headers: Header pairs in any case.
        body: The decoded request body.
        connection_id: Number of the connection that carried it, if known.
    """
    raw_path, _, query = target.partition("?")
    joined: dict[str, str] = {}
    for name, value in headers:
        key = name.lower()
        joined[key] = f"{joined[key]}, {value}" if key in joined else value
    route, deployment = split_route(raw_path)
    return FakeRequest(
        method=method.upper(),
        path=route,
        query=dict(parse_qsl(query, keep_blank_values=True)),
        headers=joined,
        body=body,
        json=_parse_json(body, joined.get("content-type", "")),
        raw_path=raw_path,
        deployment=deployment,
        connection_id=connection_id,
    )


def _parse_json(body: bytes, content_type: str) -> Any:
    if not body or (content_type and "json" not in content_type):
        return None
    try:
        return json.loads(body)
    except ValueError:
        return None


class FakeProvider:
    """
    A fake OpenAI-compatible provider, usable as an httpx transport or as a real HTTP server.

    Args:
        api_key: If set, requests must carry ``Authorization: Bearer <api_key>`` (or an
            ``api-key`` header with it), otherwise they get a 401.
        models: Model ids served by ``GET /models``.
        stall_timeout: Upper bound, in seconds, on how long a stalled reply stays stalled.
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        models: Sequence[str] = DEFAULT_MODELS,
        stall_timeout: float = 30.0,
    ) -> None:
        """Create a provider with an empty script."""
        self._api_key = api_key
        self.stall_timeout = stall_timeout
        self.endpoints = Endpoints(models)
        self._lock = threading.Lock()
        self._scripts: list[_Script] = []
        self._requests: list[FakeRequest] = []
        self._errors: list[BaseException] = []
        self._limits: RateLimits | None = None
        self.endpoints.batches.run_line = self._answer_batch_line

    def __repr__(self) -> str:
        """Describe the provider without revealing its API key."""
        auth = "on" if self._api_key else "off"
        return f"<FakeProvider pending={self.pending} requests={len(self.requests)} auth={auth}>"

    # -- inspection -------------------------------------------------------------------------

    @property
    def requests(self) -> list[FakeRequest]:
        """Every request received so far, oldest first (a copy)."""
        with self._lock:
            return list(self._requests)

    @property
    def last_request(self) -> FakeRequest:
        """
        The most recent request.

        Raises:
            LookupError: If no request arrived yet.
        """
        with self._lock:
            if not self._requests:
                raise LookupError("The fake provider has not received any request yet.")
            return self._requests[-1]

    @property
    def pending(self) -> int:
        """How many scripted replies have not been used yet."""
        with self._lock:
            return len(self._scripts)

    @property
    def errors(self) -> list[BaseException]:
        """Exceptions raised by ``reply(callable)`` callables (each answered with a 500)."""
        with self._lock:
            return list(self._errors)

    def reset(self) -> Self:
        """Drop the pending script, the recorded requests and errors (stores are kept)."""
        with self._lock:
            self._scripts.clear()
            self._requests.clear()
            self._errors.clear()
        return self

    # -- script -----------------------------------------------------------------------------

    def reply(self, responder: Responder, **options: Unpack[ReplyOptions]) -> Self:
        """
        Queue a custom reply: a FakeReply, or a callable that makes one from the request.

        Args:
            responder: ``FakeReply`` or ``callable(FakeRequest) -> FakeReply``.
            **options: See ReplyOptions.
        """
        respond = responder if callable(responder) else (lambda _request: responder)
        overrides: dict[str, Any] = dict(options)
        script = _Script(
            respond, overrides.pop("for_path", None), overrides.pop("method", None), overrides
        )
        with self._lock:
            self._scripts.append(script)
        return self

    def reply_text(
        self,
        content: str,
        *,
        model: str | None = None,
        finish_reason: str = "stop",
        usage: Mapping[str, Any] | None = None,
        **options: Unpack[ReplyOptions],
    ) -> Self:
        """
        Answer the next chat completion (or Responses API request) with this text, streamed if asked.

        Args:
            content: The assistant's answer.
            model: Model to report; defaults to the requested one.
            finish_reason: Why the answer ended.
            usage: Token usage; defaults to word counts.
            **options: See ReplyOptions.
        """
        return self._chat(
            options, model=model, content=content, finish_reason=finish_reason, usage=usage
        )

    def reply_tool_calls(
        self,
        calls: Sequence[Mapping[str, Any]],
        *,
        model: str | None = None,
        usage: Mapping[str, Any] | None = None,
        **options: Unpack[ReplyOptions],
    ) -> Self:
        """
        Answer the next chat completion with parallel tool calls (ids call_1, call_2, ...); a
        Responses API request gets them as function_call items.

        Args:
            calls: ``[{"name": "get_weather", "arguments": {"city": "Paris"}}, ...]``; arguments
                may be a dict (sent as JSON) or a str (sent as is, even if it is not JSON).
            model: Model to report; defaults to the requested one.
            usage: Token usage; defaults to word counts.
            **options: See ReplyOptions.
        """
        tool_calls = build_tool_calls(calls)
        return self._chat(
            options, model=model, tool_calls=tool_calls, finish_reason="tool_calls", usage=usage
        )

    def reply_refusal(
        self, refusal: str, *, model: str | None = None, **options: Unpack[ReplyOptions]
    ) -> Self:
        """
        Answer the next chat completion (or Responses API request) with a refusal.

        Args:
            refusal: The refusal text.
            model: Model to report; defaults to the requested one.
            **options: See ReplyOptions.
        """
        return self._chat(options, model=model, refusal=refusal)

    def reply_finish_reason(
        self,
        finish_reason: str,
        *,
        content: str | None = None,
        model: str | None = None,
        **options: Unpack[ReplyOptions],
    ) -> Self:
        """
        Answer the next chat completion with this finish reason (``length``, ``content_filter``);
        a Responses API request gets an ``incomplete`` response with the matching reason.

        Args:
            finish_reason: The finish reason.
            content: The (partial) assistant text, if any.
            model: Model to report; defaults to the requested one.
            **options: See ReplyOptions.
        """
        return self._chat(options, model=model, content=content, finish_reason=finish_reason)

    def reply_error(
        self,
        status: int,
        message: str = "The fake provider was told to fail this request.",
        *,
        type: str | None = None,
        code: str | None = None,
        param: str | None = None,
        body: Any = None,
        **options: Unpack[ReplyOptions],
    ) -> Self:
        """
        Answer the next request with an error, OpenAI-shaped unless ``body`` is given.

        Args:
            status: HTTP status code.
            message: Error message.
            type: Error type; defaults to one that fits the status.
            code: Error code.
            param: Parameter at fault.
            body: A JSON value to send instead of ``{"error": {...}}``.
            **options: See ReplyOptions; ``headers`` sets e.g. ``retry-after``.
        """
        reply = FakeReply.from_error(status, message, type=type, code=code, param=param, body=body)
        return self.reply(reply, **options)

    def reply_json(self, body: Any, status: int = 200, **options: Unpack[ReplyOptions]) -> Self:
        """
        Answer the next request with this JSON body.

        Args:
            body: Any JSON-serializable value.
            status: HTTP status code.
            **options: See ReplyOptions (``headers`` adds headers).
        """
        return self.reply(FakeReply.from_json(body, status), **options)

    def reply_stream(
        self, chunks: Iterable[bytes], status: int = 200, **options: Unpack[ReplyOptions]
    ) -> Self:
        """
        Answer the next request with these raw SSE chunks, sent one by one exactly as given.

        Args:
            chunks: Body pieces, e.g. ``[b'data: {...}\\n\\n', b"data: [DONE]\\n\\n"]``.
            status: HTTP status code.
            **options: See ReplyOptions (``chunk_delay`` spaces the chunks).
        """
        return self.reply(FakeReply.from_sse(chunks, status), **options)

    def reply_rate_limited(self, retry_after: float = 0.0, **options: Unpack[ReplyOptions]) -> Self:
        """
        Answer the next request with a 429 carrying ``retry-after`` / ``retry-after-ms``.

        Args:
            retry_after: Seconds the client is told to wait.
            **options: See ReplyOptions.
        """
        wait = {"retry-after-ms": str(int(retry_after * 1000)), "retry-after": str(retry_after)}
        reply = FakeReply.from_error(429, "Rate limit reached.", code="rate_limit_exceeded")
        return self.reply(_apply(reply, {"headers": wait}), **options)

    def rate_limit(self, requests: int, tokens: int = 1_000_000, window: float = 1.0) -> Self:
        """
        Limit chat completions per window, answering with OpenAI's ``x-ratelimit-*`` headers.

        Each chat request spends one request and its prompt's word count as tokens; over the
        limit it gets a 429 with ``retry-after-ms`` until the window restarts.

        Args:
            requests: Requests per window.
            tokens: Tokens per window.
            window: Window length in seconds.
        """
        with self._lock:
            self._limits = RateLimits(requests, tokens, window)
        return self

    @property
    def rate_limited(self) -> int:
        """How many chat requests the rate limit has rejected with a 429."""
        limits = self._limits
        return 0 if limits is None else limits.rejected

    def _chat(self, options: ReplyOptions, **answer: Any) -> Self:
        # The chat script methods answer a Responses API request in its own shape.
        endpoints = self.endpoints

        def respond(request: FakeRequest) -> FakeReply:
            if request.path.rstrip("/") == "/responses":
                return endpoints.responses.answer(request, **answer)
            return endpoints.answer_chat(request, **answer)

        return self.reply(respond, **options)

    # -- serving ----------------------------------------------------------------------------

    def handle(self, request: FakeRequest) -> FakeReply:
        """
        Record a request and return the reply for it.

        Args:
            request: The received request.
        """
        reply = self._respond(request)
        if any(name.lower() == "x-request-id" for name, _ in reply.headers):
            return reply
        request_id = ("x-request-id", f"req_fake_{request.connection_id}_{id(request):x}")
        return dataclasses.replace(reply, headers=(*reply.headers, request_id))

    def _respond(self, request: FakeRequest) -> FakeReply:
        with self._lock:
            self._requests.append(request)
            denied = self._check_auth(request)
            script = (
                None if denied else next((s for s in self._scripts if s.matches(request)), None)
            )
            if script is not None:
                self._scripts.remove(script)
        if denied is not None:
            return denied
        limits = self._limits
        if limits is not None and request.path == "/chat/completions" and request.method == "POST":
            body = request.json if isinstance(request.json, Mapping) else {}
            allowed, headers = limits.admit(max(prompt_words(body), 1))
            if not allowed:
                return limits.rejection(headers)
            return _apply(self._answer(request, script), {"headers": headers})
        return self._answer(request, script)

    def _answer_batch_line(self, request: FakeRequest) -> FakeReply:
        """Answer one line of a batch: a scripted reply for its path if any, else the default."""
        with self._lock:
            script = next((s for s in self._scripts if s.matches(request)), None)
            if script is not None:
                self._scripts.remove(script)
        return self._answer(request, script)

    def _answer(self, request: FakeRequest, script: _Script | None) -> FakeReply:
        if script is None:
            return self.endpoints.handle(request)
        try:
            reply = script.respond(request)
        except Exception as exc:  # a broken test callable must not kill the server thread
            with self._lock:
                self._errors.append(exc)
            return FakeReply.from_error(
                500, f"The scripted reply raised {exc!r}.", code="fake_reply_error"
            )
        return _apply(reply, script.overrides)

    def handle_raw(
        self,
        method: str,
        target: str,
        headers: Iterable[tuple[str, str]],
        body: bytes,
        connection_id: int | None = None,
    ) -> FakeReply:
        """
        Build the FakeRequest from wire data, then handle it (used by transports and the server).

        Args:
            method: HTTP method.
            target: Path and optional query.
            headers: Header pairs.
            body: Decoded body.
            connection_id: Connection number, if any.
        """
        return self.handle(make_request(method, target, headers, body, connection_id))

    def transport(self) -> FakeTransport:
        """Return an httpx transport served by this provider: ``httpx.Client(transport=...)``."""
        return FakeTransport(self.handle_raw, stall_timeout=self.stall_timeout)

    def async_transport(self) -> FakeAsyncTransport:
        """Return an async httpx transport served by this provider (asyncio)."""
        return FakeAsyncTransport(self.handle_raw, stall_timeout=self.stall_timeout)

    def serve(self, host: str = "127.0.0.1", port: int = 0) -> FakeServer:
        """
        Start a real HTTP/1.1 server for this provider; stop it with ``close()`` or ``with``.

        Args:
            host: Address to bind.
            port: Port to bind; 0 picks a free one.
        """
        return FakeServer(self.handle_raw, host=host, port=port, stall_timeout=self.stall_timeout)

    def _check_auth(self, request: FakeRequest) -> FakeReply | None:
        if self._api_key is None:
            return None
        authorization = request.headers.get("authorization")
        if authorization is None and "api-key" not in request.headers:
            message = "You didn't provide an API key. Send it as 'Authorization: Bearer <key>'."
            return FakeReply.from_error(401, message, code="missing_api_key")
        if (
            authorization == f"Bearer {self._api_key}"
            or request.headers.get("api-key") == self._api_key
        ):
            return None
        return FakeReply.from_error(401, "Incorrect API key provided.", code="invalid_api_key")


def _apply(reply: FakeReply, overrides: Mapping[str, Any]) -> FakeReply:
    if not overrides:
        return reply
    changes = dict(overrides)
    if "headers" in changes:
        extra = normalize_headers(changes["headers"])
        names = {name.lower() for name, _ in extra}
        changes["headers"] = tuple(h for h in reply.headers if h[0].lower() not in names) + extra
    return dataclasses.replace(reply, **changes)
