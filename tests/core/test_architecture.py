"""House rules that keep the core usable without a window."""

import pkgutil
import re
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


# The Debian package (from dev.sh's APT_PACKAGES) that brings each program the code or the tests
# run; None: it comes with the Python packages. A program missing here fails the test below, so
# a new one is added to dev.sh too: a fresh Debian lacked fc-list, and badges printed Hebrew and
# Thai names as replacement marks while this machine, which had it, passed every test.
PROGRAM_PACKAGES = {
    "fc-list": "fontconfig",
    "pdftotext": "poppler-utils", "pdftoppm": "poppler-utils", "pdffonts": "poppler-utils",
    "Xvfb": "xvfb", "xdotool": "xdotool",
    "cupsd": "cups", "lpadmin": "cups", "lpstat": "cups", "ps2pdf": "printer-driver-cups-pdf",
    "pyside6-lrelease": None, "pyside6-lupdate": None,
}


def test_dev_sh_installs_every_program_the_code_and_the_tests_run():
    root = Path(checkin.__file__).parents[1]
    setup = (root / "dev.sh").read_text(encoding="utf-8")
    apt = set(re.search(r"APT_PACKAGES=\((.*?)\)", setup, re.DOTALL).group(1).split())
    run = re.compile(r"""(?:which\(|(?:run|Popen|check_output|check_call|call)\(\s*\[)["']([A-Za-z][\w.-]*)["']""")
    programs = {name for folder in ("checkin", "tests", "bench") for path in (root / folder).rglob("*.py")
                for name in run.findall(path.read_text(encoding="utf-8"))}
    assert {"fc-list", "pdftotext", "xdotool"} <= programs  # the search itself works
    unknown = programs - set(PROGRAM_PACKAGES) - {"checkin", "git"}  # (a venv's own, and the clone's)
    assert not unknown, f"programs run by the code or tests: add them to PROGRAM_PACKAGES and dev.sh: {unknown}"
    missing = {p: pkg for p, pkg in PROGRAM_PACKAGES.items() if pkg is not None and pkg not in apt}
    assert not missing, f"dev.sh does not install: {missing}"
