# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump, missing_keys
from ..types import UNSET, Unset

T = TypeVar("T", bound="UsageTimeBucket")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "start_time",
        "end_time",
        "results",
        "object",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_results_item(data: Any) -> Any:
    if isinstance(data, dict):
        return _choose_results_item(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class UsageTimeBucket(_Model):
    """Schema `UsageTimeBucket`.

    Attributes:
        start_time (int):
        end_time (int):
        results (list[CostsResult | UsageAudioSpeechesResult | UsageAudioTranscriptionsResult |
            UsageCodeInterpreterSessionsResult | UsageCompletionsResult | UsageEmbeddingsResult | UsageFileSearchCallsResult
            | UsageImagesResult | UsageModerationsResult | UsageVectorStoresResult | UsageWebSearchCallsResult]):
        object (Literal['bucket'] | Unset): Always 'bucket'.
    """

    start_time: int
    end_time: int
    results: list[
        CostsResult
        | UsageAudioSpeechesResult
        | UsageAudioTranscriptionsResult
        | UsageCodeInterpreterSessionsResult
        | UsageCompletionsResult
        | UsageEmbeddingsResult
        | UsageFileSearchCallsResult
        | UsageImagesResult
        | UsageModerationsResult
        | UsageVectorStoresResult
        | UsageWebSearchCallsResult
    ]
    object: Literal["bucket"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "start_time",
        "end_time",
        "results",
    )
    _oc_consts = {"object": "bucket"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["start_time"] = self.start_time
        field_dict["end_time"] = self.end_time
        field_dict["results"] = dump(self.results)
        if self.object is not UNSET:
            field_dict["object"] = self.object
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        start_time = d.get("start_time")
        end_time = d.get("end_time")
        _results = d.get("results")
        results = (
            [_read_results_item(_i0) for _i0 in _results]
            if isinstance(_results, list)
            else _results
        )
        object_ = d.get("object", UNSET)
        usage_time_bucket = cls(
            start_time=start_time,
            end_time=end_time,
            results=results,
            object=object_,
        )
        if start_time is None or end_time is None or results is None:
            usage_time_bucket._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            usage_time_bucket.additional_properties = _extra_fields(d)
        return usage_time_bucket

    @property
    def object_(self) -> Literal["bucket"] | Unset:
        """The `object` field, under its former name."""
        return self.object

    @object_.setter
    def object_(self, value: Literal["bucket"] | Unset) -> None:
        self.object = value

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
from ..models.costs_result import CostsResult  # noqa: E402
from ..models.usage_audio_speeches_result import UsageAudioSpeechesResult  # noqa: E402
from ..models.usage_audio_transcriptions_result import UsageAudioTranscriptionsResult  # noqa: E402
from ..models.usage_code_interpreter_sessions_result import UsageCodeInterpreterSessionsResult  # noqa: E402
from ..models.usage_completions_result import UsageCompletionsResult  # noqa: E402
from ..models.usage_embeddings_result import UsageEmbeddingsResult  # noqa: E402
from ..models.usage_file_search_calls_result import UsageFileSearchCallsResult  # noqa: E402
from ..models.usage_images_result import UsageImagesResult  # noqa: E402
from ..models.usage_moderations_result import UsageModerationsResult  # noqa: E402
from ..models.usage_vector_stores_result import UsageVectorStoresResult  # noqa: E402
from ..models.usage_web_search_calls_result import UsageWebSearchCallsResult  # noqa: E402

_choose_results_item = ModelChoice(
    UsageCompletionsResult,
    UsageEmbeddingsResult,
    UsageModerationsResult,
    UsageImagesResult,
    UsageAudioSpeechesResult,
    UsageAudioTranscriptionsResult,
    UsageVectorStoresResult,
    UsageCodeInterpreterSessionsResult,
    UsageFileSearchCallsResult,
    UsageWebSearchCallsResult,
    CostsResult,
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
UsageTimeBucket._oc_fields = (
    ("start_time", "start_time", True, "integer"),
    ("end_time", "end_time", True, "integer"),
    (
        "results",
        "results",
        True,
        (
            "list",
            (
                "union",
                (
                    UsageCompletionsResult,
                    UsageEmbeddingsResult,
                    UsageModerationsResult,
                    UsageImagesResult,
                    UsageAudioSpeechesResult,
                    UsageAudioTranscriptionsResult,
                    UsageVectorStoresResult,
                    UsageCodeInterpreterSessionsResult,
                    UsageFileSearchCallsResult,
                    UsageWebSearchCallsResult,
                    CostsResult,
                ),
            ),
        ),
    ),
    ("object", "object", False, ("const", "bucket")),
)
