# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import missing_keys
from ..types import UNSET, Unset

T = TypeVar("T", bound="FineTuningIntegrationWandb")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "project",
        "name",
        "entity",
        "tags",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class FineTuningIntegrationWandb(_Model):
    """
    Attributes:
        project (str):
        name (None | str | Unset):
        entity (None | str | Unset):
        tags (list[str] | Unset):
    """

    project: str
    name: None | str | Unset = UNSET
    entity: None | str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ("project",)
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["project"] = self.project
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.entity is not UNSET:
            field_dict["entity"] = self.entity
        if self.tags is not UNSET:
            field_dict["tags"] = self.tags
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        project = d.get("project")
        name = d.get("name", UNSET)
        entity = d.get("entity", UNSET)
        tags = d.get("tags", UNSET)
        fine_tuning_integration_wandb = cls(
            project=project,
            name=name,
            entity=entity,
            tags=tags,
        )
        if project is None:
            fine_tuning_integration_wandb._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            fine_tuning_integration_wandb.additional_properties = _extra_fields(d)
        return fine_tuning_integration_wandb

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
FineTuningIntegrationWandb._oc_fields = (
    ("project", "project", True, "string"),
    (
        "name",
        "name",
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
        "entity",
        "entity",
        False,
        (
            "union",
            (
                "string",
                "null",
            ),
        ),
    ),
    ("tags", "tags", False, ("list", "string")),
)
