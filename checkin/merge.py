"""Bring together the check-ins of several laptops that each worked on a copy of the event.

Venue Wi-Fi is patchy, so each desk laptop works on its own copy of the event
database (``checkin backup -o desk2.db``). Afterwards, or whenever two
laptops meet, ``checkin merge desk2.db`` takes in what the other desk logged:
its check-ins, undos and corrections (matched by their UUIDs, so merging twice
changes nothing), the walk-ins it registered (matched by their codes) and the
badges it printed (so nobody's badge prints twice by accident).
Who is present is then derived from the combined log: a person checked in at
both desks counts once, from the earlier check-in.

The other file is only read, never changed.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict, dataclass, field
from pathlib import Path

from checkin.domain import ATTENDEE_FIELDS, counted
from checkin.importer import registration_key
from checkin.store import CHECK_INS_IN_FORCE, EventStore, StoreError, connect_read_only, inspect_existing

_PERSON_COLUMNS = ("code", "walk_in", "extra", *ATTENDEE_FIELDS)


@dataclass
class MergeReport:
    """What a merge took in."""

    events_added: int = 0
    people_added: int = 0
    badge_prints_added: int = 0
    corrections_applied: int = 0
    walk_ins_added: int = 0
    # people whose check-ins at two desks met in this merge: codes, and names for people to read
    checked_in_at_both: list[str] = field(default_factory=list)
    names_checked_in_at_both: list[str] = field(default_factory=list)
    # walk-ins taken in whose (folded) first and last name someone here already has: the same
    # person registered at both desks? (each desk asked only about its own people)
    walk_in_namesakes: list[str] = field(default_factory=list)
    checked_in: int = 0

    def to_json(self) -> dict:
        return asdict(self)

    def summary(self) -> str:
        others = self.people_added - self.walk_ins_added
        people = counted(self.walk_ins_added, "walk-in") + (
            f" and {counted(others, 'other person', 'other people')} registered there" if others else "")
        text = (f"Merged: {counted(self.events_added, 'log event')} and {people} taken in, "
                f"{counted(self.corrections_applied, 'correction')} applied; "
                f"{counted(self.checked_in, 'person is', 'people are')} checked in now.")
        if self.checked_in_at_both:
            text += ("\nChecked in at both desks (each counts once, from the earlier check-in): "
                     + "; ".join(self.names_checked_in_at_both))
        if self.walk_in_namesakes:
            text += ("\nWalk-ins from the other desk with a name already in the event (the same person "
                     "registered at both desks? then undo one check-in): "
                     + "; ".join(self.walk_in_namesakes))
        return text


def _described(person) -> str:
    name = " ".join(part for part in (person["first_name"], person["last_name"]) if part)
    return f"{name} ({person['organisation']})" if person["organisation"] else name


def _read_other(path: Path) -> sqlite3.Connection:
    inspect_existing(path)
    conn = connect_read_only(path)
    conn.row_factory = sqlite3.Row
    return conn


def merge_desk(store: EventStore, other_path: str | Path) -> MergeReport:
    """Take in the log and the walk-ins of another desk's copy of this event, in one transaction.

    Raises :class:`StoreError` if ``other_path`` is not a healthy checkin
    database or holds a different event.
    """
    other_path = Path(other_path)
    if other_path.resolve() == Path(store.path).resolve():
        raise StoreError(f"{other_path}: that is this event's own file")
    other = _read_other(other_path)
    try:
        _same_event(store, other, other_path)
        people = {row["code"]: row for row in other.execute(
            f"SELECT id, {', '.join(_PERSON_COLUMNS)} FROM attendees")}
        code_of = {row["id"]: code for code, row in people.items()}
        log = other.execute("SELECT uuid, attendee_id, kind, station, at, reason, refers_to, details "
                            "FROM checkin_log ORDER BY id").fetchall()
        has_prints = other.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'badge_prints'").fetchone()
        prints = other.execute("SELECT attendee_id, at, station, printed_by, layout, reason FROM badge_prints "
                               "ORDER BY id").fetchall() if has_prints else []
    finally:
        other.close()

    report = MergeReport()
    with store.transaction():
        conn = store.conn
        ours = dict(conn.execute("SELECT code, id FROM attendees"))
        by_registration = {registration_key(reg): id_ for reg, id_ in conn.execute(
            "SELECT registration_id, id FROM attendees WHERE registration_id IS NOT NULL")}
        known = {r[0] for r in conn.execute("SELECT uuid FROM checkin_log")}
        touched = set()
        for entry in log:
            if entry["uuid"] in known:
                continue
            code = code_of[entry["attendee_id"]]
            if code not in ours:
                person = people[code]
                number = registration_key(person["registration_id"] or "")
                if number in by_registration:
                    # both copies took in the same updated list, each giving this person its own code
                    # (00001 and 1 are one number, as on import: Excel drops the zeros)
                    ours[code] = by_registration[number]
                else:  # a walk-in registered at the other desk (or someone only its list had)
                    if person["walk_in"] and store.namesakes(person["first_name"], person["last_name"]):
                        report.walk_in_namesakes.append(_described(person))
                    record = {f: person[f] for f in ATTENDEE_FIELDS}
                    record.update(code=code, extra=json.loads(person["extra"] or "{}"))
                    (ours[code],) = store.insert_attendees([record], walk_in=bool(person["walk_in"]))
                    report.people_added += 1
                    report.walk_ins_added += bool(person["walk_in"])
            attendee_id = ours[code]
            touched.add(attendee_id)
            details = json.loads(entry["details"] or "{}")
            conn.execute(
                "INSERT INTO checkin_log (uuid, attendee_id, kind, station, at, reason, refers_to, details) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (entry["uuid"], attendee_id, entry["kind"], entry["station"], entry["at"], entry["reason"],
                 entry["refers_to"], entry["details"]),
            )
            report.events_added += 1
            if entry["kind"] == "correction":
                report.corrections_applied += _apply_correction(store, attendee_id, details)
        report.badge_prints_added = _merge_prints(conn, prints, code_of, ours)
        report.checked_in = store.derive_presence()
        for attendee_id, code, title, first, last in conn.execute(
            f"""
            SELECT a.id, a.code, a.title, a.first_name, a.last_name
            FROM checkin_log l JOIN attendees a ON a.id = l.attendee_id
            WHERE {CHECK_INS_IN_FORCE}
            GROUP BY l.attendee_id HAVING count(DISTINCT l.station) > 1 ORDER BY a.sort_key
            """):
            if attendee_id in touched:
                report.checked_in_at_both.append(code)
                report.names_checked_in_at_both.append(" ".join(p for p in (title, first, last) if p))
    return report


def _same_event(store: EventStore, other: sqlite3.Connection, other_path: Path) -> None:
    """Refuse a file that is not a copy of this event: the copies of one event share the moment
    it was created (a copy is made with ``checkin backup``); its name may have been changed since.
    Two events made separately, even from the same list and under the same name, gave their
    people different codes: merging them would count everybody twice."""
    row = other.execute("SELECT name, created_at FROM event WHERE id = 1").fetchone()
    ours = store.created_at
    if row is None or ours is None or row["created_at"] != ours:
        name = row["name"] if row else "no event"
        raise StoreError(
            f"{other_path}: holds another event ('{name}'), not a copy of '{store.event.name}'. "
            "Merge only copies made from this event with 'checkin backup -o FILE'.")


def _merge_prints(conn: sqlite3.Connection, prints: list, code_of: dict, ours: dict) -> int:
    """Take in the other desk's badge print log; a print is the same if person, time and desk are."""
    known = set(conn.execute("SELECT attendee_id, at, station FROM badge_prints"))
    added = 0
    for row in prints:
        attendee_id = ours.get(code_of[row["attendee_id"]])
        if attendee_id is None or (attendee_id, row["at"], row["station"]) in known:
            continue  # a person the other desk had but never logged anything for: not taken in
        conn.execute("INSERT INTO badge_prints (attendee_id, at, station, printed_by, layout, reason) "
                     "VALUES (?, ?, ?, ?, ?, ?)",
                     (attendee_id, row["at"], row["station"], row["printed_by"], row["layout"], row["reason"]))
        added += 1
    return added


def _apply_correction(store: EventStore, attendee_id: int, details: dict) -> int:
    """Apply the other desk's correction where our value is still the one it corrected."""
    current = store.conn.execute(
        f"SELECT {', '.join(ATTENDEE_FIELDS)} FROM attendees WHERE id = ?", (attendee_id,)).fetchone()
    values = dict(zip(ATTENDEE_FIELDS, current))
    changes = {name: change["after"] for name, change in details.items()
               if name in values and values[name] == change.get("before")}
    if changes:
        store.update_attendee(attendee_id, changes)
    return 1 if changes else 0
