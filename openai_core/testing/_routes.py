"""
What the fake provider answers when no scripted reply applies: a small, deterministic imitation of
the OpenAI endpoints a client exercises (chat completions, stored completions, models, embeddings,
files, speech, batches), with OpenAI-shaped errors for unknown paths and missing parameters.

Routing works on the path without its API prefix: ``/v1``, ``/api/paas/v4``, ``/openai/v1`` or an
Azure ``/openai/deployments/<name>`` all lead to the same endpoints.
"""

from __future__ import annotations

import hashlib
import itertools
import re
import struct
import threading
from base64 import b64encode
from collections.abc import Callable, Mapping, Sequence
from typing import Any
from urllib.parse import unquote

from ._batches import BatchEngine
from ._chat import (
    build_completion,
    chat_reply,
    count_words,
    last_user_text,
    make_usage,
    prompt_words,
)
from ._models import FakeReply, FakeRequest
from ._responses import ResponsesApi
from ._store import ChatStore, FileStore, paginate

__all__ = ["DEFAULT_MODELS", "Endpoints", "split_route"]

DEFAULT_MODELS = ("gpt-4o-mini", "gpt-4o", "o3-mini", "text-embedding-3-small", "tts-1")
BASE_TIME = 1_700_000_000
_VERSION_SEGMENT = re.compile(r"v\d+(?:alpha|beta)?\d*")
_AUDIO_TYPES = {
    "mp3": "audio/mpeg",
    "opus": "audio/opus",
    "aac": "audio/aac",
    "flac": "audio/flac",
    "wav": "audio/wav",
    "pcm": "audio/pcm",
}

Handler = Callable[[FakeRequest, list[str]], FakeReply]


def split_route(raw_path: str) -> tuple[str, str | None]:
    """
    Remove the API prefix from a request path.

    Args:
        raw_path: The path as sent, without the query string.

    Returns:
        The routed path and the Azure deployment name (or None).
    """
    segments = raw_path.split("/")
    if segments[1:3] == ["openai", "deployments"] and len(segments) > 3:
        return "/" + "/".join(segments[4:]), unquote(segments[3])
    for index, segment in enumerate(segments[1:4], start=1):
        if _VERSION_SEGMENT.fullmatch(segment):
            return "/" + "/".join(segments[index + 1 :]), None
    return raw_path or "/", None


def bad_request(message: str, param: str | None, code: str | None = None) -> FakeReply:
    """Return a 400 OpenAI-shaped error about a request parameter."""
    return FakeReply.from_error(400, message, param=param, code=code)


def not_found(what: str, ident: str) -> FakeReply:
    """Return a 404 OpenAI-shaped error for an unknown object."""
    return FakeReply.from_error(404, f"No {what} found with id {ident!r}.", code="not_found")


class Endpoints:
    """The default endpoints, with the state they share (stores and id counters)."""

    def __init__(self, models: Sequence[str] = DEFAULT_MODELS) -> None:
        """
        Create the endpoints with empty stores.

        Args:
            models: Model ids listed by ``GET /models``.
        """
        self.models = tuple(models)
        self.chats = ChatStore()
        self.files = FileStore()
        self._counter = itertools.count(1)
        self._counter_lock = threading.Lock()
        self.batches = BatchEngine(self.files, self.next_number, self.handle)
        self._routes: list[tuple[tuple[str, ...], dict[str, Handler]]] = [
            (("chat", "completions"), {"POST": self._chat_create, "GET": self._chat_list}),
            (
                ("chat", "completions", "*"),
                {"GET": self._chat_get, "POST": self._chat_update, "DELETE": self._chat_delete},
            ),
            (("chat", "completions", "*", "messages"), {"GET": self._chat_messages}),
            (("models",), {"GET": self._models_list}),
            (("models", "*"), {"GET": self._models_get}),
            (("embeddings",), {"POST": self._embeddings}),
            (("files",), {"POST": self._files_create, "GET": self._files_list}),
            (("files", "*"), {"GET": self._files_get, "DELETE": self._files_delete}),
            (("files", "*", "content"), {"GET": self._files_content}),
            (("audio", "speech"), {"POST": self._speech}),
            (("batches",), {"POST": self._batch_create, "GET": self._batch_list}),
            (("batches", "*"), {"GET": lambda _, p: self.batches.retrieve(p[0])}),
            (("batches", "*", "cancel"), {"POST": lambda _, p: self.batches.cancel(p[0])}),
        ]
        self.responses = ResponsesApi(self.next_number, self.models[0], BASE_TIME)
        self._routes += self.responses.routes()

    def next_number(self) -> int:
        """Return the next number for ids and timestamps (1, 2, ...)."""
        with self._counter_lock:
            return next(self._counter)

    def handle(self, request: FakeRequest) -> FakeReply:
        """
        Answer a request with the default behaviour of its endpoint.

        Args:
            request: The received request.
        """
        segments = [unquote(s) for s in request.path.strip("/").split("/")]
        for pattern, methods in self._routes:
            if len(pattern) == len(segments) and all(
                p in ("*", s) for p, s in zip(pattern, segments, strict=True)
            ):
                handler = methods.get(request.method)
                if handler is None:
                    allowed = ", ".join(sorted(methods))
                    message = (
                        f"Method {request.method} is not allowed on {request.path}; use {allowed}."
                    )
                    return FakeReply.from_error(405, message, code="method_not_allowed")
                params = [s for p, s in zip(pattern, segments, strict=True) if p == "*"]
                return handler(request, params)
        message = f"Unknown request URL: {request.method} {request.raw_path or request.path}."
        return FakeReply.from_error(404, message, code="unknown_url")

    def answer_chat(
        self,
        request: FakeRequest,
        *,
        model: str | None = None,
        content: str | None = None,
        refusal: str | None = None,
        tool_calls: list[dict[str, Any]] | None = None,
        finish_reason: str = "stop",
        usage: Mapping[str, Any] | None = None,
    ) -> FakeReply:
        """
        Answer a chat request with one assistant message, storing it if the request asked to.

        Args:
            request: The chat request.
            model: Model to report; defaults to the requested one.
            content: Assistant text.
            refusal: Refusal text.
            tool_calls: Tool calls, as built by build_tool_calls.
            finish_reason: Why the answer ended.
            usage: Token usage; defaults to word counts of the prompt and the answer.
        """
        body = request.json if isinstance(request.json, Mapping) else {}
        number = self.next_number()
        answer_text = (content or "") + (refusal or "")
        answer_text += "".join(call["function"]["arguments"] for call in tool_calls or [])
        completion = build_completion(
            id=f"chatcmpl-fake-{number}",
            created=BASE_TIME + number,
            model=model or _requested_model(request) or self.models[0],
            content=content,
            refusal=refusal,
            tool_calls=tool_calls,
            finish_reason=finish_reason,
            usage=usage
            if usage is not None
            else make_usage(prompt_words(body), count_words(answer_text)),
        )
        if body.get("store") is True:
            self.chats.add(completion, body)
        return chat_reply(request, completion)

    def _chat_create(self, request: FakeRequest, _: list[str]) -> FakeReply:
        missing = _require(request, "messages")
        if missing is not None:
            return missing
        return self.answer_chat(request, content=f"You said: {last_user_text(request.json)}")

    def _chat_list(self, request: FakeRequest, _: list[str]) -> FakeReply:
        model = request.query.get("model")
        wanted = {
            key[len("metadata[") : -1]: value
            for key, value in request.query.items()
            if key.startswith("metadata[") and key.endswith("]")
        }

        def keep(completion: dict[str, Any]) -> bool:
            metadata = completion.get("metadata") or {}
            return (model is None or completion["model"] == model) and all(
                metadata.get(key) == value for key, value in wanted.items()
            )

        return _list_reply(request, self.chats.select(keep), default_limit=20, default_order="asc")

    def _chat_get(self, _: FakeRequest, params: list[str]) -> FakeReply:
        completion = self.chats.get(params[0])
        return (
            FakeReply.from_json(completion)
            if completion
            else not_found("chat completion", params[0])
        )

    def _chat_update(self, request: FakeRequest, params: list[str]) -> FakeReply:
        metadata = request.json.get("metadata") if isinstance(request.json, Mapping) else None
        if not isinstance(metadata, Mapping):
            return bad_request("Expected a JSON body with a 'metadata' object.", "metadata")
        completion = self.chats.update_metadata(params[0], metadata)
        return (
            FakeReply.from_json(completion)
            if completion
            else not_found("chat completion", params[0])
        )

    def _chat_delete(self, _: FakeRequest, params: list[str]) -> FakeReply:
        if not self.chats.delete(params[0]):
            return not_found("chat completion", params[0])
        return FakeReply.from_json(
            {"object": "chat.completion.deleted", "id": params[0], "deleted": True}
        )

    def _chat_messages(self, request: FakeRequest, params: list[str]) -> FakeReply:
        messages = self.chats.messages(params[0])
        if messages is None:
            return not_found("chat completion", params[0])
        return _list_reply(request, messages, default_limit=20, default_order="asc")

    def _models_list(self, _: FakeRequest, __: list[str]) -> FakeReply:
        return FakeReply.from_json({"object": "list", "data": [_model(m) for m in self.models]})

    def _models_get(self, _: FakeRequest, params: list[str]) -> FakeReply:
        if params[0] not in self.models:
            return not_found("model", params[0])
        return FakeReply.from_json(_model(params[0]))

    def _embeddings(self, request: FakeRequest, _: list[str]) -> FakeReply:
        missing = _require(request, "input")
        if missing is not None:
            return missing
        texts = _embedding_inputs(request.json["input"])
        if texts is None:
            return bad_request("Expected 'input' to be a string or a list of strings.", "input")
        dimensions = request.json.get("dimensions")
        size = dimensions if isinstance(dimensions, int) and dimensions > 0 else 8
        as_base64 = request.json.get("encoding_format") == "base64"
        data = [
            {"object": "embedding", "index": i, "embedding": _vector(text, size, as_base64)}
            for i, text in enumerate(texts)
        ]
        words = sum(count_words(text) for text in texts)
        return FakeReply.from_json(
            {
                "object": "list",
                "data": data,
                "model": _requested_model(request),
                "usage": {"prompt_tokens": words, "total_tokens": words},
            }
        )

    def _files_create(self, request: FakeRequest, _: list[str]) -> FakeReply:
        fields = parse_multipart(request.body, request.headers.get("content-type", ""))
        if "file" not in fields or fields["file"][0] is None:
            return bad_request("Expected a multipart/form-data body with a 'file' part.", "file")
        if "purpose" not in fields:
            return bad_request("Expected a 'purpose' field in the form.", "purpose")
        filename, content = fields["file"]
        number = self.next_number()
        file_object = {
            "id": f"file-fake-{number}",
            "object": "file",
            "bytes": len(content),
            "created_at": BASE_TIME + number,
            "filename": filename,
            "purpose": fields["purpose"][1].decode(),
            "status": "processed",
            "expires_at": None,
            "status_details": None,
        }
        self.files.add(file_object, content)
        return FakeReply.from_json(file_object)

    def _files_list(self, request: FakeRequest, _: list[str]) -> FakeReply:
        purpose = request.query.get("purpose")
        files = self.files.select(lambda obj: purpose is None or obj["purpose"] == purpose)
        return _list_reply(request, files, default_limit=10_000, default_order="desc")

    def _files_get(self, _: FakeRequest, params: list[str]) -> FakeReply:
        item = self.files.get(params[0])
        return FakeReply.from_json(item[0]) if item else not_found("file", params[0])

    def _files_content(self, _: FakeRequest, params: list[str]) -> FakeReply:
        item = self.files.get(params[0])
        if item is None:
            return not_found("file", params[0])
        return FakeReply.from_bytes(item[1], "application/octet-stream")

    def _files_delete(self, _: FakeRequest, params: list[str]) -> FakeReply:
        if not self.files.delete(params[0]):
            return not_found("file", params[0])
        return FakeReply.from_json({"id": params[0], "object": "file", "deleted": True})

    def _batch_create(self, request: FakeRequest, _: list[str]) -> FakeReply:
        return self.batches.create(request.json)

    def _batch_list(self, request: FakeRequest, _: list[str]) -> FakeReply:
        return _list_reply(request, self.batches.listing(), default_limit=20, default_order="desc")

    def _speech(self, request: FakeRequest, _: list[str]) -> FakeReply:
        missing = _require(request, "input", "voice")
        if missing is not None:
            return missing
        kind = request.json.get("response_format") or "mp3"
        if kind not in _AUDIO_TYPES:
            return bad_request(
                f"Expected a response_format in {sorted(_AUDIO_TYPES)}, got {kind!r}.",
                "response_format",
            )
        audio = b"ID3\x04\x00\x00\x00\x00\x00\x00fake-audio:" + str(request.json["input"]).encode()
        return FakeReply.from_bytes(audio, _AUDIO_TYPES[kind])


def parse_multipart(body: bytes, content_type: str) -> dict[str, tuple[str | None, bytes]]:
    """
    Read the fields of a ``multipart/form-data`` body (RFC 7578).

    Args:
        body: The raw body.
        content_type: The request's content-type header, which names the boundary.

    Returns:
        Field name -> (filename or None, content).
    """
    match = re.search(r'boundary="?([^";]+)"?', content_type)
    if match is None:
        return {}
    fields: dict[str, tuple[str | None, bytes]] = {}
    for part in body.split(b"--" + match.group(1).encode())[1:]:
        if part.startswith(b"--"):
            break
        head, _, content = part.removeprefix(b"\r\n").partition(b"\r\n\r\n")
        disposition = next(
            (
                line
                for line in head.decode("utf-8", "replace").split("\r\n")
                if line.lower().startswith("content-disposition:")
            ),
            "",
        )
        name = re.search(r';\s*name="([^"]*)"', disposition)
        filename = re.search(r';\s*filename="([^"]*)"', disposition)
        if name is not None:
            fields[name.group(1)] = (
                filename.group(1) if filename else None,
                content.removesuffix(b"\r\n"),
            )
    return fields


def _requested_model(request: FakeRequest) -> str | None:
    model = request.json.get("model") if isinstance(request.json, Mapping) else None
    return model if isinstance(model, str) and model else request.deployment


def _require(request: FakeRequest, *fields: str) -> FakeReply | None:
    if not isinstance(request.json, Mapping):
        return bad_request("Expected a JSON object as the request body.", None)
    if _requested_model(request) is None:
        return bad_request(
            "You must provide a model parameter.", "model", "missing_required_parameter"
        )
    for name in fields:
        if request.json.get(name) in (None, "", []):
            return bad_request(
                f"Missing required parameter: {name!r}.", name, "missing_required_parameter"
            )
    return None


def _list_reply(
    request: FakeRequest, items: list[dict[str, Any]], *, default_limit: int, default_order: str
) -> FakeReply:
    limit_text = request.query.get("limit", str(default_limit))
    order = request.query.get("order", default_order)
    if not limit_text.isdigit() or int(limit_text) < 1:
        return bad_request(
            f"Expected 'limit' to be a positive integer, got {limit_text!r}.", "limit"
        )
    if order not in ("asc", "desc"):
        return bad_request(f"Expected 'order' to be 'asc' or 'desc', got {order!r}.", "order")
    page = paginate(items, after=request.query.get("after"), limit=int(limit_text), order=order)
    return FakeReply.from_json(page)


def _model(model_id: str) -> dict[str, Any]:
    return {"id": model_id, "object": "model", "created": BASE_TIME, "owned_by": "openai-core-fake"}


def _embedding_inputs(value: Any) -> list[str] | None:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and value and all(isinstance(v, int) for v in value):
        return [" ".join(map(str, value))]
    if isinstance(value, list) and all(isinstance(v, (str, list)) for v in value):
        return [v if isinstance(v, str) else " ".join(map(str, v)) for v in value]
    return None


def _vector(text: str, size: int, as_base64: bool) -> list[float] | str:
    digest = b""
    while len(digest) < size:
        digest += hashlib.sha256(text.encode() + len(digest).to_bytes(4, "big")).digest()
    values = [round(byte / 127.5 - 1.0, 6) for byte in digest[:size]]
    return b64encode(struct.pack(f"<{size}f", *values)).decode() if as_base64 else values
