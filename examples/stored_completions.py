"""Stored completions: create with store=True, retrieve, update metadata, list, delete."""

from __future__ import annotations

from examples._setup import Demo, demo


def run(d: Demo) -> None:
    if not d.supports_stored_completions:
        print(f"stored completions: skipped ({d.client.provider.name} does not offer them)")
        return
    completions = d.client.chat.completions
    created = (
        completions.create().model(d.model).message_user("Remember the number 7.")
        .store(True).metadata({"example": "stored"}).send()
    )  # fmt: skip
    print("stored:", created.id)
    fetched = completions.retrieve(created.id).send()
    print("retrieved:", fetched.choices[0].message.content)
    updated = completions.update(created.id).metadata({"example": "updated"}).send()
    print("metadata now:", updated.metadata.to_dict() if updated.metadata else None)
    page = completions.list().limit(5).order("desc").send()
    print("listed:", [c.id for c in page.data])
    messages = completions.messages.list(created.id).send_raw().json()
    print("messages:", [m.get("content") for m in messages["data"]])
    print("deleted:", completions.delete(created.id).send().deleted)


if __name__ == "__main__":
    with demo() as d:
        run(d)
