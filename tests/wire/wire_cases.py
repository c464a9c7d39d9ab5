"""
The same calls written for openai_core and for the official `openai` package.

One entry per call: the catalog id, the call on our Client (returning a builder), and the call
on `openai.OpenAI`. Every multipart operation of the catalog is here (with files given as
(name, bytes, type) tuples, (name, bytes) tuples, bare bytes and paths), plus at least one
operation of every namespace, with array, object and boolean values wherever the operation takes
them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

TEXT = ("notes.txt", b"hello", "text/plain")
AUDIO = ("speech.mp3", b"ID3\x00fake", "audio/mpeg")
IMAGE = ("cat.png", b"\x89PNG fake", "image/png")
MASK = ("mask.png", b"\x89PNG mask", "image/png")
VIDEO = ("clip.mp4", b"\x00\x00\x00\x18ftypmp42", "video/mp4")
JSONL = ("batch.jsonl", b'{"a":1}\n')
SDP = "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\n"
MESSAGES = [{"role": "user", "content": "Hi"}]
TOOLS = [
    {
        "type": "function",
        "function": {"name": "f", "parameters": {"type": "object", "properties": {}}},
    }
]
SKILL_FILES = [("skill/SKILL.md", b"# skill", "text/markdown"), ("skill/run.py", b"print(1)")]


@dataclass(frozen=True)
class Case:
    """One call, written for both SDKs."""

    name: str  # the catalog id, with a suffix when an operation has several cases
    ours: Callable[[Any, Path], Any]  # (our Client, a directory with sample files) -> builder
    theirs: Callable[[Any, Path], Any]  # (openai.OpenAI, the same directory) -> result

    @property
    def op_id(self) -> str:
        return self.name.split(":", 1)[0]


def sample_file(directory: Path) -> Path:
    """A small file on disk, for the cases that upload a path."""
    path = directory / "report.json"
    path.write_bytes(b'{"ok": true}')
    return path


CASES: list[Case] = [
    # chat
    Case(
        "chat.completions.create",
        lambda c, d: c.chat.completions.create(
            model="gpt-4o-mini",
            messages=MESSAGES,
            temperature=0.2,
            tools=TOOLS,
            metadata={"k": "v"},
            stop=["x", "y"],
            logit_bias={"50256": -100},
            store=True,
        ),
        lambda o, d: o.chat.completions.create(
            model="gpt-4o-mini",
            messages=MESSAGES,
            temperature=0.2,
            tools=TOOLS,
            metadata={"k": "v"},
            stop=["x", "y"],
            logit_bias={"50256": -100},
            store=True,
        ),
    ),
    Case(
        "chat.completions.list",
        lambda c, d: c.chat.completions.list(
            model="m", metadata={"a": "b", "c": "d"}, limit=5, order="desc", after="x"
        ),
        lambda o, d: o.chat.completions.list(
            model="m", metadata={"a": "b", "c": "d"}, limit=5, order="desc", after="x"
        ),
    ),
    Case(
        "chat.completions.retrieve",
        lambda c, d: c.chat.completions.retrieve("cc/1"),
        lambda o, d: o.chat.completions.retrieve("cc/1"),
    ),
    Case(
        "chat.completions.update",
        lambda c, d: c.chat.completions.update("cc1", metadata={"a": "1"}),
        lambda o, d: o.chat.completions.update("cc1", metadata={"a": "1"}),
    ),
    Case(
        "chat.completions.delete",
        lambda c, d: c.chat.completions.delete("cc1"),
        lambda o, d: o.chat.completions.delete("cc1"),
    ),
    Case(
        "chat.completions.messages.list",
        lambda c, d: c.chat.completions.messages.list("cc1", limit=3, order="asc"),
        lambda o, d: o.chat.completions.messages.list("cc1", limit=3, order="asc"),
    ),
    # completions, embeddings, moderations, models
    Case(
        "completions.create",
        lambda c, d: c.completions.create(model="m", prompt=["a", "b"], max_tokens=3, echo=False),
        lambda o, d: o.completions.create(model="m", prompt=["a", "b"], max_tokens=3, echo=False),
    ),
    Case(
        "embeddings.create",
        lambda c, d: c.embeddings.create(
            input=["a", "b"], model="text-embedding-3-small", dimensions=8, encoding_format="float"
        ),
        lambda o, d: o.embeddings.create(
            input=["a", "b"], model="text-embedding-3-small", dimensions=8, encoding_format="float"
        ),
    ),
    Case(
        "moderations.create",
        lambda c, d: c.moderations.create(input="text", model="omni-moderation-latest"),
        lambda o, d: o.moderations.create(input="text", model="omni-moderation-latest"),
    ),
    Case("models.list", lambda c, d: c.models.list(), lambda o, d: o.models.list()),
    Case(
        "models.retrieve",
        lambda c, d: c.models.retrieve("ft:gpt-4o:org:x"),
        lambda o, d: o.models.retrieve("ft:gpt-4o:org:x"),
    ),
    Case("models.delete", lambda c, d: c.models.delete("m1"), lambda o, d: o.models.delete("m1")),
    # files and uploads
    Case(
        "files.create",
        lambda c, d: c.files.create(
            file=TEXT, purpose="assistants", expires_after={"anchor": "created_at", "seconds": 3600}
        ),
        lambda o, d: o.files.create(
            file=TEXT, purpose="assistants", expires_after={"anchor": "created_at", "seconds": 3600}
        ),
    ),
    Case(
        "files.create:path",
        lambda c, d: c.files.create(file=sample_file(d), purpose="user_data"),
        lambda o, d: o.files.create(file=sample_file(d), purpose="user_data"),
    ),
    Case(
        "files.create:bytes",
        lambda c, d: c.files.create(file=b"raw bytes", purpose="batch"),
        lambda o, d: o.files.create(file=b"raw bytes", purpose="batch"),
    ),
    Case(
        "files.create:pair",
        lambda c, d: c.files.create(file=JSONL, purpose="batch"),
        lambda o, d: o.files.create(file=JSONL, purpose="batch"),
    ),
    Case(
        "files.list",
        lambda c, d: c.files.list(purpose="batch", limit=2, order="asc", after="f0"),
        lambda o, d: o.files.list(purpose="batch", limit=2, order="asc", after="f0"),
    ),
    Case(
        "files.retrieve", lambda c, d: c.files.retrieve("f1"), lambda o, d: o.files.retrieve("f1")
    ),
    Case("files.delete", lambda c, d: c.files.delete("f1"), lambda o, d: o.files.delete("f1")),
    Case("files.content", lambda c, d: c.files.content("f1"), lambda o, d: o.files.content("f1")),
    Case(
        "uploads.create",
        lambda c, d: c.uploads.create(
            filename="a.jsonl", purpose="batch", bytes=10, mime_type="text/jsonl"
        ),
        lambda o, d: o.uploads.create(
            filename="a.jsonl", purpose="batch", bytes=10, mime_type="text/jsonl"
        ),
    ),
    Case(
        "uploads.parts.create",
        lambda c, d: c.uploads.parts.create("up1", data=b"chunk"),
        lambda o, d: o.uploads.parts.create("up1", data=b"chunk"),
    ),
    Case(
        "uploads.complete",
        lambda c, d: c.uploads.complete("up1", part_ids=["p1", "p2"], md5="abc"),
        lambda o, d: o.uploads.complete("up1", part_ids=["p1", "p2"], md5="abc"),
    ),
    Case(
        "uploads.cancel", lambda c, d: c.uploads.cancel("up1"), lambda o, d: o.uploads.cancel("up1")
    ),
    # batches
    Case(
        "batches.create",
        lambda c, d: c.batches.create(
            input_file_id="f1",
            endpoint="/v1/chat/completions",
            completion_window="24h",
            metadata={"k": "v"},
        ),
        lambda o, d: o.batches.create(
            input_file_id="f1",
            endpoint="/v1/chat/completions",
            completion_window="24h",
            metadata={"k": "v"},
        ),
    ),
    Case(
        "batches.list",
        lambda c, d: c.batches.list(limit=2, after="b0"),
        lambda o, d: o.batches.list(limit=2, after="b0"),
    ),
    Case(
        "batches.cancel", lambda c, d: c.batches.cancel("b1"), lambda o, d: o.batches.cancel("b1")
    ),
    # images
    Case(
        "images.generations.create",
        lambda c, d: c.images.generations.create(prompt="cat", n=1, size="1024x1024"),
        lambda o, d: o.images.generate(prompt="cat", n=1, size="1024x1024"),
    ),
    Case(
        "images.edits.create",
        lambda c, d: c.images.edits.create(image=IMAGE, mask=MASK, prompt="hat", n=2, stream=False),
        lambda o, d: o.images.edit(image=IMAGE, mask=MASK, prompt="hat", n=2, stream=False),
    ),
    Case(
        "images.edits.create:several",
        lambda c, d: c.images.edits.create(image=[IMAGE, MASK], prompt="hat", model="gpt-image-1"),
        lambda o, d: o.images.edit(image=[IMAGE, MASK], prompt="hat", model="gpt-image-1"),
    ),
    Case(
        "images.variations.create",
        lambda c, d: c.images.variations.create(image=IMAGE, n=2, size="256x256"),
        lambda o, d: o.images.create_variation(image=IMAGE, n=2, size="256x256"),
    ),
    # audio
    Case(
        "audio.speech.create",
        lambda c, d: c.audio.speech.create(model="tts-1", input="hi", voice="alloy", speed=1.5),
        lambda o, d: o.audio.speech.create(model="tts-1", input="hi", voice="alloy", speed=1.5),
    ),
    Case(
        "audio.transcriptions.create",
        lambda c, d: c.audio.transcriptions.create(
            file=AUDIO,
            model="gpt-4o-transcribe",
            include=["logprobs"],
            language="en",
            timestamp_granularities=["word", "segment"],
            temperature=0.0,
            chunking_strategy={"type": "server_vad", "threshold": 0.5},
            known_speaker_names=["ann", "bob"],
            stream=False,
        ),
        lambda o, d: o.audio.transcriptions.create(
            file=AUDIO,
            model="gpt-4o-transcribe",
            include=["logprobs"],
            language="en",
            timestamp_granularities=["word", "segment"],
            temperature=0.0,
            chunking_strategy={"type": "server_vad", "threshold": 0.5},
            known_speaker_names=["ann", "bob"],
            stream=False,
        ),
    ),
    Case(
        "audio.transcriptions.create:auto",
        lambda c, d: c.audio.transcriptions.create(
            file=AUDIO, model="whisper-1", chunking_strategy="auto", response_format="verbose_json"
        ),
        lambda o, d: o.audio.transcriptions.create(
            file=AUDIO, model="whisper-1", chunking_strategy="auto", response_format="verbose_json"
        ),
    ),
    Case(
        "audio.translations.create",
        lambda c, d: c.audio.translations.create(file=AUDIO, model="whisper-1", prompt="p"),
        lambda o, d: o.audio.translations.create(file=AUDIO, model="whisper-1", prompt="p"),
    ),
    # assistants and threads (beta in the official package)
    Case(
        "assistants.create",
        lambda c, d: c.assistants.create(
            model="gpt-4o", name="a", tools=[{"type": "code_interpreter"}], temperature=0.5
        ),
        lambda o, d: o.beta.assistants.create(
            model="gpt-4o", name="a", tools=[{"type": "code_interpreter"}], temperature=0.5
        ),
    ),
    Case(
        "assistants.list",
        lambda c, d: c.assistants.list(limit=3, order="desc", before="a0"),
        lambda o, d: o.beta.assistants.list(limit=3, order="desc", before="a0"),
    ),
    Case(
        "threads.create",
        lambda c, d: c.threads.create(messages=MESSAGES, metadata={"k": "v"}),
        lambda o, d: o.beta.threads.create(messages=MESSAGES, metadata={"k": "v"}),
    ),
    Case(
        "threads.messages.list",
        lambda c, d: c.threads.messages.list("t1", limit=2, run_id="r1"),
        lambda o, d: o.beta.threads.messages.list("t1", limit=2, run_id="r1"),
    ),
    Case(
        "threads.runs.create",
        lambda c, d: c.threads.runs.create(
            "t1",
            assistant_id="a1",
            include=["step_details.tool_calls[*].file_search.results[*].content"],
            temperature=0.1,
        ),
        lambda o, d: o.beta.threads.runs.create(
            "t1",
            assistant_id="a1",
            include=["step_details.tool_calls[*].file_search.results[*].content"],
            temperature=0.1,
        ),
    ),
    Case(
        "threads.runs.steps.list",
        lambda c, d: c.threads.runs.steps.list(
            "t1",
            "r1",
            include=["step_details.tool_calls[*].file_search.results[*].content"],
            limit=1,
        ),
        lambda o, d: o.beta.threads.runs.steps.list(
            "r1",
            thread_id="t1",
            include=["step_details.tool_calls[*].file_search.results[*].content"],
            limit=1,
        ),
    ),
    Case(
        "threads.runs.submit_tool_outputs",
        lambda c, d: c.threads.runs.submit_tool_outputs(
            "t1", "r1", tool_outputs=[{"tool_call_id": "c1", "output": "42"}]
        ),
        lambda o, d: o.beta.threads.runs.submit_tool_outputs(
            "r1", thread_id="t1", tool_outputs=[{"tool_call_id": "c1", "output": "42"}]
        ),
    ),
    # vector stores
    Case(
        "vector_stores.create",
        lambda c, d: c.vector_stores.create(name="vs", file_ids=["f1"], metadata={"k": "v"}),
        lambda o, d: o.vector_stores.create(name="vs", file_ids=["f1"], metadata={"k": "v"}),
    ),
    Case(
        "vector_stores.search",
        lambda c, d: c.vector_stores.search(
            "vs1",
            query="q",
            max_num_results=3,
            rewrite_query=True,
            filters={"type": "eq", "key": "a", "value": 1},
        ),
        lambda o, d: o.vector_stores.search(
            "vs1",
            query="q",
            max_num_results=3,
            rewrite_query=True,
            filters={"type": "eq", "key": "a", "value": 1},
        ),
    ),
    Case(
        "vector_stores.files.list",
        lambda c, d: c.vector_stores.files.list("vs1", filter="completed", limit=4),
        lambda o, d: o.vector_stores.files.list("vs1", filter="completed", limit=4),
    ),
    Case(
        "vector_stores.files.create",
        lambda c, d: c.vector_stores.files.create("vs1", file_id="f1", attributes={"a": True}),
        lambda o, d: o.vector_stores.files.create("vs1", file_id="f1", attributes={"a": True}),
    ),
    Case(
        "vector_stores.file_batches.create",
        lambda c, d: c.vector_stores.file_batches.create(
            "vs1", file_ids=["f1", "f2"], attributes={"k": "v"}
        ),
        lambda o, d: o.vector_stores.file_batches.create(
            "vs1", file_ids=["f1", "f2"], attributes={"k": "v"}
        ),
    ),
    Case(
        "vector_stores.file_batches.files.list",
        lambda c, d: c.vector_stores.file_batches.files.list("vs1", "fb1", filter="failed"),
        lambda o, d: o.vector_stores.file_batches.list_files(
            "fb1", vector_store_id="vs1", filter="failed"
        ),
    ),
    # fine-tuning
    Case(
        "fine_tuning.jobs.create",
        lambda c, d: c.fine_tuning.jobs.create(
            model="gpt-4o-mini", training_file="f1", suffix="x", metadata={"k": "v"}, seed=1
        ),
        lambda o, d: o.fine_tuning.jobs.create(
            model="gpt-4o-mini", training_file="f1", suffix="x", metadata={"k": "v"}, seed=1
        ),
    ),
    Case(
        "fine_tuning.jobs.list",
        lambda c, d: c.fine_tuning.jobs.list(limit=2, metadata={"k": "v"}),
        lambda o, d: o.fine_tuning.jobs.list(limit=2, metadata={"k": "v"}),
    ),
    Case(
        "fine_tuning.jobs.cancel",
        lambda c, d: c.fine_tuning.jobs.cancel("ft1"),
        lambda o, d: o.fine_tuning.jobs.cancel("ft1"),
    ),
    Case(
        "fine_tuning.jobs.events.list",
        lambda c, d: c.fine_tuning.jobs.events.list("ft1", limit=2),
        lambda o, d: o.fine_tuning.jobs.list_events("ft1", limit=2),
    ),
    Case(
        "fine_tuning.jobs.checkpoints.list",
        lambda c, d: c.fine_tuning.jobs.checkpoints.list("ft1", after="c0"),
        lambda o, d: o.fine_tuning.jobs.checkpoints.list("ft1", after="c0"),
    ),
    Case(
        "fine_tuning.checkpoints.permissions.create",
        lambda c, d: c.fine_tuning.checkpoints.permissions.create("ckpt", project_ids=["p1", "p2"]),
        lambda o, d: o.fine_tuning.checkpoints.permissions.create("ckpt", project_ids=["p1", "p2"]),
    ),
    Case(
        "fine_tuning.alpha.graders.validate",
        lambda c, d: c.fine_tuning.alpha.graders.validate(
            grader={
                "type": "string_check",
                "name": "g",
                "input": "a",
                "reference": "b",
                "operation": "eq",
            }
        ),
        lambda o, d: o.fine_tuning.alpha.graders.validate(
            grader={
                "type": "string_check",
                "name": "g",
                "input": "a",
                "reference": "b",
                "operation": "eq",
            }
        ),
    ),
    # evals
    Case(
        "evals.create",
        lambda c, d: c.evals.create(
            data_source_config={"type": "custom", "item_schema": {"type": "object"}},
            testing_criteria=[
                {
                    "type": "string_check",
                    "name": "g",
                    "input": "a",
                    "reference": "b",
                    "operation": "eq",
                }
            ],
        ),
        lambda o, d: o.evals.create(
            data_source_config={"type": "custom", "item_schema": {"type": "object"}},
            testing_criteria=[
                {
                    "type": "string_check",
                    "name": "g",
                    "input": "a",
                    "reference": "b",
                    "operation": "eq",
                }
            ],
        ),
    ),
    Case(
        "evals.list",
        lambda c, d: c.evals.list(limit=2, order_by="updated_at"),
        lambda o, d: o.evals.list(limit=2, order_by="updated_at"),
    ),
    Case(
        "evals.runs.list",
        lambda c, d: c.evals.runs.list("e1", status="completed"),
        lambda o, d: o.evals.runs.list("e1", status="completed"),
    ),
    Case(
        "evals.runs.cancel",
        lambda c, d: c.evals.runs.cancel("e1", "r1"),
        lambda o, d: o.evals.runs.cancel("r1", eval_id="e1"),
    ),
    Case(
        "evals.runs.output_items.list",
        lambda c, d: c.evals.runs.output_items.list("e1", "r1", status="fail", limit=2),
        lambda o, d: o.evals.runs.output_items.list("r1", eval_id="e1", status="fail", limit=2),
    ),
    # containers
    Case(
        "containers.create",
        lambda c, d: c.containers.create(
            name="c", file_ids=["f1"], expires_after={"anchor": "last_active_at", "minutes": 20}
        ),
        lambda o, d: o.containers.create(
            name="c", file_ids=["f1"], expires_after={"anchor": "last_active_at", "minutes": 20}
        ),
    ),
    Case(
        "containers.list",
        lambda c, d: c.containers.list(limit=2, name="c"),
        lambda o, d: o.containers.list(limit=2, name="c"),
    ),
    Case(
        "containers.files.create",
        lambda c, d: c.containers.files.create("c1", file=TEXT),
        lambda o, d: o.containers.files.create("c1", file=TEXT),
    ),
    Case(
        "containers.files.create:file_id",
        lambda c, d: c.containers.files.create("c1", file_id="f1"),
        lambda o, d: o.containers.files.create("c1", file_id="f1"),
    ),
    Case(
        "containers.files.create:empty",
        lambda c, d: c.containers.files.create("c1"),
        lambda o, d: o.containers.files.create("c1"),
    ),
    Case(
        "containers.files.content",
        lambda c, d: c.containers.files.content("c1", "f1"),
        lambda o, d: o.containers.files.content.retrieve("f1", container_id="c1"),
    ),
    # conversations
    Case(
        "conversations.create",
        lambda c, d: c.conversations.create(
            items=[{"type": "message", "role": "user", "content": "x"}], metadata={"k": "v"}
        ),
        lambda o, d: o.conversations.create(
            items=[{"type": "message", "role": "user", "content": "x"}], metadata={"k": "v"}
        ),
    ),
    Case(
        "conversations.items.create",
        lambda c, d: c.conversations.items.create(
            "conv1",
            items=[{"type": "message", "role": "user", "content": "x"}],
            include=["message.output_text.logprobs"],
        ),
        lambda o, d: o.conversations.items.create(
            "conv1",
            items=[{"type": "message", "role": "user", "content": "x"}],
            include=["message.output_text.logprobs"],
        ),
    ),
    Case(
        "conversations.items.list",
        lambda c, d: c.conversations.items.list(
            "conv1",
            include=["message.output_text.logprobs", "reasoning.encrypted_content"],
            limit=2,
        ),
        lambda o, d: o.conversations.items.list(
            "conv1",
            include=["message.output_text.logprobs", "reasoning.encrypted_content"],
            limit=2,
        ),
    ),
    Case(
        "conversations.items.retrieve",
        lambda c, d: c.conversations.items.retrieve(
            "conv1", "i1", include=["message.output_text.logprobs"]
        ),
        lambda o, d: o.conversations.items.retrieve(
            "i1", conversation_id="conv1", include=["message.output_text.logprobs"]
        ),
    ),
    # responses
    Case(
        "responses.create",
        lambda c, d: c.responses.create(
            model="gpt-4o",
            input="hi",
            instructions="be brief",
            max_output_tokens=20,
            include=["reasoning.encrypted_content"],
            store=False,
        ),
        lambda o, d: o.responses.create(
            model="gpt-4o",
            input="hi",
            instructions="be brief",
            max_output_tokens=20,
            include=["reasoning.encrypted_content"],
            store=False,
        ),
    ),
    Case(
        "responses.retrieve",
        lambda c, d: c.responses.retrieve(
            "resp1", include=["reasoning.encrypted_content", "message.output_text.logprobs"]
        ),
        lambda o, d: o.responses.retrieve(
            "resp1", include=["reasoning.encrypted_content", "message.output_text.logprobs"]
        ),
    ),
    Case(
        "responses.delete",
        lambda c, d: c.responses.delete("resp1"),
        lambda o, d: o.responses.delete("resp1"),
    ),
    Case(
        "responses.cancel",
        lambda c, d: c.responses.cancel("resp1"),
        lambda o, d: o.responses.cancel("resp1"),
    ),
    Case(
        "responses.input_items.list",
        lambda c, d: c.responses.input_items.list(
            "resp1", include=["file_search_call.results"], limit=2
        ),
        lambda o, d: o.responses.input_items.list(
            "resp1", include=["file_search_call.results"], limit=2
        ),
    ),
    Case(
        "responses.input_tokens.count",
        lambda c, d: c.responses.input_tokens.count(model="gpt-4o", input="hi"),
        lambda o, d: o.responses.input_tokens.count(model="gpt-4o", input="hi"),
    ),
    Case(
        "responses.compact",
        lambda c, d: c.responses.compact(model="gpt-4o", previous_response_id="resp1"),
        lambda o, d: o.responses.compact(model="gpt-4o", previous_response_id="resp1"),
    ),
    # beta responses (the spec's `?beta=true` paths)
    Case(
        "beta.responses.create",
        lambda c, d: c.beta.responses.create(model="gpt-4o", input="hi"),
        lambda o, d: o.beta.responses.create(model="gpt-4o", input="hi"),
    ),
    Case(
        "beta.responses.retrieve",
        lambda c, d: c.beta.responses.retrieve("resp1", include=["reasoning.encrypted_content"]),
        lambda o, d: o.beta.responses.retrieve("resp1", include=["reasoning.encrypted_content"]),
    ),
    Case(
        "beta.responses.delete",
        lambda c, d: c.beta.responses.delete("resp1"),
        lambda o, d: o.beta.responses.delete("resp1"),
    ),
    Case(
        "beta.responses.cancel",
        lambda c, d: c.beta.responses.cancel("resp1"),
        lambda o, d: o.beta.responses.cancel("resp1"),
    ),
    Case(
        "beta.responses.compact",
        lambda c, d: c.beta.responses.compact(model="gpt-4o", previous_response_id="resp1"),
        lambda o, d: o.beta.responses.compact(model="gpt-4o", previous_response_id="resp1"),
    ),
    Case(
        "beta.responses.input_items.list",
        lambda c, d: c.beta.responses.input_items.list("resp1", limit=2),
        lambda o, d: o.beta.responses.input_items.list("resp1", limit=2),
    ),
    Case(
        "beta.responses.input_tokens.count",
        lambda c, d: c.beta.responses.input_tokens.count(model="gpt-4o", input="hi"),
        lambda o, d: o.beta.responses.input_tokens.count(model="gpt-4o", input="hi"),
    ),
    # realtime
    Case(
        "realtime.calls.create",
        lambda c, d: c.realtime.calls.create(sdp=SDP),
        lambda o, d: o.realtime.calls.create(sdp=SDP),
    ),
    Case(
        "realtime.calls.create:session",
        lambda c, d: c.realtime.calls.create(
            sdp=SDP, session={"type": "realtime", "model": "gpt-realtime"}
        ),
        lambda o, d: o.realtime.calls.create(
            sdp=SDP, session={"type": "realtime", "model": "gpt-realtime"}
        ),
    ),
    Case(
        "realtime.calls.accept",
        lambda c, d: c.realtime.calls.accept("call1", type="realtime", instructions="hi"),
        lambda o, d: o.realtime.calls.accept("call1", type="realtime", instructions="hi"),
    ),
    Case(
        "realtime.calls.hangup",
        lambda c, d: c.realtime.calls.hangup("call1"),
        lambda o, d: o.realtime.calls.hangup("call1"),
    ),
    Case(
        "realtime.calls.reject",
        lambda c, d: c.realtime.calls.reject("call1", status_code=486),
        lambda o, d: o.realtime.calls.reject("call1", status_code=486),
    ),
    Case(
        "realtime.client_secrets.create",
        lambda c, d: c.realtime.client_secrets.create(
            expires_after={"anchor": "created_at", "seconds": 600},
            session={"type": "realtime", "model": "gpt-realtime"},
        ),
        lambda o, d: o.realtime.client_secrets.create(
            expires_after={"anchor": "created_at", "seconds": 600},
            session={"type": "realtime", "model": "gpt-realtime"},
        ),
    ),
    # videos
    Case(
        "videos.create",
        lambda c, d: c.videos.create(prompt="a cat", model="sora-2", seconds="4", size="720x1280"),
        lambda o, d: o.videos.create(prompt="a cat", model="sora-2", seconds="4", size="720x1280"),
    ),
    Case(
        "videos.create:reference",
        lambda c, d: c.videos.create(prompt="a cat", input_reference=IMAGE),
        lambda o, d: o.videos.create(prompt="a cat", input_reference=IMAGE),
    ),
    Case(
        "videos.remix",
        lambda c, d: c.videos.remix("v1", prompt="now a dog"),
        lambda o, d: o.videos.remix("v1", prompt="now a dog"),
    ),
    Case(
        "videos.edits.create",
        lambda c, d: c.videos.edits.create(video=VIDEO, prompt="brighter"),
        lambda o, d: o.videos.edit(video=VIDEO, prompt="brighter"),
    ),
    Case(
        "videos.extensions.create",
        lambda c, d: c.videos.extensions.create(video=VIDEO, prompt="longer", seconds="8"),
        lambda o, d: o.videos.extend(video=VIDEO, prompt="longer", seconds="8"),
    ),
    Case(
        "videos.characters.create",
        lambda c, d: c.videos.characters.create(video=VIDEO, name="Kit"),
        lambda o, d: o.videos.create_character(video=VIDEO, name="Kit"),
    ),
    Case(
        "videos.list",
        lambda c, d: c.videos.list(limit=2, order="asc"),
        lambda o, d: o.videos.list(limit=2, order="asc"),
    ),
    Case(
        "videos.content",
        lambda c, d: c.videos.content("v1", variant="thumbnail"),
        lambda o, d: o.videos.download_content("v1", variant="thumbnail"),
    ),
    # skills
    Case(
        "skills.create",
        lambda c, d: c.skills.create(files=SKILL_FILES),
        lambda o, d: o.skills.create(files=SKILL_FILES),
    ),
    Case(
        "skills.create:one",
        lambda c, d: c.skills.create(files=[("skill.zip", b"PK\x03\x04", "application/zip")]),
        lambda o, d: o.skills.create(files=[("skill.zip", b"PK\x03\x04", "application/zip")]),
    ),
    Case("skills.create:empty", lambda c, d: c.skills.create(), lambda o, d: o.skills.create()),
    Case(
        "skills.versions.create",
        lambda c, d: c.skills.versions.create("sk1", files=SKILL_FILES, default=True),
        lambda o, d: o.skills.versions.create("sk1", files=SKILL_FILES, default=True),
    ),
    Case(
        "skills.update",
        lambda c, d: c.skills.update("sk1", default_version="2"),
        lambda o, d: o.skills.update("sk1", default_version="2"),
    ),
    Case(
        "skills.content",
        lambda c, d: c.skills.content("sk1"),
        lambda o, d: o.skills.content.retrieve("sk1"),
    ),
    # content provenance
    Case(
        "content_provenance_checks.create",
        lambda c, d: c.content_provenance_checks.create(file=IMAGE),
        lambda o, d: o.content_provenance_checks.create(file=IMAGE),
    ),
    # chatkit (beta in the official package)
    Case(
        "chatkit.sessions.create",
        lambda c, d: c.chatkit.sessions.create(user="u1", workflow={"id": "wf1"}),
        lambda o, d: o.beta.chatkit.sessions.create(user="u1", workflow={"id": "wf1"}),
    ),
    Case(
        "chatkit.threads.list",
        lambda c, d: c.chatkit.threads.list(limit=2, user="u1"),
        lambda o, d: o.beta.chatkit.threads.list(limit=2, user="u1"),
    ),
    Case(
        "projects.roles.list",
        lambda c, d: c.projects.roles.list("p1", limit=2, order="asc"),
        lambda o, d: o.admin.organization.projects.roles.list("p1", limit=2, order="asc"),
    ),
    # organization (admin in the official package)
    Case(
        "organization.audit_logs.list",
        lambda c, d: c.organization.audit_logs.list(
            event_types=["project.created", "user.added"],
            project_ids=["p1"],
            limit=3,
            effective_at={"gte": 1, "lt": 5},
        ),
        lambda o, d: o.admin.organization.audit_logs.list(
            event_types=["project.created", "user.added"],
            project_ids=["p1"],
            limit=3,
            effective_at={"gte": 1, "lt": 5},
        ),
    ),
    Case(
        "organization.usage.completions.list",
        lambda c, d: c.organization.usage.completions.list(
            start_time=1, group_by=["model", "project_id"], models=["gpt-4o"], batch=True
        ),
        lambda o, d: o.admin.organization.usage.completions(
            start_time=1, group_by=["model", "project_id"], models=["gpt-4o"], batch=True
        ),
    ),
    Case(
        "organization.users.list",
        lambda c, d: c.organization.users.list(emails=["a@x.io", "b@x.io"], limit=2),
        lambda o, d: o.admin.organization.users.list(emails=["a@x.io", "b@x.io"], limit=2),
    ),
    Case(
        "organization.invites.create",
        lambda c, d: c.organization.invites.create(
            email="a@x.io", role="reader", projects=[{"id": "p1", "role": "member"}]
        ),
        lambda o, d: o.admin.organization.invites.create(
            email="a@x.io", role="reader", projects=[{"id": "p1", "role": "member"}]
        ),
    ),
    Case(
        "organization.admin_api_keys.create",
        lambda c, d: c.organization.admin_api_keys.create(name="k", expires_in_seconds=60),
        lambda o, d: o.admin.organization.admin_api_keys.create(name="k", expires_in_seconds=60),
    ),
    Case(
        "organization.certificates.activate",
        lambda c, d: c.organization.certificates.activate(certificate_ids=["c1", "c2"]),
        lambda o, d: o.admin.organization.certificates.activate(certificate_ids=["c1", "c2"]),
    ),
    Case(
        "organization.certificates.retrieve",
        lambda c, d: c.organization.certificates.retrieve("c1", include=["content"]),
        lambda o, d: o.admin.organization.certificates.retrieve("c1", include=["content"]),
    ),
    Case(
        "organization.costs.list",
        lambda c, d: c.organization.costs.list(
            start_time=1, group_by=["project_id", "line_item"], project_ids=["p1"], limit=7
        ),
        lambda o, d: o.admin.organization.usage.costs(
            start_time=1, group_by=["project_id", "line_item"], project_ids=["p1"], limit=7
        ),
    ),
    Case(
        "organization.data_retention.retrieve",
        lambda c, d: c.organization.data_retention.retrieve(),
        lambda o, d: o.admin.organization.data_retention.retrieve(),
    ),
    Case(
        "organization.groups.list",
        lambda c, d: c.organization.groups.list(limit=2, order="asc"),
        lambda o, d: o.admin.organization.groups.list(limit=2, order="asc"),
    ),
    Case(
        "organization.groups.roles.create",
        lambda c, d: c.organization.groups.roles.create("g1", role_id="r1"),
        lambda o, d: o.admin.organization.groups.roles.create("g1", role_id="r1"),
    ),
    Case(
        "organization.groups.users.list",
        lambda c, d: c.organization.groups.users.list("g1", limit=2),
        lambda o, d: o.admin.organization.groups.users.list("g1", limit=2),
    ),
    Case(
        "organization.projects.list",
        lambda c, d: c.organization.projects.list(include_archived=True, limit=2),
        lambda o, d: o.admin.organization.projects.list(include_archived=True, limit=2),
    ),
    Case(
        "organization.projects.api_keys.list",
        lambda c, d: c.organization.projects.api_keys.list("p1", limit=2),
        lambda o, d: o.admin.organization.projects.api_keys.list("p1", limit=2),
    ),
    Case(
        "organization.projects.certificates.list",
        lambda c, d: c.organization.projects.certificates.list("p1", order="desc"),
        lambda o, d: o.admin.organization.projects.certificates.list("p1", order="desc"),
    ),
    Case(
        "organization.projects.data_retention.update",
        lambda c, d: c.organization.projects.data_retention.update(
            "p1", retention_type="zero_data_retention"
        ),
        lambda o, d: o.admin.organization.projects.data_retention.update(
            "p1", retention_type="zero_data_retention"
        ),
    ),
    Case(
        "organization.projects.groups.create",
        lambda c, d: c.organization.projects.groups.create("p1", group_id="g1", role="member"),
        lambda o, d: o.admin.organization.projects.groups.create(
            "p1", group_id="g1", role="member"
        ),
    ),
    Case(
        "organization.projects.hosted_tool_permissions.retrieve",
        lambda c, d: c.organization.projects.hosted_tool_permissions.retrieve("p1"),
        lambda o, d: o.admin.organization.projects.hosted_tool_permissions.retrieve("p1"),
    ),
    Case(
        "organization.projects.model_permissions.retrieve",
        lambda c, d: c.organization.projects.model_permissions.retrieve("p1"),
        lambda o, d: o.admin.organization.projects.model_permissions.retrieve("p1"),
    ),
    Case(
        "organization.projects.rate_limits.list",
        lambda c, d: c.organization.projects.rate_limits.list("p1", limit=3),
        lambda o, d: o.admin.organization.projects.rate_limits.list_rate_limits("p1", limit=3),
    ),
    Case(
        "organization.projects.service_accounts.create",
        lambda c, d: c.organization.projects.service_accounts.create("p1", name="bot"),
        lambda o, d: o.admin.organization.projects.service_accounts.create("p1", name="bot"),
    ),
    Case(
        "organization.projects.spend_alerts.list",
        lambda c, d: c.organization.projects.spend_alerts.list("p1", limit=2),
        lambda o, d: o.admin.organization.projects.spend_alerts.list("p1", limit=2),
    ),
    Case(
        "organization.projects.spend_limit.retrieve",
        lambda c, d: c.organization.projects.spend_limit.retrieve("p1"),
        lambda o, d: o.admin.organization.projects.spend_limit.retrieve("p1"),
    ),
    Case(
        "organization.projects.users.create",
        lambda c, d: c.organization.projects.users.create("p1", user_id="u1", role="member"),
        lambda o, d: o.admin.organization.projects.users.create("p1", user_id="u1", role="member"),
    ),
    Case(
        "organization.roles.create",
        lambda c, d: c.organization.roles.create(role_name="r", permissions=["a", "b"]),
        lambda o, d: o.admin.organization.roles.create(role_name="r", permissions=["a", "b"]),
    ),
    Case(
        "organization.spend_alerts.list",
        lambda c, d: c.organization.spend_alerts.list(limit=2, order="asc"),
        lambda o, d: o.admin.organization.spend_alerts.list(limit=2, order="asc"),
    ),
    Case(
        "organization.spend_limit.delete",
        lambda c, d: c.organization.spend_limit.delete(),
        lambda o, d: o.admin.organization.spend_limit.delete(),
    ),
    Case(
        "organization.usage.images.list",
        lambda c, d: c.organization.usage.images.list(
            start_time=1, sources=["image.generation"], sizes=["1024x1024"], group_by=["size"]
        ),
        lambda o, d: o.admin.organization.usage.images(
            start_time=1, sources=["image.generation"], sizes=["1024x1024"], group_by=["size"]
        ),
    ),
    Case(
        "organization.usage.file_search_calls.list",
        lambda c, d: c.organization.usage.file_search_calls.list(
            start_time=1, vector_store_ids=["vs1"]
        ),
        lambda o, d: o.admin.organization.usage.file_search_calls(
            start_time=1, vector_store_ids=["vs1"]
        ),
    ),
    Case(
        "organization.usage.web_search_calls.list",
        lambda c, d: c.organization.usage.web_search_calls.list(
            start_time=1, context_levels=["low"]
        ),
        lambda o, d: o.admin.organization.usage.web_search_calls(
            start_time=1, context_levels=["low"]
        ),
    ),
    Case(
        "organization.usage.vector_stores.list",
        lambda c, d: c.organization.usage.vector_stores.list(start_time=1, bucket_width="1d"),
        lambda o, d: o.admin.organization.usage.vector_stores(start_time=1, bucket_width="1d"),
    ),
    Case(
        "organization.users.roles.list",
        lambda c, d: c.organization.users.roles.list("u1", limit=2),
        lambda o, d: o.admin.organization.users.roles.list("u1", limit=2),
    ),
    Case(
        "projects.groups.roles.create",
        lambda c, d: c.projects.groups.roles.create("p1", "g1", role_id="r1"),
        lambda o, d: o.admin.organization.projects.groups.roles.create(
            "g1", project_id="p1", role_id="r1"
        ),
    ),
    Case(
        "projects.users.roles.list",
        lambda c, d: c.projects.users.roles.list("p1", "u1", limit=2),
        lambda o, d: o.admin.organization.projects.users.roles.list("u1", project_id="p1", limit=2),
    ),
    Case(
        "chatkit.threads.items.list",
        lambda c, d: c.chatkit.threads.items.list("th1", limit=2, order="desc"),
        lambda o, d: o.beta.chatkit.threads.list_items("th1", limit=2, order="desc"),
    ),
    Case(
        "realtime.sessions.create",
        lambda c, d: c.realtime.sessions.create(
            client_secret={"value": "ek_1", "expires_at": 1}, voice="alloy"
        ),
        lambda o, d: o.beta.realtime.sessions.create(
            client_secret={"value": "ek_1", "expires_at": 1}, voice="alloy"
        ),
    ),
    Case(
        "realtime.transcription_sessions.create",
        lambda c, d: c.realtime.transcription_sessions.create(
            include=["item.input_audio_transcription.logprobs"]
        ),
        lambda o, d: o.beta.realtime.transcription_sessions.create(
            include=["item.input_audio_transcription.logprobs"]
        ),
    ),
    Case(
        "organization.projects.certificates.activate.create",
        lambda c, d: c.organization.projects.certificates.activate.create(
            "p1", certificate_ids=["c1"]
        ),
        lambda o, d: o.admin.organization.projects.certificates.activate(
            "p1", certificate_ids=["c1"]
        ),
    ),
    Case(
        "organization.projects.certificates.deactivate.create",
        lambda c, d: c.organization.projects.certificates.deactivate.create(
            "p1", certificate_ids=["c1"]
        ),
        lambda o, d: o.admin.organization.projects.certificates.deactivate(
            "p1", certificate_ids=["c1"]
        ),
    ),
    Case(
        "organization.usage.audio_speeches.list",
        lambda c, d: c.organization.usage.audio_speeches.list(start_time=1, models=["tts-1"]),
        lambda o, d: o.admin.organization.usage.audio_speeches(start_time=1, models=["tts-1"]),
    ),
    Case(
        "organization.usage.audio_transcriptions.list",
        lambda c, d: c.organization.usage.audio_transcriptions.list(start_time=1, user_ids=["u1"]),
        lambda o, d: o.admin.organization.usage.audio_transcriptions(start_time=1, user_ids=["u1"]),
    ),
    Case(
        "organization.usage.code_interpreter_sessions.list",
        lambda c, d: c.organization.usage.code_interpreter_sessions.list(
            start_time=1, project_ids=["p1", "p2"]
        ),
        lambda o, d: o.admin.organization.usage.code_interpreter_sessions(
            start_time=1, project_ids=["p1", "p2"]
        ),
    ),
    Case(
        "organization.usage.embeddings.list",
        lambda c, d: c.organization.usage.embeddings.list(start_time=1, api_key_ids=["k1"]),
        lambda o, d: o.admin.organization.usage.embeddings(start_time=1, api_key_ids=["k1"]),
    ),
    Case(
        "organization.usage.moderations.list",
        lambda c, d: c.organization.usage.moderations.list(
            start_time=1, group_by=["model"], limit=3
        ),
        lambda o, d: o.admin.organization.usage.moderations(
            start_time=1, group_by=["model"], limit=3
        ),
    ),
]
