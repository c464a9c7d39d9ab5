"""
The small immutable value classes (plain __slots__ classes, no attrs) and what `import
openai_core` loads.
"""

from __future__ import annotations

import copy
import pickle
import subprocess
import sys

import httpx
import pytest

from openai_core import ApiResponse, ClientOptions, ErrorInfo, PathContext, Provider, RetryPolicy
from openai_core._options import resolve_options
from openai_core._request import RequestSpec


def _options(**kwargs: object) -> ClientOptions:
    return resolve_options(api_key="sk-secret-value", env={}, **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "value",
    [
        RetryPolicy(),
        ErrorInfo(message="m"),
        PathContext("chat.completions.create", "/chat/completions", "m", None, None),
        Provider(name="p", base_url=None),
        _options(),
        ApiResponse(1, 200, httpx.Headers(), None, "u", "openai", 1, 0.1),
    ],
    ids=lambda value: type(value).__name__,
)
def test_value_objects_are_immutable_and_copy_to_equals(value):
    with pytest.raises(AttributeError, match="immutable"):
        value.status_code = 1
    with pytest.raises(AttributeError, match="immutable"):
        del value.__slots__
    assert copy.copy(value) == value
    assert copy.deepcopy(value) == value
    assert not hasattr(value, "__dict__")


def test_equality_and_hash_go_by_value():
    assert ErrorInfo("m", "t") == ErrorInfo(message="m", type="t")
    assert ErrorInfo("m") != ErrorInfo("n")
    assert hash(ErrorInfo("m", "t")) == hash(ErrorInfo(message="m", type="t"))
    assert ErrorInfo("m") != PathContext("m", "p", None, None, None)
    assert (
        len({PathContext("a", "/a", None, None, None), PathContext("a", "/a", None, None, None)})
        == 1
    )


def test_retry_policies_compare_without_their_injected_callables():
    assert RetryPolicy(random=lambda: 0.0) == RetryPolicy()
    assert RetryPolicy(max_retries=1) != RetryPolicy()
    assert pickle.loads(pickle.dumps(RetryPolicy(max_retries=5))) == RetryPolicy(max_retries=5)


def test_with_max_retries_changes_only_the_budget():
    def sleep(seconds: float) -> None:
        pass

    policy = RetryPolicy(backoff_base=2.0, sleep=sleep)

    changed = policy.with_max_retries(7)

    assert (changed.max_retries, changed.backoff_base, changed.sleep) == (7, 2.0, sleep)
    assert policy.max_retries == 2


def test_reprs_show_fields_but_never_the_key_or_headers():
    options = _options(default_headers={"x-secret-header": "h"})
    meta = ApiResponse("data", 200, httpx.Headers({"set-cookie": "c"}), "r1", "u", "openai", 1, 0.0)

    assert "sk-secret-value" not in repr(options)
    assert repr(options).startswith("ClientOptions(provider='openai'")
    assert repr(ErrorInfo("m")) == "ErrorInfo(message='m', type=None, code=None, param=None)"
    assert "set-cookie" not in repr(meta) and "request_id='r1'" in repr(meta)
    assert repr(Provider(name="p", base_url=None)) == (
        "Provider(name='p', base_url=None, auth='bearer')"
    )


def test_evolved_options_recompute_what_derives_from_them():
    options = _options(timeout=5.0)

    changed = options._evolve(timeout=30.0, organization="org-1")

    assert changed.total_timeout == 30.0 and options.total_timeout == 5.0
    assert ("openai-organization", "org-1") in changed.static_headers
    assert changed.api_key == options.api_key


def test_a_provider_without_extra_headers_gets_its_own_empty_mapping():
    first, second = Provider(name="a", base_url=None), Provider(name="b", base_url=None)

    assert first.extra_headers == {} and first.extra_headers is not second.extra_headers


def test_request_spec_copies_are_independent():
    spec = RequestSpec(operation=None, body={"a": 1})  # type: ignore[arg-type]

    clone = spec.copy()
    clone.body["b"] = 2
    clone.extra_headers["x"] = "y"

    assert spec.body == {"a": 1} and spec.extra_headers == {}
    assert "body={'a': 1}" in repr(spec)


@pytest.mark.parametrize("statement", ["import openai_core", "from openai_core import Client"])
def test_importing_loads_neither_attrs_nor_uuid_nor_the_builders(statement):
    code = (
        f"import sys\n{statement}\n"
        "print(sorted(m for m in ('attrs', 'attr', 'uuid', 'asyncio', 'openai_core._builders.base',"
        " 'openai_core._builders.pagination', 'openai_core._builders.chat') if m in sys.modules))\n"
    )

    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)

    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_a_sync_client_does_not_load_asyncio():
    code = (
        "import sys\nfrom openai_core import Client\n"
        "Client(api_key='k', base_url='http://127.0.0.1:9/v1').close()\n"
        "print('asyncio' in sys.modules)\n"
    )

    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)

    assert out.stdout.strip() == "False", out.stderr
