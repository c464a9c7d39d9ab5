"""TLS through the transport, against a server with a self-signed certificate made by `openssl`."""

from __future__ import annotations

import shutil
import ssl
import subprocess
from pathlib import Path

import httpx
import pytest
from _transport_server import WAIT, RawServer, echo

from openai_core._transport import AsyncOpenAICoreTransport, OpenAICoreTransport


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("the openssl command is not installed: cannot make a test certificate")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    made = subprocess.run(
        [openssl, "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
         "-nodes", "-keyout", str(key), "-out", str(cert), "-days", "1", "-subj", "/CN=localhost",
         "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"],
        capture_output=True,
        timeout=WAIT * 4,
        check=False,
    )  # fmt: skip
    if made.returncode != 0:
        pytest.skip(f"openssl could not make a test certificate: {made.stderr!r}")
    return cert, key


@pytest.fixture
def tls_server(certificate: tuple[Path, Path]):
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(*certificate)
    context.set_alpn_protocols(["http/1.1"])
    with RawServer(echo, tls=context) as srv:
        yield srv


def trusting(certificate: tuple[Path, Path]) -> ssl.SSLContext:
    context = ssl.create_default_context(cafile=str(certificate[0]))
    context.set_alpn_protocols(["http/1.1"])
    return context


def test_sync_tls_with_sni_alpn_and_keep_alive(tls_server, certificate):
    transport = OpenAICoreTransport(verify=trusting(certificate))
    with httpx.Client(transport=transport, timeout=WAIT) as client:
        texts = [client.get(tls_server.url(f"/{i}", host="localhost", scheme="https")).text
                 for i in range(3)]  # fmt: skip

    assert texts == ["0 GET /0 ", "0 GET /1 ", "0 GET /2 "]
    assert tls_server.tls_info == [("localhost", "http/1.1")]


@pytest.mark.anyio
async def test_async_tls_with_sni_alpn_and_keep_alive(tls_server, certificate):
    transport = AsyncOpenAICoreTransport(verify=trusting(certificate))
    async with httpx.AsyncClient(transport=transport, timeout=WAIT) as client:
        texts = [
            (await client.get(tls_server.url(f"/{i}", host="localhost", scheme="https"))).text
            for i in range(3)
        ]

    assert texts == ["0 GET /0 ", "0 GET /1 ", "0 GET /2 "]
    assert tls_server.tls_info == [("localhost", "http/1.1")]


def test_unverified_tls_when_verify_is_false(tls_server):
    with httpx.Client(transport=OpenAICoreTransport(verify=False), timeout=WAIT) as client:
        reply = client.get(tls_server.url("/x", scheme="https"))

    assert reply.text == "0 GET /x "


def test_untrusted_certificate_raises_connect_error(tls_server):
    with httpx.Client(transport=OpenAICoreTransport(), timeout=WAIT) as client:
        with pytest.raises(httpx.ConnectError):
            client.get(tls_server.url(host="localhost", scheme="https"))


@pytest.mark.anyio
async def test_async_untrusted_certificate_raises_connect_error(tls_server):
    async with httpx.AsyncClient(transport=AsyncOpenAICoreTransport(), timeout=WAIT) as client:
        with pytest.raises(httpx.ConnectError):
            await client.get(tls_server.url(host="localhost", scheme="https"))
