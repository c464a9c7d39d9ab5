# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RealtimeTranslationSession")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "type",
        "expires_at",
        "model",
        "audio",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class RealtimeTranslationSession:
    """Schema `RealtimeTranslationSession`.

    Attributes:
        id (str):
        type_ (Literal['translation']): Always 'translation'.
        expires_at (int):
        model (str):
        audio (RealtimeTranslationSessionAudio):
    """

    id: str
    type_: Literal["translation"]
    expires_at: int
    model: str
    audio: RealtimeTranslationSessionAudio
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        expires_at = self.expires_at

        model = self.model

        audio = self.audio.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "expires_at": expires_at,
                "model": model,
                "audio": audio,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        type_ = cast("Literal['translation']", d["type"])
        if type_ != "translation":
            raise ValueError(f"type must match const 'translation', got '{type_}'")

        expires_at = d["expires_at"]

        model = d["model"]

        audio = RealtimeTranslationSessionAudio.from_dict(d["audio"])

        realtime_translation_session = cls(
            id=id,
            type_=type_,
            expires_at=expires_at,
            model=model,
            audio=audio,
        )

        realtime_translation_session.additional_properties = _extra_fields(d)
        return realtime_translation_session

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
from ..models.realtime_translation_session_audio import RealtimeTranslationSessionAudio  # noqa: E402
