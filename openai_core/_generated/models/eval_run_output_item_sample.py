# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys

T = TypeVar("T", bound="EvalRunOutputItemSample")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "input",
        "output",
        "finish_reason",
        "model",
        "usage",
        "error",
        "temperature",
        "max_completion_tokens",
        "top_p",
        "seed",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class EvalRunOutputItemSample(_Model):
    """
    Attributes:
        input (list[EvalRunOutputItemSampleInputItem]):
        output (list[EvalRunOutputItemSampleOutputItem]):
        finish_reason (str):
        model (str):
        usage (EvalRunOutputItemSampleUsage):
        error (EvalApiError): Schema `EvalApiError`.
        temperature (float):
        max_completion_tokens (int):
        top_p (float):
        seed (int):
    """

    input: list[EvalRunOutputItemSampleInputItem]
    output: list[EvalRunOutputItemSampleOutputItem]
    finish_reason: str
    model: str
    usage: EvalRunOutputItemSampleUsage
    error: EvalApiError
    temperature: float
    max_completion_tokens: int
    top_p: float
    seed: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "input",
        "output",
        "finish_reason",
        "model",
        "usage",
        "error",
        "temperature",
        "max_completion_tokens",
        "top_p",
        "seed",
    )
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["input"] = dump(self.input)
        field_dict["output"] = dump(self.output)
        field_dict["finish_reason"] = self.finish_reason
        field_dict["model"] = self.model
        field_dict["usage"] = dump(self.usage)
        field_dict["error"] = dump(self.error)
        field_dict["temperature"] = self.temperature
        field_dict["max_completion_tokens"] = self.max_completion_tokens
        field_dict["top_p"] = self.top_p
        field_dict["seed"] = self.seed
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        _input_ = d.get("input")
        input_ = (
            [
                (EvalRunOutputItemSampleInputItem.from_dict(_i0) if isinstance(_i0, dict) else _i0)
                for _i0 in _input_
            ]
            if isinstance(_input_, list)
            else _input_
        )
        _output = d.get("output")
        output = (
            [
                (EvalRunOutputItemSampleOutputItem.from_dict(_i0) if isinstance(_i0, dict) else _i0)
                for _i0 in _output
            ]
            if isinstance(_output, list)
            else _output
        )
        finish_reason = d.get("finish_reason")
        model = d.get("model")
        _usage = d.get("usage")
        usage = (
            EvalRunOutputItemSampleUsage.from_dict(_usage) if isinstance(_usage, dict) else _usage
        )
        _error = d.get("error")
        error = EvalApiError.from_dict(_error) if isinstance(_error, dict) else _error
        temperature = d.get("temperature")
        max_completion_tokens = d.get("max_completion_tokens")
        top_p = d.get("top_p")
        seed = d.get("seed")
        eval_run_output_item_sample = cls(
            input=input_,
            output=output,
            finish_reason=finish_reason,
            model=model,
            usage=usage,
            error=error,
            temperature=temperature,
            max_completion_tokens=max_completion_tokens,
            top_p=top_p,
            seed=seed,
        )
        if (
            input_ is None
            or output is None
            or finish_reason is None
            or model is None
            or usage is None
            or error is None
            or temperature is None
            or max_completion_tokens is None
            or top_p is None
            or seed is None
        ):
            eval_run_output_item_sample._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            eval_run_output_item_sample.additional_properties = _extra_fields(d)
        return eval_run_output_item_sample

    @property
    def input_(self) -> list[EvalRunOutputItemSampleInputItem]:
        """The `input` field, under its former name."""
        return self.input

    @input_.setter
    def input_(self, value: list[EvalRunOutputItemSampleInputItem]) -> None:
        self.input = value

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
from ..models.eval_api_error import EvalApiError  # noqa: E402
from ..models.eval_run_output_item_sample_input_item import EvalRunOutputItemSampleInputItem  # noqa: E402
from ..models.eval_run_output_item_sample_output_item import EvalRunOutputItemSampleOutputItem  # noqa: E402
from ..models.eval_run_output_item_sample_usage import EvalRunOutputItemSampleUsage  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
EvalRunOutputItemSample._oc_fields = (
    ("input", "input", True, ("list", EvalRunOutputItemSampleInputItem)),
    ("output", "output", True, ("list", EvalRunOutputItemSampleOutputItem)),
    ("finish_reason", "finish_reason", True, "string"),
    ("model", "model", True, "string"),
    ("usage", "usage", True, EvalRunOutputItemSampleUsage),
    ("error", "error", True, EvalApiError),
    ("temperature", "temperature", True, "number"),
    ("max_completion_tokens", "max_completion_tokens", True, "integer"),
    ("top_p", "top_p", True, "number"),
    ("seed", "seed", True, "integer"),
)
