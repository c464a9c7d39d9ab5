# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from io import BytesIO
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.audio_response_format import AudioResponseFormat, check_audio_response_format
from ..models.create_transcription_request_timestamp_granularities_item import (
    CreateTranscriptionRequestTimestampGranularitiesItem,
    check_create_transcription_request_timestamp_granularities_item,
)
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="CreateTranscriptionRequest")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "file",
        "model",
        "language",
        "languages",
        "keywords",
        "prompt",
        "response_format",
        "temperature",
        "include",
        "timestamp_granularities",
        "stream",
        "chunking_strategy",
        "known_speaker_names",
        "known_speaker_references",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class CreateTranscriptionRequest:
    """Schema `CreateTranscriptionRequest`.

    Attributes:
        file (File):
        model (str):
        language (str | Unset):
        languages (list[str] | Unset): Items 1..any.
        keywords (list[str] | Unset):
        prompt (str | Unset):
        response_format (AudioResponseFormat | Unset): Schema `AudioResponseFormat`.
        temperature (float | Unset): Server default: 0. Default: 0.0.
        include (list[Literal['logprobs']] | Unset):
        timestamp_granularities (list[CreateTranscriptionRequestTimestampGranularitiesItem] | Unset):
        stream (bool | None | Unset):
        chunking_strategy (None | str | Unset | VadConfig):
        known_speaker_names (list[str] | Unset): Items 0..4.
        known_speaker_references (list[str] | Unset): Items 0..4.
    """

    file: File
    model: str
    language: str | Unset = UNSET
    languages: list[str] | Unset = UNSET
    keywords: list[str] | Unset = UNSET
    prompt: str | Unset = UNSET
    response_format: AudioResponseFormat | Unset = UNSET
    temperature: float | Unset = 0.0
    include: list[Literal["logprobs"]] | Unset = UNSET
    timestamp_granularities: list[CreateTranscriptionRequestTimestampGranularitiesItem] | Unset = (
        UNSET
    )
    stream: bool | None | Unset = UNSET
    chunking_strategy: None | str | Unset | VadConfig = UNSET
    known_speaker_names: list[str] | Unset = UNSET
    known_speaker_references: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        model = self.model

        language = self.language

        languages: list[str] | Unset = UNSET
        if not isinstance(self.languages, Unset):
            languages = self.languages

        keywords: list[str] | Unset = UNSET
        if not isinstance(self.keywords, Unset):
            keywords = self.keywords

        prompt = self.prompt

        response_format: str | Unset = UNSET
        if not isinstance(self.response_format, Unset):
            response_format = self.response_format

        temperature = self.temperature

        include: list[Literal["logprobs"]] | Unset = UNSET
        if not isinstance(self.include, Unset):
            include = self.include

        timestamp_granularities: list[str] | Unset = UNSET
        if not isinstance(self.timestamp_granularities, Unset):
            timestamp_granularities = []
            for timestamp_granularities_item_data in self.timestamp_granularities:
                timestamp_granularities_item: str = timestamp_granularities_item_data
                timestamp_granularities.append(timestamp_granularities_item)

        stream: bool | None | Unset
        if isinstance(self.stream, Unset):
            stream = UNSET
        else:
            stream = self.stream

        chunking_strategy: dict[str, Any] | None | str | Unset
        if isinstance(self.chunking_strategy, Unset):
            chunking_strategy = UNSET
        elif isinstance(self.chunking_strategy, VadConfig):
            chunking_strategy = self.chunking_strategy.to_dict()
        else:
            chunking_strategy = self.chunking_strategy

        known_speaker_names: list[str] | Unset = UNSET
        if not isinstance(self.known_speaker_names, Unset):
            known_speaker_names = self.known_speaker_names

        known_speaker_references: list[str] | Unset = UNSET
        if not isinstance(self.known_speaker_references, Unset):
            known_speaker_references = self.known_speaker_references

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
                "model": model,
            }
        )
        if language is not UNSET:
            field_dict["language"] = language
        if languages is not UNSET:
            field_dict["languages"] = languages
        if keywords is not UNSET:
            field_dict["keywords"] = keywords
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if include is not UNSET:
            field_dict["include"] = include
        if timestamp_granularities is not UNSET:
            field_dict["timestamp_granularities"] = timestamp_granularities
        if stream is not UNSET:
            field_dict["stream"] = stream
        if chunking_strategy is not UNSET:
            field_dict["chunking_strategy"] = chunking_strategy
        if known_speaker_names is not UNSET:
            field_dict["known_speaker_names"] = known_speaker_names
        if known_speaker_references is not UNSET:
            field_dict["known_speaker_references"] = known_speaker_references

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        files.append(("model", (None, str(self.model).encode(), "text/plain")))

        if not isinstance(self.language, Unset):
            files.append(("language", (None, str(self.language).encode(), "text/plain")))

        if not isinstance(self.languages, Unset):
            for languages_item_element in self.languages:
                files.append(
                    ("languages", (None, str(languages_item_element).encode(), "text/plain"))
                )

        if not isinstance(self.keywords, Unset):
            for keywords_item_element in self.keywords:
                files.append(
                    ("keywords", (None, str(keywords_item_element).encode(), "text/plain"))
                )

        if not isinstance(self.prompt, Unset):
            files.append(("prompt", (None, str(self.prompt).encode(), "text/plain")))

        if not isinstance(self.response_format, Unset):
            files.append(
                ("response_format", (None, str(self.response_format).encode(), "text/plain"))
            )

        if not isinstance(self.temperature, Unset):
            files.append(("temperature", (None, str(self.temperature).encode(), "text/plain")))

        if not isinstance(self.include, Unset):
            for include_item_element in self.include:
                files.append(("include", (None, include_item_element, "text/plain")))

        if not isinstance(self.timestamp_granularities, Unset):
            for timestamp_granularities_item_element in self.timestamp_granularities:
                files.append(
                    (
                        "timestamp_granularities",
                        (None, str(timestamp_granularities_item_element).encode(), "text/plain"),
                    )
                )

        if not isinstance(self.stream, Unset):
            if isinstance(self.stream, bool):
                files.append(("stream", (None, str(self.stream).encode(), "text/plain")))
            else:
                files.append(("stream", (None, str(self.stream).encode(), "text/plain")))

        if not isinstance(self.chunking_strategy, Unset):
            if isinstance(self.chunking_strategy, str):
                files.append(
                    (
                        "chunking_strategy",
                        (None, str(self.chunking_strategy).encode(), "text/plain"),
                    )
                )
            elif isinstance(self.chunking_strategy, VadConfig):
                files.append(
                    (
                        "chunking_strategy",
                        (
                            None,
                            json.dumps(self.chunking_strategy.to_dict()).encode(),
                            "application/json",
                        ),
                    )
                )
            else:
                files.append(
                    (
                        "chunking_strategy",
                        (None, str(self.chunking_strategy).encode(), "text/plain"),
                    )
                )

        if not isinstance(self.known_speaker_names, Unset):
            for known_speaker_names_item_element in self.known_speaker_names:
                files.append(
                    (
                        "known_speaker_names",
                        (None, str(known_speaker_names_item_element).encode(), "text/plain"),
                    )
                )

        if not isinstance(self.known_speaker_references, Unset):
            for known_speaker_references_item_element in self.known_speaker_references:
                files.append(
                    (
                        "known_speaker_references",
                        (None, str(known_speaker_references_item_element).encode(), "text/plain"),
                    )
                )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        file = File(payload=BytesIO(d["file"]))

        model = d["model"]

        language = d.get("language", UNSET)

        languages = cast("list[str]", d.get("languages", UNSET))

        keywords = cast("list[str]", d.get("keywords", UNSET))

        prompt = d.get("prompt", UNSET)

        _response_format = d.get("response_format", UNSET)
        response_format: AudioResponseFormat | Unset
        if isinstance(_response_format, Unset):
            response_format = UNSET
        else:
            response_format = check_audio_response_format(_response_format)

        temperature = d.get("temperature", UNSET)

        _include = d.get("include", UNSET)
        include: list[Literal["logprobs"]] | Unset = UNSET
        if _include is not UNSET:
            include = []
            for include_item_data in _include:
                include_item = cast("Literal['logprobs']", include_item_data)
                if include_item != "logprobs":
                    raise ValueError(
                        f"include_item must match const 'logprobs', got '{include_item}'"
                    )
                include.append(include_item)

        _timestamp_granularities = d.get("timestamp_granularities", UNSET)
        timestamp_granularities: (
            list[CreateTranscriptionRequestTimestampGranularitiesItem] | Unset
        ) = UNSET
        if _timestamp_granularities is not UNSET:
            timestamp_granularities = []
            for timestamp_granularities_item_data in _timestamp_granularities:
                timestamp_granularities_item = (
                    check_create_transcription_request_timestamp_granularities_item(
                        timestamp_granularities_item_data
                    )
                )

                timestamp_granularities.append(timestamp_granularities_item)

        def _parse_stream(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("bool | None | Unset", data)

        stream = _parse_stream(d.get("stream", UNSET))

        def _parse_chunking_strategy(data: object) -> None | str | Unset | VadConfig:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                chunking_strategy_type_1 = VadConfig.from_dict(data)

                return chunking_strategy_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | str | Unset | VadConfig", data)

        chunking_strategy = _parse_chunking_strategy(d.get("chunking_strategy", UNSET))

        known_speaker_names = cast("list[str]", d.get("known_speaker_names", UNSET))

        known_speaker_references = cast("list[str]", d.get("known_speaker_references", UNSET))

        create_transcription_request = cls(
            file=file,
            model=model,
            language=language,
            languages=languages,
            keywords=keywords,
            prompt=prompt,
            response_format=response_format,
            temperature=temperature,
            include=include,
            timestamp_granularities=timestamp_granularities,
            stream=stream,
            chunking_strategy=chunking_strategy,
            known_speaker_names=known_speaker_names,
            known_speaker_references=known_speaker_references,
        )

        create_transcription_request.additional_properties = _extra_fields(d)
        return create_transcription_request

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
from ..models.vad_config import VadConfig  # noqa: E402
