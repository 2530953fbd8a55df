"""Reference registers (``data/gazetteer/*.csv``) as plain records.

The gazetteer is the knowledge g40kg brings to every document: all Dutch municipalities
(with dissolved ones for older texts), the ministries with their TOOI name periods, the G40
members and common national organisations. Nothing here matches text; see
:mod:`graph.extract.gazetteer` for that.

Examples
--------
>>> gaz = load_gazetteer()
>>> len(gaz.municipalities), len(gaz.g40_members())
(342, 41)
>>> gaz.ministry_by_code["mnre1045"].label_at("2025-01-01")
'EZ'
>>> gaz.ministry_by_code["mnre1018"].current.label, gaz.ministry_by_code["mnre1018"].current.abbreviation
('Defensie', 'Def')
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .resources import data_path

__all__ = ["Municipality", "Ministry", "NamePeriod", "Organisation", "Gazetteer", "load_gazetteer", "ministry_label"]


@dataclass(frozen=True)
class Municipality:
    code: str  # CBS code, e.g. GM0758
    name: str  # official name ('s-Gravenhage)
    preferred: str  # preferred name (Den Haag); equals name when the register has none
    province: str
    province_code: str
    tooi_uri: str
    g40_member: bool = False
    g40_since: str | None = None  # ISO date when the register gives one, else free text
    g40_until: str | None = None  # the last day of a membership that ended (lid_tot), then g40_member is False
    dissolved: str | None = None  # end date for dissolved municipalities
    begins: str | None = None  # the first day of a municipality a redivision made (begindatum), else None
    successors: tuple[str, ...] = ()  # CBS codes of the municipalities a dissolved one went up in (opgegaan_in)
    aliases: tuple[str, ...] = ()  # everyday names (Den Bosch): municipality_aliases.csv

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys([self.preferred, self.name]))


@dataclass(frozen=True)
class NamePeriod:
    abbreviation: str
    name: str  # Economische Zaken en Klimaat
    full_name: str  # ministerie van Economische Zaken en Klimaat
    valid_from: str | None
    valid_until: str | None
    event: str | None = None

    @property
    def label(self) -> str:
        """What readers call the ministry in this period (:func:`ministry_label`)."""
        return ministry_label(self.abbreviation, self.name)

    def holds_at(self, date: str) -> bool:
        return (self.valid_from is None or self.valid_from <= date) and (
            self.valid_until is None or date <= self.valid_until
        )


#: the register's event of a ministry that went up in another: "<day>: … opgegaan in <code> (<abbreviation>)"
_MERGED_INTO = re.compile(r"(\d{4}-\d{2}-\d{2}):[^;]*?\bopgegaan in (mnre\d+) \(([^)]+)\)")


@dataclass(frozen=True)
class Ministry:
    code: str  # TOOI code, e.g. mnre1045: one identity across renamings
    tooi_uri: str
    periods: tuple[NamePeriod, ...]
    variants: tuple[str, ...] = ()  # abbreviations seen in use but not in the register

    @property
    def current(self) -> NamePeriod:
        """The latest name period (open-ended when the ministry still exists)."""
        return max(self.periods, key=lambda p: (p.valid_until is None, p.valid_until or "", p.valid_from or ""))

    @property
    def abbreviations(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys([p.abbreviation for p in self.periods] + list(self.variants)))

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(p.name for p in self.periods))

    def period_at(self, date: str | None) -> NamePeriod:
        """The name period in force at ISO ``date`` (the current one when undated or outside)."""
        if date:
            for period in self.periods:
                if period.holds_at(date[:10]):
                    return period
        return self.current

    def label_at(self, date: str | None) -> str:
        return self.period_at(date).label

    @property
    def merged_into(self) -> tuple[str, str, str] | None:
        """(day, TOOI code, abbreviation) of the ministry this one went up in, as the register's event
        of its last period says ("2026-02-23: Uitbreiding - opgegaan in mnre1034 (BZK)"); None when
        it did not (walkthrough 20, finding 18).

        >>> load_gazetteer().ministry_by_code["mnre1171"].merged_into, load_gazetteer().ministry_by_code["mnre1045"].merged_into
        (('2026-02-23', 'mnre1034', 'BZK'), None)
        """
        found = _MERGED_INTO.search(self.current.event or "")
        return found.groups() if found else None


def ministry_label(abbreviation: str, name: str) -> str:
    """A ministry's label in a name period: the register's abbreviation ("EZK", "BZ", "JenV"), unless
    it only clips the short name, which nobody writes ("Def" for Defensie, "Fin" for Financiën):
    then the short name.

    >>> ministry_label("Def", "Defensie"), ministry_label("Fin", "Financiën"), ministry_label("EZ", "Economische Zaken")
    ('Defensie', 'Financiën', 'EZ')
    """
    return name if len(abbreviation) < len(name) and name.startswith(abbreviation) else abbreviation


@dataclass(frozen=True)
class Organisation:
    abbreviation: str
    name: str
    aliases: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys([self.abbreviation, self.name, *self.aliases]))


@dataclass
class Gazetteer:
    municipalities: list[Municipality]
    dissolved: list[Municipality]
    ministries: list[Ministry]
    organisations: list[Organisation]
    municipality_by_code: dict[str, Municipality] = field(init=False)
    ministry_by_code: dict[str, Ministry] = field(init=False)
    organisation_by_abbreviation: dict[str, Organisation] = field(init=False)

    def __post_init__(self):
        self.municipality_by_code = {m.code: m for m in self.dissolved + self.municipalities}
        self.ministry_by_code = {m.code: m for m in self.ministries}
        self.organisation_by_abbreviation = {o.abbreviation: o for o in self.organisations}

    def g40_members(self) -> list[Municipality]:
        return [m for m in self.municipalities if m.g40_member]

    def provinces(self) -> dict[str, str]:
        """Province code → name."""
        return {m.province_code: m.province for m in self.municipalities if m.province_code}

    def province_labels(self) -> dict[str, str]:
        """Province code → the label that tells it apart: "provincie Utrecht" where a municipality has
        the province's name (Groningen, Utrecht), else the name ("Drenthe").

        >>> labels = load_gazetteer().province_labels()
        >>> sorted(label for label in labels.values() if label.startswith("provincie"))
        ['provincie Groningen', 'provincie Utrecht']
        """
        if "_province_labels" not in self.__dict__:  # asked once per province mention while resolving
            towns = {m.preferred for m in self.municipalities}
            self.__dict__["_province_labels"] = {code: f"provincie {name}" if name in towns else name
                                                 for code, name in self.provinces().items()}
        return self.__dict__["_province_labels"]


_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(handle)]


def _split(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split(";") if part.strip())


def _check_successors(path: Path, dissolved: list[Municipality], municipalities: list[Municipality]) -> None:
    """A one-line error naming ``path`` and the line of a dissolved municipality whose ``opgegaan_in`` names a
    code the lists do not hold, or the municipality itself (walkthrough 36, finding 6's rest; round 59d)."""
    known = {m.code for m in municipalities + dissolved}
    for number, town in enumerate(dissolved, start=2):
        wrong = [code for code in town.successors if code not in known or code == town.code]
        if wrong:
            from .errors import InputError
            from .messages import get_language

            raise InputError(f"{path}:{number}: " + (
                f"opgegaan_in {wrong[0]!r} is no municipality code of the lists; write the CBS code (GMxxxx) of "
                "the municipality it went up in, several separated by ';'" if get_language() == "en" else
                f"opgegaan_in {wrong[0]!r} is geen gemeentecode uit de lijsten; schrijf de CBS-code (GMxxxx) van "
                "de gemeente waarin zij opging, meer dan één gescheiden door ';'"))


@lru_cache(maxsize=4)
def load_gazetteer(directory: Path | None = None) -> Gazetteer:
    """Read the gazetteer CSVs (default: the bundled ``data/gazetteer``)."""
    directory = Path(directory) if directory else data_path("gazetteer")
    rows = _rows(directory / "g40_members.csv")
    members = {row["gemeentecode"]: row["lid_sinds"] for row in rows}
    # a member that left (walkthrough 36, finding 2): its row stays, with its last day
    left = {row["gemeentecode"]: row["lid_tot"] for row in rows if row.get("lid_tot")}
    for number, row in enumerate(rows, start=2):
        if row.get("lid_tot") and not _ISO.fullmatch(row["lid_tot"]):
            from .errors import InputError
            from .messages import get_language

            raise InputError(f"{directory / 'g40_members.csv'}:{number}: " + (
                f"lid_tot {row['lid_tot']!r} is no date; write the membership's last day as YYYY-MM-DD"
                if get_language() == "en" else
                f"lid_tot {row['lid_tot']!r} is geen datum; schrijf de laatste dag van het lidmaatschap als JJJJ-MM-DD"))
    aliases: dict[str, list[str]] = {}
    if (directory / "municipality_aliases.csv").is_file():
        for row in _rows(directory / "municipality_aliases.csv"):
            aliases.setdefault(row["code"], []).append(row["alias"])

    def municipality(row: dict[str, str], dissolved: str | None = None) -> Municipality:
        since = members.get(row["gemeentecode"])
        match = _ISO.match(since or "")
        return Municipality(
            code=row["gemeentecode"],
            name=row["naam"],
            preferred=row["voorkeursnaam"] or row["naam"],
            province=row["provincie"],
            province_code=row["provinciecode"],
            tooi_uri=row["tooi_uri"],
            g40_member=since is not None and dissolved is None and row["gemeentecode"] not in left,
            g40_since=(match.group(0) if match else since) if dissolved is None else None,
            g40_until=left.get(row["gemeentecode"]) if dissolved is None else None,
            dissolved=dissolved,
            begins=row.get("begindatum") or None,
            successors=_split(row.get("opgegaan_in") or "") if dissolved else (),
            aliases=tuple(aliases.get(row["gemeentecode"], ())),
        )

    municipalities = [municipality(r) for r in _rows(directory / "municipalities.csv")]
    dissolved = [municipality(r, r["einddatum"]) for r in _rows(directory / "municipalities_dissolved.csv")]
    _check_successors(directory / "municipalities_dissolved.csv", dissolved, municipalities)

    periods: dict[str, list[NamePeriod]] = {}
    uris: dict[str, str] = {}
    variants: dict[str, list[str]] = {}
    for row in _rows(directory / "ministries.csv"):
        code = row["tooi_code"]
        uris[code] = row["tooi_uri"]
        periods.setdefault(code, []).append(
            NamePeriod(
                abbreviation=row["afkorting_tooi"],
                name=row["naam"],
                full_name=row["naam_volledig"],
                valid_from=row["geldig_van"] or None,
                valid_until=row["geldig_tot"] or None,
                event=row["gebeurtenis"] or None,
            )
        )
        variants.setdefault(code, []).extend(_split(row["varianten_ongecontroleerd"]))
    ministries = [
        Ministry(code, uris[code], tuple(sorted(p, key=lambda x: x.valid_from or "")), tuple(dict.fromkeys(variants[code])))
        for code, p in periods.items()
    ]
    organisations = [
        Organisation(row["afkorting"], row["naam"], _split(row["aliassen"]))
        for row in _rows(directory / "organisations.csv")
    ]
    return Gazetteer(municipalities, dissolved, ministries, organisations)
