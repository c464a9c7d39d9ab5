# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reasoning_item_status import ReasoningItemStatus, check_reasoning_item_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReasoningItem")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "id",
        "summary",
        "encrypted_content",
        "content",
        "status",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class ReasoningItem:
    """Schema `ReasoningItem`.

    Attributes:
        type_ (Literal['reasoning']): Always 'reasoning'.
        id (str):
        summary (list[SummaryTextContent]):
        encrypted_content (None | str | Unset):
        content (list[ReasoningTextContent] | Unset):
        status (ReasoningItemStatus | Unset): One of: 'in_progress', 'completed', 'incomplete' (others kept).
    """

    type_: Literal["reasoning"]
    id: str
    summary: list[SummaryTextContent]
    encrypted_content: None | str | Unset = UNSET
    content: list[ReasoningTextContent] | Unset = UNSET
    status: ReasoningItemStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        summary = []
        for summary_item_data in self.summary:
            summary_item = summary_item_data.to_dict()
            summary.append(summary_item)

        encrypted_content: None | str | Unset
        if isinstance(self.encrypted_content, Unset):
            encrypted_content = UNSET
        else:
            encrypted_content = self.encrypted_content

        content: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = []
            for content_item_data in self.content:
                content_item = content_item_data.to_dict()
                content.append(content_item)

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "summary": summary,
            }
        )
        if encrypted_content is not UNSET:
            field_dict["encrypted_content"] = encrypted_content
        if content is not UNSET:
            field_dict["content"] = content
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['reasoning']", d["type"])
        if type_ != "reasoning":
            raise ValueError(f"type must match const 'reasoning', got '{type_}'")

        id = d["id"]

        summary = []
        _summary = d["summary"]
        for summary_item_data in _summary:
            summary_item = SummaryTextContent.from_dict(summary_item_data)

            summary.append(summary_item)

        def _parse_encrypted_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        encrypted_content = _parse_encrypted_content(d.get("encrypted_content", UNSET))

        _content = d.get("content", UNSET)
        content: list[ReasoningTextContent] | Unset = UNSET
        if _content is not UNSET:
            content = []
            for content_item_data in _content:
                content_item = ReasoningTextContent.from_dict(content_item_data)

                content.append(content_item)

        _status = d.get("status", UNSET)
        status: ReasoningItemStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_reasoning_item_status(_status)

        reasoning_item = cls(
            type_=type_,
            id=id,
            summary=summary,
            encrypted_content=encrypted_content,
            content=content,
            status=status,
        )

        reasoning_item.additional_properties = _extra_fields(d)
        return reasoning_item

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
from ..models.reasoning_text_content import ReasoningTextContent  # noqa: E402
from ..models.summary_text_content import SummaryTextContent  # noqa: E402
