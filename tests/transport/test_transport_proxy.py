"""
Proxies and TLS settings of the own transport, against a real proxy and servers on 127.0.0.1:
forwarding for http, CONNECT tunnels for https, Basic proxy credentials, the environment
(HTTP_PROXY / HTTPS_PROXY / ALL_PROXY / NO_PROXY, SSL_CERT_FILE), verify= and cert=.
"""

from __future__ import annotations

import ssl
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from _transport_server import WAIT, RawServer, TestProxy, echo, server_tls_context

from openai_core import InvalidConfigError
from openai_core._transport import AsyncOpenAICoreTransport, OpenAICoreTransport
from openai_core._transport.proxy import Proxy, ProxyRouter

PROXY_ENV = ("http_proxy", "https_proxy", "all_proxy", "no_proxy")


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in PROXY_ENV:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)


@pytest.fixture
def server() -> Iterator[RawServer]:
    with RawServer(echo) as srv:
        yield srv


@pytest.fixture
def tls_server(test_ca: tuple[Any, Any, Any]) -> Iterator[RawServer]:
    _, cert, key = test_ca
    with RawServer(echo, tls=server_tls_context(cert, key)) as srv:
        yield srv


async def get_all(mode: str, urls: list[str], **options: Any) -> list[httpx.Response]:
    """GET each URL in turn with one transport made with `options`."""
    if mode == "sync":
        with httpx.Client(transport=OpenAICoreTransport(**options), timeout=WAIT) as client:
            return [client.get(url) for url in urls]
    transport = AsyncOpenAICoreTransport(**options)
    async with httpx.AsyncClient(transport=transport, timeout=WAIT) as aclient:
        return [await aclient.get(url) for url in urls]


@pytest.mark.anyio
async def test_http_is_forwarded_through_the_proxy_with_its_credentials(mode, server):
    with TestProxy(credentials=("ann", "p@ss:word")) as proxy:
        answers = await get_all(
            mode,
            [server.url("/a"), server.url("/b?x=1")],
            proxy=proxy.url("ann:p%40ss%3Aword"),
        )

    assert [a.text for a in answers] == ["0 GET /a ", "1 GET /b?x=1 "]
    assert [seen.target for seen in proxy.seen] == [server.url("/a"), server.url("/b?x=1")]
    assert all(seen.headers["host"] == f"127.0.0.1:{server.port}" for seen in proxy.seen)
    assert proxy.seen[0].headers["proxy-authorization"] == proxy.expected
    assert proxy.accepted == 1  # the connection to the proxy is kept alive


@pytest.mark.anyio
async def test_https_goes_through_a_connect_tunnel(mode, tls_server, test_ca):
    ca = str(test_ca[0])
    url = tls_server.url("/secret", host="localhost", scheme="https")
    with TestProxy(credentials=("ann", "pw")) as proxy:
        answers = await get_all(mode, [url, url], proxy=proxy.url("ann:pw"), verify=ca)

    assert [a.text for a in answers] == ["0 GET /secret ", "0 GET /secret "]
    (seen,) = proxy.seen  # one tunnel, reused
    assert (seen.method, seen.target) == ("CONNECT", f"localhost:{tls_server.port}")
    assert seen.headers["proxy-authorization"] == proxy.expected
    assert tls_server.tls_info == [("localhost", "http/1.1")]  # TLS end to end, SNI included


@pytest.mark.anyio
@pytest.mark.parametrize("scheme", ["http", "https"])
async def test_missing_proxy_credentials_are_a_proxy_error(mode, server, tls_server, scheme):
    target = server.url("/") if scheme == "http" else tls_server.url("/", "localhost", "https")
    with TestProxy(credentials=("ann", "pw")) as proxy:
        if scheme == "http":
            (answer,) = await get_all(mode, [target], proxy=proxy.url())
            assert answer.status_code == 407  # a forwarded request gets the proxy's answer
        else:
            with pytest.raises(httpx.ProxyError, match="407") as caught:
                await get_all(mode, [target], proxy=proxy.url("ann:wrong"), verify=False)
            assert "wrong" not in str(caught.value)


@pytest.mark.anyio
async def test_an_unreachable_proxy_is_named_without_its_password(mode, server):
    with RawServer(echo) as closed:
        port = closed.port
    with pytest.raises(httpx.ConnectError, match="through the proxy") as caught:
        await get_all(mode, [server.url("/")], proxy=f"http://ann:hunter2@127.0.0.1:{port}")

    assert "hunter2" not in str(caught.value)
    assert "***@127.0.0.1" in str(caught.value)


@pytest.mark.anyio
async def test_the_environment_chooses_the_proxy(mode, server, monkeypatch):
    with TestProxy() as proxy:
        monkeypatch.setenv("http_proxy", proxy.url())
        monkeypatch.setenv("NO_PROXY", "example.invalid")
        await get_all(mode, [server.url("/via")])
        monkeypatch.setenv("NO_PROXY", "127.0.0.0/8")
        await get_all(mode, [server.url("/direct")])
        monkeypatch.delenv("NO_PROXY")
        await get_all(mode, [server.url("/ignored")], trust_env=False)

    assert [seen.target for seen in proxy.seen] == [server.url("/via")]
    assert server.accepted == 3


@pytest.mark.anyio
async def test_all_proxy_in_upper_case_serves_https(mode, tls_server, test_ca, monkeypatch):
    with TestProxy() as proxy:
        monkeypatch.setenv("ALL_PROXY", proxy.url())
        url = tls_server.url("/", host="localhost", scheme="https")
        (answer,) = await get_all(mode, [url], verify=str(test_ca[0]))

    assert answer.status_code == 200
    assert proxy.seen[0].method == "CONNECT"


def test_proxy_credentials_never_show():
    proxy = Proxy("http://ann:hunter2@proxy.example:3128")
    router = ProxyRouter(httpx.Proxy("http://proxy.example:3128", auth=("ann", "hunter2")))

    assert "hunter2" not in repr(proxy) and "***@" in repr(proxy)
    assert "hunter2" not in repr(router.route(b"https", b"api.example", 443))
    with pytest.raises(InvalidConfigError) as caught:
        Proxy("socks5://ann:hunter2@proxy.example:1080")
    assert "hunter2" not in str(caught.value) and "socks5" in str(caught.value)


@pytest.mark.parametrize(
    ("no_proxy", "host", "port", "bypassed"),
    [
        ("api.example.com", "api.example.com", 443, True),
        ("example.com", "api.example.com", 443, True),
        ("example.com", "notexample.com", 443, False),
        (".example.com", "example.com", 443, False),
        (".example.com", "api.example.com", 443, True),
        ("*.example.com", "api.example.com", 443, True),
        ("localhost", "localhost", 80, True),
        ("10.1.2.3", "10.1.2.3", 443, True),
        ("10.0.0.0/8", "10.200.0.1", 443, True),
        ("10.0.0.0/8", "11.0.0.1", 443, False),
        ("::1", "::1", 443, True),
        ("[fd00::]/8", "fd12::1", 443, True),
        ("example.com:8443", "example.com", 8443, True),
        ("example.com:8443", "example.com", 443, False),
        ("https://example.com", "example.com", 443, True),
        ("http://example.com", "example.com", 443, False),
        ("other.org, example.com", "example.com", 443, True),
        ("*", "anything.at.all", 443, True),
        ("", "example.com", 443, False),
    ],
)
def test_no_proxy_matches_as_httpx_reads_it(no_proxy, host, port, bypassed):
    env = {"HTTPS_PROXY": "http://proxy.example:3128", "no_proxy": no_proxy}
    router = ProxyRouter(None, True, env)

    assert (router.route(b"https", host.encode(), port) is None) is bypassed


def test_scheme_specific_proxies_win_over_all_proxy_and_lower_case_over_upper():
    env = {
        "http_proxy": "http://lower:1",
        "HTTP_PROXY": "http://upper:2",
        "ALL_PROXY": "proxy.all:3",
    }
    router = ProxyRouter(None, True, env)

    assert repr(router.route(b"http", b"h", 80)) == "Proxy('http://lower:1')"
    assert repr(router.route(b"https", b"h", 443)) == "Proxy('http://proxy.all:3')"
    assert ProxyRouter(None, False, env).route(b"http", b"h", 80) is None
    assert ProxyRouter("http://given:4", True, env).route(b"https", b"h", 443) == Proxy(
        "http://given:4"
    )


@pytest.mark.anyio
async def test_verify_takes_a_ca_file_a_context_or_false(mode, tls_server, test_ca):
    url = tls_server.url("/", host="localhost", scheme="https")
    context = ssl.create_default_context(cafile=str(test_ca[0]))
    for verify in (str(test_ca[0]), context, False):
        (answer,) = await get_all(mode, [url], verify=verify)
        assert answer.status_code == 200
    with pytest.raises(httpx.ConnectError, match=r"CERTIFICATE_VERIFY_FAILED|certificate verify"):
        await get_all(mode, [url])


@pytest.mark.anyio
async def test_ssl_cert_file_is_trusted_with_trust_env(mode, tls_server, test_ca, monkeypatch):
    monkeypatch.setenv("SSL_CERT_FILE", str(test_ca[0]))
    url = tls_server.url("/", host="localhost", scheme="https")

    (answer,) = await get_all(mode, [url])

    assert answer.status_code == 200


@pytest.mark.anyio
async def test_a_client_certificate_is_presented(mode, test_ca):
    ca, cert, key = test_ca
    context = server_tls_context(cert, key)
    context.verify_mode = ssl.CERT_REQUIRED
    context.load_verify_locations(cafile=str(ca))
    with RawServer(echo, tls=context) as mutual:
        url = mutual.url("/", host="localhost", scheme="https")
        (answer,) = await get_all(mode, [url], verify=str(ca), cert=(str(cert), str(key)))
        assert answer.status_code == 200
        with pytest.raises(httpx.TransportError):
            await get_all(mode, [url], verify=str(ca))


@pytest.mark.parametrize(
    ("options", "says"),
    [
        ({"verify": "/no/such/ca.pem"}, "no such CA bundle"),
        ({"verify": 3}, "Expected verify"),
        ({"cert": "/no/such/cert.pem"}, "no such certificate"),
        ({"proxy": "ftp://proxy.example"}, "ftp://"),
        ({"proxy": "http://proxy.example:99999"}, "not a URL"),
    ],
)
def test_bad_network_settings_fail_when_the_transport_is_made(options, says):
    with pytest.raises(InvalidConfigError, match=says):
        OpenAICoreTransport(**options)
    with pytest.raises(InvalidConfigError, match=says):
        AsyncOpenAICoreTransport(**options)
