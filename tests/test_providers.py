import httpx
import pytest
from conftest import API_KEY, close, make_client, resolve

from openai_core import (
    AuthenticationError,
    Client,
    InvalidConfigError,
    MissingCredentialsError,
    Provider,
    ProviderCompatibilityError,
    Setting,
    extract_error,
    get_provider,
)
from openai_core._providers import PROVIDERS
from openai_core.testing import FakeProvider

EXPECTED = {
    "openai": ("https://api.openai.com/v1", "OPENAI_API_KEY", "bearer"),
    "zhipu": ("https://open.bigmodel.cn/api/paas/v4", "ZHIPUAI_API_KEY", "bearer"),
    "minimax": ("https://api.minimax.io/v1", "MINIMAX_API_KEY", "bearer"),
    "zenmux": ("https://zenmux.ai/api/v1", "ZENMUX_API_KEY", "bearer"),
    "deepseek": ("https://api.deepseek.com/v1", "DEEPSEEK_API_KEY", "bearer"),
    "qwen": ("https://dashscope.aliyuncs.com/compatible-mode/v1", "DASHSCOPE_API_KEY", "bearer"),
    "moonshot": ("https://api.moonshot.cn/v1", "MOONSHOT_API_KEY", "bearer"),
    "openrouter": ("https://openrouter.ai/api/v1", "OPENROUTER_API_KEY", "bearer"),
    "groq": ("https://api.groq.com/openai/v1", "GROQ_API_KEY", "bearer"),
    "together": ("https://api.together.xyz/v1", "TOGETHER_API_KEY", "bearer"),
    "mistral": ("https://api.mistral.ai/v1", "MISTRAL_API_KEY", "bearer"),
    "ollama": ("http://localhost:11434/v1", "OLLAMA_API_KEY", "none"),
    "vllm": ("http://localhost:8000/v1", "VLLM_API_KEY", "bearer"),
}


@pytest.fixture(autouse=True)
def clean_env(monkeypatch):
    for provider in PROVIDERS.values():
        for name in (*provider.api_key_env, provider.base_url_env):
            if name:
                monkeypatch.delenv(name, raising=False)
    for name in ("OPENAI_ORG_ID", "OPENAI_PROJECT_ID", "OPENAI_API_VERSION"):
        monkeypatch.delenv(name, raising=False)


def test_every_documented_provider_has_a_profile():
    assert set(PROVIDERS) == {*EXPECTED, "azure", "custom"}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_profile_default_base_url_key_env_and_auth(name):
    base_url, key_env, auth = EXPECTED[name]

    provider = get_provider(name)

    assert (provider.base_url, provider.api_key_env[0], provider.auth) == (base_url, key_env, auth)
    assert Client(provider=name, api_key="k").base_url == base_url


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_key_and_base_url_come_from_the_provider_env_vars(name, monkeypatch):
    provider = get_provider(name)
    monkeypatch.setenv(provider.api_key_env[0], "env-key")
    monkeypatch.setenv(provider.base_url_env, "http://override.test/v1/")

    client = Client(provider=name)

    assert client.base_url == "http://override.test/v1"
    assert client.options.api_key == "env-key"


@pytest.mark.parametrize("name", sorted(n for n in EXPECTED if get_provider(n).requires_key))
def test_missing_key_fails_at_first_request_naming_the_env_var(name):
    client = Client(provider=name)  # construction never fails for a missing key

    with pytest.raises(MissingCredentialsError) as info:
        client.models.list().send()

    assert info.value.env_var == EXPECTED[name][1]
    assert EXPECTED[name][1] in str(info.value)


@pytest.mark.anyio
@pytest.mark.parametrize("name", sorted(EXPECTED))
async def test_one_request_end_to_end_per_provider(name, mode, fake):
    model = "vendor/model" if name == "zenmux" else "m"
    if EXPECTED[name][2] == "none":
        fake = FakeProvider()  # a keyless local server
    client = make_client(mode, fake, provider=name, base_url=None, strict_compatibility=True)

    completion = await resolve(
        client.chat.completions.create().model(model).message_user("hello").send()
    )

    request = fake.last_request
    assert completion.choices[0].message.content == "You said: hello"
    assert request.raw_path.endswith("/chat/completions")
    if EXPECTED[name][2] == "bearer":
        assert request.headers["authorization"] == f"Bearer {API_KEY}"
    else:
        assert "authorization" not in request.headers
    await close(client)


@pytest.mark.anyio
async def test_azure_rewrites_path_with_deployment_api_version_and_api_key(mode, fake):
    client = make_client(
        mode,
        fake,
        provider="azure",
        base_url="https://res.openai.azure.com",
        api_version="2024-10-21",
    )

    await resolve(client.chat.completions.create(model="my-gpt4o").message_user("hi").send())

    (chat,) = fake.requests
    assert chat.raw_path == "/openai/deployments/my-gpt4o/chat/completions"
    assert chat.deployment == "my-gpt4o"
    assert chat.query == {"api-version": "2024-10-21"}
    assert chat.headers["api-key"] == API_KEY
    assert "authorization" not in chat.headers
    await close(client)


def test_azure_paths_without_a_deployment_live_under_openai(httpx_mock):
    httpx_mock.add_response(
        json={"object": "list", "data": [], "has_more": False, "first_id": "", "last_id": ""}
    )
    client = Client(
        provider="azure", base_url="https://res.openai.azure.com/", api_key="k",
        http_client=httpx.Client(),  # pytest-httpx mocks httpx's own transport
    )  # fmt: skip

    client.files.list().limit(2).send()

    url = httpx_mock.get_request().url
    assert url.path == "/openai/files"
    assert dict(url.params) == {"api-version": "2024-10-21", "limit": "2"}


def test_azure_endpoint_alone_selects_azure(monkeypatch):
    monkeypatch.setenv("AZURE_OPENAI_ENDPOINT", "https://res.openai.azure.com/")
    monkeypatch.setenv("AZURE_OPENAI_API_KEY", "az-key")
    monkeypatch.setenv("OPENAI_API_VERSION", "2025-01-01")

    client = Client()

    assert client.provider.name == "azure"
    assert client.base_url == "https://res.openai.azure.com"
    assert client.options.api_version == "2025-01-01"
    assert client.options.auth_headers() == [("api-key", "az-key")]


@pytest.mark.anyio
async def test_azure_deployment_option_and_ad_token_provider(mode, fake):
    client = make_client(
        mode, fake, provider="azure", base_url="https://res.openai.azure.com", api_key=None,
        azure_deployment="dep-1", azure_ad_token_provider=lambda: API_KEY,
    )  # fmt: skip

    await resolve(client.embeddings.create(input="x").model("ignored-when-deployment-set").send())

    request = fake.last_request
    assert request.raw_path == "/openai/deployments/dep-1/embeddings"
    assert request.headers["authorization"] == f"Bearer {API_KEY}"
    await close(client)


def test_custom_provider_needs_a_base_url():
    with pytest.raises(InvalidConfigError, match="base_url"):
        Client(provider="custom")


def test_unknown_provider_name_lists_the_known_ones():
    with pytest.raises(InvalidConfigError, match="deepseek"):
        Client(provider="nope")


@pytest.mark.anyio
async def test_custom_profile_object_with_header_and_option_target(mode, fake):
    profile = Provider(
        name="acme", base_url="http://fake.test/v1", api_key_env=("ACME_KEY",),
        extra_headers={"X-Acme": "1"}, option_target="extra",
    )  # fmt: skip
    client = make_client(mode, fake, provider=profile, base_url=None)

    builder = client.chat.completions.create(model="m").message_user("hi")
    await resolve(builder.provider_option("top_k", 5).send())

    request = fake.last_request
    assert request.headers["x-acme"] == "1"
    assert request.json["extra"] == {"top_k": 5}
    await close(client)


@pytest.mark.anyio
async def test_provider_option_lands_top_level_by_default_and_nested_for_ollama(mode):
    fake = FakeProvider()
    openai = make_client(mode, fake)
    ollama = make_client(mode, fake, provider="ollama")

    await resolve(
        openai.chat.completions.create(model="m")
        .message_user("a")
        .provider_option("top_k", 3)
        .send()
    )
    await resolve(
        ollama.chat.completions.create(model="m")
        .message_user("a")
        .provider_option("num_ctx", 8)
        .send()
    )

    first, second = fake.requests
    assert first.json["top_k"] == 3
    assert second.json["options"] == {"num_ctx": 8}
    await close(openai)
    await close(ollama)


def test_minimax_strict_mode_rejects_n_other_than_one():
    client = Client(provider="minimax", api_key="k", strict_compatibility=True)

    with pytest.raises(ProviderCompatibilityError) as info:
        client.chat.completions.create(model="m").message_user("hi").n(2).send()

    assert info.value.field == "n"
    assert info.value.provider == "minimax"


def test_zenmux_strict_mode_requires_vendor_model_names():
    client = Client(provider="zenmux", api_key="k", strict_compatibility=True)

    with pytest.raises(ProviderCompatibilityError, match="vendor/model"):
        client.chat.completions.create(model="gpt-4o").message_user("hi").send()


@pytest.mark.parametrize(
    ("body", "message", "code"),
    [
        ({"error": {"message": "bad", "type": "t", "code": "c", "param": "p"}}, "bad", "c"),
        ({"error": "plain"}, "plain", None),
        ({"message": "top"}, "top", None),
        ({"msg": "zhipu style", "code": 1214}, "zhipu style", "1214"),
        ({"detail": "fastapi"}, "fastapi", None),
        ({"detail": [{"msg": "a"}, {"msg": "b"}]}, "a; b", None),
        ({"base_resp": {"status_code": 1004, "status_msg": "auth failed"}}, "auth failed", "1004"),
        ("just text", "just text", None),
    ],
)
def test_error_shapes_are_understood(body, message, code):
    info = extract_error(body)

    assert (info.message, info.code) == (message, code)


def test_provider_repr_and_client_repr_hide_the_key():
    client = Client(provider="deepseek", api_key="sk-very-secret")

    assert "sk-very-secret" not in repr(client)
    assert "sk-very-secret" not in repr(client.options)
    assert "sk-very-secret" not in repr(client.provider)


# A provider with its own settings and auth is one Provider(...) value: nothing else changes.
def _signed_auth(api_key, settings):
    return [("x-tenant", settings["tenant"]), ("authorization", f"Bearer {api_key}")]


SIGNED = Provider(
    name="signed",
    base_url="http://fake.test/v1",
    api_key_env=("SIGNED_KEY",),
    settings=(Setting("tenant", env="SIGNED_TENANT", default="main"),),
    auth_hook=_signed_auth,
    rewrite_path=lambda ctx: (ctx.path, {"tenant": ctx.settings["tenant"]}),
)


@pytest.mark.anyio
@pytest.mark.parametrize(("settings", "env", "tenant"), [
    ({"tenant": "t-1"}, {}, "t-1"), (None, {"SIGNED_TENANT": "t-env"}, "t-env"), (None, {}, "main"),
])  # fmt: skip
async def test_a_provider_brings_its_own_settings_and_auth(
    mode, fake, monkeypatch, settings, env, tenant
):
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    client = make_client(mode, fake, provider=SIGNED, provider_settings=settings)

    await resolve(client.models.list().send())

    request = fake.last_request
    assert request.headers["x-tenant"] == tenant
    assert request.headers["authorization"] == f"Bearer {API_KEY}"
    assert request.query == {"tenant": tenant}
    assert client.options.tenant == tenant
    await close(client)


def test_azure_settings_are_the_azure_profile_s():
    azure = get_provider("azure")

    assert [s.name for s in azure.settings] == [
        "api_version", "azure_deployment", "azure_ad_token", "azure_ad_token_provider",
    ]  # fmt: skip
    assert get_provider("openai").settings == ()


def test_provider_settings_never_show_secrets():
    client = Client(
        provider="azure", base_url="https://res.openai.azure.com", api_key="sk-hidden-key",
        azure_ad_token="ad-token-secret", azure_deployment="dep",
    )  # fmt: skip

    shown = repr(client.options.provider_settings) + repr(client.options) + repr(client)

    assert "ad-token-secret" not in shown and "sk-hidden-key" not in shown
    assert "'azure_deployment': 'dep'" in repr(client.options.provider_settings)
    assert client.options.auth_headers() == [("authorization", "Bearer ad-token-secret")]


def test_with_options_changes_provider_settings_and_rejects_unknown_ones():
    client = Client(provider="azure", base_url="https://res.openai.azure.com", api_key="k")

    copy = client.with_options(api_version="2025-04-01", azure_deployment="d2")

    assert (copy.options.api_version, copy.options.azure_deployment) == ("2025-04-01", "d2")
    assert client.options.api_version == "2024-10-21" and client.options.azure_deployment is None
    merged = copy.with_options(provider_settings={"azure_deployment": "d3"})
    assert (merged.options.api_version, merged.options.azure_deployment) == ("2025-04-01", "d3")
    with pytest.raises(InvalidConfigError, match="tenant"):
        client.with_options(tenant="t")
    with pytest.raises(InvalidConfigError, match="bogus"):
        Client(api_key="k", provider_settings={"bogus": 1})
    with pytest.raises(AttributeError, match="bogus"):
        client.options.bogus  # noqa: B018


def test_a_custom_profile_s_secret_settings_stay_out_of_reprs():
    profile = Provider(
        name="sealed", base_url="http://127.0.0.1:9/v1", settings=(Setting("seal", secret=True),)
    )

    client = Client(provider=profile, api_key="k", provider_settings={"seal": "s-e-c-r-e-t"})

    assert "s-e-c-r-e-t" not in repr(client.options.provider_settings)
    assert client.options.seal == "s-e-c-r-e-t"


def test_a_key_an_auth_hook_sends_in_another_header_is_masked_in_errors(httpx_mock):
    profile = Provider(
        name="xkey", base_url="https://xkey.test/v1",
        auth_hook=lambda key, settings: [("x-api-key", key)],
    )  # fmt: skip
    httpx_mock.add_response(status_code=401, json={"error": {"message": "bad key sk-xkey-123"}})
    client = Client(provider=profile, api_key="sk-xkey-123", http_client=httpx.Client())

    with pytest.raises(AuthenticationError) as caught:
        client.models.list().send()

    assert httpx_mock.get_request().headers["x-api-key"] == "sk-xkey-123"
    assert "sk-xkey-123" not in str(caught.value) and "bad key" in str(caught.value)
