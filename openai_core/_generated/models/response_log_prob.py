# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseLogProb")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "token",
        "logprob",
        "top_logprobs",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class ResponseLogProb:
    """Schema `ResponseLogProb`.

    Attributes:
        token (str):
        logprob (float):
        top_logprobs (list[ResponseLogProbTopLogprobsItem] | Unset):
    """

    token: str
    logprob: float
    top_logprobs: list[ResponseLogProbTopLogprobsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        logprob = self.logprob

        top_logprobs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.top_logprobs, Unset):
            top_logprobs = []
            for top_logprobs_item_data in self.top_logprobs:
                top_logprobs_item = top_logprobs_item_data.to_dict()
                top_logprobs.append(top_logprobs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
                "logprob": logprob,
            }
        )
        if top_logprobs is not UNSET:
            field_dict["top_logprobs"] = top_logprobs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        token = d["token"]

        logprob = d["logprob"]

        _top_logprobs = d.get("top_logprobs", UNSET)
        top_logprobs: list[ResponseLogProbTopLogprobsItem] | Unset = UNSET
        if _top_logprobs is not UNSET:
            top_logprobs = []
            for top_logprobs_item_data in _top_logprobs:
                top_logprobs_item = ResponseLogProbTopLogprobsItem.from_dict(top_logprobs_item_data)

                top_logprobs.append(top_logprobs_item)

        response_log_prob = cls(
            token=token,
            logprob=logprob,
            top_logprobs=top_logprobs,
        )

        response_log_prob.additional_properties = _extra_fields(d)
        return response_log_prob

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
from ..models.response_log_prob_top_logprobs_item import ResponseLogProbTopLogprobsItem  # noqa: E402
