# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateCompletionRequest")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
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
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class CreateCompletionRequest:
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

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        prompt: list[int | list[int] | str] | None | str | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        elif isinstance(self.prompt, list):
            prompt = []
            for prompt_type_0_type_0_item_data in self.prompt:
                prompt_type_0_type_0_item: int | list[int] | str
                if isinstance(prompt_type_0_type_0_item_data, list):
                    prompt_type_0_type_0_item = prompt_type_0_type_0_item_data

                else:
                    prompt_type_0_type_0_item = prompt_type_0_type_0_item_data
                prompt.append(prompt_type_0_type_0_item)

        else:
            prompt = self.prompt

        best_of: int | None | Unset
        if isinstance(self.best_of, Unset):
            best_of = UNSET
        else:
            best_of = self.best_of

        echo: bool | None | Unset
        if isinstance(self.echo, Unset):
            echo = UNSET
        else:
            echo = self.echo

        frequency_penalty: float | None | Unset
        if isinstance(self.frequency_penalty, Unset):
            frequency_penalty = UNSET
        else:
            frequency_penalty = self.frequency_penalty

        logit_bias: dict[str, Any] | None | Unset
        if isinstance(self.logit_bias, Unset):
            logit_bias = UNSET
        elif isinstance(self.logit_bias, CreateCompletionRequestLogitBiasType0):
            logit_bias = self.logit_bias.to_dict()
        else:
            logit_bias = self.logit_bias

        logprobs: int | None | Unset
        if isinstance(self.logprobs, Unset):
            logprobs = UNSET
        else:
            logprobs = self.logprobs

        max_tokens: int | None | Unset
        if isinstance(self.max_tokens, Unset):
            max_tokens = UNSET
        else:
            max_tokens = self.max_tokens

        n: int | None | Unset
        if isinstance(self.n, Unset):
            n = UNSET
        else:
            n = self.n

        presence_penalty: float | None | Unset
        if isinstance(self.presence_penalty, Unset):
            presence_penalty = UNSET
        else:
            presence_penalty = self.presence_penalty

        seed: int | None | Unset
        if isinstance(self.seed, Unset):
            seed = UNSET
        else:
            seed = self.seed

        stop: list[str] | None | str | Unset
        if isinstance(self.stop, Unset):
            stop = UNSET
        elif isinstance(self.stop, list):
            stop = self.stop

        else:
            stop = self.stop

        stream: bool | None | Unset
        if isinstance(self.stream, Unset):
            stream = UNSET
        else:
            stream = self.stream

        stream_options: dict[str, Any] | None | Unset
        if isinstance(self.stream_options, Unset):
            stream_options = UNSET
        elif isinstance(self.stream_options, ChatCompletionStreamOptionsType0):
            stream_options = self.stream_options.to_dict()
        else:
            stream_options = self.stream_options

        suffix: None | str | Unset
        if isinstance(self.suffix, Unset):
            suffix = UNSET
        else:
            suffix = self.suffix

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

        user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if best_of is not UNSET:
            field_dict["best_of"] = best_of
        if echo is not UNSET:
            field_dict["echo"] = echo
        if frequency_penalty is not UNSET:
            field_dict["frequency_penalty"] = frequency_penalty
        if logit_bias is not UNSET:
            field_dict["logit_bias"] = logit_bias
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if n is not UNSET:
            field_dict["n"] = n
        if presence_penalty is not UNSET:
            field_dict["presence_penalty"] = presence_penalty
        if seed is not UNSET:
            field_dict["seed"] = seed
        if stop is not UNSET:
            field_dict["stop"] = stop
        if stream is not UNSET:
            field_dict["stream"] = stream
        if stream_options is not UNSET:
            field_dict["stream_options"] = stream_options
        if suffix is not UNSET:
            field_dict["suffix"] = suffix
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        model = d["model"]

        def _parse_prompt(data: object) -> list[int | list[int] | str] | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                prompt_type_0_type_0 = []
                _prompt_type_0_type_0 = data
                for prompt_type_0_type_0_item_data in _prompt_type_0_type_0:

                    def _parse_prompt_type_0_type_0_item(data: object) -> int | list[int] | str:
                        try:
                            if not isinstance(data, list):
                                raise TypeError()
                            prompt_type_0_type_0_item_type_2 = cast("list[int]", data)

                            return prompt_type_0_type_0_item_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast("int | list[int] | str", data)

                    prompt_type_0_type_0_item = _parse_prompt_type_0_type_0_item(
                        prompt_type_0_type_0_item_data
                    )

                    prompt_type_0_type_0.append(prompt_type_0_type_0_item)

                return prompt_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[int | list[int] | str] | None | str | Unset", data)

        prompt = _parse_prompt(d.get("prompt", UNSET))

        def _parse_best_of(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        best_of = _parse_best_of(d.get("best_of", UNSET))

        def _parse_echo(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("bool | None | Unset", data)

        echo = _parse_echo(d.get("echo", UNSET))

        def _parse_frequency_penalty(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("float | None | Unset", data)

        frequency_penalty = _parse_frequency_penalty(d.get("frequency_penalty", UNSET))

        def _parse_logit_bias(data: object) -> CreateCompletionRequestLogitBiasType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                logit_bias_type_0 = CreateCompletionRequestLogitBiasType0.from_dict(data)

                return logit_bias_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("CreateCompletionRequestLogitBiasType0 | None | Unset", data)

        logit_bias = _parse_logit_bias(d.get("logit_bias", UNSET))

        def _parse_logprobs(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        logprobs = _parse_logprobs(d.get("logprobs", UNSET))

        def _parse_max_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        max_tokens = _parse_max_tokens(d.get("max_tokens", UNSET))

        def _parse_n(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        n = _parse_n(d.get("n", UNSET))

        def _parse_presence_penalty(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("float | None | Unset", data)

        presence_penalty = _parse_presence_penalty(d.get("presence_penalty", UNSET))

        def _parse_seed(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        seed = _parse_seed(d.get("seed", UNSET))

        def _parse_stop(data: object) -> list[str] | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_stop_configuration_type_0_type_1 = cast("list[str]", data)

                return componentsschemas_stop_configuration_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[str] | None | str | Unset", data)

        stop = _parse_stop(d.get("stop", UNSET))

        def _parse_stream(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("bool | None | Unset", data)

        stream = _parse_stream(d.get("stream", UNSET))

        def _parse_stream_options(data: object) -> ChatCompletionStreamOptionsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_chat_completion_stream_options_type_0 = (
                    ChatCompletionStreamOptionsType0.from_dict(data)
                )

                return componentsschemas_chat_completion_stream_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ChatCompletionStreamOptionsType0 | None | Unset", data)

        stream_options = _parse_stream_options(d.get("stream_options", UNSET))

        def _parse_suffix(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        suffix = _parse_suffix(d.get("suffix", UNSET))

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
