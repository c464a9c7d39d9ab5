# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeCreateClientSecretRequest")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "expires_after",
        "session",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_session(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "realtime":
            return RealtimeSessionCreateRequestGA.from_dict(data)
        if tag == "transcription":
            return RealtimeTranscriptionSessionCreateRequestGA.from_dict(data)
        return _choose_session(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class RealtimeCreateClientSecretRequest(_Model):
    """Schema `RealtimeCreateClientSecretRequest`.

    Attributes:
        expires_after (RealtimeCreateClientSecretRequestExpiresAfter | Unset):
        session (RealtimeSessionCreateRequestGA | RealtimeTranscriptionSessionCreateRequestGA | Unset):
    """

    expires_after: RealtimeCreateClientSecretRequestExpiresAfter | Unset = UNSET
    session: (
        RealtimeSessionCreateRequestGA | RealtimeTranscriptionSessionCreateRequestGA | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ()
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.expires_after is not UNSET:
            field_dict["expires_after"] = dump(self.expires_after)
        if self.session is not UNSET:
            field_dict["session"] = dump(self.session)
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        _expires_after = d.get("expires_after", UNSET)
        expires_after = (
            RealtimeCreateClientSecretRequestExpiresAfter.from_dict(_expires_after)
            if isinstance(_expires_after, dict)
            else _expires_after
        )
        _session = d.get("session", UNSET)
        session = _read_session(_session)
        realtime_create_client_secret_request = cls(
            expires_after=expires_after,
            session=session,
        )
        if not _FIELDS.issuperset(d):
            realtime_create_client_secret_request.additional_properties = _extra_fields(d)
        return realtime_create_client_secret_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported last: the classes above exist before any model that refers back to them is loaded.
from ..models.realtime_create_client_secret_request_expires_after import (
    RealtimeCreateClientSecretRequestExpiresAfter,  # noqa: E402
)
from ..models.realtime_session_create_request_ga import RealtimeSessionCreateRequestGA  # noqa: E402
from ..models.realtime_transcription_session_create_request_ga import (
    RealtimeTranscriptionSessionCreateRequestGA,  # noqa: E402
)

_choose_session = ModelChoice(
    RealtimeSessionCreateRequestGA, RealtimeTranscriptionSessionCreateRequestGA
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
RealtimeCreateClientSecretRequest._oc_fields = (
    ("expires_after", "expires_after", False, RealtimeCreateClientSecretRequestExpiresAfter),
    (
        "session",
        "session",
        False,
        (
            "union",
            (
                RealtimeSessionCreateRequestGA,
                RealtimeTranscriptionSessionCreateRequestGA,
            ),
        ),
    ),
)
