# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump, missing_keys

T = TypeVar("T", bound="RealtimeCreateClientSecretResponse")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "value",
        "expires_at",
        "session",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_session(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "realtime":
            return RealtimeSessionCreateResponseGA.from_dict(data)
        if tag == "transcription":
            return RealtimeTranscriptionSessionCreateResponseGA.from_dict(data)
        return _choose_session(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class RealtimeCreateClientSecretResponse(_Model):
    """Schema `RealtimeCreateClientSecretResponse`.

    Attributes:
        value (str):
        expires_at (int):
        session (RealtimeSessionCreateResponseGA | RealtimeTranscriptionSessionCreateResponseGA):
    """

    value: str
    expires_at: int
    session: RealtimeSessionCreateResponseGA | RealtimeTranscriptionSessionCreateResponseGA
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "value",
        "expires_at",
        "session",
    )
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["value"] = self.value
        field_dict["expires_at"] = self.expires_at
        field_dict["session"] = dump(self.session)
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        value = d.get("value")
        expires_at = d.get("expires_at")
        _session = d.get("session")
        session = _read_session(_session)
        realtime_create_client_secret_response = cls(
            value=value,
            expires_at=expires_at,
            session=session,
        )
        if value is None or expires_at is None or session is None:
            realtime_create_client_secret_response._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            realtime_create_client_secret_response.additional_properties = _extra_fields(d)
        return realtime_create_client_secret_response

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
from ..models.realtime_session_create_response_ga import RealtimeSessionCreateResponseGA  # noqa: E402
from ..models.realtime_transcription_session_create_response_ga import (
    RealtimeTranscriptionSessionCreateResponseGA,  # noqa: E402
)

_choose_session = ModelChoice(
    RealtimeSessionCreateResponseGA, RealtimeTranscriptionSessionCreateResponseGA
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
RealtimeCreateClientSecretResponse._oc_fields = (
    ("value", "value", True, "string"),
    ("expires_at", "expires_at", True, "integer"),
    (
        "session",
        "session",
        True,
        (
            "union",
            (
                RealtimeSessionCreateResponseGA,
                RealtimeTranscriptionSessionCreateResponseGA,
            ),
        ),
    ),
)
