"""
The normalize pass: turn the published OpenAI spec into one openapi-python-client can generate.

Every change is counted by kind so `make generate` can report what it did. The pass is pure: it
takes the parsed spec (a dict) and the overrides, and returns a new dict plus the counts. The
problems it fixes are listed in ../shared/openapi/CODEGEN-NOTES.md and codegen/README.md.
"""

from __future__ import annotations

import copy
import re
from collections import Counter
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "patch")

# Response content types that are bytes to the caller, not JSON.
BINARY_PREFIXES = ("application/octet-stream", "audio/", "video/", "image/", "application/zip")

# Schema keywords whose value is a single schema.
_SCHEMA_VALUED = ("items", "not", "additionalProperties", "contains", "propertyNames")
# Schema keywords whose value is a list of schemas.
_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
# Schema keywords whose value maps names to schemas.
_SCHEMA_MAPS = ("properties", "patternProperties", "$defs", "definitions")


class Normalizer:
    """Apply the fixes; `counts` tells how many of each kind were made."""

    def __init__(self, spec: dict[str, Any], overrides: dict[str, Any]) -> None:
        self.spec = copy.deepcopy(spec)
        self.overrides = overrides
        self.counts: Counter[str] = Counter()
        self.schemas: dict[str, Any] = self.spec.get("components", {}).get("schemas", {})

    # ---- entry point -------------------------------------------------------------------------

    def run(self) -> dict[str, Any]:
        """Return the normalized spec."""
        spec = self.spec
        for key in ("x-oaiMeta", "webhooks", "tags"):
            if spec.pop(key, None) is not None:
                self.counts[f"dropped top-level {key}"] += 1
        self._move_beta_paths()
        self._request_overrides()
        for schema in self.schemas.values():
            self._drop_sdk_only_properties(schema)
        for name, schema in list(self.schemas.items()):
            self.schemas[name] = self._schema(schema, name=name, top=True)
        self._hoist_nested_union_objects()
        for path, item in spec["paths"].items():
            for param in item.get("parameters", []):
                self._parameter(param)
            for method in HTTP_METHODS:
                if method in item:
                    self._operation(path, method, item[method])
        return spec

    def _drop_sdk_only_properties(self, node: Any) -> None:
        # A property marked `x-oaiSupportedSDKs` (Response.output_text) is computed by SDKs,
        # never sent by the API: the model class gets it as a property (codegen/templates/model_extras/).
        if isinstance(node, list):
            for item in node:
                self._drop_sdk_only_properties(item)
            return
        if not isinstance(node, dict):
            return
        properties = node.get("properties")
        if isinstance(properties, dict):
            for name, value in list(properties.items()):
                members = [*value.get("anyOf", []), value] if isinstance(value, dict) else []
                if any(isinstance(m, dict) and "x-oaiSupportedSDKs" in m for m in members):
                    del properties[name]
                    if name in node.get("required", []):
                        node["required"].remove(name)
                    self.counts["SDK-only properties dropped (computed by the model class)"] += 1
        for value in node.values():
            self._drop_sdk_only_properties(value)

    def _hoist_nested_union_objects(self) -> None:
        # openapi-python-client registers an inline object nested in an inline union member
        # twice when the union needs a second resolution round ("duplicate models"), so such
        # objects become components of their own.
        for name in list(self.schemas):
            schema = self.schemas[name]
            for key in ("anyOf", "oneOf"):
                for index, member in enumerate(schema.get(key, [])):
                    for prop, value in list(member.get("properties", {}).items()):
                        if isinstance(value, dict) and "properties" in value:
                            new = f"{name}Variant{index}{_pascal(prop)}"
                            self.schemas[new] = value
                            member["properties"][prop] = {"$ref": f"#/components/schemas/{new}"}
                            self.counts[
                                "inline objects in union members hoisted to components"
                            ] += 1

    # ---- paths and operations ----------------------------------------------------------------

    def _move_beta_paths(self) -> None:
        # `/responses?beta=true` is the beta twin of `/responses`. A path key with a query
        # string trips the generator, so the operation moves to `/beta/responses` (its catalog
        # id becomes `beta.responses.create`, as the official SDK's `client.beta.responses`)
        # and remembers the path it is sent to, query included.
        paths = self.spec["paths"]
        for path in [p for p in paths if "?" in p]:
            item = paths.pop(path)
            bare, _, query = path.partition("?")
            prefix = "/" + query.split("=", 1)[0]
            for method in HTTP_METHODS:
                if method in item:
                    op = item[method]
                    op.setdefault("x-oc", {})["wire_path"] = path
                    self.counts["beta operations moved under /beta (query kept on the wire)"] += 1
                    # The optional `openai-beta` header (a list the generator refuses in a
                    # header); callers add it with extra_header, as they would any header.
                    params = op.get("parameters", [])
                    op["parameters"] = [p for p in params if p.get("in") != "header"]
                    self.counts["beta header parameters left to extra_header"] += len(params) - len(
                        op["parameters"]
                    )
            paths[prefix + bare] = item

    def _request_overrides(self) -> None:
        # What the official SDK sends where the spec allows more than one thing (see
        # openapi/README.md): the one content type it uses, the body it sends when no file is
        # given, and the body fields it lets callers omit.
        content_types = self.overrides.get("request_content_types", {})
        alternatives = self.overrides.get("body_alternatives", {})
        optional = self.overrides.get("optional_body_fields", {})
        for item in self.spec["paths"].values():
            for method in HTTP_METHODS:
                op = item.get(method)
                if op is None:
                    continue
                op_id = op["operationId"]
                content = op.get("requestBody", {}).get("content", {})
                if op_id in content_types:
                    keep = content_types[op_id]
                    op["requestBody"]["content"] = {keep: content[keep]}
                    self.counts["request content types chosen by override"] += 1
                if op_id in alternatives:
                    op.setdefault("x-oc", {})["body_alternative"] = alternatives[op_id]
                    self.counts["bodies sent without a file as the official SDK does"] += 1
                for media in op.get("requestBody", {}).get("content", {}).values():
                    schema = self._resolve(media.get("schema", {}))
                    for name in optional.get(op_id, []):
                        if name in schema.get("required", []):
                            schema["required"].remove(name)
                            self.counts["required body fields made optional by override"] += 1

    def _operation(self, path: str, method: str, op: dict[str, Any]) -> None:
        op_id = op["operationId"]
        for key in ("summary", "description", "x-oaiMeta"):
            if op.pop(key, None) is not None:
                self.counts[f"operation {key} replaced by our own words"] += 1
        op["summary"] = f"{method.upper()} {path} (operation {op_id})."
        for param in op.get("parameters", []):
            self._parameter(param)
        meta = op.setdefault("x-oc", {})
        if "requestBody" in op:
            self._request_body(op_id, op["requestBody"], meta)
        meta["response_kind"] = "empty"
        media_types = [
            ct
            for code, response in op.get("responses", {}).items()
            if str(code).startswith("2")
            for ct in (response.get("content") or {})
            if ct != "text/event-stream"
        ]
        for code, response in list(op.get("responses", {}).items()):
            if not str(code).startswith("2"):
                del op["responses"][code]
                self.counts["non-2xx responses dropped (errors are mapped by the client)"] += 1
                continue
            self._response(op_id, response, meta)
        # The Accept header: JSON for JSON answers, the spec's media types for the others
        # (audio.speech: application/octet-stream), anything for answers without a body.
        if meta["response_kind"] == "json":
            meta["accept"] = "application/json"
        elif op_id in self.overrides.get("response_kinds", {}):
            meta["accept"] = "*/*"  # the spec's media types are the ones overridden
        else:
            meta["accept"] = ", ".join(dict.fromkeys(media_types)) or "*/*"

    def _parameter(self, param: dict[str, Any]) -> None:
        param.pop("description", None)
        param.pop("example", None)
        param.pop("examples", None)
        schema = param.get("schema")
        if isinstance(schema, dict):
            if "default" in schema:
                del schema["default"]
                self.counts["query/path parameter defaults dropped (not sent unless set)"] += 1
            param["schema"] = self._schema(schema)
            param["description"] = self._constraint_text(param["schema"]) or None
            if param["description"] is None:
                del param["description"]

    def _request_body(self, op_id: str, body: dict[str, Any], meta: dict[str, Any]) -> None:
        body.pop("description", None)
        content = body.get("content", {})
        if len(content) > 1:
            keep = "multipart/form-data" if "multipart/form-data" in content else "application/json"
            body["content"] = {keep: content[keep]}
            self.counts["request bodies reduced to one content type"] += 1
        for content_type, media in body["content"].items():
            encoding = media.get("encoding") or {}
            part_types = {k: v["contentType"] for k, v in encoding.items() if "contentType" in v}
            if part_types and content_type == "multipart/form-data":
                meta.setdefault("part_types", {}).update(part_types)
                self.counts["multipart part content types kept"] += len(part_types)
            if "schema" in media:
                media["schema"] = self._schema(media["schema"])
                if content_type == "multipart/form-data":
                    self._literal_members_to_strings(self._resolve(media["schema"]))
            media.pop("example", None)
            media.pop("examples", None)
            media.pop("encoding", None)

    def _response(self, op_id: str, response: dict[str, Any], meta: dict[str, Any]) -> None:
        response["description"] = "Success."
        response.pop("headers", None)
        content: dict[str, Any] = response.get("content") or {}
        if "text/event-stream" in content:
            meta["streamable"] = True
            del content["text/event-stream"]
            self.counts["event-stream responses marked streamable"] += 1
        forced = self.overrides.get("response_kinds", {}).get(op_id)
        binary = [ct for ct in content if ct.startswith(BINARY_PREFIXES)]
        if forced == "binary" or (binary and forced is None):
            meta["response_kind"] = "binary"
            response["content"] = {
                "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
            }
            self.counts["binary responses (bytes, not JSON)"] += 1
        elif "application/json" in content:
            meta["response_kind"] = "json"
            response["content"] = {"application/json": content["application/json"]}
            schema = content["application/json"].get("schema")
            if schema is not None:
                content["application/json"]["schema"] = self._schema(schema)
        elif content:
            meta["response_kind"] = "text"
            response["content"] = {"text/plain": {"schema": {"type": "string"}}}
            self.counts["text responses"] += 1
        else:
            response.pop("content", None)
        for media in response.get("content", {}).values():
            media.pop("example", None)
            media.pop("examples", None)

    # ---- schemas -----------------------------------------------------------------------------

    def _schema(self, schema: Any, name: str | None = None, top: bool = False) -> Any:
        if not isinstance(schema, dict):
            return schema
        if "$ref" in schema:
            extra = set(schema) - {"$ref"}
            for key in extra & {
                "description",
                "title",
                "default",
                "example",
                "examples",
                "nullable",
            }:
                if key == "nullable" and schema[key]:
                    self.counts["$ref with nullable rewritten as anyOf [ref, null]"] += 1
                    return {"anyOf": [{"$ref": schema["$ref"]}, {"type": "null"}]}
                schema.pop(key)
            if len(schema) > 1:
                return {"allOf": [{"$ref": schema.pop("$ref")}], **schema}
            return schema
        if "title" in schema and isinstance(schema["title"], str):
            del schema["title"]
            self.counts["schema titles dropped (they collide as class names)"] += 1
        for key in ("example", "examples", "x-oaiMeta", "x-oaiTypeLabel", "x-oaiExpandable"):
            schema.pop(key, None)
        if schema.get("additionalProperties") is False:
            # Forward compatibility: every model keeps (and sends back) fields it does not know.
            del schema["additionalProperties"]
            self.counts["`additionalProperties: false` dropped (unknown fields are kept)"] += 1
        self._fix_enum(schema)
        self._fix_nullable(schema)
        for key in _SCHEMA_VALUED:
            if isinstance(schema.get(key), dict):
                schema[key] = self._schema(schema[key])
        for key in _SCHEMA_LISTS:
            if isinstance(schema.get(key), list):
                schema[key] = [self._schema(s) for s in schema[key]]
        for key in _SCHEMA_MAPS:
            if isinstance(schema.get(key), dict):
                schema[key] = {k: self._schema(v) for k, v in schema[key].items()}
        schema = self._fix_all_of(schema)
        self._drop_required_alternatives(schema)
        self._fix_unions(schema)
        self._fix_required(schema)
        self._describe(schema, name)
        return schema

    def _fix_unions(self, schema: dict[str, Any]) -> None:
        for key in ("anyOf", "oneOf"):
            members = schema.get(key)
            if not isinstance(members, list):
                continue
            flat: list[Any] = []
            for member in members:
                nested = member.get(key) if isinstance(member, dict) else None
                if isinstance(nested, list) and set(member) <= {key, "description"}:
                    flat.extend(nested)
                    self.counts["nested unions flattened"] += 1
                else:
                    flat.append(member)
            members = flat
            if {"type": "string"} in members:
                # `string | "dall-e-2"` is just a string; the literal member only confuses
                # the generated multipart encoder (isinstance against a Literal).
                kept = [m for m in members if not _is_string_literal(m)]
                if len(kept) != len(members):
                    self.counts["string-literal union members folded into `string`"] += 1
                    members = kept
            arrays = [m for m in members if isinstance(m, dict) and m.get("type") == "array"]
            if len(arrays) > 1:
                # Two array members cannot be told apart by isinstance(list); one array of the
                # union of their items can.
                items = [m.get("items", {}) for m in arrays]
                merged = {"type": "array", "items": {"anyOf": items}}
                members = [m for m in members if m not in arrays]
                members.insert(0, merged)
                self.counts["union members that are arrays merged into one array"] += 1
            if len(members) == 1:
                del schema[key]
                schema.update(members[0])
            else:
                schema[key] = members

    def _literal_members_to_strings(self, schema: dict[str, Any]) -> None:
        """In multipart bodies every scalar is sent as text, so literal members are strings."""
        for prop in schema.get("properties", {}).values():
            for key in ("anyOf", "oneOf"):
                members = prop.get(key, [])
                for index, member in enumerate(members):
                    if _is_string_literal(member):
                        members[index] = {"type": "string"}
                        self.counts["multipart literal members sent as plain strings"] += 1
                if members:
                    self._fix_unions(prop)

    def _fix_enum(self, schema: dict[str, Any]) -> None:
        enum = schema.get("enum")
        if enum is None:
            return
        if enum == []:
            del schema["enum"]
            self.counts["empty enums dropped"] += 1
            return
        if isinstance(schema.get("default"), list) and schema.get("type") != "array":
            del schema["default"]
            self.counts["list defaults on scalar schemas dropped"] += 1
        values = [v for v in enum if v is not None]
        if None in enum:
            schema["enum"] = values
            schema["nullable"] = True
        if len(values) == 1 and isinstance(values[0], str):
            # A one-value enum is a tag (role, type, object): keep it strict so unions decode
            # by their tags, while multi-value enums stay open for new server values.
            del schema["enum"]
            schema["const"] = values[0]
            schema.setdefault("type", "string")
            schema.pop("default", None)
            self.counts["one-value enums turned into const tags"] += 1

    def _fix_nullable(self, schema: dict[str, Any]) -> None:
        if not schema.pop("nullable", False):
            return
        self.counts["OAS 3.0 nullable turned into 3.1 null types"] += 1
        if "enum" in schema:
            # A nullable enum lists null among its values (JSON Schema), so the generator
            # accepts None for it.
            schema["enum"] = [*schema["enum"], None]
            schema.pop("type", None)
            return
        typ = schema.get("type")
        if isinstance(typ, str):
            schema["type"] = [typ, "null"]
        elif isinstance(typ, list):
            if "null" not in typ:
                typ.append("null")
        else:
            inner = {k: schema.pop(k) for k in list(schema) if k not in ("description", "default")}
            if inner:
                schema["anyOf"] = [inner, {"type": "null"}]
            else:
                schema["type"] = "null"

    def _fix_all_of(self, schema: dict[str, Any]) -> dict[str, Any]:
        parts = schema.get("allOf")
        if not isinstance(parts, list):
            return schema
        nullable = [p for p in parts if p == {"type": "null"} or p.get("type") == ["null"]]
        parts = [p for p in parts if p not in nullable]
        if len(parts) == 1 and set(schema) - {"allOf", "description", "default"} == set():
            merged = dict(parts[0])
            self.counts["single-branch allOf unwrapped"] += 1
            if nullable:
                return {"anyOf": [merged, {"type": "null"}]}
            return merged
        if all(self._is_object_like(p) for p in parts):
            merged = {k: v for k, v in schema.items() if k != "allOf"}
            props: dict[str, Any] = dict(merged.pop("properties", {}))
            required: list[str] = list(merged.pop("required", []))
            for part in parts:
                resolved = self._resolve(part)
                for key, value in resolved.get("properties", {}).items():
                    props.setdefault(key, value)
                for key in resolved.get("required", []):
                    if key not in required:
                        required.append(key)
                for key in ("additionalProperties",):
                    if key in resolved:
                        merged.setdefault(key, resolved[key])
            merged["type"] = "object"
            merged["properties"] = props
            if required:
                merged["required"] = required
            self.counts["object allOfs flattened"] += 1
            if nullable:
                return {"anyOf": [merged, {"type": "null"}]}
            return merged
        return schema

    def _is_object_like(self, schema: dict[str, Any]) -> bool:
        resolved = self._resolve(schema)
        return resolved.get("type") == "object" or (
            "properties" in resolved and "anyOf" not in resolved and "oneOf" not in resolved
        )

    def _resolve(self, schema: dict[str, Any]) -> dict[str, Any]:
        seen = 0
        while "$ref" in schema and seen < 20:
            ref = schema["$ref"]
            schema = self.schemas[ref.rsplit("/", 1)[-1]]
            seen += 1
        if "allOf" in schema:
            schema = self._fix_all_of(dict(schema))
        return schema

    def _drop_required_alternatives(self, schema: dict[str, Any]) -> None:
        # `anyOf: [{required: [a]}, {required: [b]}]` next to `properties` ("give a or b") makes
        # the generator see a union with no fields at all; the fields stay, the choice is the
        # server's to check.
        for key in ("anyOf", "oneOf"):
            members = schema.get(key)
            if (
                isinstance(members, list)
                and "properties" in schema
                and all(isinstance(m, dict) and set(m) == {"required"} for m in members)
            ):
                del schema[key]
                self.counts["required-field alternatives (anyOf of `required`) dropped"] += 1

    def _fix_required(self, schema: dict[str, Any]) -> None:
        required = schema.get("required")
        if not isinstance(required, list):
            return
        props = schema.get("properties", {})
        # Providers that speak the OpenAI protocol often omit `object`; accept that.
        kept = [r for r in required if r != "object" or r not in props]
        if len(kept) != len(required):
            self.counts["`object` tags made optional (providers omit them)"] += 1
        # A required field that may be null (`refusal`, `logprobs`) is often left out by
        # compatible providers: missing then reads as UNSET instead of failing the parse.
        nullable = [r for r in kept if _is_nullable(props.get(r))]
        if nullable:
            kept = [r for r in kept if r not in nullable]
            self.counts["required nullable fields made optional (providers omit them)"] += len(
                nullable
            )
        if kept:
            schema["required"] = kept
        else:
            del schema["required"]

    # ---- our own words -----------------------------------------------------------------------

    def _describe(self, schema: dict[str, Any], name: str | None) -> None:
        had = schema.pop("description", None) is not None
        if had:
            self.counts["descriptions replaced by our own words"] += 1
        text = f"Schema `{name}`." if name else self._constraint_text(schema)
        if text:
            schema["description"] = text

    @staticmethod
    def _constraint_text(schema: dict[str, Any]) -> str:
        bits: list[str] = []
        if "minimum" in schema or "maximum" in schema:
            bits.append(f"Range {schema.get('minimum', '-inf')}..{schema.get('maximum', 'inf')}.")
        if "minLength" in schema or "maxLength" in schema:
            bits.append(f"Length {schema.get('minLength', 0)}..{schema.get('maxLength', 'any')}.")
        if "maxItems" in schema or "minItems" in schema:
            bits.append(f"Items {schema.get('minItems', 0)}..{schema.get('maxItems', 'any')}.")
        if "enum" in schema:
            bits.append("One of: " + ", ".join(repr(v) for v in schema["enum"]) + " (others kept).")
        if "const" in schema:
            bits.append(f"Always {schema['const']!r}.")
        if "pattern" in schema:
            bits.append(f"Pattern `{schema['pattern']}`.")
        if "default" in schema and not isinstance(schema["default"], (dict, list)):
            bits.append(f"Server default: {schema['default']!r}.")
        if schema.get("deprecated"):
            bits.append("Deprecated.")
        return " ".join(bits)


def normalize(
    spec: dict[str, Any], overrides: dict[str, Any]
) -> tuple[dict[str, Any], Counter[str]]:
    """Return the normalized spec and the count of each kind of change."""
    normalizer = Normalizer(spec, overrides)
    return normalizer.run(), normalizer.counts


def _is_nullable(schema: Any) -> bool:
    if not isinstance(schema, dict):
        return False
    typ = schema.get("type")
    if typ == "null" or (isinstance(typ, list) and "null" in typ):
        return True
    if None in schema.get("enum", []):
        return True
    return any(_is_nullable(m) for m in schema.get("anyOf", []) + schema.get("oneOf", []))


def _is_string_literal(schema: Any) -> bool:
    return (
        isinstance(schema, dict)
        and ("const" in schema or ("enum" in schema and schema.get("type") in ("string", None)))
        and set(schema) <= {"type", "const", "enum", "description", "x-stainless-const", "default"}
    )


def _pascal(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^0-9a-zA-Z]", name) if part)
