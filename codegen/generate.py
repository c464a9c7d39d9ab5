"""
`make generate`: find the spec, check it, normalize it, run openapi-python-client with our
templates for the models, emit the endpoint catalog and the typed builders, and format the output.

Usage: python -m codegen.generate [--check] [--spec PATH] [--allow-sha-mismatch] [--output DIR]

`--check` generates into a temporary directory and compares it with the committed tree.
"""

from __future__ import annotations

import argparse
import filecmp
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

from .builders import ModulePlan, plan_modules
from .catalog import build_catalog_meta
from .models import globals_for_templates, set_models
from .normalize import normalize
from .typeddicts import plan_params

ROOT = Path(__file__).resolve().parent.parent
OPENAPI_DIR = ROOT / "openapi"
CODEGEN_DIR = ROOT / "codegen"
OUTPUT = ROOT / "openai_core" / "_generated"
SHARED_SPEC = ROOT.parent / "shared" / "openapi" / "openai.openapi.yaml"


def read_lock() -> dict[str, str]:
    """Read openapi/spec.lock (key = value lines)."""
    lock: dict[str, str] = {}
    for line in (OPENAPI_DIR / "spec.lock").read_text().splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            key, _, value = line.partition("=")
            lock[key.strip()] = value.strip()
    return lock


def locate_spec(explicit: str | None, lock: dict[str, str]) -> Path:
    """Find the spec: --spec, $OPENAPI_SPEC, openapi/, ../shared/openapi/, else download it."""
    for candidate in (explicit, os.environ.get("OPENAPI_SPEC")):
        if candidate:
            return Path(candidate)
    for path in (OPENAPI_DIR / "openai.openapi.yaml", SHARED_SPEC):
        if path.is_file():
            return path
    target = OPENAPI_DIR / "openai.openapi.yaml"
    print(f"downloading the pinned spec from {lock['url']}", file=sys.stderr)
    with urllib.request.urlopen(lock["url"], timeout=60) as response:  # the pinned https URL
        target.write_bytes(response.read())
    return target


def check_sha(path: Path, lock: dict[str, str], allow_mismatch: bool) -> None:
    """Refuse a spec whose sha256 differs from the lock, unless told otherwise."""
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != lock["sha256"]:
        message = (
            f"{path}: sha256 {digest} does not match openapi/spec.lock ({lock['sha256']}). "
            "Update the lock for a new spec, or pass --allow-sha-mismatch "
            "(OPENAPI_ALLOW_SHA_MISMATCH=1) to generate from it anyway."
        )
        if not allow_mismatch:
            raise SystemExit(message)
        print("warning: " + message, file=sys.stderr)


def load_spec(path: Path) -> dict[str, Any]:
    """Parse the YAML (or JSON) spec."""
    if path.suffix == ".json":
        loaded: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        return loaded
    from ruamel.yaml import YAML

    data = YAML(typ="safe").load(path.read_text(encoding="utf-8"))
    # YAML dates and the like become strings: the JSON model has no other types.
    plain: dict[str, Any] = json.loads(json.dumps(data, default=str))
    return plain


def run_generator(spec: dict[str, Any], output: Path, version: str) -> list[str]:
    """Run openapi-python-client on the normalized spec; return its warnings."""
    from openapi_python_client import Project
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData
    from openapi_python_client.parser.errors import GeneratorError

    config_file = ConfigFile.load_from_path(CODEGEN_DIR / "config.yaml")
    with tempfile.TemporaryDirectory() as tmp:
        spec_path = Path(tmp) / "normalized.json"
        spec_path.write_text(json.dumps(spec), encoding="utf-8")
        config = Config.from_sources(
            config_file, MetaType("none"), spec_path, "utf-8", overwrite=True, output_path=output
        )
        data = GeneratorData.from_dict(spec, config=config)
        if isinstance(data, GeneratorError):
            raise SystemExit(f"generator failed: {data.header}: {data.detail}")
        set_models(data.models)
        project = Project(
            openapi=data, config=config, custom_template_path=CODEGEN_DIR / "templates"
        )
        meta = build_catalog_meta(spec, json.loads((OPENAPI_DIR / "overrides.json").read_text()))

        def oc(endpoint: Any) -> dict[str, Any]:
            return meta[f"{endpoint.method.upper()} {endpoint.path.get_untrusted_value()}"]

        project.env.globals.update(oc=oc, spec_version=version, **globals_for_templates())
        errors = build_models(project)
        catalog = project.env.get_template("catalog.py.jinja").render(
            collections=data.endpoint_collections_by_tag
        )
        (output / "catalog.py").write_text(catalog, encoding="utf-8")
        endpoints = [
            (oc(e)["id"], e) for c in data.endpoint_collections_by_tag.values() for e in c.endpoints
        ]
        params = plan_params(endpoints, data.models, data.enums)
        (output / "params.py").write_text(
            project.env.get_template("params.py.jinja").render(plan=params), encoding="utf-8"
        )
        typed_dicts = {td.source: td.name for td in params.schemas}
        models = sorted(
            {(str(m.class_info.module_name), str(m.class_info.name)) for m in data.models}
            | {(str(e.class_info.module_name), str(e.class_info.name)) for e in data.enums},
            key=lambda pair: pair[1],
        )
        exports = project.env.get_template("exports.py.jinja").render(
            models=models, params=sorted(params.names)
        )
        (output / "exports.py").write_text(exports, encoding="utf-8")
        modules = plan_modules(data.endpoint_collections_by_tag, oc, typed_dicts)
        render_builders(project.env, modules, output)
        base = project.env.get_template("base.py.jinja").render()
        (output / "base.py").write_text(base, encoding="utf-8")
    header = f'# Generated from the OpenAI spec {version} by "make generate". Do not edit.\n'
    for path in sorted(output.rglob("*.py")):
        path.write_text(header + path.read_text(encoding="utf-8"), encoding="utf-8")
    return [f"{e.header}: {e.detail}" for e in errors]


def build_models(project: Any) -> list[Any]:
    """
    Render the package `__init__`, `types.py` and the models; return the generator's errors.

    Only these steps of openapi-python-client's `Project.build()` (0.29.1, pinned): its client,
    its endpoint modules (`api/`) and its packaging metadata are not rendered. The client calls
    operations through the catalog and the hand-written core, so nothing would import them.
    """
    project.project_dir.mkdir(parents=True, exist_ok=True)
    project._create_package()
    project._build_models()
    errors: list[Any] = project._get_errors()
    return errors


def render_builders(env: Any, modules: list[ModulePlan], output: Path) -> None:
    """Write builders/ (setter and namespace mixins) and the client's namespace properties."""
    target = output / "builders"
    target.mkdir()
    for name, template_name in (("__init__", "builders_init"), ("_base", "builders_base")):
        text = env.get_template(f"{template_name}.py.jinja").render()
        (target / f"{name}.py").write_text(text, encoding="utf-8")
    template = env.get_template("builders_module.py.jinja")
    for module in modules:
        (target / f"{module.name}.py").write_text(template.render(module=module), encoding="utf-8")
    namespaces = env.get_template("client_namespaces.py.jinja").render(modules=modules)
    (output / "client_namespaces.py").write_text(namespaces, encoding="utf-8")


def format_output(output: Path) -> None:
    """Run the pinned ruff with no host config, so the output depends only on our settings."""
    ruff = [sys.executable, "-m", "ruff"]
    common = ["--isolated", "--target-version", "py310", "--line-length", "100"]
    subprocess.run(
        [
            *ruff,
            "check",
            *common,
            "--select",
            "F401,I,UP",
            "--fix",
            "--quiet",
            "--exit-zero",
            str(output),
        ],
        check=True,
    )
    subprocess.run([*ruff, "format", *common, "--quiet", str(output)], check=True)


def compare_trees(left: Path, right: Path) -> list[str]:
    """Return the relative paths that differ between two trees."""
    diffs: list[str] = []

    def walk(cmp: filecmp.dircmp[str], prefix: str) -> None:
        diffs.extend(prefix + n for n in cmp.left_only + cmp.right_only + cmp.diff_files)
        for name, sub in cmp.subdirs.items():
            walk(sub, prefix + name + "/")

    walk(filecmp.dircmp(left, right, ignore=["__pycache__"]), "")
    return sorted(diffs)


def main(argv: list[str] | None = None) -> int:
    """Generate openai_core/_generated (or check that it is up to date)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--spec")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument(
        "--allow-sha-mismatch",
        action="store_true",
        default=os.environ.get("OPENAPI_ALLOW_SHA_MISMATCH") == "1",
    )
    args = parser.parse_args(argv)
    started = time.monotonic()
    lock = read_lock()
    spec_path = locate_spec(args.spec, lock)
    check_sha(spec_path, lock, args.allow_sha_mismatch)
    spec = load_spec(spec_path)
    overrides = json.loads((OPENAPI_DIR / "overrides.json").read_text(encoding="utf-8"))
    normalized, counts = normalize(spec, overrides)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "_generated"
        warnings = run_generator(normalized, out, lock["version"])
        format_output(out)
        if args.check:
            diffs = compare_trees(out, args.output)
            if diffs:
                print("generated code is out of date; run `make generate`:", file=sys.stderr)
                print("\n".join("  " + d for d in diffs[:50]), file=sys.stderr)
                return 1
            print(f"generated code is up to date ({time.monotonic() - started:.1f} s)")
            return 0
        shutil.rmtree(args.output, ignore_errors=True)
        shutil.copytree(out, args.output)
    report(counts, warnings, args.output, time.monotonic() - started)
    return 0


def report(counts: Any, warnings: list[str], output: Path, seconds: float) -> None:
    """Print what the normalize pass changed and what was generated."""
    files = [p for p in output.rglob("*.py")]
    lines = sum(p.read_text(encoding="utf-8").count("\n") for p in files)
    print(f"generated {len(files)} files, {lines} lines in {seconds:.1f} s")
    print("normalize pass:")
    for kind, count in sorted(counts.items()):
        print(f"  {count:6d}  {kind}")
    print(f"generator warnings: {len(warnings)}")
    for warning in warnings:
        print("  " + warning.replace("\n", " ")[:300])


if __name__ == "__main__":
    raise SystemExit(main())
