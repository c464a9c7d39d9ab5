"""Errors and retries with the official `openai` package."""

import openai
from openai import OpenAI

client = OpenAI(max_retries=5, timeout=20.0)


def main() -> None:
    try:
        completion = client.with_options(timeout=5.0).chat.completions.create(
            model="gpt-4o-mini", messages=[{"role": "user", "content": "Hi"}]
        )
        print(completion.choices[0].message.content)
    except openai.RateLimitError as exc:
        print("slow down:", exc.request_id)
    except openai.APIConnectionError:
        print("network trouble")
    except openai.APIStatusError as exc:
        print(exc.status_code, exc.message)
