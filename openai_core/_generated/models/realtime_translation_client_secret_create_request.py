# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeTranslationClientSecretCreateRequest")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "session",
        "expires_after",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class RealtimeTranslationClientSecretCreateRequest(_Model):
    """Schema `RealtimeTranslationClientSecretCreateRequest`.

    Attributes:
        session (RealtimeTranslationSessionCreateRequest): Schema `RealtimeTranslationSessionCreateRequest`.
        expires_after (RealtimeTranslationClientSecretCreateRequestExpiresAfter | Unset):
    """

    session: RealtimeTranslationSessionCreateRequest
    expires_after: RealtimeTranslationClientSecretCreateRequestExpiresAfter | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ("session",)
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["session"] = dump(self.session)
        if self.expires_after is not UNSET:
            field_dict["expires_after"] = dump(self.expires_after)
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        _session = d.get("session")
        session = (
            RealtimeTranslationSessionCreateRequest.from_dict(_session)
            if isinstance(_session, dict)
            else _session
        )
        _expires_after = d.get("expires_after", UNSET)
        expires_after = (
            RealtimeTranslationClientSecretCreateRequestExpiresAfter.from_dict(_expires_after)
            if isinstance(_expires_after, dict)
            else _expires_after
        )
        realtime_translation_client_secret_create_request = cls(
            session=session,
            expires_after=expires_after,
        )
        if session is None:
            realtime_translation_client_secret_create_request._oc_missing = missing_keys(
                d, cls._oc_required
            )
        if not _FIELDS.issuperset(d):
            realtime_translation_client_secret_create_request.additional_properties = _extra_fields(
                d
            )
        return realtime_translation_client_secret_create_request

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
from ..models.realtime_translation_client_secret_create_request_expires_after import (
    RealtimeTranslationClientSecretCreateRequestExpiresAfter,  # noqa: E402
)
from ..models.realtime_translation_session_create_request import (
    RealtimeTranslationSessionCreateRequest,  # noqa: E402
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
RealtimeTranslationClientSecretCreateRequest._oc_fields = (
    ("session", "session", True, RealtimeTranslationSessionCreateRequest),
    (
        "expires_after",
        "expires_after",
        False,
        RealtimeTranslationClientSecretCreateRequestExpiresAfter,
    ),
)
