"""
The types users name, in one place, as in the official SDK's `openai.types`:

- every generated model and enum alias: `ChatCompletion`, `ChatCompletionChunk`, `Batch`,
  `FileObject`, `CreateEmbeddingResponse`, the webhook events (`WebhookBatchCompleted`, ...);
- the request TypedDicts: `<Schema>Param` per request schema (`ChatCompletionToolParam`,
  `ChatCompletionRequestUserMessageParam`, ...), `<Operation>Params` per operation's keywords
  (`ChatCompletionsCreateParams`) and the official names (`ChatCompletionMessageParam`,
  `ChatCompletionContentPartParam`, `ChatCompletionToolChoiceOptionParam`, ...).

Loaded lazily: `from openai_core.types import ChatCompletion` imports that model's module alone,
and `import openai_core` imports none of this.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._generated.exports import *  # noqa: F403
else:

    def __getattr__(name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        from ._generated import exports

        value = getattr(exports, name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        from ._generated import exports

        return exports.names()
