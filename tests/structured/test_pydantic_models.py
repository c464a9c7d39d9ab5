"""pydantic v2 models in parse() and as @tool parameter types (pydantic is a dev dependency only)."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Literal

import pytest
from conftest import close, make_client, resolve

pydantic = pytest.importorskip("pydantic")

from openai_core import ResponseValidationError, ToolDefinition, tool  # noqa: E402
from openai_core._structured.parsing import parse_json_as  # noqa: E402
from openai_core._structured.pydantic_models import is_pydantic_model  # noqa: E402
from openai_core._structured.schema import response_format_for, to_strict_json_schema  # noqa: E402


@pytest.fixture
def anyio_backend():
    return "asyncio"


class City(pydantic.BaseModel):
    name: str
    population: int = 0


class Weather(pydantic.BaseModel):
    """The weather in a city."""

    city: City
    unit: Literal["c", "f"] = "c"
    hourly: list[float] = pydantic.Field(description="Temperatures, one per hour.")


def test_the_schema_is_the_models_own_made_strict():
    schema = response_format_for(Weather)["json_schema"]["schema"]

    assert schema["description"] == "The weather in a city."
    assert schema["required"] == ["city", "unit", "hourly"]
    assert schema["additionalProperties"] is False
    assert schema["properties"]["city"] == {"$ref": "#/$defs/City"}
    assert schema["properties"]["unit"]["type"] == ["string", "null"]  # optional: nullable
    assert schema["properties"]["hourly"]["description"] == "Temperatures, one per hour."
    assert "title" not in schema["properties"]["hourly"]
    city = schema["$defs"]["City"]
    assert city["required"] == ["name", "population"]
    assert city["additionalProperties"] is False
    assert "default" not in json.dumps(schema)


def test_a_pydantic_model_nested_in_a_dataclass_joins_its_defs():
    import dataclasses

    @dataclasses.dataclass
    class Trip:
        stops: list[City]

    schema = to_strict_json_schema(Trip)

    assert schema["properties"]["stops"]["items"] == {"$ref": "#/$defs/City"}
    assert schema["$defs"]["City"]["required"] == ["name", "population"]


def test_answers_are_validated_by_pydantic_and_nulls_mean_the_default():
    answer = {"city": {"name": "Paris", "population": None}, "unit": None, "hourly": [1, 2.5]}

    weather = parse_json_as(Weather, answer)

    assert weather == Weather(city=City(name="Paris"), unit="c", hourly=[1.0, 2.5])


def test_a_bad_answer_names_the_path_pydantic_reports():
    with pytest.raises(ResponseValidationError) as caught:
        parse_json_as(Weather, {"city": {"name": 3}, "unit": "c", "hourly": []}, path="$.value")

    assert caught.value.path == "$.value.city.name"
    assert "Could not build Weather at $.value.city.name" in str(caught.value)


@pytest.mark.anyio
async def test_parse_sends_the_schema_and_returns_the_model(mode, fake):
    fake.reply_text(json.dumps({"city": {"name": "Oslo", "population": 700000}, "hourly": [3]}))
    client = make_client(mode, fake)

    parsed = await resolve(
        client.chat.completions.parse(Weather).model("m").message_user("?").send()
    )

    assert parsed.parsed == Weather(city=City(name="Oslo", population=700000), hourly=[3.0])
    assert fake.last_request.json["response_format"]["json_schema"]["name"] == "Weather"
    await close(client)


@pytest.mark.anyio
async def test_a_tool_taking_a_pydantic_model_gets_an_instance(mode, fake):
    seen = []

    @tool
    def book(city: City, nights: int) -> str:
        """Book a hotel."""
        seen.append((city, nights))
        return "booked"

    fake.reply_tool_calls(
        [{"name": "book", "arguments": {"city": {"name": "Rome", "population": 1}, "nights": 2}}]
    ).reply_text("Done.")
    client = make_client(mode, fake)

    runner = client.chat.completions.run_tools().model("m").message_user("?").register_tool(book)
    final = await resolve(runner.into_runner().final_content())

    parameters = fake.requests[0].json["tools"][0]["function"]["parameters"]
    assert parameters["properties"]["city"] == {"$ref": "#/$defs/City"}
    assert seen == [(City(name="Rome", population=1), 2)]
    assert final == "Done."
    await close(client)


def test_from_type_takes_a_pydantic_model():
    definition = ToolDefinition.from_type(City)

    assert definition.name == "City"
    assert definition.bind('{"name": "Lima", "population": null}') == City(name="Lima")


def test_without_pydantic_imported_nothing_imports_it():
    code = (
        "import sys, dataclasses\n"
        "from openai_core._structured.schema import to_strict_json_schema\n"
        "@dataclasses.dataclass\n"
        "class A:\n    x: int\n"
        "to_strict_json_schema(A)\n"
        "print('pydantic' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)

    assert out.stdout.strip() == "False"
    assert not is_pydantic_model(int)
