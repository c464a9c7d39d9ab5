"""
The hand-written package's layout: each wing imports only what its rules allow, and no two
hand-written modules import each other in a circle (lazy and type-only imports included).

The rules are the ones each wing's `__init__` docstring states; the README's development
section shows the same table.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "openai_core"

WINGS = ("_transport", "_streaming", "_structured", "_tools", "_builders", "_jobs")
# What each wing may import besides itself and the shared top-level modules.
ALLOWED_WINGS = {
    "_transport": set(),
    "_streaming": {"_structured"},
    "_structured": set(),
    "_tools": {"_structured"},
    "_builders": {"_streaming", "_structured", "_tools", "_jobs"},
    # Batches and run_many read builders as duck-typed objects, so the builders wing can hook
    # `batches.run` into its namespace without a circle.
    "_jobs": set(),
}
# Top-level modules no wing may import: the client shells and the call core sit above the wings.
ABOVE_WINGS = {"_client", "_call", "_deadline", "_cli"}
# Shared top-level modules the transport may use: it stands alone below everything else.
TRANSPORT_SHARED = {"_exceptions", "_cancel"}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _hand_written() -> dict[str, Path]:
    modules = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).parts
        if rel[0] in ("_generated", "testing"):
            continue
        modules[_module_name(path)] = path
    return modules


def _imports(name: str, path: Path) -> set[str]:
    """Every openai_core module `path` imports, at any depth of the file (lazy ones too)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("openai_core"))
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if not target.startswith("openai_core"):
                continue
            found.add(target)
            for alias in node.names:  # `from . import x` names a module
                found.add(f"{target}.{alias.name}")
    return found


def _extension_imports() -> set[str]:
    """The modules the extensions table names: it imports them on first use, by name."""
    from openai_core._builders.extensions import EXTENSIONS

    return {
        "openai_core._builders." + ref.partition(":")[0]
        for line in EXTENSIONS.values()
        for ref in line.refs()
    }


MODULES = _hand_written()
GRAPH = {
    name: {t for t in _imports(name, path) if t in MODULES and t != name}
    for name, path in MODULES.items()
}
GRAPH["openai_core._builders.extensions"] |= _extension_imports()


def _place(module: str) -> str:
    """The wing of a module, or its own top-level name."""
    return module.split(".")[1] if module.count(".") else ""


@pytest.mark.parametrize("wing", WINGS)
def test_wing_imports_follow_its_rules(wing: str) -> None:
    broken = []
    for name, targets in GRAPH.items():
        if _place(name) != wing:
            continue
        for target in targets:
            other = _place(target)
            if other == wing or other == "":
                continue
            if other in WINGS and other not in ALLOWED_WINGS[wing]:
                broken.append(f"{name} -> {target}")
            elif other in ABOVE_WINGS:
                broken.append(f"{name} -> {target} (above the wings)")
            elif wing == "_transport" and other not in WINGS and other not in TRANSPORT_SHARED:
                broken.append(f"{name} -> {target} (the transport uses only {TRANSPORT_SHARED})")
    assert not broken, "\n".join(sorted(broken))


def test_every_wing_states_its_rules() -> None:
    for wing in WINGS:
        doc = ast.get_docstring(ast.parse((PACKAGE / wing / "__init__.py").read_text())) or ""
        assert "import" in doc, f"{wing}/__init__.py should say what it may import"


def test_shared_top_level_modules_import_no_wing() -> None:
    """Shared modules sit under the wings; only the client, the call core, the command line and
    the package import them."""
    users = {"openai_core", "openai_core._client", "openai_core._call", "openai_core._deadline",
             "openai_core._cli"}  # fmt: skip
    broken = [
        f"{name} -> {target}"
        for name, targets in GRAPH.items()
        if _place(name) not in WINGS and name not in users
        for target in targets
        if _place(target) in WINGS
    ]
    assert not broken, "\n".join(sorted(broken))


def test_no_import_circles() -> None:
    cycles: list[list[str]] = []
    state: dict[str, int] = {}  # 1 = on the stack, 2 = done
    stack: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(GRAPH[node]):
            if nxt == "openai_core" or nxt.startswith(node + "."):
                continue  # a package importing its own submodules is not a circle
            if state.get(nxt) == 1:
                cycles.append([*stack[stack.index(nxt) :], nxt])
            elif nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = 2

    for name in sorted(GRAPH):
        if name not in state:
            visit(name)
    assert not cycles, "\n".join(sorted(" -> ".join(c) for c in cycles))
