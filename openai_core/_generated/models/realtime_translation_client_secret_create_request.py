# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeTranslationClientSecretCreateRequest")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "session",
        "expires_after",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class RealtimeTranslationClientSecretCreateRequest:
    """Schema `RealtimeTranslationClientSecretCreateRequest`.

    Attributes:
        session (RealtimeTranslationSessionCreateRequest): Schema `RealtimeTranslationSessionCreateRequest`.
        expires_after (RealtimeTranslationClientSecretCreateRequestExpiresAfter | Unset):
    """

    session: RealtimeTranslationSessionCreateRequest
    expires_after: RealtimeTranslationClientSecretCreateRequestExpiresAfter | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session = self.session.to_dict()

        expires_after: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expires_after, Unset):
            expires_after = self.expires_after.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "session": session,
            }
        )
        if expires_after is not UNSET:
            field_dict["expires_after"] = expires_after

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        session = RealtimeTranslationSessionCreateRequest.from_dict(d["session"])

        _expires_after = d.get("expires_after", UNSET)
        expires_after: RealtimeTranslationClientSecretCreateRequestExpiresAfter | Unset
        if isinstance(_expires_after, Unset):
            expires_after = UNSET
        else:
            expires_after = RealtimeTranslationClientSecretCreateRequestExpiresAfter.from_dict(
                _expires_after
            )

        realtime_translation_client_secret_create_request = cls(
            session=session,
            expires_after=expires_after,
        )

        realtime_translation_client_secret_create_request.additional_properties = _extra_fields(d)
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
