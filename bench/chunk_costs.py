"""
Where a typed chat chunk's CPU goes, without a profiler: the pure stream pipeline run in process
over the bench server's own stream body, with its stages added one at a time, each pass timed
alternately with the others (min of rounds), in µs per chunk.

    bench/.venv/bin/python bench/chunk_costs.py [--chunks N] [--rounds R] [--shape bench|openai]

cProfile charges every small Python call, which makes many-small-step code (the shape reader,
the fold) look several times dearer than it is; the differences between these passes are what
the stages cost at full speed. The transport and the shell are not in it (`stream` in run.py is
the whole thing).
"""

from __future__ import annotations

import argparse
import json
import sys
import timeit
from collections.abc import Callable
from pathlib import Path
from typing import Any

import server

from openai_core._streaming.chat import default_chunk_factory
from openai_core._streaming.chat_state import ChatStreamState
from openai_core._streaming.errors import decode_json_data
from openai_core._streaming.shapes import ShapeDecoder
from openai_core._streaming.shell import pieces
from openai_core._streaming.sse import SSEDecoder

OPENAI_STREAM = Path(__file__).parent.parent / "tests/fixtures/providers/openai/stream.sse"


class _Parser:
    """The plain parser in ShapeDecoder's place: what every line cost before shapes."""

    hits = 0

    def decode(self, data: str) -> Any:
        return decode_json_data(data)


def body_of(shape: str, chunks: int) -> bytes:
    """The SSE body of a stream of `chunks` text chunks, shaped as the bench server's or OpenAI's."""
    if shape == "bench":
        events = [server._chunk_event({"role": "assistant", "content": ""}, None)]
        words = server.STREAM_WORDS
        events += [
            server._chunk_event({"content": words[i % len(words)]}, None) for i in range(chunks)
        ]
        events.append(server._chunk_event({}, "stop"))
        return b"".join(events) + b"data: [DONE]\n\n"
    recorded = [
        line for line in OPENAI_STREAM.read_text().split("\n\n") if line.startswith("data: {")
    ]
    middle = recorded[1:-2]  # the content chunks, between the role chunk and finish + usage
    lines = [recorded[0], *(middle[i % len(middle)] for i in range(chunks)), *recorded[-2:]]
    return ("\n\n".join([*lines, "data: [DONE]"]) + "\n\n").encode()


def passes(body: bytes) -> dict[str, Callable[[], int]]:
    """Each pass reads the whole body and returns the chunks it saw."""
    cut = list(pieces(body))
    factory = default_chunk_factory()

    def datas(decoder: SSEDecoder, piece: bytes) -> list[str]:
        # As the chat state reads: the one-line `data:` fast path, else the general decoder
        # (the first piece, before the byte-order-mark check is done).
        plain = decoder.plain_data(piece)
        return plain if plain is not None else [event.data for event in decoder.feed(piece)]

    def sse() -> int:
        decoder = SSEDecoder()
        return sum(data != "[DONE]" for piece in cut for data in datas(decoder, piece))

    def with_decoder(make: Callable[[], Any]) -> Callable[[], int]:
        def run() -> int:
            decoder, lines = SSEDecoder(), make()
            seen = 0
            for piece in cut:
                for data in datas(decoder, piece):
                    if data != "[DONE]":
                        lines.decode(data)
                        seen += 1
            return seen

        return run

    def state(parser: bool, typed: bool) -> Callable[[], int]:
        def run() -> int:
            chunk_state: ChatStreamState[Any] = ChatStreamState(None)
            if parser:
                chunk_state._shapes = _Parser()  # type: ignore[assignment]
            seen = 0
            for piece in cut:
                for chunk in chunk_state.feed(piece):
                    if typed:
                        factory(chunk)
                    seen += 1
            return seen

        return run

    return {
        "sse": sse,
        "sse+parse": with_decoder(_Parser),
        "sse+shapes": with_decoder(ShapeDecoder),
        "feed, parsed": state(True, False),
        "feed, shapes": state(False, False),
        "typed, parsed": state(True, True),
        "typed, shapes": state(False, True),
    }


def measure(body: bytes, rounds: int) -> dict[str, float]:
    """Min over `rounds` of each pass's µs per chunk, the passes alternating."""
    runs = passes(body)
    chunks = runs["typed, shapes"]()
    best = {name: float("inf") for name in runs}
    for _ in range(rounds):
        for name, run in runs.items():
            took = min(timeit.repeat(run, number=1, repeat=3))
            best[name] = min(best[name], took / chunks * 1e6)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--chunks", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--shape", choices=("bench", "openai"), default="bench")
    args = parser.parse_args()
    best = measure(body_of(args.shape, args.chunks), args.rounds)
    stages = {
        "SSE split": best["sse"],
        "JSON, parsed": best["sse+parse"] - best["sse"],
        "JSON, through shapes": best["sse+shapes"] - best["sse"],
        "fold and feed loop": best["feed, shapes"] - best["sse+shapes"],
        "typed chunk, from parsed dicts": best["typed, parsed"] - best["feed, parsed"],
        "typed chunk, from shaped dicts": best["typed, shapes"] - best["feed, shapes"],
        "total, parsed": best["typed, parsed"],
        "total, shapes": best["typed, shapes"],
    }
    json.dump(
        {"shape": args.shape, "us_per_chunk": {k: round(v, 3) for k, v in stages.items()}},
        sys.stdout,
        indent=1,
    )
    print()


if __name__ == "__main__":
    main()
