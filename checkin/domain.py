"""The things checkin talks about: the event, attendees, scan results, log entries.

Plain dataclasses with no database or Qt in them; ``to_json`` gives the shape
the command line prints with ``--json``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone

# Fields an attendee carries, in the order the desk, the badges and the report use them.
ATTENDEE_FIELDS = (
    "registration_id", "salutation", "title", "first_name", "last_name", "organisation",
    "organisation_type", "role", "email", "workshop", "dietary", "accessibility",
    "photo_consent", "category", "desk_note", "registered_at",
)
# Fields a badge shows (checkin.badges draws them; the code in the QR code never changes): a change
# to one of them after a badge was printed makes that badge out of date.
BADGE_FIELDS = ("title", "first_name", "last_name", "organisation", "category")
# Fields staff may correct at the desk (a typo on the list).
CORRECTABLE_FIELDS = (
    "title", "first_name", "last_name", "organisation", "organisation_type", "role", "email",
    "workshop", "dietary", "accessibility", "category", "desk_note",
)


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """``n`` and the noun in the right number: ``1 row``, ``2 rows``, ``3 people``."""
    return f"{n} {noun if n == 1 else plural or noun + 's'}"


def utc_text(moment: datetime) -> str:
    """An aware time as stored: ISO 8601 in UTC with milliseconds, ``2017-03-20T08:15:02.123Z``."""
    return moment.astimezone(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def utc_now() -> str:
    """The current time as stored (see :func:`utc_text`)."""
    return utc_text(datetime.now(timezone.utc))


def parse_utc(text: str) -> datetime:
    """Read a time written by :func:`utc_now` back into an aware datetime."""
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


@dataclass(frozen=True)
class Event:
    name: str
    date: str = ""
    venue: str = ""

    def to_json(self) -> dict:
        return asdict(self)


@dataclass
class Attendee:
    id: int
    code: str
    first_name: str
    last_name: str
    registration_id: str | None = None
    salutation: str = ""
    title: str = ""
    organisation: str = ""
    organisation_type: str = ""
    role: str = ""
    email: str = ""
    workshop: str = ""
    dietary: str = ""
    accessibility: str = ""
    photo_consent: bool | None = None
    category: str = ""
    desk_note: str = ""
    registered_at: str = ""
    walk_in: bool = False
    checked_in_at: str | None = None
    station: str | None = None
    extra: dict = field(default_factory=dict)

    @property
    def checked_in(self) -> bool:
        return self.checked_in_at is not None

    @property
    def full_name(self) -> str:
        """``Prof. Dr. Nour Aydin``: title, first and last name as printed on a list."""
        return " ".join(p for p in (self.title, self.first_name, self.last_name) if p)

    def to_json(self) -> dict:
        data = asdict(self)
        data["checked_in"] = self.checked_in
        return data


@dataclass(frozen=True)
class ScanResult:
    """What a scan or a check-in did. ``status`` is one of the ``STATUS_*`` values."""

    status: str
    attendee: Attendee | None = None
    checked_in_at: str | None = None
    station: str | None = None
    text: str = ""

    CHECKED_IN = "checked_in"
    ALREADY = "already_checked_in"
    UNKNOWN = "unknown"

    @property
    def admitted(self) -> bool:
        return self.status == self.CHECKED_IN

    def to_json(self) -> dict:
        return {
            "status": self.status,
            "attendee": self.attendee.to_json() if self.attendee else None,
            "checked_in_at": self.checked_in_at,
            "station": self.station,
        }


@dataclass(frozen=True)
class LogEntry:
    """One event of the append-only check-in log."""

    uuid: str
    attendee_id: int
    kind: str
    station: str
    at: str
    reason: str = ""
    refers_to: str | None = None
    details: dict = field(default_factory=dict)

    def to_json(self) -> dict:
        return asdict(self)
