# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageDeltaContentTextAnnotationsFilePathObject")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "index",
        "type",
        "text",
        "file_path",
        "start_index",
        "end_index",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class MessageDeltaContentTextAnnotationsFilePathObject:
    """Schema `MessageDeltaContentTextAnnotationsFilePathObject`.

    Attributes:
        index (int):
        type_ (Literal['file_path']): Always 'file_path'.
        text (str | Unset):
        file_path (MessageDeltaContentTextAnnotationsFilePathObjectFilePath | Unset):
        start_index (int | Unset): Range 0..inf.
        end_index (int | Unset): Range 0..inf.
    """

    index: int
    type_: Literal["file_path"]
    text: str | Unset = UNSET
    file_path: MessageDeltaContentTextAnnotationsFilePathObjectFilePath | Unset = UNSET
    start_index: int | Unset = UNSET
    end_index: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        type_ = self.type_

        text = self.text

        file_path: dict[str, Any] | Unset = UNSET
        if not isinstance(self.file_path, Unset):
            file_path = self.file_path.to_dict()

        start_index = self.start_index

        end_index = self.end_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
                "type": type_,
            }
        )
        if text is not UNSET:
            field_dict["text"] = text
        if file_path is not UNSET:
            field_dict["file_path"] = file_path
        if start_index is not UNSET:
            field_dict["start_index"] = start_index
        if end_index is not UNSET:
            field_dict["end_index"] = end_index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        index = d["index"]

        type_ = cast("Literal['file_path']", d["type"])
        if type_ != "file_path":
            raise ValueError(f"type must match const 'file_path', got '{type_}'")

        text = d.get("text", UNSET)

        _file_path = d.get("file_path", UNSET)
        file_path: MessageDeltaContentTextAnnotationsFilePathObjectFilePath | Unset
        if isinstance(_file_path, Unset):
            file_path = UNSET
        else:
            file_path = MessageDeltaContentTextAnnotationsFilePathObjectFilePath.from_dict(
                _file_path
            )

        start_index = d.get("start_index", UNSET)

        end_index = d.get("end_index", UNSET)

        message_delta_content_text_annotations_file_path_object = cls(
            index=index,
            type_=type_,
            text=text,
            file_path=file_path,
            start_index=start_index,
            end_index=end_index,
        )

        message_delta_content_text_annotations_file_path_object.additional_properties = (
            _extra_fields(d)
        )
        return message_delta_content_text_annotations_file_path_object

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
from ..models.message_delta_content_text_annotations_file_path_object_file_path import (
    MessageDeltaContentTextAnnotationsFilePathObjectFilePath,  # noqa: E402
)
