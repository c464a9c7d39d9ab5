# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateTranscriptionResponseJson")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "text",
        "languages",
        "logprobs",
        "usage",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class CreateTranscriptionResponseJson:
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

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        languages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.languages, Unset):
            languages = []
            for languages_item_data in self.languages:
                languages_item = languages_item_data.to_dict()
                languages.append(languages_item)

        logprobs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.logprobs, Unset):
            logprobs = []
            for logprobs_item_data in self.logprobs:
                logprobs_item = logprobs_item_data.to_dict()
                logprobs.append(logprobs_item)

        usage: dict[str, Any] | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, TranscriptTextUsageTokens):
            usage = self.usage.to_dict()
        else:
            usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
            }
        )
        if languages is not UNSET:
            field_dict["languages"] = languages
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        text = d["text"]

        _languages = d.get("languages", UNSET)
        languages: list[TranscriptionLanguage] | Unset = UNSET
        if _languages is not UNSET:
            languages = []
            for languages_item_data in _languages:
                languages_item = TranscriptionLanguage.from_dict(languages_item_data)

                languages.append(languages_item)

        _logprobs = d.get("logprobs", UNSET)
        logprobs: list[CreateTranscriptionResponseJsonLogprobsItem] | Unset = UNSET
        if _logprobs is not UNSET:
            logprobs = []
            for logprobs_item_data in _logprobs:
                logprobs_item = CreateTranscriptionResponseJsonLogprobsItem.from_dict(
                    logprobs_item_data
                )

                logprobs.append(logprobs_item)

        def _parse_usage(
            data: object,
        ) -> TranscriptTextUsageDuration | TranscriptTextUsageTokens | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                usage_type_0 = TranscriptTextUsageTokens.from_dict(data)

                return usage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            usage_type_1 = TranscriptTextUsageDuration.from_dict(data)

            return usage_type_1

        usage = _parse_usage(d.get("usage", UNSET))

        create_transcription_response_json = cls(
            text=text,
            languages=languages,
            logprobs=logprobs,
            usage=usage,
        )

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
