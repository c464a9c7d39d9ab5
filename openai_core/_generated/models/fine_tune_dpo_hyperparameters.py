# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FineTuneDPOHyperparameters")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "beta",
        "batch_size",
        "learning_rate_multiplier",
        "n_epochs",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class FineTuneDPOHyperparameters:
    """Schema `FineTuneDPOHyperparameters`.

    Attributes:
        beta (float | Literal['auto'] | Unset): Server default: 'auto'. Default: 'auto'.
        batch_size (int | Literal['auto'] | Unset): Server default: 'auto'. Default: 'auto'.
        learning_rate_multiplier (float | Literal['auto'] | Unset): Server default: 'auto'. Default: 'auto'.
        n_epochs (int | Literal['auto'] | Unset): Server default: 'auto'. Default: 'auto'.
    """

    beta: float | Literal["auto"] | Unset = "auto"
    batch_size: int | Literal["auto"] | Unset = "auto"
    learning_rate_multiplier: float | Literal["auto"] | Unset = "auto"
    n_epochs: int | Literal["auto"] | Unset = "auto"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        beta: float | Literal["auto"] | Unset
        if isinstance(self.beta, Unset):
            beta = UNSET
        else:
            beta = self.beta

        batch_size: int | Literal["auto"] | Unset
        if isinstance(self.batch_size, Unset):
            batch_size = UNSET
        else:
            batch_size = self.batch_size

        learning_rate_multiplier: float | Literal["auto"] | Unset
        if isinstance(self.learning_rate_multiplier, Unset):
            learning_rate_multiplier = UNSET
        else:
            learning_rate_multiplier = self.learning_rate_multiplier

        n_epochs: int | Literal["auto"] | Unset
        if isinstance(self.n_epochs, Unset):
            n_epochs = UNSET
        else:
            n_epochs = self.n_epochs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if beta is not UNSET:
            field_dict["beta"] = beta
        if batch_size is not UNSET:
            field_dict["batch_size"] = batch_size
        if learning_rate_multiplier is not UNSET:
            field_dict["learning_rate_multiplier"] = learning_rate_multiplier
        if n_epochs is not UNSET:
            field_dict["n_epochs"] = n_epochs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        def _parse_beta(data: object) -> float | Literal["auto"] | Unset:
            if isinstance(data, Unset):
                return data
            beta_type_0 = cast("Literal['auto']", data)
            if beta_type_0 != "auto":
                raise ValueError(f"beta_type_0 must match const 'auto', got '{beta_type_0}'")
            return beta_type_0
            return cast("float | Literal['auto'] | Unset", data)

        beta = _parse_beta(d.get("beta", UNSET))

        def _parse_batch_size(data: object) -> int | Literal["auto"] | Unset:
            if isinstance(data, Unset):
                return data
            batch_size_type_0 = cast("Literal['auto']", data)
            if batch_size_type_0 != "auto":
                raise ValueError(
                    f"batch_size_type_0 must match const 'auto', got '{batch_size_type_0}'"
                )
            return batch_size_type_0
            return cast("int | Literal['auto'] | Unset", data)

        batch_size = _parse_batch_size(d.get("batch_size", UNSET))

        def _parse_learning_rate_multiplier(data: object) -> float | Literal["auto"] | Unset:
            if isinstance(data, Unset):
                return data
            learning_rate_multiplier_type_0 = cast("Literal['auto']", data)
            if learning_rate_multiplier_type_0 != "auto":
                raise ValueError(
                    f"learning_rate_multiplier_type_0 must match const 'auto', got '{learning_rate_multiplier_type_0}'"
                )
            return learning_rate_multiplier_type_0
            return cast("float | Literal['auto'] | Unset", data)

        learning_rate_multiplier = _parse_learning_rate_multiplier(
            d.get("learning_rate_multiplier", UNSET)
        )

        def _parse_n_epochs(data: object) -> int | Literal["auto"] | Unset:
            if isinstance(data, Unset):
                return data
            n_epochs_type_0 = cast("Literal['auto']", data)
            if n_epochs_type_0 != "auto":
                raise ValueError(
                    f"n_epochs_type_0 must match const 'auto', got '{n_epochs_type_0}'"
                )
            return n_epochs_type_0
            return cast("int | Literal['auto'] | Unset", data)

        n_epochs = _parse_n_epochs(d.get("n_epochs", UNSET))

        fine_tune_dpo_hyperparameters = cls(
            beta=beta,
            batch_size=batch_size,
            learning_rate_multiplier=learning_rate_multiplier,
            n_epochs=n_epochs,
        )

        fine_tune_dpo_hyperparameters.additional_properties = _extra_fields(d)
        return fine_tune_dpo_hyperparameters

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
