"""Screenshots of the desk in every banner state, German and English, for people to look at.

Written to ``screenshots/`` in the repository root (gitignored). Each test also
checks the banner's colour in the picture, so a state that renders wrongly fails.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor

from checkin.ui import banner as bn
from checkin.ui import desk as desk_module
from conftest import scan_keys

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"


def produce(state, window, plain, noted, monkeypatch):
    desk = window.desk
    if state == bn.CHECKED_IN:
        scan_keys(desk.search, plain[0].code)
    elif state == bn.ALREADY:
        scan_keys(desk.search, plain[0].code)
        monkeypatch.setattr(desk_module, "DOUBLE_SEND_SECONDS", 0.0)
        scan_keys(desk.search, plain[0].code)
    elif state == bn.UNKNOWN:
        scan_keys(desk.search, "https://example.org/badge/XK7Q-0000")
    elif state == bn.ATTENTION:
        scan_keys(desk.search, noted[0].code)
    elif state == bn.UNDONE:  # an undo is not the grey "Ready": it has a colour and icon of its own
        scan_keys(desk.search, plain[0].code)
        desk.undo_last()
    else:
        desk.search.setText(plain[1].last_name)


@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize("state", [bn.CHECKED_IN, bn.ALREADY, bn.UNKNOWN, bn.ATTENTION, bn.UNDONE, bn.IDLE])
def test_screenshot_of_each_banner_state(window, plain, noted, monkeypatch, qtbot, language, state):
    window.apply_settings({"station": "Empfang 1", "language": language, "sounds": False, "text_size": 11})
    window.resize(1180, 720)
    produce(state, window, plain, noted, monkeypatch)
    assert window.desk.banner.state == state
    qtbot.wait(20)
    image = window.grab().toImage()
    SCREENSHOTS.mkdir(exist_ok=True)
    target = SCREENSHOTS / f"desk_{language}_{state}.png"
    assert image.save(str(target))
    banner = window.desk.banner
    corner = banner.mapTo(window, banner.rect().topLeft())
    pixel = image.pixelColor(corner.x() + banner.width() // 2, corner.y() + 4)
    expected = QColor(bn.COLOURS[state][0])
    assert abs(pixel.red() - expected.red()) + abs(pixel.green() - expected.green()) \
        + abs(pixel.blue() - expected.blue()) < 30, (pixel.name(), expected.name())


@pytest.mark.parametrize("language", ["de", "en"])
def test_screenshot_of_the_start_screen(qtbot, restore_app_state, db_path, demo_store, language):
    from checkin import paths
    from checkin.ui.app import create_window
    from checkin.ui.settings import Settings

    paths.add_recent_event(db_path)
    (paths.data_dir() / "last_event").unlink()
    settings = Settings()
    settings.language = language
    window = create_window(None, settings)
    qtbot.addWidget(window)
    window.resize(900, 600)
    window.show()
    qtbot.waitExposed(window)
    assert window.start.recent.count() == 1
    SCREENSHOTS.mkdir(exist_ok=True)
    assert window.grab().save(str(SCREENSHOTS / f"start_{language}.png"))
    window.close()
