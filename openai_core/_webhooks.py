"""
Webhook signature verification, following the Standard Webhooks scheme that OpenAI uses.

A webhook request carries three headers:

- `webhook-id`: a unique id for the message (the same on every delivery attempt);
- `webhook-timestamp`: when it was sent, in integer seconds since the Unix epoch;
- `webhook-signature`: one or more space-separated `v1,<base64>` entries, where `<base64>` is
  the HMAC-SHA256 of `f"{id}.{timestamp}.{body}"` keyed with the secret. Several entries appear
  while a secret is being rotated; one match is enough. Entries of other versions are ignored.

The secret is given as `whsec_<base64>`: the prefix is dropped and the rest base64-decoded into
the HMAC key. Verification checks the signature first (in constant time), then the timestamp
against a tolerance window (both too old and too far in the future), then, when a replay cache is
given, that the id was not seen before. An id is remembered only after everything else passed, so
forged requests cannot fill the cache with ids that a genuine delivery would then be refused for.

Nothing here ever puts the secret, the key or an expected signature in a message or repr.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Mapping, MutableSet
from typing import TYPE_CHECKING, Any

from ._exceptions import InvalidConfigError, WebhookVerificationError

if TYPE_CHECKING:
    from typing import TypeAlias

    from ._generated.models.webhook_batch_cancelled import WebhookBatchCancelled
    from ._generated.models.webhook_batch_completed import WebhookBatchCompleted
    from ._generated.models.webhook_batch_expired import WebhookBatchExpired
    from ._generated.models.webhook_batch_failed import WebhookBatchFailed
    from ._generated.models.webhook_eval_run_canceled import WebhookEvalRunCanceled
    from ._generated.models.webhook_eval_run_failed import WebhookEvalRunFailed
    from ._generated.models.webhook_eval_run_succeeded import WebhookEvalRunSucceeded
    from ._generated.models.webhook_fine_tuning_job_cancelled import WebhookFineTuningJobCancelled
    from ._generated.models.webhook_fine_tuning_job_failed import WebhookFineTuningJobFailed
    from ._generated.models.webhook_fine_tuning_job_succeeded import WebhookFineTuningJobSucceeded
    from ._generated.models.webhook_live_call_incoming import WebhookLiveCallIncoming
    from ._generated.models.webhook_realtime_call_incoming import WebhookRealtimeCallIncoming
    from ._generated.models.webhook_response_cancelled import WebhookResponseCancelled
    from ._generated.models.webhook_response_completed import WebhookResponseCompleted
    from ._generated.models.webhook_response_failed import WebhookResponseFailed
    from ._generated.models.webhook_response_incomplete import WebhookResponseIncomplete

    WebhookEvent: TypeAlias = (
        WebhookBatchCancelled
        | WebhookBatchCompleted
        | WebhookBatchExpired
        | WebhookBatchFailed
        | WebhookEvalRunCanceled
        | WebhookEvalRunFailed
        | WebhookEvalRunSucceeded
        | WebhookFineTuningJobCancelled
        | WebhookFineTuningJobFailed
        | WebhookFineTuningJobSucceeded
        | WebhookLiveCallIncoming
        | WebhookRealtimeCallIncoming
        | WebhookResponseCancelled
        | WebhookResponseCompleted
        | WebhookResponseFailed
        | WebhookResponseIncomplete
    )

__all__ = [
    "DEFAULT_REPLAY_CACHE_SIZE",
    "DEFAULT_TOLERANCE",
    "WebhookReplayCache",
    "WebhookVerifier",
    "parse_webhook_event",
    "sign_webhook",
    "unwrap_webhook",
    "verify_webhook",
]

DEFAULT_TOLERANCE = 300
"""Seconds a webhook timestamp may differ from the current time, either way."""

DEFAULT_REPLAY_CACHE_SIZE = 10_000
"""Webhook ids a WebhookVerifier remembers to refuse replays."""

_SECRET_PREFIX = "whsec_"
_SIGNATURE_VERSION = "v1"


class WebhookReplayCache:
    """
    A bounded, thread-safe memory of webhook ids already accepted (least recently seen dropped).

    Args:
        max_size: How many ids to remember; older ones are forgotten first.
    """

    def __init__(self, max_size: int = DEFAULT_REPLAY_CACHE_SIZE) -> None:
        if not isinstance(max_size, int) or isinstance(max_size, bool) or max_size < 1:
            raise InvalidConfigError(
                f"Expected replay_cache_size to be an int >= 1, got {max_size!r}."
            )
        self.max_size = max_size
        self._ids: OrderedDict[str, None] = OrderedDict()
        self._lock = threading.Lock()

    def __contains__(self, webhook_id: object) -> bool:
        with self._lock:
            return webhook_id in self._ids

    def __len__(self) -> int:
        with self._lock:
            return len(self._ids)

    def __repr__(self) -> str:
        return f"WebhookReplayCache(max_size={self.max_size!r}, size={len(self)})"

    def add_new(self, webhook_id: str) -> bool:
        """
        Remember `webhook_id`; return False if it was already remembered (a replay).

        Check and insert happen under one lock, so two concurrent deliveries of the same id
        cannot both be accepted.
        """
        with self._lock:
            if webhook_id in self._ids:
                self._ids.move_to_end(webhook_id)
                return False
            self._ids[webhook_id] = None
            if len(self._ids) > self.max_size:
                self._ids.popitem(last=False)
            return True


def _key_from_secret(secret: str) -> bytes:
    if not isinstance(secret, str) or not secret:
        raise InvalidConfigError(
            "Expected the webhook secret as a non-empty str ('whsec_...'), got "
            f"{type(secret).__name__}."
        )
    encoded = secret[len(_SECRET_PREFIX) :] if secret.startswith(_SECRET_PREFIX) else secret
    try:
        key = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        # The secret's value stays out of the message: it is a credential.
        raise InvalidConfigError(
            "The webhook secret is not valid base64 after its 'whsec_' prefix; copy it again "
            "from the dashboard."
        ) from None
    if not key:
        raise InvalidConfigError("The webhook secret decodes to an empty key.")
    return key


def _payload_bytes(payload: bytes | bytearray | memoryview | str) -> bytes:
    if isinstance(payload, str):
        return payload.encode("utf-8")
    if isinstance(payload, (bytes, bytearray, memoryview)):
        return bytes(payload)
    raise TypeError(
        f"Expected the webhook body as bytes or str (the raw request body, not parsed JSON), "
        f"got {type(payload).__name__}."
    )


def _header(headers: Mapping[str, str], name: str) -> str:
    value = headers.get(name)
    if value is None:
        for key, candidate in headers.items():
            if key.lower() == name:
                value = candidate
                break
    if value is None or not str(value).strip():
        raise WebhookVerificationError(
            f"Missing the {name!r} header; pass the request's headers unchanged."
        )
    return str(value).strip()


def _signature(key: bytes, webhook_id: str, timestamp: str, body: bytes) -> str:
    signed = f"{webhook_id}.{timestamp}.".encode() + body
    return base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode("ascii")


def _check_timestamp(raw: str, tolerance: float, now: float) -> None:
    if not raw.isascii() or not raw.isdigit():
        raise WebhookVerificationError(
            f"Expected the 'webhook-timestamp' header to be integer seconds since the epoch, "
            f"got {raw[:40]!r}."
        )
    age = now - int(raw)
    if age > tolerance:
        raise WebhookVerificationError(
            f"The webhook timestamp is {int(age)} s old, more than the {tolerance:g} s "
            "tolerance: a stale or replayed message."
        )
    if -age > tolerance:
        raise WebhookVerificationError(
            f"The webhook timestamp is {int(-age)} s in the future, more than the "
            f"{tolerance:g} s tolerance; check the clock of this machine."
        )


def _check_signatures(header: str, expected: str) -> None:
    wanted = expected.encode("ascii")
    found_v1 = False
    for entry in header.split():
        version, comma, value = entry.partition(",")
        if not comma or version != _SIGNATURE_VERSION:
            continue
        found_v1 = True
        if hmac.compare_digest(value.encode("utf-8", "surrogateescape"), wanted):
            return
    if not found_v1:
        raise WebhookVerificationError(
            "The 'webhook-signature' header holds no 'v1,<base64>' signature; expected the "
            "Standard Webhooks format."
        )
    raise WebhookVerificationError(
        "No signature in 'webhook-signature' matches the body: the secret is wrong, or the body "
        "was changed (verify the raw bytes, before any JSON parsing)."
    )


def _remember(seen: WebhookReplayCache | MutableSet[str], webhook_id: str) -> None:
    if isinstance(seen, WebhookReplayCache):
        fresh = seen.add_new(webhook_id)
    else:
        fresh = webhook_id not in seen
        if fresh:
            seen.add(webhook_id)
    if not fresh:
        raise WebhookVerificationError(
            f"The webhook id {webhook_id[:80]!r} was already accepted: a replayed message."
        )


def _verify(
    key: bytes,
    payload: bytes | bytearray | memoryview | str,
    headers: Mapping[str, str],
    tolerance: float,
    now: float,
    seen: WebhookReplayCache | MutableSet[str] | None,
) -> bytes:
    body = _payload_bytes(payload)
    webhook_id = _header(headers, "webhook-id")
    timestamp = _header(headers, "webhook-timestamp")
    signatures = _header(headers, "webhook-signature")
    _check_signatures(signatures, _signature(key, webhook_id, timestamp, body))
    _check_timestamp(timestamp, tolerance, now)
    if seen is not None:
        _remember(seen, webhook_id)
    return body


def _parse(body: bytes) -> dict[str, Any]:
    try:
        data = json.loads(body)
    except ValueError:
        raise WebhookVerificationError(
            "The webhook is signed correctly but its body is not JSON."
        ) from None
    if not isinstance(data, dict):
        raise WebhookVerificationError(
            f"Expected the webhook body to be a JSON object, got {type(data).__name__}."
        )
    return data


def _event_model(event_type: str) -> str:
    """The generated model of an event type: "batch.completed" -> webhook_batch_completed."""
    stem = event_type.replace(".", "_")
    name = "".join(part[:1].upper() + part[1:] for part in stem.split("_"))
    return f"webhook_{stem}:Webhook{name}"


def parse_webhook_event(data: Mapping[str, Any]) -> WebhookEvent | dict[str, Any]:
    """
    Return a webhook body (a verified JSON object) as the generated model of its `type`
    (`WebhookBatchCompleted`, `WebhookResponseCompleted`, ...); an event type this SDK does
    not know yet comes back as the dict.

    Raises:
        ResponseValidationError: The body does not fit the model of its type.
    """
    from ._model_build import build_model, load_model

    event_type = data.get("type")
    if not isinstance(event_type, str) or not event_type.replace(".", "_").isidentifier():
        return dict(data)
    try:
        model = load_model(_event_model(event_type))
    except InvalidConfigError:
        return dict(data)
    event: WebhookEvent = build_model(model.from_dict, dict(data), f"a {event_type} webhook event")
    return event


def _check_tolerance(tolerance: float) -> float:
    if isinstance(tolerance, bool) or not isinstance(tolerance, (int, float)) or tolerance < 0:
        raise InvalidConfigError(f"Expected tolerance to be seconds >= 0, got {tolerance!r}.")
    return float(tolerance)


def verify_webhook(
    payload: bytes | str,
    headers: Mapping[str, str],
    secret: str,
    *,
    tolerance: float = DEFAULT_TOLERANCE,
    now: float | None = None,
    seen: WebhookReplayCache | MutableSet[str] | None = None,
) -> None:
    """
    Check that a webhook request was signed with `secret`, is recent, and is not a replay.

    Args:
        payload: The raw request body, exactly as received.
        headers: The request headers (any mapping; names are matched case-insensitively).
        secret: The endpoint's signing secret, "whsec_<base64>".
        tolerance: Seconds the timestamp may differ from `now`, either way.
        now: The current time in seconds since the epoch (default: `time.time()`).
        seen: A replay cache (WebhookReplayCache, or any set of ids): an id already in it is
            refused, and an accepted id is added to it.

    Raises:
        WebhookVerificationError: A header is missing, the signature does not match, the
            timestamp is outside the tolerance, or the id was seen before.
        InvalidConfigError: The secret or tolerance cannot be used.
    """
    _verify(
        _key_from_secret(secret),
        payload,
        headers,
        _check_tolerance(tolerance),
        time.time() if now is None else now,
        seen,
    )


def unwrap_webhook(
    payload: bytes | str,
    headers: Mapping[str, str],
    secret: str,
    *,
    tolerance: float = DEFAULT_TOLERANCE,
    now: float | None = None,
    seen: WebhookReplayCache | MutableSet[str] | None = None,
) -> dict[str, Any]:
    """
    Verify a webhook (see `verify_webhook`) and return its body parsed as a JSON object.

    Raises:
        WebhookVerificationError: Verification failed, or the body is not a JSON object.
        InvalidConfigError: The secret or tolerance cannot be used.
    """
    body = _verify(
        _key_from_secret(secret),
        payload,
        headers,
        _check_tolerance(tolerance),
        time.time() if now is None else now,
        seen,
    )
    return _parse(body)


def sign_webhook(
    payload: bytes | str, secret: str, *, webhook_id: str, timestamp: int
) -> dict[str, str]:
    """
    Return the headers a sender would attach to `payload`: for testing webhook handlers.

    Args:
        payload: The body to sign.
        secret: The signing secret, "whsec_<base64>".
        webhook_id: The message id.
        timestamp: Seconds since the epoch.
    """
    key = _key_from_secret(secret)
    stamp = str(int(timestamp))
    signature = _signature(key, webhook_id, stamp, _payload_bytes(payload))
    return {
        "webhook-id": webhook_id,
        "webhook-timestamp": stamp,
        "webhook-signature": f"{_SIGNATURE_VERSION},{signature}",
    }


class WebhookVerifier:
    """
    Verifies the webhooks of one endpoint, refusing replays of ids it already accepted.

    Args:
        secret: The endpoint's signing secret, "whsec_<base64>" (checked here, once).
        tolerance: Seconds a timestamp may differ from the clock, either way.
        replay_cache_size: How many accepted ids to remember; 0 turns replay protection off.
        clock: Returns the current time in seconds since the epoch (injectable for tests).

    Raises:
        InvalidConfigError: The secret, tolerance or cache size cannot be used.
    """

    __slots__ = ("_clock", "_key", "replay_cache", "tolerance")

    def __init__(
        self,
        secret: str,
        *,
        tolerance: float = DEFAULT_TOLERANCE,
        replay_cache_size: int = DEFAULT_REPLAY_CACHE_SIZE,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._key = _key_from_secret(secret)
        self.tolerance = _check_tolerance(tolerance)
        self.replay_cache: WebhookReplayCache | None = (
            None if replay_cache_size == 0 else WebhookReplayCache(replay_cache_size)
        )
        self._clock = clock

    def __repr__(self) -> str:
        size = None if self.replay_cache is None else self.replay_cache.max_size
        return f"WebhookVerifier(tolerance={self.tolerance:g}, replay_cache_size={size!r})"

    def verify(
        self, payload: bytes | str, headers: Mapping[str, str], *, now: float | None = None
    ) -> None:
        """
        Verify one webhook request (see `verify_webhook`).

        Args:
            payload: The raw request body.
            headers: The request headers.
            now: The current time, overriding the clock.

        Raises:
            WebhookVerificationError: Verification failed.
        """
        self._check(payload, headers, now)

    def unwrap(
        self, payload: bytes | str, headers: Mapping[str, str], *, now: float | None = None
    ) -> WebhookEvent | dict[str, Any]:
        """
        Verify one webhook request and return its event, typed by its `type`
        (`WebhookBatchCompleted`, `WebhookResponseCompleted`, ...; see `parse_webhook_event`).
        An event type this SDK does not know yet comes back as the JSON object.

        Raises:
            WebhookVerificationError: Verification failed, or the body is not a JSON object.
            ResponseValidationError: The body does not fit the model of its type.
        """
        return parse_webhook_event(self.unwrap_dict(payload, headers, now=now))

    def unwrap_dict(
        self, payload: bytes | str, headers: Mapping[str, str], *, now: float | None = None
    ) -> dict[str, Any]:
        """
        Verify one webhook request and return its body as a plain JSON object.

        Raises:
            WebhookVerificationError: Verification failed, or the body is not a JSON object.
        """
        return _parse(self._check(payload, headers, now))

    def _check(self, payload: bytes | str, headers: Mapping[str, str], now: float | None) -> bytes:
        current = self._clock() if now is None else now
        return _verify(self._key, payload, headers, self.tolerance, current, self.replay_cache)
