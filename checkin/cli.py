"""The ``checkin`` command line: a thin shell over the core functions.

With no subcommand it opens the window; with one it works headless and never
creates a QApplication. Exit codes: 0 done (``scan``: admitted now); 1 ``scan``
did not admit (already checked in, unknown code); 2 bad input, bad file or bad
usage, with a one-line message on stderr and no traceback.

Feature areas add their subcommands from their own modules (``cli_badges``,
``cli_after``) through ``add_commands(subparsers)``.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import socket
import sys
import traceback
from pathlib import Path

from checkin import paths
from checkin.store import EventStore, StoreError, check_event_date, companions

EXIT_OK, EXIT_NOT_ADMITTED, EXIT_BAD_INPUT = 0, 1, 2
_EXTENSIONS = ("checkin.cli_badges", "checkin.cli_after")


class UsageError(Exception):
    """Bad input on the command line; reported as one line, exit code 2."""


def default_station() -> str:
    """This desk's name: ``$CHECKIN_STATION``, else the computer's name."""
    return os.environ.get("CHECKIN_STATION") or socket.gethostname() or "Desk"


def resolve_db(args) -> Path | None:
    """The event database: ``--db``, else ``$CHECKIN_DB``, else the last event used."""
    if args.db:
        return Path(args.db).expanduser()
    if os.environ.get("CHECKIN_DB"):
        return Path(os.environ["CHECKIN_DB"]).expanduser()
    return paths.last_event()


def open_store(args, *, create: bool = False, remember: bool = True) -> EventStore:
    """Open the event database named on the command line (see :func:`resolve_db`). Commands
    that only look (``remember=False``: search, stats, log, export, badges, backup) leave the
    last event used as it was: a look at a desk's copy made it the event the window opened."""
    path = resolve_db(args)
    if path is None:
        raise UsageError("no event database: give --db FILE or set CHECKIN_DB")
    store = EventStore.open(path, create=create)
    if remember:
        paths.add_recent_event(path)
    return store


def emit(args, data, text: str) -> None:
    """Print ``data`` as one JSON document with ``--json``, else ``text``."""
    if getattr(args, "json", False):
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif text:
        print(text)


def _when(utc_text: str | None) -> str:
    """A stored UTC time as people read it: German time, ``20.03.2017 09:03:12`` (``--json``
    keeps the ISO 8601 UTC times)."""
    from checkin.exports import to_local

    return to_local(utc_text).strftime("%d.%m.%Y %H:%M:%S") if utc_text else ""


def _status(attendee) -> str:
    if attendee.checked_in:
        return f"checked in {_when(attendee.checked_in_at)} at {attendee.station}"
    return "not checked in"


def _line(attendee) -> str:
    org = f" ({attendee.organisation})" if attendee.organisation else ""
    walk = " [walk-in]" if attendee.walk_in else ""
    return f"{attendee.code}  {attendee.full_name}{org}{walk}: {_status(attendee)}"


# -- commands ------------------------------------------------------------------------------

def cmd_demo(args) -> int:
    from checkin.demo import create_demo_event

    path = resolve_db(args) if (args.db or os.environ.get("CHECKIN_DB")) else paths.default_demo_path()
    if path.exists():
        raise UsageError(f"{path} exists already; remove it or choose another --db")
    if args.attendees < 0:
        raise UsageError("--attendees must be 0 or more")
    with EventStore.open(path, create=True) as store:
        create_demo_event(store, args.attendees, seed=args.seed)
        paths.add_recent_event(path)
        stats = store.stats()
        emit(args, {"db": str(path), **stats},
             f"Demo event '{store.event.name}' with {stats['registered']} attendees in {path}")
    return EXIT_OK


def cmd_event(args) -> int:
    if args.date:
        check_event_date(args.date)  # before --create makes a file
    with open_store(args, create=args.create) as store:
        if any(v is not None for v in (args.name, args.date, args.venue)):
            store.set_event(args.name, args.date, args.venue)
        event = store.event
        emit(args, event.to_json(), f"{event.name} — {event.date} — {event.venue}")
    return EXIT_OK


def cmd_import(args) -> int:
    from checkin import importer

    source = Path(args.file)
    try:
        mapping = importer.parse_mapping_option(args.map) if args.map else None
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    # Read the file first: an unreadable file or unknown column creates no event database.
    table = importer.read_table(source, sheet=args.sheet)
    columns = importer.resolve_mapping(table, mapping)
    target = resolve_db(args)
    new_file = target is not None and not target.exists()
    with open_store(args, create=True) as store:
        if not args.dry_run and store.count():
            from checkin import backup  # a checked backup before every import

            backup.backup_now(store)

        def progress(done: int, total: int) -> None:
            if not args.json and sys.stderr.isatty():
                print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)

        report = importer.import_table(
            store, table, columns, dry_run=args.dry_run, skip_invalid=args.skip_invalid,
            keep=args.keep or (), progress=progress, source=str(source),
        )
        if not args.json and sys.stderr.isatty():
            print(file=sys.stderr)
        emit(args, report.to_json(), report.summary())
    refused = bool(report.rejected and not args.skip_invalid)
    if new_file and (refused or args.dry_run):
        for leftover in (target, *companions(target)):
            leftover.unlink(missing_ok=True)  # nothing was imported: leave no empty event behind
    if refused:
        invalid = importer.counted(report.invalid_rows, "invalid row")
        done = "nothing would be imported" if args.dry_run else "nothing was imported"
        print(f"checkin: {source}: {invalid}; {done} (fix them, or use --skip-invalid)", file=sys.stderr)
        return EXIT_BAD_INPUT
    return EXIT_OK


def cmd_search(args) -> int:
    if args.limit is not None and args.limit < 1:
        raise UsageError("--limit must be 1 or more")
    with open_store(args, remember=False) as store:
        found = store.search(args.query, limit=args.limit)
        emit(args, [a.to_json() for a in found], "\n".join(_line(a) for a in found) or "nobody found")
    return EXIT_OK


def cmd_scan(args) -> int:
    if not args.text.strip():
        raise UsageError("nothing to scan: give the text the scanner typed")
    with open_store(args) as store:
        result = store.scan(args.text, station=args.station)
        if result.status == result.CHECKED_IN:
            text = f"CHECKED IN: {result.attendee.full_name} at {result.station}"
        elif result.status == result.ALREADY:
            text = (f"ALREADY CHECKED IN: {result.attendee.full_name}, "
                    f"since {_when(result.checked_in_at)} at {result.station}")
        else:
            text = f"UNKNOWN CODE: {args.text.strip()!r}"
        emit(args, result.to_json(), text)
        return EXIT_OK if result.admitted else EXIT_NOT_ADMITTED


def _find_by_code(store: EventStore, text: str):
    from checkin import codes

    code = codes.parse_scan(text)
    attendee = store.attendee_by_code(code) if code else None
    if attendee is None:
        raise UsageError(f"unknown code: {text.strip()!r}")
    return attendee


def cmd_undo(args) -> int:
    with open_store(args) as store:
        attendee = _find_by_code(store, args.code)
        entry = store.undo(attendee.id, station=args.station, reason=args.reason or "")
        attendee = store.attendee(attendee.id)
        emit(args, {"status": "undone", "attendee": attendee.to_json(), "undone_at": entry.at,
                    "station": entry.station},
             f"UNDONE: {attendee.full_name} is no longer checked in")
    return EXIT_OK


def cmd_walk_in(args) -> int:
    with open_store(args) as store:
        namesakes = store.namesakes(args.first_name, args.last_name)
        result = store.add_walk_in(args.first_name, args.last_name, station=args.station,
                                   organisation=args.organisation or "",
                                   organisation_type=args.organisation_type or "")
        for other in namesakes:  # the window asks first; here a note, so scripts keep working
            state = f"checked in at {other.station}" if other.checked_in else "not checked in"
            where = other.organisation or "no organisation"
            print(f"checkin: note: {other.full_name} ({where}, code {other.code}, {state}) "
                  "was already in the event under this name", file=sys.stderr)
        emit(args, result.to_json(),
             f"WALK-IN CHECKED IN: {result.attendee.full_name}, code {result.attendee.code}")
    return EXIT_OK


def cmd_stats(args) -> int:
    with open_store(args, remember=False) as store:
        stats = store.stats()
        emit(args, stats, "\n".join(f"{k}: {v}" for k, v in stats.items()))
    return EXIT_OK


def cmd_merge(args) -> int:
    from checkin.merge import merge_desk

    with open_store(args) as store:
        report = merge_desk(store, Path(args.file))
        emit(args, report.to_json(), report.summary())
    return EXIT_OK


def cmd_log(args) -> int:
    with open_store(args, remember=False) as store:
        attendee_id = _find_by_code(store, args.code).id if args.code else None
        entries = store.log(attendee_id)
        people = {a.id: a for a in store.attendees_by_ids(sorted({e.attendee_id for e in entries}))}

        def who(attendee_id: int) -> str:
            person = people.get(attendee_id)
            return f"{person.code} {person.full_name}" if person else f"#{attendee_id}"

        emit(args, [e.to_json() for e in entries],
             "\n".join(f"{_when(e.at)}  {e.kind:<10} {who(e.attendee_id)} at {e.station} {e.reason}".rstrip()
                       for e in entries))
    return EXIT_OK


# -- the parser ----------------------------------------------------------------------------

class _Parser(argparse.ArgumentParser):
    """argparse with the project's error style: one line on stderr, exit code 2 (no usage block)."""

    def error(self, message: str):
        if message.startswith("argument") and "expected one argument" in message:
            message += " (a value that starts with '-' is written as --option=VALUE)"
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: {message} (see '{self.prog} --help')\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="checkin",
        description="Conference check-in desk. With no command, opens the window.",
    )
    parser.add_argument("--db", metavar="FILE",
                        help="event database (default: $CHECKIN_DB, else the last event used)")
    parser.add_argument("--version", action="version", version=f"checkin {_version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, func, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.set_defaults(func=func)
        return p

    def json_flag(p):
        p.add_argument("--json", action="store_true", help="print one JSON document")

    def station_flag(p):
        p.add_argument("--station", default=default_station(),
                       help="this desk's name (default: $CHECKIN_STATION or the computer's name)")

    p = command("demo", cmd_demo, "create the demo event (fictional people, seeded)")
    p.add_argument("--attendees", type=int, default=400, metavar="N", help="how many people (default 400)")
    p.add_argument("--seed", type=int, default=2017, help="random seed (default 2017)")
    json_flag(p)

    p = command("event", cmd_event, "show or change the event's name, date and venue")
    p.add_argument("--name")
    p.add_argument("--date", help="ISO date, e.g. 2017-03-20")
    p.add_argument("--venue")
    p.add_argument("--create", action="store_true", help="create the database if it does not exist")
    json_flag(p)

    p = command("import", cmd_import, "import a registration list (CSV or XLSX)")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--sheet", metavar="NAME",
                   help="XLSX sheet to read (default: the one Excel opens on, else the first visible)")
    p.add_argument("--dry-run", action="store_true", help="show what would happen, change nothing")
    p.add_argument("--skip-invalid", action="store_true", help="import the valid rows, skip the invalid ones")
    p.add_argument("--map", action="append", metavar="FIELD=COLUMN",
                   help="take FIELD from the column headed COLUMN, or from its letter or number as in a "
                        "spreadsheet (repeatable), e.g. first_name=Rufname or last_name=E")
    p.add_argument("--keep", action="append", metavar="COLUMN",
                   help="also store this column (not stored by default: data minimisation)")
    json_flag(p)

    p = command("search", cmd_search, "find attendees by name, organisation, e-mail or code")
    p.add_argument("query", metavar="QUERY")
    p.add_argument("--limit", type=int, default=50, metavar="N", help="at most N results (default 50)")
    json_flag(p)

    p = command("scan", cmd_scan, "check in the attendee whose code is in TEXT (what a scanner typed)")
    p.add_argument("text", metavar="TEXT")
    station_flag(p)
    json_flag(p)

    p = command("undo", cmd_undo, "take back an attendee's check-in (the log keeps both)")
    p.add_argument("code", metavar="CODE")
    p.add_argument("--reason", help="why (kept in the log)")
    station_flag(p)
    json_flag(p)

    p = command("walk-in", cmd_walk_in, "register a person at the desk and check them in at once")
    p.add_argument("--first-name", required=True)
    p.add_argument("--last-name", required=True)
    p.add_argument("--organisation")
    p.add_argument("--organisation-type")
    station_flag(p)
    json_flag(p)

    p = command("stats", cmd_stats, "live counts: registered, checked in, walk-ins")
    json_flag(p)

    p = command("merge", cmd_merge,
                "take in the check-ins and walk-ins of another desk's copy of this event (FILE is only read)")
    p.add_argument("file", metavar="FILE")
    json_flag(p)

    p = command("log", cmd_log, "the check-in log, for everyone or one code")
    p.add_argument("code", metavar="CODE", nargs="?")
    json_flag(p)

    for name in _EXTENSIONS:
        importlib.import_module(name).add_commands(command, json_flag, station_flag)
    return parser


def _version() -> str:
    from checkin import __version__

    return __version__


def _open_window(args) -> int:
    from checkin.ui.app import run  # the only place the CLI touches Qt

    return run(resolve_db(args))


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        return _open_window(args)
    try:
        return args.func(args)
    except (StoreError, UsageError) as exc:
        print(f"checkin: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("checkin: interrupted", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # never a traceback for the user: one line here, details in the log
        log = paths.data_dir() / "error.log"
        with log.open("a", encoding="utf-8") as f:
            traceback.print_exc(file=f)
        print(f"checkin: unexpected error: {exc} (details in {log})", file=sys.stderr)
        return EXIT_BAD_INPUT
