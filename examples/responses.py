"""The Responses API: create, output_text, a stream of events, and the stored response."""

from __future__ import annotations

from examples._setup import Demo, demo


def run(d: Demo) -> None:
    if not d.supports_responses:
        print("skipped: this provider has no Responses API")
        return
    if d.fake is not None:  # the fake provider answers what a model would
        d.fake.reply_text("Paris is the capital of France.").reply_text("Bonjour from Paris!")
    response = (
        d.client.responses.create()
        .model(d.model)
        .instructions("Answer in one sentence.")
        .input("What is the capital of France?")
        .send()
    )
    print("output_text:", response.output_text)

    with d.client.responses.stream().model(d.model).input("Say hello from Paris.").send() as stream:
        deltas = list(stream.text_deltas())
        final = stream.final_response()
    print(f"streamed: {len(deltas)} text deltas ->", final.output_text)

    stored = d.client.responses.retrieve(response.id).send()
    items = list(d.client.responses.input_items.list(response.id).send())
    print(f"stored: {stored.id} answered {len(items)} input item(s)")
    d.client.responses.delete(response.id).send()


if __name__ == "__main__":
    with demo() as d:
        run(d)
