"""What users of the official SDK reach for first: dir() and completion, and a clear word when
a response attribute is read from a builder that was never sent."""

from __future__ import annotations

import pytest

from openai_core import AsyncClient, Client


def clients():
    base = "http://127.0.0.1:9/v1"
    return [Client(api_key="k", base_url=base), AsyncClient(api_key="k", base_url=base)]


@pytest.mark.parametrize("client", clients(), ids=["sync", "async"])
def test_dir_of_a_client_lists_every_namespace(client):
    names = dir(client)

    for namespace in ("chat", "files", "batches", "embeddings", "responses", "vector_stores"):
        assert namespace in names
    assert "with_options" in names
    assert len([n for n in names if not n.startswith("_")]) > 25


@pytest.mark.parametrize("client", clients(), ids=["sync", "async"])
def test_dir_of_a_namespace_lists_its_operations_and_children(client):
    assert {"create", "stream", "parse", "run_tools", "messages"} <= set(
        dir(client.chat.completions)
    )
    assert {"files", "file_batches", "search"} <= set(dir(client.vector_stores))


@pytest.mark.parametrize(
    ("build", "name"),
    [
        (lambda c: c.chat.completions.create().model("m").message_user("hi"), "choices"),
        (lambda c: c.chat.completions.parse(dict).model("m"), "parsed"),
        (lambda c: c.batches.list().limit(2), "data"),
        (lambda c: c.files.retrieve("f"), "filename"),
        (lambda c: c.embeddings.create().model("m"), "usage"),
    ],
)
def test_a_response_attribute_on_an_unsent_builder_says_to_call_send(build, name):
    builder = build(Client(api_key="k", base_url="http://127.0.0.1:9/v1"))

    with pytest.raises(AttributeError) as caught:
        getattr(builder, name)

    message = str(caught.value)
    assert message.startswith(f"{type(builder).__name__} is a builder: call .send() first;")
    assert f"(.send().{name})" in message
    assert "valid setters" not in message


def test_a_name_that_is_no_setter_nor_response_attribute_lists_the_setters():
    builder = Client(api_key="k", base_url="http://127.0.0.1:9/v1").batches.create()

    with pytest.raises(AttributeError, match=r"has no setter 'input_fileid'; valid setters: \["):
        builder.input_fileid  # noqa: B018
