"""
Run Stoplight Prism (npm `@stoplight/prism-cli`) as a validating mock of the OpenAI spec.

Prism cannot compile the published spec as it is: OpenAPI 3.0 keywords in a 3.1 document
(`nullable: true`, boolean `exclusiveMinimum`) make ajv give up on some schemas, and Prism then
accepts anything for them; and it starts in ~25 s on the whole document. So the tests hand it a
prepared copy: only the operations they call and the components those reach, with `nullable`
turned into a `null` type and the boolean bounds into numbers. The YAML is read by js-yaml,
which comes with Prism (Python YAML parsers take ~30 s on this file).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import socket
import subprocess
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
TOOLS = ROOT / ".tools"
METHODS = ("get", "post", "put", "patch", "delete")


def find_prism() -> Path | None:
    """The Prism CLI from `make prism` (.tools/), else one on PATH."""
    local = TOOLS / "node_modules" / ".bin" / "prism"
    if local.exists():
        return local
    found = shutil.which("prism")
    return Path(found) if found else None


def find_spec() -> Path | None:
    """$OPENAPI_SPEC, openapi/openai.openapi.yaml, or ../shared/openapi/openai.openapi.yaml."""
    for candidate in (
        os.environ.get("OPENAPI_SPEC"),
        ROOT / "openapi" / "openai.openapi.yaml",
        ROOT.parent / "shared" / "openapi" / "openai.openapi.yaml",
    ):
        if candidate and Path(candidate).is_file():
            return Path(candidate)
    return None


def load_spec(spec: Path, prism: Path) -> dict[str, Any]:
    """Parse the YAML spec with the js-yaml that Prism installs (cached as JSON in .tools/)."""
    digest = hashlib.sha256(spec.read_bytes()).hexdigest()[:16]
    cache = TOOLS / f"spec-{digest}.json"
    if not cache.exists():
        # js-yaml is a dependency of Prism: next to a local install, or beside a global one.
        modules = TOOLS / "node_modules"
        if not (modules / "js-yaml").exists():
            modules = prism.resolve().parents[3]
        script = (
            "const yaml = require('js-yaml'); const fs = require('fs');"
            "fs.writeFileSync(process.argv[2],"
            " JSON.stringify(yaml.load(fs.readFileSync(process.argv[1], 'utf8'))));"
        )
        env = {**os.environ, "NODE_PATH": str(modules)}
        TOOLS.mkdir(exist_ok=True)
        tmp = cache.with_suffix(".tmp")
        subprocess.run(["node", "-e", script, str(spec), str(tmp)], check=True, env=env)
        tmp.replace(cache)
    loaded: dict[str, Any] = json.loads(cache.read_text(encoding="utf-8"))
    return loaded


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            yield ref
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def _fix_schema(node: Any) -> Any:
    """OpenAPI 3.0 keywords into their 3.1 (JSON Schema) forms, recursively."""
    if isinstance(node, list):
        return [_fix_schema(v) for v in node]
    if not isinstance(node, dict):
        return node
    node = {k: _fix_schema(v) for k, v in node.items()}
    for bound, exclusive in (("minimum", "exclusiveMinimum"), ("maximum", "exclusiveMaximum")):
        if isinstance(node.get(exclusive), bool):
            if node.pop(exclusive) and bound in node:
                node[exclusive] = node.pop(bound)
    if node.pop("nullable", False) is True:
        typ = node.get("type")
        if isinstance(typ, str):
            node["type"] = [typ, "null"]
        elif isinstance(typ, list):
            node["type"] = [*typ, "null"] if "null" not in typ else typ
        elif "enum" in node:
            node["enum"] = [*node["enum"], None]
        else:
            inner = {k: node.pop(k) for k in list(node) if k not in ("description", "default")}
            node["anyOf"] = [inner, {"type": "null"}]
    return node


def _resolve(components: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = components["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    return schema


def _array_member(components: dict[str, Any], prop: dict[str, Any]) -> dict[str, Any] | None:
    """The array form of a property (the property itself, or its array union member)."""
    if prop.get("type") == "array":
        return prop
    for member in prop.get("anyOf", []) + prop.get("oneOf", []):
        resolved = _resolve(components, member)
        if resolved.get("type") == "array":
            return resolved
    return None


def _official_form(
    schema: dict[str, Any], encoding: dict[str, Any], components: dict[str, Any]
) -> None:
    """
    Describe a multipart body the way the official SDK (and so ours) writes it: arrays as
    repeated `name[]` fields (one field reads as a single value). Prism reads neither brackets
    nor the spec's JSON-encoded parts, so a JSON part is checked as the text it is on the wire.
    """
    properties = schema.get("properties", {})
    required = schema.get("required", [])
    for name in list(properties):
        prop = _resolve(components, properties[name])
        array = _array_member(components, prop)
        if encoding.get(name, {}).get("contentType") == "application/json":
            properties[name] = {"type": "string", "contentMediaType": "application/json"}
        elif array is not None:
            items = array.get("items", {})
            properties[name + "[]"] = {"anyOf": [items, {**array, "items": items}]}
            if array is prop:
                del properties[name]
            if name in required:
                required.remove(name)
                either = {"anyOf": [{"required": [name]}, {"required": [name + "[]"]}]}
                schema.setdefault("allOf", []).append(either)


def prism_spec(
    spec: dict[str, Any],
    operations: Iterable[tuple[str, str]],
    optional: dict[str, list[str]] | None = None,
) -> dict[str, Any]:
    """
    The part of `spec` that `operations` ((METHOD, spec path key) pairs) need, fixed for Prism:
    requests only, multipart bodies as the official SDK encodes them, and the body fields
    `optional` (operationId -> names; openapi/overrides.json) lets callers omit.
    """
    optional = optional or {}
    wanted: dict[str, set[str]] = {}
    for method, path in operations:
        wanted.setdefault(path, set()).add(method.lower())
    paths: dict[str, Any] = {}
    components = json.loads(json.dumps(spec.get("components", {})))  # edited below
    for path, methods in wanted.items():
        item = json.loads(json.dumps(spec["paths"][path]))
        paths[path] = {k: v for k, v in item.items() if k not in METHODS or k in methods}
        for method in methods:
            op = paths[path][method]
            # Only requests are checked: an answer without a body keeps Prism fast.
            op["responses"] = {"200": {"description": "Request accepted."}}
            for content_type, media in op.get("requestBody", {}).get("content", {}).items():
                schema = _resolve(components, media.get("schema", {}))
                for name in optional.get(op["operationId"], []):
                    if name in schema.get("required", []):
                        schema["required"] = [r for r in schema["required"] if r != name]
                if content_type == "multipart/form-data":
                    _official_form(schema, media.get("encoding", {}), components)
    keep: dict[str, dict[str, Any]] = {}
    todo = list(_refs(paths))
    while todo:
        ref = todo.pop()
        match = re.fullmatch(r"#/components/([^/]+)/(.+)", ref)
        if match is None:
            continue
        kind, name = match.groups()
        if name in keep.setdefault(kind, {}):
            continue
        keep[kind][name] = components[kind][name]
        todo.extend(_refs(components[kind][name]))
    keep["securitySchemes"] = components.get("securitySchemes", {})
    prepared = {
        "openapi": spec["openapi"],
        "info": spec["info"],
        "security": spec.get("security", []),
        "paths": paths,
        "components": keep,
    }
    fixed: dict[str, Any] = _fix_schema(prepared)
    return fixed


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def running_prism(prism: Path, document: Path, startup_timeout: float = 90.0) -> Iterator[str]:
    """Start `prism mock` on 127.0.0.1 and yield its base URL; stop it afterwards."""
    port = free_port()
    log = document.with_suffix(".log")
    with log.open("wb") as out:
        process = subprocess.Popen(
            [str(prism), "mock", "-h", "127.0.0.1", "-p", str(port), str(document)],
            stdout=out,
            stderr=subprocess.STDOUT,
        )
        try:
            deadline = time.monotonic() + startup_timeout
            while b"Prism is listening" not in log.read_bytes():
                if process.poll() is not None or time.monotonic() > deadline:
                    tail = log.read_bytes()[-2000:].decode("utf-8", "replace")
                    raise RuntimeError(f"Prism did not start (exit {process.poll()}):\n{tail}")
                time.sleep(0.2)
            yield f"http://127.0.0.1:{port}"
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
