# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump, missing_keys
from ..models.run_step_object_status import RunStepObjectStatus
from ..models.run_step_object_type import RunStepObjectType
from ..types import UNSET, Unset

T = TypeVar("T", bound="RunStepObject")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "created_at",
        "assistant_id",
        "thread_id",
        "run_id",
        "type",
        "status",
        "step_details",
        "metadata",
        "usage",
        "object",
        "last_error",
        "expired_at",
        "cancelled_at",
        "failed_at",
        "completed_at",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_step_details(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "message_creation":
            return RunStepDetailsMessageCreationObject.from_dict(data)
        if tag == "tool_calls":
            return RunStepDetailsToolCallsObject.from_dict(data)
        return _choose_step_details(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class RunStepObject(_Model):
    """Schema `RunStepObject`.

    Attributes:
        id (str):
        created_at (int):
        assistant_id (str):
        thread_id (str):
        run_id (str):
        type (RunStepObjectType): One of: 'message_creation', 'tool_calls' (others kept).
        status (RunStepObjectStatus): One of: 'in_progress', 'cancelled', 'failed', 'completed', 'expired' (others
            kept).
        step_details (RunStepDetailsMessageCreationObject | RunStepDetailsToolCallsObject):
        metadata (MetadataType0 | None): Schema `Metadata`.
        usage (None | RunStepCompletionUsageType0): Schema `RunStepCompletionUsage`.
        object (Literal['thread.run.step'] | Unset): Always 'thread.run.step'.
        last_error (None | RunStepObjectLastErrorType0 | Unset):
        expired_at (int | None | Unset):
        cancelled_at (int | None | Unset):
        failed_at (int | None | Unset):
        completed_at (int | None | Unset):
    """

    id: str
    created_at: int
    assistant_id: str
    thread_id: str
    run_id: str
    type: RunStepObjectType
    status: RunStepObjectStatus
    step_details: RunStepDetailsMessageCreationObject | RunStepDetailsToolCallsObject
    metadata: MetadataType0 | None
    usage: None | RunStepCompletionUsageType0
    object: Literal["thread.run.step"] | Unset = UNSET
    last_error: None | RunStepObjectLastErrorType0 | Unset = UNSET
    expired_at: int | None | Unset = UNSET
    cancelled_at: int | None | Unset = UNSET
    failed_at: int | None | Unset = UNSET
    completed_at: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "id",
        "created_at",
        "assistant_id",
        "thread_id",
        "run_id",
        "type",
        "status",
        "step_details",
        "metadata",
        "usage",
    )
    _oc_consts = {"object": "thread.run.step"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["created_at"] = self.created_at
        field_dict["assistant_id"] = self.assistant_id
        field_dict["thread_id"] = self.thread_id
        field_dict["run_id"] = self.run_id
        field_dict["type"] = self.type
        field_dict["status"] = self.status
        field_dict["step_details"] = dump(self.step_details)
        field_dict["metadata"] = dump(self.metadata)
        field_dict["usage"] = dump(self.usage)
        if self.object is not UNSET:
            field_dict["object"] = self.object
        if self.last_error is not UNSET:
            field_dict["last_error"] = dump(self.last_error)
        if self.expired_at is not UNSET:
            field_dict["expired_at"] = self.expired_at
        if self.cancelled_at is not UNSET:
            field_dict["cancelled_at"] = self.cancelled_at
        if self.failed_at is not UNSET:
            field_dict["failed_at"] = self.failed_at
        if self.completed_at is not UNSET:
            field_dict["completed_at"] = self.completed_at
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
        assistant_id = d.get("assistant_id")
        thread_id = d.get("thread_id")
        run_id = d.get("run_id")
        type_ = d.get("type")
        status = d.get("status")
        _step_details = d.get("step_details")
        step_details = _read_step_details(_step_details)
        _metadata = d.get("metadata")
        metadata = MetadataType0.from_dict(_metadata) if isinstance(_metadata, dict) else _metadata
        _usage = d.get("usage")
        usage = (
            RunStepCompletionUsageType0.from_dict(_usage) if isinstance(_usage, dict) else _usage
        )
        object_ = d.get("object", UNSET)
        _last_error = d.get("last_error", UNSET)
        last_error = (
            RunStepObjectLastErrorType0.from_dict(_last_error)
            if isinstance(_last_error, dict)
            else _last_error
        )
        expired_at = d.get("expired_at", UNSET)
        cancelled_at = d.get("cancelled_at", UNSET)
        failed_at = d.get("failed_at", UNSET)
        completed_at = d.get("completed_at", UNSET)
        run_step_object = cls(
            id=id,
            created_at=created_at,
            assistant_id=assistant_id,
            thread_id=thread_id,
            run_id=run_id,
            type=type_,
            status=status,
            step_details=step_details,
            metadata=metadata,
            usage=usage,
            object=object_,
            last_error=last_error,
            expired_at=expired_at,
            cancelled_at=cancelled_at,
            failed_at=failed_at,
            completed_at=completed_at,
        )
        if (
            id is None
            or created_at is None
            or assistant_id is None
            or thread_id is None
            or run_id is None
            or type_ is None
            or status is None
            or step_details is None
            or metadata is None
            or usage is None
        ):
            run_step_object._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            run_step_object.additional_properties = _extra_fields(d)
        return run_step_object

    @property
    def type_(self) -> RunStepObjectType:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: RunStepObjectType) -> None:
        self.type = value

    @property
    def object_(self) -> Literal["thread.run.step"] | Unset:
        """The `object` field, under its former name."""
        return self.object

    @object_.setter
    def object_(self, value: Literal["thread.run.step"] | Unset) -> None:
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
from ..models.metadata_type_0 import MetadataType0  # noqa: E402
from ..models.run_step_completion_usage_type_0 import RunStepCompletionUsageType0  # noqa: E402
from ..models.run_step_details_message_creation_object import RunStepDetailsMessageCreationObject  # noqa: E402
from ..models.run_step_details_tool_calls_object import RunStepDetailsToolCallsObject  # noqa: E402
from ..models.run_step_object_last_error_type_0 import RunStepObjectLastErrorType0  # noqa: E402

_choose_step_details = ModelChoice(
    RunStepDetailsMessageCreationObject, RunStepDetailsToolCallsObject
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
RunStepObject._oc_fields = (
    ("id", "id", True, "string"),
    ("created_at", "created_at", True, "integer"),
    ("assistant_id", "assistant_id", True, "string"),
    ("thread_id", "thread_id", True, "string"),
    ("run_id", "run_id", True, "string"),
    ("type", "type", True, ("enum", "RunStepObjectType", ("message_creation", "tool_calls"))),
    (
        "status",
        "status",
        True,
        (
            "enum",
            "RunStepObjectStatus",
            ("cancelled", "completed", "expired", "failed", "in_progress"),
        ),
    ),
    (
        "step_details",
        "step_details",
        True,
        (
            "union",
            (
                RunStepDetailsMessageCreationObject,
                RunStepDetailsToolCallsObject,
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
                RunStepCompletionUsageType0,
                "null",
            ),
        ),
    ),
    ("object", "object", False, ("const", "thread.run.step")),
    (
        "last_error",
        "last_error",
        False,
        (
            "union",
            (
                RunStepObjectLastErrorType0,
                "null",
            ),
        ),
    ),
    (
        "expired_at",
        "expired_at",
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
)
