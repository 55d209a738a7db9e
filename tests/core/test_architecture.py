"""House rules that keep the core usable without a window."""

import pkgutil
import subprocess
import sys
from pathlib import Path

import checkin

CORE_MODULES = sorted(
    f"checkin.{m.name}" for m in pkgutil.iter_modules(checkin.__path__) if m.name not in ("ui",)
)


def test_core_modules_never_import_qt():
    assert "checkin.store" in CORE_MODULES and "checkin.cli" in CORE_MODULES
    script = (
        "import importlib, sys\n"
        f"for name in {CORE_MODULES!r}:\n"
        "    if name != 'checkin.__main__':\n"
        "        importlib.import_module(name)\n"
        "leaks = [m for m in sys.modules if m.startswith('PySide6') or m.startswith('shiboken')]\n"
        "assert not leaks, leaks\n"
    )
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr


def test_every_module_says_what_it_owns():
    root = Path(checkin.__file__).parent
    for path in root.rglob("*.py"):
        text = path.read_text(encoding="utf-8").lstrip()
        assert text.startswith('"""'), f"{path.relative_to(root)} has no module docstring"
