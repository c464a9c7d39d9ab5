"""List pagination: a page at a time with next_page(), or every item with iter_all()."""

from __future__ import annotations

from examples._setup import Demo, demo


def run(d: Demo) -> None:
    if not d.supports_stored_completions:
        models = d.client.models.list().send()
        print("models:", [m.id for m in models.data][:5])
        return
    for i in range(3):
        (d.client.chat.completions.create().model(d.model).message_user(f"Question {i}")
         .store(True).metadata({"demo": "pagination"}).send())  # fmt: skip
    page = d.client.chat.completions.list().limit(2).metadata({"demo": "pagination"}).send()
    number = 1
    while page is not None:
        print(f"page {number}:", [c.id for c in page.data], "has_more =", page.has_more)
        page = page.next_page()
        number += 1
    everything = d.client.chat.completions.list().limit(2).metadata({"demo": "pagination"})
    print("iter_all:", len(list(everything.iter_all())), "completions")


if __name__ == "__main__":
    with demo() as d:
        run(d)
