"""
Bodies a server should not send: non-UTF-8, non-JSON, the wrong JSON, and very large ones, in
success and error answers. The outcome is a typed error (or the right answer), never a crash.
"""

from __future__ import annotations

import json

import pytest

from openai_core import (
    BadRequestError,
    InternalServerError,
    ResponseValidationError,
)
from openai_core.testing import FakeReply

from ._support import (
    chat,
    close,
    completion_body,
    content_of,
    is_sdk_error,
    make_client,
    recording_policy,
)

pytestmark = pytest.mark.anyio

MB = 1024 * 1024


@pytest.mark.parametrize(
    "body",
    [b"\xff\xfe\x00garbage", b"<html><body>502 Bad Gateway</body></html>", b'{"id": "c1", '],
    ids=["non-utf8", "html", "truncated-json"],
)
async def test_a_2xx_body_that_is_not_json_raises_response_validation_error(
    mode, provider, server, body
):
    provider.reply(FakeReply.from_bytes(body, "application/json"))
    policy, delays = recording_policy()
    client = make_client(mode, server.base_url, retry_policy=policy)

    with pytest.raises(ResponseValidationError) as info:
        await chat(client)

    assert is_sdk_error(info.value)
    assert delays == []
    await close(client)


async def test_a_2xx_json_object_of_the_wrong_shape_is_read_leniently_and_reports_its_issues(
    mode, provider, server
):
    provider.reply_json({"unexpected": True})
    client = make_client(mode, server.base_url)

    completion = await chat(client)

    assert completion.id is None  # a missing field reads as None
    assert completion.additional_properties == {"unexpected": True}
    assert ("$.choices", "missing") in [(i.path, i.got) for i in completion.validation_issues()]
    await close(client)


async def test_a_2xx_json_object_of_the_wrong_shape_raises_in_strict_mode(mode, provider, server):
    provider.reply_json({"unexpected": True})
    client = make_client(mode, server.base_url, strict_response_validation=True)

    with pytest.raises(ResponseValidationError) as info:
        await chat(client)

    assert info.value.path == "$.id"
    assert "$.choices: expected array of ChatCompletionChoice, got missing" in str(info.value)
    assert info.value.value == {"unexpected": True}
    await close(client)


async def test_a_2xx_json_list_where_an_object_is_required_raises(mode, provider, server):
    provider.reply_json([{"id": "c1"}])
    client = make_client(mode, server.base_url)

    with pytest.raises(ResponseValidationError, match="Expected a JSON object"):
        await chat(client)

    await close(client)


@pytest.mark.parametrize(
    ("status", "body", "cls"),
    [
        (400, b"\xff\xfe not utf-8 \xc3", BadRequestError),
        (400, b"<html>Bad request</html>", BadRequestError),
        (400, b"", BadRequestError),
        (400, b"null", BadRequestError),
        (400, b"[1, 2, 3]", BadRequestError),
        (400, b'{"error": 42}', BadRequestError),
        (400, b'{"error": {"message": {"nested": true}, "code": 7}}', BadRequestError),
        (503, b"\xff upstream down", InternalServerError),
    ],
    ids=[
        "non-utf8", "html", "empty", "null", "list", "error-number", "message-object",
        "5xx-non-utf8",
    ],
)  # fmt: skip
async def test_error_bodies_of_any_shape_give_the_typed_error(
    mode, provider, server, status, body, cls
):
    for _ in range(3):
        provider.reply(FakeReply.from_bytes(body, "application/json", status=status))
    policy, _ = recording_policy()
    client = make_client(mode, server.base_url, retry_policy=policy)

    with pytest.raises(cls) as info:
        await chat(client)

    error = info.value
    assert error.status_code == status
    assert isinstance(str(error), str) and isinstance(repr(error), str)
    assert error.message
    await close(client)


async def test_an_oversized_valid_answer_is_read_whole(mode, provider, server):
    text = "x" * (4 * MB)
    provider.reply_json(completion_body(text))
    client = make_client(mode, server.base_url)

    result = await chat(client)

    assert content_of(result) == text
    await close(client)


async def test_an_oversized_chunked_answer_is_read_whole(mode, provider, server):
    body = json.dumps(completion_body("y" * (3 * MB))).encode()
    pieces = tuple(body[i : i + 65536] for i in range(0, len(body), 65536))
    provider.reply(FakeReply(headers={"content-type": "application/json"}, chunks=pieces))
    client = make_client(mode, server.base_url)

    result = await chat(client)

    assert len(content_of(result)) == 3 * MB
    await close(client)
