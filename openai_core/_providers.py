"""
Provider profiles: what differs between OpenAI and the services that speak its API.

A `Provider` is data plus small hooks: default base URL, where the API key comes from, how it is
sent, extra headers, its own settings (a schema: name, environment variable, default), how it
authenticates when the key is not enough, how paths are rewritten (Azure), which requests are
refused in strict compatibility mode, how an error body is read, and where
`provider_option(key, value)` lands. Nothing here does I/O; the client core consults a profile
while it builds a request. Adding a provider, with its own settings and auth, touches this file
only: the client passes its provider settings through without knowing their names.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from functools import cache
from typing import Any, Literal
from urllib.parse import quote

from ._error_shapes import ErrorInfo, extract_error
from ._exceptions import InvalidConfigError, MissingCredentialsError, ProviderCompatibilityError
from ._frozen import Frozen

__all__ = [
    "PROVIDERS",
    "AuthScheme",
    "PathContext",
    "Provider",
    "ProviderSettings",
    "Setting",
    "get_provider",
    "setting_names",
]

AuthScheme = Literal["bearer", "api-key", "none"]


class Setting(Frozen):
    """
    One setting of a provider profile, passed as a client keyword argument of the same name.

    Attributes:
        name: The keyword, e.g. "api_version"; hooks read it from the client's settings.
        env: Environment variable read when the argument is not given (None: none).
        default: The value when neither is given.
        secret: Never shown in a repr (tokens, passwords).
    """

    __slots__ = ("name", "env", "default", "secret")  # noqa: RUF023 (the order of the repr)

    name: str
    env: str | None
    default: Any
    secret: bool

    def __init__(
        self, name: str, env: str | None = None, default: Any = None, secret: bool = False
    ) -> None:
        self._set(name=name, env=env, default=default, secret=secret)


class ProviderSettings(Mapping[str, Any]):
    """
    A client's provider settings by name (read-only). Its repr hides the values of the settings
    marked secret (by the client's profile or any built-in one), and of anything named like a
    token, key, password or secret.
    """

    __slots__ = ("_secret", "_values")

    def __init__(self, values: Mapping[str, Any], secret: frozenset[str] = frozenset()) -> None:
        self._values = {k: v for k, v in values.items() if v is not None}
        self._secret = secret | _secret_names()

    def __getitem__(self, name: str) -> Any:
        return self._values[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def __repr__(self) -> str:
        shown = {
            k: "<hidden>" if k in self._secret or _looks_secret(k) else v
            for k, v in self._values.items()
        }
        return f"ProviderSettings({shown!r})"


def _looks_secret(name: str) -> bool:
    return any(word in name for word in ("token", "key", "password", "secret"))


class PathContext(Frozen):
    """
    What a path-rewrite hook may look at.

    Attributes:
        operation_id: The catalog id, e.g. "chat.completions.create".
        path: The operation path with path parameters filled in, e.g. "/chat/completions".
        model: The "model" field of the JSON body, if any.
        deployment: The client's `azure_deployment`, if set.
        api_version: The client's `api_version`, if set.
        settings: Every provider setting of the client (see `Provider.settings`).
    """

    __slots__ = (  # noqa: RUF023 (declaration order: the order of the repr)
        "operation_id",
        "path",
        "model",
        "deployment",
        "api_version",
        "settings",
    )
    # The settings may hold callables and secrets: left out of the repr, equality and hash.
    _repr_exclude = frozenset({"settings"})
    _eq_exclude = frozenset({"settings"})

    operation_id: str
    path: str
    model: str | None
    deployment: str | None
    api_version: str | None
    settings: Mapping[str, Any]

    def __init__(
        self,
        operation_id: str,
        path: str,
        model: str | None,
        deployment: str | None = None,
        api_version: str | None = None,
        settings: Mapping[str, Any] | None = None,
    ) -> None:
        settings = {} if settings is None else settings
        self._set(
            operation_id=operation_id,
            path=path,
            model=model,
            deployment=deployment or settings.get("azure_deployment"),
            api_version=api_version or settings.get("api_version"),
            settings=settings,
        )


PathRewrite = Callable[[PathContext], "tuple[str, dict[str, str]]"]
# (api key, provider settings) -> auth headers, or None to send the key as `Provider.auth` says.
AuthHook = Callable[[str | None, Mapping[str, Any]], "list[tuple[str, str]] | None"]
RequestCheck = Callable[[str, Mapping[str, Any]], None]
ErrorAdapter = Callable[[Any], ErrorInfo]


def _keep_path(context: PathContext) -> tuple[str, dict[str, str]]:
    return context.path, {}


# Azure serves these under /openai/deployments/{deployment}/...; everything else (files, batches,
# models, ...) lives under /openai/... without a deployment.
_AZURE_DEPLOYMENT_PREFIXES = (
    "/chat/completions",
    "/completions",
    "/embeddings",
    "/audio/",
    "/images/",
)


def _azure_path(context: PathContext) -> tuple[str, dict[str, str]]:
    query = {"api-version": context.api_version} if context.api_version else {}
    path = context.path
    if path == "/chat/completions" or path.startswith(_AZURE_DEPLOYMENT_PREFIXES):
        deployment = context.deployment or context.model
        if not deployment:
            raise InvalidConfigError(
                f"Azure needs a deployment for {context.operation_id!r}: pass azure_deployment=... "
                "to the client or set the request's model to the deployment name."
            )
        return f"/openai/deployments/{quote(deployment, safe='')}{path}", query
    return f"/openai{path}", query


def _azure_auth(api_key: str | None, settings: Mapping[str, Any]) -> list[tuple[str, str]] | None:
    # An AD token (fresh from the provider callable, else the fixed one) wins over the key.
    token_provider = settings.get("azure_ad_token_provider")
    if token_provider is not None:
        return [("authorization", f"Bearer {token_provider()}")]
    token = settings.get("azure_ad_token")
    if token:
        return [("authorization", f"Bearer {token}")]
    return None


_AZURE_SETTINGS = (
    Setting("api_version", env="OPENAI_API_VERSION", default="2024-10-21"),
    Setting("azure_deployment"),
    Setting("azure_ad_token", env="AZURE_OPENAI_AD_TOKEN", secret=True),
    Setting("azure_ad_token_provider", secret=True),
)


def _minimax_check(operation_id: str, body: Mapping[str, Any]) -> None:
    n = body.get("n")
    if operation_id.startswith("chat.completions.") and n not in (None, 1):
        raise ProviderCompatibilityError(
            f"MiniMax only supports n=1, got n={n!r}; remove .n(...) or set it to 1.",
            provider="minimax",
            field="n",
        )


def _zenmux_check(operation_id: str, body: Mapping[str, Any]) -> None:
    model = body.get("model")
    if isinstance(model, str) and "/" not in model.strip("/"):
        raise ProviderCompatibilityError(
            f"ZenMux expects models named 'vendor/model' (e.g. 'openai/gpt-4o'), got {model!r}.",
            provider="zenmux",
            field="model",
        )


def _no_check(operation_id: str, body: Mapping[str, Any]) -> None:
    return None


class Provider(Frozen):
    """
    A provider profile: the data and hooks that adapt requests to one OpenAI-compatible service.

    Attributes:
        name: Short name, e.g. "openai", "deepseek"; shown in errors and ApiResponse.provider.
        base_url: Default base URL (None when the user must give one, as for "custom").
        api_key_env: Environment variables searched for the API key, first match wins.
        base_url_env: Environment variable that overrides the base URL.
        auth: "bearer" (Authorization: Bearer), "api-key" (api-key header) or "none".
        requires_key: Whether a request without a key fails with MissingCredentialsError.
        extra_headers: Headers added to every request.
        rewrite_path: Hook mapping a filled-in path to (path, extra query parameters).
        check_request: Hook run on the JSON body in strict compatibility mode; raises
            ProviderCompatibilityError for requests the provider would reject.
        adapt_error: Hook reading an error body into an ErrorInfo.
        option_target: Where `provider_option(key, value)` lands: None puts `key` at the top
            level of the body; a name nests it, e.g. "options" gives {"options": {key: value}}.
        settings: The provider's own settings (client keyword arguments, environment variables,
            defaults), e.g. Azure's api_version and azure_deployment.
        auth_hook: Hook returning the auth headers from the key and the settings (Azure's AD
            token), or None to send the key as `auth` says.
    """

    __slots__ = (  # noqa: RUF023 (declaration order: the order of the repr)
        "name",
        "base_url",
        "api_key_env",
        "base_url_env",
        "auth",
        "requires_key",
        "extra_headers",
        "rewrite_path",
        "check_request",
        "adapt_error",
        "option_target",
        "settings",
        "auth_hook",
    )

    name: str
    base_url: str | None
    api_key_env: tuple[str, ...]
    base_url_env: str | None
    auth: AuthScheme
    requires_key: bool
    extra_headers: Mapping[str, str]
    rewrite_path: PathRewrite
    check_request: RequestCheck
    adapt_error: ErrorAdapter
    option_target: str | None
    settings: tuple[Setting, ...]
    auth_hook: AuthHook | None

    def __init__(
        self,
        name: str,
        base_url: str | None,
        api_key_env: tuple[str, ...] = ("OPENAI_API_KEY",),
        base_url_env: str | None = None,
        auth: AuthScheme = "bearer",
        requires_key: bool = True,
        extra_headers: Mapping[str, str] | None = None,
        rewrite_path: PathRewrite = _keep_path,
        check_request: RequestCheck = _no_check,
        adapt_error: ErrorAdapter = extract_error,
        option_target: str | None = None,
        settings: tuple[Setting, ...] = (),
        auth_hook: AuthHook | None = None,
    ) -> None:
        self._set(
            name=name,
            base_url=base_url,
            api_key_env=api_key_env,
            base_url_env=base_url_env,
            auth=auth,
            requires_key=requires_key,
            extra_headers={} if extra_headers is None else extra_headers,
            rewrite_path=rewrite_path,
            check_request=check_request,
            adapt_error=adapt_error,
            option_target=option_target,
            settings=settings,
            auth_hook=auth_hook,
        )

    def resolve_settings(
        self, given: Mapping[str, Any], env: Mapping[str, str]
    ) -> ProviderSettings:
        """
        Return the client's provider settings: each given value, else for this profile's
        settings the environment variable, else the default. Values given for settings of other
        profiles are kept as given (a client may switch provider in with_options()).
        """
        values = {k: v for k, v in given.items() if v is not None}
        for setting in self.settings:
            if values.get(setting.name) is None:
                found = env.get(setting.env) if setting.env else None
                values[setting.name] = found or setting.default
        return ProviderSettings(values, self.secret_settings())

    def secret_settings(self) -> frozenset[str]:
        """The names of this profile's settings that are secret."""
        return frozenset(s.name for s in self.settings if s.secret)

    def auth_headers(
        self, api_key: str | None, settings: Mapping[str, Any]
    ) -> list[tuple[str, str]]:
        """
        Return the authentication headers of one request.

        Raises:
            MissingCredentialsError: The provider needs a key and none was configured.
        """
        if self.auth_hook is not None:
            headers = self.auth_hook(api_key, settings)
            if headers is not None:
                return headers
        if not api_key:
            if self.requires_key and self.auth != "none":
                env = self.api_key_env[0] if self.api_key_env else None
                raise MissingCredentialsError(self.name, env)
            return []
        if self.auth == "api-key":
            return [("api-key", api_key)]
        if self.auth == "none":
            return []
        return [("authorization", f"Bearer {api_key}")]

    def __repr__(self) -> str:
        return f"Provider(name={self.name!r}, base_url={self.base_url!r}, auth={self.auth!r})"


def _simple(name: str, base_url: str, key_env: str, base_env: str) -> Provider:
    return Provider(name=name, base_url=base_url, api_key_env=(key_env,), base_url_env=base_env)


PROVIDERS: Mapping[str, Provider] = {
    p.name: p
    for p in (
        Provider(
            name="openai",
            base_url="https://api.openai.com/v1",
            api_key_env=("OPENAI_API_KEY",),
            base_url_env="OPENAI_BASE_URL",
        ),
        Provider(
            name="azure",
            base_url=None,
            api_key_env=("AZURE_OPENAI_API_KEY",),
            base_url_env="AZURE_OPENAI_ENDPOINT",
            auth="api-key",
            rewrite_path=_azure_path,
            settings=_AZURE_SETTINGS,
            auth_hook=_azure_auth,
        ),
        _simple(
            "zhipu", "https://open.bigmodel.cn/api/paas/v4", "ZHIPUAI_API_KEY", "ZHIPUAI_BASE_URL"
        ),
        Provider(
            name="minimax",
            base_url="https://api.minimax.io/v1",
            api_key_env=("MINIMAX_API_KEY",),
            base_url_env="MINIMAX_BASE_URL",
            check_request=_minimax_check,
        ),
        Provider(
            name="zenmux",
            base_url="https://zenmux.ai/api/v1",
            api_key_env=("ZENMUX_API_KEY",),
            base_url_env="ZENMUX_BASE_URL",
            check_request=_zenmux_check,
        ),
        Provider(
            name="custom",
            base_url=None,
            api_key_env=("OPENAI_API_KEY",),
            base_url_env="OPENAI_BASE_URL",
            requires_key=False,
        ),
        _simple("deepseek", "https://api.deepseek.com/v1", "DEEPSEEK_API_KEY", "DEEPSEEK_BASE_URL"),
        _simple(
            "qwen",
            "https://dashscope.aliyuncs.com/compatible-mode/v1",
            "DASHSCOPE_API_KEY",
            "DASHSCOPE_BASE_URL",
        ),
        _simple("moonshot", "https://api.moonshot.cn/v1", "MOONSHOT_API_KEY", "MOONSHOT_BASE_URL"),
        _simple(
            "openrouter",
            "https://openrouter.ai/api/v1",
            "OPENROUTER_API_KEY",
            "OPENROUTER_BASE_URL",
        ),
        _simple("groq", "https://api.groq.com/openai/v1", "GROQ_API_KEY", "GROQ_BASE_URL"),
        _simple("together", "https://api.together.xyz/v1", "TOGETHER_API_KEY", "TOGETHER_BASE_URL"),
        _simple("mistral", "https://api.mistral.ai/v1", "MISTRAL_API_KEY", "MISTRAL_BASE_URL"),
        Provider(
            name="ollama",
            base_url="http://localhost:11434/v1",
            api_key_env=("OLLAMA_API_KEY",),
            base_url_env="OLLAMA_BASE_URL",
            auth="none",
            requires_key=False,
            option_target="options",
        ),
        Provider(
            name="vllm",
            base_url="http://localhost:8000/v1",
            api_key_env=("VLLM_API_KEY",),
            base_url_env="VLLM_BASE_URL",
            requires_key=False,
        ),
    )
}


def setting_names(provider: Provider | None = None) -> frozenset[str]:
    """The names of every known profile's settings (and of `provider`'s, if given)."""
    extra = () if provider is None else provider.settings
    return _setting_names() | {s.name for s in extra}


@cache
def _setting_names() -> frozenset[str]:
    return frozenset(s.name for p in PROVIDERS.values() for s in p.settings)


@cache
def _secret_names() -> frozenset[str]:
    return frozenset(s.name for p in PROVIDERS.values() for s in p.settings if s.secret)


def get_provider(provider: str | Provider) -> Provider:
    """
    Return the profile for a provider name, or the given profile unchanged.

    Raises:
        InvalidConfigError: The name is not a known provider.
    """
    if isinstance(provider, Provider):
        return provider
    try:
        return PROVIDERS[provider]
    except KeyError:
        raise InvalidConfigError(
            f"Unknown provider {provider!r}; expected one of {sorted(PROVIDERS)} "
            "or a Provider(...) profile."
        ) from None
