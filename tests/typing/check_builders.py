"""
Checked by mypy (tests/test_typed_builders.py runs it), never executed: every namespace and
builder is typed, setters take precise values and `send()` returns the operation's model.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from openai_core import (
    AssistantStream,
    AsyncAssistantStream,
    AsyncClient,
    AsyncPage,
    AsyncResponseStream,
    Client,
    Page,
    ResponseStream,
)
from openai_core._generated.models.batch import Batch
from openai_core._generated.models.chat_completion import ChatCompletion
from openai_core._generated.models.chat_completion_deleted import ChatCompletionDeleted
from openai_core._generated.models.create_embedding_request_encoding_format import (
    CreateEmbeddingRequestEncodingFormat,
)
from openai_core._generated.models.embedding_list import EmbeddingList
from openai_core._generated.models.file_expiration_after import FileExpirationAfter
from openai_core._generated.models.file_object import FileObject
from openai_core._generated.models.metadata_type_0 import MetadataType0
from openai_core._generated.models.vector_store_file_object import VectorStoreFileObject
from openai_core._response import ApiResponse


def sync_calls(client: Client, path: Path, expiry: FileExpirationAfter) -> None:
    batch: Batch = (
        client.batches.create()
        .input_file_id("file-1")
        .endpoint("/v1/chat/completions")
        .completion_window("24h")
        .metadata({"k": "v"})
        .send()
    )
    also_batch: Batch = client.batches.retrieve(batch.id).timeout(5.0).max_retries(0).send()
    cancelled: ApiResponse[Batch] = client.batches.cancel("b").send_with_meta()
    page: Page[Batch] = client.batches.list().limit(10).after("b").send()
    listed: list[str] = [b.id for b in client.batches.list().iter_all()]
    stored: Page[ChatCompletion] = client.chat.completions.list().order("desc").send()

    # Multipart: a path, bytes, an open file or a (name, content, type) tuple; a model or a dict.
    uploaded: FileObject = client.files.create().file(path).purpose("batch").send()
    client.files.create().file(b"data").purpose("anything-new").expires_after(expiry)
    client.files.create().file(io.BytesIO(b"x")).expires_after(
        {"anchor": "created_at", "seconds": 3600}
    )
    client.files.create(purpose="batch").file(("a.jsonl", b"{}", "application/jsonl"))
    content: bytes = client.files.content(uploaded.id).send()
    saved: Path = client.files.content(uploaded.id).send_to_file(path)

    # Enums take their literals or any string; nullable fields take None.
    embeddings: EmbeddingList = (
        client.embeddings.create()
        .model("text-embedding-3-small")
        .input(["a", "b"])
        .encoding_format("float")
        .dimensions(8)
        .send()
    )
    fmt: CreateEmbeddingRequestEncodingFormat = "base64"
    client.embeddings.create().encoding_format(fmt).input("one")
    client.chat.completions.update("c").metadata(None).metadata(MetadataType0())

    # Chat keeps its hand-written builder and extras.
    completion: ChatCompletion = (
        client.chat.completions.create().model("m").message_user("hi").send()
    )
    deleted: ChatCompletionDeleted = client.chat.completions.delete("c").send()
    client.chat.completions.messages.list("c").limit(5).order("asc")
    client.chat.completions.stream().model("m").message_user("hi")

    # Builders the extensions table gives a hand-written base keep their generated setters.
    events: ResponseStream[Any] = client.responses.create().model("m").input("hi").send_events()
    run: AssistantStream = client.threads.runs.create("t").assistant_id("a").send_events()
    print(events, run)

    # Deep namespaces; path parameters are positional or keywords.
    file: VectorStoreFileObject = client.vector_stores.files.retrieve("vs", "f").send()
    client.vector_stores.file_batches.files.list(vector_store_id="vs", batch_id="b").filter(
        "completed"
    )
    client.organization.audit_logs.list().event_types(["api_key.created"]).project_ids(["p"])

    # Every builder keeps set(name, value) and the shared options.
    client.batches.create().set("input_file_id", "f").extra_body("x", 1).extra_header("X-A", "1")
    print(
        batch,
        also_batch,
        cancelled,
        page,
        listed,
        stored,
        content,
        saved,
        embeddings,
        completion,
        deleted,
        file,
    )


async def async_calls(client: AsyncClient) -> None:
    batch: Batch = await client.batches.create().input_file_id("f").endpoint("/v1/responses").send()
    content: bytes = await client.files.content("f").send()
    completion: ChatCompletion = await client.chat.completions.create().model("m").send()
    file: VectorStoreFileObject = await client.vector_stores.files.retrieve("vs", "f").send()
    page: AsyncPage[Batch] = await client.batches.list().limit(2).send()
    ids: list[str] = [b.id async for b in client.batches.list().iter_all()]
    events: AsyncResponseStream[Any] = await client.responses.create().model("m").send_events()
    run: AsyncAssistantStream = await client.threads.create_and_run().send_events()
    print(batch, content, completion, file, page, ids, events, run)
