"""The import wizard on real files in all three formats, a broken file, and a real event database."""

from __future__ import annotations

import csv
import time
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QFileDialog, QWizard

from checkin.demo import write_registrations
from checkin.store import EventStore
from checkin.ui.dialogs import import_wizard
from checkin.ui.dialogs.import_models import PreviewModel, ProblemModel, field_label
from checkin.ui.dialogs.import_wizard import PREVIEW_ROWS, ImportWizard

ROWS = 30
WAIT = 15000  # ms; generous, the whole suite runs on 2 cores
SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
FILE_NAMES = {"excel-csv": "anmeldungen.csv", "utf8-csv": "registrations.csv", "xlsx": "anmeldungen.xlsx"}


@pytest.fixture(autouse=True)
def english(restore_app_state):
    """The window's English catalogue (plural forms: "1 row", "2 rows"), whatever ran before."""
    from checkin.ui import i18n

    i18n.install("en")


def registrations(tmp_path: Path, fmt: str, count: int = ROWS) -> Path:
    return write_registrations(tmp_path / FILE_NAMES[fmt], count, fmt)


def broken_file(tmp_path: Path) -> Path:
    """A UTF-8 export with a malformed e-mail in file row 3 and a row without a name in file row 6."""
    path = registrations(tmp_path, "utf8-csv")
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    email, first, last = (rows[0].index(h) for h in ("Email", "First name", "Last name"))
    rows[2][email] = "anna.at.example.org"
    rows[5][first] = rows[5][last] = ""
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows(rows)
    return path


def count(db_path: Path) -> int:
    with EventStore.open(db_path) as store:
        return store.count()


def open_wizard(qtbot, db_path: Path, path: Path | None = None) -> ImportWizard:
    wizard = ImportWizard(db_path, None, path)
    qtbot.addWidget(wizard)
    wizard.show()
    if path is not None:
        qtbot.waitUntil(lambda: wizard.table is not None, timeout=WAIT)
    return wizard


def click(qtbot, wizard: ImportWizard, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    assert button.isEnabled() and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def to_check_page(qtbot, wizard: ImportWizard) -> None:
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.mapping_page
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.check_page
    qtbot.waitUntil(lambda: wizard.check_page.report is not None, timeout=WAIT)


def errors(model: ProblemModel) -> list[tuple]:
    """The problems listed, without the warnings (names that lost letters in an Excel CSV)."""
    return [p for i, p in enumerate(model.problems()) if not model.index(i, 0).data(ProblemModel.WarningRole)]


def shoot(wizard: ImportWizard, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    assert wizard.grab().save(str(SCREENSHOTS / f"wizard_{name}.png"))


def column_of(wizard: ImportWizard, header: str) -> int:
    return wizard.table.headers.index(header)


# -- what the wizard detects ------------------------------------------------------------------------

@pytest.mark.parametrize("fmt, encoding, delimiter, first_name_header", [
    ("excel-csv", "Windows-1252", "semicolon", "Vorname"),
    ("utf8-csv", "UTF-8 with BOM", "comma", "First name"),
    ("xlsx", None, None, "Vorname"),
])
def test_detects_encoding_delimiter_and_mapping(qtbot, store, db_path, tmp_path, fmt, encoding, delimiter,
                                                first_name_header):
    wizard = open_wizard(qtbot, db_path, registrations(tmp_path, fmt))
    assert wizard.file_page.isComplete()
    assert "30 rows" in wizard.file_page.status_label.text()
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    page = wizard.mapping_page
    detected = page.detected_label.text()
    assert FILE_NAMES[fmt] in detected
    if encoding:
        assert encoding in detected and delimiter in detected
        assert page.sheet_combo.isHidden()
    else:
        assert "Excel workbook" in detected
        assert not page.sheet_combo.isHidden() and page.sheet_combo.currentText() == "Anmeldungen"
    first = column_of(wizard, first_name_header)
    assert wizard.mapping["first_name"] == first
    assert page.combos["first_name"].currentText() == first_name_header
    assert page.combos["last_name"].currentData() == wizard.mapping["last_name"]
    # data minimisation: street, postcode and phone feed no field
    for header in wizard.table.headers:
        if header in ("Straße", "PLZ", "Telefon", "Street", "Postcode", "Phone"):
            assert page.preview_model.fields_of(column_of(wizard, header)) == []
    model = page.preview_model
    assert model.rowCount() == PREVIEW_ROWS and model.columnCount() == len(wizard.table.headers)
    assert model.headerData(first, Qt.Orientation.Horizontal).endswith("→ " + field_label("first_name"))
    assert model.headerData(0, Qt.Orientation.Vertical) == "2"  # file row numbers, header in row 1
    assert model.index(0, first).data() == wizard.table.rows[0][first]
    assert page.isComplete()


def test_xlsx_sheet_can_be_chosen(qtbot, store, db_path, tmp_path):
    path = registrations(tmp_path, "xlsx")
    book = load_workbook(path)
    extra = book.create_sheet("Warteliste")
    extra.append(["Nachname", "Vorname", "E-Mail"])
    extra.append(["Wartend", "Wilma", "wilma@example.org"])
    book.save(path)
    wizard = open_wizard(qtbot, db_path, path)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    page = wizard.mapping_page
    assert page.sheet_combo.isEnabled()
    sheets = [page.sheet_combo.itemText(i) for i in range(page.sheet_combo.count())]
    assert sheets == ["Anmeldungen", "Warteliste"]
    page.sheet_combo.setCurrentIndex(1)
    page.sheet_combo.activated.emit(1)
    qtbot.waitUntil(lambda: wizard.table is not None and wizard.table.sheet == "Warteliste", timeout=WAIT)
    assert page.preview_model.rowCount() == 1
    assert wizard.mapping == {"last_name": 0, "first_name": 1, "email": 2}
    assert page.combos["first_name"].currentText() == "Vorname"
    assert page.combos["organisation"].currentData() == -1


def test_the_sheet_choice_opens_on_the_sheet_excel_opens_on(qtbot, store, db_path, tmp_path):
    """A hidden first sheet holds pick lists; the wizard opens on the visible, active sheet."""
    path = registrations(tmp_path, "xlsx")
    book = load_workbook(path)
    lists = book.create_sheet("Auswahllisten", 0)
    lists.append(["Anrede", "Art"])
    lists.sheet_state = "hidden"
    book.active = 1
    book.save(path)
    wizard = open_wizard(qtbot, db_path, path)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    page = wizard.mapping_page
    assert wizard.table.sheet == "Anmeldungen" and page.sheet_combo.currentText() == "Anmeldungen"
    assert page.isComplete() and page.preview_model.rowCount() == PREVIEW_ROWS


def test_unreadable_file_shows_the_reason_and_blocks_next(qtbot, store, db_path, tmp_path):
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    wizard = open_wizard(qtbot, db_path)
    with qtbot.waitSignal(wizard.load_failed, timeout=WAIT) as blocker:
        wizard.file_page.set_path(path)
    assert "binary data" in blocker.args[0]
    assert "binary data" in wizard.file_page.status_label.text()
    assert not wizard.file_page.isComplete()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_a_web_page_saved_as_xls_is_refused_with_what_it_is(qtbot, store, db_path, tmp_path):
    """A web form's "Excel export" is HTML: read as CSV it gave "0 rows with 5 columns" headed by
    pieces of HTML."""
    path = tmp_path / "export.xls"
    path.write_bytes(b"<html><body><table><tr><td>Vorname</td><td>Nachname</td></tr>"
                     b"<tr><td>Anna</td><td>Berg</td></tr></table></body></html>")
    wizard = open_wizard(qtbot, db_path)
    with qtbot.waitSignal(wizard.load_failed, timeout=WAIT) as blocker:
        wizard.file_page.set_path(path)
    assert "a web page (HTML)" in blocker.args[0] and "<td>" not in blocker.args[0]
    assert not wizard.file_page.isComplete()


def test_browse_uses_the_file_dialog(qtbot, store, db_path, tmp_path, monkeypatch):
    path = registrations(tmp_path, "utf8-csv")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    wizard = open_wizard(qtbot, db_path)
    assert not wizard.file_page.isComplete()
    qtbot.mouseClick(wizard.file_page.browse_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.table is not None, timeout=WAIT)
    assert wizard.file_page.path_edit.text() == str(path)
    assert wizard.file_page.isComplete()


# -- changing the mapping ---------------------------------------------------------------------------

def test_a_typed_path_is_read_when_typing_pauses(qtbot, store, db_path, tmp_path):
    """A path typed into the file field was read only on Enter: Next stayed grey."""
    path = registrations(tmp_path, "excel-csv")
    wizard = open_wizard(qtbot, db_path)
    field = wizard.file_page.path_edit
    field.setFocus()
    qtbot.keyClicks(field, str(path))
    assert wizard.table is None  # not on every keystroke
    qtbot.waitUntil(lambda: wizard.table is not None, timeout=WAIT)
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    qtbot.keyClicks(field, ".nothing")  # not a file: nothing is read
    qtbot.wait(import_wizard.TYPING_PAUSE_MS + 200)
    assert wizard.path == path


def test_changing_the_mapping_changes_the_preview(qtbot, store, db_path, tmp_path):
    wizard = open_wizard(qtbot, db_path, registrations(tmp_path, "excel-csv"))
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    page, model = wizard.mapping_page, wizard.mapping_page.preview_model
    first, street = column_of(wizard, "Vorname"), column_of(wizard, "Straße")
    assert model.index(0, street).data(Qt.ItemDataRole.ForegroundRole) is not None  # greyed: not imported

    with qtbot.waitSignal(model.headerDataChanged, timeout=WAIT):
        page.combos["first_name"].setCurrentIndex(page.combos["first_name"].findText("Straße"))
    assert wizard.mapping["first_name"] == street
    assert model.headerData(street, Qt.Orientation.Horizontal).endswith("→ " + field_label("first_name"))
    assert "not imported" in model.headerData(first, Qt.Orientation.Horizontal)
    assert model.index(0, street).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(0, first).data(Qt.ItemDataRole.ForegroundRole) is not None

    page.set_column("first_name", None)
    assert "first_name" not in wizard.mapping and page.isComplete()  # the last name is enough
    page.set_column("last_name", None)
    assert not page.isComplete()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert "first or the last name" in page.warning_label.text()
    page.set_column("last_name", column_of(wizard, "Nachname"))
    assert page.isComplete() and page.warning_label.text() == ""


def test_two_columns_of_one_name_are_told_apart_by_their_letters(qtbot, store, db_path, tmp_path):
    path = tmp_path / "twice.csv"
    path.write_text("Nachname;Vorname;Nachname\nFrau;Anna;Berg\nHerr;Ben;Voss\n", encoding="utf-8")
    wizard = open_wizard(qtbot, db_path, path)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    page = wizard.mapping_page
    combo = page.combos["last_name"]
    assert [combo.itemText(i) for i in range(1, combo.count())] == ["Nachname (A)", "Vorname", "Nachname (C)"]
    assert page.isComplete() and "“Nachname”" in page.warning_label.text()
    shoot(wizard, "two_columns_one_name")
    combo.setCurrentIndex(combo.findText("Nachname (C)"))
    assert wizard.mapping["last_name"] == 2 and "“Nachname”" in page.warning_label.text()
    page.set_column("first_name", None)
    page.set_column("last_name", None)
    page.set_column("first_name", 1)  # no column of a doubled name chosen: nothing to check
    assert page.isComplete() and page.warning_label.text() == ""


def test_the_wizard_fits_a_short_screen_and_scrolls_its_pages(qtbot, store, db_path, tmp_path):
    """On a 1366×768 laptop at 150 % (912×512 points) the mapping page wanted 770 points, and
    Back, Next and Cancel were off the screen; each page now scrolls instead."""
    wizard = open_wizard(qtbot, db_path, registrations(tmp_path, "excel-csv"))
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.minimumSizeHint().height() < 480 and wizard.minimumSizeHint().width() < 900
    wizard.resize(900, 480)
    assert wizard.button(QWizard.WizardButton.NextButton).geometry().bottom() < 480
    assert wizard.mapping_page.combos["last_name"].isVisibleTo(wizard)


def test_a_changed_mapping_changes_the_validation(qtbot, store, db_path, tmp_path):
    wizard = open_wizard(qtbot, db_path, registrations(tmp_path, "excel-csv"))
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    wizard.mapping_page.set_column("email", column_of(wizard, "Institution"))
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.waitUntil(lambda: wizard.check_page.report is not None, timeout=WAIT)
    problems = errors(wizard.check_page.problem_model)
    assert len(problems) == ROWS
    assert {column for _row, column, _message in problems} == {"Institution"}
    assert [row for row, _column, _message in problems] == list(range(2, ROWS + 2))

    click(qtbot, wizard, QWizard.WizardButton.BackButton)  # fix it: e-mail from its own column
    wizard.mapping_page.set_column("email", column_of(wizard, "E-Mail"))
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.waitUntil(lambda: wizard.check_page.report is not None, timeout=WAIT)
    assert errors(wizard.check_page.problem_model) == []
    assert "Every row can be imported" in wizard.check_page.status_label.text()
    assert count(db_path) == 0  # checking wrote nothing


def test_other_columns_are_kept_only_when_asked(qtbot, store, db_path, tmp_path):
    wizard = open_wizard(qtbot, db_path, registrations(tmp_path, "excel-csv"))
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    page, model = wizard.mapping_page, wizard.mapping_page.preview_model
    offered = [action.text() for action in page.keep_menu.actions()]
    assert "Telefon" in offered and "Vorname" not in offered  # mapped columns are fields already
    phone = column_of(wizard, "Telefon")
    assert "not imported" in model.headerData(phone, Qt.Orientation.Horizontal)

    next(a for a in page.keep_menu.actions() if a.text() == "Telefon").trigger()
    assert wizard.keep == {"Telefon"}
    assert "kept as it is" in model.headerData(phone, Qt.Orientation.Horizontal)
    assert model.index(0, phone).data(Qt.ItemDataRole.ForegroundRole) is None
    assert "(1)" in page.keep_button.text()

    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.waitUntil(lambda: wizard.check_page.report is not None, timeout=WAIT)
    with qtbot.waitSignal(wizard.import_finished, timeout=WAIT):
        click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    phones = {row[phone] for row in wizard.table.rows if row[phone]}
    with EventStore.open(db_path) as check:
        extras = [a.extra for a in check.all_attendees()]
    assert phones and {e.get("Telefon") for e in extras if e} == phones
    assert all(set(e) <= {"Telefon"} for e in extras)  # street, postcode: not stored


# -- problems and skipping them ---------------------------------------------------------------------

def test_names_that_lost_letters_are_pointed_out_but_imported(qtbot, store, db_path, tmp_path):
    wizard = open_wizard(qtbot, db_path, registrations(tmp_path, "excel-csv"))  # Cyrillic etc. became '?'
    to_check_page(qtbot, wizard)
    page = wizard.check_page
    assert page.report.warnings and not page.report.rejected
    assert "lost letters" in page.summary_label.text() and "CSV UTF-8" in page.summary_label.text()
    assert wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    shoot(wizard, "3_check_lost_letters")
    with qtbot.waitSignal(wizard.import_finished, timeout=WAIT):
        click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    assert count(db_path) == ROWS


def test_problems_by_row_and_column_then_skip_invalid(qtbot, store, db_path, tmp_path):
    wizard = open_wizard(qtbot, db_path, broken_file(tmp_path))
    to_check_page(qtbot, wizard)
    page = wizard.check_page
    problems = page.problem_model.problems()
    assert [(row, column) for row, column, _message in problems] == [(3, "Email"), (6, "Last name")]
    assert "e-mail" in problems[0][2]
    view_model = page.problems.model()
    assert view_model.index(0, ProblemModel.ROW).data() == "3"
    assert view_model.index(0, ProblemModel.COLUMN).data() == "Email"
    assert not page.problems_box.isHidden() and not page.skip_invalid.isHidden()
    assert "2 rows cannot be imported" in page.status_label.text()
    assert "nothing will be imported" in page.summary_label.text()
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    assert not commit.isEnabled()
    shoot(wizard, "3_check_problems")

    page.skip_invalid.click()
    assert commit.isEnabled()
    assert "nothing will be imported" not in page.summary_label.text()
    assert f"{ROWS - 2}" in page.summary_label.text()
    with qtbot.waitSignal(wizard.import_finished, timeout=WAIT) as blocker:
        click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    report = blocker.args[0]
    assert report.added == ROWS - 2 and len(report.rejected) == 2
    assert count(db_path) == ROWS - 2
    assert "2 invalid rows skipped" in wizard.run_page.status_label.text()


# -- the import itself ------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", ["excel-csv", "utf8-csv", "xlsx"])
def test_import_runs_in_the_background_and_lands(qtbot, store, db_path, tmp_path, fmt):
    wizard = open_wizard(qtbot, db_path, registrations(tmp_path, fmt))
    shoot(wizard, f"1_file_{fmt}")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    shoot(wizard, f"2_columns_{fmt}")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.waitUntil(lambda: wizard.check_page.report is not None, timeout=WAIT)
    shoot(wizard, f"3_check_{fmt}")
    assert wizard.check_page.report.added == ROWS
    assert errors(wizard.check_page.problem_model) == []
    warnings = len(wizard.check_page.report.warnings)
    assert wizard.check_page.problem_model.rowCount() == warnings  # lost letters in Excel's CSV
    assert wizard.check_page.problems_box.isHidden() == (warnings == 0)
    assert count(db_path) == 0  # the dry run wrote nothing
    progress = []
    wizard.import_finished.connect(lambda _r: progress.append(wizard.run_page.progress.value()))

    with qtbot.waitSignal(wizard.import_finished, timeout=WAIT) as blocker:
        click(qtbot, wizard, QWizard.WizardButton.CommitButton)
        assert wizard.currentPage() is wizard.run_page
        assert not wizard.run_page.isComplete()  # the click returned while the import runs
    shoot(wizard, f"4_import_{fmt}")
    report = blocker.args[0]
    assert (report.added, report.updated, report.unchanged) == (ROWS, 0, 0)
    assert wizard.report is report
    assert wizard.run_page.isComplete()
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert progress == [wizard.run_page.progress.maximum()]
    assert f"New: {ROWS}" in wizard.run_page.status_label.text()
    with EventStore.open(db_path) as check:
        assert check.count() == ROWS
        assert check.search("Nguyen")[0].registration_id == "IVO17-00001"


def test_reimport_reports_unchanged_and_missing(qtbot, store, db_path, tmp_path):
    with store.transaction():
        store.insert_attendees([{"first_name": "Nur", "last_name": "Hier", "registration_id": "X-1"}])
    wizard = open_wizard(qtbot, db_path, registrations(tmp_path, "utf8-csv"))
    to_check_page(qtbot, wizard)
    report = wizard.check_page.report
    assert (report.added, report.updated, report.unchanged, len(report.missing)) == (ROWS, 0, 0, 1)
    assert "1 person of the event is not in this file" in wizard.check_page.summary_label.text()
    assert "Nur Hier (X-1)" in wizard.check_page.summary_label.text()  # who, not only how many
    with qtbot.waitSignal(wizard.import_finished, timeout=WAIT):
        click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    assert count(db_path) == ROWS + 1  # nobody deleted
    assert "Nur Hier (X-1)" in wizard.run_page.status_label.text()

    again = open_wizard(qtbot, db_path, registrations(tmp_path, "utf8-csv"))
    to_check_page(qtbot, again)
    report = again.check_page.report
    assert (report.added, report.updated, report.unchanged) == (0, 0, ROWS)
    assert "<b>Unchanged:</b> 30" in again.check_page.summary_label.text()


def test_cancel_leaves_the_database_unchanged(qtbot, demo_store, db_path, tmp_path, monkeypatch):
    """The import waits until Cancel is pressed, then must stop and write nothing."""
    real_job = import_wizard.import_job
    started = []

    def job_waiting_for_cancel(*args, dry_run, cancelled, **kwargs):
        if not dry_run:
            started.append(True)
            deadline = time.monotonic() + 10
            while not cancelled() and time.monotonic() < deadline:
                time.sleep(0.005)
        return real_job(*args, dry_run=dry_run, cancelled=cancelled, **kwargs)

    monkeypatch.setattr(import_wizard, "import_job", job_waiting_for_cancel)
    before = [a.to_json() for a in demo_store.all_attendees()]
    wizard = open_wizard(qtbot, db_path, registrations(tmp_path, "excel-csv", 200))
    to_check_page(qtbot, wizard)
    assert wizard.check_page.report.updated + wizard.check_page.report.added == 200
    click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    qtbot.waitUntil(lambda: bool(started), timeout=WAIT)
    assert wizard.run_page.running()  # the window answers while the import runs

    with qtbot.waitSignal(wizard.import_stopped, timeout=WAIT) as blocker:
        qtbot.keyClick(wizard, Qt.Key.Key_Escape)  # Cancel: stops the import, keeps the wizard open
        assert wizard.isVisible()
    assert blocker.args == [""]
    shoot(wizard, "4_import_cancelled")
    assert "cancelled" in wizard.run_page.status_label.text()
    assert wizard.report is None
    assert [a.to_json() for a in demo_store.all_attendees()] == before
    assert not wizard.button(QWizard.WizardButton.CancelButton).isEnabled()
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert not wizard.isVisible()


def test_ask_returns_the_report_or_none(qtbot, store, db_path, tmp_path, monkeypatch):
    path = registrations(tmp_path, "utf8-csv")

    def exec_importing(self):
        qtbot.waitUntil(lambda: self.table is not None, timeout=WAIT)
        self.show()
        self.next()
        self.next()
        qtbot.waitUntil(lambda: self.check_page.isComplete(), timeout=WAIT)
        self.next()
        qtbot.waitUntil(lambda: self.run_page.isComplete(), timeout=WAIT)
        self.accept()
        return self.result()

    monkeypatch.setattr(ImportWizard, "exec", exec_importing)
    report = ImportWizard.ask(None, db_path, path)
    assert report is not None and report.added == ROWS
    assert count(db_path) == ROWS

    monkeypatch.setattr(ImportWizard, "exec", lambda self: self.reject())
    assert ImportWizard.ask(None, db_path, path) is None


# -- the models -------------------------------------------------------------------------------------

def test_models_pass_the_model_tester(qtmodeltester, tmp_path):
    from checkin import importer

    table = importer.read_table(registrations(tmp_path, "excel-csv"))
    preview = PreviewModel()
    mapping = importer.guess_mapping(table.headers)
    preview.set_table(table.headers, table.rows[:5], table.row_numbers[:5], mapping)
    qtmodeltester.check(preview)
    assert preview.rowCount() == 5
    preview.set_mapping({"last_name": 0})
    qtmodeltester.check(preview)
    assert preview.headerData(0, Qt.Orientation.Horizontal, PreviewModel.FieldRole) == "last_name"
    assert preview.headerData(1, Qt.Orientation.Horizontal, PreviewModel.FieldRole) is None

    problems = ProblemModel()
    problems.set_problems([importer.Problem(4, "E-Mail", "malformed"),
                           {"row": 9, "column": None, "message": "x"}])
    qtmodeltester.check(problems)
    assert problems.rowCount() == 2 and problems.columnCount() == 3
    assert problems.index(1, ProblemModel.COLUMN).data() == ""
    assert problems.headerData(ProblemModel.ROW, Qt.Orientation.Horizontal) == "Row"
    problems.set_problems([importer.Problem(4, "E-Mail", "malformed")],
                          [importer.Problem.of("lost_letters", 2, "Name", value="??")])
    qtmodeltester.check(problems)
    assert [problems.index(row, 0).data(ProblemModel.WarningRole) for row in range(2)] == [True, False]
    empty = ProblemModel()
    qtmodeltester.check(empty)


class GermanForTest(QTranslator):
    """A few German strings, enough to see that every kind of text follows a language switch."""

    STRINGS = {
        ("ImportFields", "First name"): "Vorname",
        ("MappingPage", "Columns"): "Spalten",
        ("ImportWizard", "semicolon (;)"): "Semikolon (;)",
        ("ImportWizard", "Import registrations"): "Anmeldungen importieren",
        ("ProblemModel", "Row"): "Zeile",
    }

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: N802 (Qt override)
        return self.STRINGS.get((context, source_text))  # None: not translated here

    def isEmpty(self) -> bool:  # noqa: N802 (Qt override)
        return False


def test_texts_follow_a_language_switch(qtbot, store, db_path, tmp_path):
    wizard = open_wizard(qtbot, db_path, registrations(tmp_path, "excel-csv"))
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    page = wizard.mapping_page
    assert page.field_labels["first_name"].text() == "First name:"
    translator = GermanForTest()
    try:
        with qtbot.waitSignal(page.preview_model.headerDataChanged, timeout=WAIT):  # the view repaints
            QCoreApplication.installTranslator(translator)
        qtbot.waitUntil(lambda: page.field_labels["first_name"].text() == "Vorname:", timeout=WAIT)
        assert wizard.windowTitle() == "Anmeldungen importieren"
        assert page.title() == "Spalten"
        assert "Semikolon (;)" in page.detected_label.text()
        assert page.combos["first_name"].accessibleName() == "Vorname"
        first = column_of(wizard, "Vorname")
        assert page.preview_model.headerData(first, Qt.Orientation.Horizontal).endswith("→ Vorname")
        problem_header = wizard.check_page.problem_model.headerData(ProblemModel.ROW, Qt.Orientation.Horizontal)
        assert problem_header == "Zeile"
    finally:
        QCoreApplication.removeTranslator(translator)
    qtbot.waitUntil(lambda: page.field_labels["first_name"].text() == "First name:", timeout=WAIT)


def test_problems_are_told_in_the_windows_language(qtbot, store, db_path, tmp_path):
    from checkin.assets import resource
    from checkin.ui.i18n import TsTranslator

    wizard = open_wizard(qtbot, db_path, broken_file(tmp_path))
    to_check_page(qtbot, wizard)
    model = wizard.check_page.problem_model
    assert model.problems()[0][2] == "malformed e-mail address 'anna.at.example.org'"
    german = TsTranslator(resource("i18n", "checkin_de.ts"))
    QCoreApplication.installTranslator(german)
    try:
        messages = [message for _row, _column, message in model.problems()]
        assert messages == ["ungültige E-Mail-Adresse „anna.at.example.org“",
                            "kein Name: Vor- und Nachname sind leer"]
        assert model.index(0, ProblemModel.MESSAGE).data() == messages[0]
    finally:
        QCoreApplication.removeTranslator(german)


def test_the_wizard_says_which_row_names_the_columns_after_a_title(qtbot, store, db_path, tmp_path):
    source = tmp_path / "mit_titel.csv"
    source.write_bytes("Anmeldungen, Stand 10.03.2017\r\n\r\nVorname;Nachname\r\nAnna;Berg\r\n".encode("cp1252"))
    wizard = open_wizard(qtbot, db_path, source)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    page = wizard.mapping_page
    assert "<b>Column names:</b> row 3" in page.detected_label.text()
    assert column_of(wizard, "Vorname") == 0 and page.preview_model.rowCount() == 1
    plain = open_wizard(qtbot, db_path, registrations(tmp_path, "excel-csv"))
    click(qtbot, plain, QWizard.WizardButton.NextButton)
    assert "Column names" not in plain.mapping_page.detected_label.text()


def test_unreadable_dates_and_consents_are_listed_but_their_people_imported(qtbot, store, db_path, tmp_path):
    """A typo in a photo consent or an odd date format must not hold up the row (skipping it
    would lose the person): the cell is imported empty, listed with row and column."""
    source = tmp_path / "odd_cells.csv"
    source.write_bytes("Vorname;Nachname;Foto-Einwilligung;Angemeldet am\r\n"
                       "Anna;Berg;vielleicht;01.03.2017 10:00\r\n"
                       "Ben;Ohm;ja;gestern\r\n"
                       "Cem;Kaya;nein;3/14/2017 9:31 PM\r\n".encode("cp1252"))
    wizard = open_wizard(qtbot, db_path, source)
    to_check_page(qtbot, wizard)
    page = wizard.check_page
    assert not page.report.rejected and page.skip_invalid.isHidden() and not page.problems_box.isHidden()
    assert [(row, column) for row, column, _ in page.problem_model.problems()] == [
        (2, "Foto-Einwilligung"), (3, "Angemeldet am")]
    assert "2 cells could not be read" in page.summary_label.text()
    assert "Every row can be imported." in page.status_label.text()
    shoot(wizard, "3_check_unreadable_cells")
    with qtbot.waitSignal(wizard.import_finished, timeout=WAIT):
        click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    with EventStore.open(db_path) as event:
        people = {a.first_name: a for a in event.all_attendees()}
    assert (people["Anna"].photo_consent, people["Ben"].registered_at) == (None, "")
    assert people["Cem"].registered_at == "2017-03-14T21:31"


def test_excel_error_values_are_listed_as_warnings_and_imported_empty(qtbot, store, db_path, tmp_path):
    """"#NV" from a failed lookup formula would be printed on a badge as the organisation."""
    from checkin.assets import resource
    from checkin.ui.i18n import TsTranslator

    source = tmp_path / "sverweis.csv"
    source.write_bytes(b"Vorname;Nachname;Organisation\r\nAnna;Berg;#NV\r\nBen;Ohm;AWO\r\n")
    wizard = open_wizard(qtbot, db_path, source)
    to_check_page(qtbot, wizard)
    page, model = wizard.check_page, wizard.check_page.problem_model
    assert model.problems() == [(2, "Organisation", ("Warning (imported): Excel error value '#NV' "
                                                     "(a formula that failed): left empty"))]
    assert "1 cell could not be read" in page.summary_label.text()
    german = TsTranslator(resource("i18n", "checkin_de.ts"))
    QCoreApplication.installTranslator(german)
    try:
        assert "Excel-Fehlerwert „#NV“" in model.problems()[0][2]
    finally:
        QCoreApplication.removeTranslator(german)
    with qtbot.waitSignal(wizard.import_finished, timeout=WAIT):
        click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    with EventStore.open(db_path) as event:
        assert {a.first_name: a.organisation for a in event.all_attendees()} == {"Anna": "", "Ben": "AWO"}


def test_lost_letters_are_listed_as_warnings_apart_from_the_problems(qtbot, store, db_path, tmp_path):
    """The summary said "1 name lost letters", but the list had no row for it: warnings are listed
    now, with the warning icon and text, after the problems of the same row."""
    source = tmp_path / "verloren.csv"
    source.write_bytes("Vorname;Nachname;E-Mail\r\n"
                       "Anna;Berg;anna@example.org\r\n"
                       "Olga;????????;olga@example.org\r\n"
                       "Ben;Ohm;ben.at.example.org\r\n".encode("cp1252"))
    wizard = open_wizard(qtbot, db_path, source)
    to_check_page(qtbot, wizard)
    page, model = wizard.check_page, wizard.check_page.problem_model
    assert len(page.report.names_with_lost_letters) == 1
    assert model.problems() == [(3, "Nachname", "Warning (imported): letters lost in '????????'"),
                                (4, "E-Mail", "malformed e-mail address 'ben.at.example.org'")]
    assert [model.index(row, 0).data(ProblemModel.WarningRole) for row in range(2)] == [True, False]
    warning_icon, error_icon = (model.index(row, ProblemModel.MESSAGE).data(Qt.ItemDataRole.DecorationRole)
                                for row in range(2))
    assert warning_icon.cacheKey() != error_icon.cacheKey()
    assert page.problems_box.title() == "Problems and warnings" and not page.problems_box.isHidden()
    shoot(wizard, "3_check_lost_letters_listed")


@pytest.mark.parametrize("language, one, three", [
    ("en", "1 row with 2 columns.", "3 rows with 1 column."),
    ("de", "1 Zeile mit 2 Spalten.", "3 Zeilen mit 1 Spalte."),
])
def test_rows_and_columns_are_counted_in_words(qtbot, store, db_path, tmp_path, language, one, three):
    """The file page said "8 row(s) with 9 columns": English has plural forms too now."""
    from checkin.ui import i18n

    i18n.install(language)
    single = tmp_path / "eine.csv"
    single.write_bytes("Vorname;Nachname\r\nAnna;Berg\r\n".encode("cp1252"))
    column = tmp_path / "spalte.csv"
    column.write_bytes("Nachname\r\nBerg\r\nOhm\r\nKaya\r\n".encode("cp1252"))
    assert open_wizard(qtbot, db_path, single).file_page.status_label.text() == one
    assert open_wizard(qtbot, db_path, column).file_page.status_label.text() == three


def test_a_file_that_shares_few_people_with_the_event_is_questioned(qtbot, store, db_path, tmp_path):
    """An export of another event (or one whose registration numbers Excel changed) would add
    everybody again: the check page asks whether it is the right list."""
    with store.transaction():
        store.insert_attendees([{"first_name": f"Vor{n}", "last_name": f"Nach{n}", "registration_id": f"A{n}"}
                                for n in range(20)])
    wizard = open_wizard(qtbot, db_path, registrations(tmp_path, "utf8-csv"))
    to_check_page(qtbot, wizard)
    page = wizard.check_page
    assert page.report.shares_few_people
    assert ("This file shares few people with the event: 30 new, 20 not in the file. Is it the right list?"
            in page.summary_label.text())
    shoot(wizard, "3_check_few_shared")

    with qtbot.waitSignal(wizard.import_finished, timeout=WAIT):
        click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    again = open_wizard(qtbot, db_path, registrations(tmp_path, "utf8-csv"))
    to_check_page(qtbot, again)
    assert "few people" not in again.check_page.summary_label.text()


def test_a_registration_id_that_now_names_somebody_else_is_pointed_out(qtbot, store, db_path, tmp_path,
                                                                        monkeypatch):
    """Two rows of the export swapped their registration numbers: the import does what the file
    says (a ticket may have passed on), but the check page and the result page list both people,
    with the check-in and the printed badge that now go with the other name."""
    from checkin import badges, importer
    from checkin import store as store_module

    path = registrations(tmp_path, "utf8-csv")
    importer.import_file(store, path)
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    reg, first, last = (rows[0].index(h) for h in ("Registration ID", "First name", "Last name"))
    fifth, sixth = (f"{rows[n][first]} {rows[n][last]}" for n in (5, 6))
    person = next(a for a in store.all_attendees() if a.registration_id == rows[5][reg])
    with monkeypatch.context() as patched:
        patched.setattr(store_module, "utc_now", lambda: "2017-03-20T08:12:00.000Z")
        store.check_in(person.id, station="Desk 1")
    badges.record_prints(store, [person.id], "Desk 1", "a6")
    rows[5][reg], rows[6][reg] = rows[6][reg], rows[5][reg]
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows(rows)

    wizard = open_wizard(qtbot, db_path, path)
    to_check_page(qtbot, wizard)
    page = wizard.check_page
    expected = [
        (6, "Registration ID", f"Warning (imported): {rows[5][reg]} was {sixth}, now {fifth}"),
        (7, "Registration ID", (f"Warning (imported): {rows[6][reg]} was {fifth}, now {sixth} "
                                "(checked in 20.03.2017 09:12 at Desk 1; badge printed)")),
    ]
    assert [p for p in page.problem_model.problems() if "was" in p[2]] == expected
    assert "2 people in the file have another person's name under the same registration ID or e-mail" \
        in page.summary_label.text()
    assert page.problems_box.title() == "Warnings" and page.problems_box.isVisible()
    view = page.problems  # the long warning wraps onto a second line instead of losing its end
    qtbot.waitUntil(lambda: view.rowHeight(1) > view.rowHeight(0) >= view.fontMetrics().height())
    shoot(wizard, "3_check_other_person")

    with qtbot.waitSignal(wizard.import_finished, timeout=WAIT):
        click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    text = wizard.run_page.status_label.text()
    assert "2 people in the file have another person's name" in text
    assert f"row 7, Registration ID: {rows[6][reg]} was {fifth}, now {sixth}" in text
    shoot(wizard, "4_import_other_person")


def test_the_wizard_opens_with_the_focus_in_a_field_and_scrolls_to_what_gets_it(qtbot, store, db_path,
                                                                                  tmp_path):
    """Its pages sit in scroll areas (for short screens): the area took the focus when the wizard
    opened, so a typed path went nowhere, and the skip tick box was ticked out of sight."""
    from PySide6.QtWidgets import QApplication, QScrollArea

    blank = open_wizard(qtbot, db_path)
    blank.activateWindow()
    qtbot.waitUntil(blank.isActiveWindow)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert not isinstance(QApplication.focusWidget(), QScrollArea)
    assert all(area.focusPolicy() == Qt.FocusPolicy.NoFocus for area in blank.findChildren(QScrollArea))
    blank.close()
    wizard = open_wizard(qtbot, db_path, broken_file(tmp_path))
    wizard.resize(700, 330)  # a short screen: the check page scrolls
    to_check_page(qtbot, wizard)
    page = wizard.check_page
    qtbot.waitUntil(lambda: not page.skip_invalid.isHidden(), timeout=WAIT)
    area = next(a for a in wizard.findChildren(QScrollArea) if a.widget().isAncestorOf(page.skip_invalid))
    qtbot.waitUntil(lambda: area.verticalScrollBar().maximum() > 0)
    area.verticalScrollBar().setValue(0)
    wizard.activateWindow()
    page.skip_invalid.setFocus()
    qtbot.waitUntil(lambda: area.verticalScrollBar().value() > 0)
