"""openai_core: a fast, typed SDK for OpenAI and OpenAI-compatible APIs."""

from __future__ import annotations

import importlib as _importlib
import typing as _typing

from ._cancel import CancellationToken
from ._client import AsyncClient, Client
from ._exceptions import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    ContentFilterFinishReasonError,
    InternalServerError,
    InvalidConfigError,
    LengthFinishReasonError,
    MissingCredentialsError,
    MissingRequiredFieldError,
    NotFoundError,
    OpenAICoreError,
    PermissionDeniedError,
    ProviderCompatibilityError,
    RateLimitError,
    RefusalError,
    RequestCancelledError,
    ResponseValidationError,
    StreamError,
    ToolError,
    UnprocessableEntityError,
    WebhookVerificationError,
)
from ._options import ClientOptions, NotGiven
from ._providers import ErrorInfo, PathContext, Provider, extract_error, get_provider
from ._response import ApiResponse
from ._retry import RetryPolicy, retry_delay

if _typing.TYPE_CHECKING:
    from ._builders import (
        AsyncDownloadBuilder,
        AsyncRequestBuilder,
        DownloadBuilder,
        RequestBuilder,
    )
    from ._chat_builder import (
        AsyncChatCompletionCreateBuilder,
        ChatCompletionCreateBuilder,
        file_part,
        image_url_part,
        input_audio_part,
        text_part,
    )
    from ._chat_extras import (
        AsyncChatCompletionParseBuilder,
        AsyncChatCompletionRunToolsBuilder,
        AsyncChatCompletionStreamBuilder,
        ChatCompletionParseBuilder,
        ChatCompletionRunToolsBuilder,
        ChatCompletionStreamBuilder,
    )
    from ._pagination import AsyncListBuilder, AsyncPage, ListBuilder, Page
    from ._parsing import ParsedChatCompletion, parse_json_as
    from ._parsing_partial import parse_partial_json
    from ._parsing_reask import ReaskLoop
    from ._parsing_stream import AsyncParsedChatCompletionStream, ParsedChatCompletionStream
    from ._schema import response_format_for, to_json_schema
    from ._schema_strict import to_strict_json_schema
    from ._schema_types import SchemaError
    from ._tools import AsyncToolRunner, ToolRunner
    from ._tools_definition import ToolDefinition, ToolRegistry, tool
    from ._tools_loop import ToolCall, ToolLoop, ToolResult, ToolTrace, Usage
    from ._tools_streaming import (
        AsyncStreamingToolRunner,
        RoundDoneEvent,
        RoundStartEvent,
        StreamingToolRunner,
        ToolCallResultEvent,
    )

__version__ = "0.1.0"

__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "ApiResponse",
    "AsyncChatCompletionCreateBuilder",
    "AsyncChatCompletionParseBuilder",
    "AsyncChatCompletionRunToolsBuilder",
    "AsyncChatCompletionStreamBuilder",
    "AsyncClient",
    "AsyncDownloadBuilder",
    "AsyncListBuilder",
    "AsyncPage",
    "AsyncParsedChatCompletionStream",
    "AsyncRequestBuilder",
    "AsyncStreamingToolRunner",
    "AsyncToolRunner",
    "AuthenticationError",
    "BadRequestError",
    "CancellationToken",
    "ChatCompletionCreateBuilder",
    "ChatCompletionParseBuilder",
    "ChatCompletionRunToolsBuilder",
    "ChatCompletionStreamBuilder",
    "Client",
    "ClientOptions",
    "ConflictError",
    "ContentFilterFinishReasonError",
    "DownloadBuilder",
    "ErrorInfo",
    "InternalServerError",
    "InvalidConfigError",
    "LengthFinishReasonError",
    "ListBuilder",
    "MissingCredentialsError",
    "MissingRequiredFieldError",
    "NotFoundError",
    "NotGiven",
    "OpenAICoreError",
    "Page",
    "ParsedChatCompletion",
    "ParsedChatCompletionStream",
    "PathContext",
    "PermissionDeniedError",
    "Provider",
    "ProviderCompatibilityError",
    "RateLimitError",
    "ReaskLoop",
    "RefusalError",
    "RequestBuilder",
    "RequestCancelledError",
    "ResponseValidationError",
    "RetryPolicy",
    "RoundDoneEvent",
    "RoundStartEvent",
    "SchemaError",
    "StreamError",
    "StreamingToolRunner",
    "ToolCall",
    "ToolCallResultEvent",
    "ToolDefinition",
    "ToolError",
    "ToolLoop",
    "ToolRegistry",
    "ToolResult",
    "ToolRunner",
    "ToolTrace",
    "UnprocessableEntityError",
    "Usage",
    "WebhookVerificationError",
    "extract_error",
    "file_part",
    "get_provider",
    "image_url_part",
    "input_audio_part",
    "parse_json_as",
    "parse_partial_json",
    "response_format_for",
    "retry_delay",
    "text_part",
    "to_json_schema",
    "to_strict_json_schema",
    "tool",
]

# Loaded on first use so that `import openai_core` costs little more than `import httpx`: the
# builders (a client's namespaces load them when a request is built), pagination, and structured
# output and tools (which pull in asyncio and the schema machinery). The client, its options,
# errors and results are imported eagerly: `from openai_core import Client` is the common start.
_LAZY = {
    "AsyncChatCompletionCreateBuilder": "_chat_builder",
    "AsyncChatCompletionParseBuilder": "_chat_extras",
    "AsyncChatCompletionRunToolsBuilder": "_chat_extras",
    "AsyncChatCompletionStreamBuilder": "_chat_extras",
    "AsyncDownloadBuilder": "_builders",
    "AsyncListBuilder": "_pagination",
    "AsyncPage": "_pagination",
    "AsyncParsedChatCompletionStream": "_parsing_stream",
    "AsyncRequestBuilder": "_builders",
    "AsyncStreamingToolRunner": "_tools_streaming",
    "AsyncToolRunner": "_tools",
    "ChatCompletionCreateBuilder": "_chat_builder",
    "ChatCompletionParseBuilder": "_chat_extras",
    "ChatCompletionRunToolsBuilder": "_chat_extras",
    "ChatCompletionStreamBuilder": "_chat_extras",
    "DownloadBuilder": "_builders",
    "ListBuilder": "_pagination",
    "Page": "_pagination",
    "ParsedChatCompletion": "_parsing",
    "ParsedChatCompletionStream": "_parsing_stream",
    "ReaskLoop": "_parsing_reask",
    "RequestBuilder": "_builders",
    "RoundDoneEvent": "_tools_streaming",
    "RoundStartEvent": "_tools_streaming",
    "SchemaError": "_schema_types",
    "StreamingToolRunner": "_tools_streaming",
    "ToolCall": "_tools_loop",
    "ToolCallResultEvent": "_tools_streaming",
    "ToolDefinition": "_tools_definition",
    "ToolLoop": "_tools_loop",
    "ToolRegistry": "_tools_definition",
    "ToolResult": "_tools_loop",
    "ToolRunner": "_tools",
    "ToolTrace": "_tools_loop",
    "Usage": "_tools_loop",
    "file_part": "_chat_builder",
    "image_url_part": "_chat_builder",
    "input_audio_part": "_chat_builder",
    "parse_json_as": "_parsing",
    "parse_partial_json": "_parsing_partial",
    "response_format_for": "_schema",
    "text_part": "_chat_builder",
    "to_json_schema": "_schema",
    "to_strict_json_schema": "_schema_strict",
    "tool": "_tools_definition",
}


def __getattr__(name: str) -> _typing.Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'openai_core' has no attribute {name!r}")
    value = getattr(_importlib.import_module(f"openai_core.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})
