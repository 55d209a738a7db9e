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

from contextlib import contextmanager, nullcontext
from typing import Iterator

from PySide6.QtWidgets import QFileDialog

_store = None  # the event the window has open (an EventStore), or None


def set_event_store(store) -> None:
    global _store
    _store = store


@contextmanager
def event_released() -> Iterator[None]:
    """The block runs with the open event's connection closed (see the module's docstring)."""
    store = _store
    with nullcontext() if store is None or store.is_released else store.released():
        yield


def open_file_name(*args, **kwargs) -> tuple[str, str]:
    """``QFileDialog.getOpenFileName`` with the event released."""
    with event_released():
        return QFileDialog.getOpenFileName(*args, **kwargs)


def save_file_name(*args, **kwargs) -> tuple[str, str]:
    """``QFileDialog.getSaveFileName`` with the event released."""
    with event_released():
        return QFileDialog.getSaveFileName(*args, **kwargs)
