"""The tool runner over the Responses API, plain (sync) and streamed (async)."""

from __future__ import annotations

import asyncio

from examples._setup import Demo, demo
from openai_core import AsyncClient, tool


@tool
def get_local_time(city: str) -> str:
    """
    Local time of a city.

    Args:
        city: The city name.
    """
    return {"Paris": "14:05", "Tokyo": "22:05"}.get(city, "unknown")


def script(d: Demo) -> None:
    if d.fake is not None:  # script what a model would do: call the tool twice, then answer
        d.fake.reply_tool_calls(
            [
                {"name": "get_local_time", "arguments": {"city": "Paris"}},
                {"name": "get_local_time", "arguments": {"city": "Tokyo"}},
            ]
        ).reply_text("It is 14:05 in Paris and 22:05 in Tokyo.")


async def streamed(d: Demo) -> None:
    options = d.client.options
    async with AsyncClient(
        provider=options.provider, base_url=options.base_url, api_key=options.api_key,
        api_version=options.api_version,
    ) as client:  # fmt: skip
        runner = (
            client.responses.run_tools()
            .model(d.model)
            .input("What time is it in Paris and in Tokyo?")
            .register_tool(get_local_time)
            .into_streaming_runner()
        )
        async with runner:
            async for event in runner:
                if getattr(event, "type", None) == "tool_call.result":
                    print(f"  {event.call.name}({event.call.arguments}) -> {event.result.content}")
        print("streamed answer:", await runner.final_output_text())


def run(d: Demo) -> None:
    if not d.supports_responses:
        print("skipped: this provider has no Responses API")
        return
    script(d)
    runner = (
        d.client.responses.run_tools()
        .model(d.model)
        .input("What time is it in Paris and in Tokyo?")
        .register_tool(get_local_time)
        .max_rounds(4)
        .into_runner()
    )
    print("answer:", runner.final_output_text())
    print("tool results:", [r.content for r in runner.tool_results()])
    print("usage:", runner.total_usage())
    script(d)
    asyncio.run(streamed(d))


if __name__ == "__main__":
    with demo() as d:
        run(d)
