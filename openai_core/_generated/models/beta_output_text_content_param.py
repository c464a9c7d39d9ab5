# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaOutputTextContentParam")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "text",
        "annotations",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class BetaOutputTextContentParam:
    """Schema `BetaOutputTextContentParam`.

    Attributes:
        type_ (Literal['output_text']): Always 'output_text'.
        text (str): Length 0..10485760.
        annotations (list[BetaContainerFileCitationParam | BetaFileCitationParam | BetaUrlCitationParam] | Unset):
    """

    type_: Literal["output_text"]
    text: str
    annotations: (
        list[BetaContainerFileCitationParam | BetaFileCitationParam | BetaUrlCitationParam] | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        text = self.text

        annotations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.annotations, Unset):
            annotations = []
            for annotations_item_data in self.annotations:
                annotations_item: dict[str, Any]
                if isinstance(annotations_item_data, BetaFileCitationParam):
                    annotations_item = annotations_item_data.to_dict()
                elif isinstance(annotations_item_data, BetaUrlCitationParam):
                    annotations_item = annotations_item_data.to_dict()
                else:
                    annotations_item = annotations_item_data.to_dict()

                annotations.append(annotations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "text": text,
            }
        )
        if annotations is not UNSET:
            field_dict["annotations"] = annotations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['output_text']", d["type"])
        if type_ != "output_text":
            raise ValueError(f"type must match const 'output_text', got '{type_}'")

        text = d["text"]

        _annotations = d.get("annotations", UNSET)
        annotations: (
            list[BetaContainerFileCitationParam | BetaFileCitationParam | BetaUrlCitationParam]
            | Unset
        ) = UNSET
        if _annotations is not UNSET:
            annotations = []
            for annotations_item_data in _annotations:

                def _parse_annotations_item(
                    data: object,
                ) -> BetaContainerFileCitationParam | BetaFileCitationParam | BetaUrlCitationParam:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        annotations_item_type_0 = BetaFileCitationParam.from_dict(data)

                        return annotations_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        annotations_item_type_1 = BetaUrlCitationParam.from_dict(data)

                        return annotations_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    annotations_item_type_2 = BetaContainerFileCitationParam.from_dict(data)

                    return annotations_item_type_2

                annotations_item = _parse_annotations_item(annotations_item_data)

                annotations.append(annotations_item)

        beta_output_text_content_param = cls(
            type_=type_,
            text=text,
            annotations=annotations,
        )

        beta_output_text_content_param.additional_properties = _extra_fields(d)
        return beta_output_text_content_param

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
from ..models.beta_container_file_citation_param import BetaContainerFileCitationParam  # noqa: E402
from ..models.beta_file_citation_param import BetaFileCitationParam  # noqa: E402
from ..models.beta_url_citation_param import BetaUrlCitationParam  # noqa: E402
