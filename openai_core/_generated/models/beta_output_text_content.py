# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BetaOutputTextContent")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "text",
        "annotations",
        "logprobs",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class BetaOutputTextContent:
    """Schema `BetaOutputTextContent`.

    Attributes:
        type_ (Literal['output_text']): Always 'output_text'.
        text (str):
        annotations (list[BetaContainerFileCitationBody | BetaFileCitationBody | BetaFilePath | BetaUrlCitationBody]):
        logprobs (list[BetaLogProb]):
    """

    type_: Literal["output_text"]
    text: str
    annotations: list[
        BetaContainerFileCitationBody | BetaFileCitationBody | BetaFilePath | BetaUrlCitationBody
    ]
    logprobs: list[BetaLogProb]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        text = self.text

        annotations = []
        for annotations_item_data in self.annotations:
            annotations_item: dict[str, Any]
            if isinstance(annotations_item_data, BetaFileCitationBody):
                annotations_item = annotations_item_data.to_dict()
            elif isinstance(annotations_item_data, BetaUrlCitationBody):
                annotations_item = annotations_item_data.to_dict()
            elif isinstance(annotations_item_data, BetaContainerFileCitationBody):
                annotations_item = annotations_item_data.to_dict()
            else:
                annotations_item = annotations_item_data.to_dict()

            annotations.append(annotations_item)

        logprobs = []
        for logprobs_item_data in self.logprobs:
            logprobs_item = logprobs_item_data.to_dict()
            logprobs.append(logprobs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "text": text,
                "annotations": annotations,
                "logprobs": logprobs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['output_text']", d["type"])
        if type_ != "output_text":
            raise ValueError(f"type must match const 'output_text', got '{type_}'")

        text = d["text"]

        annotations = []
        _annotations = d["annotations"]
        for annotations_item_data in _annotations:

            def _parse_annotations_item(
                data: object,
            ) -> (
                BetaContainerFileCitationBody
                | BetaFileCitationBody
                | BetaFilePath
                | BetaUrlCitationBody
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_annotation_type_0 = BetaFileCitationBody.from_dict(data)

                    return componentsschemas_beta_annotation_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_annotation_type_1 = BetaUrlCitationBody.from_dict(data)

                    return componentsschemas_beta_annotation_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_annotation_type_2 = (
                        BetaContainerFileCitationBody.from_dict(data)
                    )

                    return componentsschemas_beta_annotation_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_annotation_type_3 = BetaFilePath.from_dict(data)

                return componentsschemas_beta_annotation_type_3

            annotations_item = _parse_annotations_item(annotations_item_data)

            annotations.append(annotations_item)

        logprobs = []
        _logprobs = d["logprobs"]
        for logprobs_item_data in _logprobs:
            logprobs_item = BetaLogProb.from_dict(logprobs_item_data)

            logprobs.append(logprobs_item)

        beta_output_text_content = cls(
            type_=type_,
            text=text,
            annotations=annotations,
            logprobs=logprobs,
        )

        beta_output_text_content.additional_properties = _extra_fields(d)
        return beta_output_text_content

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
from ..models.beta_container_file_citation_body import BetaContainerFileCitationBody  # noqa: E402
from ..models.beta_file_citation_body import BetaFileCitationBody  # noqa: E402
from ..models.beta_file_path import BetaFilePath  # noqa: E402
from ..models.beta_log_prob import BetaLogProb  # noqa: E402
from ..models.beta_url_citation_body import BetaUrlCitationBody  # noqa: E402
