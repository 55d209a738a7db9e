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


def test_file_and_print_dialogs_go_through_file_access():
    """Such dialogs read the files of the folder they show, which costs SQLite its locks on an
    open event file; checkin/ui/file_access.py releases the event around them (and the print
    dialog is only asked for inside file_access.event_released, in badge_print.print_badges)."""
    root = Path(checkin.__file__).parent / "ui"
    for path in root.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if path.name != "file_access.py":
            assert "QFileDialog." not in text, f"{path.name}: use file_access.open_file_name/save_file_name"
        if path.name != "badge_print.py":
            assert "ask_printer(" not in text and "QPrintDialog(" not in text, path.name
    printing = (root / "badge_print.py").read_text(encoding="utf-8")
    assert "with file_access.event_released():" in printing.split("ask_printer(parent, printer)")[0][-300:]
