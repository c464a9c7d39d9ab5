"""
Packaging: `pip install .` gives a wheel that carries py.typed and the generated package, and
the build prints no warnings (the license is an SPDX string, not the deprecated table).

Built once per session from a copy of the sources (the checkout gets no build/ or egg-info),
without build isolation, so that no package index is contacted: the dev extra pins setuptools.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    src = tmp_path_factory.mktemp("src")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, src / name)
    shutil.copytree(
        ROOT / "openai_core", src / "openai_core", ignore=shutil.ignore_patterns("__pycache__")
    )
    out = tmp_path_factory.mktemp("wheel")
    run = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
         "--no-index", "-w", str(out), str(src)],
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert run.returncode == 0, run.stdout + run.stderr
    (wheel,) = out.glob("openai_core-*.whl")
    return wheel, run


def test_the_wheel_carries_py_typed_and_the_generated_package(built):
    wheel, _ = built
    names = set(zipfile.ZipFile(wheel).namelist())

    assert "openai_core/py.typed" in names
    assert "openai_core/_generated/__init__.py" in names
    assert "openai_core/_generated/catalog.py" in names
    assert "openai_core/_generated/models/chat_completion.py" in names
    assert "openai_core/_generated/builders/chat.py" in names
    assert "openai_core/_generated/params.py" in names
    assert "openai_core/types.py" in names
    assert "openai_core/_generated/exports.py" in names
    assert not any(n.startswith(("tests/", "codegen/", "bench/")) for n in names)


def test_the_wheel_metadata_has_an_spdx_license_and_the_build_no_warnings(built):
    wheel, run = built
    archive = zipfile.ZipFile(wheel)
    (metadata,) = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
    text = archive.read(metadata).decode()

    assert "License-Expression: MIT" in text
    assert "warning" not in (run.stdout + run.stderr).lower()
