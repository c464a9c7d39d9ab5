"""`openai_core.types`: every model and request TypedDict by name, each loaded on first use."""

from __future__ import annotations

import subprocess
import sys
import typing

import openai_core
import openai_core.types as types
from openai_core._generated import exports
from openai_core._generated.models import _MODULES


def run_python(code: str) -> str:
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=300, check=True
    )
    return out.stdout


LOADED = (
    "print(sorted(m.rsplit('.', 1)[1] for m in sys.modules "
    "if m.startswith(('openai_core._generated.models.', 'openai_core._generated.params'))))"
)


def test_importing_the_module_loads_no_model_and_no_typeddict():
    out = run_python(f"import sys, openai_core, openai_core.types\n{LOADED}")

    assert out.strip() == "[]"


def test_a_model_loads_its_own_modules_and_a_typeddict_loads_params_alone():
    model = run_python(f"import sys\nfrom openai_core.types import FileObject\n{LOADED}")
    param = run_python(
        f"import sys\nfrom openai_core.types import ChatCompletionMessageParam\n{LOADED}"
    )

    assert "file_object" in model and "params" not in model
    assert param.strip() == "['params']"


def test_every_model_and_typeddict_is_exported():
    names = dir(types)

    assert set(_MODULES) <= set(names)
    assert set(exports.PARAMS) <= set(names)
    assert types.ChatCompletion.__name__ == "ChatCompletion"
    assert types.WebhookBatchCompleted.__name__ == "WebhookBatchCompleted"
    assert openai_core.types is types


def test_the_typeddicts_are_plain_dicts_at_runtime():
    message: types.ChatCompletionUserMessageParam = {"role": "user", "content": "hi"}

    assert types.ChatCompletionToolParam(type="function", function={"name": "f"}) == {
        "type": "function",
        "function": {"name": "f"},
    }
    assert message == {"role": "user", "content": "hi"}
    assert typing.is_typeddict(types.ChatCompletionsCreateParams)
    assert {"model", "messages", "temperature"} <= set(
        types.ChatCompletionsCreateParams.__annotations__
    )


def test_an_unknown_name_is_an_attribute_error_naming_it():
    try:
        types.ChatCompletionz  # noqa: B018
    except AttributeError as exc:
        assert "ChatCompletionz" in str(exc)
    else:
        raise AssertionError("no AttributeError")


def test_each_operations_keywords_are_exactly_its_setters_and_set_accepts_them():
    from codegen.builders import python_name
    from openai_core._builders.base import BuilderBase
    from openai_core._builders.namespaces import operations
    from openai_core._generated import params

    for op_id, op in operations().items():
        name = "".join(p[:1].upper() + p[1:] for part in op_id.split(".") for p in part.split("_"))
        keywords = set(getattr(params, f"{name}Params").__annotations__)
        query = {python_name(p.name, p.python_name) for p in op.query_params}
        setters = {*(python_name(f, f) for f in op.body_fields), *query}
        assert keywords == setters, op_id
        builder = BuilderBase(None, op)
        for keyword in keywords:
            builder.set(keyword, None)  # each keyword is one set() takes
