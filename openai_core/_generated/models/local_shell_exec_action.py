# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys
from ..types import UNSET, Unset

T = TypeVar("T", bound="LocalShellExecAction")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "command",
        "env",
        "timeout_ms",
        "working_directory",
        "user",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class LocalShellExecAction(_Model):
    """Schema `LocalShellExecAction`.

    Attributes:
        type (Literal['exec']): Always 'exec'.
        command (list[str]):
        env (LocalShellExecActionEnv):
        timeout_ms (int | None | Unset):
        working_directory (None | str | Unset):
        user (None | str | Unset):
    """

    type: Literal["exec"]
    command: list[str]
    env: LocalShellExecActionEnv
    timeout_ms: int | None | Unset = UNSET
    working_directory: None | str | Unset = UNSET
    user: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "type",
        "command",
        "env",
    )
    _oc_consts = {"type": "exec"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["command"] = self.command
        field_dict["env"] = dump(self.env)
        if self.timeout_ms is not UNSET:
            field_dict["timeout_ms"] = self.timeout_ms
        if self.working_directory is not UNSET:
            field_dict["working_directory"] = self.working_directory
        if self.user is not UNSET:
            field_dict["user"] = self.user
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
        command = d.get("command")
        _env = d.get("env")
        env = LocalShellExecActionEnv.from_dict(_env) if isinstance(_env, dict) else _env
        timeout_ms = d.get("timeout_ms", UNSET)
        working_directory = d.get("working_directory", UNSET)
        user = d.get("user", UNSET)
        local_shell_exec_action = cls(
            type=type_,
            command=command,
            env=env,
            timeout_ms=timeout_ms,
            working_directory=working_directory,
            user=user,
        )
        if type_ is None or command is None or env is None:
            local_shell_exec_action._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            local_shell_exec_action.additional_properties = _extra_fields(d)
        return local_shell_exec_action

    @property
    def type_(self) -> Literal["exec"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["exec"]) -> None:
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
from ..models.local_shell_exec_action_env import LocalShellExecActionEnv  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
LocalShellExecAction._oc_fields = (
    ("type", "type", True, ("const", "exec")),
    ("command", "command", True, ("list", "string")),
    ("env", "env", True, LocalShellExecActionEnv),
    (
        "timeout_ms",
        "timeout_ms",
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
        "working_directory",
        "working_directory",
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
        "user",
        "user",
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
