"""
The mock server's ceiling, measured with a raw-socket client (no HTTP library): if this client
gets far more out of the server than any SDK does, the server is not what the SDKs wait for.

    python bench/ceiling.py PORT     # prints one JSON object

- sequential: one keep-alive connection, one request at a time;
- concurrent: 64 keep-alive connections driven by `selectors`, each sending its next request as
  soon as its answer is complete (the client, one Python thread, is usually the limit here);
- stream: one 20,000-chunk SSE answer read as bytes, events counted.
"""

from __future__ import annotations

import json
import selectors
import socket
import sys
import time

BODY = json.dumps({"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "Hi"}]})


def _request(port: int, body: str) -> bytes:
    return (
        f"POST /v1/chat/completions HTTP/1.1\r\nhost: 127.0.0.1:{port}\r\n"
        f"authorization: Bearer x\r\ncontent-type: application/json\r\n"
        f"content-length: {len(body)}\r\n\r\n{body}"
    ).encode()


def _complete(buffer: bytes) -> int:
    """Return the length of the first complete Content-Length response in buffer, or 0."""
    end = buffer.find(b"\r\n\r\n")
    if end < 0:
        return 0
    at = buffer.lower().find(b"content-length:", 0, end)
    stop = buffer.find(b"\r\n", at)
    total = end + 4 + int(buffer[at + 15 : stop])
    return total if len(buffer) >= total else 0


def _connect(port: int) -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", port))
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return sock


def sequential(port: int, n: int) -> float:
    """Return requests per second over one connection, one request at a time."""
    request = _request(port, BODY)
    sock = _connect(port)
    start = time.perf_counter()
    for _ in range(n):
        sock.sendall(request)
        buffer = b""
        while True:
            buffer += sock.recv(65536)
            if _complete(buffer):
                break
    elapsed = time.perf_counter() - start
    sock.close()
    return n / elapsed


def concurrent(port: int, n: int, connections: int = 64) -> float:
    """Return requests per second with `connections` keep-alive connections in flight."""
    request = _request(port, BODY)
    selector = selectors.DefaultSelector()
    buffers: dict[socket.socket, bytes] = {}
    sent = 0
    for _ in range(connections):
        sock = _connect(port)
        sock.setblocking(False)
        buffers[sock] = b""
        selector.register(sock, selectors.EVENT_READ)
    start = time.perf_counter()
    for sock in buffers:
        sock.send(request)
        sent += 1
    done = 0
    while done < n:
        for key, _ in selector.select(timeout=5.0):
            sock = key.fileobj
            assert isinstance(sock, socket.socket)
            buffer = buffers[sock] + sock.recv(65536)
            size = _complete(buffer)
            if size:
                done += 1
                buffer = buffer[size:]
                if sent < n:
                    sock.send(request)
                    sent += 1
            buffers[sock] = buffer
    elapsed = time.perf_counter() - start
    for sock in buffers:
        selector.unregister(sock)
        sock.close()
    return n / elapsed


def stream(port: int, chunks: int) -> float:
    """Return SSE chunk events per second for one stream of `chunks` chunks, read as raw bytes."""
    body = json.dumps(
        {
            "model": f"bench-stream-{chunks}",
            "messages": [{"role": "user", "content": "Hi"}],
            "stream": True,
            "stream_options": {"include_usage": True},
        }
    )
    sock = _connect(port)
    start = time.perf_counter()
    sock.sendall(_request(port, body))
    tail = b""
    events = 0
    while True:
        data = sock.recv(1 << 20)
        if not data:
            break
        events += data.count(b"data: ")
        tail = (tail + data)[-7:]
        if tail.endswith(b"0\r\n\r\n"):
            break
    elapsed = time.perf_counter() - start
    sock.close()
    return (events - 1) / elapsed  # [DONE] is not a chunk


def measure(port: int) -> dict[str, float]:
    """Run every ceiling measure against the server on `port`."""
    sequential(port, 200)  # warm-up
    return {
        "sequential_rps": sequential(port, 5000),
        "concurrent64_rps": concurrent(port, 20000),
        "stream_chunks_per_s": max(stream(port, 20_000) for _ in range(3)),
    }


if __name__ == "__main__":
    print(json.dumps(measure(int(sys.argv[1]))))
