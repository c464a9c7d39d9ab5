# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UsageTimeBucket")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "start_time",
        "end_time",
        "results",
        "object",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class UsageTimeBucket:
    """Schema `UsageTimeBucket`.

    Attributes:
        start_time (int):
        end_time (int):
        results (list[CostsResult | UsageAudioSpeechesResult | UsageAudioTranscriptionsResult |
            UsageCodeInterpreterSessionsResult | UsageCompletionsResult | UsageEmbeddingsResult | UsageFileSearchCallsResult
            | UsageImagesResult | UsageModerationsResult | UsageVectorStoresResult | UsageWebSearchCallsResult]):
        object_ (Literal['bucket'] | Unset): Always 'bucket'.
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
    object_: Literal["bucket"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_time = self.start_time

        end_time = self.end_time

        results = []
        for results_item_data in self.results:
            results_item: dict[str, Any]
            if isinstance(results_item_data, UsageCompletionsResult):
                results_item = results_item_data.to_dict()
            elif isinstance(results_item_data, UsageEmbeddingsResult):
                results_item = results_item_data.to_dict()
            elif isinstance(results_item_data, UsageModerationsResult):
                results_item = results_item_data.to_dict()
            elif isinstance(results_item_data, UsageImagesResult):
                results_item = results_item_data.to_dict()
            elif isinstance(results_item_data, UsageAudioSpeechesResult):
                results_item = results_item_data.to_dict()
            elif isinstance(results_item_data, UsageAudioTranscriptionsResult):
                results_item = results_item_data.to_dict()
            elif isinstance(results_item_data, UsageVectorStoresResult):
                results_item = results_item_data.to_dict()
            elif isinstance(results_item_data, UsageCodeInterpreterSessionsResult):
                results_item = results_item_data.to_dict()
            elif isinstance(results_item_data, UsageFileSearchCallsResult):
                results_item = results_item_data.to_dict()
            elif isinstance(results_item_data, UsageWebSearchCallsResult):
                results_item = results_item_data.to_dict()
            else:
                results_item = results_item_data.to_dict()

            results.append(results_item)

        object_ = self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start_time": start_time,
                "end_time": end_time,
                "results": results,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        start_time = d["start_time"]

        end_time = d["end_time"]

        results = []
        _results = d["results"]
        for results_item_data in _results:

            def _parse_results_item(
                data: object,
            ) -> (
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
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    results_item_type_0 = UsageCompletionsResult.from_dict(data)

                    return results_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    results_item_type_1 = UsageEmbeddingsResult.from_dict(data)

                    return results_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    results_item_type_2 = UsageModerationsResult.from_dict(data)

                    return results_item_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    results_item_type_3 = UsageImagesResult.from_dict(data)

                    return results_item_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    results_item_type_4 = UsageAudioSpeechesResult.from_dict(data)

                    return results_item_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    results_item_type_5 = UsageAudioTranscriptionsResult.from_dict(data)

                    return results_item_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    results_item_type_6 = UsageVectorStoresResult.from_dict(data)

                    return results_item_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    results_item_type_7 = UsageCodeInterpreterSessionsResult.from_dict(data)

                    return results_item_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    results_item_type_8 = UsageFileSearchCallsResult.from_dict(data)

                    return results_item_type_8
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    results_item_type_9 = UsageWebSearchCallsResult.from_dict(data)

                    return results_item_type_9
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                results_item_type_10 = CostsResult.from_dict(data)

                return results_item_type_10

            results_item = _parse_results_item(results_item_data)

            results.append(results_item)

        object_ = cast("Literal['bucket'] | Unset", d.get("object", UNSET))
        if object_ != "bucket" and not isinstance(object_, Unset):
            raise ValueError(f"object must match const 'bucket', got '{object_}'")

        usage_time_bucket = cls(
            start_time=start_time,
            end_time=end_time,
            results=results,
            object_=object_,
        )

        usage_time_bucket.additional_properties = _extra_fields(d)
        return usage_time_bucket

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
