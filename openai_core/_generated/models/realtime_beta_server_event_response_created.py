# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RealtimeBetaServerEventResponseCreated")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "event_id",
        "type",
        "response",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class RealtimeBetaServerEventResponseCreated:
    """Schema `RealtimeBetaServerEventResponseCreated`.

    Attributes:
        event_id (str):
        type_ (Literal['response.created']): Always 'response.created'.
        response (RealtimeBetaResponse): Schema `RealtimeBetaResponse`.
    """

    event_id: str
    type_: Literal["response.created"]
    response: RealtimeBetaResponse
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        type_ = self.type_

        response = self.response.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "type": type_,
                "response": response,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        event_id = d["event_id"]

        type_ = cast("Literal['response.created']", d["type"])
        if type_ != "response.created":
            raise ValueError(f"type must match const 'response.created', got '{type_}'")

        response = RealtimeBetaResponse.from_dict(d["response"])

        realtime_beta_server_event_response_created = cls(
            event_id=event_id,
            type_=type_,
            response=response,
        )

        realtime_beta_server_event_response_created.additional_properties = _extra_fields(d)
        return realtime_beta_server_event_response_created

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
from ..models.realtime_beta_response import RealtimeBetaResponse  # noqa: E402
