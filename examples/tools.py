"""The tool runner: the model calls two tools in parallel, then answers."""

from __future__ import annotations

from typing import Literal

from examples._setup import Demo, demo
from openai_core import tool


@tool
def get_weather(city: str, unit: Literal["c", "f"] = "c") -> dict[str, object]:
    """
    Current weather of a city.

    Args:
        city: The city name.
        unit: Temperature unit.
    """
    return {"city": city, "temperature": 18 if unit == "c" else 64, "unit": unit}


@tool
def get_local_time(city: str) -> str:
    """
    Local time of a city.

    Args:
        city: The city name.
    """
    return "14:05"


def run(d: Demo) -> None:
    if d.fake is not None:  # script what a model would do: call both tools, then answer
        d.fake.reply_tool_calls(
            [
                {"name": "get_weather", "arguments": {"city": "Paris", "unit": "c"}},
                {"name": "get_local_time", "arguments": {"city": "Paris"}},
            ]
        ).reply_text("It is 14:05 in Paris and 18 °C.")
    runner = (
        d.client.chat.completions.run_tools()
        .model(d.model)
        .message_user("What time is it in Paris, and how warm is it?")
        .register_tool(get_weather)
        .register_tool(get_local_time)
        .max_rounds(4)
        .into_runner()
    )
    print("answer:", runner.final_content())
    print("tool results:", [r.content for r in runner.tool_results()])
    print("usage:", runner.total_usage())


if __name__ == "__main__":
    with demo() as d:
        run(d)
