import dataclasses
import io
import json

import attrs
import pytest
from conftest import close, make_client, resolve

from openai_core import (
    AsyncChatCompletionCreateBuilder,
    ChatCompletionCreateBuilder,
    Client,
    MissingRequiredFieldError,
    file_part,
    image_url_part,
    input_audio_part,
)
from openai_core._builders.namespaces import operations

CHAT_FIELDS = operations()["chat.completions.create"].body_fields


def chat(client=None):
    client = client or Client(api_key="k", base_url="http://127.0.0.1:9/v1")
    return client.chat.completions.create()


@pytest.mark.parametrize("cls", [ChatCompletionCreateBuilder, AsyncChatCompletionCreateBuilder])
@pytest.mark.parametrize("field", CHAT_FIELDS)
def test_chat_builder_has_an_explicit_setter_for_every_request_field(cls, field):
    assert callable(getattr(cls, field, None)), f"no explicit setter {field}"


def test_chat_setters_build_the_body():
    builder = (
        chat().model("gpt-4o-mini").message_system("Be terse.").message_user("Hi")
        .temperature(0.2).top_p(0.9).n(1).max_tokens(100).max_completion_tokens(90)
        .stop(["\n"]).seed(7).parallel_tool_calls(False).logprobs(True).top_logprobs(2)
        .user("u1").metadata({"k": "v"}).store(True).reasoning_effort("low")
        .response_format({"type": "json_object"}).tool_choice("auto")
    )  # fmt: skip

    body = builder.to_spec().body

    assert body["messages"] == [
        {"role": "system", "content": "Be terse."},
        {"role": "user", "content": "Hi"},
    ]
    assert body["temperature"] == 0.2 and body["stop"] == ["\n"] and body["store"] is True
    assert body["reasoning_effort"] == "low" and body["metadata"] == {"k": "v"}


def test_message_user_takes_content_parts():
    builder = chat().message_user(
        ["Describe these", image_url_part("https://x/img.png", "low"),
         input_audio_part("AAA=", "wav"), file_part(file_id="file-1")]
    ).message_user("And this", image_url="data:image/png;base64,AA==")  # fmt: skip

    first, second = builder.to_spec().body["messages"]

    assert first["content"] == [
        {"type": "text", "text": "Describe these"},
        {"type": "image_url", "image_url": {"url": "https://x/img.png", "detail": "low"}},
        {"type": "input_audio", "input_audio": {"data": "AAA=", "format": "wav"}},
        {"type": "file", "file": {"file_id": "file-1"}},
    ]
    assert second["content"][1]["image_url"]["url"].startswith("data:image/png")


def test_assistant_and_tool_messages_and_tools():
    calls = [{"id": "call_1", "type": "function", "function": {"name": "f", "arguments": "{}"}}]
    builder = (
        chat().message_assistant(tool_calls=calls).message_tool("42", "call_1")
        .tool("f", description="Find", parameters={"type": "object", "properties": {}}, strict=True)
    )  # fmt: skip

    body = builder.to_spec().body

    assert body["messages"][0] == {"role": "assistant", "content": None, "tool_calls": calls}
    assert body["messages"][1] == {"role": "tool", "content": "42", "tool_call_id": "call_1"}
    assert body["tools"][0]["function"]["name"] == "f"
    assert body["tools"][0]["function"]["strict"] is True


def test_setters_take_generated_models():
    from openai_core._generated.models.chat_completion_request_user_message import (
        ChatCompletionRequestUserMessage,
    )

    message = ChatCompletionRequestUserMessage.from_dict({"role": "user", "content": "hi"})

    body = chat().messages([message]).to_spec().body

    assert body["messages"] == [{"role": "user", "content": "hi"}]


def test_keyword_arguments_prefill_the_builder():
    client = Client(api_key="k", base_url="http://127.0.0.1:9/v1")

    builder = client.chat.completions.create(model="m", messages=[{"role": "user", "content": "x"}])

    assert builder.to_spec().body == {"model": "m", "messages": [{"role": "user", "content": "x"}]}


def test_generic_builders_have_a_setter_per_body_field_and_query_param():
    client = Client(api_key="k", base_url="http://127.0.0.1:9/v1")

    batch = (client.batches.create().input_file_id("file-1").endpoint("/v1/chat/completions")
             .completion_window("24h"))  # fmt: skip
    listing = client.vector_stores.file_batches.files.list("vs 1", "b/2").filter_("completed")

    assert batch.to_spec().body == {
        "input_file_id": "file-1", "endpoint": "/v1/chat/completions", "completion_window": "24h",
    }  # fmt: skip
    assert listing.to_spec().query == {"filter": "completed"}
    assert listing.to_spec().path_args == ("vs 1", "b/2")


def test_unknown_setter_names_the_valid_ones():
    client = Client(api_key="k", base_url="http://127.0.0.1:9/v1")

    with pytest.raises(AttributeError, match="completion_window"):
        client.batches.create().input_fileid("file-1")


def test_every_catalog_operation_is_reachable_as_a_builder():
    client = Client(api_key="k", base_url="http://127.0.0.1:9/v1")

    for op_id, op in operations().items():
        target = client
        for part in op_id.split("."):
            target = getattr(target, part)
        builder = target(*["x"] * len(op.path_params))
        assert builder.operation.id == op_id


@pytest.mark.anyio
async def test_missing_required_field_fails_before_any_io(mode, fake):
    client = make_client(mode, fake)

    with pytest.raises(MissingRequiredFieldError) as info:
        await resolve(client.chat.completions.create().message_user("x").send())

    assert info.value.field == "model"
    assert fake.requests == []
    await close(client)


@pytest.mark.anyio
async def test_missing_path_parameter_fails_before_any_io(mode, fake):
    client = make_client(mode, fake)

    with pytest.raises(MissingRequiredFieldError) as info:
        await resolve(client.chat.completions.messages.list().send())

    assert info.value.field == "completion_id"
    await close(client)


@dataclasses.dataclass
class DataBody:
    model: str
    messages: list


@attrs.define
class AttrsBody:
    model: str
    messages: list


@pytest.mark.anyio
@pytest.mark.parametrize(
    "body",
    [
        DataBody("m", [{"role": "user", "content": "dc"}]),
        AttrsBody("m", [{"role": "user", "content": "dc"}]),
        {"model": "m", "messages": [{"role": "user", "content": "dc"}]},
    ],
)
async def test_json_body_and_body_value_send_the_whole_body(mode, fake, body):
    client = make_client(mode, fake)

    first = await resolve(client.chat.completions.create().json_body(body).send())
    await resolve(
        client.chat.completions.create().body_value({"model": "m", "messages": []}).send_raw()
    )

    assert first.choices[0].message.content == "You said: dc"
    assert fake.requests[0].json == {"model": "m", "messages": [{"role": "user", "content": "dc"}]}
    assert fake.requests[1].json == {"model": "m", "messages": []}
    await close(client)


@pytest.mark.anyio
async def test_stored_completions_round_trip(mode, fake):
    client = make_client(mode, fake)
    completions = client.chat.completions

    created = await resolve(
        completions.create(model="m")
        .message_user("keep me")
        .store(True)
        .metadata({"t": "1"})
        .send()
    )
    fetched = await resolve(completions.retrieve(created.id).send())
    updated = await resolve(completions.update(created.id).metadata({"t": "2"}).send())
    page = await resolve(completions.list().limit(20).order("desc").metadata({"t": "2"}).send())
    # send_raw: the fake's stored messages omit "refusal", which the generated model requires.
    messages = (await resolve(completions.messages.list(created.id).send_raw())).json()
    deleted = await resolve(completions.delete(created.id).send())

    assert fetched.id == created.id
    assert updated.metadata.additional_properties == {"t": "2"}
    assert [c.id for c in page.data] == [created.id]
    assert fake.requests[3].query == {"limit": "20", "order": "desc", "metadata[t]": "2"}
    assert messages["data"][0]["content"] == "keep me"
    assert deleted.deleted is True
    await close(client)


@pytest.mark.anyio
async def test_embeddings_create(mode, fake):
    client = make_client(mode, fake)

    result = await resolve(
        client.embeddings.create(model="e", input=["a", "b"]).dimensions(4).send()
    )

    assert [len(d.embedding) for d in result.data] == [4, 4]
    await close(client)


# Uploads and downloads.


@pytest.mark.anyio
@pytest.mark.parametrize("kind", ["path", "str", "bytes", "file", "tuple"])
async def test_file_upload_from_path_bytes_or_open_file(mode, fake, tmp_path, kind):
    path = tmp_path / "data.jsonl"
    path.write_bytes(b'{"a": 1}\n')
    handle = path.open("rb")
    values = {
        "path": path, "str": str(path), "bytes": path.read_bytes(), "file": handle,
        "tuple": ("named.jsonl", io.BytesIO(b'{"a": 1}\n'), "application/jsonl"),
    }  # fmt: skip
    client = make_client(mode, fake)

    uploaded = await resolve(client.files.create().file(values[kind]).purpose("batch").send())
    content = await resolve(client.files.content(uploaded.id).send())

    handle.close()
    assert content == b'{"a": 1}\n'
    assert uploaded.bytes_ == 9
    if kind in ("path", "str", "file"):
        assert uploaded.filename == "data.jsonl"
    assert "multipart/form-data" in fake.requests[0].headers["content-type"]
    await close(client)


@pytest.mark.anyio
async def test_download_streams_to_a_file(mode, fake, tmp_path):
    client = make_client(mode, fake)
    uploaded = await resolve(client.files.create(file=b"x" * 100_000, purpose="batch").send())

    target = await resolve(
        client.files.content(uploaded.id).send_to_file(tmp_path / "out" / "f.bin")
    )

    assert target.read_bytes() == b"x" * 100_000
    await close(client)


@pytest.mark.anyio
async def test_speech_returns_bytes(mode, fake):
    client = make_client(mode, fake)

    audio = await resolve(
        client.audio.speech.create(model="tts-1", input="hi", voice="alloy").send()
    )

    assert isinstance(audio, bytes) and audio.endswith(b"hi")
    assert json.loads(fake.last_request.body)["voice"] == "alloy"
    await close(client)


def test_setters_accept_any_mapping_or_sequence():
    import collections
    import types

    from openai_core._request import to_jsonable

    value = {"a": types.MappingProxyType({"b": collections.deque([1, (2, 3)])})}

    assert to_jsonable(value) == {"a": {"b": [1, [2, 3]]}}
    assert to_jsonable(b"raw") == b"raw"
