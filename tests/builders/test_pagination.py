import httpx
import pytest
from conftest import close, make_client, resolve

from openai_core import AsyncPage, Page
from openai_core._builders.pagination import next_cursor


async def store(client, n):
    ids = []
    for i in range(n):
        builder = client.chat.completions.create(model="m").message_user(f"q{i}").store(True)
        ids.append((await resolve(builder.metadata({"run": "r1"}).send())).id)
    return ids


@pytest.mark.anyio
async def test_page_and_next_page(mode, fake):
    client = make_client(mode, fake)
    ids = await store(client, 3)

    page = await resolve(client.chat.completions.list().limit(2).send())
    second = await resolve(page.next_page())
    third = await resolve(second.next_page())

    assert isinstance(page, AsyncPage if mode == "async" else Page)
    assert ([c.id for c in page.data], page.has_more) == (ids[:2], True)
    assert ([c.id for c in second.data], second.has_more) == (ids[2:], False)
    assert third is None
    await close(client)


@pytest.mark.anyio
async def test_iter_all_walks_every_item_keeping_query_parameters(mode, fake):
    client = make_client(mode, fake)
    ids = await store(client, 5)
    builder = client.chat.completions.list().limit(2).order("asc").metadata({"run": "r1"})

    if mode == "sync":
        seen = [c.id for c in builder.iter_all()]
    else:
        seen = [c.id async for c in builder.iter_all()]

    lists = [r for r in fake.requests if r.method == "GET"]
    assert seen == ids
    assert len(lists) == 3
    assert all(r.query["limit"] == "2" and r.query["metadata[run]"] == "r1" for r in lists)
    assert [r.query.get("after") for r in lists] == [None, ids[1], ids[3]]
    await close(client)


def test_cursor_prefers_last_id_then_the_last_item_id():
    assert next_cursor({"has_more": True, "last_id": "L", "data": [{"id": "x"}]}) == "L"
    assert next_cursor({"has_more": True, "data": [{"id": "a"}, {"id": "b"}]}) == "b"


def test_no_cursor_when_has_more_is_false_or_no_ids():
    assert next_cursor({"has_more": False, "data": [{"id": "a"}]}) is None
    assert next_cursor({"has_more": True, "data": [{"name": "no id"}]}) is None
    assert next_cursor({"has_more": True, "data": []}) is None


def test_repeated_cursor_stops_the_walk():
    seen = set()

    assert next_cursor({"has_more": True, "last_id": "a"}, seen) == "a"
    assert next_cursor({"has_more": True, "last_id": "a"}, seen) is None


PAGE = {"object": "list", "first_id": "a", "last_id": "b", "has_more": True,
        "data": [{"id": "a", "object": "file", "bytes": 1, "created_at": 1, "filename": "f",
                  "purpose": "batch", "status": "processed"}]}  # fmt: skip


@pytest.mark.anyio
async def test_a_server_that_ignores_after_does_not_loop_forever(mode, httpx_mock):
    httpx_mock.add_response(json=PAGE, is_reusable=True)
    http = httpx.Client() if mode == "sync" else httpx.AsyncClient()
    client = make_client(mode, http_client=http)

    if mode == "sync":
        items = list(client.files.list().limit(1).iter_all())
    else:
        items = [f async for f in client.files.list().limit(1).iter_all()]

    assert [f.id for f in items] == ["a", "a"]
    assert len(httpx_mock.get_requests()) == 2
    await close(client)
