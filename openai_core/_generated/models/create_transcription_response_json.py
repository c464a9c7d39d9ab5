# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump, missing_keys
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateTranscriptionResponseJson")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "text",
        "languages",
        "logprobs",
        "usage",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_usage(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "tokens":
            return TranscriptTextUsageTokens.from_dict(data)
        if tag == "duration":
            return TranscriptTextUsageDuration.from_dict(data)
        return _choose_usage(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class CreateTranscriptionResponseJson(_Model):
    """Schema `CreateTranscriptionResponseJson`.

    Attributes:
        text (str):
        languages (list[TranscriptionLanguage] | Unset):
        logprobs (list[CreateTranscriptionResponseJsonLogprobsItem] | Unset):
        usage (TranscriptTextUsageDuration | TranscriptTextUsageTokens | Unset):
    """

    text: str
    languages: list[TranscriptionLanguage] | Unset = UNSET
    logprobs: list[CreateTranscriptionResponseJsonLogprobsItem] | Unset = UNSET
    usage: TranscriptTextUsageDuration | TranscriptTextUsageTokens | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ("text",)
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["text"] = self.text
        if self.languages is not UNSET:
            field_dict["languages"] = dump(self.languages)
        if self.logprobs is not UNSET:
            field_dict["logprobs"] = dump(self.logprobs)
        if self.usage is not UNSET:
            field_dict["usage"] = dump(self.usage)
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        text = d.get("text")
        _languages = d.get("languages", UNSET)
        languages = (
            [
                (TranscriptionLanguage.from_dict(_i0) if isinstance(_i0, dict) else _i0)
                for _i0 in _languages
            ]
            if isinstance(_languages, list)
            else _languages
        )
        _logprobs = d.get("logprobs", UNSET)
        logprobs = (
            [
                (
                    CreateTranscriptionResponseJsonLogprobsItem.from_dict(_i0)
                    if isinstance(_i0, dict)
                    else _i0
                )
                for _i0 in _logprobs
            ]
            if isinstance(_logprobs, list)
            else _logprobs
        )
        _usage = d.get("usage", UNSET)
        usage = _read_usage(_usage)
        create_transcription_response_json = cls(
            text=text,
            languages=languages,
            logprobs=logprobs,
            usage=usage,
        )
        if text is None:
            create_transcription_response_json._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            create_transcription_response_json.additional_properties = _extra_fields(d)
        return create_transcription_response_json

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
from ..models.create_transcription_response_json_logprobs_item import (
    CreateTranscriptionResponseJsonLogprobsItem,  # noqa: E402
)
from ..models.transcript_text_usage_duration import TranscriptTextUsageDuration  # noqa: E402
from ..models.transcript_text_usage_tokens import TranscriptTextUsageTokens  # noqa: E402
from ..models.transcription_language import TranscriptionLanguage  # noqa: E402

_choose_usage = ModelChoice(TranscriptTextUsageTokens, TranscriptTextUsageDuration)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
CreateTranscriptionResponseJson._oc_fields = (
    ("text", "text", True, "string"),
    ("languages", "languages", False, ("list", TranscriptionLanguage)),
    ("logprobs", "logprobs", False, ("list", CreateTranscriptionResponseJsonLogprobsItem)),
    (
        "usage",
        "usage",
        False,
        (
            "union",
            (
                TranscriptTextUsageTokens,
                TranscriptTextUsageDuration,
            ),
        ),
    ),
)
