"""Errors: typed API errors, missing fields caught before any I/O, retries on 429."""

from __future__ import annotations

from examples._setup import Demo, demo
from openai_core import APIError, MissingRequiredFieldError, NotFoundError


def run(d: Demo) -> None:
    try:
        d.client.chat.completions.create().message_user("no model set").send()
    except MissingRequiredFieldError as exc:
        print("before any I/O:", type(exc).__name__, "field =", exc.field)

    try:
        d.client.models.retrieve("no-such-model-xyz").send()
    except NotFoundError as exc:
        print("not found:", exc.status_code, exc.message)
    except APIError as exc:  # some providers answer 400 or 403 instead
        print("API error:", exc.status_code, exc.message)

    if d.fake is not None:
        d.fake.reply_error(429, "Slow down", headers={"retry-after-ms": "50"}).reply_text("Done.")
        meta = d.client.chat.completions.create(model=d.model).message_user("x").send_with_meta()
        print("after a 429:", meta.data.choices[0].message.content, f"({meta.attempts} attempts)")


if __name__ == "__main__":
    with demo() as d:
        run(d)
