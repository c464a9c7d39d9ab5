"""
Where the examples send their requests: a real provider when its API key is in the environment,
else the built-in fake provider served on 127.0.0.1.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from openai_core import Client
from openai_core._providers import PROVIDERS
from openai_core.testing import FakeProvider

# A cheap chat model per provider; OPENAI_CORE_DEMO_MODEL overrides it.
DEMO_MODELS = {
    "openai": "gpt-4o-mini",
    "azure": "gpt-4o-mini",
    "deepseek": "deepseek-chat",
    "qwen": "qwen-turbo",
    "moonshot": "moonshot-v1-8k",
    "openrouter": "openai/gpt-4o-mini",
    "groq": "llama-3.1-8b-instant",
    "together": "meta-llama/Llama-3.3-70B-Instruct-Turbo",
    "mistral": "mistral-small-latest",
    "zhipu": "glm-4-flash",
    "minimax": "MiniMax-Text-01",
    "zenmux": "openai/gpt-4o-mini",
}


@dataclass
class Demo:
    """A client, the model to ask, and whether it talks to the fake provider."""

    client: Client
    model: str
    fake: FakeProvider | None

    @property
    def is_fake(self) -> bool:
        return self.fake is not None

    @property
    def supports_stored_completions(self) -> bool:
        return self.is_fake or self.client.provider.name == "openai"

    @property
    def supports_responses(self) -> bool:
        """Whether the provider serves the Responses API (/responses)."""
        return self.is_fake or self.client.provider.name in ("openai", "azure")


def real_provider() -> str | None:
    """Return the first provider whose API key variable is set (OpenAI first)."""
    if os.environ.get("AZURE_OPENAI_ENDPOINT") and os.environ.get("AZURE_OPENAI_API_KEY"):
        return "azure"
    for name in DEMO_MODELS:
        profile = PROVIDERS[name]
        if name != "azure" and any(os.environ.get(var) for var in profile.api_key_env):
            return name
    return None


@contextmanager
def demo() -> Iterator[Demo]:
    """Yield a Demo: a real provider if configured, else the fake one on 127.0.0.1."""
    provider = real_provider()
    if provider is not None:
        model = os.environ.get("OPENAI_CORE_DEMO_MODEL", DEMO_MODELS[provider])
        with Client(provider=provider, timeout=60.0) as client:
            print(f"[demo] using {provider} ({client.base_url}), model {model}")
            yield Demo(client, model, None)
        return
    fake = FakeProvider(api_key="sk-demo")
    with fake.serve() as server, Client(base_url=server.base_url, api_key="sk-demo") as client:
        print(f"[demo] using the fake provider at {server.base_url}")
        yield Demo(client, "gpt-4o-mini", fake)
