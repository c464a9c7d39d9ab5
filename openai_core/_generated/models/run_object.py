# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assistants_api_tool_choice_option_type_0 import (
    AssistantsApiToolChoiceOptionType0,
    check_assistants_api_tool_choice_option_type_0,
)
from ..models.run_object_status import RunObjectStatus, check_run_object_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="RunObject")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "created_at",
        "thread_id",
        "assistant_id",
        "status",
        "model",
        "instructions",
        "tools",
        "metadata",
        "usage",
        "parallel_tool_calls",
        "object",
        "required_action",
        "last_error",
        "expires_at",
        "started_at",
        "cancelled_at",
        "failed_at",
        "completed_at",
        "incomplete_details",
        "temperature",
        "top_p",
        "max_prompt_tokens",
        "max_completion_tokens",
        "truncation_strategy",
        "tool_choice",
        "response_format",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class RunObject:
    """Schema `RunObject`.

    Attributes:
        id (str):
        created_at (int):
        thread_id (str):
        assistant_id (str):
        status (RunObjectStatus): One of: 'queued', 'in_progress', 'requires_action', 'cancelling', 'cancelled',
            'failed', 'completed', 'incomplete', 'expired' (others kept).
        model (str):
        instructions (str):
        tools (list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction]): Items 0..20.
        metadata (MetadataType0 | None): Schema `Metadata`.
        usage (None | RunCompletionUsageType0): Schema `RunCompletionUsage`.
        parallel_tool_calls (bool): Schema `ParallelToolCalls`.
        object_ (Literal['thread.run'] | Unset): Always 'thread.run'.
        required_action (None | RunObjectRequiredActionType0 | Unset):
        last_error (None | RunObjectLastErrorType0 | Unset):
        expires_at (int | None | Unset):
        started_at (int | None | Unset):
        cancelled_at (int | None | Unset):
        failed_at (int | None | Unset):
        completed_at (int | None | Unset):
        incomplete_details (None | RunObjectIncompleteDetailsType0 | Unset):
        temperature (float | None | Unset):
        top_p (float | None | Unset):
        max_prompt_tokens (int | None | Unset): Range 256..inf.
        max_completion_tokens (int | None | Unset): Range 256..inf.
        truncation_strategy (None | TruncationObject | Unset):
        tool_choice (AssistantsApiToolChoiceOptionType0 | AssistantsNamedToolChoice | None | Unset):
        response_format (Literal['auto'] | None | ResponseFormatJsonObject | ResponseFormatJsonSchema |
            ResponseFormatText | Unset):
    """

    id: str
    created_at: int
    thread_id: str
    assistant_id: str
    status: RunObjectStatus
    model: str
    instructions: str
    tools: list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction]
    metadata: MetadataType0 | None
    usage: None | RunCompletionUsageType0
    parallel_tool_calls: bool
    object_: Literal["thread.run"] | Unset = UNSET
    required_action: None | RunObjectRequiredActionType0 | Unset = UNSET
    last_error: None | RunObjectLastErrorType0 | Unset = UNSET
    expires_at: int | None | Unset = UNSET
    started_at: int | None | Unset = UNSET
    cancelled_at: int | None | Unset = UNSET
    failed_at: int | None | Unset = UNSET
    completed_at: int | None | Unset = UNSET
    incomplete_details: None | RunObjectIncompleteDetailsType0 | Unset = UNSET
    temperature: float | None | Unset = UNSET
    top_p: float | None | Unset = UNSET
    max_prompt_tokens: int | None | Unset = UNSET
    max_completion_tokens: int | None | Unset = UNSET
    truncation_strategy: None | TruncationObject | Unset = UNSET
    tool_choice: AssistantsApiToolChoiceOptionType0 | AssistantsNamedToolChoice | None | Unset = (
        UNSET
    )
    response_format: (
        Literal["auto"]
        | None
        | ResponseFormatJsonObject
        | ResponseFormatJsonSchema
        | ResponseFormatText
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at

        thread_id = self.thread_id

        assistant_id = self.assistant_id

        status: str = self.status

        model = self.model

        instructions = self.instructions

        tools = []
        for tools_item_data in self.tools:
            tools_item: dict[str, Any]
            if isinstance(tools_item_data, AssistantToolsCode):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, AssistantToolsFileSearch):
                tools_item = tools_item_data.to_dict()
            else:
                tools_item = tools_item_data.to_dict()

            tools.append(tools_item)

        metadata: dict[str, Any] | None
        if isinstance(self.metadata, MetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        usage: dict[str, Any] | None
        if isinstance(self.usage, RunCompletionUsageType0):
            usage = self.usage.to_dict()
        else:
            usage = self.usage

        parallel_tool_calls = self.parallel_tool_calls

        object_ = self.object_

        required_action: dict[str, Any] | None | Unset
        if isinstance(self.required_action, Unset):
            required_action = UNSET
        elif isinstance(self.required_action, RunObjectRequiredActionType0):
            required_action = self.required_action.to_dict()
        else:
            required_action = self.required_action

        last_error: dict[str, Any] | None | Unset
        if isinstance(self.last_error, Unset):
            last_error = UNSET
        elif isinstance(self.last_error, RunObjectLastErrorType0):
            last_error = self.last_error.to_dict()
        else:
            last_error = self.last_error

        expires_at: int | None | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = self.expires_at

        started_at: int | None | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        else:
            started_at = self.started_at

        cancelled_at: int | None | Unset
        if isinstance(self.cancelled_at, Unset):
            cancelled_at = UNSET
        else:
            cancelled_at = self.cancelled_at

        failed_at: int | None | Unset
        if isinstance(self.failed_at, Unset):
            failed_at = UNSET
        else:
            failed_at = self.failed_at

        completed_at: int | None | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = self.completed_at

        incomplete_details: dict[str, Any] | None | Unset
        if isinstance(self.incomplete_details, Unset):
            incomplete_details = UNSET
        elif isinstance(self.incomplete_details, RunObjectIncompleteDetailsType0):
            incomplete_details = self.incomplete_details.to_dict()
        else:
            incomplete_details = self.incomplete_details

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

        max_prompt_tokens: int | None | Unset
        if isinstance(self.max_prompt_tokens, Unset):
            max_prompt_tokens = UNSET
        else:
            max_prompt_tokens = self.max_prompt_tokens

        max_completion_tokens: int | None | Unset
        if isinstance(self.max_completion_tokens, Unset):
            max_completion_tokens = UNSET
        else:
            max_completion_tokens = self.max_completion_tokens

        truncation_strategy: dict[str, Any] | None | Unset
        if isinstance(self.truncation_strategy, Unset):
            truncation_strategy = UNSET
        elif isinstance(self.truncation_strategy, TruncationObject):
            truncation_strategy = self.truncation_strategy.to_dict()
        else:
            truncation_strategy = self.truncation_strategy

        tool_choice: dict[str, Any] | None | str | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        elif isinstance(self.tool_choice, str):
            tool_choice = self.tool_choice
        elif isinstance(self.tool_choice, AssistantsNamedToolChoice):
            tool_choice = self.tool_choice.to_dict()
        else:
            tool_choice = self.tool_choice

        response_format: dict[str, Any] | Literal["auto"] | None | Unset
        if isinstance(self.response_format, Unset):
            response_format = UNSET
        elif isinstance(self.response_format, ResponseFormatText):
            response_format = self.response_format.to_dict()
        elif isinstance(self.response_format, ResponseFormatJsonObject):
            response_format = self.response_format.to_dict()
        elif isinstance(self.response_format, ResponseFormatJsonSchema):
            response_format = self.response_format.to_dict()
        else:
            response_format = self.response_format

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "thread_id": thread_id,
                "assistant_id": assistant_id,
                "status": status,
                "model": model,
                "instructions": instructions,
                "tools": tools,
                "metadata": metadata,
                "usage": usage,
                "parallel_tool_calls": parallel_tool_calls,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if required_action is not UNSET:
            field_dict["required_action"] = required_action
        if last_error is not UNSET:
            field_dict["last_error"] = last_error
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if cancelled_at is not UNSET:
            field_dict["cancelled_at"] = cancelled_at
        if failed_at is not UNSET:
            field_dict["failed_at"] = failed_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if incomplete_details is not UNSET:
            field_dict["incomplete_details"] = incomplete_details
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if max_prompt_tokens is not UNSET:
            field_dict["max_prompt_tokens"] = max_prompt_tokens
        if max_completion_tokens is not UNSET:
            field_dict["max_completion_tokens"] = max_completion_tokens
        if truncation_strategy is not UNSET:
            field_dict["truncation_strategy"] = truncation_strategy
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if response_format is not UNSET:
            field_dict["response_format"] = response_format

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        created_at = d["created_at"]

        thread_id = d["thread_id"]

        assistant_id = d["assistant_id"]

        status = check_run_object_status(d["status"])

        model = d["model"]

        instructions = d["instructions"]

        tools = []
        _tools = d["tools"]
        for tools_item_data in _tools:

            def _parse_tools_item(
                data: object,
            ) -> AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_type_0 = AssistantToolsCode.from_dict(data)

                    return tools_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_type_1 = AssistantToolsFileSearch.from_dict(data)

                    return tools_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                tools_item_type_2 = AssistantToolsFunction.from_dict(data)

                return tools_item_type_2

            tools_item = _parse_tools_item(tools_item_data)

            tools.append(tools_item)

        def _parse_metadata(data: object) -> MetadataType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_metadata_type_0 = MetadataType0.from_dict(data)

                return componentsschemas_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("MetadataType0 | None", data)

        metadata = _parse_metadata(d["metadata"])

        def _parse_usage(data: object) -> None | RunCompletionUsageType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_run_completion_usage_type_0 = RunCompletionUsageType0.from_dict(
                    data
                )

                return componentsschemas_run_completion_usage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | RunCompletionUsageType0", data)

        usage = _parse_usage(d["usage"])

        parallel_tool_calls = d["parallel_tool_calls"]

        object_ = cast("Literal['thread.run'] | Unset", d.get("object", UNSET))
        if object_ != "thread.run" and not isinstance(object_, Unset):
            raise ValueError(f"object must match const 'thread.run', got '{object_}'")

        def _parse_required_action(data: object) -> None | RunObjectRequiredActionType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                required_action_type_0 = RunObjectRequiredActionType0.from_dict(data)

                return required_action_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | RunObjectRequiredActionType0 | Unset", data)

        required_action = _parse_required_action(d.get("required_action", UNSET))

        def _parse_last_error(data: object) -> None | RunObjectLastErrorType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                last_error_type_0 = RunObjectLastErrorType0.from_dict(data)

                return last_error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | RunObjectLastErrorType0 | Unset", data)

        last_error = _parse_last_error(d.get("last_error", UNSET))

        def _parse_expires_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        expires_at = _parse_expires_at(d.get("expires_at", UNSET))

        def _parse_started_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        started_at = _parse_started_at(d.get("started_at", UNSET))

        def _parse_cancelled_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        cancelled_at = _parse_cancelled_at(d.get("cancelled_at", UNSET))

        def _parse_failed_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        failed_at = _parse_failed_at(d.get("failed_at", UNSET))

        def _parse_completed_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        completed_at = _parse_completed_at(d.get("completed_at", UNSET))

        def _parse_incomplete_details(
            data: object,
        ) -> None | RunObjectIncompleteDetailsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                incomplete_details_type_0 = RunObjectIncompleteDetailsType0.from_dict(data)

                return incomplete_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | RunObjectIncompleteDetailsType0 | Unset", data)

        incomplete_details = _parse_incomplete_details(d.get("incomplete_details", UNSET))

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

        def _parse_max_prompt_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        max_prompt_tokens = _parse_max_prompt_tokens(d.get("max_prompt_tokens", UNSET))

        def _parse_max_completion_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        max_completion_tokens = _parse_max_completion_tokens(d.get("max_completion_tokens", UNSET))

        def _parse_truncation_strategy(data: object) -> None | TruncationObject | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                truncation_strategy_type_0 = TruncationObject.from_dict(data)

                return truncation_strategy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | TruncationObject | Unset", data)

        truncation_strategy = _parse_truncation_strategy(d.get("truncation_strategy", UNSET))

        def _parse_tool_choice(
            data: object,
        ) -> AssistantsApiToolChoiceOptionType0 | AssistantsNamedToolChoice | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_assistants_api_tool_choice_option_type_0 = (
                    check_assistants_api_tool_choice_option_type_0(data)
                )

                return componentsschemas_assistants_api_tool_choice_option_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_assistants_api_tool_choice_option_type_1 = (
                    AssistantsNamedToolChoice.from_dict(data)
                )

                return componentsschemas_assistants_api_tool_choice_option_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                "AssistantsApiToolChoiceOptionType0 | AssistantsNamedToolChoice | None | Unset",
                data,
            )

        tool_choice = _parse_tool_choice(d.get("tool_choice", UNSET))

        def _parse_response_format(
            data: object,
        ) -> (
            Literal["auto"]
            | None
            | ResponseFormatJsonObject
            | ResponseFormatJsonSchema
            | ResponseFormatText
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            componentsschemas_assistants_api_response_format_option_type_0 = cast(
                "Literal['auto']", data
            )
            if componentsschemas_assistants_api_response_format_option_type_0 != "auto":
                raise ValueError(
                    f"/components/schemas/AssistantsApiResponseFormatOption_type_0 must match const 'auto', got '{componentsschemas_assistants_api_response_format_option_type_0}'"
                )
            return componentsschemas_assistants_api_response_format_option_type_0
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_assistants_api_response_format_option_type_1 = (
                    ResponseFormatText.from_dict(data)
                )

                return componentsschemas_assistants_api_response_format_option_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_assistants_api_response_format_option_type_2 = (
                    ResponseFormatJsonObject.from_dict(data)
                )

                return componentsschemas_assistants_api_response_format_option_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_assistants_api_response_format_option_type_3 = (
                    ResponseFormatJsonSchema.from_dict(data)
                )

                return componentsschemas_assistants_api_response_format_option_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                "Literal['auto'] | None | ResponseFormatJsonObject | ResponseFormatJsonSchema | ResponseFormatText | Unset",
                data,
            )

        response_format = _parse_response_format(d.get("response_format", UNSET))

        run_object = cls(
            id=id,
            created_at=created_at,
            thread_id=thread_id,
            assistant_id=assistant_id,
            status=status,
            model=model,
            instructions=instructions,
            tools=tools,
            metadata=metadata,
            usage=usage,
            parallel_tool_calls=parallel_tool_calls,
            object_=object_,
            required_action=required_action,
            last_error=last_error,
            expires_at=expires_at,
            started_at=started_at,
            cancelled_at=cancelled_at,
            failed_at=failed_at,
            completed_at=completed_at,
            incomplete_details=incomplete_details,
            temperature=temperature,
            top_p=top_p,
            max_prompt_tokens=max_prompt_tokens,
            max_completion_tokens=max_completion_tokens,
            truncation_strategy=truncation_strategy,
            tool_choice=tool_choice,
            response_format=response_format,
        )

        run_object.additional_properties = _extra_fields(d)
        return run_object

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
from ..models.assistant_tools_code import AssistantToolsCode  # noqa: E402
from ..models.assistant_tools_file_search import AssistantToolsFileSearch  # noqa: E402
from ..models.assistant_tools_function import AssistantToolsFunction  # noqa: E402
from ..models.assistants_named_tool_choice import AssistantsNamedToolChoice  # noqa: E402
from ..models.metadata_type_0 import MetadataType0  # noqa: E402
from ..models.response_format_json_object import ResponseFormatJsonObject  # noqa: E402
from ..models.response_format_json_schema import ResponseFormatJsonSchema  # noqa: E402
from ..models.response_format_text import ResponseFormatText  # noqa: E402
from ..models.run_completion_usage_type_0 import RunCompletionUsageType0  # noqa: E402
from ..models.run_object_incomplete_details_type_0 import RunObjectIncompleteDetailsType0  # noqa: E402
from ..models.run_object_last_error_type_0 import RunObjectLastErrorType0  # noqa: E402
from ..models.run_object_required_action_type_0 import RunObjectRequiredActionType0  # noqa: E402
from ..models.truncation_object import TruncationObject  # noqa: E402
