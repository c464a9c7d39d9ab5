# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RealtimeCreateClientSecretResponse")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "value",
        "expires_at",
        "session",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class RealtimeCreateClientSecretResponse:
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

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        expires_at = self.expires_at

        session: dict[str, Any]
        if isinstance(self.session, RealtimeSessionCreateResponseGA):
            session = self.session.to_dict()
        else:
            session = self.session.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
                "expires_at": expires_at,
                "session": session,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        value = d["value"]

        expires_at = d["expires_at"]

        def _parse_session(
            data: object,
        ) -> RealtimeSessionCreateResponseGA | RealtimeTranscriptionSessionCreateResponseGA:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                session_type_0 = RealtimeSessionCreateResponseGA.from_dict(data)

                return session_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            session_type_1 = RealtimeTranscriptionSessionCreateResponseGA.from_dict(data)

            return session_type_1

        session = _parse_session(d["session"])

        realtime_create_client_secret_response = cls(
            value=value,
            expires_at=expires_at,
            session=session,
        )

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
