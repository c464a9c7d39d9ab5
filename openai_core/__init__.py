"""openai_core: a fast, typed SDK for OpenAI and OpenAI-compatible APIs."""
