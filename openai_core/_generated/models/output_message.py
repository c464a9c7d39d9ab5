# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_phase import MessagePhase, check_message_phase
from ..models.output_message_status import OutputMessageStatus, check_output_message_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="OutputMessage")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "type",
        "role",
        "content",
        "status",
        "phase",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class OutputMessage:
    """Schema `OutputMessage`.

    Attributes:
        id (str):
        type_ (Literal['message']): Always 'message'.
        role (Literal['assistant']): Always 'assistant'.
        content (list[OutputTextContent | RefusalContent]):
        status (OutputMessageStatus): One of: 'in_progress', 'completed', 'incomplete' (others kept).
        phase (MessagePhase | None | Unset):
    """

    id: str
    type_: Literal["message"]
    role: Literal["assistant"]
    content: list[OutputTextContent | RefusalContent]
    status: OutputMessageStatus
    phase: MessagePhase | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        role = self.role

        content = []
        for content_item_data in self.content:
            content_item: dict[str, Any]
            if isinstance(content_item_data, OutputTextContent):
                content_item = content_item_data.to_dict()
            else:
                content_item = content_item_data.to_dict()

            content.append(content_item)

        status: str = self.status

        phase: None | str | Unset
        if isinstance(self.phase, Unset):
            phase = UNSET
        elif isinstance(self.phase, str):
            phase = self.phase
        else:
            phase = self.phase

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "role": role,
                "content": content,
                "status": status,
            }
        )
        if phase is not UNSET:
            field_dict["phase"] = phase

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        type_ = cast("Literal['message']", d["type"])
        if type_ != "message":
            raise ValueError(f"type must match const 'message', got '{type_}'")

        role = cast("Literal['assistant']", d["role"])
        if role != "assistant":
            raise ValueError(f"role must match const 'assistant', got '{role}'")

        content = []
        _content = d["content"]
        for content_item_data in _content:

            def _parse_content_item(data: object) -> OutputTextContent | RefusalContent:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_output_message_content_type_0 = OutputTextContent.from_dict(
                        data
                    )

                    return componentsschemas_output_message_content_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_message_content_type_1 = RefusalContent.from_dict(data)

                return componentsschemas_output_message_content_type_1

            content_item = _parse_content_item(content_item_data)

            content.append(content_item)

        status = check_output_message_status(d["status"])

        def _parse_phase(data: object) -> MessagePhase | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                phase_type_0 = check_message_phase(data)

                return phase_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("MessagePhase | None | Unset", data)

        phase = _parse_phase(d.get("phase", UNSET))

        output_message = cls(
            id=id,
            type_=type_,
            role=role,
            content=content,
            status=status,
            phase=phase,
        )

        output_message.additional_properties = _extra_fields(d)
        return output_message

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
from ..models.output_text_content import OutputTextContent  # noqa: E402
from ..models.refusal_content import RefusalContent  # noqa: E402
