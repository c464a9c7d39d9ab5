"""The extensions table: every line names a catalog entry and classes that exist, sync and async."""

import inspect

import pytest

from openai_core import AsyncClient, Client
from openai_core._builders import namespaces
from openai_core._builders.base import BuilderBase
from openai_core._builders.catalog import namespace_mixins, operations, prefixes, setters_for
from openai_core._builders.extensions import EXTENSIONS, Extension, resolve
from openai_core._builders.namespace_base import AsyncNamespace, Namespace
from openai_core._generated.builders.chat import ChatCompletionsCreateSetters

LINES = sorted(EXTENSIONS.items())


def public(cls):
    return {
        name: list(inspect.signature(member).parameters)
        for name, member in inspect.getmembers(cls)
        if not name.startswith("_") and callable(member) and not isinstance(member, type)
    }


@pytest.mark.parametrize(("key", "line"), LINES, ids=[k for k, _ in LINES])
def test_every_line_names_a_catalog_entry_of_its_kind(key, line):
    assert line.refs(), f"{key}: an empty line"
    if line.builder is not None:
        assert key in operations(), f"{key}: a builder base for an operation the catalog lacks"
        assert line.mixin is None and line.namespace is None
    else:
        assert key in prefixes(), f"{key}: not a namespace path of the catalog"
        assert not (line.mixin and line.namespace), f"{key}: a class and a mixin"


@pytest.mark.parametrize(("key", "line"), LINES, ids=[k for k, _ in LINES])
def test_every_line_resolves_to_twins_of_the_right_kind(key, line):
    for ref in line.refs():
        sync, async_ = resolve(ref, False), resolve(ref, True)
        assert async_.__name__ == "Async" + sync.__name__
        assert public(sync).keys() == public(async_).keys()
    if line.builder is not None:
        for is_async in (False, True):
            assert issubclass(resolve(line.builder, is_async), BuilderBase)
    if line.namespace is not None:
        for is_async, base in ((False, Namespace), (True, AsyncNamespace)):
            cls = resolve(line.namespace, is_async)
            assert issubclass(cls, base) and issubclass(cls, namespace_mixins(key)[is_async])


@pytest.mark.parametrize("client_cls", [Client, AsyncClient])
def test_the_table_decides_the_classes(client_cls):
    client = client_cls(api_key="k", base_url="http://127.0.0.1:9/v1")
    prefix = "Async" if client_cls is AsyncClient else ""

    assert type(client.chat).__name__ == prefix + "Chat"
    assert type(client.chat.completions).__name__ == prefix + "ChatCompletions"
    assert type(client.chat.completions.create()).__name__ == prefix + "ChatCompletionCreateBuilder"
    assert callable(client.responses.stream) and callable(client.responses.create().send_events)
    run = client.threads.runs.create("t")
    assert type(run).__name__ == prefix + "ThreadsRunsCreateBuilder"
    assert isinstance(run, setters_for("threads.runs.create"))
    assert callable(run.send_events)
    assert not hasattr(client.batches.create(), "send_events")


def test_adding_a_line_adds_the_methods(monkeypatch):
    monkeypatch.setitem(
        EXTENSIONS, "batches", Extension(mixin="event_builders:ResponsesStreamMixin")
    )
    namespaces.namespace_class.cache_clear()
    try:
        client = Client(api_key="k", base_url="http://127.0.0.1:9/v1")
        assert callable(client.batches.stream) and callable(client.batches.create)
    finally:
        monkeypatch.undo()
        namespaces.namespace_class.cache_clear()
    assert not hasattr(Client(api_key="k").batches, "stream")


def test_the_chat_builder_inherits_the_generated_setters():
    builder_cls = resolve(EXTENSIONS["chat.completions.create"].builder, False)
    hand_written = {
        name
        for cls in builder_cls.__mro__
        if cls.__module__ == "openai_core._builders.chat"
        for name in vars(cls)
        if not name.startswith("_")
    }

    assert issubclass(builder_cls, ChatCompletionsCreateSetters)
    # By hand only what the spec cannot give; every other field's setter is generated.
    assert hand_written - {"send"} == {
        "message", "message_assistant", "message_developer", "message_system", "message_tool",
        "message_user", "messages", "stop", "tool",
    }  # fmt: skip


def test_codegen_reads_the_same_table_and_knows_which_bases_carry_their_setters():
    from codegen.builders import hand_written_bases

    bases = hand_written_bases()

    assert set(bases) == {k for k, line in EXTENSIONS.items() if line.builder}
    for op_id, base in bases.items():
        cls = resolve(EXTENSIONS[op_id].builder, False)
        assert (base.module, base.sync) == (
            cls.__module__.removeprefix("openai_core."),
            cls.__name__,
        )
        assert base.has_setters == issubclass(cls, setters_for(op_id)), op_id
    assert bases["chat.completions.create"].has_setters
    assert not bases["responses.create"].has_setters
