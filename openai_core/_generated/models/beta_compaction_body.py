# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaCompactionBody")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "id",
        "encrypted_content",
        "agent",
        "created_by",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class BetaCompactionBody:
    """Schema `BetaCompactionBody`.

    Attributes:
        type_ (Literal['compaction']): Always 'compaction'.
        id (str):
        encrypted_content (str):
        agent (BetaAgentTag | Unset): Schema `BetaAgentTag`.
        created_by (str | Unset):
    """

    type_: Literal["compaction"]
    id: str
    encrypted_content: str
    agent: BetaAgentTag | Unset = UNSET
    created_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        encrypted_content = self.encrypted_content

        agent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agent, Unset):
            agent = self.agent.to_dict()

        created_by = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "encrypted_content": encrypted_content,
            }
        )
        if agent is not UNSET:
            field_dict["agent"] = agent
        if created_by is not UNSET:
            field_dict["created_by"] = created_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['compaction']", d["type"])
        if type_ != "compaction":
            raise ValueError(f"type must match const 'compaction', got '{type_}'")

        id = d["id"]

        encrypted_content = d["encrypted_content"]

        _agent = d.get("agent", UNSET)
        agent: BetaAgentTag | Unset
        if isinstance(_agent, Unset):
            agent = UNSET
        else:
            agent = BetaAgentTag.from_dict(_agent)

        created_by = d.get("created_by", UNSET)

        beta_compaction_body = cls(
            type_=type_,
            id=id,
            encrypted_content=encrypted_content,
            agent=agent,
            created_by=created_by,
        )

        beta_compaction_body.additional_properties = _extra_fields(d)
        return beta_compaction_body

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
