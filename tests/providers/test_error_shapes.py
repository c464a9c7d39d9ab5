"""
The shared error parser on every shape providers use, and the errors carried by 2xx bodies.

The bodies are the recorded ones of tests/fixtures/providers/ (see its README), cut to what matters.
"""

from __future__ import annotations

import httpx
import pytest

from openai_core import (
    APIError,
    AuthenticationError,
    BadRequestError,
    InternalServerError,
    RateLimitError,
)
from openai_core._error_shapes import embedded_error, extract_error
from openai_core._errors_map import error_from_body, error_from_response
from openai_core._providers import PROVIDERS


@pytest.mark.parametrize(
    ("body", "message", "type", "code"),
    [
        # Gemini's OpenAI compatibility: a JSON list, Google's `status` as the kind.
        (
            [{"error": {"code": 400, "message": "Bad argument.", "status": "INVALID_ARGUMENT"}}],
            "Bad argument.",
            "INVALID_ARGUMENT",
            "400",
        ),
        # Azure: `type: null` and the HTTP status again in `status`.
        (
            {
                "error": {
                    "message": "filtered",
                    "type": None,
                    "code": "content_filter",
                    "status": 400,
                }
            },
            "filtered",
            None,
            "content_filter",
        ),
        # Mistral's 422 nests FastAPI's validation list in `message`.
        (
            {
                "object": "error",
                "message": {"detail": [{"loc": ["body", "model"], "msg": "Field required"}]},
                "type": "invalid_request_message_error",
            },
            "body.model: Field required",
            "invalid_request_message_error",
            None,
        ),
        # vLLM / FastAPI: `detail` list with locations.
        (
            {"detail": [{"type": "missing", "loc": ["body", "messages"], "msg": "Field required"}]},
            "body.messages: Field required",
            None,
            None,
        ),
        # xAI: `error` is the message, `code` a sentence.
        (
            {"code": "Client specified an invalid argument", "error": "Incorrect API key"},
            "Incorrect API key",
            None,
            "Client specified an invalid argument",
        ),
        # Anthropic's error envelope.
        (
            {"type": "error", "error": {"type": "authentication_error", "message": "bad key"}},
            "bad key",
            "authentication_error",
            None,
        ),
        # Zhipu: code as a string, no type.
        ({"error": {"code": "1211", "message": "模型不存在"}}, "模型不存在", None, "1211"),
        # MiniMax.
        (
            {"base_resp": {"status_code": 2013, "status_msg": "invalid params"}},
            "invalid params",
            None,
            "2013",
        ),
    ],
)
def test_error_shapes_keep_message_type_and_code(body, message, type, code):
    info = extract_error(body)

    assert (info.message, info.type, info.code) == (message, type, code)


def test_openrouter_keeps_what_the_upstream_provider_said():
    raw = '{"error":{"type":"invalid_request_error","message":"logprobs must be between 0 and 5"}}'
    body = {"error": {"message": "Provider returned error", "code": 400}}
    body["error"]["metadata"] = {"raw": raw, "provider_name": "Fireworks"}

    info = extract_error(body)

    assert info.message == "Provider returned error (Fireworks: logprobs must be between 0 and 5)"


def test_openrouter_raw_text_that_is_not_json_is_kept_as_it_came():
    body = {"error": {"message": "Provider returned error", "metadata": {"raw": "upstream 502"}}}

    assert extract_error(body).message == "Provider returned error (upstream 502)"


def test_html_error_pages_are_read_by_their_title():
    page = "<html>\n<head><title>401 Authorization Required</title></head>\n<body>...</body></html>"

    assert extract_error(page).message == "401 Authorization Required"
    assert extract_error("<html><body><h1>502 Bad  Gateway</h1></body></html>").message == (
        "502 Bad Gateway"
    )
    assert extract_error("upstream connect error").message == "upstream connect error"


@pytest.mark.parametrize(
    "body",
    [
        {
            "object": "response",
            "id": "resp_1",
            "status": "failed",
            "error": {"code": "x", "message": "y"},
        },
        {"object": "fine_tuning.job", "error": {"message": "bad file"}},
        {"base_resp": {"status_code": 0, "status_msg": ""}, "choices": []},
        {"id": "c1", "choices": [], "error": None},
        [{"error": "a list is not a 2xx error"}],
        "text",
    ],
)
def test_results_that_mention_an_error_are_results(body):
    assert embedded_error(body) is None


def test_minimax_200_with_base_resp_is_an_error():
    body = {
        "base_resp": {"status_code": 1008, "status_msg": "insufficient balance"},
        "choices": None,
    }

    info = embedded_error(body)

    assert info is not None
    assert (info.message, info.code) == ("insufficient balance", "1008")


def test_lm_studio_200_with_only_an_error_is_an_error():
    info = embedded_error({"error": "Unexpected endpoint or method. (POST /chat/completions)"})

    assert info is not None
    assert info.message == "Unexpected endpoint or method. (POST /chat/completions)"


@pytest.mark.parametrize(
    ("code", "cls"),
    [
        (1004, AuthenticationError),
        (1002, RateLimitError),
        (1008, RateLimitError),
        (2013, BadRequestError),
        (1000, InternalServerError),
        (4242, APIError),
    ],
)
def test_a_2xx_error_gets_the_class_of_the_providers_code(code, cls):
    body = {"base_resp": {"status_code": code, "status_msg": "m"}}

    error = error_from_body(body, status_code=200, provider="minimax")

    assert type(error) is cls
    assert (error.status_code, error.code, error.provider) == (200, str(code), "minimax")


def test_a_2xx_error_masks_an_echoed_key_and_finds_the_body_request_id():
    key = "sk-echoed-0123456789"
    body = {"error": f"bad key {key}", "request_id": "req-9"}

    error = error_from_body(body, status_code=200, secrets=[key])

    assert error is not None
    assert key not in error.message and key not in str(error.body)
    assert error.request_id == "req-9"


def test_error_response_request_id_falls_back_to_the_body():
    body = b'{"error":{"message":"Incorrect API key provided.","code":"invalid_api_key"},"request_id":"b02e"}'
    response = httpx.Response(401, content=body)

    error = error_from_response(response, PROVIDERS["qwen"])

    assert (type(error), error.request_id, error.code) == (
        AuthenticationError,
        "b02e",
        "invalid_api_key",
    )
