# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import missing_keys
from ..types import UNSET, Unset

T = TypeVar("T", bound="UsageWebSearchCallsResult")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "num_model_requests",
        "num_requests",
        "object",
        "project_id",
        "user_id",
        "api_key_id",
        "model",
        "context_level",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class UsageWebSearchCallsResult(_Model):
    """Schema `UsageWebSearchCallsResult`.

    Attributes:
        num_model_requests (int):
        num_requests (int):
        object (Literal['organization.usage.web_searches.result'] | Unset): Always
            'organization.usage.web_searches.result'.
        project_id (None | str | Unset):
        user_id (None | str | Unset):
        api_key_id (None | str | Unset):
        model (None | str | Unset):
        context_level (None | str | Unset):
    """

    num_model_requests: int
    num_requests: int
    object: Literal["organization.usage.web_searches.result"] | Unset = UNSET
    project_id: None | str | Unset = UNSET
    user_id: None | str | Unset = UNSET
    api_key_id: None | str | Unset = UNSET
    model: None | str | Unset = UNSET
    context_level: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "num_model_requests",
        "num_requests",
    )
    _oc_consts = {"object": "organization.usage.web_searches.result"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["num_model_requests"] = self.num_model_requests
        field_dict["num_requests"] = self.num_requests
        if self.object is not UNSET:
            field_dict["object"] = self.object
        if self.project_id is not UNSET:
            field_dict["project_id"] = self.project_id
        if self.user_id is not UNSET:
            field_dict["user_id"] = self.user_id
        if self.api_key_id is not UNSET:
            field_dict["api_key_id"] = self.api_key_id
        if self.model is not UNSET:
            field_dict["model"] = self.model
        if self.context_level is not UNSET:
            field_dict["context_level"] = self.context_level
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        num_model_requests = d.get("num_model_requests")
        num_requests = d.get("num_requests")
        object_ = d.get("object", UNSET)
        project_id = d.get("project_id", UNSET)
        user_id = d.get("user_id", UNSET)
        api_key_id = d.get("api_key_id", UNSET)
        model = d.get("model", UNSET)
        context_level = d.get("context_level", UNSET)
        usage_web_search_calls_result = cls(
            num_model_requests=num_model_requests,
            num_requests=num_requests,
            object=object_,
            project_id=project_id,
            user_id=user_id,
            api_key_id=api_key_id,
            model=model,
            context_level=context_level,
        )
        if num_model_requests is None or num_requests is None:
            usage_web_search_calls_result._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            usage_web_search_calls_result.additional_properties = _extra_fields(d)
        return usage_web_search_calls_result

    @property
    def object_(self) -> Literal["organization.usage.web_searches.result"] | Unset:
        """The `object` field, under its former name."""
        return self.object

    @object_.setter
    def object_(self, value: Literal["organization.usage.web_searches.result"] | Unset) -> None:
        self.object = value

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


# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
UsageWebSearchCallsResult._oc_fields = (
    ("num_model_requests", "num_model_requests", True, "integer"),
    ("num_requests", "num_requests", True, "integer"),
    ("object", "object", False, ("const", "organization.usage.web_searches.result")),
    (
        "project_id",
        "project_id",
        False,
        (
            "union",
            (
                "string",
                "null",
            ),
        ),
    ),
    (
        "user_id",
        "user_id",
        False,
        (
            "union",
            (
                "string",
                "null",
            ),
        ),
    ),
    (
        "api_key_id",
        "api_key_id",
        False,
        (
            "union",
            (
                "string",
                "null",
            ),
        ),
    ),
    (
        "model",
        "model",
        False,
        (
            "union",
            (
                "string",
                "null",
            ),
        ),
    ),
    (
        "context_level",
        "context_level",
        False,
        (
            "union",
            (
                "string",
                "null",
            ),
        ),
    ),
)
