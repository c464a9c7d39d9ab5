# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_computer_environment import (
    BetaComputerEnvironment,
    check_beta_computer_environment,
)

T = TypeVar("T", bound="BetaComputerUsePreviewTool")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "environment",
        "display_width",
        "display_height",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class BetaComputerUsePreviewTool:
    """Schema `BetaComputerUsePreviewTool`.

    Attributes:
        type_ (Literal['computer_use_preview']): Always 'computer_use_preview'.
        environment (BetaComputerEnvironment): Schema `BetaComputerEnvironment`.
        display_width (int):
        display_height (int):
    """

    type_: Literal["computer_use_preview"]
    environment: BetaComputerEnvironment
    display_width: int
    display_height: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        environment: str = self.environment

        display_width = self.display_width

        display_height = self.display_height

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "environment": environment,
                "display_width": display_width,
                "display_height": display_height,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['computer_use_preview']", d["type"])
        if type_ != "computer_use_preview":
            raise ValueError(f"type must match const 'computer_use_preview', got '{type_}'")

        environment = check_beta_computer_environment(d["environment"])

        display_width = d["display_width"]

        display_height = d["display_height"]

        beta_computer_use_preview_tool = cls(
            type_=type_,
            environment=environment,
            display_width=display_width,
            display_height=display_height,
        )

        beta_computer_use_preview_tool.additional_properties = _extra_fields(d)
        return beta_computer_use_preview_tool

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
