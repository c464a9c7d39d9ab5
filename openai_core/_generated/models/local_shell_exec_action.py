# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LocalShellExecAction")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
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
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class LocalShellExecAction:
    """Schema `LocalShellExecAction`.

    Attributes:
        type_ (Literal['exec']): Always 'exec'.
        command (list[str]):
        env (LocalShellExecActionEnv):
        timeout_ms (int | None | Unset):
        working_directory (None | str | Unset):
        user (None | str | Unset):
    """

    type_: Literal["exec"]
    command: list[str]
    env: LocalShellExecActionEnv
    timeout_ms: int | None | Unset = UNSET
    working_directory: None | str | Unset = UNSET
    user: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        command = self.command

        env = self.env.to_dict()

        timeout_ms: int | None | Unset
        if isinstance(self.timeout_ms, Unset):
            timeout_ms = UNSET
        else:
            timeout_ms = self.timeout_ms

        working_directory: None | str | Unset
        if isinstance(self.working_directory, Unset):
            working_directory = UNSET
        else:
            working_directory = self.working_directory

        user: None | str | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        else:
            user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "command": command,
                "env": env,
            }
        )
        if timeout_ms is not UNSET:
            field_dict["timeout_ms"] = timeout_ms
        if working_directory is not UNSET:
            field_dict["working_directory"] = working_directory
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['exec']", d["type"])
        if type_ != "exec":
            raise ValueError(f"type must match const 'exec', got '{type_}'")

        command = cast("list[str]", d["command"])

        env = LocalShellExecActionEnv.from_dict(d["env"])

        def _parse_timeout_ms(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        timeout_ms = _parse_timeout_ms(d.get("timeout_ms", UNSET))

        def _parse_working_directory(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        working_directory = _parse_working_directory(d.get("working_directory", UNSET))

        def _parse_user(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        user = _parse_user(d.get("user", UNSET))

        local_shell_exec_action = cls(
            type_=type_,
            command=command,
            env=env,
            timeout_ms=timeout_ms,
            working_directory=working_directory,
            user=user,
        )

        local_shell_exec_action.additional_properties = _extra_fields(d)
        return local_shell_exec_action

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
