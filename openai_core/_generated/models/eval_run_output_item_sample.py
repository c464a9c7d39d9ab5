# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EvalRunOutputItemSample")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
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
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class EvalRunOutputItemSample:
    """
    Attributes:
        input_ (list[EvalRunOutputItemSampleInputItem]):
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

    input_: list[EvalRunOutputItemSampleInputItem]
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

    def to_dict(self) -> dict[str, Any]:
        input_ = []
        for input_item_data in self.input_:
            input_item = input_item_data.to_dict()
            input_.append(input_item)

        output = []
        for output_item_data in self.output:
            output_item = output_item_data.to_dict()
            output.append(output_item)

        finish_reason = self.finish_reason

        model = self.model

        usage = self.usage.to_dict()

        error = self.error.to_dict()

        temperature = self.temperature

        max_completion_tokens = self.max_completion_tokens

        top_p = self.top_p

        seed = self.seed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input": input_,
                "output": output,
                "finish_reason": finish_reason,
                "model": model,
                "usage": usage,
                "error": error,
                "temperature": temperature,
                "max_completion_tokens": max_completion_tokens,
                "top_p": top_p,
                "seed": seed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        input_ = []
        _input_ = d["input"]
        for input_item_data in _input_:
            input_item = EvalRunOutputItemSampleInputItem.from_dict(input_item_data)

            input_.append(input_item)

        output = []
        _output = d["output"]
        for output_item_data in _output:
            output_item = EvalRunOutputItemSampleOutputItem.from_dict(output_item_data)

            output.append(output_item)

        finish_reason = d["finish_reason"]

        model = d["model"]

        usage = EvalRunOutputItemSampleUsage.from_dict(d["usage"])

        error = EvalApiError.from_dict(d["error"])

        temperature = d["temperature"]

        max_completion_tokens = d["max_completion_tokens"]

        top_p = d["top_p"]

        seed = d["seed"]

        eval_run_output_item_sample = cls(
            input_=input_,
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

        eval_run_output_item_sample.additional_properties = _extra_fields(d)
        return eval_run_output_item_sample

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
