"""
Proxies of the transport (sans-IO): which proxy a request goes through, and the bytes of a
CONNECT tunnel.

`proxy=` applies to every request. Without it, and with `trust_env`, the environment is read as
httpx reads it: `HTTP_PROXY`, `HTTPS_PROXY`, `ALL_PROXY` (lower case first, then upper case),
and `NO_PROXY`, a comma-separated list of hosts (`localhost`, `api.example.com`: that host and
its subdomains; `.example.com`: subdomains only), IP addresses, CIDR networks (`10.0.0.0/8`),
`host:port`, `scheme://host` entries, or `*` for no proxy at all.

http:// targets are forwarded (the request line carries the absolute URL); https:// targets go
through a CONNECT tunnel, TLS then runs end to end. Proxy credentials come from the proxy URL's
`user:password@` (percent-decoded) and are sent as `Proxy-Authorization: Basic`; no repr or
error message shows them.
"""

from __future__ import annotations

import base64
import ipaddress
from collections.abc import Mapping
from typing import Any
from urllib.parse import unquote, urlsplit

import h11
import httpx

from .._exceptions import InvalidConfigError

__all__ = ["Proxy", "ProxyRouter", "TunnelRefused", "connect_request", "tunnel_error"]


class TunnelRefused(httpx.ProxyError):
    """The proxy did not open a CONNECT tunnel; `status_code` is its answer's status, if any."""

    def __init__(self, message: str, status_code: int | None) -> None:
        super().__init__(message)
        self.status_code = status_code


class Proxy:
    """An http:// proxy: where to connect, and the Proxy-Authorization to send (if any)."""

    __slots__ = ("authorization", "host", "port", "shown")

    def __init__(self, url: str, source: str = "proxy") -> None:
        try:
            parts = urlsplit(url if "://" in url else "http://" + url)
            port = parts.port
        except ValueError as exc:
            raise InvalidConfigError(f"{source}: {_redact(url)!r} is not a URL: {exc}.") from None
        if parts.scheme.lower() != "http":
            raise InvalidConfigError(
                f"{source}: proxy {_redact(url)!r} uses {parts.scheme}://, which the client's own "
                "transport does not speak; use an http:// proxy (https targets are tunnelled "
                "with CONNECT), or pass http_client=httpx.Client(proxy=...)."
            )
        if not parts.hostname:
            raise InvalidConfigError(f"{source}: proxy {_redact(url)!r} has no host.")
        if port is not None and not 0 < port < 65536:
            raise InvalidConfigError(f"{source}: proxy {_redact(url)!r} has port {port}.")
        try:
            self.host: bytes = parts.hostname.encode("idna")
        except UnicodeError:
            raise InvalidConfigError(
                f"{source}: proxy {_redact(url)!r} has an invalid host."
            ) from None
        self.port: int = 80 if port is None else port
        self.authorization: bytes | None = None
        if parts.username is not None:
            pair = f"{unquote(parts.username)}:{unquote(parts.password or '')}"
            self.authorization = b"Basic " + base64.b64encode(pair.encode("utf-8"))
        shown_host = f"[{parts.hostname}]" if ":" in parts.hostname else parts.hostname
        self.shown = f"http://{'***@' if self.authorization else ''}{shown_host}:{self.port}"

    def _key(self) -> tuple[bytes, int, bytes | None]:
        return (self.host, self.port, self.authorization)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Proxy) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return f"Proxy({self.shown!r})"


def _redact(url: str) -> str:
    scheme, sep, rest = url.rpartition("://")
    authority, slash, tail = rest.partition("/")
    if "@" in authority:
        authority = "***@" + authority.rpartition("@")[2]
    return f"{scheme}{sep}{authority}{slash}{tail}"


class _NoProxyRule:
    """One NO_PROXY entry."""

    __slots__ = ("domain", "exact", "network", "port", "scheme")

    def __init__(self, entry: str) -> None:
        self.scheme: bytes | None = None
        self.port: int | None = None
        self.network: ipaddress.IPv4Network | ipaddress.IPv6Network | None = None
        self.exact: str | None = None
        self.domain: str | None = None
        text = entry.strip().lower()
        if "://" in text:
            scheme, _, text = text.partition("://")
            self.scheme = None if scheme == "all" else scheme.encode("ascii")
        text = text.rstrip("/")
        try:
            self.network = ipaddress.ip_network(text.replace("[", "").replace("]", ""), False)
            return
        except ValueError:
            pass
        host, colon, port = text.rpartition(":")
        if colon and port.isdigit() and not host.endswith(":"):
            self.port = int(port)
            text = host
            try:
                self.network = ipaddress.ip_network(text.strip("[]"), strict=False)
                return
            except ValueError:
                pass
        if text.startswith("*."):
            self.domain = text[1:]  # subdomains only
        elif text.startswith("."):
            self.domain = text
        else:
            text = text.lstrip("*")
            self.exact = text  # that host...
            self.domain = "." + text  # ...and its subdomains

    def matches(self, scheme: bytes, host: str, port: int) -> bool:
        if self.scheme is not None and self.scheme != scheme:
            return False
        if self.port is not None and self.port != port:
            return False
        if self.network is not None:
            try:
                return ipaddress.ip_address(host.strip("[]")) in self.network
            except ValueError:
                return False
        if self.exact is not None and host == self.exact:
            return True
        return self.domain is not None and host.endswith(self.domain)


def _env(env: Mapping[str, str], name: str) -> str | None:
    value = env.get(name.lower()) or env.get(name.upper())
    return value.strip() if value and value.strip() else None


class ProxyRouter:
    """Which proxy, if any, a request to (scheme, host, port) goes through."""

    __slots__ = ("_all", "_by_scheme", "_bypass_all", "_rules")

    def __init__(self, proxy: Any = None, trust_env: bool = True, env: Mapping[str, str] = {}):
        self._by_scheme: dict[bytes, Proxy] = {}
        self._all: Proxy | None = None
        self._rules: list[_NoProxyRule] = []
        self._bypass_all = False
        if proxy is not None:
            self._all = Proxy(_proxy_url(proxy))
            return
        if not trust_env:
            return
        for scheme in ("http", "https"):
            value = _env(env, f"{scheme}_proxy")
            if value is not None:
                self._by_scheme[scheme.encode()] = Proxy(value, f"{scheme.upper()}_PROXY")
        value = _env(env, "all_proxy")
        if value is not None:
            self._all = Proxy(value, "ALL_PROXY")
        for entry in (_env(env, "no_proxy") or "").split(","):
            entry = entry.strip()
            if entry == "*":
                self._bypass_all = True
            elif entry:
                self._rules.append(_NoProxyRule(entry))

    @property
    def active(self) -> bool:
        """Whether any request may go through a proxy."""
        return not self._bypass_all and (self._all is not None or bool(self._by_scheme))

    def route(self, scheme: bytes, host: bytes, port: int) -> Proxy | None:
        """The proxy for a request to this origin, or None to connect directly."""
        if self._bypass_all:
            return None
        proxy = self._by_scheme.get(scheme) or self._all
        if proxy is None:
            return None
        if self._rules:
            name = host.decode("ascii").lower()
            for rule in self._rules:
                if rule.matches(scheme, name, port):
                    return None
        return proxy


def _proxy_url(proxy: Any) -> str:
    """The URL of `proxy=`: a str, an httpx.URL or an httpx.Proxy."""
    url = getattr(proxy, "url", proxy)  # httpx.Proxy
    raw_auth = getattr(proxy, "raw_auth", None)
    text = str(url)
    if raw_auth is not None and "@" not in text:
        # httpx.Proxy(url, auth=(user, password)): put the pair back into the URL.
        from urllib.parse import quote

        user, password = raw_auth
        scheme, _, rest = text.partition("://")
        text = f"{scheme}://{quote(user, safe='')}:{quote(password, safe='')}@{rest}"
    if not isinstance(proxy, str) and not hasattr(url, "raw_host"):
        raise InvalidConfigError(
            f"Expected proxy to be a URL string, httpx.URL or httpx.Proxy, got "
            f"{type(proxy).__name__}."
        )
    return text


def connect_request(host: bytes, port: int, proxy: Proxy) -> tuple[h11.Connection, bytes]:
    """
    The h11 state and bytes of `CONNECT host:port` (sent to `proxy` before TLS starts).

    Returns:
        A fresh h11 client connection that has sent the request (read the proxy's answer with
        it), and the bytes to write.
    """
    connection = h11.Connection(h11.CLIENT, max_incomplete_event_size=100 * 1024)
    authority = (b"[" + host + b"]" if b":" in host else host) + b":%d" % port
    headers = [(b"Host", authority)]
    if proxy.authorization is not None:
        headers.append((b"Proxy-Authorization", proxy.authorization))
    data = connection.send(h11.Request(method=b"CONNECT", target=authority, headers=headers))
    assert data is not None
    return connection, data


def tunnel_error(event: h11.Event | type[h11.NEED_DATA] | type[h11.PAUSED], proxy: Proxy) -> str:
    """Why a CONNECT answer does not open a tunnel ("" when it does)."""
    if type(event) is h11.Response and 200 <= event.status_code < 300:
        return ""
    if type(event) is h11.Response:
        status = event.status_code
        reason = event.reason.decode("latin-1", "replace")
        hint = (
            " (the proxy wants credentials: put them in the proxy URL, user:password@host)"
            if status == 407
            else ""
        )
        return f"The proxy {proxy.shown} refused the tunnel: {status} {reason}{hint}."
    return f"The proxy {proxy.shown} closed the connection instead of answering CONNECT."
