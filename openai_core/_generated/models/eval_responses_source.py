# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys
from ..models.reasoning_effort_type_0 import ReasoningEffortType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="EvalResponsesSource")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "metadata",
        "model",
        "instructions_search",
        "created_after",
        "created_before",
        "reasoning_effort",
        "temperature",
        "top_p",
        "users",
        "tools",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class EvalResponsesSource(_Model):
    """Schema `EvalResponsesSource`.

    Attributes:
        type (Literal['responses']): Always 'responses'.
        metadata (EvalResponsesSourceMetadataType0 | None | Unset):
        model (None | str | Unset):
        instructions_search (None | str | Unset):
        created_after (int | None | Unset):
        created_before (int | None | Unset):
        reasoning_effort (None | ReasoningEffortType0 | Unset):
        temperature (float | None | Unset):
        top_p (float | None | Unset):
        users (list[str] | None | Unset):
        tools (list[str] | None | Unset):
    """

    type: Literal["responses"]
    metadata: EvalResponsesSourceMetadataType0 | None | Unset = UNSET
    model: None | str | Unset = UNSET
    instructions_search: None | str | Unset = UNSET
    created_after: int | None | Unset = UNSET
    created_before: int | None | Unset = UNSET
    reasoning_effort: None | ReasoningEffortType0 | Unset = UNSET
    temperature: float | None | Unset = UNSET
    top_p: float | None | Unset = UNSET
    users: list[str] | None | Unset = UNSET
    tools: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ("type",)
    _oc_consts = {"type": "responses"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        if self.metadata is not UNSET:
            field_dict["metadata"] = dump(self.metadata)
        if self.model is not UNSET:
            field_dict["model"] = self.model
        if self.instructions_search is not UNSET:
            field_dict["instructions_search"] = self.instructions_search
        if self.created_after is not UNSET:
            field_dict["created_after"] = self.created_after
        if self.created_before is not UNSET:
            field_dict["created_before"] = self.created_before
        if self.reasoning_effort is not UNSET:
            field_dict["reasoning_effort"] = self.reasoning_effort
        if self.temperature is not UNSET:
            field_dict["temperature"] = self.temperature
        if self.top_p is not UNSET:
            field_dict["top_p"] = self.top_p
        if self.users is not UNSET:
            field_dict["users"] = self.users
        if self.tools is not UNSET:
            field_dict["tools"] = self.tools
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        type_ = d.get("type")
        _metadata = d.get("metadata", UNSET)
        metadata = (
            EvalResponsesSourceMetadataType0.from_dict(_metadata)
            if isinstance(_metadata, dict)
            else _metadata
        )
        model = d.get("model", UNSET)
        instructions_search = d.get("instructions_search", UNSET)
        created_after = d.get("created_after", UNSET)
        created_before = d.get("created_before", UNSET)
        reasoning_effort = d.get("reasoning_effort", UNSET)
        temperature = d.get("temperature", UNSET)
        top_p = d.get("top_p", UNSET)
        users = d.get("users", UNSET)
        tools = d.get("tools", UNSET)
        eval_responses_source = cls(
            type=type_,
            metadata=metadata,
            model=model,
            instructions_search=instructions_search,
            created_after=created_after,
            created_before=created_before,
            reasoning_effort=reasoning_effort,
            temperature=temperature,
            top_p=top_p,
            users=users,
            tools=tools,
        )
        if type_ is None:
            eval_responses_source._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            eval_responses_source.additional_properties = _extra_fields(d)
        return eval_responses_source

    @property
    def type_(self) -> Literal["responses"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["responses"]) -> None:
        self.type = value

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
from ..models.eval_responses_source_metadata_type_0 import EvalResponsesSourceMetadataType0  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
EvalResponsesSource._oc_fields = (
    ("type", "type", True, ("const", "responses")),
    (
        "metadata",
        "metadata",
        False,
        (
            "union",
            (
                EvalResponsesSourceMetadataType0,
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
        "instructions_search",
        "instructions_search",
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
        "created_after",
        "created_after",
        False,
        (
            "union",
            (
                "integer",
                "null",
            ),
        ),
    ),
    (
        "created_before",
        "created_before",
        False,
        (
            "union",
            (
                "integer",
                "null",
            ),
        ),
    ),
    (
        "reasoning_effort",
        "reasoning_effort",
        False,
        (
            "union",
            (
                (
                    "enum",
                    "ReasoningEffortType0",
                    ("high", "low", "max", "medium", "minimal", "none", "xhigh"),
                ),
                "null",
            ),
        ),
    ),
    (
        "temperature",
        "temperature",
        False,
        (
            "union",
            (
                "number",
                "null",
            ),
        ),
    ),
    (
        "top_p",
        "top_p",
        False,
        (
            "union",
            (
                "number",
                "null",
            ),
        ),
    ),
    (
        "users",
        "users",
        False,
        (
            "union",
            (
                ("list", "string"),
                "null",
            ),
        ),
    ),
    (
        "tools",
        "tools",
        False,
        (
            "union",
            (
                ("list", "string"),
                "null",
            ),
        ),
    ),
)
