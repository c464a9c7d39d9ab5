# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.web_search_tool_call_status import (
    WebSearchToolCallStatus,
    check_web_search_tool_call_status,
)

T = TypeVar("T", bound="WebSearchToolCall")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "type",
        "status",
        "action",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class WebSearchToolCall:
    """Schema `WebSearchToolCall`.

    Attributes:
        id (str):
        type_ (Literal['web_search_call']): Always 'web_search_call'.
        status (WebSearchToolCallStatus): One of: 'in_progress', 'searching', 'completed', 'failed' (others kept).
        action (WebSearchActionFind | WebSearchActionOpenPage | WebSearchActionSearch):
    """

    id: str
    type_: Literal["web_search_call"]
    status: WebSearchToolCallStatus
    action: WebSearchActionFind | WebSearchActionOpenPage | WebSearchActionSearch
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        status: str = self.status

        action: dict[str, Any]
        if isinstance(self.action, WebSearchActionSearch):
            action = self.action.to_dict()
        elif isinstance(self.action, WebSearchActionOpenPage):
            action = self.action.to_dict()
        else:
            action = self.action.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "status": status,
                "action": action,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        type_ = cast("Literal['web_search_call']", d["type"])
        if type_ != "web_search_call":
            raise ValueError(f"type must match const 'web_search_call', got '{type_}'")

        status = check_web_search_tool_call_status(d["status"])

        def _parse_action(
            data: object,
        ) -> WebSearchActionFind | WebSearchActionOpenPage | WebSearchActionSearch:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                action_type_0 = WebSearchActionSearch.from_dict(data)

                return action_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                action_type_1 = WebSearchActionOpenPage.from_dict(data)

                return action_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            action_type_2 = WebSearchActionFind.from_dict(data)

            return action_type_2

        action = _parse_action(d["action"])

        web_search_tool_call = cls(
            id=id,
            type_=type_,
            status=status,
            action=action,
        )

        web_search_tool_call.additional_properties = _extra_fields(d)
        return web_search_tool_call

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
from ..models.web_search_action_find import WebSearchActionFind  # noqa: E402
from ..models.web_search_action_open_page import WebSearchActionOpenPage  # noqa: E402
from ..models.web_search_action_search import WebSearchActionSearch  # noqa: E402
