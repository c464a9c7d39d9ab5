# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RunStepDeltaStepDetailsMessageCreationObject")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "message_creation",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class RunStepDeltaStepDetailsMessageCreationObject:
    """Schema `RunStepDeltaStepDetailsMessageCreationObject`.

    Attributes:
        type_ (Literal['message_creation']): Always 'message_creation'.
        message_creation (RunStepDeltaStepDetailsMessageCreationObjectMessageCreation | Unset):
    """

    type_: Literal["message_creation"]
    message_creation: RunStepDeltaStepDetailsMessageCreationObjectMessageCreation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        message_creation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.message_creation, Unset):
            message_creation = self.message_creation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if message_creation is not UNSET:
            field_dict["message_creation"] = message_creation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['message_creation']", d["type"])
        if type_ != "message_creation":
            raise ValueError(f"type must match const 'message_creation', got '{type_}'")

        _message_creation = d.get("message_creation", UNSET)
        message_creation: RunStepDeltaStepDetailsMessageCreationObjectMessageCreation | Unset
        if isinstance(_message_creation, Unset):
            message_creation = UNSET
        else:
            message_creation = (
                RunStepDeltaStepDetailsMessageCreationObjectMessageCreation.from_dict(
                    _message_creation
                )
            )

        run_step_delta_step_details_message_creation_object = cls(
            type_=type_,
            message_creation=message_creation,
        )

        run_step_delta_step_details_message_creation_object.additional_properties = _extra_fields(d)
        return run_step_delta_step_details_message_creation_object

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
from ..models.run_step_delta_step_details_message_creation_object_message_creation import (
    RunStepDeltaStepDetailsMessageCreationObjectMessageCreation,  # noqa: E402
)
