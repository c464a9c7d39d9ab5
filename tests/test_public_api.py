import inspect
import subprocess
import sys
import types

import pytest

import openai_core
from openai_core._builders.chat_namespace import AsyncChatCompletions, ChatCompletions


def test_all_is_sorted_and_unique():
    assert openai_core.__all__ == sorted(set(openai_core.__all__))


def test_all_lists_every_public_name():
    for name in openai_core.__all__:  # resolve the lazily exported names (tools, parsing)
        getattr(openai_core, name)
    public = {
        name for name, value in vars(openai_core).items()
        if not name.startswith("_") and not isinstance(value, types.ModuleType)
        and name != "annotations"
    }  # fmt: skip

    assert public == set(openai_core.__all__)


def test_design_names_are_exported():
    for name in ("Client", "AsyncClient", "ApiResponse", "RetryPolicy", "Provider",
                 "CancellationToken", "OpenAICoreError", "APIError", "MissingRequiredFieldError",
                 "ProviderCompatibilityError", "RequestCancelledError"):  # fmt: skip
        assert hasattr(openai_core, name)


def test_import_is_cheap_no_generated_model_no_dateutil():
    code = (
        "import sys, openai_core\n"
        "heavy = [m for m in sys.modules if m.startswith('openai_core._generated.models')"
        " or m.startswith('dateutil')]\n"
        "print(heavy)\n"
    )

    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)

    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_creating_a_client_and_a_builder_loads_no_model():
    code = (
        "import sys, openai_core\n"
        "c = openai_core.Client(api_key='k')\n"
        "c.chat.completions.create().model('m').message_user('x')\n"
        "print([m for m in sys.modules if m.startswith('openai_core._generated.models')])\n"
    )

    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)

    assert out.stdout.strip() == "[]", out.stderr


TWINS = [
    (openai_core.Client, openai_core.AsyncClient),
    (openai_core.RequestBuilder, openai_core.AsyncRequestBuilder),
    (openai_core.DownloadBuilder, openai_core.AsyncDownloadBuilder),
    (openai_core.ListBuilder, openai_core.AsyncListBuilder),
    (openai_core.Page, openai_core.AsyncPage),
    (openai_core.ChatCompletionCreateBuilder, openai_core.AsyncChatCompletionCreateBuilder),
    (openai_core.ChatCompletionStreamBuilder, openai_core.AsyncChatCompletionStreamBuilder),
    (openai_core.ChatCompletionParseBuilder, openai_core.AsyncChatCompletionParseBuilder),
    (openai_core.ChatCompletionRunToolsBuilder, openai_core.AsyncChatCompletionRunToolsBuilder),
    (ChatCompletions, AsyncChatCompletions),
    (openai_core.ResponsesParseBuilder, openai_core.AsyncResponsesParseBuilder),
    (openai_core.ResponsesRunToolsBuilder, openai_core.AsyncResponsesRunToolsBuilder),
    (openai_core.ResponsesToolRunner, openai_core.AsyncResponsesToolRunner),
    (openai_core.ResponsesStreamingToolRunner, openai_core.AsyncResponsesStreamingToolRunner),
    (openai_core.ParsedResponseStream, openai_core.AsyncParsedResponseStream),
]


def public_methods(cls):
    return {
        name: [p for p in inspect.signature(member).parameters]
        for name, member in inspect.getmembers(cls)
        if not name.startswith("_") and callable(member) and not isinstance(member, type)
    }


@pytest.mark.parametrize(("sync", "async_"), TWINS, ids=lambda c: c.__name__)
def test_twins_have_the_same_public_methods_and_parameters(sync, async_):
    assert public_methods(sync) == public_methods(async_)
