# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RealtimeServerEventSessionUpdated")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "event_id",
        "type",
        "session",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class RealtimeServerEventSessionUpdated:
    """Schema `RealtimeServerEventSessionUpdated`.

    Attributes:
        event_id (str):
        type_ (Literal['session.updated']): Always 'session.updated'.
        session (RealtimeSessionCreateResponseGA | RealtimeTranscriptionSessionCreateResponseGA):
    """

    event_id: str
    type_: Literal["session.updated"]
    session: RealtimeSessionCreateResponseGA | RealtimeTranscriptionSessionCreateResponseGA
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        type_ = self.type_

        session: dict[str, Any]
        if isinstance(self.session, RealtimeSessionCreateResponseGA):
            session = self.session.to_dict()
        else:
            session = self.session.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "type": type_,
                "session": session,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        event_id = d["event_id"]

        type_ = cast("Literal['session.updated']", d["type"])
        if type_ != "session.updated":
            raise ValueError(f"type must match const 'session.updated', got '{type_}'")

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

        realtime_server_event_session_updated = cls(
            event_id=event_id,
            type_=type_,
            session=session,
        )

        realtime_server_event_session_updated.additional_properties = _extra_fields(d)
        return realtime_server_event_session_updated

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
