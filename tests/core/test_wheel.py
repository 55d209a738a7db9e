"""The wheel carries resources/ and db/: build it, install it into a fresh venv, use it."""

import json
import os
import site
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("dist")
    proc = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out), str(ROOT)],
        capture_output=True, text=True, timeout=600,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    (path,) = out.glob("checkin-*.whl")
    return path


def test_wheel_contains_migrations_and_resources(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    assert "checkin/db/0001_initial.sql" in names
    assert any(n.startswith("checkin/resources/") for n in names)
    assert not any(n.startswith(("tests/", "bench/")) for n in names)
    sources = {str(p.relative_to(ROOT)) for p in (ROOT / "checkin").rglob("*.py")}
    assert sources <= set(names), f"missing from the wheel: {sorted(sources - set(names))}"
    shipped = {f"checkin/resources/{p.relative_to(ROOT / 'resources')}"
               for p in (ROOT / "resources").rglob("*") if p.is_file() and "__pycache__" not in p.parts}
    assert shipped <= set(names), f"missing from the wheel: {sorted(shipped - set(names))}"


def test_installed_wheel_runs_help_and_a_demo_import(wheel, tmp_path):
    venv = tmp_path / "venv"
    # Without PYTHONPATH: pointing at the source tree, it shows pip the checkin.egg-info that building
    # the wheel left there, and pip then calls checkin installed already and leaves the venv without it.
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH",)}
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    py = venv / "bin" / "python"
    subprocess.run([str(py), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)],
                   check=True, timeout=300, env=env)
    # Dependencies come from the test environment's site-packages (no network needed); the
    # editable checkin install there is not active, because .pth files in an added path are not run.
    target_site = Path(subprocess.check_output(
        [str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], text=True).strip())
    deps = {sysconfig.get_paths()["purelib"], *site.getsitepackages()}
    (target_site / "zz_test_deps.pth").write_text("\n".join(sorted(deps)) + "\n")

    env["CHECKIN_HOME"] = str(tmp_path / "home")
    cli = venv / "bin" / "checkin"
    where = subprocess.run([str(py), "-c", "import checkin, checkin.assets as a; "
                            "print(checkin.__file__); print(a.migrations_dir())"],
                           capture_output=True, text=True, cwd=tmp_path, env=env, timeout=60)
    assert str(venv) in where.stdout, where.stdout + where.stderr   # the wheel, not the source tree

    help_text = subprocess.run([str(cli), "--help"], capture_output=True, text=True, cwd=tmp_path, env=env,
                               timeout=60)
    assert help_text.returncode == 0 and "usage: checkin" in help_text.stdout

    db = tmp_path / "demo.db"
    demo = subprocess.run([str(cli), "--db", str(db), "demo", "--attendees", "30", "--json"],
                          capture_output=True, text=True, cwd=tmp_path, env=env, timeout=120)
    assert demo.returncode == 0, demo.stderr
    assert json.loads(demo.stdout)["registered"] == 30

    export = tmp_path / "anmeldungen.csv"
    subprocess.run([str(py), "-c", f"from checkin.demo import write_registrations; "
                    f"write_registrations({str(export)!r}, 25, 'excel-csv', seed=3)"],
                   check=True, cwd=tmp_path, env=env, timeout=60)
    imported = subprocess.run([str(cli), "--db", str(tmp_path / "imported.db"), "import", str(export), "--json"],
                              capture_output=True, text=True, cwd=tmp_path, env=env, timeout=120)
    assert imported.returncode == 0, imported.stderr
    assert json.loads(imported.stdout)["added"] == 25
