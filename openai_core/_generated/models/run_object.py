# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump, missing_keys
from ..models.assistants_api_tool_choice_option_type_0 import (
    AssistantsApiToolChoiceOptionType0,
)
from ..models.run_object_status import RunObjectStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="RunObject")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
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
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_tools_item(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "code_interpreter":
            return AssistantToolsCode.from_dict(data)
        if tag == "file_search":
            return AssistantToolsFileSearch.from_dict(data)
        if tag == "function":
            return AssistantToolsFunction.from_dict(data)
        return _choose_tools_item(data)
    return data


def _read_response_format(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "text":
            return ResponseFormatText.from_dict(data)
        if tag == "json_object":
            return ResponseFormatJsonObject.from_dict(data)
        if tag == "json_schema":
            return ResponseFormatJsonSchema.from_dict(data)
        return _choose_response_format(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class RunObject(_Model):
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
        object (Literal['thread.run'] | Unset): Always 'thread.run'.
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
    object: Literal["thread.run"] | Unset = UNSET
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

    _oc_wire = _FIELDS
    _oc_required = (
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
    )
    _oc_consts = {"object": "thread.run"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["created_at"] = self.created_at
        field_dict["thread_id"] = self.thread_id
        field_dict["assistant_id"] = self.assistant_id
        field_dict["status"] = self.status
        field_dict["model"] = self.model
        field_dict["instructions"] = self.instructions
        field_dict["tools"] = dump(self.tools)
        field_dict["metadata"] = dump(self.metadata)
        field_dict["usage"] = dump(self.usage)
        field_dict["parallel_tool_calls"] = self.parallel_tool_calls
        if self.object is not UNSET:
            field_dict["object"] = self.object
        if self.required_action is not UNSET:
            field_dict["required_action"] = dump(self.required_action)
        if self.last_error is not UNSET:
            field_dict["last_error"] = dump(self.last_error)
        if self.expires_at is not UNSET:
            field_dict["expires_at"] = self.expires_at
        if self.started_at is not UNSET:
            field_dict["started_at"] = self.started_at
        if self.cancelled_at is not UNSET:
            field_dict["cancelled_at"] = self.cancelled_at
        if self.failed_at is not UNSET:
            field_dict["failed_at"] = self.failed_at
        if self.completed_at is not UNSET:
            field_dict["completed_at"] = self.completed_at
        if self.incomplete_details is not UNSET:
            field_dict["incomplete_details"] = dump(self.incomplete_details)
        if self.temperature is not UNSET:
            field_dict["temperature"] = self.temperature
        if self.top_p is not UNSET:
            field_dict["top_p"] = self.top_p
        if self.max_prompt_tokens is not UNSET:
            field_dict["max_prompt_tokens"] = self.max_prompt_tokens
        if self.max_completion_tokens is not UNSET:
            field_dict["max_completion_tokens"] = self.max_completion_tokens
        if self.truncation_strategy is not UNSET:
            field_dict["truncation_strategy"] = dump(self.truncation_strategy)
        if self.tool_choice is not UNSET:
            field_dict["tool_choice"] = dump(self.tool_choice)
        if self.response_format is not UNSET:
            field_dict["response_format"] = dump(self.response_format)
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
        created_at = d.get("created_at")
        thread_id = d.get("thread_id")
        assistant_id = d.get("assistant_id")
        status = d.get("status")
        model = d.get("model")
        instructions = d.get("instructions")
        _tools = d.get("tools")
        tools = [_read_tools_item(_i0) for _i0 in _tools] if isinstance(_tools, list) else _tools
        _metadata = d.get("metadata")
        metadata = MetadataType0.from_dict(_metadata) if isinstance(_metadata, dict) else _metadata
        _usage = d.get("usage")
        usage = RunCompletionUsageType0.from_dict(_usage) if isinstance(_usage, dict) else _usage
        parallel_tool_calls = d.get("parallel_tool_calls")
        object_ = d.get("object", UNSET)
        _required_action = d.get("required_action", UNSET)
        required_action = (
            RunObjectRequiredActionType0.from_dict(_required_action)
            if isinstance(_required_action, dict)
            else _required_action
        )
        _last_error = d.get("last_error", UNSET)
        last_error = (
            RunObjectLastErrorType0.from_dict(_last_error)
            if isinstance(_last_error, dict)
            else _last_error
        )
        expires_at = d.get("expires_at", UNSET)
        started_at = d.get("started_at", UNSET)
        cancelled_at = d.get("cancelled_at", UNSET)
        failed_at = d.get("failed_at", UNSET)
        completed_at = d.get("completed_at", UNSET)
        _incomplete_details = d.get("incomplete_details", UNSET)
        incomplete_details = (
            RunObjectIncompleteDetailsType0.from_dict(_incomplete_details)
            if isinstance(_incomplete_details, dict)
            else _incomplete_details
        )
        temperature = d.get("temperature", UNSET)
        top_p = d.get("top_p", UNSET)
        max_prompt_tokens = d.get("max_prompt_tokens", UNSET)
        max_completion_tokens = d.get("max_completion_tokens", UNSET)
        _truncation_strategy = d.get("truncation_strategy", UNSET)
        truncation_strategy = (
            TruncationObject.from_dict(_truncation_strategy)
            if isinstance(_truncation_strategy, dict)
            else _truncation_strategy
        )
        _tool_choice = d.get("tool_choice", UNSET)
        tool_choice = (
            AssistantsNamedToolChoice.from_dict(_tool_choice)
            if isinstance(_tool_choice, dict)
            else _tool_choice
        )
        _response_format = d.get("response_format", UNSET)
        response_format = _read_response_format(_response_format)
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
            object=object_,
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
        if (
            id is None
            or created_at is None
            or thread_id is None
            or assistant_id is None
            or status is None
            or model is None
            or instructions is None
            or tools is None
            or metadata is None
            or usage is None
            or parallel_tool_calls is None
        ):
            run_object._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            run_object.additional_properties = _extra_fields(d)
        return run_object

    @property
    def object_(self) -> Literal["thread.run"] | Unset:
        """The `object` field, under its former name."""
        return self.object

    @object_.setter
    def object_(self, value: Literal["thread.run"] | Unset) -> None:
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

_choose_tools_item = ModelChoice(
    AssistantToolsCode, AssistantToolsFileSearch, AssistantToolsFunction
)
_choose_response_format = ModelChoice(
    ResponseFormatText, ResponseFormatJsonObject, ResponseFormatJsonSchema
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
RunObject._oc_fields = (
    ("id", "id", True, "string"),
    ("created_at", "created_at", True, "integer"),
    ("thread_id", "thread_id", True, "string"),
    ("assistant_id", "assistant_id", True, "string"),
    (
        "status",
        "status",
        True,
        (
            "enum",
            "RunObjectStatus",
            (
                "cancelled",
                "cancelling",
                "completed",
                "expired",
                "failed",
                "in_progress",
                "incomplete",
                "queued",
                "requires_action",
            ),
        ),
    ),
    ("model", "model", True, "string"),
    ("instructions", "instructions", True, "string"),
    (
        "tools",
        "tools",
        True,
        (
            "list",
            (
                "union",
                (
                    AssistantToolsCode,
                    AssistantToolsFileSearch,
                    AssistantToolsFunction,
                ),
            ),
        ),
    ),
    (
        "metadata",
        "metadata",
        True,
        (
            "union",
            (
                MetadataType0,
                "null",
            ),
        ),
    ),
    (
        "usage",
        "usage",
        True,
        (
            "union",
            (
                RunCompletionUsageType0,
                "null",
            ),
        ),
    ),
    ("parallel_tool_calls", "parallel_tool_calls", True, "boolean"),
    ("object", "object", False, ("const", "thread.run")),
    (
        "required_action",
        "required_action",
        False,
        (
            "union",
            (
                RunObjectRequiredActionType0,
                "null",
            ),
        ),
    ),
    (
        "last_error",
        "last_error",
        False,
        (
            "union",
            (
                RunObjectLastErrorType0,
                "null",
            ),
        ),
    ),
    (
        "expires_at",
        "expires_at",
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
        "started_at",
        "started_at",
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
        "cancelled_at",
        "cancelled_at",
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
        "failed_at",
        "failed_at",
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
        "completed_at",
        "completed_at",
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
        "incomplete_details",
        "incomplete_details",
        False,
        (
            "union",
            (
                RunObjectIncompleteDetailsType0,
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
        "max_prompt_tokens",
        "max_prompt_tokens",
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
        "max_completion_tokens",
        "max_completion_tokens",
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
        "truncation_strategy",
        "truncation_strategy",
        False,
        (
            "union",
            (
                TruncationObject,
                "null",
            ),
        ),
    ),
    (
        "tool_choice",
        "tool_choice",
        False,
        (
            "union",
            (
                ("enum", "AssistantsApiToolChoiceOptionType0", ("auto", "none", "required")),
                AssistantsNamedToolChoice,
                "null",
            ),
        ),
    ),
    (
        "response_format",
        "response_format",
        False,
        (
            "union",
            (
                ("const", "auto"),
                ResponseFormatText,
                ResponseFormatJsonObject,
                ResponseFormatJsonSchema,
                "null",
            ),
        ),
    ),
)
