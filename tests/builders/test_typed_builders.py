import importlib
import inspect
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import close, make_client, resolve

from codegen.builders import BUILDER_METHODS, ModulePlan, TypeMapper, _setter
from openai_core import (
    AsyncClient,
    AsyncDownloadBuilder,
    AsyncListBuilder,
    AsyncRequestBuilder,
    Client,
    DownloadBuilder,
    ListBuilder,
    MissingRequiredFieldError,
    RequestBuilder,
)
from openai_core._builders.chat import ChatCompletionCreateBuilder
from openai_core._builders.namespaces import operations

ROOT = Path(__file__).resolve().parent.parent.parent
TYPING = ROOT / "tests" / "typing"


@pytest.fixture
def anyio_backend():
    return "asyncio"


def clients():
    base = "http://127.0.0.1:9/v1"
    return [Client(api_key="k", base_url=base), AsyncClient(api_key="k", base_url=base)]


def resolve_path(client, dotted):
    target = client
    for part in dotted.split("."):
        target = getattr(target, part)
    return target


def generated(top):
    return importlib.import_module(f"openai_core._generated.builders.{top}")


def typed_setters(cls):
    """Public methods a generated setter mixin defines (not inherited from the bases)."""
    return {
        name
        for klass in cls.__mro__
        if klass.__module__.startswith("openai_core._generated.builders.")
        for name, member in vars(klass).items()
        if not name.startswith("_") and inspect.isfunction(member)
    }


def test_reserved_setter_names_are_the_public_methods_of_the_builder_bases():
    bases = (
        RequestBuilder, AsyncRequestBuilder, DownloadBuilder, AsyncDownloadBuilder,
        ListBuilder, AsyncListBuilder,
    )  # fmt: skip

    public = {n for cls in bases for n in dir(cls) if not n.startswith("_")}

    assert public == BUILDER_METHODS


@pytest.mark.parametrize("op_id", sorted(set(operations()) - {"chat.completions.create"}))
def test_every_body_field_and_query_parameter_has_exactly_one_typed_setter(op_id):
    op = operations()[op_id]
    builder = resolve_path(clients()[0], op_id)(*["x"] * len(op.path_params))
    wire = {*op.body_fields, *(p.name for p in op.query_params)}

    names = typed_setters(type(builder))
    for name in names:
        getattr(builder, name)(b"v" if name in op.body_file_fields else "v")
    spec = builder.to_spec()

    assert len(names) == len(wire)
    assert {*spec.body, *spec.query} == wire


def test_the_hand_written_chat_builder_inherits_every_generated_chat_setter():
    mixin = generated("chat").SETTERS["chat.completions.create"]

    assert issubclass(ChatCompletionCreateBuilder, mixin)
    missing = {
        n
        for n in typed_setters(mixin)
        if not callable(getattr(ChatCompletionCreateBuilder, n, None))
    }

    assert missing == set()


@pytest.mark.parametrize("client", clients(), ids=["sync", "async"])
def test_namespaces_and_builders_are_the_generated_classes(client):
    prefix = "Async" if isinstance(client, AsyncClient) else ""
    files = generated("files")

    namespace = client.files
    builder = namespace.create()

    assert isinstance(namespace, getattr(files, prefix + "Files"))
    assert isinstance(builder, files.FilesCreateSetters)
    assert isinstance(builder, AsyncRequestBuilder if prefix else RequestBuilder)
    assert type(builder).__name__ == prefix + "FilesCreateBuilder"
    assert type(client.files.create()) is type(builder)
    assert client.files is namespace
    assert isinstance(client.files.list(), AsyncListBuilder if prefix else ListBuilder)
    assert isinstance(
        client.files.content("f"), AsyncDownloadBuilder if prefix else DownloadBuilder
    )
    assert type(client.chat.completions.create()).__name__ == prefix + "ChatCompletionCreateBuilder"


def test_sync_and_async_namespaces_have_the_same_methods_and_parameters():
    def shape(cls):
        return {
            name: list(inspect.signature(member).parameters)
            for name, member in vars(cls).items()
            if not name.startswith("_")
            and (inspect.isfunction(member) or isinstance(member, property))
            for member in [member.fget if isinstance(member, property) else member]
        }

    for top in {op_id.split(".")[0] for op_id in operations()}:
        for path, (sync, async_) in generated(top).NAMESPACES.items():
            assert shape(sync) == shape(async_), path


def test_namespace_methods_take_path_parameters_by_position_or_keyword():
    client = clients()[0]

    by_position = client.vector_stores.file_batches.files.list("vs 1", "b/2").filter("completed")
    by_keyword = client.vector_stores.file_batches.files.list(
        vector_store_id="vs 1", batch_id="b/2"
    )
    prefilled = client.batches.create(input_file_id="f", completion_window="24h")

    assert by_position.to_spec().path_args == ("vs 1", "b/2")
    assert by_position.to_spec().query == {"filter": "completed"}
    assert by_keyword.to_spec().path_args == ("vs 1", "b/2")
    assert prefilled.to_spec().body == {"input_file_id": "f", "completion_window": "24h"}


@pytest.mark.anyio
async def test_a_left_out_path_parameter_fails_on_send_before_any_io(mode, fake):
    client = make_client(mode, fake)

    with pytest.raises(MissingRequiredFieldError) as info:
        await resolve(client.vector_stores.files.retrieve("vs").send())

    assert info.value.field == "file_id"
    assert fake.requests == []
    await close(client)


def test_set_and_the_python_names_of_query_parameters_keep_working():
    client = clients()[0]

    builder = client.vector_stores.files.list("vs").set("filter", "failed").filter_("completed")
    audit = client.organization.audit_logs.list().project_ids(["p"]).set("event_types[]", ["x"])

    assert builder.to_spec().query == {"filter": "completed"}
    assert audit.to_spec().query == {"project_ids[]": ["p"], "event_types[]": ["x"]}


def test_a_field_named_like_a_builder_method_gets_a_trailing_underscore():
    class StringProperty:
        required = False

    setter = _setter(
        TypeMapper(ModulePlan("x")), StringProperty(), "body field", "timeout", "timeout"
    )

    assert (setter.name, setter.wire, setter.type) == ("timeout_", "timeout", "str")
    assert "timeout()" in setter.doc


def run_python(code):
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


def test_import_and_client_load_nothing_generated_and_files_loads_only_its_module():
    code = (
        "import sys, openai_core\n"
        "c = openai_core.Client(api_key='k')\n"
        "print(sorted(m for m in sys.modules if m.startswith('openai_core._generated')))\n"
        "c.files.create().purpose('batch')\n"
        "print(sorted(m for m in sys.modules if m.startswith('openai_core._generated.builders.')))\n"
        "print([m for m in sys.modules if m.startswith('openai_core._generated.models')])\n"
    )

    before, after, models = run_python(code).splitlines()

    assert before == "[]"
    assert (
        after
        == "['openai_core._generated.builders._base', 'openai_core._generated.builders.files']"
    )
    assert models == "[]"


def run_mypy(*paths):
    return subprocess.run(
        [sys.executable, "-m", "mypy", *map(str, paths)],
        capture_output=True, text=True, timeout=600, cwd=ROOT,
    )  # fmt: skip


def test_the_typing_checks_pass_mypy():
    out = run_mypy(TYPING)

    assert out.returncode == 0, out.stdout + out.stderr


def test_misspelled_setters_and_namespaces_fail_mypy(tmp_path):
    source = (TYPING / "misspelled_names.py").read_text()
    stripped = tmp_path / "misspelled_names.py"
    stripped.write_text(re.sub(r"  # type: ignore\[[a-z-]+\]", "", source))

    out = run_mypy(stripped)

    assert out.returncode == 1
    assert '"BatchesCreateBuilder" has no attribute "input_fileid"' in out.stdout
    assert '"ChatCompletionCreateBuilder[ChatCompletion]" has no attribute "modle"' in out.stdout
    assert '"Client" has no attribute "batchez"' in out.stdout
    assert '"AsyncFilesRetrieveBuilder" has no attribute "purpose"' in out.stdout
    assert 'Missing positional argument "file_id" in call to "retrieve" of "Files"' in out.stdout
    assert 'Argument 1 to "completion_window"' in out.stdout
    assert 'Argument 1 to "temperature" of "ChatCompletionsCreateSetters"' in out.stdout
    assert "Found 7 errors in 1 file" in out.stdout
