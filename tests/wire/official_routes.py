"""
The official `openai` package's resource methods, found by the route they call: each method's
source names its HTTP verb and path (`self._post("/skills", ...)`).
"""

from __future__ import annotations

import functools
import inspect
import re
import warnings
from collections.abc import Iterator
from typing import Any

import openai

_CALL = re.compile(
    r'self\._(get|post|delete|get_api_list|put|patch)\(\s*(?:path_template\()?\s*"([^"]+)"'
    r"(.{0,300})",
    re.S,
)


def route(method: str, path: str) -> tuple[str, str]:
    """A route's key: the method, and the path with `{}` for every parameter."""
    return method, re.sub(r"\{[^}]+\}", "{}", path.partition("?")[0]) + (
        "?beta=true" if "?beta=true" in path else ""
    )


def _methods(
    resource: Any, prefix: str, seen: set[int], depth: int = 0
) -> Iterator[tuple[str, Any]]:
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
            yield prefix + name, value
        elif hasattr(value, "_client") and not isinstance(value, type):
            yield from _methods(value, f"{prefix}{name}.", seen, depth + 1)


def resolve(client: Any, dotted: str) -> Any:
    """The attribute `dotted` ("admin.organization.users.list") of an official client."""
    for part in dotted.split("."):
        client = getattr(client, part)
    return client


@functools.cache
def official_routes() -> dict[tuple[str, str], list[tuple[str, Any]]]:
    """route() -> the official methods that call it, as (dotted attribute path, method)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        client = openai.OpenAI(api_key="sk-x", admin_api_key="sk-x")
        routes: dict[tuple[str, str], list[tuple[str, Any]]] = {}
        for dotted, method in _methods(client, "", set()):
            try:
                source = inspect.getsource(method)
            except (OSError, TypeError):
                continue
            for verb, path, rest in _CALL.findall(source):
                http = {"get_api_list": "GET"}.get(verb, verb.upper())
                if verb == "get_api_list" and 'method="post"' in rest:
                    http = "POST"
                routes.setdefault(route(http, path), []).append((dotted, method))
    return routes
