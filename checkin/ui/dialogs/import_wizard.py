"""The import wizard: a registration list (CSV or XLSX) into the open event, in four pages.

1. *File*: choose the file (or get it from the caller); it is read in the background.
2. *Columns*: the detected encoding, delimiter and sheet, one combo box per attendee
   field saying which column feeds it, a preview of the first rows, and (only when the
   organiser asks: data minimisation) other columns to keep as they are.
3. *Check*: a dry run in the background lists every problem by row and column and
   what the import would do (added, updated, unchanged, missing); "skip invalid rows".
4. *Import*: the real import in the background, with progress and cancel.

The window never blocks: reading, checking and importing run through
:func:`checkin.ui.tasks.run_in_background`, each job opening its own connection
to the event database. The core work is :mod:`checkin.importer`'s.

    report = ImportWizard.ask(window, db_path)   # ImportReport, or None if nothing was imported
"""

from __future__ import annotations

from html import escape
import time
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QCheckBox, QComboBox, QFrame, QGridLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QMenu, QProgressBar, QPushButton, QScrollArea, QSplitter, QTableView,
    QToolButton,
    QVBoxLayout, QWidget, QWizard, QWizardPage,
)

from checkin.domain import ATTENDEE_FIELDS
from checkin.store import EventStore
from checkin.ui.dialogs.import_models import PreviewModel, ProblemModel, field_label, problem_text
from checkin.ui.tasks import Cancelled, Task, run_in_background
from checkin.ui import file_access

PREVIEW_ROWS = 20
TYPING_PAUSE_MS = 500  # a path typed into the file field is read after this pause
_PROGRESS_INTERVAL = 0.05  # seconds between progress signals: a 100,000-row file must not flood the UI
_ERROR_STYLE = "color: #b00020;"
WRAPPED_PROBLEMS = 200  # up to this many, a long problem (a name now someone else's) wraps onto more lines


# -- the background jobs (no widgets in here) ---------------------------------------------------

def _throttled(progress, interval: float = _PROGRESS_INTERVAL):
    last = [0.0]

    def report(done: int, total: int) -> None:
        now = time.monotonic()
        if done >= total or now - last[0] >= interval:
            last[0] = now
            progress(int(done), int(total))
    return report


def read_job(path: Path, sheet: str | None, *, progress, cancelled):
    """Read the file and guess its mapping: ``(table, mapping)``."""
    from checkin import importer

    table = importer.read_table(path, sheet=sheet)
    return table, dict(importer.guess_mapping(table.headers))


def import_job(db_path: Path, table, mapping: dict, *, dry_run: bool, skip_invalid: bool,
               keep: tuple[str, ...] = (), progress, cancelled):
    """Run :func:`checkin.importer.import_table` on a connection of this thread's own."""
    from checkin import importer

    with EventStore.open(db_path) as store:
        try:
            report = importer.import_table(store, table, mapping, dry_run=dry_run, skip_invalid=skip_invalid,
                                           keep=keep, progress=_throttled(progress), cancel=cancelled)
        except Exception:
            if cancelled():
                raise Cancelled() from None
            raise
    if getattr(report, "cancelled", False) or (dry_run and cancelled()):
        raise Cancelled()
    return report


def _count(value) -> int:
    """Report counts may be numbers or lists of people."""
    if value is None:
        return 0
    return value if isinstance(value, int) else len(value)


_ENCODINGS = {
    "cp1252": QT_TRANSLATE_NOOP("ImportWizard", "Windows-1252 (German Excel)"),
    "utf-8-sig": QT_TRANSLATE_NOOP("ImportWizard", "UTF-8 with BOM"),
    "utf-8": QT_TRANSLATE_NOOP("ImportWizard", "UTF-8"),
}
_ENCODING_ALIASES = {"windows-1252": "cp1252", "utf8": "utf-8", "utf-8-bom": "utf-8-sig"}
_DELIMITERS = {
    ";": QT_TRANSLATE_NOOP("ImportWizard", "semicolon (;)"),
    ",": QT_TRANSLATE_NOOP("ImportWizard", "comma (,)"),
    "\t": QT_TRANSLATE_NOOP("ImportWizard", "tab"),
    "|": QT_TRANSLATE_NOOP("ImportWizard", "vertical bar (|)"),
}


def encoding_label(encoding: str | None) -> str:
    """``cp1252`` → ``Windows-1252 (German Excel)``; ``None`` (XLSX) → ``—``."""
    if not encoding:
        return "—"
    key = encoding.lower().replace("_", "-")
    key = _ENCODING_ALIASES.get(key, key)
    return QCoreApplication.translate("ImportWizard", _ENCODINGS[key]) if key in _ENCODINGS else encoding


def delimiter_label(delimiter: str | None) -> str:
    """``;`` → ``semicolon (;)``; ``None`` (XLSX) → ``—``."""
    if not delimiter:
        return "—"
    if delimiter in _DELIMITERS:
        return QCoreApplication.translate("ImportWizard", _DELIMITERS[delimiter])
    return repr(delimiter)


class _Watcher(QObject):
    """Calls ``callback(task)`` once on the UI thread when ``task`` has ended.

    Also when the job ended before anybody connected to its signals (a small
    file reads in a millisecond): then the outcome is taken from the task.
    """

    def __init__(self, task: Task, callback, parent: QObject):
        super().__init__(parent)
        self._task, self._callback, self._fired = task, callback, False
        task.finished.connect(self._finished)
        task.failed.connect(self._failed)
        if task.is_done():
            QTimer.singleShot(0, self._fire)

    def _finished(self, _result) -> None:
        self._fire()

    def _failed(self, _message: str) -> None:
        self._fire()

    def _fire(self) -> None:
        if not self._fired:
            self._fired = True
            self._callback(self._task)
            self.deleteLater()


def watch(task: Task, callback, parent: QObject) -> Task:
    """Have ``callback(task)`` called on the UI thread when ``task`` ends; see :func:`outcome`."""
    _Watcher(task, callback, parent)
    return task


def outcome(task: Task) -> tuple[bool, object]:
    """``(True, result)`` for a job that finished, ``(False, message)`` for one that failed
    (``message`` is ``""`` when it stopped because it was cancelled)."""
    if task.error:
        return False, task.error
    if task.result is None:
        return False, ""
    return True, task.result


# -- the pages -------------------------------------------------------------------------------------

class FilePage(QWizardPage):
    """Page 1: which file. Reading starts as soon as a path is set; Next waits for it."""

    def __init__(self, wizard: "ImportWizard"):
        super().__init__()
        self._wizard = wizard
        self.path_edit = QLineEdit()
        self.browse_button = QPushButton()
        self.path_label = QLabel()
        self.path_label.setBuddy(self.path_edit)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)

        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint_label)
        layout.addSpacing(8)
        layout.addWidget(self.path_label)
        layout.addLayout(row)
        layout.addWidget(self.status_label)
        layout.addStretch(1)

        # A typed path is read once typing pauses at an existing file, not only on Enter: Next
        # (Alt+N) stayed grey, and its Alt+N typed an "n" into the path instead.
        self.typing_pause = QTimer(self)
        self.typing_pause.setSingleShot(True)
        self.typing_pause.setInterval(TYPING_PAUSE_MS)
        self.typing_pause.timeout.connect(self._typed_path)
        self.browse_button.clicked.connect(self.choose_file)
        self.path_edit.editingFinished.connect(self._path_entered)
        self.path_edit.textChanged.connect(lambda _text: self.completeChanged.emit())
        self.path_edit.textEdited.connect(lambda _text: self.typing_pause.start())
        wizard.table_loaded.connect(self._loaded)
        wizard.load_failed.connect(self._failed)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Choose the registration list"))
        self.setSubTitle(self.tr("A CSV file (from Excel or UTF-8) or an Excel workbook (XLSX)."))
        self.hint_label.setText(self.tr(
            "People already in the event are updated (matched by registration ID, else e-mail, else name); "
            "new people are added. Nobody is deleted, and check-ins and codes stay as they are."))
        self.path_label.setText(self.tr("&File:"))
        self.browse_button.setText(self.tr("&Browse…"))
        self.path_edit.setAccessibleName(self.tr("Registration list file"))
        self.browse_button.setAccessibleName(self.tr("Choose the registration list file"))

    def choose_file(self) -> None:
        path, _filter = file_access.open_file_name(
            self, self.tr("Choose the registration list"), self.path_edit.text(),
            self.tr("Registration lists (*.csv *.txt *.xlsx);;All files (*)"),
        )
        if path:
            self.set_path(path)

    def set_path(self, path: str | Path) -> None:
        self.path_edit.setText(str(path))
        self._path_entered()

    def _typed_path(self) -> None:
        if Path(self.path_edit.text().strip()).is_file():
            self._path_entered()

    def _path_entered(self) -> None:
        text = self.path_edit.text().strip()
        if text and Path(text) != self._wizard.path:
            self._wizard.load(Path(text))
            self.status_label.setStyleSheet("")
            self.status_label.setText(self.tr("Reading the file…"))

    def _loaded(self) -> None:
        table = self._wizard.table
        self.status_label.setStyleSheet("")
        self.status_label.setText(self.tr("{rows} with {columns}.").format(
            rows=self.tr("%n row(s)", "", len(table.rows)),
            columns=self.tr("%n column(s)", "", len(table.headers))))
        self.completeChanged.emit()

    def _failed(self, message: str) -> None:
        self.status_label.setStyleSheet(_ERROR_STYLE)
        self.status_label.setText(message)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 (Qt override)
        text = self.path_edit.text().strip()
        return bool(text) and self._wizard.table is not None and Path(text) == self._wizard.path

    def validatePage(self) -> bool:  # noqa: N802 (Qt override)
        self._path_entered()
        return self.isComplete()


class MappingPage(QWizardPage):
    """Page 2: what was detected, which column feeds which field, and a preview."""

    def __init__(self, wizard: "ImportWizard"):
        super().__init__()
        self._wizard = wizard
        self._filling = False

        self.detected_label = QLabel()
        self.detected_label.setWordWrap(True)
        self.detected_label.setTextFormat(Qt.TextFormat.RichText)
        self.sheet_label = QLabel()
        self.sheet_combo = QComboBox()
        self.sheet_label.setBuddy(self.sheet_combo)
        self.warning_label = QLabel()
        self.warning_label.setStyleSheet(_ERROR_STYLE)
        self.warning_label.setWordWrap(True)

        self.field_labels: dict[str, QLabel] = {}
        self.combos: dict[str, QComboBox] = {}
        self.mapping_box = QGroupBox()
        grid = QGridLayout(self.mapping_box)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        half = (len(ATTENDEE_FIELDS) + 1) // 2
        for i, field in enumerate(ATTENDEE_FIELDS):
            label, combo = QLabel(), QComboBox()
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)
            label.setBuddy(combo)
            combo.currentIndexChanged.connect(lambda _i, f=field: self._combo_changed(f))
            row, col = (i, 0) if i < half else (i - half, 2)
            grid.addWidget(label, row, col)
            grid.addWidget(combo, row, col + 1)
            self.field_labels[field], self.combos[field] = label, combo
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

        self.preview_model = PreviewModel(self)
        self.preview = QTableView()
        self.preview.setModel(self.preview_model)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectColumns)
        self.preview.setWordWrap(False)
        self.preview.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.preview.verticalHeader().setDefaultSectionSize(self.preview.fontMetrics().height() + 6)
        self.preview.setMinimumHeight(180)
        self.preview_box = QGroupBox()
        self.keep_menu = QMenu(self)
        self.keep_button = QToolButton()
        self.keep_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.keep_button.setMenu(self.keep_menu)
        self.grey_hint = QLabel()
        self.grey_hint.setWordWrap(True)
        hint_row = QHBoxLayout()
        hint_row.addWidget(self.grey_hint, 1)
        hint_row.addWidget(self.keep_button)
        preview_layout = QVBoxLayout(self.preview_box)
        preview_layout.addLayout(hint_row)
        preview_layout.addWidget(self.preview)

        top = QHBoxLayout()
        top.addWidget(self.detected_label, 1)
        top.addWidget(self.sheet_label)
        top.addWidget(self.sheet_combo)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.mapping_box)
        splitter.addWidget(self.preview_box)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.warning_label)

        self.sheet_combo.activated.connect(self._sheet_chosen)
        wizard.table_loaded.connect(self._show_table)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Columns"))
        self.setSubTitle(self.tr("Check which column of the file feeds each field. Columns not chosen "
                                 "are not stored (data minimisation)."))
        self.sheet_label.setText(self.tr("&Sheet:"))
        self.sheet_combo.setAccessibleName(self.tr("Sheet of the workbook"))
        self.mapping_box.setTitle(self.tr("Fields"))
        self.preview_box.setTitle(self.tr("Preview of the first rows"))
        self.grey_hint.setText(self.tr("Grey columns are not stored."))
        self.keep_button.setAccessibleName(self.tr("Also keep other columns"))
        self.keep_button.setToolTip(self.tr("Store other columns as they are, e.g. for a question only "
                                            "this event asks. Keep only what the event needs."))
        if self._wizard.table is not None:
            self._keep_button_text()
        self.preview.setAccessibleName(self.tr("Preview of the first rows"))
        for field in ATTENDEE_FIELDS:
            self.field_labels[field].setText(field_label(field) + ":")
            self.combos[field].setAccessibleName(field_label(field))
            if self.combos[field].count():
                self.combos[field].setItemText(0, self.tr("— not imported —"))
        self.preview_model.retranslate()
        if self._wizard.table is not None:
            self._show_detected()
            self._update_warning()

    def initializePage(self) -> None:  # noqa: N802 (Qt override)
        self._show_table()

    def _show_detected(self) -> None:
        table = self._wizard.table
        name = self._wizard.path.name if self._wizard.path else ""
        parts = [self.tr("<b>File:</b> %1").replace("%1", escape(name))]
        if table.sheet_names:
            parts.append(self.tr("<b>Type:</b> Excel workbook"))
        else:
            parts.append(self.tr("<b>Encoding:</b> %1").replace("%1", escape(encoding_label(table.encoding))))
            delimiter = escape(delimiter_label(table.delimiter))
            parts.append(self.tr("<b>Delimiter:</b> %1").replace("%1", delimiter))
        parts.append(self.tr("<b>Rows:</b> %1").replace("%1", str(len(table.rows))))
        if table.rows_above_header:  # a title or a note above the column names, left out
            parts.append(self.tr("<b>Column names:</b> row %1").replace("%1", str(table.header_row)))
        self.detected_label.setText(" &nbsp;·&nbsp; ".join(parts))

    def _show_table(self) -> None:
        table = self._wizard.table
        if table is None:
            return
        self._filling = True
        try:
            self._show_detected()
            sheets = list(table.sheet_names or [])
            self.sheet_combo.clear()
            self.sheet_combo.addItems(sheets)
            if table.sheet in sheets:
                self.sheet_combo.setCurrentIndex(sheets.index(table.sheet))
            self.sheet_label.setVisible(bool(sheets))
            self.sheet_combo.setVisible(bool(sheets))
            self.sheet_combo.setEnabled(len(sheets) > 1)
            names = self._column_names(table.headers)
            for field, combo in self.combos.items():
                combo.clear()
                combo.addItem(self.tr("— not imported —"), -1)
                for index, name in enumerate(names):
                    combo.addItem(name, index)
                column = self._wizard.mapping.get(field)
                combo.setCurrentIndex(0 if column is None else combo.findData(column))
        finally:
            self._filling = False
        self.preview_model.set_table(table.headers, table.rows[:PREVIEW_ROWS], table.row_numbers[:PREVIEW_ROWS],
                                     self._wizard.mapping, self._kept_columns())
        self._fill_keep_menu()
        self.preview.resizeColumnsToContents()
        for column in range(self.preview_model.columnCount()):
            self.preview.setColumnWidth(column, min(self.preview.columnWidth(column), 260))
        self._update_warning()
        self.completeChanged.emit()

    def _column_names(self, headers: list[str]) -> list[str]:
        """What the field choices call each column: its name, with its letter where two
        columns share the name (``Nachname (E)``), or its number where it has none."""
        from checkin import importer

        names = []
        for index, header in enumerate(headers):
            if not header:
                names.append(self.tr("(column %1)").replace("%1", str(index + 1)))
            elif len(importer.same_name_columns(headers, index)) > 1:
                names.append(f"{header} ({importer.column_letter(index)})")
            else:
                names.append(str(header))
        return names

    def _sheet_chosen(self, index: int) -> None:
        sheet = self.sheet_combo.itemText(index)
        if self._wizard.table is not None and sheet != self._wizard.table.sheet:
            self._wizard.load(self._wizard.path, sheet=sheet)

    def set_column(self, field: str, column: int | None) -> None:
        """Choose the column (index, ``None`` for none) that feeds ``field``, as the combo box does."""
        combo = self.combos[field]
        combo.setCurrentIndex(0 if column is None else combo.findData(column))

    def _combo_changed(self, field: str) -> None:
        if self._filling:
            return
        column = self.combos[field].currentData()
        if column is None or column < 0:
            self._wizard.mapping.pop(field, None)
        else:
            self._wizard.mapping[field] = column
            self._wizard.keep.discard(self._wizard.table.headers[column])  # a field now, not extra
        self._mapping_changed()

    def _mapping_changed(self) -> None:
        self.preview_model.set_mapping(self._wizard.mapping, self._kept_columns())
        self._fill_keep_menu()
        self._update_warning()
        self.completeChanged.emit()

    # -- columns kept as they are (data minimisation: only when the organiser asks) ---------------

    def _kept_columns(self) -> list[int]:
        headers = self._wizard.table.headers
        return [i for i, header in enumerate(headers) if header in self._wizard.keep]

    def _fill_keep_menu(self) -> None:
        self.keep_menu.clear()
        mapped = set(self._wizard.mapping.values())
        for index, header in enumerate(self._wizard.table.headers):
            if index in mapped or not header:
                continue
            action = self.keep_menu.addAction(header)
            action.setCheckable(True)
            action.setChecked(header in self._wizard.keep)
            action.toggled.connect(lambda checked, h=header: self.set_kept(h, checked))
        self.keep_button.setEnabled(not self.keep_menu.isEmpty())
        self._keep_button_text()

    def _keep_button_text(self) -> None:
        count = len(self._wizard.keep)
        self.keep_button.setText(self.tr("Also &keep columns…") if not count else
                                 self.tr("Also &keep columns (%1)…").replace("%1", str(count)))

    def set_kept(self, header: str, kept: bool) -> None:
        """Store column ``header`` as it is (in the attendee's extra data), or not."""
        if kept:
            self._wizard.keep.add(header)
        else:
            self._wizard.keep.discard(header)
        self.preview_model.set_mapping(self._wizard.mapping, self._kept_columns())
        self._keep_button_text()

    def _update_warning(self) -> None:
        if not self.isComplete():
            self.warning_label.setText(self.tr("Choose the column of the first or the last name."))
            return
        from checkin import importer

        headers = self._wizard.table.headers
        for field in ATTENDEE_FIELDS:
            column = self._wizard.mapping.get(field)
            if column is not None and len(importer.same_name_columns(headers, column)) > 1:
                self.warning_label.setText(
                    self.tr("Several columns are named “%1”: check that “%2” takes the right one.")
                    .replace("%1", headers[column]).replace("%2", field_label(field)))
                return
        self.warning_label.setText("")

    def isComplete(self) -> bool:  # noqa: N802 (Qt override)
        mapping = self._wizard.mapping
        return self._wizard.table is not None and ("first_name" in mapping or "last_name" in mapping)



class CheckPage(QWizardPage):
    """Page 3: a dry run lists every problem and what would change. Its Next button imports."""

    def __init__(self, wizard: "ImportWizard"):
        super().__init__()
        self._wizard = wizard
        self.task: Task | None = None
        self.report = None

        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setTextVisible(False)
        self.problem_model = ProblemModel(self)
        self.problems = QTableView()
        self.problems.setModel(self.problem_model)
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problems.verticalHeader().hide()
        self.problems.horizontalHeader().setStretchLastSection(True)
        self.problems.setWordWrap(False)
        self.problems.verticalHeader().setDefaultSectionSize(self.problems.fontMetrics().height() + 6)
        self.problems.horizontalHeader().sectionResized.connect(self._fit_problem_rows)
        self.problems_box = QGroupBox()
        box_layout = QVBoxLayout(self.problems_box)
        box_layout.addWidget(self.problems)
        self.skip_invalid = QCheckBox()
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)

        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addWidget(self.busy)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.problems_box, 1)
        layout.addWidget(self.skip_invalid)
        layout.addStretch(1)  # takes the room while there are no problems to list
        self._layout = layout

        self.skip_invalid.toggled.connect(self._skip_toggled)
        self.setCommitPage(True)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Check"))
        self.setSubTitle(self.tr("A trial run: nothing has been changed yet."))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.problems_box.setTitle(self.tr("Problems"))
        self.problems.setAccessibleName(self.tr("Problems by row and column"))
        self.skip_invalid.setText(self.tr("&Skip invalid rows and import the others"))
        self.skip_invalid.setAccessibleName(self.tr("Skip invalid rows"))
        self.problem_model.retranslate()
        if self.report is not None:
            self._show_report()

    def initializePage(self) -> None:  # noqa: N802 (Qt override)
        self.stop()
        self.report = None
        self.problem_model.set_problems([])
        self.summary_label.clear()
        self.status_label.setStyleSheet("")
        self.status_label.setText(self.tr("Checking every row…"))
        self.busy.setRange(0, 0)
        self.busy.show()
        self.problems_box.hide()
        self.skip_invalid.hide()
        # A dry run that skips invalid rows gives both the problems and what the others would do.
        self.task = run_in_background(import_job, self._wizard.db_path, self._wizard.table,
                                      dict(self._wizard.mapping), dry_run=True, skip_invalid=True,
                                      keep=tuple(sorted(self._wizard.keep)))
        self.task.progress.connect(self._progress)
        watch(self.task, self._ended, self)

    def cleanupPage(self) -> None:  # noqa: N802 (Qt override): going Back
        self.stop()

    def stop(self) -> None:
        if self.task is not None and not self.task.is_done():
            self.task.cancel()
        self.task = None

    def _progress(self, done: int, total: int) -> None:
        if self.sender() is self.task and total > 0:
            self.busy.setRange(0, total)
            self.busy.setValue(done)

    def _ended(self, task: Task) -> None:
        if task is not self.task:
            return  # an older run, replaced by a newer one
        self.task = None
        self.busy.hide()
        ok, value = outcome(task)
        if ok:
            self.report = value
            self._show_report()
        elif value:
            message = value
            self.status_label.setStyleSheet(_ERROR_STYLE)
            self.status_label.setText(self.tr("The file cannot be checked: %1").replace("%1", message))
        self.completeChanged.emit()

    def _show_report(self) -> None:
        report = self.report
        rejected = list(report.rejected or [])
        # Warnings (names that lost letters, cells imported empty) are listed with the rows that
        # cannot be imported, marked as warnings: those people are imported all the same.
        warnings = list(report.warnings or [])
        listed = rejected + warnings
        self.problem_model.set_problems(rejected, warnings)
        self.problems_box.setTitle(self._box_title(bool(rejected), bool(warnings)))
        self.problems.setWordWrap(len(listed) <= WRAPPED_PROBLEMS)
        self.problems.resizeColumnsToContents()
        QTimer.singleShot(0, self, self._fit_problem_rows)  # once the list is laid out at its width
        self.problems_box.setVisible(bool(listed))
        self.skip_invalid.setVisible(bool(rejected))
        self._layout.setStretch(self._layout.count() - 1, 0 if listed else 1)
        bad_rows = len({problem.row for problem in rejected})
        if rejected:
            self.status_label.setStyleSheet(_ERROR_STYLE)
            self.status_label.setText(
                self.tr("%n row(s) cannot be imported as they are. Fix the file and start again, "
                        "or skip these rows.", "", bad_rows))
        else:
            self.status_label.setStyleSheet("")
            self.status_label.setText(self.tr("Every row can be imported."))
        self._show_summary()

    def _fit_problem_rows(self, *_resized) -> None:
        """Rows as high as their wrapped text (a short list only: measuring every row of a long one
        would hold up the window); one line each otherwise, cut with "…"."""
        if self.problems.wordWrap():
            self.problems.resizeRowsToContents()

    def _box_title(self, problems: bool, warnings: bool) -> str:
        if problems and warnings:
            return self.tr("Problems and warnings")
        return self.tr("Warnings") if warnings else self.tr("Problems")

    def _show_summary(self) -> None:
        report = self.report
        counts = (self.tr("<b>New:</b> %1 &nbsp; <b>Updated:</b> %2 &nbsp; <b>Unchanged:</b> %3 &nbsp; "
                          "<b>Not in the file:</b> %4")
                  .replace("%1", str(_count(report.added))).replace("%2", str(_count(report.updated)))
                  .replace("%3", str(_count(report.unchanged))).replace("%4", str(_count(report.missing))))
        if report.rejected:
            counts = self.tr("Skipping the invalid rows, the import gives: %1").replace("%1", counts)
        lines = [counts]
        if report.shares_few_people:
            lines.append('<span style="%1"><b>%2</b></span>'.replace("%1", _ERROR_STYLE).replace("%2", escape(
                self.tr("This file shares few people with the event: %1 new, %2 not in the file. "
                        "Is it the right list?")
                .replace("%1", str(_count(report.added))).replace("%2", str(_count(report.missing))))))
        missing = _count(report.missing)
        if missing:
            lines.append(self.tr("%n person(s) of the event are not in this file. They stay in the event; "
                                 "nobody is deleted.", "", missing) + missing_people(report.missing))
        changed = len(report.changed_people)
        if changed:
            lines.append(self.tr("%n person(s) in the file have another person's name under the same "
                                 "registration ID or e-mail as in the event (swapped numbers? a ticket "
                                 "passed on?). The import does what the file says: code, badge and check-in "
                                 "go with the new name. Check them in the list below.", "", changed))
        unreadable = len(report.unreadable_cells)
        lost = len(report.names_with_lost_letters)
        if unreadable:
            lines.append(self.tr("%n cell(s) could not be read (a date, a photo consent, an Excel error "
                                 "value such as #NV): those people are imported with the cell empty "
                                 "(consent: not asked). See the list below.", "", unreadable))
        if lost:
            lines.append(self.tr("%n name(s) lost letters in this file (shown as '?'), e.g. Cyrillic or Greek "
                                 "names saved by Excel as Windows-1252. They are imported as they are; save "
                                 "the list as 'CSV UTF-8' or XLSX to keep every letter.", "", lost))
        if report.rejected and not self.skip_invalid.isChecked():
            lines.append(self.tr("With problems in the file, nothing will be imported."))
        self.summary_label.setText("<br>".join(lines))

    def _skip_toggled(self, _checked: bool) -> None:
        if self.report is not None:
            self._show_summary()
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 (Qt override)
        if self.report is None:
            return False
        return not self.report.rejected or self.skip_invalid.isChecked()


def missing_people(missing: list[dict], limit: int = 10) -> str:
    """The people of the event a file does not hold (rich text, one a line): the organiser
    checks them (a cancellation? a changed registration number?) before the event."""
    lines = []
    for person in missing[:limit]:
        name = " ".join(part for part in (person["first_name"], person["last_name"]) if part)
        number = f" ({person['registration_id']})" if person.get("registration_id") else ""
        lines.append("&nbsp;&nbsp;" + escape(name + number))
    if len(missing) > limit:
        lines.append("&nbsp;&nbsp;" + QCoreApplication.translate("RunPage", "… and %n more", "",
                                                                 len(missing) - limit))
    return "<br>" + "<br>".join(lines)


class RunPage(QWizardPage):
    """Page 4: the import itself, in the background, with progress and cancel."""

    def __init__(self, wizard: "ImportWizard"):
        super().__init__()
        self._wizard = wizard
        self.task: Task | None = None
        self.done = False
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.RichText)
        self.progress = QProgressBar()
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.status_label)
        layout.addStretch(1)
        self.setFinalPage(True)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Import"))
        self.setSubTitle(self.tr("All or nothing: the registrations are written to the event in one step."))
        self.progress.setAccessibleName(self.tr("Import progress"))

    def initializePage(self) -> None:  # noqa: N802 (Qt override)
        self.done = False
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        self.progress.setRange(0, 0)
        self.status_label.setStyleSheet("")
        self.status_label.setText(self.tr("Importing… Cancel stops the import and changes nothing."))
        skip = self._wizard.check_page.skip_invalid.isChecked()
        self.task = run_in_background(import_job, self._wizard.db_path, self._wizard.table,
                                      dict(self._wizard.mapping), dry_run=False, skip_invalid=skip,
                                      keep=tuple(sorted(self._wizard.keep)))
        self.task.progress.connect(self._progress)
        watch(self.task, self._ended, self)
        self._wizard.button(QWizard.WizardButton.CancelButton).setEnabled(True)

    def running(self) -> bool:
        return self.task is not None and not self.done

    def cancel(self) -> None:
        if self.running():
            self.task.cancel()
            self.status_label.setText(self.tr("Cancelling…"))

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _ended(self, task: Task) -> None:
        if task is not self.task:
            return
        ok, value = outcome(task)
        if ok:
            self._finished(value)
        else:
            self._failed(value)

    def _end(self) -> None:
        self.done = True
        self._wizard.button(QWizard.WizardButton.CancelButton).setEnabled(False)
        self.completeChanged.emit()

    def _finished(self, report) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        rejected = len(report.rejected or [])
        text = self.tr("<b>Imported.</b> New: %1, updated: %2, unchanged: %3.") \
            .replace("%1", str(_count(report.added))).replace("%2", str(_count(report.updated))) \
            .replace("%3", str(_count(report.unchanged)))
        if rejected:
            text += "<br>" + self.tr("%n invalid row(s) skipped.", "", rejected)
        missing = _count(report.missing)
        if missing:
            text += "<br>" + self.tr(
                "%n person(s) of the event are not in this file; they stay in the event.", "", missing)
            text += missing_people(report.missing)
        text += self._changed_people(report.changed_people)
        self.status_label.setText(text)
        self._end()
        self._wizard.report = report
        self._wizard.import_finished.emit(report)

    def _changed_people(self, changed: list, limit: int = 10) -> str:
        """The people who now have another person's name, one a line (rich text), after a heading."""
        if not changed:
            return ""
        lines = [self.tr("<b>Check:</b> %n person(s) in the file have another person's name under the same "
                         "registration ID or e-mail; code, badge and check-in went with the new name:", "",
                         len(changed))]
        for problem in changed[:limit]:
            line = self.tr("row {row}, {column}: {problem}").format(
                row=problem.row, column=problem.column,
                problem=problem_text(problem.kind, problem.values, problem.message))
            lines.append("&nbsp;&nbsp;" + escape(line))
        if len(changed) > limit:
            lines.append("&nbsp;&nbsp;" + self.tr("… and %n more", "", len(changed) - limit))
        return "<br>" + "<br>".join(lines)

    def _failed(self, message: str) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        if message:
            self.status_label.setStyleSheet(_ERROR_STYLE)
            self.status_label.setText(
                self.tr("The import failed and changed nothing: %1").replace("%1", message))
        else:
            self.status_label.setText(self.tr("Import cancelled. Nothing was changed."))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Close"))
        self._end()
        self._wizard.import_stopped.emit(message)

    def isComplete(self) -> bool:  # noqa: N802 (Qt override)
        return self.done


# -- the wizard ------------------------------------------------------------------------------------

def _scroll_when_short(page: QWizardPage) -> None:
    """Put the page's contents into a scroll area, so that the wizard fits a short screen (a
    1366×768 laptop at 150 %: the mapping page alone wants 770 of its 512 points) and its
    Back, Next and Cancel stay in view; on a tall screen nothing scrolls."""
    contents = QWidget()
    contents.setLayout(page.layout())  # takes the page's layout and, with it, its widgets
    area = QScrollArea()
    area.setWidget(contents)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    # Not a stop for Tab (it took the focus when the page opened: a typed path went nowhere), and
    # it scrolls to whatever gets the focus (the skip tick box was ticked out of sight).
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    QApplication.instance().focusChanged.connect(_FollowFocus(area).follow)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(area)


class _FollowFocus(QObject):
    """Scrolls its scroll area to the widget in it that gets the focus (a child of the area, so
    the connection ends with it)."""

    def __init__(self, area: QScrollArea):
        super().__init__(area)
        self.area = area

    def follow(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and self.area.widget() is not None and self.area.widget().isAncestorOf(new):
            self.area.ensureWidgetVisible(new)


class ImportWizard(QWizard):
    """Import a registration list into the event database at ``db_path``."""

    table_loaded = Signal()
    load_failed = Signal(str)
    import_finished = Signal(object)  # the ImportReport
    import_stopped = Signal(str)  # "" when cancelled, else the reason it failed

    def __init__(self, db_path: str | Path, parent: QWidget | None = None, path: str | Path | None = None):
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.path: Path | None = None
        self.table = None
        self.mapping: dict[str, int] = {}
        self.keep: set[str] = set()  # headers of columns stored as they are (only when asked)
        self.report = None
        self._read_task: Task | None = None

        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.check_page = CheckPage(self)
        self.run_page = RunPage(self)
        for page in (self.file_page, self.mapping_page, self.check_page, self.run_page):
            _scroll_when_short(page)
            self.addPage(page)
        self.retranslate()
        self.resize(960, 740)
        if path is not None:
            self.file_page.set_path(path)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import registrations"))
        for page in (self.file_page, self.mapping_page, self.check_page, self.run_page):
            page.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- reading the file ----------------------------------------------------------------------

    def load(self, path: Path, sheet: str | None = None) -> Task:
        """Read ``path`` (the sheet of a workbook) in the background; ``table_loaded`` tells when."""
        if self._read_task is not None:
            self._read_task.cancel()
        self.path = Path(path)
        self.table = None
        self._read_task = run_in_background(read_job, self.path, sheet)
        return watch(self._read_task, self._read, self)

    def _read(self, task: Task) -> None:
        if task is not self._read_task:
            return  # a file or sheet chosen since
        self._read_task = None
        ok, value = outcome(task)
        if ok:
            self.table, self.mapping = value
            self.keep = set()
            self.table_loaded.emit()
        elif value:
            self.load_failed.emit(value)

    # -- closing -------------------------------------------------------------------------------

    def reject(self) -> None:
        """Cancel: stops a running import first (nothing is changed); closes once nothing runs."""
        if self.run_page.running():
            self.run_page.cancel()
            return
        self.check_page.stop()
        if self._read_task is not None:
            self._read_task.cancel()
        super().reject()

    @classmethod
    def ask(cls, parent: QWidget | None, db_path: str | Path, path: str | Path | None = None):
        """Run the wizard; the :class:`ImportReport` if an import happened, else ``None``."""
        wizard = cls(db_path, parent, path)
        try:
            wizard.exec()
            return wizard.report
        finally:
            wizard.deleteLater()
