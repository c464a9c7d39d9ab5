# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys

T = TypeVar("T", bound="RealtimeTranslationSession")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
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
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class RealtimeTranslationSession(_Model):
    """Schema `RealtimeTranslationSession`.

    Attributes:
        id (str):
        type (Literal['translation']): Always 'translation'.
        expires_at (int):
        model (str):
        audio (RealtimeTranslationSessionAudio):
    """

    id: str
    type: Literal["translation"]
    expires_at: int
    model: str
    audio: RealtimeTranslationSessionAudio
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "id",
        "type",
        "expires_at",
        "model",
        "audio",
    )
    _oc_consts = {"type": "translation"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["type"] = self.type
        field_dict["expires_at"] = self.expires_at
        field_dict["model"] = self.model
        field_dict["audio"] = dump(self.audio)
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        id = d.get("id")
        type_ = d.get("type")
        expires_at = d.get("expires_at")
        model = d.get("model")
        _audio = d.get("audio")
        audio = (
            RealtimeTranslationSessionAudio.from_dict(_audio)
            if isinstance(_audio, dict)
            else _audio
        )
        realtime_translation_session = cls(
            id=id,
            type=type_,
            expires_at=expires_at,
            model=model,
            audio=audio,
        )
        if id is None or type_ is None or expires_at is None or model is None or audio is None:
            realtime_translation_session._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            realtime_translation_session.additional_properties = _extra_fields(d)
        return realtime_translation_session

    @property
    def type_(self) -> Literal["translation"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["translation"]) -> None:
        self.type = value

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

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
RealtimeTranslationSession._oc_fields = (
    ("id", "id", True, "string"),
    ("type", "type", True, ("const", "translation")),
    ("expires_at", "expires_at", True, "integer"),
    ("model", "model", True, "string"),
    ("audio", "audio", True, RealtimeTranslationSessionAudio),
)
