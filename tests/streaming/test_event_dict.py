"""EventDict: the JSON events of Responses and assistants streams read as dicts and as attributes."""

from __future__ import annotations

import copy
import json
import pickle
from pathlib import Path

import pytest

from openai_core._exceptions import StreamError
from openai_core._streaming.assistants import AssistantStreamEvent, AssistantStreamState
from openai_core._streaming.errors import decode_json_data
from openai_core._streaming.event_dict import EventDict, decode_event_data
from openai_core._streaming.responses import ResponseStreamState

FIXTURES = Path(__file__).parent.parent / "fixtures"
ITEM_DONE = (
    '{"type":"response.output_item.done","output_index":0,"sequence_number":9,"item":{"id":"m1",'
    '"type":"message","content":[{"type":"output_text","text":"Hi","annotations":[]}]}}'
)


def test_every_object_of_an_event_reads_as_attributes() -> None:
    event = decode_event_data(ITEM_DONE)

    assert event.type == event["type"] == "response.output_item.done"
    assert event.item.content[0].text == "Hi"
    assert event.item.content[0].annotations == []
    assert type(event.item) is EventDict and type(event.item.content[0]) is EventDict


def test_it_stays_the_dict_the_json_was() -> None:
    event = decode_event_data(ITEM_DONE)
    plain = json.loads(ITEM_DONE)

    assert event == plain and isinstance(event, dict)
    assert json.loads(json.dumps(event)) == plain
    assert event.get("missing") is None and "item" in event and list(event) == list(plain)
    assert repr(event) == repr(plain)
    for copied in (copy.deepcopy(event), pickle.loads(pickle.dumps(event))):
        assert copied == plain and copied.item.content[0].text == "Hi"
    event.item.content[0]["text"] = "changed"  # one object, read either way
    assert event["item"]["content"][0]["text"] == "changed"


def test_a_missing_key_says_which_keys_there_are() -> None:
    event = decode_event_data('{"type":"response.output_text.delta","delta":"Hi"}')

    with pytest.raises(
        AttributeError, match=r"no 'logprobs' key; its keys are \['delta', 'type'\]"
    ):
        event.logprobs  # noqa: B018
    assert not hasattr(event, "logprobs") and hasattr(event, "delta")
    with pytest.raises(AttributeError) as raised:
        event._private  # noqa: B018
    assert str(raised.value) == "_private"
    assert {"type", "delta", "get", "items"} <= set(dir(event))


def test_bad_data_fails_as_for_chunks() -> None:
    assert decode_event_data('  {"a": {"b": 1}} ').a.b == 1  # blanks: json.loads, same hook
    for bad in ("{", "not json", '{"a": 1} {'):
        with pytest.raises(StreamError) as ours:
            decode_event_data(bad)
        with pytest.raises(StreamError) as chunks:
            decode_json_data(bad)
        assert str(ours.value) == str(chunks.value)


def test_responses_state_hands_out_event_dicts_and_keeps_folding() -> None:
    state = ResponseStreamState()
    events = state.feed((FIXTURES / "responses_text.sse").read_bytes())

    assert all(type(event) is EventDict for event in events)
    deltas = [e.delta for e in events if e.type == "response.output_text.delta"]
    assert "".join(deltas) == state.snapshot()["output"][0]["content"][0]["text"]


def test_assistant_events_have_event_dict_data_and_the_official_name() -> None:
    state = AssistantStreamState()
    events = state.feed((FIXTURES / "assistant_run.sse").read_bytes())

    assert events[0].event == events[0].type == "thread.run.created"
    assert events[0].data.id == events[0].data["id"]
    made = AssistantStreamEvent("thread.created", {"id": "t"})
    assert made.data.id == "t" and made == AssistantStreamEvent("thread.created", {"id": "t"})
