# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeCallCreateRequest")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "sdp",
        "session",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class RealtimeCallCreateRequest:
    """Schema `RealtimeCallCreateRequest`.

    Attributes:
        sdp (str):
        session (RealtimeSessionCreateRequestGA | Unset): Schema `RealtimeSessionCreateRequestGA`.
    """

    sdp: str
    session: RealtimeSessionCreateRequestGA | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sdp = self.sdp

        session: dict[str, Any] | Unset = UNSET
        if not isinstance(self.session, Unset):
            session = self.session.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sdp": sdp,
            }
        )
        if session is not UNSET:
            field_dict["session"] = session

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("sdp", (None, str(self.sdp).encode(), "text/plain")))

        if not isinstance(self.session, Unset):
            files.append(
                ("session", (None, json.dumps(self.session.to_dict()).encode(), "application/json"))
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        sdp = d["sdp"]

        _session = d.get("session", UNSET)
        session: RealtimeSessionCreateRequestGA | Unset
        if isinstance(_session, Unset):
            session = UNSET
        else:
            session = RealtimeSessionCreateRequestGA.from_dict(_session)

        realtime_call_create_request = cls(
            sdp=sdp,
            session=session,
        )

        realtime_call_create_request.additional_properties = _extra_fields(d)
        return realtime_call_create_request

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
