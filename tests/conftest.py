"""Shared fixtures: every test gets its own checkin home and fresh event databases.

Qt runs offscreen (no display needed); the window tests under Xvfb start
their own server.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from checkin import typeset
from checkin.demo import create_demo_event
from checkin.store import EventStore


@pytest.fixture(autouse=True)
def checkin_home(tmp_path_factory, monkeypatch):
    """Keep 'last event', logs and backups out of the user's real folders."""
    home = tmp_path_factory.mktemp("checkin_home")
    monkeypatch.setenv("CHECKIN_HOME", str(home))
    monkeypatch.delenv("CHECKIN_DB", raising=False)
    monkeypatch.setenv("CHECKIN_STATION", "Test-Desk")
    return home


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "event.db"


@pytest.fixture
def store(db_path):
    """A fresh, migrated, empty event database."""
    with EventStore.open(db_path, create=True, event_name="Testveranstaltung") as s:
        yield s


@pytest.fixture
def demo_store(db_path):
    """The demo event with 60 fictional attendees, nobody checked in."""
    with EventStore.open(db_path, create=True) as s:
        create_demo_event(s, attendees=60, seed=7)
        yield s


@pytest.fixture
def without_fontconfig(monkeypatch):
    """As on a computer where fontconfig finds no font for a letter."""
    monkeypatch.setattr(typeset, "_fontconfig_files", lambda code: [])
    monkeypatch.setattr(typeset, "_system_charmaps", {})
    typeset._system_font.cache_clear()
    typeset.runs.cache_clear()
    yield
    typeset._system_font.cache_clear()
    typeset.runs.cache_clear()
