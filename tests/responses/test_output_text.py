"""Response.output_text: computed from the output items, as the official SDK defines it."""

from __future__ import annotations

from typing import Any

from openai_core._generated.models.response import Response
from openai_core._model_extras import response_output_text


def _text(text: str) -> dict[str, Any]:
    return {"type": "output_text", "text": text, "annotations": [], "logprobs": []}


def _message(*parts: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "message",
        "id": "msg_1",
        "status": "completed",
        "role": "assistant",
        "content": list(parts),
    }


def _response(output: list[dict[str, Any]], **extra: Any) -> Response:
    body = {
        "id": "resp_1",
        "object": "response",
        "created_at": 1,
        "error": None,
        "incomplete_details": None,
        "instructions": None,
        "metadata": {},
        "model": "gpt-4o-mini",
        "output": output,
        "parallel_tool_calls": True,
        "tool_choice": "auto",
        "tools": [],
        **extra,
    }
    return Response.from_dict(body)


def test_output_text_joins_every_output_text_part_of_every_message():
    response = _response(
        [
            _message(_text("Hello, "), {"type": "refusal", "refusal": "not this"}),
            {
                "type": "function_call",
                "id": "fc_1",
                "call_id": "call_1",
                "name": "f",
                "arguments": "{}",
                "status": "completed",
            },
            _message(_text("world"), _text("!")),
        ]
    )

    assert response.output_text == "Hello, world!"


def test_output_text_is_empty_without_messages():
    assert _response([]).output_text == ""


def test_a_wire_output_text_does_not_replace_the_computed_one():
    # The API never sends it; a provider that does cannot make the property disagree with output.
    response = _response([_message(_text("real"))], output_text="stale")

    assert response.output_text == "real"
    assert response.to_dict()["output_text"] == "stale"  # kept as an unknown key, sent back


def test_output_text_reads_json_dicts_too():
    assert response_output_text([_message(_text("a")), {"type": "message"}, "junk"]) == "a"
