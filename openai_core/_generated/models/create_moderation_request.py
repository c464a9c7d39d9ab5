# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateModerationRequest")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "input",
        "model",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class CreateModerationRequest:
    """Schema `CreateModerationRequest`.

    Attributes:
        input_ (list[CreateModerationRequestInputType0ItemType1Type0 | CreateModerationRequestInputType0ItemType1Type1 |
            str] | str):
        model (str | Unset): Server default: 'omni-moderation-latest'. Default: 'omni-moderation-latest'.
    """

    input_: (
        list[
            CreateModerationRequestInputType0ItemType1Type0
            | CreateModerationRequestInputType0ItemType1Type1
            | str
        ]
        | str
    )
    model: str | Unset = "omni-moderation-latest"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_: list[dict[str, Any] | str] | str
        if isinstance(self.input_, list):
            input_ = []
            for input_type_0_item_data in self.input_:
                input_type_0_item: dict[str, Any] | str
                if isinstance(
                    input_type_0_item_data, CreateModerationRequestInputType0ItemType1Type0
                ):
                    input_type_0_item = input_type_0_item_data.to_dict()
                elif isinstance(
                    input_type_0_item_data, CreateModerationRequestInputType0ItemType1Type1
                ):
                    input_type_0_item = input_type_0_item_data.to_dict()
                else:
                    input_type_0_item = input_type_0_item_data
                input_.append(input_type_0_item)

        else:
            input_ = self.input_

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
        d = src_dict

        def _parse_input_(
            data: object,
        ) -> (
            list[
                CreateModerationRequestInputType0ItemType1Type0
                | CreateModerationRequestInputType0ItemType1Type1
                | str
            ]
            | str
        ):
            try:
                if not isinstance(data, list):
                    raise TypeError()
                input_type_0 = []
                _input_type_0 = data
                for input_type_0_item_data in _input_type_0:

                    def _parse_input_type_0_item(
                        data: object,
                    ) -> (
                        CreateModerationRequestInputType0ItemType1Type0
                        | CreateModerationRequestInputType0ItemType1Type1
                        | str
                    ):
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            input_type_0_item_type_1_type_0 = (
                                CreateModerationRequestInputType0ItemType1Type0.from_dict(data)
                            )

                            return input_type_0_item_type_1_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            input_type_0_item_type_1_type_1 = (
                                CreateModerationRequestInputType0ItemType1Type1.from_dict(data)
                            )

                            return input_type_0_item_type_1_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast(
                            "CreateModerationRequestInputType0ItemType1Type0 | CreateModerationRequestInputType0ItemType1Type1 | str",
                            data,
                        )

                    input_type_0_item = _parse_input_type_0_item(input_type_0_item_data)

                    input_type_0.append(input_type_0_item)

                return input_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                "list[CreateModerationRequestInputType0ItemType1Type0 | CreateModerationRequestInputType0ItemType1Type1 | str] | str",
                data,
            )

        input_ = _parse_input_(d["input"])

        model = d.get("model", UNSET)

        create_moderation_request = cls(
            input_=input_,
            model=model,
        )

        create_moderation_request.additional_properties = _extra_fields(d)
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


# Imported last: the classes above exist before any model that refers back to them is loaded.
from ..models.create_moderation_request_input_type_0_item_type_1_type_0 import (
    CreateModerationRequestInputType0ItemType1Type0,  # noqa: E402
)
from ..models.create_moderation_request_input_type_0_item_type_1_type_1 import (
    CreateModerationRequestInputType0ItemType1Type1,  # noqa: E402
)
