"""
Checked by mypy --strict, never executed: `openai_core.types` names every model and request
TypedDict, keyword forms are typed by their operation's TypedDict, and the chat setters check
dict literals key by key.
"""

from __future__ import annotations

from typing import Any

from typing_extensions import assert_type

from openai_core import AsyncClient, Client, image_url_part, text_part
from openai_core.types import (
    Batch,
    ChatCompletion,
    ChatCompletionContentPartParam,
    ChatCompletionMessageParam,
    ChatCompletionsCreateParams,
    ChatCompletionToolParam,
    EmbeddingList,
    FileObject,
    WebhookBatchCompleted,
)


def keyword_forms(client: Client) -> None:
    messages: list[ChatCompletionMessageParam] = [
        {"role": "system", "content": "Be terse."},
        {"role": "user", "content": [{"type": "text", "text": "Hi"}, text_part("and")]},
        {"role": "assistant", "content": None, "tool_calls": []},
        {"role": "tool", "content": "42", "tool_call_id": "call_1"},
    ]
    tools: list[ChatCompletionToolParam] = [
        {"type": "function", "function": {"name": "f", "parameters": {"type": "object"}}}
    ]
    completion = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=messages,
        temperature=0.2,
        tools=tools,
        tool_choice="auto",
        response_format={"type": "json_object"},
        stream_options={"include_usage": True},
    ).send()
    assert_type(completion, ChatCompletion)
    fields: ChatCompletionsCreateParams = {"model": "m", "n": 2}
    client.chat.completions.create(**fields)
    client.chat.completions.stream(model="m", messages=messages)
    client.chat.completions.parse(dict, model="m")
    client.chat.completions.run_tools(model="m", messages=messages)
    assert_type(client.batches.create(input_file_id="f", completion_window="24h").send(), Batch)
    assert_type(client.files.list(purpose="batch", limit=10).send().data[0], FileObject)
    embeddings = client.embeddings.create(model="text-embedding-3-small", input=["a"]).send()
    assert_type(embeddings, EmbeddingList)
    client.vector_stores.files.list(vector_store_id="vs", limit=5, filter="completed")


def setters_take_the_typeddicts(client: Client, extra: dict[str, Any]) -> None:
    parts: list[ChatCompletionContentPartParam] = [text_part("a"), image_url_part("https://x")]
    (
        client.chat.completions.create()
        .model("m")
        .messages([{"role": "user", "content": "Hi"}])
        .message({"role": "developer", "content": "Be brief."})
        .message_user(["Look:", *parts])
        .tools([{"type": "function", "function": {"name": "f"}}])
        .tool_choice({"type": "function", "function": {"name": "f"}})
        .response_format({"type": "json_schema", "json_schema": {"name": "w", "strict": True}})
        .extra_body(extra)
    )


async def async_keyword_forms(client: AsyncClient) -> None:
    completion = await client.chat.completions.create(model="m", messages=[]).send()
    assert_type(completion, ChatCompletion)


def webhook_event(event: WebhookBatchCompleted) -> str:
    return event.data.id
