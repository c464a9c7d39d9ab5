"""
The benchmark's mock OpenAI server: a separate process serving canned chat completions over
plaintext HTTP/1.1 on loopback, fast enough never to be what a client waits for.

    python bench/server.py [--port 0]      # prints "READY <port>" on stdout, serves until killed

POST .../chat/completions answers by the request body:
- `"stream": true`  -> an SSE stream of chat.completion.chunk events, chunked transfer encoding,
  one HTTP chunk per event (as real servers flush), the whole body handed to the socket in one
  write. The number of chunks is the trailing number of the model name (`bench-stream-20000`),
  default 100; a usage chunk follows when `stream_options.include_usage` is true; then `[DONE]`.
- model `bench-large-<MiB>` -> a plain completion whose content is that many MiB of text;
- model containing "tool" -> a completion whose message is a tool call (finish_reason tool_calls);
- otherwise             -> a plain assistant message (finish_reason stop).
GET /health -> 200 "ok". Connections are keep-alive unless the client says `connection: close`.

Every answer is prebuilt bytes (streams are cached per chunk count), so per request the server
does one header scan, one small `json.loads` and one `transport.write`.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import socket
import sys
from functools import lru_cache

CREATED = 1741569952
MODEL = "gpt-4o-mini-2024-07-18"
FINGERPRINT = "fp_06737a9306"
USAGE = {
    "prompt_tokens": 19,
    "completion_tokens": 10,
    "total_tokens": 29,
    "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
    "completion_tokens_details": {
        "reasoning_tokens": 0,
        "audio_tokens": 0,
        "accepted_prediction_tokens": 0,
        "rejected_prediction_tokens": 0,
    },
}
CONTENT = "Hello! I am a benchmark reply. How can I help you today?"
TOOL_ARGUMENTS = '{"city": "Paris", "unit": "c"}'
STREAM_WORDS = ("Hello", "!", " How", " can", " I", " help", " you", " today", "?", " Sure", ".")


def _completion(tool: bool) -> dict[str, object]:
    if tool:
        message: dict[str, object] = {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {
                    "id": "call_Xq1bench0toolcall0000001",
                    "type": "function",
                    "function": {"name": "get_weather", "arguments": TOOL_ARGUMENTS},
                }
            ],
            "refusal": None,
            "annotations": [],
        }
        finish = "tool_calls"
    else:
        message = {"role": "assistant", "content": CONTENT, "refusal": None, "annotations": []}
        finish = "stop"
    return {
        "id": "chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT",
        "object": "chat.completion",
        "created": CREATED,
        "model": MODEL,
        "choices": [{"index": 0, "message": message, "logprobs": None, "finish_reason": finish}],
        "usage": USAGE,
        "service_tier": "default",
        "system_fingerprint": FINGERPRINT,
    }


def _json_response(body: bytes) -> bytes:
    head = (
        "HTTP/1.1 200 OK\r\n"
        "content-type: application/json\r\n"
        f"content-length: {len(body)}\r\n"
        "x-request-id: req_0123456789abcdef0123456789abcdef\r\n"
        "openai-processing-ms: 1\r\n"
        "openai-version: 2020-10-01\r\n"
        "\r\n"
    )
    return head.encode("ascii") + body


def _dumps(obj: object) -> bytes:
    return json.dumps(obj, separators=(",", ":")).encode()


COMPLETION = _json_response(_dumps(_completion(tool=False)))
TOOL_COMPLETION = _json_response(_dumps(_completion(tool=True)))
HEALTH = b"HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\ncontent-length: 2\r\n\r\nok"
NOT_FOUND = _json_response(_dumps({"error": {"message": "no such route", "type": "not_found"}}))
NOT_FOUND = NOT_FOUND.replace(b"200 OK", b"404 Not Found", 1)
BAD_REQUEST = b"HTTP/1.1 400 Bad Request\r\ncontent-length: 0\r\nconnection: close\r\n\r\n"
STREAM_HEAD = (
    b"HTTP/1.1 200 OK\r\n"
    b"content-type: text/event-stream; charset=utf-8\r\n"
    b"transfer-encoding: chunked\r\n"
    b"cache-control: no-cache\r\n"
    b"x-request-id: req_0123456789abcdef0123456789abcdef\r\n"
    b"\r\n"
)


def _chunk_event(delta: dict[str, object], finish: str | None, usage: bool = False) -> bytes:
    chunk: dict[str, object] = {
        "id": "chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT",
        "object": "chat.completion.chunk",
        "created": CREATED,
        "model": MODEL,
        "service_tier": "default",
        "system_fingerprint": FINGERPRINT,
        "choices": []
        if usage
        else [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}],
    }
    if usage:
        chunk["usage"] = USAGE
    return b"data: " + _dumps(chunk) + b"\n\n"


def _http_chunk(data: bytes) -> bytes:
    return b"%x\r\n%s\r\n" % (len(data), data)


@lru_cache(maxsize=8)
def stream_body(chunks: int, include_usage: bool) -> bytes:
    """Return the whole chunked SSE response (head included) for `chunks` chunk events."""
    parts = [STREAM_HEAD, _http_chunk(_chunk_event({"role": "assistant", "content": ""}, None))]
    words = [
        _http_chunk(_chunk_event({"content": word}, None)) for word in STREAM_WORDS
    ]  # a handful of distinct events, reused: the body is built once per size
    parts.extend(words[i % len(words)] for i in range(max(chunks - 2, 0)))
    parts.append(_http_chunk(_chunk_event({}, "stop")))
    if include_usage:
        parts.append(_http_chunk(_chunk_event({}, None, usage=True)))
    parts.append(_http_chunk(b"data: [DONE]\n\n"))
    parts.append(b"0\r\n\r\n")
    return b"".join(parts)


@lru_cache(maxsize=4)
def large_completion(mib: int) -> bytes:
    """A plain completion whose content is `mib` MiB of text (the `large_body` case)."""
    completion = _completion(False)
    sentence = CONTENT + " "
    text = sentence * (mib * 1024 * 1024 // len(sentence) + 1)
    completion["choices"][0]["message"]["content"] = text[: mib * 1024 * 1024]  # type: ignore[index]
    return _json_response(_dumps(completion))


def answer(method: bytes, target: bytes, body: bytes) -> bytes:
    """Return the full HTTP response bytes for one request."""
    if method == b"POST" and target.split(b"?", 1)[0].endswith(b"/chat/completions"):
        try:
            request = json.loads(body)
        except ValueError:
            return BAD_REQUEST
        model = str(request.get("model", ""))
        if request.get("stream"):
            tail = model.rsplit("-", 1)[-1]
            chunks = int(tail) if tail.isdigit() else 100
            options = request.get("stream_options") or {}
            return stream_body(chunks, bool(options.get("include_usage")))
        if model.startswith("bench-large-"):
            tail = model.rsplit("-", 1)[-1]
            return large_completion(int(tail) if tail.isdigit() else 1)
        return TOOL_COMPLETION if "tool" in model else COMPLETION
    if method == b"GET" and target == b"/health":
        return HEALTH
    return NOT_FOUND


class HttpProtocol(asyncio.Protocol):
    """One keep-alive HTTP/1.1 connection: parse pipelined requests, write canned answers."""

    def __init__(self) -> None:
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        sock = transport.get_extra_info("socket")
        if sock is not None:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def data_received(self, data: bytes) -> None:
        buffer = self.buffer + data if self.buffer else data
        transport = self.transport
        assert transport is not None
        while True:
            end = buffer.find(b"\r\n\r\n")
            if end < 0:
                break
            head = buffer[:end]
            lower = head.lower()
            length = 0
            at = lower.find(b"\r\ncontent-length:")
            if at >= 0:
                stop = lower.find(b"\r\n", at + 2)
                length = int(lower[at + 17 : stop if stop >= 0 else len(lower)])
            elif b"\r\ntransfer-encoding:" in lower:
                transport.write(BAD_REQUEST)  # no client here sends chunked request bodies
                transport.close()
                return
            total = end + 4 + length
            if len(buffer) < total:
                break
            line_end = head.find(b"\r\n")
            method, target, _ = head[: line_end if line_end >= 0 else len(head)].split(b" ", 2)
            transport.write(answer(method, target, buffer[end + 4 : total]))
            buffer = buffer[total:]
            if b"\r\nconnection: close" in lower:
                transport.close()
                return
        self.buffer = buffer


async def serve(host: str, port: int) -> None:
    """Listen, print READY <port>, and serve until cancelled."""
    loop = asyncio.get_running_loop()
    server = await loop.create_server(HttpProtocol, host, port, backlog=1024, reuse_address=True)
    bound = server.sockets[0].getsockname()[1]
    print(f"READY {bound}", flush=True)
    async with server:
        await server.serve_forever()


def main() -> None:
    """Parse arguments and run the server."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args()
    stream_body(20_000, True)  # build the big body before READY, not during the first stream
    try:
        asyncio.run(serve(args.host, args.port))
    except KeyboardInterrupt:
        sys.exit(0)


if __name__ == "__main__":
    main()
