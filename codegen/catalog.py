"""
Derive the endpoint catalog's per-operation facts from the normalized spec.

The stable id of an operation comes from one rule over its path and method:

- the namespace is the path's literal segments, dotted (`/chat/completions/{id}/messages` ->
  `chat.completions.messages`), with `-` turned into `_`;
- the method name: a path ending in a parameter gives `retrieve` (GET), `update` (POST) or
  `delete` (DELETE); a path ending in a literal segment gives `list` (GET of a paginated list),
  `create` (POST), `delete` (DELETE); a literal segment right after a parameter that is not a
  collection (no GET list on the same path) is an action: `files.content`,
  `fine_tuning.jobs.cancel`;
- an id that equals another id's namespace, or that collides, is resolved in openapi/overrides.json
  (`ids`: operationId -> id), never by hand in generated code.
"""

from __future__ import annotations

from typing import Any, ClassVar

METHODS = ("get", "post", "delete", "put", "patch")


def _segments(path: str) -> list[str]:
    return [s for s in path.strip("/").split("/") if s]


def _is_param(segment: str) -> bool:
    return segment.startswith("{") and segment.endswith("}")


def _ident(segment: str) -> str:
    return segment.replace("-", "_").replace(".", "_").lower()


class CatalogMeta:
    """Compute ids, pagination and streaming facts for every operation of a normalized spec."""

    def __init__(self, spec: dict[str, Any], overrides: dict[str, Any]) -> None:
        self.spec = spec
        self.schemas: dict[str, Any] = spec.get("components", {}).get("schemas", {})
        self.id_overrides: dict[str, str] = overrides.get("ids", {})

    def resolve(self, schema: Any) -> dict[str, Any]:
        """Follow $refs (and single-branch wrappers) to a concrete schema."""
        for _ in range(20):
            if not isinstance(schema, dict):
                return {}
            if "$ref" in schema:
                schema = self.schemas.get(schema["$ref"].rsplit("/", 1)[-1], {})
            elif len(schema.get("allOf", [])) == 1:
                schema = schema["allOf"][0]
            else:
                return schema
        return {}

    def json_response_schema(self, op: dict[str, Any]) -> dict[str, Any]:
        for code, response in op.get("responses", {}).items():
            if str(code).startswith("2"):
                media = response.get("content", {}).get("application/json")
                if media:
                    return self.resolve(media.get("schema"))
        return {}

    def pagination(self, method: str, op: dict[str, Any]) -> str:
        if method != "get":
            return "none"
        names = {p.get("name") for p in op.get("parameters", []) if p.get("in") == "query"}
        props = self.json_response_schema(op).get("properties", {})
        if "after" in names and "data" in props and "has_more" in props:
            return "cursor"
        return "none"

    def is_list(self, path: str) -> bool:
        """Whether GET on this path answers a list object (`data` array)."""
        op = self.spec["paths"].get(path, {}).get("get")
        if op is None:
            return False
        schema = self.json_response_schema(op)
        data = self.resolve(schema.get("properties", {}).get("data"))
        return data.get("type") == "array" or "array" in (data.get("type") or [])

    def derive_id(self, path: str, method: str) -> str:
        """The rule of the module docstring, before namespace clashes are settled."""
        segments = _segments(path)
        literals = [_ident(s) for s in segments if not _is_param(s)]
        if _is_param(segments[-1]):
            verb = {"get": "retrieve", "post": "update", "delete": "delete"}.get(method, method)
            return ".".join([*literals, verb])
        action = len(segments) > 1 and _is_param(segments[-2]) and not self.is_list(path)
        if method == "get":
            verb = "list" if self.is_list(path) else ("" if action else "retrieve")
        elif method == "post":
            verb = "" if action else "create"
        else:
            verb = method
        return ".".join([*literals, verb]) if verb else ".".join(literals)

    _VERBS: ClassVar[dict[str, str]] = {"get": "retrieve", "post": "create", "delete": "delete"}

    def build(self) -> dict[str, dict[str, Any]]:
        """Return {"METHOD path": facts} for every operation."""
        entries: dict[str, dict[str, Any]] = {}
        for path, item in self.spec["paths"].items():
            for method in METHODS:
                op = item.get(method)
                if op is None:
                    continue
                meta = op.get("x-oc", {})
                entries[f"{method.upper()} {path}"] = {
                    "id": self.derive_id(path, method),
                    "method": method,
                    "path": meta.get("wire_path", path),
                    "accept": meta.get("accept", "application/json"),
                    "body_alternative": meta.get("body_alternative"),
                    "part_types": sorted(meta.get("part_types", {}).items()),
                    "operation_id": op["operationId"],
                    "streamable": bool(op.get("x-oc", {}).get("streamable")),
                    "response_kind": op.get("x-oc", {}).get("response_kind", "json"),
                    "pagination": self.pagination(method, op),
                }
        # An action id that is also a namespace (`vector_stores.file_batches` next to
        # `vector_stores.file_batches.retrieve`) takes its method's verb.
        namespaces = {e["id"].rsplit(".", 1)[0] for e in entries.values()}
        for entry in entries.values():
            if entry["id"] in namespaces:
                entry["id"] += "." + self._VERBS.get(entry["method"], entry["method"])
        for entry in entries.values():
            entry["id"] = self.id_overrides.get(entry["operation_id"], entry["id"])
        self.check_ids(entries)
        return entries

    @staticmethod
    def check_ids(entries: dict[str, dict[str, Any]]) -> None:
        """Fail loudly on ids that collide or that shadow a namespace."""
        by_id: dict[str, list[str]] = {}
        for key, entry in entries.items():
            by_id.setdefault(entry["id"], []).append(f"{key} ({entry['operation_id']})")
        problems = [f"id {i!r} is used by {', '.join(v)}" for i, v in by_id.items() if len(v) > 1]
        namespaces = {i.rsplit(".", 1)[0] for i in by_id if "." in i}
        for ns in sorted(namespaces):
            parts = ns.split(".")
            for n in range(1, len(parts) + 1):
                prefix = ".".join(parts[:n])
                if prefix in by_id:
                    problems.append(
                        f"id {prefix!r} ({by_id[prefix][0]}) is also a namespace of {ns!r}"
                    )
        if problems:
            raise SystemExit(
                "endpoint ids collide; resolve them in openapi/overrides.json `ids`:\n  "
                + "\n  ".join(sorted(set(problems)))
            )


def build_catalog_meta(
    spec: dict[str, Any], overrides: dict[str, Any]
) -> dict[str, dict[str, Any]]:
    """Return the per-operation catalog facts keyed by "METHOD path"."""
    return CatalogMeta(spec, overrides).build()
