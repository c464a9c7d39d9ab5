"""
Every recorded provider body in tests/fixtures/providers/ (sources in its README.md), replayed by a
real 127.0.0.1 server to `Client` and `AsyncClient`.

A file's name says what it is: `*.json` a chat completion, `*.sse` a stream, `error_<status>*` an
error answer with that status (`.json`, `.html`, ...) and `stream_error_<status>*` an error answer
to a stream request. Directories named after a provider profile are sent with that profile, the
others (servers reached through "custom") with "custom".

What is checked comes from the body itself where it can (the text, reasoning, tool calls and usage
a naive reading of the recorded chunks gives), and from `ERRORS` below for error answers (the class,
and the provider's message, code and type).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from _transport_server import Peer, RawServer
from conftest import close, resolve

from openai_core import (
    APIError,
    AsyncClient,
    AuthenticationError,
    BadRequestError,
    Client,
    NotFoundError,
)
from openai_core._generated.types import UNSET
from openai_core._providers import PROVIDERS

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "providers"
CASES = sorted(
    p.relative_to(FIXTURES).as_posix()
    for p in FIXTURES.rglob("*")
    if p.is_file() and p.name != "README.md"
)
CONTENT_TYPES = {
    ".json": "application/json",
    ".sse": "text/event-stream",
    ".html": "text/html",
    ".txt": "text/plain",
}
API_KEY = "sk-corpus-0123456789abcdef"

# Bodies the strict generated models reject today (a value the spec does not allow, a required
# field missing). They parse once the lenient models (branch `models`) are merged: then these
# tests XPASS, which fails them (strict=True), and this set is to be emptied.
NEEDS_LENIENT_MODELS: frozenset[str] = frozenset()  # every body parses since the lenient models

# (class, text in the message, code, type) the SDK must report for each error answer.
ERRORS: dict[str, tuple[type[APIError], str, str | None, str | None]] = {
    "anthropic/error_401.json": (
        AuthenticationError,
        "invalid x-api-key",
        None,
        "authentication_error",
    ),
    "azure/error_400.json": (
        BadRequestError,
        "The response was filtered due to the prompt triggering Azure OpenAI's content management",
        "content_filter",
        None,
    ),
    "deepseek/error_401.json": (
        AuthenticationError,
        "Authentication Fails (no such user)",
        "invalid_request_error",
        "authentication_error",
    ),
    "deepseek/error_402.json": (
        APIError,
        "Insufficient Balance",
        "invalid_request_error",
        "unknown_error",
    ),
    "fireworks/error_400.json": (
        BadRequestError,
        "Extra inputs are not permitted, field: 'reasoning_effort'",
        "invalid_request_error",
        "invalid_request_error",
    ),
    "fireworks/error_404.json": (
        NotFoundError,
        "Model not found, inaccessible, and/or not deployed",
        None,
        "invalid_request_error",
    ),
    "gemini/error_400.json": (
        BadRequestError,
        "Request contains an invalid argument.",
        "400",
        "INVALID_ARGUMENT",
    ),
    "groq/error_404.json": (
        NotFoundError,
        "The model `groq-free:undefined` does not exist or you do not have access to it.",
        "model_not_found",
        "invalid_request_error",
    ),
    "litellm/error_401.json": (
        AuthenticationError,
        "Authentication Error, No api key passed in.",
        "401",
        "auth_error",
    ),
    "llamacpp/error_400.json": (
        BadRequestError,
        "request (17993 tokens) exceeds the available context size (16384 tokens)",
        "400",
        "exceed_context_size_error",
    ),
    "llamacpp/stream_error_200.sse": (
        BadRequestError,
        "the request exceeds the available context size",
        "400",
        "exceed_context_size_error",
    ),
    "lmstudio/error_200.json": (
        APIError,
        "Unexpected endpoint or method. (POST /chat/completions)",
        None,
        None,
    ),
    "minimax/error_200.json": (
        AuthenticationError,
        "login fail: Please carry the API secret key",
        "1004",
        None,
    ),
    "minimax/stream_error_200.json": (
        AuthenticationError,
        "login fail: Please carry the API secret key",
        "1004",
        None,
    ),
    "mistral/error_400.json": (
        BadRequestError,
        "Prompt contains 40960 tokens and 0 draft tokens",
        None,
        "invalid_request_message_error",
    ),
    "moonshot/error_401.json": (
        AuthenticationError,
        "Invalid Authentication",
        None,
        "invalid_authentication_error",
    ),
    "ollama/error_404.json": (
        NotFoundError,
        'model "gemma3:12b" not found, try pulling it first',
        None,
        "api_error",
    ),
    "openai/error_400.json": (
        BadRequestError,
        "Unsupported parameter: 'max_tokens' is not supported with this model.",
        "unsupported_parameter",
        "invalid_request_error",
    ),
    "openai/error_401.json": (
        AuthenticationError,
        "Incorrect API key provided: sk-CmlKF",
        "invalid_api_key",
        "invalid_request_error",
    ),
    "openrouter/error_400.json": (
        BadRequestError,
        "qwen/qwen3-coder-bogus is not a valid model ID",
        "400",
        None,
    ),
    "openrouter/error_400_provider.json": (
        BadRequestError,
        "Provider returned error (Fireworks: logprobs must be between 0 and 5: 20)",
        "400",
        None,
    ),
    "openrouter/error_401.json": (
        AuthenticationError,
        "No auth credentials found",
        "401",
        None,
    ),
    "perplexity/error_401.html": (
        AuthenticationError,
        "401 Authorization Required",
        None,
        None,
    ),
    "qwen/error_401.json": (
        AuthenticationError,
        "Incorrect API key provided. For details, see:",
        "invalid_api_key",
        "invalid_request_error",
    ),
    "together/error_400.json": (
        BadRequestError,
        "Unable to access non-serverless model Qwen/Qwen3-Coder-Next-FP8.",
        "model_not_available",
        "invalid_request_error",
    ),
    "vllm/error_404.json": (
        NotFoundError,
        "The model `Qwen1.5-14B-Chat-GPTQ-Int8` does not exist.",
        "404",
        "NotFoundError",
    ),
    "xai/error_400.json": (
        BadRequestError,
        "Incorrect API key provided: YO***RE.",
        "Client specified an invalid argument",
        None,
    ),
    "zhipu/error_400.json": (BadRequestError, "模型不存在，请检查模型代码。", "1211", None),  # noqa: RUF001
    "zhipu/error_401.json": (AuthenticationError, "令牌已过期或验证不正确", None, "401"),
}
# The request id some providers put in the error body rather than a header.
REQUEST_IDS = {"qwen/error_401.json": "b02e047c-ca07-98df-ae99-d211d0990216"}

_ERROR_NAME = re.compile(r"^(stream_)?error_(\d{3})")


def _kind(case: str) -> tuple[str, int]:
    """("completion" | "stream" | "error" | "stream_error", HTTP status) of a fixture."""
    name = case.rpartition("/")[2]
    match = _ERROR_NAME.match(name)
    if match:
        return ("stream_error" if match.group(1) else "error"), int(match.group(2))
    return ("stream" if name.endswith(".sse") else "completion"), 200


def _params() -> list[Any]:
    out = []
    for case in CASES:
        marks = []
        if case in NEEDS_LENIENT_MODELS:
            reason = "needs lenient models (branch models)"
            marks.append(pytest.mark.xfail(strict=True, reason=reason))
        out.append(pytest.param(case, marks=marks, id=case))
    return out


def test_every_error_answer_has_expectations():
    errors = {c for c in CASES if _kind(c)[0] in ("error", "stream_error")}
    assert errors == set(ERRORS)


# -- the server --------------------------------------------------------------------------------


class Replay:
    """A 127.0.0.1 server answering every request with one recorded body."""

    def __init__(self, case: str) -> None:
        path = FIXTURES / case
        self.body = path.read_bytes()
        self.status = _kind(case)[1]
        self.content_type = CONTENT_TYPES[path.suffix]
        self.requests: list[Any] = []
        self.server = RawServer(self._handle)

    def _handle(self, peer: Peer) -> None:
        while (request := peer.read_request()) is not None:
            self.requests.append(request)
            head = (
                f"HTTP/1.1 {self.status} {'OK' if self.status == 200 else 'Error'}\r\n"
                f"Content-Type: {self.content_type}\r\n"
                f"Content-Length: {len(self.body)}\r\n\r\n"
            )
            peer.send(head.encode("latin-1") + self.body)

    def client(self, mode: str, case: str) -> Any:
        directory = case.partition("/")[0]
        provider = directory if directory in PROVIDERS else "custom"
        cls = Client if mode == "sync" else AsyncClient
        return cls(
            provider=provider,
            base_url=self.server.url("/v1"),
            api_key=API_KEY,
            api_version="2024-10-21" if provider == "azure" else None,
            max_retries=0,
            timeout=5.0,
        )


@pytest.fixture
def replay(request: pytest.FixtureRequest) -> Any:
    replays: list[Replay] = []

    def start(case: str) -> Replay:
        replays.append(Replay(case))
        return replays[-1]

    yield start
    for item in replays:
        item.server.close()


# -- what a naive reading of a recorded stream says ----------------------------------------------


def _chunks(case: str) -> list[dict[str, Any]]:
    out = []
    for block in (FIXTURES / case).read_text().split("\n\n"):
        for line in block.splitlines():
            if line.startswith("data:"):
                data = line[5:].strip()
                if data and data != "[DONE]":
                    out.append(json.loads(data))
    return out


class Expected:
    """Choice 0's text, reasoning and tool calls, and the usage, as the chunks carry them."""

    def __init__(self, chunks: list[dict[str, Any]]) -> None:
        self.content: str | None = None
        self.reasoning = ""
        self.reasoning_key: str | None = None
        self.calls: dict[int, dict[str, str]] = {}
        self.usage: Any = None
        self.top_keys: set[str] = set()
        # The header comes from the first chunk that has one (Azure's first chunk has id "").
        self.id = next((c["id"] for c in chunks if c.get("id")), "")
        self.model = next((c["model"] for c in chunks if c.get("model")), "")
        self.choice_keys: set[str] = set()
        choice_usage = groq_usage = None
        for chunk in chunks:
            if chunk.get("usage") is not None:
                self.usage = chunk["usage"]
            if isinstance(chunk.get("x_groq"), dict) and chunk["x_groq"].get("usage"):
                groq_usage = chunk["x_groq"]["usage"]
            self.top_keys |= {k for k, v in chunk.items() if v is not None}
            for choice in chunk.get("choices") or ():
                if (choice.get("index") or 0) != 0:
                    continue
                self.choice_keys |= {k for k, v in choice.items() if v is not None}
                if choice.get("usage") is not None:
                    choice_usage = choice["usage"]
                self._delta(choice.get("delta") or {})
        self.usage = self.usage or choice_usage or groq_usage

    def _delta(self, delta: dict[str, Any]) -> None:
        content = delta.get("content")
        if isinstance(content, str):
            self.content = (self.content or "") + content
        elif isinstance(content, list):
            for part in content:
                if part.get("type") == "text":
                    self.content = (self.content or "") + part["text"]
                for inner in part.get("thinking") or ():
                    self._reason(self.reasoning_key or "reasoning", inner["text"])
        for key in ("reasoning_content", "reasoning"):
            if isinstance(delta.get(key), str) and self.reasoning_key in (None, key):
                self._reason(key, delta[key])
        for position, call in enumerate(delta.get("tool_calls") or ()):
            index = call.get("index", position)
            slot = self.calls.setdefault(index, {"name": "", "arguments": ""})
            function = call.get("function") or {}
            slot["name"] = slot["name"] or function.get("name") or ""
            slot["arguments"] += function.get("arguments") or ""

    def _reason(self, key: str, text: str) -> None:
        self.reasoning_key = self.reasoning_key or key
        self.reasoning += text


# -- the test ------------------------------------------------------------------------------------


async def _collect(stream: Any) -> list[Any]:
    if hasattr(stream, "__aiter__"):
        return [item async for item in stream]
    return list(stream)


def _call_dicts(message: Any) -> list[tuple[str, str]]:
    return [(c.function.name, c.function.arguments) for c in (message.tool_calls or [])]


async def _check_completion(client: Any, case: str) -> None:
    body = json.loads((FIXTURES / case).read_text())
    result = await resolve(client.chat.completions.create(model="gpt-4o").message_user("hi").send())
    sent = body["choices"][0]["message"]
    message = result.choices[0].message
    if isinstance(sent.get("content"), str) or sent.get("content") is None:
        # A key the provider left out reads as UNSET (falsy), a JSON null as None.
        assert message.content == sent.get("content", UNSET)
    calls = [
        (c["function"]["name"], c["function"]["arguments"]) for c in sent.get("tool_calls") or ()
    ]
    assert _call_dicts(message) == calls
    if body.get("usage"):
        assert result.usage.total_tokens == body["usage"]["total_tokens"]
    for key in ("reasoning_content", "reasoning"):
        if sent.get(key):
            assert message.to_dict()[key] == sent[key]
            if hasattr(message, "reasoning_text"):
                assert message.reasoning_text == sent[key]
    if hasattr(result, "validation_issues") and case in NEEDS_LENIENT_MODELS:
        assert result.validation_issues()


async def _check_stream(client: Any, case: str) -> None:
    expected = Expected(_chunks(case))
    stream = await resolve(
        client.chat.completions.stream().model("gpt-4o").message_user("hi").send_events()
    )
    events = await _collect(stream)
    final = await resolve(stream.final_completion())
    message = final.choices[0].message
    assert (final.id, final.model) == (expected.id, expected.model)
    assert message.content == expected.content
    calls = [(c["name"], c["arguments"]) for _, c in sorted(expected.calls.items())]
    assert _call_dicts(message) == calls
    if expected.usage is not None and "total_tokens" in expected.usage:
        assert final.usage.total_tokens == expected.usage["total_tokens"]
    deltas = "".join(e.delta for e in events if e.type == "reasoning.delta")
    done = [e.reasoning for e in events if e.type == "reasoning.done"]
    assert deltas == expected.reasoning
    if expected.reasoning:
        assert done == [expected.reasoning]
        assert message.to_dict()[expected.reasoning_key] == expected.reasoning
    else:
        assert done == []
    # What the provider adds beside the standard fields reaches the final completion.
    top = final.to_dict()
    assert expected.top_keys - {"object"} <= set(top)
    choice = top["choices"][0]
    assert expected.choice_keys - {"delta", "logprobs"} <= set(choice) | {"message"}


async def _check_error(client: Any, case: str, stream: bool) -> None:
    cls, text, code, kind = ERRORS[case]
    with pytest.raises(APIError) as info:
        builder = client.chat.completions.stream() if stream else client.chat.completions.create()
        builder = builder.model("gpt-4o").message_user("hi")
        if stream:
            await _collect(await resolve(builder.send_events()))
        else:
            await resolve(builder.send())
    error = info.value
    assert type(error) is cls
    assert text in error.message
    assert (error.code, error.type) == (code, kind)
    if not stream:
        assert error.status_code == _kind(case)[1]
        assert error.body is not None
    if case in REQUEST_IDS:
        assert error.request_id == REQUEST_IDS[case]
    assert API_KEY not in str(error) and API_KEY not in repr(error)


@pytest.mark.anyio
@pytest.mark.parametrize("case", _params())
async def test_recorded_body(case: str, mode: str, replay: Any) -> None:
    server = replay(case)
    client = server.client(mode, case)
    kind, _ = _kind(case)
    try:
        if kind == "completion":
            await _check_completion(client, case)
        elif kind == "stream":
            await _check_stream(client, case)
        else:
            await _check_error(client, case, stream=kind == "stream_error")
    finally:
        await close(client)
    assert len(server.requests) == 1
