"""
Prism's request validator accepts what we send (issue #11 part 5).

One `prism mock` (started once for the module, on 127.0.0.1) serves the spec's operations that
wire_cases.py calls; every case is sent by our Client and must not draw Prism's validation error
(422 problem+json naming what is wrong), an unknown route or a refused method. Two bad requests
show that the validator is on. Skips, saying why, when Prism (`make prism`, needs npm) or the
spec is missing.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from prism_support import ROOT, find_prism, find_spec, load_spec, prism_spec, running_prism
from wire_cases import CASES, Case

from openai_core import Client
from openai_core._generated.catalog import OPERATIONS

# Prism's problem types that mean "this request does not match the spec".
REFUSALS = (
    "UNPROCESSABLE_ENTITY",
    "NO_PATH_MATCHED_ERROR",
    "NO_METHOD_MATCHED_ERROR",
    "UNAUTHORIZED",
)


@pytest.fixture(scope="module")
def prism_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    prism, spec_path = find_prism(), find_spec()
    if prism is None:
        pytest.skip("Prism is not installed: `make prism` installs it into .tools/ (needs npm)")
    if spec_path is None:
        pytest.skip("no OpenAI spec: set OPENAPI_SPEC or provide ../shared/openapi/")
    overrides = json.loads((ROOT / "openapi" / "overrides.json").read_text(encoding="utf-8"))
    operations = {(OPERATIONS[c.op_id].method, OPERATIONS[c.op_id].path) for c in CASES}
    document = prism_spec(
        load_spec(spec_path, prism), operations, overrides.get("optional_body_fields", {})
    )
    path = tmp_path_factory.mktemp("prism") / "openai.prism.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    with running_prism(prism, path) as url:
        yield url


@pytest.fixture(scope="module")
def client(prism_url: str) -> Iterator[Client]:
    with Client(api_key="sk-prism-test", base_url=prism_url, max_retries=0) as client:
        yield client


def refusal(response: Any) -> str | None:
    """Prism's complaint about a request, or None when it accepted it."""
    if response.status_code < 400:
        return None
    try:
        problem = response.json()
    except ValueError:
        return None
    kind = str(problem.get("type", ""))
    if not kind.endswith(REFUSALS):
        return None
    found = [
        f"{'.'.join(map(str, v.get('location', [])))}: {v.get('message')}"
        for v in problem.get("validation", [])
    ]
    return f"{response.status_code} {kind.rsplit('#', 1)[-1]}: {'; '.join(found) or problem.get('detail')}"


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_prism_accepts_our_request(client: Client, case: Case, tmp_path: Path) -> None:
    response = case.ours(client, tmp_path).send_raw()
    complaint = refusal(response)
    assert complaint is None, f"{case.name}: Prism refused the request: {complaint}"


def test_prism_refuses_a_json_body_without_a_required_field(client: Client) -> None:
    response = client.chat.completions.create().body_value({"messages": []}).send_raw()
    complaint = refusal(response)
    assert complaint is not None and "model" in complaint


def test_prism_refuses_a_multipart_body_without_a_required_field(client: Client) -> None:
    response = client.files.create().body_value({"file": b"x"}).send_raw()
    complaint = refusal(response)
    assert complaint is not None and "purpose" in complaint
