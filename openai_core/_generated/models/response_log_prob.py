# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseLogProb")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "token",
        "logprob",
        "top_logprobs",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class ResponseLogProb(_Model):
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

    _oc_wire = _FIELDS
    _oc_required = (
        "token",
        "logprob",
    )
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["token"] = self.token
        field_dict["logprob"] = self.logprob
        if self.top_logprobs is not UNSET:
            field_dict["top_logprobs"] = dump(self.top_logprobs)
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        token = d.get("token")
        logprob = d.get("logprob")
        _top_logprobs = d.get("top_logprobs", UNSET)
        top_logprobs = (
            [
                (ResponseLogProbTopLogprobsItem.from_dict(_i0) if isinstance(_i0, dict) else _i0)
                for _i0 in _top_logprobs
            ]
            if isinstance(_top_logprobs, list)
            else _top_logprobs
        )
        response_log_prob = cls(
            token=token,
            logprob=logprob,
            top_logprobs=top_logprobs,
        )
        if token is None or logprob is None:
            response_log_prob._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
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

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
ResponseLogProb._oc_fields = (
    ("token", "token", True, "string"),
    ("logprob", "logprob", True, "number"),
    ("top_logprobs", "top_logprobs", False, ("list", ResponseLogProbTopLogprobsItem)),
)
