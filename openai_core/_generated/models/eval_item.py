# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.eval_item_role import EvalItemRole, check_eval_item_role
from ..types import UNSET, Unset

T = TypeVar("T", bound="EvalItem")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "role",
        "content",
        "type",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class EvalItem:
    """Schema `EvalItem`.

    Attributes:
        role (EvalItemRole): One of: 'user', 'assistant', 'system', 'developer' (others kept).
        content (EvalItemContentOutputText | EvalItemInputImage | InputAudio | InputTextContent |
            list[EvalItemContentOutputText | EvalItemInputImage | InputAudio | InputTextContent | str] | str): Schema
            `EvalItemContent`.
        type_ (Literal['message'] | Unset): Always 'message'.
    """

    role: EvalItemRole
    content: (
        EvalItemContentOutputText
        | EvalItemInputImage
        | InputAudio
        | InputTextContent
        | list[EvalItemContentOutputText | EvalItemInputImage | InputAudio | InputTextContent | str]
        | str
    )
    type_: Literal["message"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role: str = self.role

        content: dict[str, Any] | list[dict[str, Any] | str] | str
        if isinstance(self.content, InputTextContent):
            content = self.content.to_dict()
        elif isinstance(self.content, EvalItemContentOutputText):
            content = self.content.to_dict()
        elif isinstance(self.content, EvalItemInputImage):
            content = self.content.to_dict()
        elif isinstance(self.content, InputAudio):
            content = self.content.to_dict()
        elif isinstance(self.content, list):
            content = []
            for componentsschemas_eval_item_content_array_item_data in self.content:
                componentsschemas_eval_item_content_array_item: dict[str, Any] | str
                if isinstance(
                    componentsschemas_eval_item_content_array_item_data, InputTextContent
                ):
                    componentsschemas_eval_item_content_array_item = (
                        componentsschemas_eval_item_content_array_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_eval_item_content_array_item_data, EvalItemContentOutputText
                ):
                    componentsschemas_eval_item_content_array_item = (
                        componentsschemas_eval_item_content_array_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_eval_item_content_array_item_data, EvalItemInputImage
                ):
                    componentsschemas_eval_item_content_array_item = (
                        componentsschemas_eval_item_content_array_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_eval_item_content_array_item_data, InputAudio):
                    componentsschemas_eval_item_content_array_item = (
                        componentsschemas_eval_item_content_array_item_data.to_dict()
                    )
                else:
                    componentsschemas_eval_item_content_array_item = (
                        componentsschemas_eval_item_content_array_item_data
                    )
                content.append(componentsschemas_eval_item_content_array_item)

        else:
            content = self.content

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
                "content": content,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        role = check_eval_item_role(d["role"])

        def _parse_content(
            data: object,
        ) -> (
            EvalItemContentOutputText
            | EvalItemInputImage
            | InputAudio
            | InputTextContent
            | list[
                EvalItemContentOutputText | EvalItemInputImage | InputAudio | InputTextContent | str
            ]
            | str
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_eval_item_content_item_type_1 = InputTextContent.from_dict(data)

                return componentsschemas_eval_item_content_item_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_eval_item_content_item_type_2 = (
                    EvalItemContentOutputText.from_dict(data)
                )

                return componentsschemas_eval_item_content_item_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_eval_item_content_item_type_3 = EvalItemInputImage.from_dict(data)

                return componentsschemas_eval_item_content_item_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_eval_item_content_item_type_4 = InputAudio.from_dict(data)

                return componentsschemas_eval_item_content_item_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_eval_item_content_type_1 = []
                _componentsschemas_eval_item_content_type_1 = data
                for (
                    componentsschemas_eval_item_content_array_item_data
                ) in _componentsschemas_eval_item_content_type_1:

                    def _parse_componentsschemas_eval_item_content_array_item(
                        data: object,
                    ) -> (
                        EvalItemContentOutputText
                        | EvalItemInputImage
                        | InputAudio
                        | InputTextContent
                        | str
                    ):
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_eval_item_content_item_type_1 = (
                                InputTextContent.from_dict(data)
                            )

                            return componentsschemas_eval_item_content_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_eval_item_content_item_type_2 = (
                                EvalItemContentOutputText.from_dict(data)
                            )

                            return componentsschemas_eval_item_content_item_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_eval_item_content_item_type_3 = (
                                EvalItemInputImage.from_dict(data)
                            )

                            return componentsschemas_eval_item_content_item_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_eval_item_content_item_type_4 = InputAudio.from_dict(
                                data
                            )

                            return componentsschemas_eval_item_content_item_type_4
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast(
                            "EvalItemContentOutputText | EvalItemInputImage | InputAudio | InputTextContent | str",
                            data,
                        )

                    componentsschemas_eval_item_content_array_item = (
                        _parse_componentsschemas_eval_item_content_array_item(
                            componentsschemas_eval_item_content_array_item_data
                        )
                    )

                    componentsschemas_eval_item_content_type_1.append(
                        componentsschemas_eval_item_content_array_item
                    )

                return componentsschemas_eval_item_content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                "EvalItemContentOutputText | EvalItemInputImage | InputAudio | InputTextContent | list[EvalItemContentOutputText | EvalItemInputImage | InputAudio | InputTextContent | str] | str",
                data,
            )

        content = _parse_content(d["content"])

        type_ = cast("Literal['message'] | Unset", d.get("type", UNSET))
        if type_ != "message" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'message', got '{type_}'")

        eval_item = cls(
            role=role,
            content=content,
            type_=type_,
        )

        eval_item.additional_properties = _extra_fields(d)
        return eval_item

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
from ..models.eval_item_content_output_text import EvalItemContentOutputText  # noqa: E402
from ..models.eval_item_input_image import EvalItemInputImage  # noqa: E402
from ..models.input_audio_param import InputAudio  # noqa: E402
from ..models.input_text_content import InputTextContent  # noqa: E402
