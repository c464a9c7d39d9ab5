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

T = TypeVar("T", bound="ChatkitWorkflow")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "tracing",
        "version",
        "state_variables",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class ChatkitWorkflow(_Model):
    """Schema `ChatkitWorkflow`.

    Attributes:
        id (str):
        tracing (ChatkitWorkflowTracing): Schema `ChatkitWorkflowTracing`.
        version (None | str | Unset):
        state_variables (ChatkitWorkflowStateVariablesType0 | None | Unset):
    """

    id: str
    tracing: ChatkitWorkflowTracing
    version: None | str | Unset = UNSET
    state_variables: ChatkitWorkflowStateVariablesType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "id",
        "tracing",
    )
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["tracing"] = dump(self.tracing)
        if self.version is not UNSET:
            field_dict["version"] = self.version
        if self.state_variables is not UNSET:
            field_dict["state_variables"] = dump(self.state_variables)
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        id = d.get("id")
        _tracing = d.get("tracing")
        tracing = (
            ChatkitWorkflowTracing.from_dict(_tracing) if isinstance(_tracing, dict) else _tracing
        )
        version = d.get("version", UNSET)
        _state_variables = d.get("state_variables", UNSET)
        state_variables = (
            ChatkitWorkflowStateVariablesType0.from_dict(_state_variables)
            if isinstance(_state_variables, dict)
            else _state_variables
        )
        chatkit_workflow = cls(
            id=id,
            tracing=tracing,
            version=version,
            state_variables=state_variables,
        )
        if id is None or tracing is None:
            chatkit_workflow._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            chatkit_workflow.additional_properties = _extra_fields(d)
        return chatkit_workflow

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
from ..models.chatkit_workflow_state_variables_type_0 import ChatkitWorkflowStateVariablesType0  # noqa: E402
from ..models.chatkit_workflow_tracing import ChatkitWorkflowTracing  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
ChatkitWorkflow._oc_fields = (
    ("id", "id", True, "string"),
    ("tracing", "tracing", True, ChatkitWorkflowTracing),
    (
        "version",
        "version",
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
        "state_variables",
        "state_variables",
        False,
        (
            "union",
            (
                ChatkitWorkflowStateVariablesType0,
                "null",
            ),
        ),
    ),
)
