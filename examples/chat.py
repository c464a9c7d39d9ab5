"""Chat: a completion with the builder, with keyword arguments, and streamed."""

from __future__ import annotations

from examples._setup import Demo, demo


def run(d: Demo) -> None:
    completion = (
        d.client.chat.completions.create()
        .model(d.model)
        .message_system("Be terse.")
        .message_user("Say hello in French.")
        .temperature(0.2)
        .max_tokens(50)
        .send()
    )
    print("builder:", completion.choices[0].message.content)

    meta = d.client.chat.completions.create(
        model=d.model, messages=[{"role": "user", "content": "Name one colour."}]
    ).send_with_meta()
    print("keywords:", meta.data.choices[0].message.content, f"(HTTP {meta.status_code}, "
          f"{meta.attempts} attempt(s), request id {meta.request_id})")  # fmt: skip

    with d.client.chat.completions.stream().model(d.model).message_user("Count to 3.").send() as s:
        print("stream: ", end="")
        for text in s.text_deltas():
            print(text, end="", flush=True)
        print()


if __name__ == "__main__":
    with demo() as d:
        run(d)
