"""
Hand-written bases of generated models: computed properties the SDK adds to a wire model.

`MODEL_MIXINS` maps a generated model module to (class, hand-written module, base class). After
the generator has run, `apply_model_mixins` makes the class inherit the base and imports it; the
templates stay untouched. A base holds properties only (`__slots__ = ()`), so the attrs class keeps
its slots and its `from_dict` / `to_dict`.
"""

from __future__ import annotations

import re
from pathlib import Path

__all__ = ["MODEL_MIXINS", "apply_model_mixins"]

MODEL_MIXINS: dict[str, tuple[str, str, str]] = {
    # Response.output_text: the text of every output_text part of every message, joined.
    "response": ("Response", "_model_extras", "ResponseOutputText"),
}


def apply_model_mixins(output: Path) -> None:
    """
    Add the hand-written bases of MODEL_MIXINS to the generated models under `output`.

    Raises:
        SystemExit: A listed model or its class statement is not where the table says.
    """
    for module, (cls, source, base) in MODEL_MIXINS.items():
        path = output / "models" / f"{module}.py"
        if not path.is_file():
            raise SystemExit(f"model_mixins: no generated module models/{module}.py")
        text = path.read_text(encoding="utf-8")
        # `class X:` or `class X(_Model):`: the hand-written base goes first.
        found = re.findall(rf"\nclass {cls}(?:\(([^)]*)\))?:\n", text)
        if len(found) != 1:
            raise SystemExit(f"model_mixins: expected one 'class {cls}' in models/{module}.py")
        bases = ", ".join(b for b in (base, found[0]) if b)
        text = re.sub(rf"\nclass {cls}(?:\([^)]*\))?:\n", f"\nclass {cls}({bases}):\n", text)
        head = "from __future__ import annotations\n"
        if not text.startswith(head):
            raise SystemExit(f"model_mixins: models/{module}.py does not start with {head!r}")
        text = head + f"\nfrom ...{source} import {base}\n" + text[len(head) :]
        path.write_text(text, encoding="utf-8")
