"""Help → Desk help (F1): what a volunteer needs at the desk, on one page, in the window's language.

The keys are read from the window's own actions, so the page names the shortcuts the menus
really have; the colours come from the banner. The window is not modal: it can stay open
beside the desk, and a badge scanned into it is checked in at once (see scanner.py).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

import checkin
from checkin.ui import banner as bn


def _keys(action: QAction) -> str:
    return action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)


def _plain(action: QAction) -> str:
    """An action's text without its mnemonic marker and trailing dots ("&Walk-in…" → "Walk-in")."""
    return action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…. ")


class HelpDialog(QDialog):
    """The desk's help page in a window of its own (not modal)."""

    def __init__(self, actions: list[QAction], parent: QWidget | None = None):
        super().__init__(parent)
        self.actions_shown = actions
        self.setModal(False)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.buttons)
        self.resize(640, 760)  # (kept on small screens by screen_fit)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Desk help"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.text.setHtml(self.page())

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def page(self) -> str:
        """The help page as HTML: the desk's jobs, its keys (from the window's actions), the colours."""
        rows = [
            (self.tr("Scan a badge"), self.tr("anywhere in the window, even with a dialog or a menu open")),
            (self.tr("Type a name"), self.tr("a few letters of first or last name, organisation or e-mail; "
                                             "Müller, Mueller and Muller all find Müller")),
            ("↑ ↓", self.tr("choose a person in the list")),
            (self.tr("Enter"), self.tr("check in the person chosen; on a blue note: noted")),
            (self.tr("Esc"), self.tr("clear the search; on a blue note: noted")),
        ]
        rows += [(_keys(action), _plain(action)) for action in self.actions_shown
                 if not action.shortcut().isEmpty()]
        states = [
            (bn.CHECKED_IN, self.tr("Checked in: the person may go in.")),
            (bn.ALREADY, self.tr("Already checked in: the banner says since when and at which desk.")),
            (bn.ATTENTION, self.tr("Checked in, please note: tell the person what the note says (speaker, "
                                   "press, accessibility), then press Enter.")),
            (bn.UNKNOWN, self.tr("Unknown badge, or not checked in: the banner says which and what to do "
                                 "(search by name, register a walk-in, scan again).")),
            (bn.UNDONE, self.tr("A check-in was undone; the log keeps both.")),
        ]
        sections = [
            (self.tr("At the desk"), self.tr("Scan the QR code on the badge or the confirmation, or type a "
                                             "name and press Enter. The large banner at the top says what "
                                             "happened, in colour, words and sound.")),
            (self.tr("Mistakes"), self.tr("Checked in the wrong person? Ctrl+Z undoes the last check-in made "
                                          "at this desk. To undo another, choose the person and press "
                                          "“Undo check-in…” on the card. Nothing is ever deleted: the log "
                                          "keeps every check-in and undo.")),
            (self.tr("If something goes wrong"), self.tr("Red “Not checked in”: nothing was saved; scan the "
                                                         "badge again in a moment. Every check-in the "
                                                         "banner showed in green is saved on this laptop, "
                                                         "also through a crash or a power cut.")),
        ]
        keys = "".join(f"<tr><td style='padding:3px 12px 3px 0'><b>{escape(key)}</b></td>"
                       f"<td style='padding:3px 0'>{escape(what)}</td></tr>" for key, what in rows)
        colours = "".join(
            f"<tr><td style='background:{bn.COLOURS[state][0]}; padding:3px 14px'>&nbsp;</td>"
            f"<td style='padding:3px 0 3px 10px'>{escape(text)}</td></tr>" for state, text in states)
        (desk, intro), mistakes, trouble = sections
        banner_title = self.tr("The banner")
        return (f"<h2>{escape(desk)}</h2><p>{escape(intro)}</p><table>{keys}</table>"
                f"<h3>{escape(banner_title)}</h3><table>{colours}</table>"
                + "".join(f"<h3>{escape(title)}</h3><p>{escape(text)}</p>" for title, text in (mistakes, trouble))
                + f"<p style='color:#555'>checkin {escape(checkin.__version__)}</p>")
