"""parse(T) for types whose schema is not an object: sent as {"value": T}, returned as T."""

from __future__ import annotations

import enum
import json
from typing import Literal

import pytest
from conftest import close, make_client, resolve

from openai_core import ResponseValidationError, response_format_for
from openai_core._structured.parsing import parse_completion

pytestmark = pytest.mark.anyio


class Color(enum.Enum):
    RED = "red"
    BLUE = "blue"


def completion(content: str) -> dict:
    message = {"role": "assistant", "content": content}
    return {"choices": [{"index": 0, "finish_reason": "stop", "message": message}]}


@pytest.mark.parametrize(
    ("tp", "inner"),
    [
        (Color, {"type": "string", "enum": ["red", "blue"]}),
        (list[int], {"type": "array", "items": {"type": "integer"}}),
        (Literal["yes", "no"], {"type": "string", "enum": ["yes", "no"]}),
    ],
)
def test_a_non_object_root_is_sent_wrapped_in_a_strict_object(tp, inner):
    schema = response_format_for(tp)["json_schema"]["schema"]

    assert schema == {
        "type": "object",
        "properties": {"value": inner},
        "required": ["value"],
        "additionalProperties": False,
    }


def test_an_object_root_is_not_wrapped():
    import dataclasses

    point = dataclasses.make_dataclass("Point", [("x", int)])

    assert "value" not in response_format_for(point)["json_schema"]["schema"]["properties"]


@pytest.mark.parametrize(
    ("tp", "content", "expected"),
    [
        (Color, '{"value": "blue"}', Color.BLUE),
        (list[int], '{"value": [1, 2]}', [1, 2]),
        (Literal["yes", "no"], '{"value": "no"}', "no"),
    ],
)
def test_the_wrapped_answer_is_unwrapped(tp, content, expected):
    assert parse_completion(tp, completion(content)).parsed == expected


@pytest.mark.parametrize(
    ("content", "path"), [('{"other": "blue"}', "$"), ('{"value": "green"}', "$.value")]
)
def test_a_wrong_wrapped_answer_names_the_path(content, path):
    with pytest.raises(ResponseValidationError) as info:
        parse_completion(Color, completion(content))

    assert info.value.path == path


async def test_parse_an_enum_end_to_end(mode, fake):
    fake.reply_text(json.dumps({"value": "red"}))
    client = make_client(mode, fake)

    parsed = await resolve(client.chat.completions.parse(Color).model("m").message_user("?").send())

    assert parsed.parsed is Color.RED
    sent = fake.last_request.json["response_format"]["json_schema"]
    assert sent["name"] == "Color" and sent["strict"] is True
    assert sent["schema"]["required"] == ["value"]
    await close(client)
