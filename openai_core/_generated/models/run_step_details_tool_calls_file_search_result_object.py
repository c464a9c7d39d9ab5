# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RunStepDetailsToolCallsFileSearchResultObject")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "file_id",
        "file_name",
        "score",
        "content",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class RunStepDetailsToolCallsFileSearchResultObject:
    """Schema `RunStepDetailsToolCallsFileSearchResultObject`.

    Attributes:
        file_id (str):
        file_name (str):
        score (float): Range 0..1.
        content (list[RunStepDetailsToolCallsFileSearchResultObjectContentItem] | Unset):
    """

    file_id: str
    file_name: str
    score: float
    content: list[RunStepDetailsToolCallsFileSearchResultObjectContentItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_id = self.file_id

        file_name = self.file_name

        score = self.score

        content: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = []
            for content_item_data in self.content:
                content_item = content_item_data.to_dict()
                content.append(content_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file_id": file_id,
                "file_name": file_name,
                "score": score,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        file_id = d["file_id"]

        file_name = d["file_name"]

        score = d["score"]

        _content = d.get("content", UNSET)
        content: list[RunStepDetailsToolCallsFileSearchResultObjectContentItem] | Unset = UNSET
        if _content is not UNSET:
            content = []
            for content_item_data in _content:
                content_item = RunStepDetailsToolCallsFileSearchResultObjectContentItem.from_dict(
                    content_item_data
                )

                content.append(content_item)

        run_step_details_tool_calls_file_search_result_object = cls(
            file_id=file_id,
            file_name=file_name,
            score=score,
            content=content,
        )

        run_step_details_tool_calls_file_search_result_object.additional_properties = _extra_fields(
            d
        )
        return run_step_details_tool_calls_file_search_result_object

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
from ..models.run_step_details_tool_calls_file_search_result_object_content_item import (
    RunStepDetailsToolCallsFileSearchResultObjectContentItem,  # noqa: E402
)
