# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EvalJsonlFileContentSource")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "content",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class EvalJsonlFileContentSource:
    """Schema `EvalJsonlFileContentSource`.

    Attributes:
        type_ (Literal['file_content']): Always 'file_content'.
        content (list[EvalJsonlFileContentSourceContentItem]):
    """

    type_: Literal["file_content"]
    content: list[EvalJsonlFileContentSourceContentItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        content = []
        for content_item_data in self.content:
            content_item = content_item_data.to_dict()
            content.append(content_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "content": content,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['file_content']", d["type"])
        if type_ != "file_content":
            raise ValueError(f"type must match const 'file_content', got '{type_}'")

        content = []
        _content = d["content"]
        for content_item_data in _content:
            content_item = EvalJsonlFileContentSourceContentItem.from_dict(content_item_data)

            content.append(content_item)

        eval_jsonl_file_content_source = cls(
            type_=type_,
            content=content,
        )

        eval_jsonl_file_content_source.additional_properties = _extra_fields(d)
        return eval_jsonl_file_content_source

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
from ..models.eval_jsonl_file_content_source_content_item import (
    EvalJsonlFileContentSourceContentItem,  # noqa: E402
)
