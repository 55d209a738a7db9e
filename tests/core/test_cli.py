"""The command line as organisers' scripts use it: JSON, exit codes, one-line errors."""

import json
import os
import subprocess
import sys

import pytest

from checkin import codes


def run(*args, env_extra=None, check_rc=None):
    env = dict(os.environ)
    env.update(env_extra or {})
    proc = subprocess.run([sys.executable, "-m", "checkin", *args], capture_output=True, text=True,
                          env=env, timeout=120)
    if check_rc is not None:
        assert proc.returncode == check_rc, (proc.stdout, proc.stderr)
    assert "Traceback" not in proc.stderr
    return proc


@pytest.fixture
def demo_db(tmp_path):
    path = tmp_path / "demo.db"
    out = run("--db", str(path), "demo", "--attendees", "50", "--json", check_rc=0)
    assert json.loads(out.stdout)["registered"] == 50
    return path


def test_demo_is_the_dortmund_conference(demo_db):
    event = json.loads(run("--db", str(demo_db), "event", "--json", check_rc=0).stdout)
    assert event == {"name": "Integration vor Ort leben", "date": "2017-03-20", "venue": "Dortmund"}


def test_demo_refuses_to_overwrite(demo_db):
    proc = run("--db", str(demo_db), "demo", check_rc=2)
    assert "exists already" in proc.stderr and len(proc.stderr.strip().splitlines()) == 1


def test_search_json_shape(demo_db):
    found = json.loads(run("--db", str(demo_db), "search", "", "--limit", "5", "--json", check_rc=0).stdout)
    assert len(found) == 5
    for key in ("code", "first_name", "last_name", "title", "organisation", "email", "checked_in",
                "checked_in_at", "station"):
        assert key in found[0]
    assert found[0]["checked_in"] is False and found[0]["checked_in_at"] is None


def test_scan_exit_codes_and_json(demo_db):
    people = json.loads(run("--db", str(demo_db), "search", "", "--json", check_rc=0).stdout)
    code = people[0]["code"]
    first = json.loads(run("--db", str(demo_db), "scan", f" {code.lower()} ", "--station", "Empfang 1",
                           "--json", check_rc=0).stdout)
    assert first["status"] == "checked_in" and first["station"] == "Empfang 1"
    assert first["attendee"]["code"] == code and first["attendee"]["checked_in"] is True
    again = json.loads(run("--db", str(demo_db), "scan", code, "--station", "Empfang 2", "--json",
                           check_rc=1).stdout)
    assert again["status"] == "already_checked_in"
    assert again["station"] == "Empfang 1" and again["checked_in_at"] == first["checked_in_at"]
    unknown = json.loads(run("--db", str(demo_db), "scan", "not-a-code", "--json", check_rc=1).stdout)
    assert unknown == {"status": "unknown", "attendee": None, "checked_in_at": None, "station": None}


def test_undo_walk_in_stats_and_log(demo_db):
    code = json.loads(run("--db", str(demo_db), "search", "", "--limit", "1", "--json").stdout)[0]["code"]
    run("--db", str(demo_db), "scan", code, check_rc=0)
    undone = json.loads(run("--db", str(demo_db), "undo", code, "--reason", "Verwechslung", "--json",
                            check_rc=0).stdout)
    assert undone["attendee"]["checked_in"] is False
    run("--db", str(demo_db), "undo", code, check_rc=2)
    walk = json.loads(run("--db", str(demo_db), "walk-in", "--first-name", "Jörg", "--last-name", "Späth",
                          "--organisation", "Stadt Unna", "--json", check_rc=0).stdout)
    assert walk["status"] == "checked_in" and walk["attendee"]["walk_in"] is True
    assert codes.is_valid(walk["attendee"]["code"])
    stats = json.loads(run("--db", str(demo_db), "stats", "--json", check_rc=0).stdout)
    assert (stats["registered"], stats["checked_in"], stats["walk_ins"]) == (50, 1, 1)
    log = json.loads(run("--db", str(demo_db), "log", code, "--json", check_rc=0).stdout)
    assert [e["kind"] for e in log] == ["check_in", "undo"] and log[1]["reason"] == "Verwechslung"


def test_a_walk_in_under_a_registered_name_is_added_with_a_note(demo_db):
    """The window asks first; the command line keeps working for scripts and says so on stderr."""
    person = json.loads(run("--db", str(demo_db), "search", "", "--limit", "3", "--json").stdout)[2]
    done = run("--db", str(demo_db), "walk-in", "--first-name", person["first_name"],
               "--last-name", person["last_name"].upper(), "--json", check_rc=0)
    assert json.loads(done.stdout)["attendee"]["walk_in"] is True
    assert done.stderr.count("\n") == 1 and f"code {person['code']}, not checked in" in done.stderr
    alone = run("--db", str(demo_db), "walk-in", "--first-name", "Quirin", "--last-name", "Unbekannt", check_rc=0)
    assert alone.stderr == ""


def test_db_from_environment_and_last_used(demo_db, tmp_path):
    assert run("stats", "--json", env_extra={"CHECKIN_DB": str(demo_db)}, check_rc=0)
    # the last event used is remembered in the user's data folder, not in the repo
    assert json.loads(run("stats", "--json", check_rc=0).stdout)["registered"] == 50


def test_bad_input_is_one_line_on_stderr_with_exit_2(tmp_path):
    broken = tmp_path / "broken.db"
    broken.write_bytes(b"this is not a database" * 10)
    for args in (["--db", str(broken), "stats"], ["--db", str(tmp_path / "missing.db"), "stats"],
                 ["--db", str(tmp_path / "x.db"), "search", "a", "--limit", "0"]):
        proc = run(*args, check_rc=2)
        assert proc.stderr.startswith("checkin: ") and len(proc.stderr.strip().splitlines()) == 1
    assert broken.read_bytes() == b"this is not a database" * 10
    assert run("frobnicate", check_rc=2).stderr


def test_subcommands_never_start_qt(demo_db):
    script = (
        "import sys; from checkin.cli import main; "
        f"rc = main(['--db', {str(demo_db)!r}, 'search', 'a']); "
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt was imported'; sys.exit(rc)"
    )
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr


def test_every_command_has_help_text():
    from checkin.cli import build_parser

    parser = build_parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    helps = {c.dest: c.help for c in sub._choices_actions}
    for name in ("demo", "import", "search", "scan", "undo", "walk-in", "stats"):
        assert name in helps
    for name, text in helps.items():
        assert text and len(text) > 10, f"{name} has no help text"
    assert run("--help", check_rc=0).stdout.startswith("usage: checkin")


@pytest.mark.parametrize("args, says", [
    (("search",), "the following arguments are required: QUERY"),
    (("bogus",), "invalid choice: 'bogus'"),
    (("export", "-o", "x.pdf", "--what", "nonsense"), "invalid choice: 'nonsense'"),
    (("walk-in", "--first-name", "Ł", "--last-name", "N", "--organisation", "-Verein-"),
     "written as --option=VALUE"),
])
def test_bad_usage_is_one_line_with_exit_code_2(demo_db, args, says):
    """argparse prints its usage block and then the error; organisers' scripts and the issue ask
    for one line."""
    proc = run("--db", str(demo_db), *args, check_rc=2)
    assert says in proc.stderr and len(proc.stderr.strip().splitlines()) == 1, proc.stderr


def test_an_organisation_starting_with_a_dash_goes_in_with_equals(demo_db):
    out = run("--db", str(demo_db), "walk-in", "--first-name", "Ole", "--last-name", "Berg",
              "--organisation=-Verein-", "--json", check_rc=0)
    assert json.loads(out.stdout)["attendee"]["organisation"] == "-Verein-"


def test_times_in_text_output_are_german_time_and_the_log_names_people(demo_db):
    """`search` and `log` printed UTC ('2026-11-25T07:00:34.830Z') and `log` an internal '#485';
    --json keeps ISO 8601 UTC."""
    from checkin.exports import to_local
    from checkin.store import EventStore

    with EventStore.open(demo_db) as store:
        person = next(store.all_attendees(order="id"))
        at = store.check_in(person.id, "Desk 1").checked_in_at
    german = to_local(at).strftime("%d.%m.%Y %H:%M:%S")
    found = run("--db", str(demo_db), "search", person.code, check_rc=0).stdout
    assert f"checked in {german} at Desk 1" in found
    log = run("--db", str(demo_db), "log", person.code, check_rc=0).stdout
    assert log.strip() == f"{german}  check_in   {person.code} {person.full_name} at Desk 1"
    [found] = json.loads(run("--db", str(demo_db), "search", person.code, "--json", check_rc=0).stdout)
    assert found["checked_in_at"] == at


def test_a_look_at_another_file_does_not_make_it_the_last_event(demo_db, tmp_path):
    """`checkin --db desk2.db stats` (a look at a desk's copy) made the copy the last event used,
    and the window then opened it and checked people in there."""
    from checkin import paths

    copy = tmp_path / "desk2.db"
    run("--db", str(demo_db), "backup", "-o", str(copy), check_rc=0)
    run("--db", str(demo_db), "walk-in", "--first-name", "Ada", "--last-name", "Neu", check_rc=0)
    assert paths.last_event() == demo_db.resolve()
    for look in (["stats"], ["search", "ada"], ["log"], ["backup", "--list"],
                 ["export", "-o", str(tmp_path / "liste.csv")]):
        run("--db", str(copy), *look, check_rc=0)
    assert paths.last_event() == demo_db.resolve()
    run("--db", str(copy), "walk-in", "--first-name", "Bea", "--last-name", "Neu", check_rc=0)
    assert paths.last_event() == copy.resolve()  # working on it: now it is the event in use


def test_an_empty_scan_is_bad_input_not_an_unknown_badge(demo_db):
    proc = run("--db", str(demo_db), "scan", "  ", check_rc=2)
    assert "nothing to scan" in proc.stderr
