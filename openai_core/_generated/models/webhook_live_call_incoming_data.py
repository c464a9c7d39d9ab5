# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookLiveCallIncomingData")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "session_id",
        "sip_headers",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class WebhookLiveCallIncomingData:
    """
    Attributes:
        session_id (str):
        sip_headers (list[WebhookLiveCallIncomingDataSipHeadersItem]):
    """

    session_id: str
    sip_headers: list[WebhookLiveCallIncomingDataSipHeadersItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session_id = self.session_id

        sip_headers = []
        for sip_headers_item_data in self.sip_headers:
            sip_headers_item = sip_headers_item_data.to_dict()
            sip_headers.append(sip_headers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "session_id": session_id,
                "sip_headers": sip_headers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        session_id = d["session_id"]

        sip_headers = []
        _sip_headers = d["sip_headers"]
        for sip_headers_item_data in _sip_headers:
            sip_headers_item = WebhookLiveCallIncomingDataSipHeadersItem.from_dict(
                sip_headers_item_data
            )

            sip_headers.append(sip_headers_item)

        webhook_live_call_incoming_data = cls(
            session_id=session_id,
            sip_headers=sip_headers,
        )

        webhook_live_call_incoming_data.additional_properties = _extra_fields(d)
        return webhook_live_call_incoming_data

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
from ..models.webhook_live_call_incoming_data_sip_headers_item import (
    WebhookLiveCallIncomingDataSipHeadersItem,  # noqa: E402
)
