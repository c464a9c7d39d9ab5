# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageDeltaContentTextAnnotationsFileCitationObject")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "index",
        "type",
        "text",
        "file_citation",
        "start_index",
        "end_index",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class MessageDeltaContentTextAnnotationsFileCitationObject:
    """Schema `MessageDeltaContentTextAnnotationsFileCitationObject`.

    Attributes:
        index (int):
        type_ (Literal['file_citation']): Always 'file_citation'.
        text (str | Unset):
        file_citation (MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation | Unset):
        start_index (int | Unset): Range 0..inf.
        end_index (int | Unset): Range 0..inf.
    """

    index: int
    type_: Literal["file_citation"]
    text: str | Unset = UNSET
    file_citation: MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation | Unset = UNSET
    start_index: int | Unset = UNSET
    end_index: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        type_ = self.type_

        text = self.text

        file_citation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.file_citation, Unset):
            file_citation = self.file_citation.to_dict()

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
        if file_citation is not UNSET:
            field_dict["file_citation"] = file_citation
        if start_index is not UNSET:
            field_dict["start_index"] = start_index
        if end_index is not UNSET:
            field_dict["end_index"] = end_index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        index = d["index"]

        type_ = cast("Literal['file_citation']", d["type"])
        if type_ != "file_citation":
            raise ValueError(f"type must match const 'file_citation', got '{type_}'")

        text = d.get("text", UNSET)

        _file_citation = d.get("file_citation", UNSET)
        file_citation: MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation | Unset
        if isinstance(_file_citation, Unset):
            file_citation = UNSET
        else:
            file_citation = (
                MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation.from_dict(
                    _file_citation
                )
            )

        start_index = d.get("start_index", UNSET)

        end_index = d.get("end_index", UNSET)

        message_delta_content_text_annotations_file_citation_object = cls(
            index=index,
            type_=type_,
            text=text,
            file_citation=file_citation,
            start_index=start_index,
            end_index=end_index,
        )

        message_delta_content_text_annotations_file_citation_object.additional_properties = (
            _extra_fields(d)
        )
        return message_delta_content_text_annotations_file_citation_object

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
from ..models.message_delta_content_text_annotations_file_citation_object_file_citation import (
    MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation,  # noqa: E402
)
