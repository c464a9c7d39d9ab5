"""
No field is refused as missing that the official `openai` package lets callers omit.

The official package's resource methods are matched to catalog operations by HTTP method and
path (read from each method's source: `self._post("/skills", ...)`); every keyword argument
without a default there is the only kind of field we may require before sending.
"""

from __future__ import annotations

import inspect

import pytest

from openai_core._generated.catalog import OPERATIONS

pytest.importorskip("openai", reason="the official `openai` package is a dev dependency")

from official_routes import official_routes, route


def test_we_require_only_what_the_official_package_requires() -> None:
    routes = official_routes()
    compared, too_strict = 0, []
    for op in OPERATIONS.values():
        ours = set(op.body_required) | {q.python_name for q in op.query_params if q.required}
        for _, method in routes.get(route(op.method, op.path), []):
            params = inspect.signature(method).parameters
            required = {n for n, p in params.items() if p.default is inspect.Parameter.empty}
            compared += 1
            stricter = sorted(f for f in ours - required if f in params)
            if stricter:
                too_strict.append(f"{op.id} ({method.__qualname__}): {stricter}")
    assert compared > 200, f"only {compared} official methods matched catalog operations"
    assert too_strict == []
