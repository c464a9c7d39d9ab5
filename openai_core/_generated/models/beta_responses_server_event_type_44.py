# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaResponsesServerEventType44")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "output_index",
        "item_id",
        "sequence_number",
        "partial_image_index",
        "partial_image_b64",
        "agent",
        "size",
        "quality",
        "background",
        "output_format",
        "stream_id",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class BetaResponsesServerEventType44:
    """
    Attributes:
        type_ (Literal['response.image_generation_call.partial_image']): Always
            'response.image_generation_call.partial_image'.
        output_index (int):
        item_id (str):
        sequence_number (int):
        partial_image_index (int):
        partial_image_b64 (str):
        agent (BetaAgentTag | None | Unset):
        size (str | Unset):
        quality (str | Unset):
        background (str | Unset):
        output_format (str | Unset):
        stream_id (str | Unset):
    """

    type_: Literal["response.image_generation_call.partial_image"]
    output_index: int
    item_id: str
    sequence_number: int
    partial_image_index: int
    partial_image_b64: str
    agent: BetaAgentTag | None | Unset = UNSET
    size: str | Unset = UNSET
    quality: str | Unset = UNSET
    background: str | Unset = UNSET
    output_format: str | Unset = UNSET
    stream_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        output_index = self.output_index

        item_id = self.item_id

        sequence_number = self.sequence_number

        partial_image_index = self.partial_image_index

        partial_image_b64 = self.partial_image_b64

        agent: dict[str, Any] | None | Unset
        if isinstance(self.agent, Unset):
            agent = UNSET
        elif isinstance(self.agent, BetaAgentTag):
            agent = self.agent.to_dict()
        else:
            agent = self.agent

        size = self.size

        quality = self.quality

        background = self.background

        output_format = self.output_format

        stream_id = self.stream_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "output_index": output_index,
                "item_id": item_id,
                "sequence_number": sequence_number,
                "partial_image_index": partial_image_index,
                "partial_image_b64": partial_image_b64,
            }
        )
        if agent is not UNSET:
            field_dict["agent"] = agent
        if size is not UNSET:
            field_dict["size"] = size
        if quality is not UNSET:
            field_dict["quality"] = quality
        if background is not UNSET:
            field_dict["background"] = background
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if stream_id is not UNSET:
            field_dict["stream_id"] = stream_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['response.image_generation_call.partial_image']", d["type"])
        if type_ != "response.image_generation_call.partial_image":
            raise ValueError(
                f"type must match const 'response.image_generation_call.partial_image', got '{type_}'"
            )

        output_index = d["output_index"]

        item_id = d["item_id"]

        sequence_number = d["sequence_number"]

        partial_image_index = d["partial_image_index"]

        partial_image_b64 = d["partial_image_b64"]

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

        size = d.get("size", UNSET)

        quality = d.get("quality", UNSET)

        background = d.get("background", UNSET)

        output_format = d.get("output_format", UNSET)

        stream_id = d.get("stream_id", UNSET)

        beta_responses_server_event_type_44 = cls(
            type_=type_,
            output_index=output_index,
            item_id=item_id,
            sequence_number=sequence_number,
            partial_image_index=partial_image_index,
            partial_image_b64=partial_image_b64,
            agent=agent,
            size=size,
            quality=quality,
            background=background,
            output_format=output_format,
            stream_id=stream_id,
        )

        beta_responses_server_event_type_44.additional_properties = _extra_fields(d)
        return beta_responses_server_event_type_44

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
