"""Webhook verification (Standard Webhooks): signatures, timestamps, replays, secret hygiene."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
import threading
from pathlib import Path

import pytest

import openai_core
from openai_core._exceptions import InvalidConfigError, WebhookVerificationError
from openai_core._model_build import load_model
from openai_core._webhooks import (
    WebhookReplayCache,
    WebhookVerifier,
    _event_model,
    parse_webhook_event,
    sign_webhook,
    unwrap_webhook,
    verify_webhook,
)

WEBHOOK_EVENT_NAMES = {
    "WebhookBatchCancelled", "WebhookBatchCompleted", "WebhookBatchExpired", "WebhookBatchFailed",
    "WebhookEvalRunCanceled", "WebhookEvalRunFailed", "WebhookEvalRunSucceeded",
    "WebhookFineTuningJobCancelled", "WebhookFineTuningJobFailed", "WebhookFineTuningJobSucceeded",
    "WebhookLiveCallIncoming", "WebhookRealtimeCallIncoming", "WebhookResponseCancelled",
    "WebhookResponseCompleted", "WebhookResponseFailed", "WebhookResponseIncomplete",
}  # fmt: skip
KEY = b"0123456789abcdef0123456789abcdef"
SECRET = "whsec_" + base64.b64encode(KEY).decode()
NOW = 1_700_000_000
BODY = b'{"id":"evt_1","type":"response.completed","data":{"id":"resp_1"}}'


def signed(body=BODY, *, webhook_id="msg_1", timestamp=NOW, secret=SECRET):
    return sign_webhook(body, secret, webhook_id=webhook_id, timestamp=timestamp)


def test_signature_matches_an_independent_hmac_of_id_timestamp_and_body():
    headers = signed()

    expected = hmac.new(KEY, b"msg_1.%d.%s" % (NOW, BODY), hashlib.sha256).digest()
    assert headers["webhook-signature"] == "v1," + base64.b64encode(expected).decode()
    assert headers["webhook-timestamp"] == str(NOW)


@pytest.mark.parametrize("payload", [BODY, BODY.decode(), bytearray(BODY)])
def test_a_correctly_signed_webhook_verifies_as_bytes_or_str(payload):
    verify_webhook(payload, signed(), SECRET, now=NOW)


def test_unwrap_returns_the_parsed_body():
    assert unwrap_webhook(BODY, signed(), SECRET, now=NOW)["data"] == {"id": "resp_1"}


def test_header_names_are_matched_case_insensitively():
    headers = {name.upper(): value for name, value in signed().items()}

    verify_webhook(BODY, headers, SECRET, now=NOW)


def test_one_matching_signature_among_several_is_enough():
    good = signed()["webhook-signature"]
    other = signed(secret="whsec_" + base64.b64encode(b"another key").decode())
    headers = {**signed(), "webhook-signature": f"{other['webhook-signature']} v1a,xyz {good}"}

    verify_webhook(BODY, headers, SECRET, now=NOW)


def test_a_secret_without_the_prefix_is_accepted():
    verify_webhook(BODY, signed(), base64.b64encode(KEY).decode(), now=NOW)


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (lambda h, b: (h, b + b" "), "No signature"),
        (lambda h, b: ({**h, "webhook-id": "msg_2"}, b), "No signature"),
        (lambda h, b: ({**h, "webhook-timestamp": str(NOW + 1)}, b), "No signature"),
        (lambda h, b: ({**h, "webhook-signature": "v1,AAAA"}, b), "No signature"),
        (lambda h, b: ({**h, "webhook-signature": "v2," + h["webhook-signature"][3:]}, b), "v1"),
        (lambda h, b: ({**h, "webhook-signature": "garbage"}, b), "v1"),
        (lambda h, b: ({**h, "webhook-signature": "v1,ünïcode"}, b), "No signature"),
        (lambda h, b: ({k: v for k, v in h.items() if k != "webhook-id"}, b), "webhook-id"),
        (lambda h, b: ({**h, "webhook-timestamp": ""}, b), "webhook-timestamp"),
        (lambda h, b: ({k: v for k, v in h.items() if k != "webhook-signature"}, b), "signature"),
    ],
    ids=[
        "body-changed", "id-changed", "timestamp-changed", "wrong-signature", "other-version",
        "no-comma", "non-ascii-signature", "missing-id", "empty-timestamp", "missing-signature",
    ],
)  # fmt: skip
def test_bad_signatures_and_headers_are_rejected(change, reason):
    headers, body = change(signed(), BODY)

    with pytest.raises(WebhookVerificationError, match=reason):
        verify_webhook(body, headers, SECRET, now=NOW)


def test_a_wrong_secret_is_rejected():
    wrong = "whsec_" + base64.b64encode(b"not the key").decode()

    with pytest.raises(WebhookVerificationError, match="No signature"):
        verify_webhook(BODY, signed(), wrong, now=NOW)


@pytest.mark.parametrize("offset", [301, -301, 10**6])
def test_timestamps_outside_the_tolerance_are_rejected(offset):
    with pytest.raises(WebhookVerificationError, match="tolerance"):
        verify_webhook(BODY, signed(), SECRET, now=NOW + offset)


@pytest.mark.parametrize("offset", [0, 300, -300])
def test_timestamps_inside_the_tolerance_pass(offset):
    verify_webhook(BODY, signed(), SECRET, now=NOW + offset)


def test_tolerance_is_configurable():
    with pytest.raises(WebhookVerificationError, match="tolerance"):
        verify_webhook(BODY, signed(), SECRET, now=NOW + 11, tolerance=10)


@pytest.mark.parametrize("stamp", ["abc", "1.5", "-5", "١٢٣"])
def test_a_malformed_timestamp_is_rejected(stamp):
    headers = signed(timestamp=NOW)
    headers["webhook-timestamp"] = stamp
    # Signed over the malformed value, so only the timestamp check can refuse it.
    key_headers = {
        **headers,
        "webhook-signature": "v1,"
        + base64.b64encode(
            hmac.new(KEY, f"msg_1.{stamp}.".encode() + BODY, hashlib.sha256).digest()
        ).decode(),
    }

    with pytest.raises(WebhookVerificationError, match="timestamp"):
        verify_webhook(BODY, key_headers, SECRET, now=NOW)


def test_a_replayed_id_is_rejected_with_a_seen_store():
    seen: set[str] = set()
    verify_webhook(BODY, signed(), SECRET, now=NOW, seen=seen)

    with pytest.raises(WebhookVerificationError, match="replay"):
        verify_webhook(BODY, signed(), SECRET, now=NOW + 1, seen=seen)


def test_a_forged_message_does_not_poison_the_seen_store():
    cache = WebhookReplayCache(10)
    forged = {**signed(), "webhook-signature": "v1,AAAA"}

    with pytest.raises(WebhookVerificationError):
        verify_webhook(BODY, forged, SECRET, now=NOW, seen=cache)
    verify_webhook(BODY, signed(), SECRET, now=NOW, seen=cache)

    assert "msg_1" in cache


def test_the_replay_cache_is_bounded_and_forgets_the_oldest():
    cache = WebhookReplayCache(3)
    for index in range(5):
        assert cache.add_new(f"msg_{index}")

    assert len(cache) == 3
    assert "msg_0" not in cache and "msg_1" not in cache
    assert not cache.add_new("msg_4")
    assert cache.add_new("msg_0")


def test_concurrent_deliveries_of_one_id_are_accepted_once():
    verifier = WebhookVerifier(SECRET, clock=lambda: NOW)
    headers = signed()
    outcomes: list[str] = []
    barrier = threading.Barrier(8)

    def deliver() -> None:
        barrier.wait(timeout=5)
        try:
            verifier.verify(BODY, headers)
            outcomes.append("ok")
        except WebhookVerificationError:
            outcomes.append("replay")

    threads = [threading.Thread(target=deliver) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=5)

    assert sorted(outcomes) == ["ok"] + ["replay"] * 7


def test_verifier_uses_its_clock_and_refuses_replays():
    clock = [float(NOW)]
    verifier = WebhookVerifier(SECRET, tolerance=60, clock=lambda: clock[0])

    assert verifier.unwrap_dict(BODY, signed())["id"] == "evt_1"
    with pytest.raises(WebhookVerificationError, match="replay"):
        verifier.verify(BODY, signed())
    clock[0] += 61
    with pytest.raises(WebhookVerificationError, match="tolerance"):
        verifier.verify(BODY, signed(webhook_id="msg_2"))


def test_a_verifier_without_a_replay_cache_accepts_repeats():
    verifier = WebhookVerifier(SECRET, replay_cache_size=0, clock=lambda: NOW)

    verifier.verify(BODY, signed())
    verifier.verify(BODY, signed())


@pytest.mark.parametrize("body", [b"not json", b"[1, 2]", b"\xff\xfe"])
def test_unwrap_refuses_a_signed_body_that_is_not_a_json_object(body):
    with pytest.raises(WebhookVerificationError, match="JSON"):
        unwrap_webhook(body, signed(body), SECRET, now=NOW)


@pytest.mark.parametrize("secret", ["", "whsec_", "whsec_%%%not-base64", "whsec_abc"])
def test_an_unusable_secret_is_a_config_error_that_does_not_echo_it(secret):
    with pytest.raises(InvalidConfigError) as info:
        WebhookVerifier(secret)

    if secret.removeprefix("whsec_"):
        assert secret.removeprefix("whsec_") not in str(info.value)


def test_the_secret_and_signatures_never_appear_in_errors_or_reprs():
    verifier = WebhookVerifier(SECRET, clock=lambda: NOW)
    encoded = SECRET.removeprefix("whsec_")
    good = signed()["webhook-signature"].removeprefix("v1,")
    texts = [repr(verifier), repr(verifier.replay_cache)]
    for headers, now in [
        ({**signed(), "webhook-signature": "v1,AAAA"}, NOW),
        (signed(), NOW + 999),
    ]:
        with pytest.raises(WebhookVerificationError) as info:
            verifier.verify(BODY + b"x", headers, now=now)
        texts += [str(info.value), repr(info.value)]

    for text in texts:
        assert encoded not in text and SECRET not in text and good not in text


def test_payload_must_be_raw_bytes_or_str():
    with pytest.raises(TypeError, match="raw request body"):
        verify_webhook({"id": 1}, signed(), SECRET, now=NOW)  # type: ignore[arg-type]


EVENT = {
    "id": "evt_2",
    "object": "event",
    "type": "batch.completed",
    "created_at": NOW,
    "data": {"id": "batch_1"},
}


def test_verifier_unwrap_returns_the_generated_model_of_the_event_type():
    from openai_core._generated.models.webhook_batch_completed import WebhookBatchCompleted

    body = json.dumps(EVENT).encode()
    verifier = WebhookVerifier(SECRET, clock=lambda: NOW)

    event = verifier.unwrap(body, signed(body))

    assert isinstance(event, WebhookBatchCompleted)
    assert event.id == "evt_2"
    assert event.data.id == "batch_1"


def test_an_event_type_this_sdk_does_not_know_stays_a_dict():
    data = {**EVENT, "type": "batch.teleported"}

    assert parse_webhook_event(data) == data
    assert parse_webhook_event({"id": "x"}) == {"id": "x"}
    assert parse_webhook_event({"type": "../../etc"}) == {"type": "../../etc"}


def test_every_generated_webhook_event_model_is_found_from_its_type():
    models = Path(openai_core.__file__).parent / "_generated" / "models"
    found = {}
    for path in models.glob("webhook_*.py"):
        match = re.search(r'\n    type: Literal\["([a-z_.]+)"\]\n', path.read_text())
        if match:
            found[match.group(1)] = path.stem

    assert len(found) >= 16
    for event_type, module in found.items():
        ref = _event_model(event_type)
        assert ref.partition(":")[0] == module
        assert load_model(ref).__name__ in WEBHOOK_EVENT_NAMES


def test_the_typed_union_names_every_event_model():
    source = (Path(openai_core.__file__).parent / "_webhooks.py").read_text()
    union = source[source.index("WebhookEvent: TypeAlias") :]
    union = union[: union.index(")")]

    assert set(re.findall(r"Webhook\w+", union)) - {"WebhookEvent"} == WEBHOOK_EVENT_NAMES
