"""
The benchmark is part of the product: its timing helpers are checked here, and its measured cases
run (with tiny counts) against its own mock server, so an SDK change that breaks a case fails the
suite instead of turning into an `{"error": ...}` cell of the next `make bench`.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import cases  # noqa: E402  (bench/ is not a package)
import chunk_costs  # noqa: E402
import pool  # noqa: E402


def test_block_sizes_cover_every_call_in_at_most_five_blocks():
    assert cases.block_sizes(2000) == [400] * 5
    assert cases.block_sizes(2003) == [401, 401, 401, 400, 400]
    assert cases.block_sizes(50) == [25, 25]  # at least 20 calls per block
    assert cases.block_sizes(7) == [7]


def test_block_median_reports_the_block_with_the_median_cpu_per_unit():
    # Five blocks of 10 units whose CPU per unit is 5, 1, 3, 2, 4 (wall: twice the CPU).
    per_unit = [5, 1, 3, 2, 4]
    marks = [(0.0, 0.0)]
    for cpu in per_unit:
        last_cpu, last_wall = marks[-1]
        marks.append((last_cpu + cpu * 10, last_wall + cpu * 20))

    assert cases.block_median(marks, [10] * 5) == (3, 6)


def test_marks_are_taken_every_block_of_chunks():
    marks = cases.Marks(every=3)
    seen = 0
    for _ in range(10):
        seen += 1
        if seen == marks.next:
            marks.hit()

    assert len(marks.marks) == 3  # after chunks 3, 6 and 9
    assert cases.Marks().next == -1  # no blocks: never hit


@pytest.fixture(scope="module")
def bench_server() -> Iterator[str]:
    process = subprocess.Popen(
        [sys.executable, str(BENCH / "server.py")], stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None
        ready = process.stdout.readline().split()
        assert ready[:1] == ["READY"], ready
        yield f"http://127.0.0.1:{ready[1]}/v1"
    finally:
        process.terminate()
        process.wait(timeout=10)
        if process.stdout is not None:
            process.stdout.close()


CASES = [
    ("seq", "openai_core", 40, "cpu_us_per_call"),
    ("seq_tool", "openai_core+httpx", 40, "cpu_us_per_call"),
    ("seq", "httpx", 40, "cpu_us_per_call"),
    ("stream", "openai_core", 200, "chunks_per_s"),
    ("events", "openai_core", 200, "chunks_per_s"),
    ("stream", "httpx", 200, "chunks_per_s"),
    ("async64", "openai_core", 130, "rps"),
    ("large_body", "openai_core", 1, "cpu_ms_per_call"),
    ("streams", "openai_core", 8, "chunks_per_s"),
    ("streams_paused", "openai_core", 8, "rss_mib_all_open"),
    ("run_many64", "openai_core", 130, "rps"),
    ("batch_plan", "openai_core", 200, "plan_us_per_request"),
    ("seq", "openai", 40, "cpu_us_per_call"),  # the official package (a dev dependency)
    ("events", "openai", 200, "chunks_per_s"),
]


@pytest.mark.parametrize(("case", "client", "n", "field"), CASES, ids=lambda v: str(v))
def test_bench_cases_run_against_the_mock_server(bench_server, case, client, n, field):
    done = subprocess.run(
        [sys.executable, str(BENCH / "cases.py"), case, client, "--base-url", bench_server,
         "--n", str(n)],
        capture_output=True, text=True, timeout=120, cwd=BENCH,
    )  # fmt: skip

    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert "error" not in result, result
    assert result[field] > 0


@pytest.mark.parametrize("shape", ["bench", "openai"])
def test_chunk_costs_passes_read_every_chunk(shape: str) -> None:
    body = chunk_costs.body_of(shape, 40)
    runs = chunk_costs.passes(body)
    seen = {name: run() for name, run in runs.items()}
    assert set(seen.values()) == {42 if shape == "bench" else 43}, seen  # + role, finish (usage)
    best = chunk_costs.measure(body, 1)
    assert set(best) == set(runs) and all(v > 0 for v in best.values())


def test_pool_concatenates_the_repetitions_of_runs(tmp_path: Path) -> None:
    latest = BENCH / "results" / "latest.json"
    one = pool.ratios(pool.pooled_raw([latest]))
    two = pool.ratios(pool.pooled_raw([latest, latest]))
    stream = "stream"
    assert two[stream]["pairs"] == 2 * one[stream]["pairs"] > 0
    assert two[stream]["ratio"] == pytest.approx(one[stream]["ratio"])
    assert "| stream of typed chunks" in pool.table([latest, latest])
