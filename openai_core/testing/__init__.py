"""
A fake OpenAI-compatible provider for tests, demos and benchmarks.

Script what the next requests get, run the code under test against the fake (as an httpx
transport, or as a real HTTP server on 127.0.0.1), then inspect what it received. When nothing is
scripted, the fake answers deterministically: chat completions echo the last user message
(streamed when asked, stored when ``"store": true``), the Responses API (``/responses``) does the
same in its own shape (the chat script methods answer it too), and models, embeddings, files and speech
behave like small in-memory versions of the real endpoints.

Example::

    import httpx
    from openai_core.testing import FakeProvider

    provider = FakeProvider(api_key="sk-test")
    provider.reply_text("Hello!").reply_error(429, "Slow down", headers={"retry-after": "0"})

    with httpx.Client(transport=provider.transport(), base_url="http://fake/v1",
                      headers={"authorization": "Bearer sk-test"}) as http:
        answer = http.post("/chat/completions", json={"model": "m", "messages": []}).json()
        assert answer["choices"][0]["message"]["content"] == "Hello!"
        assert http.post("/chat/completions", json={"model": "m"}).status_code == 429

    with provider.serve() as server:           # a real server: keep-alive, chunked, faults
        provider.reply_text("slow", delay=0.1).reply_text("broken", reset_after_chunks=2)
        httpx.post(f"{server.base_url}/chat/completions", json={"model": "m", "messages": []})

    assert provider.last_request.json == {"model": "m", "messages": []}

Faults (``reset_before_headers``, ``reset_after_headers``, ``reset_after_chunks``,
``stall_after_chunks``, ``trickle``) and timing (``delay``, ``chunk_delay``) are keyword options of
every ``reply_*`` method and fields of FakeReply.

This package depends only on the standard library and httpx, so it can test the client itself.
"""

from __future__ import annotations

from ._models import FakeReply, FakeRequest
from ._provider import FakeProvider, ReplyOptions
from ._server import FakeServer
from ._transport import FakeAsyncTransport, FakeTransport

__all__ = [
    "FakeAsyncTransport",
    "FakeProvider",
    "FakeReply",
    "FakeRequest",
    "FakeServer",
    "FakeTransport",
    "ReplyOptions",
]
