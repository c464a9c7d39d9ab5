"""
No field is refused as missing that the official `openai` package lets callers omit.

The official package's resource methods are matched to catalog operations by HTTP method and
path (read from each method's source: `self._post("/skills", ...)`); every keyword argument
without a default there is the only kind of field we may require before sending.
"""

from __future__ import annotations

import inspect
import re
import warnings
from collections.abc import Iterator
from typing import Any

import pytest

from openai_core._generated.catalog import OPERATIONS

openai = pytest.importorskip("openai", reason="the official `openai` package is a dev dependency")

_CALL = re.compile(
    r'self\._(get|post|delete|get_api_list|put|patch)\(\s*(?:path_template\()?\s*"([^"]+)"'
    r"(.{0,300})",
    re.S,
)


def _route(method: str, path: str) -> tuple[str, str]:
    return method, re.sub(r"\{[^}]+\}", "{}", path.partition("?")[0]) + (
        "?beta=true" if "?beta=true" in path else ""
    )


def _methods(resource: Any, seen: set[int], depth: int = 0) -> Iterator[tuple[str, Any]]:
    if depth > 6 or id(resource) in seen:
        return
    seen.add(id(resource))
    for name in dir(resource):
        if name.startswith(("_", "with_")):
            continue
        try:
            value = getattr(resource, name)
        except Exception:
            continue
        if inspect.ismethod(value):
            yield name, value
        elif hasattr(value, "_client") and not isinstance(value, type):
            yield from _methods(value, seen, depth + 1)


def official_routes() -> dict[tuple[str, str], list[Any]]:
    """(METHOD, path with {} for parameters) -> the official methods that call it."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        client = openai.OpenAI(api_key="sk-x", admin_api_key="sk-x")
        routes: dict[tuple[str, str], list[Any]] = {}
        for _, method in _methods(client, set()):
            try:
                source = inspect.getsource(method)
            except (OSError, TypeError):
                continue
            for verb, path, rest in _CALL.findall(source):
                http = {"get_api_list": "GET"}.get(verb, verb.upper())
                if verb == "get_api_list" and 'method="post"' in rest:
                    http = "POST"
                routes.setdefault(_route(http, path), []).append(method)
    return routes


def test_we_require_only_what_the_official_package_requires() -> None:
    routes = official_routes()
    compared, too_strict = 0, []
    for op in OPERATIONS.values():
        ours = set(op.body_required) | {q.python_name for q in op.query_params if q.required}
        for method in routes.get(_route(op.method, op.path), []):
            params = inspect.signature(method).parameters
            required = {n for n, p in params.items() if p.default is inspect.Parameter.empty}
            compared += 1
            stricter = sorted(f for f in ours - required if f in params)
            if stricter:
                too_strict.append(f"{op.id} ({method.__qualname__}): {stricter}")
    assert compared > 200, f"only {compared} official methods matched catalog operations"
    assert too_strict == []
