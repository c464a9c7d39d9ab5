"""Errors and retries: more retries, a timeout, and the errors worth telling apart."""

from openai_core import APIConnectionError, APIError, Client, RateLimitError

client = Client(max_retries=5, timeout=20.0)


def main() -> None:
    try:
        builder = client.chat.completions.create().model("gpt-4o-mini").message_user("Hi")
        completion = builder.timeout(5.0).send()
        print(completion.choices[0].message.content)
    except RateLimitError as exc:
        print("slow down:", exc.request_id)
    except APIConnectionError:
        print("network trouble")
    except APIError as exc:
        print(exc.status_code, exc.message)
