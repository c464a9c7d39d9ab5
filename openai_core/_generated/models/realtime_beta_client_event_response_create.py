# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeBetaClientEventResponseCreate")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "event_id",
        "response",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class RealtimeBetaClientEventResponseCreate:
    """Schema `RealtimeBetaClientEventResponseCreate`.

    Attributes:
        type_ (Literal['response.create']): Always 'response.create'.
        event_id (str | Unset):
        response (RealtimeBetaResponseCreateParams | Unset): Schema `RealtimeBetaResponseCreateParams`.
    """

    type_: Literal["response.create"]
    event_id: str | Unset = UNSET
    response: RealtimeBetaResponseCreateParams | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        event_id = self.event_id

        response: dict[str, Any] | Unset = UNSET
        if not isinstance(self.response, Unset):
            response = self.response.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if event_id is not UNSET:
            field_dict["event_id"] = event_id
        if response is not UNSET:
            field_dict["response"] = response

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['response.create']", d["type"])
        if type_ != "response.create":
            raise ValueError(f"type must match const 'response.create', got '{type_}'")

        event_id = d.get("event_id", UNSET)

        _response = d.get("response", UNSET)
        response: RealtimeBetaResponseCreateParams | Unset
        if isinstance(_response, Unset):
            response = UNSET
        else:
            response = RealtimeBetaResponseCreateParams.from_dict(_response)

        realtime_beta_client_event_response_create = cls(
            type_=type_,
            event_id=event_id,
            response=response,
        )

        realtime_beta_client_event_response_create.additional_properties = _extra_fields(d)
        return realtime_beta_client_event_response_create

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
from ..models.realtime_beta_response_create_params import RealtimeBetaResponseCreateParams  # noqa: E402
