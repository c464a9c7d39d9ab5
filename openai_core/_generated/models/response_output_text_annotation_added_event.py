# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseOutputTextAnnotationAddedEvent")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "item_id",
        "output_index",
        "content_index",
        "annotation_index",
        "sequence_number",
        "annotation",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class ResponseOutputTextAnnotationAddedEvent:
    """Schema `ResponseOutputTextAnnotationAddedEvent`.

    Attributes:
        type_ (Literal['response.output_text.annotation.added']): Always 'response.output_text.annotation.added'.
        item_id (str):
        output_index (int):
        content_index (int):
        annotation_index (int):
        sequence_number (int):
        annotation (ContainerFileCitationBody | FileCitationBody | FilePath | None | Unset | UrlCitationBody):
    """

    type_: Literal["response.output_text.annotation.added"]
    item_id: str
    output_index: int
    content_index: int
    annotation_index: int
    sequence_number: int
    annotation: (
        ContainerFileCitationBody | FileCitationBody | FilePath | None | Unset | UrlCitationBody
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        item_id = self.item_id

        output_index = self.output_index

        content_index = self.content_index

        annotation_index = self.annotation_index

        sequence_number = self.sequence_number

        annotation: dict[str, Any] | None | Unset
        if isinstance(self.annotation, Unset):
            annotation = UNSET
        elif isinstance(self.annotation, FileCitationBody):
            annotation = self.annotation.to_dict()
        elif isinstance(self.annotation, UrlCitationBody):
            annotation = self.annotation.to_dict()
        elif isinstance(self.annotation, ContainerFileCitationBody):
            annotation = self.annotation.to_dict()
        elif isinstance(self.annotation, FilePath):
            annotation = self.annotation.to_dict()
        else:
            annotation = self.annotation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "item_id": item_id,
                "output_index": output_index,
                "content_index": content_index,
                "annotation_index": annotation_index,
                "sequence_number": sequence_number,
            }
        )
        if annotation is not UNSET:
            field_dict["annotation"] = annotation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['response.output_text.annotation.added']", d["type"])
        if type_ != "response.output_text.annotation.added":
            raise ValueError(
                f"type must match const 'response.output_text.annotation.added', got '{type_}'"
            )

        item_id = d["item_id"]

        output_index = d["output_index"]

        content_index = d["content_index"]

        annotation_index = d["annotation_index"]

        sequence_number = d["sequence_number"]

        def _parse_annotation(
            data: object,
        ) -> (
            ContainerFileCitationBody | FileCitationBody | FilePath | None | Unset | UrlCitationBody
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_annotation_type_0 = FileCitationBody.from_dict(data)

                return componentsschemas_annotation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_annotation_type_1 = UrlCitationBody.from_dict(data)

                return componentsschemas_annotation_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_annotation_type_2 = ContainerFileCitationBody.from_dict(data)

                return componentsschemas_annotation_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_annotation_type_3 = FilePath.from_dict(data)

                return componentsschemas_annotation_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                "ContainerFileCitationBody | FileCitationBody | FilePath | None | Unset | UrlCitationBody",
                data,
            )

        annotation = _parse_annotation(d.get("annotation", UNSET))

        response_output_text_annotation_added_event = cls(
            type_=type_,
            item_id=item_id,
            output_index=output_index,
            content_index=content_index,
            annotation_index=annotation_index,
            sequence_number=sequence_number,
            annotation=annotation,
        )

        response_output_text_annotation_added_event.additional_properties = _extra_fields(d)
        return response_output_text_annotation_added_event

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
from ..models.container_file_citation_body import ContainerFileCitationBody  # noqa: E402
from ..models.file_citation_body import FileCitationBody  # noqa: E402
from ..models.file_path import FilePath  # noqa: E402
from ..models.url_citation_body import UrlCitationBody  # noqa: E402
