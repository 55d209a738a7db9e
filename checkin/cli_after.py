"""After the event on the command line: ``export``, ``purge``, ``backup``, ``restore``, ``pin``.

A thin shell over :mod:`checkin.exports`, :mod:`checkin.attendance_list`,
:mod:`checkin.report`, :mod:`checkin.privacy` and :mod:`checkin.backup`.
The admin PIN guards the window only: whoever can run these commands can read
the file anyway.
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

_WHAT_BY_SUFFIX = {".csv": "attendance", ".xlsx": "attendance", ".pdf": "list"}


def add_commands(command, json_flag, station_flag) -> None:
    """Register this area's subcommands with the ``checkin`` parser."""
    p = command("export", cmd_export,
                "write the attendance (CSV/XLSX), the signed attendance list (PDF) or the report (PDF)")
    p.add_argument("-o", "--output", required=True, metavar="FILE",
                   help="FILE.csv or FILE.xlsx (attendance), FILE.pdf (the signed list, or the report "
                        "with --what report)")
    p.add_argument("--what", choices=("attendance", "list", "report"),
                   help="what to write (default: attendance for .csv/.xlsx, the signed list for .pdf)")
    p.add_argument("--columns", metavar="A,B,...",
                   help="attendance columns, e.g. last_name,first_name,organisation,checked_in_at,"
                        "extra:Telefon (default: name, organisation, type, workshop, e-mail, walk-in, "
                        "check-in time, desk)")
    p.add_argument("--excel", action="store_true",
                   help="CSV for German Excel: ';', Windows-1252 (letters it lacks become the nearest "
                        "plain letter or '?'); default: UTF-8 with BOM, all letters kept")
    p.add_argument("--delimiter", choices=(",", ";"), metavar="','|';'",
                   help="separator of a UTF-8 CSV (default ','; ';' opens in German Excel)")
    who = p.add_mutually_exclusive_group()
    who.add_argument("--checked-in", dest="checked_in", action="store_true", default=None,
                     help="only people checked in (default for the attendance export)")
    who.add_argument("--all", dest="checked_in", action="store_false",
                     help="everyone registered (default for the signed list, to sign at the desk)")
    p.add_argument("--lang", choices=("de", "en"), help="attendance column headers (default de)")
    json_flag(p)

    p = command("purge", cmd_purge,
                "close the event: delete all personal data for good, keep anonymous counts "
                "(export first!)")
    p.add_argument("--yes", action="store_true", help="really delete (required)")
    p.add_argument("--keep-backups", action="store_true",
                   help="keep the event's backups (they still hold the personal data)")
    json_flag(p)

    p = command("backup", cmd_backup, "back up the event database now (checked before it counts)")
    p.add_argument("-o", "--output", metavar="FILE",
                   help="where to write it (default: the automatic backup folder)")
    p.add_argument("--list", action="store_true", help="list the automatic backups instead, newest first")
    json_flag(p)

    p = command("restore", cmd_restore,
                "replace the event database (--db) with a backup; the replaced file is kept beside it")
    p.add_argument("file", metavar="FILE", help="the backup to restore")
    json_flag(p)

    p = command("pin", cmd_pin, "set, clear or check the admin PIN that locks the window's admin actions")
    p.add_argument("action", choices=("set", "clear", "check", "status"))
    p.add_argument("pin", nargs="?", metavar="PIN", help="the PIN (asked for, hidden, if not given)")
    json_flag(p)


# -- export ------------------------------------------------------------------------------------

def _what(args) -> str:
    from checkin import cli

    suffix = Path(args.output).suffix.lower()
    if suffix not in _WHAT_BY_SUFFIX:
        raise cli.UsageError(f"{args.output}: write a .csv, .xlsx or .pdf file")
    what = args.what or _WHAT_BY_SUFFIX[suffix]
    if (what == "attendance") != (suffix in (".csv", ".xlsx")):
        raise cli.UsageError(f"{args.output}: the {what} is written as "
                             + ("a .csv or .xlsx file" if what == "attendance" else "a .pdf file"))
    return what


def _refuse_options_that_do_not_apply(args, what: str) -> None:
    """An option the chosen export ignores is refused, so nobody believes it was used."""
    from checkin import cli

    xlsx = Path(args.output).suffix.lower() == ".xlsx"
    given = {"--columns": args.columns is not None, "--excel": args.excel,
             "--delimiter": args.delimiter is not None, "--lang": args.lang is not None,
             "--checked-in/--all": args.checked_in is not None}
    applies = {
        "attendance": ("--columns", "--checked-in/--all", "--lang")
        + (() if xlsx else ("--excel", "--delimiter")),
        "list": ("--checked-in/--all",),
        "report": (),
    }[what]
    wrong = [option for option, used in given.items() if used and option not in applies]
    if wrong:
        target = {"attendance": "an XLSX file", "list": "the signed attendance list",
                  "report": "the report"}[what]
        raise cli.UsageError(f"{', '.join(wrong)} does not apply to {target}")
    if args.excel and args.delimiter is not None:
        raise cli.UsageError("--excel always uses ';'; leave out --delimiter")


def cmd_export(args) -> int:
    from checkin import cli, exports

    what = _what(args)
    _refuse_options_that_do_not_apply(args, what)
    out = Path(args.output).expanduser()
    if not out.parent.is_dir():
        raise cli.UsageError(f"{out}: the folder {out.parent} does not exist")
    if out.is_dir():
        raise cli.UsageError(f"{out} is a folder; name the file to write")
    try:
        columns = exports.parse_columns(args.columns)
    except exports.ExportError as exc:
        raise cli.UsageError(str(exc)) from None
    with cli.open_store(args, remember=False) as store:
        try:
            data, text = _write_export(store, what, out, columns, args)
        except OSError as exc:  # a read-only folder, a full disk, /proc: one line, the old file kept
            raise cli.UsageError(f"{out}: could not write it ({exc.strerror or exc})") from None
        data["what"] = what
        cli.emit(args, data, text)
    return cli.EXIT_OK


def _write_export(store, what: str, out: Path, columns, args) -> tuple[dict, str]:
    """Write one export; its JSON and its line of text."""
    from checkin import exports, report
    from checkin.attendance_list import write_attendance_list
    from checkin.domain import counted

    if what == "attendance":
        result = exports.write_attendance(
            store, out, columns=columns, excel=args.excel, delimiter=args.delimiter or ",",
            checked_in_only=args.checked_in is not False, lang=args.lang or "de")
        text = f"{result.rows} people written to {out}"
        if result.lossy_cells:
            text += (f"\nnote: {result.lossy_cells} cells held letters Windows-1252 lacks; they were "
                     "written as the nearest plain letter or '?' (leave out --excel to keep them)")
        data = result.to_json()
    elif what == "list":
        result = write_attendance_list(store, out, checked_in_only=bool(args.checked_in))
        text = f"attendance list: {result.people} people on {counted(result.pages, 'page')} written to {out}"
        data = result.to_json()
    else:
        report.write_report(store, out)
        figs = report.figures(store)
        t = figs.total
        text = (f"report written to {out}: registered {t.registered}, attended {t.attended} "
                f"(walk-ins {t.walk_ins}), no-shows {t.no_shows}")
        data = {"path": str(out), **figs.to_json()}
    return data, text


# -- purge -------------------------------------------------------------------------------------

def cmd_purge(args) -> int:
    from checkin import cli, privacy

    if not args.yes:
        raise cli.UsageError(
            "purge deletes every name, e-mail and note for good. Export first (checkin export -o "
            "anwesenheit.xlsx; -o teilnehmerliste.pdf --checked-in; -o bericht.pdf --what report), "
            "then run 'checkin purge --yes'")
    with cli.open_store(args) as store:
        result = privacy.purge(store, keep_backups=args.keep_backups)
        lines = [f"purged {store.path} ('{store.event.name}'): {result.people} people and "
                 f"{result.log_entries} log entries deleted for good; anonymous counts kept for the report"]
        if result.deleted_backups:
            lines.append(f"{len(result.deleted_backups)} backups of this event were deleted as well "
                         "(they held the same personal data)")
        if result.kept_backups:
            lines.append(f"kept {len(result.kept_backups)} backups that still hold personal data, in "
                         f"{privacy.folders_of(result.kept_backups)}; delete them when no longer needed")
        if result.copies:
            lines.append("these copies of the event still hold the personal data; delete "
                         f"them too: {', '.join(str(path) for path in result.copies)}")
        if result.backups_of_copies:
            folders = privacy.folders_of(result.backups_of_copies)
            lines.append(f"kept {len(result.backups_of_copies)} backups of the event (in {folders}) while "
                         "those copies hold the same people; once the copies are deleted or purged, run the "
                         "purge again to delete the backups too")
        lines.append("desk copies on other laptops keep theirs until they are purged or deleted there")
        cli.emit(args, result.to_json(), "\n".join(lines))
    return cli.EXIT_OK


# -- backup and restore ------------------------------------------------------------------------

def cmd_backup(args) -> int:
    from checkin import backup, cli

    if args.list:
        db_path = cli.resolve_db(args)
        if db_path is None:
            raise cli.UsageError("no event database: give --db FILE or set CHECKIN_DB")
        found = backup.list_backups(db_path)
        cli.emit(args, [str(p) for p in found], "\n".join(str(p) for p in found) or "no backups yet")
        return cli.EXIT_OK
    with cli.open_store(args, remember=False) as store:
        path = backup.backup_now(store, args.output)
        cli.emit(args, {"backup": str(path)}, f"backup checked and written to {path}")
    return cli.EXIT_OK


def cmd_restore(args) -> int:
    from checkin import backup, cli

    if not (args.db or os.environ.get("CHECKIN_DB")):
        raise cli.UsageError("name the event database to restore into: --db FILE")
    db_path = cli.resolve_db(args)
    replaced = backup.restore(args.file, db_path)
    text = f"restored {args.file} into {db_path}"
    if replaced:
        text += f"; the replaced file was kept as {replaced}"
    cli.emit(args, {"restored": str(args.file), "db": str(db_path),
                    "replaced": str(replaced) if replaced else None}, text)
    return cli.EXIT_OK


# -- the admin PIN -----------------------------------------------------------------------------

def _read_pin(args, prompt: str) -> str:
    if args.pin is not None:
        return args.pin
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    return sys.stdin.readline().rstrip("\r\n")


def cmd_pin(args) -> int:
    from checkin import cli, privacy

    with cli.open_store(args) as store:
        if args.action == "set":
            pin = _read_pin(args, "New admin PIN: ")
            privacy.set_pin(store, pin)
            cli.emit(args, {"pin": "set"},
                     "admin PIN set: the window asks for it before import, export, purge, settings, "
                     "restore and undoing another desk's check-in. It guards the window, not the file.")
        elif args.action == "clear":
            privacy.clear_pin(store)
            cli.emit(args, {"pin": "cleared"}, "admin PIN cleared")
        elif args.action == "status":
            has = privacy.has_pin(store)
            cli.emit(args, {"pin": has}, "an admin PIN is set" if has else "no admin PIN is set")
        else:
            if not privacy.has_pin(store):
                raise cli.UsageError("no admin PIN is set")
            ok = privacy.check_pin(store, _read_pin(args, "Admin PIN: "))
            cli.emit(args, {"correct": ok}, "PIN correct" if ok else "wrong PIN")
            return cli.EXIT_OK if ok else cli.EXIT_NOT_ADMITTED
    return cli.EXIT_OK
