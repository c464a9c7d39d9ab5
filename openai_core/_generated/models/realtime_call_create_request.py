# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..base import Model as _Model
from ..base import dump, missing_keys
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeCallCreateRequest")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "sdp",
        "session",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class RealtimeCallCreateRequest(_Model):
    """Schema `RealtimeCallCreateRequest`.

    Attributes:
        sdp (str):
        session (RealtimeSessionCreateRequestGA | Unset): Schema `RealtimeSessionCreateRequestGA`.
    """

    sdp: str
    session: RealtimeSessionCreateRequestGA | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ("sdp",)
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["sdp"] = self.sdp
        if self.session is not UNSET:
            field_dict["session"] = dump(self.session)
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
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
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        sdp = d.get("sdp")
        _session = d.get("session", UNSET)
        session = (
            RealtimeSessionCreateRequestGA.from_dict(_session)
            if isinstance(_session, dict)
            else _session
        )
        realtime_call_create_request = cls(
            sdp=sdp,
            session=session,
        )
        if sdp is None:
            realtime_call_create_request._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
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

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
RealtimeCallCreateRequest._oc_fields = (
    ("sdp", "sdp", True, "string"),
    ("session", "session", False, RealtimeSessionCreateRequestGA),
)
