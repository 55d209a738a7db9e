"""Guard against PySide6 6.12.0 on Python 3.11, which frees None and aborts the process.

Every setText() dropped one reference to None; after a few thousand calls the
interpreter died with "Fatal Python error: none_dealloc". pyproject.toml keeps
that release away from Python 3.11; this test proves the installed Qt survives
a morning's worth of label updates.
"""

import os
import subprocess
import sys

SCRIPT = """
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
before = sys.getrefcount(None)
for i in range(100_000):
    label.setText(str(i))
    label.setToolTip(None if i % 2 else "x")
print("ok", label.text())
"""


def test_100k_label_updates_exit_cleanly():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "none_dealloc" not in proc.stderr
    assert proc.stdout.strip() == "ok 99999"


def test_dependency_excludes_the_broken_release_on_311():
    import tomllib
    from pathlib import Path

    project = tomllib.loads((Path(__file__).parents[2] / "pyproject.toml").read_text())["project"]
    pins = [d for d in project["dependencies"] if d.lower().startswith("pyside6")]
    assert any("!=6.12.0" in d and "python_version < '3.12'" in d for d in pins)
    assert all("python_version" in d for d in pins)
