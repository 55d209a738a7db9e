"""The real app in a real X window: a scanner (xdotool typing fast) checks a person in.

Starts its own Xvfb (skipped only if Xvfb or xdotool are missing), runs
``python -m checkin --db FILE`` on the xcb platform, types the code as a scanner
would and polls the SQLite file until the check-in is there. A screenshot of the
X screen is saved to ``screenshots/xvfb_scan.png`` by a second Qt process.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from checkin.store import EventStore

pytestmark = [pytest.mark.xvfb, pytest.mark.slow]

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
GRAB = ("import sys\nfrom PySide6.QtGui import QGuiApplication\napp = QGuiApplication([])\n"
        "sys.exit(0 if app.primaryScreen().grabWindow(0).save(sys.argv[1]) else 1)\n")


@pytest.fixture
def xvfb():
    if not shutil.which("Xvfb") or not shutil.which("xdotool"):
        pytest.skip("Xvfb and xdotool are needed (apt install xvfb xdotool)")
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24",
                               "-nolisten", "tcp"], pass_fds=(write_fd,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as f:
            number = f.readline().strip()  # Xvfb writes its display number once it is ready
        assert number, "Xvfb did not start"
        yield f":{number}"
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=10)


def checked_in(db_path, attendee_id) -> bool:
    with EventStore.open(db_path) as s:
        return s.attendee(attendee_id).checked_in


def test_a_scanner_checks_in_through_the_real_window(xvfb, demo_store, db_path, checkin_home, tmp_path):
    from checkin.ui.desk import needs_attention

    person = [a for a in demo_store.search("", limit=None) if not needs_attention(a)][9]  # not the top row
    env = {**os.environ, "DISPLAY": xvfb, "QT_QPA_PLATFORM": "xcb", "CHECKIN_HOME": str(checkin_home)}
    app_log = tmp_path / "app.log"
    with app_log.open("w") as log:
        app = subprocess.Popen([sys.executable, "-m", "checkin", "--db", str(db_path)], env=env,
                               stdout=log, stderr=subprocess.STDOUT)
    try:
        found = subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--name", "checkin"],
                               env=env, capture_output=True, text=True, timeout=60)
        assert found.returncode == 0, app_log.read_text()
        window = found.stdout.split()[0]
        subprocess.run(["xdotool", "mousemove", "--window", window, "300", "300"], env=env, timeout=10)
        subprocess.run(["xdotool", "windowfocus", "--sync", window], env=env, timeout=10)
        time.sleep(0.5)  # the window takes the focus and the search field is ready
        # The volunteer left the focus in the result list (Tab), where the first name is highlighted.
        subprocess.run(["xdotool", "key", "Tab"], env=env, check=True, timeout=10)
        time.sleep(0.3)
        # One key a character, as a USB scanner sends them: Shift pressed around each capital.
        subprocess.run(["xdotool", "key", "--delay", "8", *person.code, "Return"], env=env, check=True,
                       timeout=30)
        deadline = time.monotonic() + 20
        while not checked_in(db_path, person.id) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert checked_in(db_path, person.id), app_log.read_text()
        with EventStore.open(db_path) as s:
            assert s.stats()["checked_in"] == 1  # the scanned person, nobody the list had highlighted
        time.sleep(0.3)  # let the banner paint
        SCREENSHOTS.mkdir(exist_ok=True)
        shot = SCREENSHOTS / "xvfb_scan.png"
        grabbed = subprocess.run([sys.executable, "-c", GRAB, str(shot)], env=env, capture_output=True,
                                 text=True, timeout=60)
        assert grabbed.returncode == 0 and shot.stat().st_size > 10_000, grabbed.stderr
        with EventStore.open(db_path) as s:
            assert [e.kind for e in s.log(person.id)] == ["check_in"]
            assert s.attendee(person.id).station == "Test-Desk"
    finally:
        app.terminate()
        try:
            app.wait(timeout=10)
        except subprocess.TimeoutExpired:
            app.kill()
