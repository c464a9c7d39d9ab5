"""
Where a request goes and how it gets there (sans-IO): the pool key of its origin and proxy, and
the TLS settings (`verify`, `cert`, SSL_CERT_FILE / SSL_CERT_DIR) in httpx's forms, checked when
a transport is made. Both shells hold one `NetworkSettings`; proxies themselves are in
`proxy.py`.
"""

from __future__ import annotations

import os
import ssl
from collections.abc import Mapping
from typing import TYPE_CHECKING

import httpx

from .._exceptions import InvalidConfigError
from .sansio import PoolKey, RequestBudget

if TYPE_CHECKING:
    from .proxy import ProxyRouter

__all__ = ["Cert", "NetworkSettings", "Verify", "check_tls_options", "origin_of", "ssl_context_for"]

_DEFAULT_PORTS = {b"http": 80, b"https": 443}


def origin_of(url: httpx.URL, router: ProxyRouter | None = None) -> PoolKey:
    """
    Return the pool key of `url`: its origin and the proxy `router` picks for it.

    Raises:
        httpx.UnsupportedProtocol: the scheme is not http or https.
    """
    scheme = url.raw_scheme
    default = _DEFAULT_PORTS.get(scheme)
    if default is None:
        raise httpx.UnsupportedProtocol(
            f"expected an http:// or https:// URL, received {str(url)!r}; "
            "other schemes need a different transport."
        )
    if not url.raw_host:
        raise httpx.UnsupportedProtocol(f"expected a URL with a host, received {str(url)!r}.")
    port = url.port
    if port is not None and not 0 < port < 65536:
        raise httpx.InvalidURL(f"expected a port from 1 to 65535, received {port} in the URL.")
    host = url.raw_host
    if port is None:
        port = default
    return (scheme, host, port, None if router is None else router.route(scheme, host, port))


Verify = bool | str | os.PathLike[str] | ssl.SSLContext
Cert = str | tuple[str, str] | tuple[str, str, str] | None


def check_tls_options(verify: object, cert: object) -> None:
    """
    Check `verify` and `cert` (httpx's forms) before any connection is made.

    Raises:
        InvalidConfigError: A CA path that does not exist, or a value of the wrong type.
    """
    if isinstance(verify, (str, os.PathLike)):
        if not os.path.exists(verify):
            raise InvalidConfigError(
                f"verify={os.fspath(verify)!r}: no such CA bundle file or directory."
            )
    elif not isinstance(verify, (bool, ssl.SSLContext)):
        raise InvalidConfigError(
            "Expected verify to be True, False, a CA bundle path or an ssl.SSLContext, got "
            f"{type(verify).__name__}."
        )
    files = (cert,) if isinstance(cert, str) else cert if isinstance(cert, tuple) else None
    if cert is not None and (files is None or not 1 <= len(files) <= 3):
        raise InvalidConfigError(
            "Expected cert to be a certificate file path, (certificate, key) or (certificate, "
            f"key, password), got {type(cert).__name__}."
        )
    for path in (files or ())[:2]:
        if not isinstance(path, str) or not os.path.exists(path):
            raise InvalidConfigError(f"cert: no such certificate or key file {path!r}.")


def ssl_context_for(
    verify: Verify, cert: Cert = None, env: Mapping[str, str] | None = None
) -> ssl.SSLContext:
    """
    Return the TLS context to use: the caller's, the system trust store, a CA bundle, or no
    verification; with the client certificate `cert` loaded.

    With `env` (trust_env), SSL_CERT_FILE and SSL_CERT_DIR add their CAs to the trust store.
    """
    if isinstance(verify, ssl.SSLContext):
        context = verify
    elif verify is False:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        context.set_alpn_protocols(["http/1.1"])
    else:
        if verify is True:
            context = ssl.create_default_context()
            cafile = env.get("SSL_CERT_FILE") if env else None
            capath = env.get("SSL_CERT_DIR") if env else None
            if cafile and os.path.isfile(cafile):
                context.load_verify_locations(cafile=cafile)
            if capath and os.path.isdir(capath):
                context.load_verify_locations(capath=capath)
        elif os.path.isdir(verify):
            context = ssl.create_default_context(capath=os.fspath(verify))
        else:
            context = ssl.create_default_context(cafile=os.fspath(verify))
        context.set_alpn_protocols(["http/1.1"])
    if cert is not None:
        if isinstance(cert, str):
            context.load_cert_chain(cert)
        else:
            context.load_cert_chain(*cert)
    return context


class NetworkSettings:
    """
    What both shells need to reach a server: TLS settings, proxies, the local address.

    Checked when the transport is made (a bad CA path or proxy URL fails at once); the TLS
    context is made on first use (loading the trust store costs milliseconds).
    """

    __slots__ = ("_context", "_env", "cert", "local_address", "router", "verify")

    def __init__(
        self,
        verify: Verify = True,
        cert: Cert = None,
        proxy: object = None,
        trust_env: bool = True,
        local_address: str | None = None,
    ) -> None:
        from .proxy import ProxyRouter

        check_tls_options(verify, cert)
        self.verify = verify
        self.cert = cert
        self.local_address = local_address
        self._env: Mapping[str, str] | None = os.environ if trust_env else None
        router = ProxyRouter(proxy, trust_env, os.environ)
        self.router: ProxyRouter | None = router if router.active else None
        self._context: ssl.SSLContext | None = None

    def key_of(self, request: httpx.Request, budget: RequestBudget) -> PoolKey:
        """The pool key of `request` (its origin and proxy); notes the proxy on `budget`."""
        key = origin_of(request.url, self.router)
        budget.via = key[3]
        return key

    def context_for(self, key: PoolKey) -> ssl.SSLContext | None:
        """The TLS context for connections of `key` (None for plain http)."""
        if key[0] != b"https":
            return None
        context = self._context
        if context is None:
            context = self._context = ssl_context_for(self.verify, self.cert, self._env)
        return context
