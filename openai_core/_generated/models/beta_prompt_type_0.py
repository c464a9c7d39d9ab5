# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaPromptType0")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "version",
        "variables",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class BetaPromptType0:
    """
    Attributes:
        id (str):
        version (None | str | Unset):
        variables (BetaResponsePromptVariablesType0 | None | Unset): Schema `BetaResponsePromptVariables`.
    """

    id: str
    version: None | str | Unset = UNSET
    variables: BetaResponsePromptVariablesType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        version: None | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        variables: dict[str, Any] | None | Unset
        if isinstance(self.variables, Unset):
            variables = UNSET
        elif isinstance(self.variables, BetaResponsePromptVariablesType0):
            variables = self.variables.to_dict()
        else:
            variables = self.variables

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if version is not UNSET:
            field_dict["version"] = version
        if variables is not UNSET:
            field_dict["variables"] = variables

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        def _parse_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        version = _parse_version(d.get("version", UNSET))

        def _parse_variables(data: object) -> BetaResponsePromptVariablesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_response_prompt_variables_type_0 = (
                    BetaResponsePromptVariablesType0.from_dict(data)
                )

                return componentsschemas_beta_response_prompt_variables_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("BetaResponsePromptVariablesType0 | None | Unset", data)

        variables = _parse_variables(d.get("variables", UNSET))

        beta_prompt_type_0 = cls(
            id=id,
            version=version,
            variables=variables,
        )

        beta_prompt_type_0.additional_properties = _extra_fields(d)
        return beta_prompt_type_0

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
from ..models.beta_response_prompt_variables_type_0 import BetaResponsePromptVariablesType0  # noqa: E402
