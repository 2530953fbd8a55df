"""Score a facts export against a gold file (``../shared/gold/FORMAT.md``).

Matching follows the gold format: labels compare case-insensitively, without accents, ``&``
read as ``en``, hyphens and punctuation as spaces, a leading ``de``/``het`` dropped; role labels
also without spaces and hyphens; a ``hasRole`` fact also satisfies an ``affiliatedWith`` gold
fact between the same two entities; ``collaboratesWith`` is symmetric; ``"*"`` matches anything.
A gold fact may give its time (``{fact: [...], from: 2019, until: null}``, :mod:`graph.gold_dates`):
of the found gold facts with a time, :attr:`DocumentScore.time` counts those whose row has it right.

Examples
--------
>>> gold = {"documents": {"d": {"entities": {"b": {"type": "Municipality", "names": ["Breda"]},
...                                          "e": {"type": "Ministry", "names": ["EZK"]}},
...                             "facts": [["b", "collaboratesWith", "e"]]}}}
>>> facts = [{"document": "d", "subject": "EZK", "predicate": "collaboratesWith", "object": "Breda", "role": None},
...          {"document": "d", "subject": "d", "predicate": "mentions", "object": "Breda", "role": None}]
>>> score = evaluate(gold, facts)
>>> score.overall.relations.f1, score.overall.entities.recall
(1.0, 0.5)
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError
from .gold_dates import split_gold_fact, time_errors
from .messages import msg

__all__ = ["normalise_label", "DocumentGold", "row_is_right", "rows_satisfying", "Score", "TimeScore", "DocumentScore", "Evaluation", "evaluate", "load_gold"]

_PUNCT = re.compile(r"[^\w\s]|_")
_SPACE = re.compile(r"\s+")


def normalise_label(label: str) -> str:
    """The comparison form of a label.

    >>> normalise_label("De Pijler Economie & Werk")
    'pijler economie en werk'
    >>> normalise_label("Sittard-Geleen")
    'sittard geleen'
    """
    text = unicodedata.normalize("NFKD", str(label))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower().replace("&", " en ")
    text = _SPACE.sub(" ", _PUNCT.sub(" ", text)).strip()
    for article in ("de ", "het "):
        if text.startswith(article):
            text = text[len(article):]
    return text


def _normalise_role(role: str) -> str:
    return normalise_label(role).replace(" ", "")


@dataclass
class Score:
    correct: int = 0
    predicted: int = 0
    gold: int = 0
    found: int = 0

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __iadd__(self, other: "Score") -> "Score":
        self.correct += other.correct
        self.predicted += other.predicted
        self.gold += other.gold
        self.found += other.found
        return self


@dataclass
class TimeScore:
    """Gold facts that give a time: ``dated`` in all, ``checked`` of them found, ``correct`` of those
    with the right time (:func:`graph.gold_dates.time_errors`)."""

    dated: int = 0
    checked: int = 0
    correct: int = 0

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.checked if self.checked else None

    def __iadd__(self, other: "TimeScore") -> "TimeScore":
        self.dated += other.dated
        self.checked += other.checked
        self.correct += other.correct
        return self


@dataclass
class DocumentScore:
    document: str
    entities: Score = field(default_factory=Score)
    relations: Score = field(default_factory=Score)
    missed_entities: list[str] = field(default_factory=list)
    wrong_entities: list[str] = field(default_factory=list)
    missed_facts: list[str] = field(default_factory=list)
    wrong_facts: list[str] = field(default_factory=list)
    time: TimeScore = field(default_factory=TimeScore)
    wrong_dates: list[str] = field(default_factory=list)


@dataclass
class Evaluation:
    documents: list[DocumentScore]
    overall: DocumentScore

    @property
    def has_time(self) -> bool:
        """Whether the gold gives any fact a time (else the output stays as before round 39g)."""
        return self.overall.time.dated > 0


def load_gold(path: Path) -> dict:
    """Read and check a gold YAML file; :class:`InputError` names what is wrong."""
    import yaml

    try:
        gold = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except OSError as error:
        raise InputError(msg("gold_unreadable", path=path, reason=error.strerror or error)) from None
    except UnicodeDecodeError as error:
        raise InputError(msg("not_utf8", path=path, position=error.start)) from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = msg("gold_where", line=mark.line + 1, column=mark.column + 1) if mark else ""
        raise InputError(msg("gold_yaml", path=path, where=where)) from None
    if not isinstance(gold, dict) or "documents" not in gold:
        raise InputError(msg("gold_shape", path=path))
    if not isinstance(gold["documents"], dict):  # a list ("- id: …") or nothing under "documents:"
        raise InputError(msg("gold_documents_mapping", path=path, found=_yaml_kind(gold["documents"])))
    if not gold["documents"]:
        raise InputError(msg("gold_empty", path=path))  # it would score 1.00 on anything
    return gold


def check_overlap(gold: dict, facts: list[dict]) -> None:
    """:class:`InputError` when not one gold document has facts or was built (a wrong folder: every
    score would be 0.00 without saying why)."""
    built = {fact.get("document") for fact in facts}
    wanted = list(gold["documents"])
    if not built & set(wanted):
        raise InputError(msg("gold_unmatched", count=len(wanted), ids=", ".join(wanted[:3]) + (", …" if len(wanted) > 3 else "")))


class DocumentGold:
    """The gold of one document: its entities' names, its facts (with their times) and optional ones."""

    def __init__(self, spec: dict, document: str = ""):
        spec = spec or {}
        where = msg("gold_in_document", document=document) if document else ""
        self.names: dict[str, set[str]] = {}
        for ident, entity in (spec.get("entities") or {}).items():
            self.names[str(ident)] = {normalise_label(n) for n in (entity or {}).get("names", [])}
        self.optional_names = {normalise_label(n) for n in spec.get("optional_entities") or []}
        self.facts = [split_gold_fact(f, where) for f in spec.get("facts") or []]
        self.optional = [split_gold_fact(f, where)[0] for f in spec.get("optional_facts") or []]

    def ids_for(self, label: str) -> set[str]:
        norm = normalise_label(label)
        return {ident for ident, names in self.names.items() if norm in names}

    def is_optional_entity(self, label: str) -> bool:
        return normalise_label(label) in self.optional_names

    def keyed(self, rows: list[dict]) -> list[tuple]:
        """Each row with the gold ids of its subject and its object."""
        return [(row, self.ids_for(row["subject"]), self.ids_for(row["object"])) for row in rows]


def _side_matches(spec, ids: set[str]) -> bool:
    if spec == "*":
        return True
    if isinstance(spec, list):
        return any(str(s) in ids for s in spec)
    return str(spec) in ids


def _role_matches(spec, role) -> bool:
    if spec == "*" or spec is None:
        return True
    if role is None:
        return False
    roles = spec if isinstance(spec, list) else [spec]
    return _normalise_role(role) in {_normalise_role(r) for r in roles}


def _satisfies(row, subject_ids, object_ids, gold_fact) -> bool:
    subject_spec, predicate, object_spec = gold_fact[0], gold_fact[1], gold_fact[2]
    role_spec = gold_fact[3] if len(gold_fact) > 3 else None
    predicate_ok = predicate == "*" or predicate == row["predicate"] or (
        predicate == "affiliatedWith" and row["predicate"] == "hasRole"
    )
    if not predicate_ok:
        return False
    if predicate == "hasRole" and not _role_matches(role_spec, row.get("role")):
        return False
    if _side_matches(subject_spec, subject_ids) and _side_matches(object_spec, object_ids):
        return True
    symmetric = row["predicate"] == "collaboratesWith" and predicate in ("collaboratesWith", "*")
    return symmetric and _side_matches(subject_spec, object_ids) and _side_matches(object_spec, subject_ids)


def row_is_right(gold: "DocumentGold", row: dict) -> bool:
    """Whether a facts row (not a ``mentions`` row) satisfies a gold or optional fact of its document:
    the test ``evaluate`` counts a row right or wrong by (``benchmarks/extraction_causes.py`` too).

    >>> gold = DocumentGold({"entities": {"b": {"names": ["Breda"]}, "e": {"names": ["EZ"]}},
    ...                       "facts": [["b", "collaboratesWith", "e"]]})
    >>> row = {"subject": "EZ", "predicate": "collaboratesWith", "object": "Breda", "role": None}
    >>> row_is_right(gold, row), row_is_right(gold, dict(row, subject="EZK"))
    (True, False)
    """
    s_ids, o_ids = gold.ids_for(row["subject"]), gold.ids_for(row["object"])
    alternatives = [fact for fact, _ in gold.facts] + gold.optional
    return any(_satisfies(row, s_ids, o_ids, alt) for fact in alternatives for alt in fact)


def rows_satisfying(fact: list, keyed: list[tuple]) -> list[dict]:
    """The rows of ``keyed`` ((row, subject ids, object ids), :meth:`DocumentGold.keyed`) that satisfy
    any alternative of a gold fact: it is found when there is one.

    >>> gold = DocumentGold({"entities": {"b": {"names": ["Breda"]}, "e": {"names": ["EZ"]}}})
    >>> keyed = gold.keyed([{"subject": "Breda", "predicate": "collaboratesWith", "object": "EZ", "role": None}])
    >>> len(rows_satisfying([["e", "collaboratesWith", "b"]], keyed)), rows_satisfying([["b", "hasRole", "e"]], keyed)
    (1, [])
    """
    return [row for row, s, o in keyed if any(_satisfies(row, s, o, alt) for alt in fact)]


def _describe(fact) -> str:
    return " | ".join(str(part) for part in fact)


def _score_document(document: str, spec: dict, rows: list[dict]) -> DocumentScore:
    gold = DocumentGold(spec, document)
    result = DocumentScore(document)
    # entities, from the mentions rows
    mentioned = {row["object"] for row in rows if row["predicate"] == "mentions"}
    matched_ids: set[str] = set()
    for label in sorted(mentioned):
        ids = gold.ids_for(label)
        if ids:
            matched_ids |= ids
            result.entities.correct += 1
            result.entities.predicted += 1
        elif not gold.is_optional_entity(label):
            result.entities.predicted += 1
            result.wrong_entities.append(label)
    result.entities.gold = len(gold.names)
    result.entities.found = len(matched_ids & set(gold.names))
    result.missed_entities = sorted(set(gold.names) - matched_ids)
    # relations
    facts = [row for row in rows if row["predicate"] != "mentions"]
    keyed = gold.keyed(facts)
    for row in facts:
        result.relations.predicted += 1
        if row_is_right(gold, row):
            result.relations.correct += 1
        else:
            role = f" ({row['role']})" if row.get("role") else ""
            result.wrong_facts.append(f"{row['subject']} | {row['predicate']}{role} | {row['object']}   « {row.get('evidence', '')} »")
    result.relations.gold = len(gold.facts)
    for fact, time in gold.facts:
        result.time.dated += time.given
        found = rows_satisfying(fact, keyed)
        if not found:
            result.missed_facts.append(" OR ".join(_describe(alt) for alt in fact))
            continue
        result.relations.found += 1
        if time.given:
            _score_time(result, fact, time, found)
    return result


def _score_time(result: DocumentScore, fact: list, time, rows: list[dict]) -> None:
    """Count a found gold fact with a time: right when any row satisfying it has that time."""
    result.time.checked += 1
    errors = min((time_errors(time, row) for row in rows), key=len)
    if errors:
        result.wrong_dates.append(f"{' OR '.join(_describe(alt) for alt in fact)}: {'; '.join(errors)}")
    else:
        result.time.correct += 1


def evaluate(gold: dict, facts: list[dict]) -> Evaluation:
    """Score ``facts`` (facts-export rows) against ``gold`` (a parsed gold file)."""
    by_document: dict[str, list[dict]] = {}
    for row in facts:
        by_document.setdefault(row["document"], []).append(row)
    scores = [_score_document(doc, spec, by_document.get(doc, [])) for doc, spec in sorted(gold["documents"].items())]
    overall = DocumentScore("overall")
    for score in scores:
        overall.entities += score.entities
        overall.relations += score.relations
        overall.time += score.time
    return Evaluation(scores, overall)


def _yaml_kind(value) -> str:
    """How YAML wrote ``value``, in a user's words.

    >>> _yaml_kind([]), _yaml_kind(None), _yaml_kind("x")
    ('een lijst', 'niets', 'een tekst')
    """
    from .messages import get_language

    kinds = {list: ("een lijst", "a list"), type(None): ("niets", "nothing"), str: ("een tekst", "a text")}
    dutch, english = kinds.get(type(value), ("een waarde", "a value"))
    return english if get_language() == "en" else dutch
