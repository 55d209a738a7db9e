"""Badge preview and printing: the print dialog at 100 %, save as PDF, print on check-in.

The desk calls three small functions:

* :func:`print_badges` — render badges and print them (with the system print
  dialog, or straight to the default printer with ``ask=False``); only a job
  that was handed to the printer without error is written to the print log,
  so a cancelled or failed job leaves "not yet printed" as it was;
* :func:`print_on_check_in` — print a person's badge after check-in, once, if
  this station has the option switched on;
* :func:`reprint` — print a badge again on demand (logged as a reprint).

:class:`BadgePreviewDialog` shows the pages, lets staff choose the stock,
skip used labels, print or save as PDF. :class:`DeskBadges` gives the desk
its "Reprint badge" button and printing on check-in; :class:`BadgeMenu` is
the main window's Badges menu (print badges, print on check-in at this desk).

Printing puts each PDF page on a printer page of exactly the layout's size in
millimetres, rendered at the printer's resolution (capped at 300 dpi) with
full-page mode on: physical size, no scaling, no margins added.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QBuffer, QByteArray, QCoreApplication, QEvent, QIODevice, QMarginsF, QObject, QRect, QSize, QSizeF, Qt, QTimer,
)
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPainter, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QMenu, QMessageBox, QPushButton,
    QScrollArea, QSpinBox, QVBoxLayout, QWidget,
)

from checkin import badges
from checkin.atomic import written_atomically
from checkin.layouts import Layout, all_layouts
from checkin.store import EventStore, StoreError
from checkin.ui import i18n
from checkin.ui.attendee_model import local_time
from checkin.ui import file_access

MAX_DPI = 300
PREVIEW_PAGES = 6


# -- printing --------------------------------------------------------------------------------

def setup_printer(printer: QPrinter, layout: Layout) -> None:
    """Give ``printer`` the layout's page size, full page (no margins), at most 300 dpi output."""
    width, height = layout.page_width_mm, layout.page_height_mm
    size = QPageSize(QSizeF(min(width, height), max(width, height)), QPageSize.Unit.Millimeter,
                     layout.name, QPageSize.SizeMatchPolicy.FuzzyMatch)
    orientation = QPageLayout.Orientation.Landscape if width > height else QPageLayout.Orientation.Portrait
    printer.setFullPage(True)
    printer.setPageLayout(QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter))
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
        printer.setResolution(MAX_DPI)


def print_pdf(printer: QPrinter, pdf: bytes, layout: Layout) -> bool:
    """Print the badge PDF on ``printer`` at physical size. ``True`` if the job went out."""
    document = QPdfDocument()
    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
        return False
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        dpi = printer.resolution()
        target = QRect(0, 0, round(layout.page_width_mm / 25.4 * dpi), round(layout.page_height_mm / 25.4 * dpi))
        scale = min(1.0, MAX_DPI / dpi)
        pixels = QSize(round(target.width() * scale), round(target.height() * scale))
        for page in range(document.pageCount()):
            if page and not printer.newPage():
                return False
            image = document.render(page, pixels)
            if image.isNull():
                return False
            painter.drawImage(target, image)
    finally:
        painter.end()
    return printer.printerState() not in (QPrinter.PrinterState.Error, QPrinter.PrinterState.Aborted)


def ask_printer(parent, printer: QPrinter) -> bool:
    """The system print dialog; ``False`` if cancelled. Tests patch this function."""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("BadgePrint", "Print badges"))
    return dialog.exec() == QDialog.DialogCode.Accepted


def show_problem(parent, message: str) -> None:
    """Tell staff a print did not happen. Tests patch this function."""
    QMessageBox.warning(parent, QCoreApplication.translate("BadgePrint", "Badges"), message)


def print_badges(parent, store: EventStore, attendee_ids: list[int], station: str, *, ask: bool = True,
                 reason: str = "bulk", layout: str | None = None, skip: int = 0,
                 printer: QPrinter | None = None) -> bool:
    """Print the badges of ``attendee_ids`` and log them; ``True`` if printed.

    With ``ask=True`` the system print dialog opens first; otherwise the
    default (or given) printer is used. Nothing is logged when the dialog is
    cancelled or the job fails.
    """
    try:
        options = badges.options_for(store, layout, skip=skip)
        people = store.attendees_by_ids(list(attendee_ids))
        if not people:
            return False
        pdf = badges.render_bytes(people, options)
    except StoreError as exc:
        show_problem(parent, str(exc))
        return False
    if printer is None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    setup_printer(printer, options.layout)
    if ask:
        try:
            with file_access.event_released():  # the dialog's output-file field reads the folder
                if not ask_printer(parent, printer):
                    return False
        except file_access.EventLost:
            return False
    setup_printer(printer, options.layout)  # the dialog may have changed the paper
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        printed = print_pdf(printer, pdf, options.layout)
    finally:
        QGuiApplication.restoreOverrideCursor()
    if not printed:
        show_problem(parent, QCoreApplication.translate(
            "BadgePrint", "The badges were not printed. Check the printer and try again."))
        return False
    badges.record_prints(store, [a.id for a in people], station, options.layout.name, reason)
    return True


def print_on_check_in(parent, store: EventStore, attendee_id: int, station: str, **kwargs) -> bool:
    """After a check-in: print the person's badge if this station prints on check-in and the
    badge was never printed, or only before a change of what it shows. ``True`` if a badge was printed."""
    if not badges.prints_on_check_in(store, station) or badges.is_printed(store, attendee_id):
        return False
    return print_badges(parent, store, [attendee_id], station, ask=False, reason="check_in", **kwargs)


def reprint(parent, store: EventStore, attendee_id: int, station: str, **kwargs) -> bool:
    """Print one person's badge again, through the print dialog; logged as a reprint."""
    kwargs.setdefault("ask", True)
    return print_badges(parent, store, [attendee_id], station, reason="reprint", **kwargs)


# -- the preview dialog ----------------------------------------------------------------------

class BadgePreviewDialog(QDialog):
    """Preview badges on the chosen stock, then print them or save them as a PDF.

    With ``attendee_ids=None`` (the menu's "Print badges…") staff choose whom:
    everyone, not yet printed, or checked in, sorted by name or organisation.
    """

    WHO = ("all", "not_printed", "checked_in")

    def __init__(self, store: EventStore, attendee_ids: list[int] | None, station: str,
                 parent: QWidget | None = None, search: tuple[str, list[int]] | None = None):
        """``search``: the desk's query and the ids it finds, offered (and preselected) as
        "Search results", so the badges of some people (a workshop, an organisation, the
        speakers) can be printed together."""
        super().__init__(parent)
        self.store = store
        self.fixed_ids = None if attendee_ids is None else list(attendee_ids)
        self.attendee_ids: list[int] = []
        self.station = station
        self.search = search if search and search[0] else None
        self.who_box = QComboBox()
        self.order_box = QComboBox()
        for key in self.WHO + (("search",) if self.search else ()):
            self.who_box.addItem("", key)
        if self.search:
            self.who_box.setCurrentIndex(self.who_box.findData("search"))
        for key in ("name", "organisation"):
            self.order_box.addItem("", key)
        self.pdf = b""
        self.printed = False

        self.layout_box = QComboBox()
        self._layouts = all_layouts(strict=False)
        current = store.setting(badges.SETTING_LAYOUT) or badges.DEFAULT_LAYOUT
        for item in self._layouts:
            self.layout_box.addItem("", item.name)
        self.layout_box.setCurrentIndex(max(0, self.layout_box.findData(current)))
        self.skip_box = QSpinBox()
        self.count_label = QLabel()
        self.font_warning = QLabel()  # badges with letters no font on this computer has
        self.font_warning.setWordWrap(True)
        self.font_warning.hide()
        self.pages = QVBoxLayout()
        holder = QWidget()
        holder.setLayout(self.pages)
        self.scroll = QScrollArea()
        self.scroll.setWidget(holder)
        self.scroll.setWidgetResizable(True)
        self.scroll.setMinimumSize(320, 160)  # on a small screen the preview scrolls
        self.layout_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.layout_box.setMinimumContentsLength(24)  # long stock names are cut, not the dialog

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = QPushButton()
        self.save_button = QPushButton()
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_now)
        self.save_button.clicked.connect(self.save_as)

        self.layout_label, self.skip_label = QLabel(), QLabel()
        self.who_label, self.order_label = QLabel(), QLabel()
        for label, field in ((self.layout_label, self.layout_box), (self.skip_label, self.skip_box),
                             (self.who_label, self.who_box), (self.order_label, self.order_box)):
            label.setBuddy(field)  # Alt+letter goes to the field
        self.form = QFormLayout()
        if self.fixed_ids is None:
            self.form.addRow(self.who_label, self.who_box)
            self.form.addRow(self.order_label, self.order_box)
        else:
            self.who_box.hide()
            self.order_box.hide()
        self.form.addRow(self.layout_label, self.layout_box)
        self.form.addRow(self.skip_label, self.skip_box)
        box = QVBoxLayout(self)
        box.addLayout(self.form)
        box.addWidget(self.count_label)
        box.addWidget(self.font_warning)
        box.addWidget(self.scroll)
        box.addWidget(self.buttons)
        self.print_button.setDefault(True)  # Enter prints, Esc closes (once the button is in the dialog)
        self.retranslate()
        self.resize(620, 860)  # as large as the screen allows (screen_fit), the preview at full size
        self.layout_box.currentIndexChanged.connect(self.refresh)
        self.skip_box.valueChanged.connect(self.refresh)
        self.who_box.currentIndexChanged.connect(self.refresh)
        self.order_box.currentIndexChanged.connect(self.refresh)
        self.refresh()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Print badges"))
        self.who_label.setText(self.tr("Badges &for:"))
        self.order_label.setText(self.tr("&Order:"))
        for index, text in enumerate((self.tr("Everyone"), self.tr("Not yet printed"), self.tr("Checked in"))):
            self.who_box.setItemText(index, text)
        if self.search:
            self.who_box.setItemText(len(self.WHO), self.tr("Search results for “{query}”").format(
                query=self.search[0]))
        self.order_box.setItemText(0, self.tr("Last name"))
        self.order_box.setItemText(1, self.tr("Organisation"))
        self.layout_label.setText(self.tr("Badge s&tock:"))
        for index, item in enumerate(self._layouts):
            self.layout_box.setItemText(index, f"{item.name} — {item.title_in(i18n.current())}")
        self.skip_label.setText(self.tr("&Labels already used:"))
        self.print_button.setText(self.tr("&Print…"))
        self.save_button.setText(self.tr("&Save as PDF…"))

    def layout_name(self) -> str:
        return self.layout_box.currentData()

    def refresh(self) -> None:
        """Render the badges on the chosen stock and show the first pages."""
        layout = next(item for item in self._layouts if item.name == self.layout_name())
        self.skip_box.setMaximum(layout.badges_per_page - 1)
        self.skip_box.setEnabled(layout.badges_per_page > 1)
        if self.fixed_ids is None:
            who = self.who_box.currentData()
            people = badges.select_attendees(self.store, not_printed=who == "not_printed",
                                             checked_in=who == "checked_in",
                                             sort=self.order_box.currentData(),
                                             ids=self.search[1] if who == "search" else None)
        else:
            people = self.store.attendees_by_ids(self.fixed_ids)
        self.attendee_ids = [a.id for a in people]
        try:
            options = badges.options_for(self.store, layout.name, skip=self.skip_box.value())
            self.pdf = badges.render_bytes(people, options)
        except StoreError as exc:
            self.pdf = b""
            self.count_label.setText(str(exc))
            self.print_button.setEnabled(False)
            self.save_button.setEnabled(False)
            return
        while self.pages.count():
            widget = self.pages.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        document = QPdfDocument(self)
        data = QByteArray(self.pdf)
        buffer = QBuffer(data, self)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document.load(buffer)
        count = document.pageCount()
        self.count_label.setText(self.tr("%n badge(s)", "", len(people)) + " · "
                                 + self.tr("%n page(s)", "", count))
        self._warn_of_missing_letters(people)
        for page in range(min(count, PREVIEW_PAGES)):
            size = document.pagePointSize(page).toSize()
            scale = 420 / max(size.width(), size.height())
            image = document.render(page, QSize(round(size.width() * scale), round(size.height() * scale)))
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setFrameShape(QLabel.Shape.Box)
            self.pages.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
        document.close()
        self.print_button.setEnabled(bool(people))
        self.save_button.setEnabled(bool(people))

    def _warn_of_missing_letters(self, people: list) -> None:
        """Name the badges that show letters no font on this computer has (as �), before they
        are printed: the organiser can install a font, the desk cannot."""
        found = badges.unprintable(people)
        self.font_warning.setVisible(bool(found))
        if not found:
            return
        names = "; ".join(f"{a.full_name} ({letters})" for a, letters in found[:5])
        if len(found) > 5:
            names += " " + self.tr("and %n more", "", len(found) - 5)
        self.font_warning.setText("⚠ " + self.tr(
            "%n badge(s) with letters no font on this computer has; they are printed as {mark}: {names}. "
            "Install a font for them (on Debian: fontconfig and fonts-noto-core), then start checkin "
            "again.", "", len(found)).format(names=names, mark="\ufffd"))

    @classmethod
    def ask(cls, parent, store: EventStore, attendee_ids: list[int] | None, station: str,
            search: tuple[str, list[int]] | None = None) -> bool:
        """Show the dialog; ``True`` if badges were printed. Tests patch this method."""
        dialog = cls(store, attendee_ids, station, parent, search=search)
        dialog.exec()
        return dialog.printed

    def print_now(self) -> None:
        if print_badges(self, self.store, self.attendee_ids, self.station, layout=self.layout_name(),
                        skip=self.skip_box.value()):
            self.printed = True
            self.accept()

    def save_as(self) -> None:
        suggested = self.store.path.parent / self.tr("badges.pdf")  # beside the event, as the exports
        path, _ = file_access.save_file_name(self, self.tr("Save badges as PDF"), str(suggested),
                                              self.tr("PDF files (*.pdf)"))
        if path and self.save_to(path):
            self.count_label.setText(self.count_label.text().split("\n")[0] + "\n"
                                     + self.tr("Saved as {path}").format(path=path))

    def save_to(self, path: str) -> bool:
        """Write the previewed PDF (saving is not printing: nothing is logged)."""
        try:
            with written_atomically(Path(path)) as part:  # a full disk keeps the old file whole
                part.write_bytes(self.pdf)
        except OSError as exc:
            show_problem(self, self.tr("Could not save {path}: {error}").format(path=path, error=exc.strerror))
            return False
        return True


# -- the desk and the main window ------------------------------------------------------------

class DeskBadges(QObject):
    """Badges at the desk: the card's "Reprint badge" button, and printing on check-in.

    The desk creates one (``self.badges = DeskBadges(self)``), puts
    ``reprint_button`` on the card, calls :meth:`show_attendee` when the card
    changes and :meth:`checked_in` after a first check-in.
    """

    def __init__(self, desk):
        super().__init__(desk)
        self.desk = desk
        self.attendee = None
        self.reprint_button = QPushButton()
        self.reprint_button.clicked.connect(self.reprint_current)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.retranslate()

    def retranslate(self) -> None:
        self.show_attendee(self.attendee)

    def _name_button(self, printed: bool) -> None:
        if printed:
            self.reprint_button.setText(self.tr("Re&print badge…"))
            self.reprint_button.setAccessibleName(self.tr("Print the selected attendee's badge again"))
        else:
            self.reprint_button.setText(self.tr("&Print badge…"))
            self.reprint_button.setAccessibleName(self.tr("Print the selected attendee's badge"))

    def show_attendee(self, attendee) -> None:
        """Follow the card: enable the button and say when and where the badge was printed."""
        self.attendee = attendee
        self.reprint_button.setEnabled(attendee is not None)
        store = self.desk.store
        if attendee is None or store is None:
            self.status_label.setText("")
            self._name_button(printed=False)
            return
        log = badges.print_log(store, attendee.id)
        current = bool(log) and badges.is_printed(store, attendee.id)
        self._name_button(printed=current)  # a badge printed before a change is printed, not reprinted
        if not log:
            self.status_label.setText(self.tr("Badge: not printed yet"))
            return
        last = log[-1]
        if current:
            text = self.tr("Badge: printed {time} at {desk} ({count}×)")
        else:
            text = self.tr("Badge out of date: printed {time} at {desk} ({count}×), before a change of name, "
                           "title, organisation or category")
        self.status_label.setText(text.format(time=local_time(last.at), desk=last.station, count=len(log)))

    def reprint_current(self) -> bool:
        desk = self.desk
        if desk.store is None or desk.current is None:
            return False
        done = reprint(desk, desk.store, desk.current.id, desk.station())
        self.show_attendee(desk.current)
        desk.window().activateWindow()
        desk.focus_search()
        return done

    def prints_here(self) -> bool:
        """Whether this desk prints every badge on check-in (see the Badges menu)."""
        store = self.desk.store
        return store is not None and badges.prints_on_check_in(store, self.desk.station())

    def print_walk_in(self, attendee) -> None:
        """A walk-in's first badge, through the print dialog (Enter prints, Esc skips), after
        the green banner is on screen; logged as printed on check-in."""
        desk = self.desk
        if desk.store is None:
            return
        store, station = desk.store, desk.station()

        def later() -> None:
            if desk.store is not store or store.is_released:  # the event was closed meanwhile
                return
            printed = print_badges(desk, store, [attendee.id], station, ask=True, reason="check_in")
            if printed and self.attendee is not None:
                self.show_attendee(self.attendee)
            desk.window().activateWindow()  # the keyboard comes back from the print dialog
            desk.focus_search()

        QTimer.singleShot(0, later)

    def checked_in(self, attendee) -> None:
        """After a first check-in: print the badge if this desk prints on check-in (once per person).

        Runs on the next event-loop turn, so the green banner is on screen first."""
        desk = self.desk
        if desk.store is None or attendee is None:
            return
        store, station = desk.store, desk.station()

        def later() -> None:
            if desk.store is not store or store.is_released:  # the event was closed meanwhile
                return
            if print_on_check_in(desk, store, attendee.id, station) and self.attendee is not None:
                self.show_attendee(self.attendee)

        QTimer.singleShot(0, later)


class BadgeMenu(QMenu):
    """The main window's Badges menu: "Print badges…" and "Print badge on check-in at this desk".

    ``window`` gives ``window.store`` (the open event or ``None``) and
    ``window.settings.station`` (this desk's name).
    """

    def __init__(self, window):
        super().__init__(window if isinstance(window, QWidget) else None)
        self.main_window = window
        self.print_action = self.addAction("")
        self.print_action.triggered.connect(self.print_badges)
        self.on_check_in_action = self.addAction("")
        self.on_check_in_action.setCheckable(True)
        self.on_check_in_action.toggled.connect(self._set_on_check_in)
        self.aboutToShow.connect(self.refresh)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.setTitle(self.tr("&Badges"))
        self.print_action.setText(self.tr("&Print badges…"))
        self.on_check_in_action.setText(self.tr("Print badge on &check-in at this desk"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _station(self) -> str:
        return self.main_window.settings.station

    def refresh(self) -> None:
        store = self.main_window.store
        self.print_action.setEnabled(store is not None)
        self.on_check_in_action.setEnabled(store is not None)
        self.on_check_in_action.blockSignals(True)
        self.on_check_in_action.setChecked(store is not None and badges.prints_on_check_in(store, self._station()))
        self.on_check_in_action.blockSignals(False)

    def _set_on_check_in(self, on: bool) -> None:
        if self.main_window.store is not None:
            badges.set_prints_on_check_in(self.main_window.store, self._station(), on)

    def print_badges(self) -> bool:
        store = self.main_window.store
        if store is None:
            return False
        desk = getattr(self.main_window, "desk", None)
        query = desk.search.text().strip() if desk is not None else ""
        if not query:
            return BadgePreviewDialog.ask(self.main_window, store, None, self._station())
        return BadgePreviewDialog.ask(self.main_window, store, None, self._station(),
                                      search=(query, store.search_ids(query, limit=None)))
