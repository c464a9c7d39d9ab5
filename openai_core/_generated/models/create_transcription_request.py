# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
import json
from collections.abc import Mapping
from io import BytesIO
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..base import Model as _Model
from ..base import dump, missing_keys
from ..models.audio_response_format import AudioResponseFormat
from ..models.create_transcription_request_timestamp_granularities_item import (
    CreateTranscriptionRequestTimestampGranularitiesItem,
)
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="CreateTranscriptionRequest")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
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
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class CreateTranscriptionRequest(_Model):
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

    _oc_wire = _FIELDS
    _oc_required = (
        "file",
        "model",
    )
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["file"] = dump(self.file)
        field_dict["model"] = self.model
        if self.language is not UNSET:
            field_dict["language"] = self.language
        if self.languages is not UNSET:
            field_dict["languages"] = self.languages
        if self.keywords is not UNSET:
            field_dict["keywords"] = self.keywords
        if self.prompt is not UNSET:
            field_dict["prompt"] = self.prompt
        if self.response_format is not UNSET:
            field_dict["response_format"] = self.response_format
        if self.temperature is not UNSET:
            field_dict["temperature"] = self.temperature
        if self.include is not UNSET:
            field_dict["include"] = self.include
        if self.timestamp_granularities is not UNSET:
            field_dict["timestamp_granularities"] = self.timestamp_granularities
        if self.stream is not UNSET:
            field_dict["stream"] = self.stream
        if self.chunking_strategy is not UNSET:
            field_dict["chunking_strategy"] = dump(self.chunking_strategy)
        if self.known_speaker_names is not UNSET:
            field_dict["known_speaker_names"] = self.known_speaker_names
        if self.known_speaker_references is not UNSET:
            field_dict["known_speaker_references"] = self.known_speaker_references
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
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
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        _file = d.get("file")
        file = File(payload=BytesIO(_file)) if isinstance(_file, bytes) else _file
        model = d.get("model")
        language = d.get("language", UNSET)
        languages = d.get("languages", UNSET)
        keywords = d.get("keywords", UNSET)
        prompt = d.get("prompt", UNSET)
        response_format = d.get("response_format", UNSET)
        temperature = d.get("temperature", UNSET)
        include = d.get("include", UNSET)
        timestamp_granularities = d.get("timestamp_granularities", UNSET)
        stream = d.get("stream", UNSET)
        _chunking_strategy = d.get("chunking_strategy", UNSET)
        chunking_strategy = (
            VadConfig.from_dict(_chunking_strategy)
            if isinstance(_chunking_strategy, dict)
            else _chunking_strategy
        )
        known_speaker_names = d.get("known_speaker_names", UNSET)
        known_speaker_references = d.get("known_speaker_references", UNSET)
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
        if file is None or model is None:
            create_transcription_request._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
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

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
CreateTranscriptionRequest._oc_fields = (
    ("file", "file", True, "file"),
    ("model", "model", True, "string"),
    ("language", "language", False, "string"),
    ("languages", "languages", False, ("list", "string")),
    ("keywords", "keywords", False, ("list", "string")),
    ("prompt", "prompt", False, "string"),
    (
        "response_format",
        "response_format",
        False,
        (
            "enum",
            "AudioResponseFormat",
            ("diarized_json", "json", "srt", "text", "verbose_json", "vtt"),
        ),
    ),
    ("temperature", "temperature", False, "number"),
    ("include", "include", False, ("list", ("const", "logprobs"))),
    (
        "timestamp_granularities",
        "timestamp_granularities",
        False,
        (
            "list",
            ("enum", "CreateTranscriptionRequestTimestampGranularitiesItem", ("segment", "word")),
        ),
    ),
    (
        "stream",
        "stream",
        False,
        (
            "union",
            (
                "boolean",
                "null",
            ),
        ),
    ),
    (
        "chunking_strategy",
        "chunking_strategy",
        False,
        (
            "union",
            (
                "string",
                VadConfig,
                "null",
            ),
        ),
    ),
    ("known_speaker_names", "known_speaker_names", False, ("list", "string")),
    ("known_speaker_references", "known_speaker_references", False, ("list", "string")),
)
