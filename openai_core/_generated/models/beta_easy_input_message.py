# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_easy_input_message_role import (
    BetaEasyInputMessageRole,
    check_beta_easy_input_message_role,
)
from ..models.beta_message_phase import BetaMessagePhase, check_beta_message_phase
from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaEasyInputMessage")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "role",
        "content",
        "phase",
        "type",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class BetaEasyInputMessage:
    """Schema `BetaEasyInputMessage`.

    Attributes:
        role (BetaEasyInputMessageRole): One of: 'user', 'assistant', 'system', 'developer' (others kept).
        content (list[BetaInputFileContent | BetaInputImageContent | BetaInputTextContent] | str):
        phase (BetaMessagePhase | None | Unset):
        type_ (Literal['message'] | Unset): Always 'message'.
    """

    role: BetaEasyInputMessageRole
    content: list[BetaInputFileContent | BetaInputImageContent | BetaInputTextContent] | str
    phase: BetaMessagePhase | None | Unset = UNSET
    type_: Literal["message"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role: str = self.role

        content: list[dict[str, Any]] | str
        if isinstance(self.content, list):
            content = []
            for componentsschemas_beta_input_message_content_list_item_data in self.content:
                componentsschemas_beta_input_message_content_list_item: dict[str, Any]
                if isinstance(
                    componentsschemas_beta_input_message_content_list_item_data,
                    BetaInputTextContent,
                ):
                    componentsschemas_beta_input_message_content_list_item = (
                        componentsschemas_beta_input_message_content_list_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_beta_input_message_content_list_item_data,
                    BetaInputImageContent,
                ):
                    componentsschemas_beta_input_message_content_list_item = (
                        componentsschemas_beta_input_message_content_list_item_data.to_dict()
                    )
                else:
                    componentsschemas_beta_input_message_content_list_item = (
                        componentsschemas_beta_input_message_content_list_item_data.to_dict()
                    )

                content.append(componentsschemas_beta_input_message_content_list_item)

        else:
            content = self.content

        phase: None | str | Unset
        if isinstance(self.phase, Unset):
            phase = UNSET
        elif isinstance(self.phase, str):
            phase = self.phase
        else:
            phase = self.phase

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
                "content": content,
            }
        )
        if phase is not UNSET:
            field_dict["phase"] = phase
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        role = check_beta_easy_input_message_role(d["role"])

        def _parse_content(
            data: object,
        ) -> list[BetaInputFileContent | BetaInputImageContent | BetaInputTextContent] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                content_type_1 = []
                _content_type_1 = data
                for componentsschemas_beta_input_message_content_list_item_data in _content_type_1:

                    def _parse_componentsschemas_beta_input_message_content_list_item(
                        data: object,
                    ) -> BetaInputFileContent | BetaInputImageContent | BetaInputTextContent:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_beta_input_content_type_0 = (
                                BetaInputTextContent.from_dict(data)
                            )

                            return componentsschemas_beta_input_content_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_beta_input_content_type_1 = (
                                BetaInputImageContent.from_dict(data)
                            )

                            return componentsschemas_beta_input_content_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_beta_input_content_type_2 = (
                            BetaInputFileContent.from_dict(data)
                        )

                        return componentsschemas_beta_input_content_type_2

                    componentsschemas_beta_input_message_content_list_item = (
                        _parse_componentsschemas_beta_input_message_content_list_item(
                            componentsschemas_beta_input_message_content_list_item_data
                        )
                    )

                    content_type_1.append(componentsschemas_beta_input_message_content_list_item)

                return content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                "list[BetaInputFileContent | BetaInputImageContent | BetaInputTextContent] | str",
                data,
            )

        content = _parse_content(d["content"])

        def _parse_phase(data: object) -> BetaMessagePhase | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                phase_type_0 = check_beta_message_phase(data)

                return phase_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("BetaMessagePhase | None | Unset", data)

        phase = _parse_phase(d.get("phase", UNSET))

        type_ = cast("Literal['message'] | Unset", d.get("type", UNSET))
        if type_ != "message" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'message', got '{type_}'")

        beta_easy_input_message = cls(
            role=role,
            content=content,
            phase=phase,
            type_=type_,
        )

        beta_easy_input_message.additional_properties = _extra_fields(d)
        return beta_easy_input_message

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
from ..models.beta_input_file_content import BetaInputFileContent  # noqa: E402
from ..models.beta_input_image_content import BetaInputImageContent  # noqa: E402
from ..models.beta_input_text_content import BetaInputTextContent  # noqa: E402
