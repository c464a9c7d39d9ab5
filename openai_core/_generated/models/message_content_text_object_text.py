# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MessageContentTextObjectText")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "value",
        "annotations",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class MessageContentTextObjectText:
    """
    Attributes:
        value (str):
        annotations (list[MessageContentTextAnnotationsFileCitationObject |
            MessageContentTextAnnotationsFilePathObject]):
    """

    value: str
    annotations: list[
        MessageContentTextAnnotationsFileCitationObject
        | MessageContentTextAnnotationsFilePathObject
    ]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        annotations = []
        for annotations_item_data in self.annotations:
            annotations_item: dict[str, Any]
            if isinstance(annotations_item_data, MessageContentTextAnnotationsFileCitationObject):
                annotations_item = annotations_item_data.to_dict()
            else:
                annotations_item = annotations_item_data.to_dict()

            annotations.append(annotations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
                "annotations": annotations,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        value = d["value"]

        annotations = []
        _annotations = d["annotations"]
        for annotations_item_data in _annotations:

            def _parse_annotations_item(
                data: object,
            ) -> (
                MessageContentTextAnnotationsFileCitationObject
                | MessageContentTextAnnotationsFilePathObject
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    annotations_item_type_0 = (
                        MessageContentTextAnnotationsFileCitationObject.from_dict(data)
                    )

                    return annotations_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                annotations_item_type_1 = MessageContentTextAnnotationsFilePathObject.from_dict(
                    data
                )

                return annotations_item_type_1

            annotations_item = _parse_annotations_item(annotations_item_data)

            annotations.append(annotations_item)

        message_content_text_object_text = cls(
            value=value,
            annotations=annotations,
        )

        message_content_text_object_text.additional_properties = _extra_fields(d)
        return message_content_text_object_text

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
from ..models.message_content_text_annotations_file_citation_object import (
    MessageContentTextAnnotationsFileCitationObject,  # noqa: E402
)
from ..models.message_content_text_annotations_file_path_object import (
    MessageContentTextAnnotationsFilePathObject,  # noqa: E402
)
