"""File and print dialogs that cannot cost the desk its check-ins.

SQLite guards the event file with POSIX locks, and POSIX drops *all* of a process's locks
on a file as soon as *any* descriptor on it is closed. Qt's own file and print dialogs
open the files of the folder they show to tell their type (the event file, its -wal and
-shm among them), and a desktop's native dialog may do the same inside this process.
Another program that then closes the event (a second window, ``checkin stats``) takes the
file for unused and deletes its WAL under the desk, whose later check-ins are lost.

So while such a dialog is open, the open event's connection is closed
(:meth:`checkin.store.EventStore.released`) and opened again afterwards. The main window
says which event is open with :func:`set_event_store`; every file or print dialog in
``checkin/ui`` goes through this module.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from checkin.store import StoreError

_store = None  # the event the window has open (an EventStore), or None
_on_lost: Callable[[str], None] | None = None


class EventLost(Exception):
    """The event could not be opened again after the dialog (its file went away meanwhile);
    ``on_lost`` has been told. Callers take it as a cancelled dialog."""


def set_event_store(store, on_lost: Callable[[str], None] | None = None) -> None:
    """Say which event the window has open, and what to call (with the reason) if it cannot
    be opened again after a dialog."""
    global _store, _on_lost
    _store, _on_lost = store, on_lost


@contextmanager
def event_released() -> Iterator[None]:
    """The block runs with the open event's connection closed (see the module's docstring).

    If the event cannot be opened again afterwards (moved or deleted meanwhile: everything
    up to the dialog is in that file), ``on_lost`` is told and :class:`EventLost` raised."""
    store = _store
    if store is None or store.is_released:
        yield
        return
    try:
        with store.released():
            yield
    except StoreError as exc:
        if not store.is_released:
            raise
        if _on_lost is not None:
            _on_lost(str(exc))
        raise EventLost(str(exc)) from None


def _file_name(ask: Callable[..., tuple[str, str]], *args, **kwargs) -> tuple[str, str]:
    """What the file dialog ``ask`` returns, asked with the event released; nothing chosen if
    the event is lost meanwhile."""
    try:
        with event_released():
            return ask(*args, **kwargs)
    except EventLost:
        return "", ""


def open_file_name(*args, **kwargs) -> tuple[str, str]:
    """``QFileDialog.getOpenFileName`` with the event released (see :func:`_file_name`)."""
    return _file_name(QFileDialog.getOpenFileName, *args, **kwargs)


def save_file_name(*args, **kwargs) -> tuple[str, str]:
    """``QFileDialog.getSaveFileName`` with the event released (see :func:`_file_name`). A name
    typed without an ending gets the one of the chosen filter ("badges" → "badges.pdf"): Qt's
    own dialog adds none, and the file would open in nothing by a double click."""
    path, chosen = _file_name(QFileDialog.getSaveFileName, *args, **kwargs)
    ending = re.search(r"\*(\.\w+)", chosen or (args[3] if len(args) > 3 else kwargs.get("filter", "")))
    if path and ending and not Path(path).suffix:
        path += ending.group(1)
        if Path(path).exists():  # the dialog asked about the name as typed, not about this one
            parent = args[0] if args else kwargs.get("parent")
            answer = QMessageBox.question(
                parent, QCoreApplication.translate("FileAccess", "Replace the file?"),
                QCoreApplication.translate("FileAccess", "{name} exists already. Replace it?").format(
                    name=Path(path).name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return "", ""
    return path, chosen
