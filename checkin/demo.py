"""The built-in demo event and fictional registration lists.

"Integration vor Ort leben", 20 March 2017, Dortmund: every person here is
invented by combining names drawn from lists, seeded so a run is repeatable.
The same generator writes registration exports in the shapes organisers get
(German Excel CSV, UTF-8 CSV, XLSX) for tests, benchmarks and trying things.

    >>> records = demo_records(3, seed=1)
    >>> len(records), sorted(records[0])[:3]
    (3, ['accessibility', 'category', 'desk_note'])
"""

from __future__ import annotations

import csv
import random
from datetime import datetime, timedelta
from pathlib import Path

from checkin.exports import NEAREST_LETTER
from checkin.search import din5007_2

EVENT_NAME = "Integration vor Ort leben"
EVENT_DATE = "2017-03-20"
EVENT_VENUE = "Dortmund"

_FIRST = [
    "Anna", "Birgit", "Claudia", "Dörte", "Elke", "Friederike", "Greta", "Heike", "Ilse", "Judith",
    "Karin", "Lotte", "Marlene", "Nadine", "Paula", "Rita", "Sibylle", "Theresa", "Ulrike", "Wiebke",
    "Ayşe", "Zeynep", "Elif", "Hatice", "Gülay", "Leyla", "Amal", "Fatima", "Nour", "Huda",
    "Agnieszka", "Małgorzata", "Joanna", "Thi Lan", "Ngọc Anh", "Olena", "Iryna", "Chiara", "Inês",
    "Anne-Kathrin", "Marie-Luise", "Søren", "Zoë", "Albrecht", "Bernd", "Carsten", "Detlef", "Ernst",
    "Günther", "Hans-Jürgen", "Jörg", "Konrad", "Lutz", "Malte", "Norbert", "Otto", "Rüdiger", "Stefan",
    "Torsten", "Volker", "Mehmet", "Murat", "Emre", "Çağlar", "Ömer", "Ahmad", "Khaled", "Youssef",
    "Samir", "Łukasz", "Piotr", "Tomasz", "Văn Minh", "Quốc Bảo", "Oleksandr", "Dmytro", "João",
    "François", "Björn", "Nils", "Jan-Hendrik",
]
_LAST = [
    "Müller", "Mueller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
    "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder",
    "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hartmann", "Lange", "Weiß", "Groß",
    "Jäger", "Kühn", "Böhm", "Meyer-Lüdenscheid", "Schulze-Vörding", "von der Heide", "van den Berg",
    "de Vries", "zu Loewenstein", "Özdemir", "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Aydın",
    "Al-Hassan", "El-Masri", "Haddad", "Abu Khalil", "Kowalski", "Wiśniewska", "Wójcik",
    "Dąbrowski", "Nguyễn", "Trần", "Phạm", "Kovalenko", "Shevchenko", "Rossi", "Ferreira", "Dubois",
    "Ødegaard", "Strauß", "Nußbaum", "Äppelmann", "Oberhausen-Wattenscheidt-Langendreer",
]
# People whose names need a fallback font or right-to-left shaping on a badge.
_SPECIAL_PEOPLE = [
    ("Thi Lan", "Nguyễn", "Vietnamesischer Kulturverein Dortmund e. V."),
    ("Agnieszka", "Wiśniewska", "Stadt Gelsenkirchen"),
    ("Ayşe", "Yılmaz", "Quartiersbüro Nordstadt"),
    ("Олена", "Коваленко", "Ukrainischer Verein Ruhr e. V."),
    ("Αλέξανδρος", "Παπαδόπουλος", "Griechische Gemeinde Dortmund"),
    ("سمير", "الحداد", "Deutsch-Arabisches Zentrum Essen"),
]
_TITLES = ["", "", "", "", "", "", "Dr.", "Dr.", "Prof. Dr.", "Dipl.-Ing."]
_KINDS = [("Kommune", 46), ("Land", 12), ("Bund", 4), ("Verband", 16),
          ("Initiative", 14), ("Wissenschaft", 5), ("Sonstige", 3)]
_TOWNS = ["Dortmund", "Bochum", "Essen", "Gelsenkirchen", "Duisburg", "Hagen", "Hamm", "Herne",
          "Unna", "Münster", "Köln", "Wuppertal", "Bielefeld", "Leipzig", "Görlitz", "Mülheim an der Ruhr",
          "Offenbach am Main", "Nürnberg", "Saarbrücken", "Lünen", "Castrop-Rauxel"]
_ORGS = {
    "Land": ["Ministerium für Heimat, Kommunales, Bau und Digitalisierung NRW",
             "Sächsisches Staatsministerium für Regionalentwicklung", "Senatsverwaltung für Integration Berlin"],
    "Bund": ["Bundesministerium für Wohnen, Stadtentwicklung und Bauwesen",
             "Bundesinstitut für Bau-, Stadt- und Raumforschung"],
    "Verband": ["Deutscher Städtetag", "Deutscher Städte- und Gemeindebund", "Caritasverband Dortmund e. V.",
                "Diakonie Ruhr-Hellweg", "AWO Unterbezirk Dortmund", "Paritätischer NRW"],
    "Initiative": ["Nachbarschaftsinitiative Nordstadt", "Quartierstreff Hörde e. V.", "Bürgerhaus Scharnhorst",
                   "Interkultureller Garten Lünen", "Willkommensinitiative „Ankommen im Viertel“",
                   "Projekt »Brücken bauen«"],
    "Wissenschaft": ["TU Dortmund, Fakultät Raumplanung", "Ruhr-Universität Bochum", "Hochschule Düsseldorf",
                     "ILS – Institut für Landes- und Stadtentwicklungsforschung"],
    "Sonstige": ["Freiberuflich", "Planungsbüro Stadt + Raum GmbH", "Presse: Ruhr Nachrichten"],
}
_ROLES = ["Amtsleitung", "Sachbearbeitung", "Quartiersmanagement", "Integrationsbeauftragte/r",
          "Stadtplanung", "Referent/in", "Geschäftsführung", "Projektleitung", "Bürgermeister/in", "Ehrenamt", ""]
WORKSHOPS = ["Forum 1: Bildungsorte im Quartier", "Forum 2: Soziale Infrastruktur sanieren",
             "Forum 3: Nachbarschaft und Ehrenamt", "Forum 4: Wohnen und Integration"]
_DIETS = ["", "", "", "", "vegetarisch", "vegan", "halal", "glutenfrei", "laktosefrei"]
_ACCESS = [""] * 14 + ["Rollstuhl", "Gebärdensprachdolmetschung", "Induktionsschleife"]
_CATEGORIES = [""] * 40 + ["Referent/in", "Referent/in", "Presse", "Orga", "Gast"]

GERMAN_HEADERS = ["Anmelde-Nr.", "Anrede", "Titel", "Vorname", "Nachname", "Institution", "Art der Institution",
                  "Funktion", "Straße", "PLZ", "Ort", "E-Mail", "Telefon", "Workshop", "Ernährung",
                  "Barrierefreiheit", "Foto-Einwilligung", "Kategorie", "Hinweis", "Angemeldet am"]
ENGLISH_HEADERS = ["Registration ID", "Salutation", "Title", "First name", "Last name", "Organisation",
                   "Organisation type", "Role", "Street", "Postcode", "City", "Email", "Phone", "Workshop",
                   "Dietary requirements", "Accessibility needs", "Photo consent", "Category", "Note",
                   "Registered at"]


def _ascii(text: str) -> str:
    """An e-mail local part as people type it: umlauts spelled out (DIN 5007-2), other marks dropped."""
    return "".join(c for c in din5007_2(text).replace(" ", "-") if c.isascii() and (c.isalnum() or c in "-.")) \
        or "person"


def _person(rng: random.Random, n: int, used_emails: set[str]) -> dict:
    if n <= len(_SPECIAL_PEOPLE):
        first, last, org = _SPECIAL_PEOPLE[n - 1]
        kind = "Initiative"
    else:
        first, last = rng.choice(_FIRST), rng.choice(_LAST)
        kind = rng.choices([k for k, _ in _KINDS], [w for _, w in _KINDS])[0]
        town = rng.choice(_TOWNS)
        org = (rng.choice([f"Stadt {town}", f"Stadt {town}, Amt für Wohnen und Stadterneuerung",
                           f"Stadtverwaltung {town} – Sozialamt", "Kreis Unna"])
               if kind == "Kommune" else rng.choice(_ORGS[kind]))
    email = f"{_ascii(first)}.{_ascii(last)}@{rng.choice(['web.de', 'gmx.de', 'posteo.de', 'example.org'])}"
    while email in used_emails:
        email = email.replace("@", f"{rng.randint(2, 999)}@", 1)
    used_emails.add(email)
    category = rng.choice(_CATEGORIES)
    access = rng.choice(_ACCESS)
    note = {"Referent/in": "Referent/in: bitte zum Podium begleiten", "Presse": "Presse: Pressemappe aushändigen"
            }.get(category, "Rollstuhl: Aufzug zeigen" if access == "Rollstuhl" else "")
    return {
        "registration_id": f"IVO17-{n:05d}",
        "salutation": rng.choice(["Frau", "Herr", "Frau", "Herr", ""]),
        "title": rng.choice(_TITLES),
        "first_name": first, "last_name": last, "organisation": org, "organisation_type": kind,
        "role": rng.choice(_ROLES), "email": email,
        "workshop": rng.choice(WORKSHOPS + [""]), "dietary": rng.choice(_DIETS), "accessibility": access,
        "photo_consent": rng.random() > 0.2, "category": category, "desk_note": note,
        "registered_at": (datetime(2017, 1, 16, 9) + timedelta(minutes=rng.randint(0, 58 * 24 * 60))
                          ).strftime("%Y-%m-%dT%H:%M"),
        # Columns a real export has that checkin does not keep (data minimisation).
        "_street": f"{rng.choice(['Hauptstraße', 'Königswall', 'Am Markt', 'Münsterstraße'])} {rng.randint(1, 120)}",
        "_postcode": f"{rng.randint(1067, 99998):05d}", "_city": rng.choice(_TOWNS),
        "_phone": rng.choice(["", f"0231 {rng.randint(100000, 9999999)}", f"+49 171 {rng.randint(1000000, 9999999)}"]),
    }


def demo_people(count: int, seed: int = 2017) -> list[dict]:
    """``count`` fictional registrations with every column a real export has."""
    rng = random.Random(seed)
    used: set[str] = set()
    return [_person(rng, n, used) for n in range(1, count + 1)]


def demo_records(count: int, seed: int = 2017) -> list[dict]:
    """``count`` fictional attendees as records for :meth:`EventStore.insert_attendees`."""
    return [{k: v for k, v in p.items() if not k.startswith("_")} for p in demo_people(count, seed)]


def _row(p: dict, german: bool) -> list:
    consent = ("ja" if p["photo_consent"] else "nein") if german else ("yes" if p["photo_consent"] else "no")
    registered = datetime.strptime(p["registered_at"], "%Y-%m-%dT%H:%M")
    return [p["registration_id"], p["salutation"], p["title"], p["first_name"], p["last_name"],
            p["organisation"], p["organisation_type"], p["role"], p["_street"], p["_postcode"], p["_city"],
            p["email"], p["_phone"], p["workshop"], p["dietary"], p["accessibility"], consent, p["category"],
            p["desk_note"],
            registered.strftime("%d.%m.%Y %H:%M") if german else registered.strftime("%Y-%m-%dT%H:%M:%S")]


def write_registrations(path: str | Path, count: int, fmt: str = "excel-csv", seed: int = 2017) -> Path:
    """Write a fictional registration export of ``count`` rows.

    ``fmt`` is ``excel-csv`` (German Excel: cp1252, ``;``, CRLF, German headers),
    ``utf8-csv`` (UTF-8 with BOM, ``,``, English headers) or ``xlsx``.
    """
    path = Path(path)
    people = demo_people(count, seed)
    if fmt == "excel-csv":
        # Letters Excel's code page lacks become the nearest plain letter, else '?' (as Excel does).
        with path.open("w", encoding="cp1252", errors=NEAREST_LETTER, newline="") as f:
            writer = csv.writer(f, delimiter=";", lineterminator="\r\n")
            writer.writerow(GERMAN_HEADERS)
            writer.writerows(_row(p, True) for p in people)
    elif fmt == "utf8-csv":
        with path.open("w", encoding="utf-8-sig", newline="") as f:
            writer = csv.writer(f)
            writer.writerow(ENGLISH_HEADERS)
            writer.writerows(_row(p, False) for p in people)
    elif fmt == "xlsx":
        from openpyxl import Workbook

        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet("Anmeldungen")
        sheet.append(GERMAN_HEADERS)
        for p in people:
            row = _row(p, True)
            row[-1] = datetime.strptime(p["registered_at"], "%Y-%m-%dT%H:%M")
            sheet.append(row)
        workbook.save(path)
    else:
        raise ValueError(f"unknown format {fmt!r}")
    return path


def create_demo_event(store, attendees: int = 400, seed: int = 2017, checked_in: float = 0.0) -> None:
    """Fill an open, empty event database with the demo event.

    ``checked_in`` is the share of people checked in already (a desk mid-morning).
    """
    store.set_event(EVENT_NAME, EVENT_DATE, EVENT_VENUE)
    with store.transaction():
        ids = store.insert_attendees(demo_records(attendees, seed))
    rng = random.Random(seed)
    for attendee_id in ids:
        if rng.random() < checked_in:
            store.check_in(attendee_id, station=rng.choice(["Empfang 1", "Empfang 2"]))
