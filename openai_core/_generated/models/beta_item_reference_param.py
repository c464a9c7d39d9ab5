# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaItemReferenceParam")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "agent",
        "type",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class BetaItemReferenceParam:
    """Schema `BetaItemReferenceParam`.

    Attributes:
        id (str):
        agent (BetaAgentTagParam | None | Unset):
        type_ (Literal['item_reference'] | None | Unset):
    """

    id: str
    agent: BetaAgentTagParam | None | Unset = UNSET
    type_: Literal["item_reference"] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        agent: dict[str, Any] | None | Unset
        if isinstance(self.agent, Unset):
            agent = UNSET
        elif isinstance(self.agent, BetaAgentTagParam):
            agent = self.agent.to_dict()
        else:
            agent = self.agent

        type_: Literal["item_reference"] | None | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if agent is not UNSET:
            field_dict["agent"] = agent
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        def _parse_agent(data: object) -> BetaAgentTagParam | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                agent_type_0 = BetaAgentTagParam.from_dict(data)

                return agent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("BetaAgentTagParam | None | Unset", data)

        agent = _parse_agent(d.get("agent", UNSET))

        def _parse_type_(data: object) -> Literal["item_reference"] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            type_type_0 = cast("Literal['item_reference']", data)
            if type_type_0 != "item_reference":
                raise ValueError(
                    f"type_type_0 must match const 'item_reference', got '{type_type_0}'"
                )
            return type_type_0
            return cast("Literal['item_reference'] | None | Unset", data)

        type_ = _parse_type_(d.get("type", UNSET))

        beta_item_reference_param = cls(
            id=id,
            agent=agent,
            type_=type_,
        )

        beta_item_reference_param.additional_properties = _extra_fields(d)
        return beta_item_reference_param

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
from ..models.beta_agent_tag_param import BetaAgentTagParam  # noqa: E402
