"""The generated layer: every module imports, the catalog is complete and agrees with the models."""

from __future__ import annotations

import copy
import importlib
import json
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import openai_core._generated as generated
from openai_core._generated.catalog import OPERATIONS

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def load(name: str) -> dict:
    return json.loads((FIXTURES / name).read_text())


def test_every_generated_module_imports():
    names = [m.name for m in pkgutil.walk_packages(generated.__path__, generated.__name__ + ".")]

    for name in names:
        importlib.import_module(name)

    assert len(names) > 2000


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
    ("op_id", "method", "path"),
    [
        ("chat.completions.create", "POST", "/chat/completions"),
        ("chat.completions.list", "GET", "/chat/completions"),
        ("chat.completions.retrieve", "GET", "/chat/completions/{completion_id}"),
        ("chat.completions.update", "POST", "/chat/completions/{completion_id}"),
        ("chat.completions.delete", "DELETE", "/chat/completions/{completion_id}"),
        ("chat.completions.messages.list", "GET", "/chat/completions/{completion_id}/messages"),
        ("embeddings.create", "POST", "/embeddings"),
        ("models.list", "GET", "/models"),
        ("files.content", "GET", "/files/{file_id}/content"),
    ],
)
def test_catalog_entries_for_well_known_operations(op_id, method, path):
    op = OPERATIONS[op_id]

    assert (op.method, op.path) == (method, path)
    assert op.path_params == tuple(p.strip("{}") for p in path.split("/") if p.startswith("{"))


def test_the_generator_emits_no_endpoint_modules():
    root = Path(generated.__file__).parent

    assert sorted(p.name for p in root.iterdir() if p.name != "__pycache__") == [
        "__init__.py", "base.py", "builders", "catalog.py", "client_namespaces.py", "exports.py",
        "models",
        "params.py", "types.py",
    ]  # fmt: skip


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


@pytest.mark.parametrize(
    ("op_id", "model"),
    [
        ("chat.completions.create", "ChatCompletionCreateParams"),
        ("chat.completions.update", "UpdateChatCompletionBody"),
        ("embeddings.create", "CreateEmbeddingRequest"),
        ("batches.create", "CreateBatchRequest"),
    ],
)
def test_catalog_body_fields_are_the_fields_of_the_body_model(op_id, model):
    op = OPERATIONS[op_id]
    module, _, name = op.body_model.partition(":")
    cls = getattr(importlib.import_module(f"openai_core._generated.models.{module}"), name)

    assert name == model
    # The generator names a field that shadows a builtin with a trailing underscore (`input_`).
    attrs = [a.name for a in cls.__attrs_attrs__ if a.name != "additional_properties"]
    fields = {n.removesuffix("_") for n in attrs}
    assert set(op.body_fields) == fields


def test_every_catalog_model_reference_resolves():
    for op in OPERATIONS.values():
        for ref in (op.body_model, op.response_model):
            if ref is None:
                continue
            module, _, name = ref.partition(":")
            cls = getattr(importlib.import_module(f"openai_core._generated.models.{module}"), name)
            assert callable(getattr(cls, "from_dict", None)), (op.id, ref)


def test_a_chat_completion_parses_into_the_catalog_response_model():
    module, _, name = OPERATIONS["chat.completions.create"].response_model.partition(":")
    cls = getattr(importlib.import_module(f"openai_core._generated.models.{module}"), name)

    completion = cls.from_dict(load("chat_completion_tool_calls.json"))

    assert completion.choices[0].message.tool_calls[1].function.name == "get_time"


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
