"""
Checked by mypy (tests/builders/test_typed_builders.py runs it), never executed: model attributes
use the wire names, the underscore spellings stay typed, and the lenient-parsing helpers are typed.
"""

from __future__ import annotations

from typing import Literal

from openai_core import ValidationIssue
from openai_core._generated.models.chat_completion_chunk import ChatCompletionChunk
from openai_core._generated.models.chat_completion_chunk_delta import ChatCompletionChunkDelta
from openai_core._generated.models.chat_completion_message import ChatCompletionMessage
from openai_core._generated.models.chat_completion_message_tool_call import (
    ChatCompletionMessageToolCall,
)
from openai_core._generated.models.file_object import FileObject
from openai_core._generated.types import Unset


def wire_names(uploaded: FileObject, call: ChatCompletionMessageToolCall) -> None:
    size: int = uploaded.bytes
    old_size: int = uploaded.bytes_
    kind: Literal["file"] | Unset = uploaded.object
    old_kind: Literal["file"] | Unset = uploaded.object_
    tag: Literal["function"] = call.type
    old_tag: Literal["function"] = call.type_
    rebuilt = ChatCompletionMessageToolCall(id="c", type="function", function=call.function)
    print(size, old_size, kind, old_kind, tag, old_tag, rebuilt)


def lenient(
    chunk: ChatCompletionChunk, message: ChatCompletionMessage, delta: ChatCompletionChunkDelta
) -> None:
    found: list[ValidationIssue] = chunk.validation_issues()
    paths: list[str] = [issue.path for issue in found]
    thought: str | None = message.reasoning_text
    partial: str | None = delta.reasoning_text
    print(paths, thought, partial)
