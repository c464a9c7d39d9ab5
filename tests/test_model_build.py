from __future__ import annotations

from typing import Any

import pytest

from openai_core import InvalidConfigError, ResponseValidationError
from openai_core._model_build import build_model, load_model, model_factory


def _needs_id(data: dict[str, Any]) -> str:
    return str(data["id"])


def test_build_model_returns_what_from_dict_builds():
    assert build_model(_needs_id, {"id": 7}, "a Thing") == "7"


def test_a_dict_that_does_not_fit_names_the_expected_model_the_data_and_the_cause():
    data = {"other": "x" * 500}

    with pytest.raises(ResponseValidationError) as caught:
        build_model(_needs_id, data, "a Thing from things.get", "Check the provider.")

    message = str(caught.value)
    assert message.startswith("Expected a Thing from things.get, got {'other': 'xxx")
    assert "chars)" in message  # the received dict is shortened
    assert "(KeyError: 'id')." in message
    assert message.endswith(" Check the provider.")
    assert caught.value.value is data
    assert isinstance(caught.value.__cause__, KeyError)


def test_model_factory_raises_the_same_error_as_build_model():
    factory = model_factory(_needs_id, "a Thing in the stream")

    assert factory({"id": 1}) == "1"
    with pytest.raises(ResponseValidationError, match=r"^Expected a Thing in the stream, got \{\}"):
        factory({})


def test_load_model_imports_a_generated_model_once_and_rejects_unknown_refs():
    first = load_model("chat_completion:ChatCompletion")

    assert first is load_model("chat_completion:ChatCompletion")
    assert first.__name__ == "ChatCompletion"
    with pytest.raises(InvalidConfigError, match="'no_such_model:Nope' is missing"):
        load_model("no_such_model:Nope")
