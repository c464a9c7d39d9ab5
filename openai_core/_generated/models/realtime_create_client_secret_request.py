# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeCreateClientSecretRequest")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "expires_after",
        "session",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class RealtimeCreateClientSecretRequest:
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

    def to_dict(self) -> dict[str, Any]:
        expires_after: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expires_after, Unset):
            expires_after = self.expires_after.to_dict()

        session: dict[str, Any] | Unset
        if isinstance(self.session, Unset):
            session = UNSET
        elif isinstance(self.session, RealtimeSessionCreateRequestGA):
            session = self.session.to_dict()
        else:
            session = self.session.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if expires_after is not UNSET:
            field_dict["expires_after"] = expires_after
        if session is not UNSET:
            field_dict["session"] = session

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _expires_after = d.get("expires_after", UNSET)
        expires_after: RealtimeCreateClientSecretRequestExpiresAfter | Unset
        if isinstance(_expires_after, Unset):
            expires_after = UNSET
        else:
            expires_after = RealtimeCreateClientSecretRequestExpiresAfter.from_dict(_expires_after)

        def _parse_session(
            data: object,
        ) -> RealtimeSessionCreateRequestGA | RealtimeTranscriptionSessionCreateRequestGA | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                session_type_0 = RealtimeSessionCreateRequestGA.from_dict(data)

                return session_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            session_type_1 = RealtimeTranscriptionSessionCreateRequestGA.from_dict(data)

            return session_type_1

        session = _parse_session(d.get("session", UNSET))

        realtime_create_client_secret_request = cls(
            expires_after=expires_after,
            session=session,
        )

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
