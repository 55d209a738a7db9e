"""Printing badges through a real CUPS queue (a private cupsd in a temporary folder).

The queue uses the CUPS-PDF PostScript driver with a ``file:`` device, so the
job runs through CUPS' real filter chain and lands in a file we can read back.
Skipped only when cupsd, lpadmin, the driver or Ghostscript are not installed.
"""

import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp
from reportlab.lib.units import mm

from checkin import badges
from checkin.store import EventStore

PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")
QUEUE = "checkin-test"
# cupsd and lpadmin live in /usr/sbin, which is on root's PATH only: for a user the test was skipped.
_PATH = os.pathsep.join([os.environ.get("PATH", ""), "/usr/sbin", "/sbin"])
CUPSD, LPADMIN = shutil.which("cupsd", path=_PATH), shutil.which("lpadmin", path=_PATH)
LPSTAT, PS2PDF = shutil.which("lpstat", path=_PATH), shutil.which("ps2pdf", path=_PATH)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not (CUPSD and LPADMIN and LPSTAT and PS2PDF and PPD.exists()),
                       reason="CUPS, its PDF driver or Ghostscript is not installed"),
]


def _wait(condition, seconds: float) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.1)
    return False


@pytest.fixture
def private_cups():
    """A cupsd of our own (own socket, spool and config) with one queue printing to a file.

    Its folder must be readable by CUPS' filter user, so it is not pytest's private tmp_path.
    """
    root = Path(tempfile.mkdtemp(prefix="checkin-cups-"))
    os.chmod(root, 0o755)
    for name in ("spool", "cache", "state", "tmp", "out"):
        (root / name).mkdir(parents=True)
    os.chmod(root / "tmp", 0o1777)
    os.chmod(root / "out", 0o777)
    socket = root / "cups.sock"
    (root / "cupsd.conf").write_text(textwrap.dedent(f"""\
        Listen {socket}
        LogLevel warn
        WebInterface No
        Browsing No
        <Location />
          Order allow,deny
          Allow all
        </Location>
        <Policy default>
          <Limit All>
            Order deny,allow
          </Limit>
        </Policy>
        """))
    (root / "cups-files.conf").write_text(textwrap.dedent(f"""\
        ServerRoot {root}
        RequestRoot {root}/spool
        CacheDir {root}/cache
        StateDir {root}/state
        TempDir {root}/tmp
        ErrorLog {root}/error_log
        AccessLog {root}/access_log
        PageLog {root}/page_log
        FileDevice Yes
        ServerBin /usr/lib/cups
        DataDir /usr/share/cups
        """))
    proc = subprocess.Popen([CUPSD, "-f", "-c", str(root / "cupsd.conf"),
                             "-s", str(root / "cups-files.conf")],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        if not _wait(socket.exists, 10):
            pytest.skip("the private cupsd did not start")
        output = root / "out" / "job.ps"
        subprocess.run([LPADMIN, "-h", str(socket), "-p", QUEUE, "-v", f"file://{output}", "-E",
                        "-P", str(PPD)], check=True, capture_output=True, timeout=30)
        yield socket, output
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        shutil.rmtree(root, ignore_errors=True)


def test_badges_print_through_cups_at_their_size(private_cups, demo_store, db_path, tmp_path):
    socket, output = private_cups
    people = list(demo_store.all_attendees(order="id"))[:3]
    script = textwrap.dedent(f"""\
        from PySide6.QtWidgets import QApplication
        from PySide6.QtPrintSupport import QPrinter
        from checkin.store import EventStore
        from checkin.ui import badge_print
        app = QApplication([])
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPrinterName({QUEUE!r})
        assert printer.isValid()
        with EventStore.open({str(db_path)!r}) as store:
            ok = badge_print.print_badges(None, store, {[a.id for a in people]!r}, "Desk 3", ask=False,
                                          layout="a6", printer=printer)
        print("printed" if ok else "failed")
        """)
    env = dict(os.environ, CUPS_SERVER=str(socket), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120)
    assert result.stdout.strip().endswith("printed"), result.stderr

    def done():
        jobs = subprocess.run([LPSTAT, "-h", str(socket), "-o"], capture_output=True, text=True)
        return output.exists() and output.stat().st_size > 0 and not jobs.stdout.strip()

    assert _wait(done, 30), (socket.parent / "error_log").read_text(errors="replace")[-2000:]
    pdf_path = tmp_path / "from-cups.pdf"
    subprocess.run([PS2PDF, str(output), str(pdf_path)], check=True, timeout=60)
    document = pdfium.PdfDocument(pdf_path)
    assert len(document) == 3
    decoded = []
    for page in document:
        width, height = page.get_size()
        assert abs(width / mm - 105) < 1 and abs(height / mm - 148) < 1  # A6, not A4 or Letter
        decoded += [code.text for code in zxingcpp.read_barcodes(page.render(scale=300 / 72).to_pil())]
    assert decoded == [a.code for a in people]
    with EventStore.open(db_path) as store:
        assert [(e.station, e.layout) for e in badges.print_log(store)] == [("Desk 3", "a6")] * 3
