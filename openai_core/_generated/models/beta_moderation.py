# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BetaModeration")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "input",
        "output",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class BetaModeration:
    """Schema `BetaModeration`.

    Attributes:
        input_ (BetaModerationErrorBody | BetaModerationResultBody):
        output (BetaModerationErrorBody | BetaModerationResultBody):
    """

    input_: BetaModerationErrorBody | BetaModerationResultBody
    output: BetaModerationErrorBody | BetaModerationResultBody
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_: dict[str, Any]
        if isinstance(self.input_, BetaModerationResultBody):
            input_ = self.input_.to_dict()
        else:
            input_ = self.input_.to_dict()

        output: dict[str, Any]
        if isinstance(self.output, BetaModerationResultBody):
            output = self.output.to_dict()
        else:
            output = self.output.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input": input_,
                "output": output,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        def _parse_input_(data: object) -> BetaModerationErrorBody | BetaModerationResultBody:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                input_type_0 = BetaModerationResultBody.from_dict(data)

                return input_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            input_type_1 = BetaModerationErrorBody.from_dict(data)

            return input_type_1

        input_ = _parse_input_(d["input"])

        def _parse_output(data: object) -> BetaModerationErrorBody | BetaModerationResultBody:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                output_type_0 = BetaModerationResultBody.from_dict(data)

                return output_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            output_type_1 = BetaModerationErrorBody.from_dict(data)

            return output_type_1

        output = _parse_output(d["output"])

        beta_moderation = cls(
            input_=input_,
            output=output,
        )

        beta_moderation.additional_properties = _extra_fields(d)
        return beta_moderation

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
from ..models.beta_moderation_error_body import BetaModerationErrorBody  # noqa: E402
from ..models.beta_moderation_result_body import BetaModerationResultBody  # noqa: E402
