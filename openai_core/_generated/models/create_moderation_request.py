# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_moderation_request_model_type_1 import (
    CreateModerationRequestModelType1,
    check_create_moderation_request_model_type_1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_moderation_request_input_type_2_item_type_0 import (
        CreateModerationRequestInputType2ItemType0,
    )
    from ..models.create_moderation_request_input_type_2_item_type_1 import (
        CreateModerationRequestInputType2ItemType1,
    )


T = TypeVar("T", bound="CreateModerationRequest")


@_attrs_define
class CreateModerationRequest:
    """Schema `CreateModerationRequest`.

    Attributes:
        input_ (list[CreateModerationRequestInputType2ItemType0 | CreateModerationRequestInputType2ItemType1] |
            list[str] | str):
        model (CreateModerationRequestModelType1 | str | Unset): Server default: 'omni-moderation-latest'. Default:
            'omni-moderation-latest'.
    """

    input_: (
        list[
            CreateModerationRequestInputType2ItemType0 | CreateModerationRequestInputType2ItemType1
        ]
        | list[str]
        | str
    )
    model: CreateModerationRequestModelType1 | str | Unset = "omni-moderation-latest"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.create_moderation_request_input_type_2_item_type_0 import (
            CreateModerationRequestInputType2ItemType0,  # noqa: PLC0415
        )

        input_: list[dict[str, Any]] | list[str] | str
        if isinstance(self.input_, list):
            input_ = self.input_

        elif isinstance(self.input_, list):
            input_ = []
            for input_type_2_item_data in self.input_:
                input_type_2_item: dict[str, Any]
                if isinstance(input_type_2_item_data, CreateModerationRequestInputType2ItemType0):
                    input_type_2_item = input_type_2_item_data.to_dict()
                else:
                    input_type_2_item = input_type_2_item_data.to_dict()

                input_.append(input_type_2_item)

        else:
            input_ = self.input_

        model: str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        elif isinstance(self.model, str):
            model = self.model
        else:
            model = self.model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input": input_,
            }
        )
        if model is not UNSET:
            field_dict["model"] = model

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_moderation_request_input_type_2_item_type_0 import (
            CreateModerationRequestInputType2ItemType0,  # noqa: PLC0415
        )
        from ..models.create_moderation_request_input_type_2_item_type_1 import (
            CreateModerationRequestInputType2ItemType1,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_input_(
            data: object,
        ) -> (
            list[
                CreateModerationRequestInputType2ItemType0
                | CreateModerationRequestInputType2ItemType1
            ]
            | list[str]
            | str
        ):
            try:
                if not isinstance(data, list):
                    raise TypeError()
                input_type_1 = cast(list[str], data)

                return input_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                input_type_2 = []
                _input_type_2 = data
                for input_type_2_item_data in _input_type_2:

                    def _parse_input_type_2_item(
                        data: object,
                    ) -> (
                        CreateModerationRequestInputType2ItemType0
                        | CreateModerationRequestInputType2ItemType1
                    ):
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            input_type_2_item_type_0 = (
                                CreateModerationRequestInputType2ItemType0.from_dict(data)
                            )

                            return input_type_2_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        input_type_2_item_type_1 = (
                            CreateModerationRequestInputType2ItemType1.from_dict(data)
                        )

                        return input_type_2_item_type_1

                    input_type_2_item = _parse_input_type_2_item(input_type_2_item_data)

                    input_type_2.append(input_type_2_item)

                return input_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[
                    CreateModerationRequestInputType2ItemType0
                    | CreateModerationRequestInputType2ItemType1
                ]
                | list[str]
                | str,
                data,
            )

        input_ = _parse_input_(d.pop("input"))

        def _parse_model(data: object) -> CreateModerationRequestModelType1 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                model_type_1 = check_create_moderation_request_model_type_1(data)

                return model_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateModerationRequestModelType1 | str | Unset, data)

        model = _parse_model(d.pop("model", UNSET))

        create_moderation_request = cls(
            input_=input_,
            model=model,
        )

        create_moderation_request.additional_properties = d
        return create_moderation_request

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
