# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaResponseOutputTextAnnotationAddedEvent")

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
        "agent",
        "annotation",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class BetaResponseOutputTextAnnotationAddedEvent:
    """Schema `BetaResponseOutputTextAnnotationAddedEvent`.

    Attributes:
        type_ (Literal['response.output_text.annotation.added']): Always 'response.output_text.annotation.added'.
        item_id (str):
        output_index (int):
        content_index (int):
        annotation_index (int):
        sequence_number (int):
        agent (BetaAgentTag | None | Unset):
        annotation (BetaContainerFileCitationBody | BetaFileCitationBody | BetaFilePath | BetaUrlCitationBody | None |
            Unset):
    """

    type_: Literal["response.output_text.annotation.added"]
    item_id: str
    output_index: int
    content_index: int
    annotation_index: int
    sequence_number: int
    agent: BetaAgentTag | None | Unset = UNSET
    annotation: (
        BetaContainerFileCitationBody
        | BetaFileCitationBody
        | BetaFilePath
        | BetaUrlCitationBody
        | None
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        item_id = self.item_id

        output_index = self.output_index

        content_index = self.content_index

        annotation_index = self.annotation_index

        sequence_number = self.sequence_number

        agent: dict[str, Any] | None | Unset
        if isinstance(self.agent, Unset):
            agent = UNSET
        elif isinstance(self.agent, BetaAgentTag):
            agent = self.agent.to_dict()
        else:
            agent = self.agent

        annotation: dict[str, Any] | None | Unset
        if isinstance(self.annotation, Unset):
            annotation = UNSET
        elif isinstance(self.annotation, BetaFileCitationBody):
            annotation = self.annotation.to_dict()
        elif isinstance(self.annotation, BetaUrlCitationBody):
            annotation = self.annotation.to_dict()
        elif isinstance(self.annotation, BetaContainerFileCitationBody):
            annotation = self.annotation.to_dict()
        elif isinstance(self.annotation, BetaFilePath):
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
        if agent is not UNSET:
            field_dict["agent"] = agent
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

        def _parse_agent(data: object) -> BetaAgentTag | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                agent_type_0 = BetaAgentTag.from_dict(data)

                return agent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("BetaAgentTag | None | Unset", data)

        agent = _parse_agent(d.get("agent", UNSET))

        def _parse_annotation(
            data: object,
        ) -> (
            BetaContainerFileCitationBody
            | BetaFileCitationBody
            | BetaFilePath
            | BetaUrlCitationBody
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
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
                componentsschemas_beta_annotation_type_2 = BetaContainerFileCitationBody.from_dict(
                    data
                )

                return componentsschemas_beta_annotation_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_annotation_type_3 = BetaFilePath.from_dict(data)

                return componentsschemas_beta_annotation_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                "BetaContainerFileCitationBody | BetaFileCitationBody | BetaFilePath | BetaUrlCitationBody | None | Unset",
                data,
            )

        annotation = _parse_annotation(d.get("annotation", UNSET))

        beta_response_output_text_annotation_added_event = cls(
            type_=type_,
            item_id=item_id,
            output_index=output_index,
            content_index=content_index,
            annotation_index=annotation_index,
            sequence_number=sequence_number,
            agent=agent,
            annotation=annotation,
        )

        beta_response_output_text_annotation_added_event.additional_properties = _extra_fields(d)
        return beta_response_output_text_annotation_added_event

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
from ..models.beta_agent_tag import BetaAgentTag  # noqa: E402
from ..models.beta_container_file_citation_body import BetaContainerFileCitationBody  # noqa: E402
from ..models.beta_file_citation_body import BetaFileCitationBody  # noqa: E402
from ..models.beta_file_path import BetaFilePath  # noqa: E402
from ..models.beta_url_citation_body import BetaUrlCitationBody  # noqa: E402
