"""
Our requests against the official `openai` package's, call by call (DESIGN.md section 8).

Both SDKs send the same call through an httpx mock transport; the test compares method, path,
query pairs, Accept, the body's media type and the body itself (JSON value, or the multipart
parts as (name, filename, content-type, value)). The cases are in wire_cases.py.
"""

from __future__ import annotations

import dataclasses
import inspect
import warnings
from pathlib import Path
from typing import Any

import pytest
from wire_capture import BASE_URL, Recorder, Wire
from wire_cases import CASES, Case

from openai_core import Client

openai = pytest.importorskip("openai", reason="the official `openai` package is a dev dependency")

API_KEY = "sk-wire-test"


def ours(case: Case, directory: Path) -> Wire:
    recorder = Recorder()
    client = Client(
        api_key=API_KEY, base_url=BASE_URL, max_retries=0, http_client=recorder.http_client()
    )
    return recorder.one(lambda: case.ours(client, directory).send_raw())


def theirs(case: Case, directory: Path) -> Wire:
    recorder = Recorder()
    client = openai.OpenAI(
        api_key=API_KEY, admin_api_key=API_KEY, base_url=BASE_URL, max_retries=0,
        http_client=recorder.http_client(),
    )  # fmt: skip
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # deprecation warnings of the official package
        return recorder.one(lambda: case.theirs(client, directory))


# Downloads: the official package sends `Accept: application/binary` (not a registered media
# type); we send the spec's media types of the answer, or */* where the spec lists none that
# holds (file contents of any type).
OUR_ACCEPT = {
    "files.content": "*/*",
    "containers.files.content": "*/*",
    "videos.content": "video/mp4, image/webp, application/json",
    "skills.content": "application/zip, application/json",
    "skills.versions.content": "application/zip, application/json",
}


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_request_matches_official_package(case: Case, tmp_path: Path) -> None:
    mine, official = ours(case, tmp_path), theirs(case, tmp_path)
    if case.op_id in OUR_ACCEPT:
        assert (official.accept, mine.accept) == ("application/binary", OUR_ACCEPT[case.op_id])
        official = dataclasses.replace(official, accept=mine.accept)
    if mine != official:
        diff = [f"- {line}" for line in official.lines() if line not in mine.lines()]
        diff += [f"+ {line}" for line in mine.lines() if line not in official.lines()]
        pytest.fail(f"{case.name}: official (-) vs ours (+):\n" + "\n".join(diff))


def test_cases_cover_every_multipart_operation_and_namespace() -> None:
    from openai_core._generated.catalog import OPERATIONS

    covered = {case.op_id for case in CASES}
    # Not in the official package the cases compare with: see test_wire_encoding.py.
    missing_upstream = {"audio.voice_consents.create", "audio.voices.create"}
    multipart = {op.id for op in OPERATIONS.values() if op.body_kind == "multipart"}
    assert multipart - covered - missing_upstream == set()
    namespaces = {op_id.rsplit(".", 1)[0] for op_id in OPERATIONS}
    missing_upstream_namespaces = {
        "audio.voices",
        "audio.voice_consents",
        "realtime.translations.client_secrets",
    }
    assert namespaces - {c.rsplit(".", 1)[0] for c in covered} == missing_upstream_namespaces
    unknown = covered - set(OPERATIONS)
    assert unknown == set(), f"cases name operations the catalog lacks: {sorted(unknown)}"


def _bare_calls() -> list[tuple[str, str]]:
    """(catalog id, official method path) for every matched operation nothing else requires."""
    from official_routes import official_routes, route

    from openai_core._generated.catalog import OPERATIONS

    calls = []
    for op in sorted(OPERATIONS.values(), key=lambda op: op.id):
        if op.body_required or any(q.required for q in op.query_params):
            continue
        for dotted, method in official_routes().get(route(op.method, op.path), []):
            params = inspect.signature(method).parameters
            needed = {n for n, p in params.items() if p.default is inspect.Parameter.empty}
            if needed <= set(op.path_params):
                calls.append((op.id, dotted))
    return calls


@pytest.mark.parametrize(("op_id", "dotted"), _bare_calls())
def test_bare_call_matches_official_package(op_id: str, dotted: str, tmp_path: Path) -> None:
    """Every operation called with its path parameters only ("a/b" among them), both ways."""
    from official_routes import resolve

    from openai_core._generated.catalog import OPERATIONS

    op = OPERATIONS[op_id]
    args = {name: f"id{i}/{name}" for i, name in enumerate(op.path_params)}

    def our_call(client: Any, directory: Path) -> Any:
        namespace = client
        for part in op_id.split(".")[:-1]:
            namespace = getattr(namespace, part)
        return getattr(namespace, op_id.rsplit(".", 1)[1])(*args.values())

    case = Case(op_id, our_call, lambda o, d: resolve(o, dotted)(**args))
    mine, official = ours(case, tmp_path), theirs(case, tmp_path)
    if op_id in OUR_ACCEPT:
        official = dataclasses.replace(official, accept=mine.accept)
    assert mine == official
