"""
How requests are encoded, rule by rule (DESIGN.md section 8), including the multipart operations
the official package has no method for (audio.voices, audio.voice_consents).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from wire_capture import BASE_URL, Recorder, Wire, to_wire
from wire_cases import CASES

from openai_core import AsyncClient, Client
from openai_core._generated.catalog import OPERATIONS
from openai_core._request import encode_query, flatten_pairs


def send(build: Callable[[Client], Any]) -> Wire:
    recorder = Recorder()
    client = Client(
        api_key="sk-x", base_url=BASE_URL, max_retries=0, http_client=recorder.http_client()
    )
    return recorder.one(lambda: build(client).send_raw())


@pytest.mark.parametrize(
    ("value", "pairs"),
    [
        (["a", "b"], [("f[]", "a"), ("f[]", "b")]),
        ({"k": "v", "n": 1}, [("f[k]", "v"), ("f[n]", "1")]),
        ([{"a": True}], [("f[][a]", "true")]),
        ({"x": ["1", None]}, [("f[x][]", "1")]),
        (False, [("f", "false")]),
        ("", []),
        (None, []),
    ],
)
def test_flatten_pairs_writes_brackets(value: object, pairs: list[tuple[str, str]]) -> None:
    assert flatten_pairs("f", value) == pairs


def test_a_query_name_with_brackets_keeps_one_pair() -> None:
    assert encode_query({"include[]": ["a", "b"], "limit": 2}) == [
        ("include[]", "a"),
        ("include[]", "b"),
        ("limit", "2"),
    ]


def test_audio_voices_create_sends_its_file_and_fields_as_parts() -> None:
    wire = send(
        lambda c: c.audio.voices.create(
            name="Kit", audio_sample=("kit.wav", b"RIFF", "audio/wav"), consent="cons_1"
        )
    )

    assert (wire.method, wire.path, wire.media_type) == (
        "POST",
        "/v1/audio/voices",
        "multipart/form-data",
    )
    assert wire.body == [
        ("audio_sample", "kit.wav", "audio/wav", "RIFF"),
        ("consent", None, None, "cons_1"),
        ("name", None, None, "Kit"),
    ]


def test_audio_voice_consents_create_guesses_the_recording_type_from_its_name() -> None:
    wire = send(
        lambda c: c.audio.voice_consents.create(
            name="Kit", recording=("ok.mp3", b"ID3"), language="en"
        )
    )

    assert ("recording", "ok.mp3", "audio/mpeg", "ID3") in wire.body


def test_a_multipart_operation_without_a_file_is_still_multipart() -> None:
    wire = send(lambda c: c.videos.create(prompt="a cat", seconds="4"))

    assert wire.media_type == "multipart/form-data"
    assert wire.body == [("prompt", None, None, "a cat"), ("seconds", None, None, "4")]


def test_a_file_list_sends_one_bracketed_part_per_file() -> None:
    wire = send(lambda c: c.images.edits.create(image=[b"1", b"2"], prompt="p"))

    assert [part[:2] for part in wire.body if part[0] != "prompt"] == [
        ("image[]", "upload"),
        ("image[]", "upload"),
    ]


def test_realtime_call_with_only_sdp_sends_the_sdp_itself() -> None:
    wire = send(lambda c: c.realtime.calls.create(sdp="v=0\r\n"))

    assert (wire.media_type, wire.accept, wire.body) == (
        "application/sdp",
        "application/sdp",
        b"v=0\r\n",
    )


def test_realtime_call_with_a_session_sends_typed_parts() -> None:
    wire = send(lambda c: c.realtime.calls.create(sdp="v=0", session={"type": "realtime"}))

    assert wire.body == [
        ("sdp", None, "application/sdp", "v=0"),
        ("session", None, "application/json", {"type": "realtime"}),
    ]


def test_skills_create_without_files_sends_an_empty_json_body() -> None:
    wire = send(lambda c: c.skills.create())

    assert (wire.media_type, wire.body) == ("application/json", {})


def test_beta_responses_keep_their_beta_query_next_to_others() -> None:
    wire = send(lambda c: c.beta.responses.retrieve("r1", include=["a"]).extra_query("x", "1"))

    assert wire.path == "/v1/responses/r1"
    assert wire.query == (("beta", "true"), ("include[]", "a"), ("x", "1"))


def test_accept_follows_the_answer_media_type() -> None:
    assert OPERATIONS["audio.speech.create"].accept == "application/octet-stream"
    assert OPERATIONS["chat.completions.create"].accept == "application/json"
    assert OPERATIONS["responses.delete"].accept == "*/*"
    assert send(
        lambda c: c.audio.speech.create(model="tts-1", input="hi", voice="alloy")
    ).accept == ("application/octet-stream")


def test_vector_store_file_batches_have_setters_for_every_field() -> None:
    assert set(OPERATIONS["vector_stores.file_batches.create"].body_fields) == {
        "file_ids",
        "files",
        "chunking_strategy",
        "attributes",
    }


@pytest.mark.anyio
@pytest.mark.parametrize(
    "name",
    [
        "images.edits.create:several",
        "realtime.calls.create",
        "skills.create:empty",
        "organization.users.list",
        "beta.responses.create",
    ],
)
async def test_async_client_sends_what_the_sync_client_sends(name: str, tmp_path: Path) -> None:
    case = next(case for case in CASES if case.name == name)
    recorder = Recorder()
    client = AsyncClient(
        api_key="sk-x",
        base_url=BASE_URL,
        max_retries=0,
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(recorder.handler)),
    )
    async with client:
        await case.ours(client, tmp_path).send_raw()

    assert to_wire(recorder.requests[0]) == send(lambda c: case.ours(c, tmp_path))
