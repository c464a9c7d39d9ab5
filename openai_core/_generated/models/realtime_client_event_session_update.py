# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeClientEventSessionUpdate")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "session",
        "event_id",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class RealtimeClientEventSessionUpdate:
    """Schema `RealtimeClientEventSessionUpdate`.

    Attributes:
        type_ (Literal['session.update']): Always 'session.update'.
        session (RealtimeSessionCreateRequestGA | RealtimeTranscriptionSessionCreateRequestGA):
        event_id (str | Unset): Length 0..512.
    """

    type_: Literal["session.update"]
    session: RealtimeSessionCreateRequestGA | RealtimeTranscriptionSessionCreateRequestGA
    event_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        session: dict[str, Any]
        if isinstance(self.session, RealtimeSessionCreateRequestGA):
            session = self.session.to_dict()
        else:
            session = self.session.to_dict()

        event_id = self.event_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "session": session,
            }
        )
        if event_id is not UNSET:
            field_dict["event_id"] = event_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['session.update']", d["type"])
        if type_ != "session.update":
            raise ValueError(f"type must match const 'session.update', got '{type_}'")

        def _parse_session(
            data: object,
        ) -> RealtimeSessionCreateRequestGA | RealtimeTranscriptionSessionCreateRequestGA:
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

        session = _parse_session(d["session"])

        event_id = d.get("event_id", UNSET)

        realtime_client_event_session_update = cls(
            type_=type_,
            session=session,
            event_id=event_id,
        )

        realtime_client_event_session_update.additional_properties = _extra_fields(d)
        return realtime_client_event_session_update

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
from ..models.realtime_session_create_request_ga import RealtimeSessionCreateRequestGA  # noqa: E402
from ..models.realtime_transcription_session_create_request_ga import (
    RealtimeTranscriptionSessionCreateRequestGA,  # noqa: E402
)
