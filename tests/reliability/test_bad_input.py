"""
Bad input from the caller fails at once, before any I/O, with an openai_core error naming the
value; a certificate the client does not trust fails at once too, without retries.
"""

from __future__ import annotations

import math

import pytest
from _transport_server import RawServer, echo, server_tls_context

from openai_core import APIConnectionError, InvalidConfigError

from ._support import API_KEY, chat, make_client, recording_policy, resolve


@pytest.mark.parametrize(
    ("base_url", "says"),
    [
        ("api.openai.com/v1", "must start with http:// or https://"),
        ("ftp://files.example/v1", "must start with http:// or https://"),
        ("http://127.0.0.1:70000/v1", "Port out of range"),
        ("http://127.0.0.1:0/v1", "ports are 1 to 65535"),
        ("http://[::1/v1", "not a valid URL"),
        ("http://127.0.0.1:x/v1", "not a valid URL"),
        ("http:///v1", "has no host"),
        ("http://exa mple/v1", "whitespace or control characters"),
    ],
)
def test_a_malformed_base_url_is_refused_by_the_constructor(mode, base_url, says):
    with pytest.raises(InvalidConfigError, match=says) as caught:
        make_client(mode, base_url)

    assert "base_url" in str(caught.value)


def test_a_password_in_a_refused_base_url_is_not_shown(mode):
    with pytest.raises(InvalidConfigError) as caught:
        make_client(mode, "http://user:hunter2@127.0.0.1:99999/v1")

    assert "hunter2" not in str(caught.value)


def test_with_options_checks_the_new_base_url(mode):
    client = make_client(mode, "http://127.0.0.1:1/v1")

    with pytest.raises(InvalidConfigError, match="base_url"):
        client.with_options(base_url="ftp://x/v1")


@pytest.mark.parametrize("value", ["a\r\nX-Injected: 1", "a\nb", "a\x00b", "a\rb"])
def test_control_characters_in_a_default_header_are_refused(mode, value):
    with pytest.raises(InvalidConfigError, match="'x-team'") as caught:
        make_client(mode, "http://127.0.0.1:1/v1", default_headers={"x-team": value})

    assert value not in str(caught.value)


def test_a_bad_header_name_is_refused(mode):
    with pytest.raises(InvalidConfigError, match="header name"):
        make_client(mode, "http://127.0.0.1:1/v1", default_headers={"x team": "1"})


def test_an_api_key_with_a_trailing_newline_is_refused_without_showing_it(mode):
    with pytest.raises(InvalidConfigError, match="control character") as caught:
        make_client(mode, "http://127.0.0.1:1/v1", api_key=API_KEY + "\n")

    assert API_KEY not in str(caught.value)


@pytest.mark.anyio
async def test_a_bad_per_call_header_fails_before_any_connection(mode):
    with RawServer(echo) as server:
        client = make_client(mode, server.url("/v1"))
        builder = client.chat.completions.create(model="m").message_user("hi")
        builder = builder.extra_header("x-trace", "1\r\nHost: evil")

        with pytest.raises(InvalidConfigError, match="'x-trace'"):
            await resolve(builder.send())

        assert server.accepted == 0


@pytest.mark.anyio
@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf])
async def test_a_non_finite_number_in_the_body_is_refused_naming_the_field(mode, value):
    with RawServer(echo) as server:
        client = make_client(mode, server.url("/v1"))

        with pytest.raises(InvalidConfigError, match="'temperature'"):
            await chat(client, temperature=value)

        assert server.accepted == 0


@pytest.mark.anyio
async def test_a_nested_non_finite_number_is_named_by_its_path(mode):
    with RawServer(echo) as server:
        client = make_client(mode, server.url("/v1"))
        builder = client.chat.completions.create(model="m").message_user("hi")
        builder = builder.extra_body({"logit_bias": {"50256": math.nan}})

        with pytest.raises(InvalidConfigError, match=r"'logit_bias\.50256'"):
            await resolve(builder.send())


@pytest.mark.anyio
async def test_an_untrusted_certificate_fails_at_once_with_the_reason(mode, test_ca):
    _, cert, key = test_ca
    policy, delays = recording_policy(max_retries=2)
    with RawServer(echo, tls=server_tls_context(cert, key)) as server:
        client = make_client(
            mode, server.url("/v1", host="localhost", scheme="https"), retry_policy=policy
        )

        with pytest.raises(APIConnectionError, match="certificate verif") as caught:
            await chat(client)

        assert caught.value.retryable is False
        assert delays == []
        assert server.accepted == 1


def test_an_organization_with_a_newline_is_refused(mode, monkeypatch):
    monkeypatch.setenv("OPENAI_ORG_ID", "org-1\n")

    with pytest.raises(InvalidConfigError, match="OPENAI_ORG_ID"):
        make_client(mode, "http://127.0.0.1:1/v1")
