"""
RSS and open file descriptors of one Client after 20,000 calls and 2,000 streams abandoned
unclosed (a third of them in reference cycles, so only the cyclic collector frees them), against
the bench's mock server in its own process. Prints one JSON object.

    .venv/bin/python bench/leaks.py
"""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from openai_core import Client


def snapshot() -> dict[str, float]:
    """This process's resident set size (MiB) and open file descriptors."""
    with open("/proc/self/status") as status:
        rss = next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))
    return {"rss_mib": round(rss / 1024, 1), "fds": len(os.listdir("/proc/self/fd"))}


def measure(base_url: str) -> dict[str, Any]:
    client = Client(base_url=base_url, api_key="k", timeout=30.0)
    client.chat.completions.create(model="m").message_user("warm").send()
    found: dict[str, Any] = {"start": snapshot()}
    for _ in range(20_000):
        client.chat.completions.create(model="m").message_user("hi").send()
    gc.collect()
    found["after_20000_calls"] = snapshot()
    for number in range(2_000):
        stream = client.chat.completions.stream().model("m").message_user("s").send()
        for _ in stream:
            break  # abandoned: never closed
        if number % 3 == 0:
            holder: dict[str, Any] = {"stream": stream}
            holder["self"] = holder
        del stream
        if number % 50 == 0:
            gc.collect()
    gc.collect()
    found["after_2000_abandoned_streams"] = snapshot()
    client.close()
    found["after_close"] = snapshot()
    return found


def main() -> None:
    server = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("server.py"))],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        port = int(server.stdout.readline().split()[1])
        print(json.dumps(measure(f"http://127.0.0.1:{port}/v1")))
    finally:
        server.terminate()
        server.wait(5)


if __name__ == "__main__":
    main()
