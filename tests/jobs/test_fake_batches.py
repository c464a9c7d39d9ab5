"""The fake provider's Batch API and rate limits, as a client sees them on the wire."""

from __future__ import annotations

import json

import httpx
import pytest

from openai_core.testing import FakeProvider

CHAT = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "hi there"}]}


@pytest.fixture
def http():
    fake = FakeProvider()
    with httpx.Client(transport=fake.transport(), base_url="http://fake/v1") as client:
        yield fake, client


def upload(client: httpx.Client, lines: list[dict]) -> str:
    content = "\n".join(json.dumps(line) for line in lines).encode()
    files = {"file": ("in.jsonl", content, "application/jsonl")}
    return client.post("/files", files=files, data={"purpose": "batch"}).json()["id"]


def line(custom_id: str, body: dict) -> dict:
    return {"custom_id": custom_id, "method": "POST", "url": "/v1/chat/completions", "body": body}


def test_a_batch_moves_one_status_per_poll_and_files_its_answers(http):
    _, client = http
    file_id = upload(client, [line("ok", CHAT), line("bad", {"messages": []})])
    created = client.post("/batches", json={"input_file_id": file_id, "completion_window": "24h",
                                            "endpoint": "/v1/chat/completions",
                                            "metadata": {"k": "v"}}).json()  # fmt: skip

    statuses = [client.get(f"/batches/{created['id']}").json()["status"] for _ in range(4)]
    final = client.get(f"/batches/{created['id']}").json()

    assert created["status"] == "validating" and created["metadata"] == {"k": "v"}
    assert statuses == ["in_progress", "finalizing", "completed", "completed"]
    assert final["request_counts"] == {"total": 2, "completed": 1, "failed": 1}
    output = client.get(f"/files/{final['output_file_id']}/content").content.splitlines()
    errors = client.get(f"/files/{final['error_file_id']}/content").content.splitlines()
    assert [json.loads(x)["custom_id"] for x in output] == ["ok"]
    assert json.loads(errors[0])["response"]["status_code"] == 400
    assert client.get("/batches").json()["data"][0]["id"] == created["id"]


def test_cancel_and_a_bad_input_file(http):
    _, client = http
    good = upload(client, [line("a", CHAT)])
    bad = upload(client, [{"custom_id": "a", "url": "/v1/embeddings", "body": {}}])
    body = {"completion_window": "24h", "endpoint": "/v1/chat/completions"}

    cancelled = client.post("/batches", json={**body, "input_file_id": good}).json()["id"]
    failed = client.post("/batches", json={**body, "input_file_id": bad}).json()["id"]
    client.post(f"/batches/{cancelled}/cancel")

    assert client.get(f"/batches/{cancelled}").json()["status"] == "cancelled"
    answer = client.get(f"/batches/{failed}").json()
    assert answer["status"] == "failed"
    assert answer["errors"]["data"][0]["line"] == 1
    assert client.post("/batches", json={**body, "input_file_id": "nope"}).status_code == 400


def test_rate_limits_announce_the_budget_then_answer_429(http):
    fake, client = http
    fake.rate_limit(requests=2, tokens=100, window=60.0)

    answers = [client.post("/chat/completions", json=CHAT) for _ in range(3)]

    assert [a.status_code for a in answers] == [200, 200, 429]
    assert [a.headers["x-ratelimit-remaining-requests"] for a in answers] == ["1", "0", "0"]
    assert answers[0].headers["x-ratelimit-remaining-tokens"] == "98"
    assert answers[0].headers["x-ratelimit-limit-requests"] == "2"
    assert float(answers[2].headers["retry-after-ms"]) > 0
    assert answers[2].json()["error"]["code"] == "rate_limit_exceeded"
    assert fake.rate_limited == 1


def test_reply_rate_limited_scripts_one_429(http):
    fake, client = http
    fake.reply_rate_limited(1.5)

    answer = client.post("/chat/completions", json=CHAT)

    assert answer.status_code == 429
    assert answer.headers["retry-after-ms"] == "1500"
    assert client.post("/chat/completions", json=CHAT).status_code == 200
