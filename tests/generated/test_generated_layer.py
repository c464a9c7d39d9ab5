"""The generated layer: every module imports, the catalog is complete, requests are built exactly."""

from __future__ import annotations

import copy
import importlib
import json
import pkgutil
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

import openai_core._generated as generated
from openai_core._generated.catalog import OPERATIONS

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
CHAT = "openai_core._generated.api.chat."


def load(name: str) -> dict:
    return json.loads((FIXTURES / name).read_text())


def test_every_generated_module_imports():
    names = [m.name for m in pkgutil.walk_packages(generated.__path__, generated.__name__ + ".")]

    for name in names:
        importlib.import_module(name)

    assert len(names) > 2500


def test_catalog_has_every_operation_with_unique_ids():
    ids = [op.id for op in OPERATIONS.values()]
    operation_ids = {op.operation_id for op in OPERATIONS.values()}

    assert len(OPERATIONS) == 288
    assert len(set(ids)) == 288
    assert len(operation_ids) == 288
    # The spec's `?beta=true` operations live under `beta.`, their query kept in the path.
    beta = {op.id: op.path for op in OPERATIONS.values() if "?" in op.path}
    assert len(beta) == 7
    assert all(i.startswith("beta.responses.") for i in beta)
    assert all(p.startswith("/responses") and p.endswith("?beta=true") for p in beta.values())


def test_catalog_ids_never_shadow_a_namespace():
    namespaces = {i.rsplit(".", 1)[0] for i in OPERATIONS}
    prefixes = {".".join(n.split(".")[:k]) for n in namespaces for k in range(1, n.count(".") + 2)}

    assert not prefixes & set(OPERATIONS)


@pytest.mark.parametrize(
    ("op_id", "method", "path", "module"),
    [
        ("chat.completions.create", "POST", "/chat/completions", "api.chat.create_chat_completion"),
        ("chat.completions.list", "GET", "/chat/completions", "api.chat.list_chat_completions"),
        (
            "chat.completions.retrieve",
            "GET",
            "/chat/completions/{completion_id}",
            "api.chat.get_chat_completion",
        ),
        (
            "chat.completions.update",
            "POST",
            "/chat/completions/{completion_id}",
            "api.chat.update_chat_completion",
        ),
        (
            "chat.completions.delete",
            "DELETE",
            "/chat/completions/{completion_id}",
            "api.chat.delete_chat_completion",
        ),
        (
            "chat.completions.messages.list",
            "GET",
            "/chat/completions/{completion_id}/messages",
            "api.chat.get_chat_completion_messages",
        ),
        ("embeddings.create", "POST", "/embeddings", "api.embeddings.create_embedding"),
        ("models.list", "GET", "/models", "api.models.list_models"),
        ("files.content", "GET", "/files/{file_id}/content", "api.files.download_file"),
    ],
)
def test_catalog_entries_for_well_known_operations(op_id, method, path, module):
    op = OPERATIONS[op_id]

    assert (op.method, op.path, op.module) == (method, path, module)
    importlib.import_module("openai_core._generated." + op.module)


def test_catalog_facts_for_chat_operations():
    create = OPERATIONS["chat.completions.create"]
    listing = OPERATIONS["chat.completions.list"]

    assert create.streamable and create.body_kind == "json"
    assert set(create.body_required) == {"model", "messages"}
    assert {"temperature", "tools", "stream_options", "reasoning_effort"} <= set(create.body_fields)
    assert create.response_model == "chat_completion:ChatCompletion"
    assert listing.pagination == "cursor"
    assert [(q.name, q.style) for q in listing.query_params] == [
        ("model", "form"),
        ("metadata", "deepObject"),
        ("after", "form"),
        ("limit", "form"),
        ("order", "form"),
    ]
    assert OPERATIONS["files.content"].response_kind == "binary"
    assert OPERATIONS["audio.speech.create"].response_kind == "binary"
    assert OPERATIONS["files.create"].body_file_fields == ("file",)


def build(kwargs: dict) -> httpx.Request:
    kwargs = dict(kwargs)
    method, url = kwargs.pop("method"), kwargs.pop("url")
    return httpx.Request(method, base_url_join(url), **kwargs)


def base_url_join(path: str) -> str:
    return "https://api.example.test/v1" + path


def test_create_chat_completion_request():
    from openai_core._generated.api.chat import create_chat_completion as op
    from openai_core._generated.models import ChatCompletionCreateParams

    body = ChatCompletionCreateParams.from_dict(
        {
            "model": "gpt-4o-mini",
            "messages": [{"role": "user", "content": "Hi"}],
            "temperature": 0.2,
        }
    )

    kwargs = op.request_kwargs(body=body)

    assert kwargs["method"] == "POST" and kwargs["url"] == "/chat/completions"
    assert kwargs["json"] == {
        "model": "gpt-4o-mini",
        "messages": [{"role": "user", "content": "Hi"}],
        "temperature": 0.2,
    }
    assert "params" not in kwargs


def test_list_chat_completions_query_encoding_and_no_spec_defaults():
    from openai_core._generated.api.chat import list_chat_completions as op
    from openai_core._generated.models.metadata_type_0 import MetadataType0

    bare = op.request_kwargs()
    full = op.request_kwargs(
        model="gpt-4o",
        metadata=MetadataType0.from_dict({"team": "a b", "env": "prod"}),
        after="chatcmpl-1",
        limit=5,
        order="desc",
    )
    request = build(full)

    assert bare["params"] == {}
    assert full["params"] == {
        "model": "gpt-4o",
        "metadata[team]": "a b",
        "metadata[env]": "prod",
        "after": "chatcmpl-1",
        "limit": 5,
        "order": "desc",
    }
    assert request.url.query == (
        b"model=gpt-4o&metadata%5Bteam%5D=a+b&metadata%5Benv%5D=prod&after=chatcmpl-1&limit=5&order=desc"
    )


@pytest.mark.parametrize(
    ("completion_id", "encoded"),
    [
        ("chatcmpl-1", "chatcmpl-1"),
        ("a/b?c", "a%2Fb%3Fc"),
        ("x#y", "x%23y"),
        ("..", "%2E%2E"),
        (".", "%2E"),
        ("é/ü", "%C3%A9%2F%C3%BC"),
    ],
)
def test_path_segments_are_percent_encoded(completion_id, encoded):
    from openai_core._generated.api.chat import delete_chat_completion, get_chat_completion

    kwargs = get_chat_completion.request_kwargs(completion_id)
    request = build(delete_chat_completion.request_kwargs(completion_id))

    assert kwargs == {"method": "GET", "url": f"/chat/completions/{encoded}"}
    assert request.method == "DELETE"
    assert request.url.raw_path == f"/v1/chat/completions/{encoded}".encode()


def test_update_chat_completion_request():
    from openai_core._generated.api.chat import update_chat_completion as op
    from openai_core._generated.models.update_chat_completion_body import UpdateChatCompletionBody

    body = UpdateChatCompletionBody.from_dict({"metadata": {"k": "v"}})

    kwargs = op.request_kwargs("a/b?c", body=body)

    assert kwargs == {
        "method": "POST",
        "url": "/chat/completions/a%2Fb%3Fc",
        "json": {"metadata": {"k": "v"}},
    }


def test_chat_completion_messages_request():
    from openai_core._generated.api.chat import get_chat_completion_messages as op

    kwargs = op.request_kwargs("chatcmpl-1", after="msg-2", limit=2, order="asc")

    assert kwargs == {
        "method": "GET",
        "url": "/chat/completions/chatcmpl-1/messages",
        "params": {"after": "msg-2", "limit": 2, "order": "asc"},
    }


def test_parse_response_of_json_and_binary_operations():
    from openai_core._generated.api.audio import create_speech
    from openai_core._generated.api.chat import create_chat_completion
    from openai_core._generated.api.files import download_file

    payload = load("chat_completion_tool_calls.json")
    completion = create_chat_completion.parse_response(httpx.Response(200, json=payload))

    assert completion.choices[0].message.tool_calls[1].function.name == "get_time"
    assert download_file.parse_response(httpx.Response(200, content=b"\x00\x01{")) == b"\x00\x01{"
    assert create_speech.parse_response(httpx.Response(200, content=b"ID3")) == b"ID3"


@pytest.mark.parametrize(
    ("fixture", "model"),
    [
        ("chat_completion_tool_calls.json", "ChatCompletion"),
        ("chat_completion_chunk.json", "ChatCompletionChunk"),
        ("chat_completion_list.json", "ChatCompletionList"),
    ],
)
def test_round_trips_keep_every_field(fixture, model):
    from openai_core._generated import models

    payload = load(fixture)

    parsed = getattr(models, model).from_dict(payload)

    assert parsed.to_dict() == payload


def test_unknown_enum_values_and_fields_are_kept():
    from openai_core._generated.models import ChatCompletion

    payload = copy.deepcopy(load("chat_completion_tool_calls.json"))
    payload["choices"][0]["finish_reason"] = "a_new_reason"
    payload["service_tier"] = "ultra"
    payload["choices"][0]["message"]["brand_new_field"] = {"nested": [1, 2]}
    payload["also_new"] = True

    parsed = ChatCompletion.from_dict(payload)

    assert parsed.choices[0].finish_reason == "a_new_reason"
    assert parsed.choices[0].message.additional_properties["brand_new_field"] == {"nested": [1, 2]}
    assert parsed.to_dict() == payload


def test_provider_omitting_object_still_parses():
    from openai_core._generated.models import ChatCompletion

    payload = load("chat_completion_tool_calls.json")
    del payload["object"]

    assert ChatCompletion.from_dict(payload).to_dict() == payload


def test_models_package_is_lazy():
    code = (
        "import sys, openai_core._generated.models as m\n"
        "before = {n for n in sys.modules if n.startswith('openai_core._generated.models.')}\n"
        "m.ChatCompletionChunk\n"
        "after = {n for n in sys.modules if n.startswith('openai_core._generated.models.')}\n"
        "print(len(before), len(after))\n"
    )

    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    before, after = map(int, out.stdout.split())

    assert before == 0
    assert 0 < after < 40


def test_importing_the_package_imports_no_model():
    code = (
        "import sys, openai_core\n"
        "print(sorted(n for n in sys.modules if n.startswith('openai_core._generated.models.')))\n"
    )

    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)

    assert out.stdout.strip() == "[]"


def test_generated_files_carry_the_header():
    root = Path(generated.__file__).parent
    files = sorted(root.rglob("*.py"))

    bad = [p for p in files if not p.read_text().startswith("# Generated from the OpenAI spec")]

    assert bad == []
