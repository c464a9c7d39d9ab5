"""Tests of the pure SSE decoder (openai_core/_sse.py)."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from openai_core._streaming.sse import ServerSentEvent, SSEDecoder, aiter_sse, iter_sse

FIXTURES = Path(__file__).parent.parent / "fixtures"
SSE_FILES = sorted(FIXTURES.glob("*.sse"))
# Every two-piece split costs O(size^2); the larger bodies get the byte-at-a-time test instead.
SMALL_SSE_FILES = [path for path in SSE_FILES if path.stat().st_size <= 5000]
ENDINGS = {"lf": b"\n", "cr": b"\r", "crlf": b"\r\n"}


@pytest.fixture
def anyio_backend():
    return "asyncio"


def decode(chunks):
    decoder = SSEDecoder()
    events = []
    for chunk in chunks:
        events.extend(decoder.feed(chunk))
    events.extend(decoder.end())
    return events


def with_ending(body: bytes, ending: bytes) -> bytes:
    return body.replace(b"\n", ending)


def test_fixtures_exist():
    names = {path.name for path in SSE_FILES}

    assert {"chat_content.sse", "chat_tool_calls.sse", "framing.sse"} <= names
    assert len(SMALL_SSE_FILES) >= 6


def test_framing_fixture_gives_the_standard_events():
    body = (FIXTURES / "framing.sse").read_bytes()

    events = decode([body])

    assert events == [
        ServerSentEvent(
            "first line\nsecond line (no space)\n two spaces keep one", None, "1", 3000
        ),
        ServerSentEvent('{"text": "héllo wörld ✓ 😀 漢字"}', "update", "2", None),
        ServerSentEvent("", None, "2", None),  # `data` without colon; the NUL id is ignored
        ServerSentEvent("last", None, "2", None),  # bad retry and unknown fields ignored
    ]


@pytest.mark.parametrize("path", SMALL_SSE_FILES, ids=lambda p: p.name)
@pytest.mark.parametrize("ending", ENDINGS, ids=str)
def test_every_split_point_gives_the_same_events(path, ending):
    reference = decode([path.read_bytes()])
    body = with_ending(path.read_bytes(), ENDINGS[ending])

    for cut in range(len(body) + 1):
        assert decode([body[:cut], body[cut:]]) == reference, f"split at byte {cut}"


@pytest.mark.parametrize("path", SSE_FILES, ids=lambda p: p.name)
@pytest.mark.parametrize("ending", ENDINGS, ids=str)
def test_byte_at_a_time_gives_the_same_events(path, ending):
    reference = decode([path.read_bytes()])
    body = with_ending(path.read_bytes(), ENDINGS[ending])

    assert decode(body[i : i + 1] for i in range(len(body))) == reference


@pytest.mark.parametrize("path", SSE_FILES, ids=lambda p: p.name)
def test_one_event_per_chunk_takes_the_fast_path_with_the_same_result(path):
    body = path.read_bytes()
    pieces = [piece + b"\n\n" for piece in body.split(b"\n\n") if piece]

    assert decode(pieces) == decode([body])


def test_cr_ending_one_chunk_and_lf_starting_the_next_are_one_line_end():
    events = decode([b"data: a\r", b"\ndata: b\r\n\r\n"])

    assert events == [ServerSentEvent("a\nb")]


def test_lone_cr_then_cr_dispatches():
    events = decode([b"data: a\r", b"\rdata: b\r\r"])

    assert events == [ServerSentEvent("a"), ServerSentEvent("b")]


def test_bom_split_across_chunks_is_removed_once():
    events = decode([b"\xef", b"\xbb", b"\xbfdata: x\n\n", b"\xef\xbb\xbfdata: y\n\ndata: z\n\n"])

    # A second BOM is part of a field name ("\ufeffdata"), which is unknown and ignored.
    assert events == [ServerSentEvent("x"), ServerSentEvent("z")]


def test_stream_shorter_than_a_bom_is_handled():
    assert decode([b"\xef\xbb"]) == []


def test_utf8_character_split_across_chunks_is_kept_whole():
    body = "data: 😀漢\n\n".encode()

    events = decode([body[:8], body[8:10], body[10:]])

    assert events == [ServerSentEvent("😀漢")]


def test_invalid_utf8_is_replaced_not_raised():
    assert decode([b"data: \xff\n\n"]) == [ServerSentEvent("\ufffd")]


def test_event_without_data_is_not_dispatched_and_its_type_is_reset():
    events = decode([b"event: ping\n\ndata: x\n\n"])

    assert events == [ServerSentEvent("x", None)]


def test_unterminated_last_event_is_discarded():
    assert decode([b"data: a\n\ndata: b\n"]) == [ServerSentEvent("a")]


def test_id_persists_and_can_be_reset_but_not_to_a_value_with_nul():
    decoder = SSEDecoder()

    events = decoder.feed(b"id: 7\ndata: a\n\ndata: b\n\nid\ndata: c\n\nid: x\x00y\ndata: d\n\n")

    assert [e.id for e in events] == ["7", "7", "", ""]
    assert decoder.last_event_id == ""


def test_retry_is_attached_to_the_next_event_only():
    events = decode([b"retry: 10\n\n", b"data: a\n\n", b"data: b\n\n"])

    assert [e.retry for e in events] == [10, None]


def test_only_one_leading_space_is_removed_and_colons_in_values_are_kept():
    events = decode([b"data:   x: y\n\n"])

    assert events == [ServerSentEvent("  x: y")]


def test_comment_lines_are_ignored_in_the_middle_of_an_event():
    events = decode([b"data: a\n: comment\ndata: b\n\n"])

    assert events == [ServerSentEvent("a\nb")]


def test_several_events_in_one_chunk():
    events = decode([b"data: a\n\ndata: b\n\nevent: e\ndata: c\n\n"])

    assert events == [ServerSentEvent("a"), ServerSentEvent("b"), ServerSentEvent("c", "e")]


def test_empty_chunks_change_nothing():
    assert decode([b"", b"data: a", b"", b"\n", b"", b"\n"]) == [ServerSentEvent("a")]


def test_event_equality_and_repr():
    event = ServerSentEvent("d", "e", "1", 5)

    assert event == ServerSentEvent("d", "e", "1", 5)
    assert event != ServerSentEvent("d")
    assert event != "d"
    assert repr(event) == "ServerSentEvent(event='e', data='d', id='1', retry=5)"


def test_iter_sse_decodes_chunks():
    assert list(iter_sse([b"data: a\n", b"\n"])) == [ServerSentEvent("a")]


@pytest.mark.anyio
async def test_aiter_sse_decodes_chunks():
    async def chunks():
        yield b"data: a\n"
        yield b"\ndata: b\n\n"

    assert [event async for event in aiter_sse(chunks())] == [
        ServerSentEvent("a"),
        ServerSentEvent("b"),
    ]


_text = st.text(
    alphabet=st.characters(blacklist_characters="\r\n\x00", blacklist_categories=["Cs"]),
    max_size=12,
)
_field_line = st.one_of(
    _text.map(lambda t: f"data: {t}"),
    _text.map(lambda t: f"data:{t}"),
    _text.map(lambda t: f": {t}"),
    _text.filter(lambda t: "\x00" not in t).map(lambda t: f"id: {t}"),
    st.sampled_from(["event: message", "event: error", "retry: 100", "data", ""]),
)


@settings(max_examples=200, deadline=None)
@given(
    lines=st.lists(_field_line, max_size=20),
    ending=st.sampled_from(list(ENDINGS.values())),
    cuts=st.lists(st.integers(min_value=0, max_value=2000), max_size=8),
)
def test_any_split_of_a_valid_body_gives_the_same_events(lines, ending, cuts):
    body = (ending.join(line.encode() for line in lines) + ending * 2) if lines else b""
    bounds = [0, *sorted(min(c, len(body)) for c in cuts), len(body)]

    pieces = [body[a:b] for a, b in itertools.pairwise(bounds)]

    assert decode(pieces) == decode([body])


def test_plain_data_fast_path_only_when_nothing_is_pending():
    decoder = SSEDecoder()

    assert decoder.plain_data(b"data: x\n\n") is None  # the BOM check has not run yet
    assert decoder.feed(b"data: a\n\n") == [ServerSentEvent("a")]
    assert decoder.plain_data(b'data: {"k": 1}\n\n') == ['{"k": 1}']
    assert decoder.plain_data(b"data: a\ndata: b\n\n") is None
    assert decoder.plain_data(b"data: a\r\n\r\n") is None
    assert decoder.plain_data(b"event: x\ndata: a\n\n") is None
    assert decoder.feed(b"data: part") == []
    assert decoder.plain_data(b"data: y\n\n") == ["partdata: y"]  # one line, split in two
    assert decoder.feed(b"id: 3\ndata: z\n") == []
    assert decoder.plain_data(b"\n") is None  # an event is half-built: the general path


def test_plain_data_keeps_an_unfinished_line_for_the_next_chunk():
    decoder = SSEDecoder()
    decoder.feed(b"\n")

    assert decoder.plain_data(b"data: a\n\ndata: b\n\ndata: \xc3") == ["a", "b"]
    assert decoder.plain_data(b"\xa9") == []
    assert decoder.feed(b"!\n\ndata: d\n\n") == [ServerSentEvent("\u00e9!"), ServerSentEvent("d")]


_plain_text = st.text(
    alphabet=st.characters(blacklist_characters="\r\n\x00", blacklist_categories=["Cs"]),
    max_size=30,
)


@settings(max_examples=200, deadline=None)
@given(
    texts=st.lists(_plain_text, max_size=30),
    cuts=st.lists(st.integers(min_value=0, max_value=3000), max_size=10),
)
def test_plain_events_in_pieces_of_any_size_decode_as_byte_by_byte(texts, cuts):
    body = b"".join(b"data: " + text.encode() + b"\n\n" for text in texts)
    bounds = [0, *sorted(min(c, len(body)) for c in cuts), len(body)]

    pieces = [body[a:b] for a, b in itertools.pairwise(bounds)]

    assert decode(pieces) == decode([body[i : i + 1] for i in range(len(body))])
    assert [event.data for event in decode(pieces)] == texts


def test_plain_data_takes_many_whole_events_at_once():
    decoder = SSEDecoder()
    decoder.feed(b"id: 7\n\n")

    assert decoder.plain_data(b"data: a\n\ndata: \xc3\xa9\n\ndata: [DONE]\n\n") == [
        "a",
        "\u00e9",
        "[DONE]",
    ]
    assert decoder.feed(b"data: b\n\ndata: c\n\n") == [
        ServerSentEvent("b", id="7"),
        ServerSentEvent("c", id="7"),
    ]


@pytest.mark.parametrize(
    "body",
    [
        b"data: a\n\ndata: b\ndata: c\n\n",  # a two-line event among one-line ones
        b"data: a\n\n: keep-alive\n\ndata: b\n\n",  # a comment
        b"data: a\n\nevent: e\ndata: b\n\n",  # another field
        b"data: a\n\n\ndata: b\n\n",  # an extra blank line
        b"data: a\n\ndata:b\n\n",  # no space after the colon
        b"data: a\n\ndata: b\n\ndata: c\n",  # an event started but not closed
    ],
)
def test_pieces_that_are_not_only_plain_events_decode_as_the_general_path_does(body):
    decoder = SSEDecoder()
    decoder.feed(b"\n")  # past the BOM check: the fast path is armed

    fast = decoder.plain_data(body)
    events = decoder.feed(body) + decoder.feed(b"\n\n")

    assert fast is None
    assert events == decode([body[i : i + 1] for i in range(len(body))] + [b"\n\n"])
