"""The pure scheduling core of run_many: reading rate-limit headers, pausing, ordering."""

from __future__ import annotations

import pytest

from openai_core import InvalidConfigError, RateLimitError
from openai_core._jobs.pacing import Outcome, Pacer, Scheduler, parse_reset


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("1s", 1.0), ("6m0s", 360.0), ("20ms", 0.02), ("1h2m3.5s", 3723.5), ("0.25", 0.25),
     ("", None), (None, None), ("soon", None), ("5x", None)],
)  # fmt: skip
def test_reset_durations_are_read_like_openai_writes_them(text, seconds):
    assert parse_reset(text) == seconds


def limits(remaining: int, reset: str = "1s", limit: int = 10) -> dict[str, str]:
    return {
        "x-ratelimit-limit-requests": str(limit),
        "x-ratelimit-remaining-requests": str(remaining),
        "x-ratelimit-reset-requests": reset,
    }


def test_the_first_call_goes_alone_until_its_answer_tells_the_limits():
    pacer = Pacer()

    assert pacer.delay(0.0, in_flight=0) == 0.0
    assert pacer.delay(0.0, in_flight=1) is None
    pacer.observe({}, 0.0, in_flight=0)
    assert pacer.delay(0.0, in_flight=5) == 0.0  # no limits announced: full speed


def test_starts_stop_before_the_window_runs_out_and_resume_when_it_resets():
    pacer = Pacer()
    pacer.observe(limits(remaining=2, reset="2s"), 10.0, in_flight=0)

    pacer.started()
    pacer.started()

    assert pacer.delay(10.5, in_flight=2) is None  # wait for an answer first
    assert pacer.delay(10.5, in_flight=0) == pytest.approx(1.5)  # then for the reset
    assert pacer.waits == 1
    assert pacer.delay(12.0, in_flight=0) == 0.0  # a new window: its full allowance


def test_calls_in_flight_are_taken_off_the_announced_budget():
    pacer = Pacer()

    pacer.observe(limits(remaining=3), 0.0, in_flight=3)

    assert pacer.delay(0.1, in_flight=3) is None


def test_a_429_pauses_every_start_for_the_servers_delay_else_a_growing_backoff():
    pacer = Pacer(backoff_base=0.5)

    pacer.rate_limited({"retry-after-ms": "1500"}, 100.0)
    assert pacer.delay(100.0, in_flight=0) == pytest.approx(1.5)
    pacer.rate_limited({}, 200.0)
    pacer.rate_limited({}, 200.0)
    assert pacer.delay(200.0, in_flight=0) == pytest.approx(2.0)  # third 429 in a row: 0.5 * 2**2


def test_exhausted_tokens_pause_until_the_token_window_resets():
    pacer = Pacer()

    pacer.observe({"x-ratelimit-remaining-tokens": "0", "x-ratelimit-reset-tokens": "3s"}, 0.0, 0)

    assert pacer.delay(1.0, in_flight=0) == pytest.approx(2.0)


def rate_limit_error(code: str = "rate_limit_exceeded") -> RateLimitError:
    return RateLimitError("slow down", status_code=429, code=code)


def test_results_are_handed_out_in_input_order():
    scheduler = Scheduler(3, concurrency=3)
    scheduler.pacer.observe({}, 0.0, 0)

    started, _ = scheduler.starts(0.0)
    scheduler.finish(2, Outcome("c"), 0.0)
    scheduler.finish(1, Outcome("b"), 0.0)
    early = scheduler.ready()
    scheduler.finish(0, Outcome("a"), 0.0)

    assert started == [0, 1, 2]
    assert early == []
    assert [(r.index, r.response) for r in scheduler.ready()] == [(0, "a"), (1, "b"), (2, "c")]
    assert scheduler.finished


def test_a_rate_limited_request_goes_back_first_in_line_until_its_retries_run_out():
    scheduler = Scheduler(2, concurrency=1, max_rate_limit_retries=1)
    scheduler.pacer.observe({}, 0.0, 0)

    assert scheduler.starts(0.0)[0] == [0]
    scheduler.finish(0, Outcome(error=rate_limit_error(), headers={"retry-after": "0"}), 0.0)
    assert scheduler.starts(0.0)[0] == [0]
    scheduler.finish(0, Outcome(error=rate_limit_error(), headers={"retry-after": "0"}), 0.0)

    (result,) = scheduler.ready()
    assert isinstance(result.error, RateLimitError)
    assert scheduler.progress().rate_limited == 2


def test_an_exhausted_quota_is_a_result_not_a_retry():
    scheduler = Scheduler(1, concurrency=1)
    scheduler.starts(0.0)

    scheduler.finish(0, Outcome(error=rate_limit_error("insufficient_quota")), 0.0)

    assert [r.error.code for r in scheduler.ready()] == ["insufficient_quota"]


def test_calls_never_run_far_ahead_of_the_first_unfinished_one():
    scheduler = Scheduler(1000, concurrency=2)
    scheduler.pacer.observe({}, 0.0, 0)

    started, _ = scheduler.starts(0.0)
    while started:  # request 0 never finishes; every other one does at once
        for index in started:
            if index != 0:
                scheduler.finish(index, Outcome(index), 0.0)
        started, _ = scheduler.starts(0.0)

    assert scheduler.in_flight == 1
    assert scheduler.progress().done == 255  # the window of 256 ahead of request 0


@pytest.mark.parametrize("bad", [0, -1, 1.5, True, "4"])
def test_concurrency_must_be_a_positive_int(bad):
    with pytest.raises(InvalidConfigError, match="concurrency"):
        Scheduler(1, concurrency=bad)
