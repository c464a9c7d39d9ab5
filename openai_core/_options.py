"""
Client configuration: arguments and environment merged once into an immutable ClientOptions.

Everything a request needs that does not change per call (base URL, auth, default headers and
query) is computed here, so the hot path only copies a prepared header list.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Mapping
from typing import Any

import httpx

from ._exceptions import InvalidConfigError
from ._frozen import Frozen
from ._providers import Provider, ProviderSettings, get_provider, setting_names
from ._retry import RetryPolicy

__all__ = [
    "DEFAULT_TIMEOUT",
    "NOT_GIVEN",
    "ClientOptions",
    "NotGiven",
    "resolve_options",
    "timeout_dict",
]

DEFAULT_TIMEOUT = httpx.Timeout(600.0, connect=5.0)
USER_AGENT = "openai-core/0.1.0"
_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_BAD_VALUE = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")


class NotGiven:
    """Marks an argument the caller did not pass (None is a real value: 'no timeout')."""

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()


def timeout_dict(
    timeout: float | httpx.Timeout | None,
) -> tuple[dict[str, float | None], float | None]:
    """
    Turn a timeout into httpx's per-phase extension dict and the whole-exchange budget.

    Returns:
        (httpx timeout extension, seconds the whole request may take or None for no limit).
    """
    t = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
    ext = t.as_dict()
    total = None if t.read is None else max(v for v in ext.values() if v is not None)
    return ext, total


class ClientOptions(Frozen):
    """
    The resolved, immutable configuration of a client. Never shows the API key in its repr.

    Attributes:
        provider: The provider profile in use.
        base_url: Base URL without a trailing slash, e.g. "https://api.openai.com/v1".
        api_key: The key, or None (the key is only checked when a request is made).
        timeout: Per-request timeout (float seconds, httpx.Timeout, or None for none).
        retry_policy: How failures are retried.
        default_headers: Headers sent with every request (after auth and provider headers).
        default_query: Query parameters added to every request.
        organization: Sent as OpenAI-Organization.
        project: Sent as OpenAI-Project.
        provider_settings: The provider profile's own settings (Azure: api_version,
            azure_deployment, azure_ad_token, azure_ad_token_provider); each is also readable
            as an attribute (`options.api_version`), None when not set.
        strict_compatibility: Run the provider's request checks before sending.
        strict_response_validation: Raise ResponseValidationError when a response (or a stream
            chunk) does not match the spec, instead of reading it leniently.
        logger: Logger for request/response lines.
    """

    __slots__ = (  # noqa: RUF023 (declaration order: the order of the repr)
        "provider",
        "base_url",
        "api_key",
        "timeout",
        "retry_policy",
        "default_headers",
        "default_query",
        "organization",
        "project",
        "provider_settings",
        "strict_compatibility",
        "strict_response_validation",
        "logger",
        "timeout_ext",
        "total_timeout",
        "static_headers",
    )
    _derived = frozenset({"timeout_ext", "total_timeout", "static_headers"})

    provider: Provider
    base_url: str
    api_key: str | None
    timeout: float | httpx.Timeout | None
    retry_policy: RetryPolicy
    default_headers: Mapping[str, str]
    default_query: Mapping[str, Any]
    organization: str | None
    project: str | None
    provider_settings: ProviderSettings
    strict_compatibility: bool
    strict_response_validation: bool
    logger: logging.Logger
    timeout_ext: dict[str, float | None]
    total_timeout: float | None
    static_headers: tuple[tuple[str, str], ...]

    def __init__(
        self,
        provider: Provider,
        base_url: str,
        api_key: str | None,
        timeout: float | httpx.Timeout | None,
        retry_policy: RetryPolicy,
        default_headers: Mapping[str, str],
        default_query: Mapping[str, Any],
        organization: str | None,
        project: str | None,
        provider_settings: Mapping[str, Any],
        strict_compatibility: bool,
        logger: logging.Logger,
        strict_response_validation: bool = False,
    ) -> None:
        self._set(
            provider=provider,
            base_url=base_url,
            api_key=api_key,
            timeout=timeout,
            retry_policy=retry_policy,
            default_headers=default_headers,
            default_query=default_query,
            organization=organization,
            project=project,
            provider_settings=ProviderSettings(provider_settings, provider.secret_settings()),
            strict_compatibility=strict_compatibility,
            strict_response_validation=strict_response_validation,
            logger=logger,
        )
        ext, total = timeout_dict(timeout)
        self._set(timeout_ext=ext, total_timeout=total, static_headers=self._static_headers())

    def _static_headers(self) -> tuple[tuple[str, str], ...]:
        headers: dict[str, str] = {"accept": "application/json", "user-agent": USER_AGENT}
        if self.organization:
            headers["openai-organization"] = self.organization
        if self.project:
            headers["openai-project"] = self.project
        headers.update({k.lower(): v for k, v in self.provider.extra_headers.items()})
        headers.update({k.lower(): v for k, v in self.default_headers.items()})
        return tuple(headers.items())

    @property
    def max_retries(self) -> int:
        """Retries after the first attempt."""
        return self.retry_policy.max_retries

    def auth_headers(self) -> list[tuple[str, str]]:
        """
        Return the authentication headers for one request (the provider profile decides).

        Raises:
            MissingCredentialsError: The provider needs a key and none was configured.
        """
        return self.provider.auth_headers(self.api_key, self.provider_settings)

    def __getattr__(self, name: str) -> Any:
        # Provider settings read as attributes (`options.api_version`). Names no profile knows
        # raise, and so does everything while the slots are still empty (copy, unpickling).
        if not name.startswith("_"):
            try:
                provider = object.__getattribute__(self, "provider")
                settings = object.__getattribute__(self, "provider_settings")
            except AttributeError:
                pass
            else:
                if name in setting_names(provider):
                    return settings.get(name)
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def __repr__(self) -> str:
        return (
            f"ClientOptions(provider={self.provider.name!r}, base_url={self.base_url!r}, "
            f"timeout={self.timeout!r}, max_retries={self.max_retries!r})"
        )


def _env(name: str | None, env: Mapping[str, str]) -> str | None:
    if not name:
        return None
    return env.get(name) or None


def _pick_provider(
    provider: str | Provider | None, base_url: str | None, env: Mapping[str, str]
) -> Provider:
    if provider is not None:
        return get_provider(provider)
    # AZURE_OPENAI_ENDPOINT on its own selects Azure; an explicit OpenAI base URL wins over it.
    if base_url is None and env.get("AZURE_OPENAI_ENDPOINT") and not env.get("OPENAI_BASE_URL"):
        return get_provider("azure")
    return get_provider("openai")


def _pick_key(profile: Provider, api_key: str | None, env: Mapping[str, str]) -> str | None:
    if api_key is not None:
        return api_key
    for name in profile.api_key_env:
        if value := env.get(name):
            return value
    return None


def resolve_options(
    *,
    provider: str | Provider | None = None,
    base_url: str | httpx.URL | None = None,
    api_key: str | None = None,
    timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    max_retries: int | None = None,
    default_headers: Mapping[str, str] | None = None,
    default_query: Mapping[str, Any] | None = None,
    organization: str | None = None,
    project: str | None = None,
    retry_policy: RetryPolicy | None = None,
    strict_compatibility: bool = False,
    strict_response_validation: bool = False,
    logger: logging.Logger | None = None,
    env: Mapping[str, str] | None = None,
    provider_settings: Mapping[str, Any] | None = None,
    **settings: Any,
) -> ClientOptions:
    """
    Merge client arguments with the environment into ClientOptions.

    Provider settings come as keywords (`api_version=...`, the names of the profiles'
    settings) or in `provider_settings`; the profile fills the missing ones from the
    environment and its defaults.

    Raises:
        InvalidConfigError: No base URL can be found (custom / Azure without an endpoint), or a
            value has the wrong type, or a keyword is no setting of any provider. A missing
            key is not an error here: it is reported by the first request, naming the variable
            to set.
    """
    env = os.environ if env is None else env
    profile = _pick_provider(provider, None if base_url is None else str(base_url), env)
    url = (
        str(base_url)
        if base_url is not None
        else _env(profile.base_url_env, env) or profile.base_url
    )
    if not url:
        hint = f"set {profile.base_url_env} or " if profile.base_url_env else ""
        raise InvalidConfigError(
            f"Provider {profile.name!r} has no default base URL: {hint}pass base_url=... "
            "(e.g. 'https://my-server.example/v1')."
        )
    source = "base_url" if base_url is not None else (profile.base_url_env or "base_url")
    url = check_base_url(url, source)
    check_headers(default_headers or {}, "default_headers")
    if max_retries is not None and (not isinstance(max_retries, int) or max_retries < 0):
        raise InvalidConfigError(f"Expected max_retries to be an int >= 0, got {max_retries!r}.")
    policy = retry_policy or RetryPolicy()
    if max_retries is not None:
        policy = policy.with_max_retries(max_retries)
    given = {**(provider_settings or {}), **settings}
    _check_setting_names(given, profile)
    log = logger or logging.getLogger("openai_core")
    if is_cleartext_remote(url):
        # A log record rather than warnings.warn: it must never turn into an exception.
        log.warning(
            "base_url %s uses plain http to a host that is not this machine: the API key and "
            "every request travel unencrypted. Use https unless this is a trusted network.",
            url,
        )
    org = organization or _env("OPENAI_ORG_ID", env)
    proj = project or _env("OPENAI_PROJECT_ID", env)
    check_headers(
        {name: value for name, value in (("organization", org), ("project", proj)) if value},
        "organization / project (OPENAI_ORG_ID / OPENAI_PROJECT_ID)",
    )
    key = _pick_key(profile, api_key, env)
    if key is not None and (not isinstance(key, str) or _BAD_VALUE.search(key)):
        raise InvalidConfigError(
            "The API key "
            + (
                "holds a control character (a trailing newline from a file?); strip it."
                if isinstance(key, str)
                else f"must be a str, got {type(key).__name__}."
            )
        )
    return ClientOptions(
        provider=profile,
        base_url=url.rstrip("/"),
        api_key=key,
        timeout=DEFAULT_TIMEOUT if isinstance(timeout, NotGiven) else timeout,
        retry_policy=policy,
        default_headers=dict(default_headers or {}),
        default_query=dict(default_query or {}),
        organization=org,
        project=proj,
        provider_settings=profile.resolve_settings(given, env),
        strict_compatibility=strict_compatibility,
        strict_response_validation=bool(strict_response_validation),
        logger=log,
    )


def _check_setting_names(given: Mapping[str, Any], provider: Provider) -> None:
    unknown = sorted(set(given) - setting_names(provider))
    if unknown:
        raise InvalidConfigError(
            f"Unknown provider settings {unknown}; the provider profiles know "
            f"{sorted(setting_names(provider))}."
        )


def redact_url(url: str) -> str:
    """`url` with any user:password@ replaced by ***@, for error messages and logs."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        return url
    authority, slash, tail = rest.partition("/")
    if "@" in authority:
        authority = "***@" + authority.rpartition("@")[2]
    return f"{scheme}://{authority}{slash}{tail}"


def check_base_url(url: str, source: str = "base_url") -> str:
    """
    Return `url` if requests can be sent to it.

    Raises:
        InvalidConfigError: Not an http:// or https:// URL with a host, a port out of range, or
            a URL httpx cannot parse; the message names `source` (the argument or variable).
    """
    from urllib.parse import urlsplit

    shown = redact_url(url)
    if not isinstance(url, str) or any(c in url for c in "\r\n\t\x00 "):
        raise InvalidConfigError(
            f"{source} {shown!r} is not a URL: it holds whitespace or control characters."
        )
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise InvalidConfigError(f"{source} {shown!r} is not a valid URL: {exc}.") from None
    if parts.scheme.lower() not in ("http", "https"):
        raise InvalidConfigError(
            f"{source} {shown!r} must start with http:// or https:// (e.g. "
            "'https://api.example.com/v1')."
        )
    if not parts.hostname:
        raise InvalidConfigError(f"{source} {shown!r} has no host name.")
    if port is not None and not 1 <= port <= 65535:
        raise InvalidConfigError(f"{source} {shown!r} has port {port}; ports are 1 to 65535.")
    try:
        httpx.URL(url)
    except (httpx.InvalidURL, ValueError, TypeError) as exc:
        raise InvalidConfigError(f"{source} {shown!r} is not a valid URL: {exc}.") from None
    return url


def check_headers(headers: Mapping[str, str], source: str) -> None:
    """
    Check header names and values before any request is made.

    Raises:
        InvalidConfigError: A name is not an HTTP token, or a name or value is not a string or
            holds CR, LF, NUL or another control character (the value is never shown).
    """
    for name, value in headers.items():
        if not isinstance(name, str) or not _TOKEN.fullmatch(name):
            raise InvalidConfigError(
                f"{source}: header name {name!r} is not a valid HTTP header name (letters, "
                "digits and !#$%&'*+-.^_`|~ only)."
            )
        if not isinstance(value, str) or _BAD_VALUE.search(value):
            raise InvalidConfigError(
                f"{source}: the value of header {name!r} "
                + (
                    f"must be a str, got {type(value).__name__}."
                    if not isinstance(value, str)
                    else "holds a control character (CR, LF, NUL, ...); remove it."
                )
            )


def is_cleartext_remote(url: str) -> bool:
    """Whether `url` is plain http to a host other than this machine (loopback)."""
    import ipaddress
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    if parts.scheme != "http":
        return False
    host = (parts.hostname or "").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return False
    try:
        return not ipaddress.ip_address(host).is_loopback
    except ValueError:
        return True


_EVOLVABLE = frozenset(
    {
        "provider", "base_url", "api_key", "timeout", "max_retries", "default_headers",
        "default_query", "organization", "project", "provider_settings", "retry_policy",
        "strict_compatibility", "strict_response_validation", "logger",
    }
)  # fmt: skip


def evolve_options(options: ClientOptions, **changes: Any) -> ClientOptions:
    """
    Return a copy of `options` with the given fields replaced (max_retries is accepted too).

    Raises:
        InvalidConfigError: An option that cannot change on a copy (http_client) or an unknown one.
    """
    if "provider" in changes:
        changes["provider"] = get_provider(changes["provider"])
    provider = changes.get("provider", options.provider)
    accepted = _EVOLVABLE | setting_names(provider)
    unknown = sorted(set(changes) - accepted)
    if unknown:
        raise InvalidConfigError(
            f"with_options() cannot change {unknown}; it accepts {sorted(accepted)}. "
            "To use another http_client, create a new client."
        )
    settings = dict(changes.pop("provider_settings", None) or {})
    settings.update({k: changes.pop(k) for k in list(changes) if k not in _EVOLVABLE})
    if settings:
        changes["provider_settings"] = {**options.provider_settings, **settings}
    max_retries = changes.pop("max_retries", None)
    if max_retries is not None:
        changes["retry_policy"] = changes.get(
            "retry_policy", options.retry_policy
        ).with_max_retries(max_retries)
    if "default_headers" in changes:
        changes["default_headers"] = {**options.default_headers, **changes["default_headers"]}
    if "default_query" in changes:
        changes["default_query"] = {**options.default_query, **changes["default_query"]}
    if "base_url" in changes:
        changes["base_url"] = check_base_url(str(changes["base_url"])).rstrip("/")
    if "default_headers" in changes:
        check_headers(changes["default_headers"], "default_headers")
    return options._evolve(**changes)
