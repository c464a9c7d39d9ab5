"""Tool loop: the model calls a Python function until it can answer."""

from openai_core import Client, tool

client = Client()


@tool
def get_weather(city: str) -> str:
    """Current weather of a city."""
    return f"Sunny in {city}"


def main() -> None:
    runner = (
        client.chat.completions.run_tools()
        .model("gpt-4o-mini")
        .message_user("Weather in Paris?")
        .register_tool(get_weather)
        .into_runner()
    )
    print(runner.final_content())
