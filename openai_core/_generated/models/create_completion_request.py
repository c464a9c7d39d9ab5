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

T = TypeVar("T", bound="CreateCompletionRequest")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "model",
        "prompt",
        "best_of",
        "echo",
        "frequency_penalty",
        "logit_bias",
        "logprobs",
        "max_tokens",
        "n",
        "presence_penalty",
        "seed",
        "stop",
        "stream",
        "stream_options",
        "suffix",
        "temperature",
        "top_p",
        "user",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class CreateCompletionRequest(_Model):
    """Schema `CreateCompletionRequest`.

    Attributes:
        model (str):
        prompt (list[int | list[int] | str] | None | str | Unset): Server default: '<|endoftext|>'.
        best_of (int | None | Unset): Range 0..20. Server default: 1. Default: 1.
        echo (bool | None | Unset): Server default: False. Default: False.
        frequency_penalty (float | None | Unset): Range -2..2. Server default: 0. Default: 0.0.
        logit_bias (CreateCompletionRequestLogitBiasType0 | None | Unset): Server default: None.
        logprobs (int | None | Unset): Range 0..5. Server default: None.
        max_tokens (int | None | Unset): Range 0..inf. Server default: 16. Default: 16.
        n (int | None | Unset): Range 1..128. Server default: 1. Default: 1.
        presence_penalty (float | None | Unset): Range -2..2. Server default: 0. Default: 0.0.
        seed (int | None | Unset):
        stop (list[str] | None | str | Unset): Schema `StopConfiguration`.
        stream (bool | None | Unset): Server default: False. Default: False.
        stream_options (ChatCompletionStreamOptionsType0 | None | Unset): Schema `ChatCompletionStreamOptions`.
        suffix (None | str | Unset): Server default: None.
        temperature (float | None | Unset): Range 0..2. Server default: 1. Default: 1.0.
        top_p (float | None | Unset): Range 0..1. Server default: 1. Default: 1.0.
        user (str | Unset):
    """

    model: str
    prompt: list[int | list[int] | str] | None | str | Unset = UNSET
    best_of: int | None | Unset = 1
    echo: bool | None | Unset = False
    frequency_penalty: float | None | Unset = 0.0
    logit_bias: CreateCompletionRequestLogitBiasType0 | None | Unset = UNSET
    logprobs: int | None | Unset = UNSET
    max_tokens: int | None | Unset = 16
    n: int | None | Unset = 1
    presence_penalty: float | None | Unset = 0.0
    seed: int | None | Unset = UNSET
    stop: list[str] | None | str | Unset = UNSET
    stream: bool | None | Unset = False
    stream_options: ChatCompletionStreamOptionsType0 | None | Unset = UNSET
    suffix: None | str | Unset = UNSET
    temperature: float | None | Unset = 1.0
    top_p: float | None | Unset = 1.0
    user: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ("model",)
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["model"] = self.model
        if self.prompt is not UNSET:
            field_dict["prompt"] = self.prompt
        if self.best_of is not UNSET:
            field_dict["best_of"] = self.best_of
        if self.echo is not UNSET:
            field_dict["echo"] = self.echo
        if self.frequency_penalty is not UNSET:
            field_dict["frequency_penalty"] = self.frequency_penalty
        if self.logit_bias is not UNSET:
            field_dict["logit_bias"] = dump(self.logit_bias)
        if self.logprobs is not UNSET:
            field_dict["logprobs"] = self.logprobs
        if self.max_tokens is not UNSET:
            field_dict["max_tokens"] = self.max_tokens
        if self.n is not UNSET:
            field_dict["n"] = self.n
        if self.presence_penalty is not UNSET:
            field_dict["presence_penalty"] = self.presence_penalty
        if self.seed is not UNSET:
            field_dict["seed"] = self.seed
        if self.stop is not UNSET:
            field_dict["stop"] = self.stop
        if self.stream is not UNSET:
            field_dict["stream"] = self.stream
        if self.stream_options is not UNSET:
            field_dict["stream_options"] = dump(self.stream_options)
        if self.suffix is not UNSET:
            field_dict["suffix"] = self.suffix
        if self.temperature is not UNSET:
            field_dict["temperature"] = self.temperature
        if self.top_p is not UNSET:
            field_dict["top_p"] = self.top_p
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
        model = d.get("model")
        prompt = d.get("prompt", UNSET)
        best_of = d.get("best_of", UNSET)
        echo = d.get("echo", UNSET)
        frequency_penalty = d.get("frequency_penalty", UNSET)
        _logit_bias = d.get("logit_bias", UNSET)
        logit_bias = (
            CreateCompletionRequestLogitBiasType0.from_dict(_logit_bias)
            if isinstance(_logit_bias, dict)
            else _logit_bias
        )
        logprobs = d.get("logprobs", UNSET)
        max_tokens = d.get("max_tokens", UNSET)
        n = d.get("n", UNSET)
        presence_penalty = d.get("presence_penalty", UNSET)
        seed = d.get("seed", UNSET)
        stop = d.get("stop", UNSET)
        stream = d.get("stream", UNSET)
        _stream_options = d.get("stream_options", UNSET)
        stream_options = (
            ChatCompletionStreamOptionsType0.from_dict(_stream_options)
            if isinstance(_stream_options, dict)
            else _stream_options
        )
        suffix = d.get("suffix", UNSET)
        temperature = d.get("temperature", UNSET)
        top_p = d.get("top_p", UNSET)
        user = d.get("user", UNSET)
        create_completion_request = cls(
            model=model,
            prompt=prompt,
            best_of=best_of,
            echo=echo,
            frequency_penalty=frequency_penalty,
            logit_bias=logit_bias,
            logprobs=logprobs,
            max_tokens=max_tokens,
            n=n,
            presence_penalty=presence_penalty,
            seed=seed,
            stop=stop,
            stream=stream,
            stream_options=stream_options,
            suffix=suffix,
            temperature=temperature,
            top_p=top_p,
            user=user,
        )
        if model is None:
            create_completion_request._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            create_completion_request.additional_properties = _extra_fields(d)
        return create_completion_request

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
from ..models.chat_completion_stream_options_type_0 import ChatCompletionStreamOptionsType0  # noqa: E402
from ..models.create_completion_request_logit_bias_type_0 import (
    CreateCompletionRequestLogitBiasType0,  # noqa: E402
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
CreateCompletionRequest._oc_fields = (
    ("model", "model", True, "string"),
    (
        "prompt",
        "prompt",
        False,
        (
            "union",
            (
                (
                    "list",
                    (
                        "union",
                        (
                            "string",
                            "integer",
                            ("list", "integer"),
                        ),
                    ),
                ),
                "string",
                "null",
            ),
        ),
    ),
    (
        "best_of",
        "best_of",
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
        "echo",
        "echo",
        False,
        (
            "union",
            (
                "boolean",
                "null",
            ),
        ),
    ),
    (
        "frequency_penalty",
        "frequency_penalty",
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
        "logit_bias",
        "logit_bias",
        False,
        (
            "union",
            (
                CreateCompletionRequestLogitBiasType0,
                "null",
            ),
        ),
    ),
    (
        "logprobs",
        "logprobs",
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
        "max_tokens",
        "max_tokens",
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
        "n",
        "n",
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
        "presence_penalty",
        "presence_penalty",
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
        "seed",
        "seed",
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
        "stop",
        "stop",
        False,
        (
            "union",
            (
                "string",
                "null",
                ("list", "string"),
            ),
        ),
    ),
    (
        "stream",
        "stream",
        False,
        (
            "union",
            (
                "boolean",
                "null",
            ),
        ),
    ),
    (
        "stream_options",
        "stream_options",
        False,
        (
            "union",
            (
                ChatCompletionStreamOptionsType0,
                "null",
            ),
        ),
    ),
    (
        "suffix",
        "suffix",
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
    ("user", "user", False, "string"),
)
