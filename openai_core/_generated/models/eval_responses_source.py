# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reasoning_effort_type_0 import ReasoningEffortType0, check_reasoning_effort_type_0
from ..types import UNSET, Unset

T = TypeVar("T", bound="EvalResponsesSource")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
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
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class EvalResponsesSource:
    """Schema `EvalResponsesSource`.

    Attributes:
        type_ (Literal['responses']): Always 'responses'.
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

    type_: Literal["responses"]
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

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, EvalResponsesSourceMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        instructions_search: None | str | Unset
        if isinstance(self.instructions_search, Unset):
            instructions_search = UNSET
        else:
            instructions_search = self.instructions_search

        created_after: int | None | Unset
        if isinstance(self.created_after, Unset):
            created_after = UNSET
        else:
            created_after = self.created_after

        created_before: int | None | Unset
        if isinstance(self.created_before, Unset):
            created_before = UNSET
        else:
            created_before = self.created_before

        reasoning_effort: None | str | Unset
        if isinstance(self.reasoning_effort, Unset):
            reasoning_effort = UNSET
        elif isinstance(self.reasoning_effort, str):
            reasoning_effort = self.reasoning_effort
        else:
            reasoning_effort = self.reasoning_effort

        temperature: float | None | Unset
        if isinstance(self.temperature, Unset):
            temperature = UNSET
        else:
            temperature = self.temperature

        top_p: float | None | Unset
        if isinstance(self.top_p, Unset):
            top_p = UNSET
        else:
            top_p = self.top_p

        users: list[str] | None | Unset
        if isinstance(self.users, Unset):
            users = UNSET
        elif isinstance(self.users, list):
            users = self.users

        else:
            users = self.users

        tools: list[str] | None | Unset
        if isinstance(self.tools, Unset):
            tools = UNSET
        elif isinstance(self.tools, list):
            tools = self.tools

        else:
            tools = self.tools

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if model is not UNSET:
            field_dict["model"] = model
        if instructions_search is not UNSET:
            field_dict["instructions_search"] = instructions_search
        if created_after is not UNSET:
            field_dict["created_after"] = created_after
        if created_before is not UNSET:
            field_dict["created_before"] = created_before
        if reasoning_effort is not UNSET:
            field_dict["reasoning_effort"] = reasoning_effort
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if users is not UNSET:
            field_dict["users"] = users
        if tools is not UNSET:
            field_dict["tools"] = tools

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['responses']", d["type"])
        if type_ != "responses":
            raise ValueError(f"type must match const 'responses', got '{type_}'")

        def _parse_metadata(data: object) -> EvalResponsesSourceMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = EvalResponsesSourceMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("EvalResponsesSourceMetadataType0 | None | Unset", data)

        metadata = _parse_metadata(d.get("metadata", UNSET))

        def _parse_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        model = _parse_model(d.get("model", UNSET))

        def _parse_instructions_search(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        instructions_search = _parse_instructions_search(d.get("instructions_search", UNSET))

        def _parse_created_after(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        created_after = _parse_created_after(d.get("created_after", UNSET))

        def _parse_created_before(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        created_before = _parse_created_before(d.get("created_before", UNSET))

        def _parse_reasoning_effort(data: object) -> None | ReasoningEffortType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_reasoning_effort_type_0 = check_reasoning_effort_type_0(data)

                return componentsschemas_reasoning_effort_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | ReasoningEffortType0 | Unset", data)

        reasoning_effort = _parse_reasoning_effort(d.get("reasoning_effort", UNSET))

        def _parse_temperature(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("float | None | Unset", data)

        temperature = _parse_temperature(d.get("temperature", UNSET))

        def _parse_top_p(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("float | None | Unset", data)

        top_p = _parse_top_p(d.get("top_p", UNSET))

        def _parse_users(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                users_type_0 = cast("list[str]", data)

                return users_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[str] | None | Unset", data)

        users = _parse_users(d.get("users", UNSET))

        def _parse_tools(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tools_type_0 = cast("list[str]", data)

                return tools_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[str] | None | Unset", data)

        tools = _parse_tools(d.get("tools", UNSET))

        eval_responses_source = cls(
            type_=type_,
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

        eval_responses_source.additional_properties = _extra_fields(d)
        return eval_responses_source

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
