"""Checks on the corpus as a whole, after its files are read: two files one document, one file twice.

A document's id is its file name without the extension, and every IRI made from it is spelt from
that id: the document and its named graph keep its case and drop what an IRI cannot hold
(:func:`graph.vocab.safe_id`), its evidence and memberships are slugs (lower case, accents
stripped, other marks read as ``-``; :func:`graph.vocab.slugify`). So two files whose names
differ only in case, accents, spaces or marks ("Notulen overleg.md" in one folder,
"notulen-overleg.txt" in another; "café" and "cafè") would write into the same nodes, and one
document's facts would silently replace the other's: :func:`check_distinct_ids` refuses that
with one line naming both files (``build --keep-going``: builds the rest, one of each pair kept and
the other named in a warning).

Two files of one name in different folders ("week1/Verslag.md", "week3/Verslag.md": one folder per
week or period) whose texts are alike are two versions of one document (:func:`newer_versions`): the
newer one is read — the later document date, else the newer file, else the later path — and one
warning names the older one left out (walkthrough 21, finding 3: the old version used to stay). Files
of one name whose texts share little (``2023/verslag.pdf``, ``2024/verslag.pdf``) are two documents,
and the build stops as above. In a document system's export, though, a name is unique per case only: files of one id
in different case folders (``Z2025-001234 Wijkaanpak/document1.pdf``, ``Z2025-001235/document1.pdf``: a folder whose
name begins with a case number, :func:`case_number`) whose texts differ are different documents, each read under
its id with the case number ("document1 (Z2025-001234)", :func:`case_ids`), and one warning names them (round 58d).
Such an id is a function of the files alone (a fresh build and a rebuild give the same); it changes only when a
second case gets a file of that name, and the next build reports that as a rename.

A file copied under another name ("brief.html" and "brief-kopie.html", a download's
"nieuws (1).txt") is one document read twice: its every fact would count two documents.
:func:`without_copies` keeps the best-named one (:func:`_copy_order`: not a download's "(1)" or a
"kopie"/"copy", a date in its name, no spaces, then the shortest name, since a copy's name is the
original's with something added, then the first by path) and names the others in one warning, from
which :func:`skipped_copies` reads them back for a command asked about a copy's id.

A document whose text is longer than a limit (:data:`MAX_DOCUMENT_SIZE` million characters, about
as many MB of plain text; ``build --max-document-size``) is left out with a warning naming it and
the limit (:func:`within_size_limit`): extraction takes about 15 s and 90 MB of memory a million
characters, so one concatenated export or a log dropped into the shared folder would otherwise
hold the graph's lock for many minutes. A rule of thumb: a report of 100 pages is 0.3 million.

>>> from types import SimpleNamespace as Doc
>>> _ = check_distinct_ids([Doc(id="overleg-café", path="a/overleg-café.md"),
...                         Doc(id="overleg-cafè", path="b/overleg-cafè.txt")])
Traceback (most recent call last):
graph.errors.InputError: b/overleg-cafè.txt: document-id 'overleg-cafè' valt samen met 'overleg-café' (a/overleg-café.md): ids die alleen in hoofdletters, accenten, spaties of leestekens verschillen, geven dezelfde knopen in de graaf; hernoem een van beide bestanden
"""

from __future__ import annotations

import hashlib
import math
import os
import re

from .errors import InputError
from .messages import CATALOGUE, get_language, msg
from .build_warnings import coded
from .version_facts import version_note
from .vocab import safe_id, slugify

__all__ = ["MAX_DOCUMENT_SIZE", "case_ids", "case_number", "check_distinct_ids", "spelling_ids", "words_key", "newer_versions", "skipped_copies", "too_large_warning", "within_size_limit", "without_copies", "without_renditions"]

#: the default limit of :func:`within_size_limit`, in million characters of text (``build --max-document-size``)
MAX_DOCUMENT_SIZE = 5.0

CATALOGUE.update(
    {
        "too_large": {"nl": "{path}: overgeslagen, {size} miljoen tekens tekst is meer dan de grens van {limit} miljoen "
                            "(ruimer of zonder grens: build --max-document-size {larger} of 0)",
                      "en": "{path}: skipped, {size} million characters of text is more than the limit of {limit} million "
                            "(a larger one or none: build --max-document-size {larger} or 0)"},
        "duplicate_id": {"nl": "{path}: document-id {id!r} wordt ook gebruikt door {other}; het id is de bestandsnaam "
                               "zonder extensie, dus hernoem een van beide bestanden (of bouw ze in aparte grafen met "
                               "--graph)",
                         "en": "{path}: document id {id!r} is also used by {other}; the id is the file name without its "
                               "extension, so rename one of the two files (or build them into separate graphs with "
                               "--graph)"},
        "colliding_id": {"nl": "{path}: document-id {id!r} valt samen met {other_id!r} ({other}): ids die alleen in "
                               "hoofdletters, accenten, spaties of leestekens verschillen, geven dezelfde knopen in de "
                               "graaf; hernoem een van beide bestanden",
                         "en": "{path}: document id {id!r} collides with {other_id!r} ({other}): ids that differ only "
                               "in case, accents, spaces or marks make the same nodes in the graph; rename one of the "
                               "two files"},
        "more_collisions": {"nl": "; en nog {n} zo (bestanden per id: {ids}): hernoem ook die, bijvoorbeeld met het "
                                  "zaaknummer voor de naam, of bouw met --keep-going (dat leest er één van elk)",
                            "en": "; and {n} more such (files per id: {ids}): rename those too, for instance with the "
                                  "case number before the name, or build with --keep-going (which reads one of each)"},
        "id_left_out": {"nl": "{path} overgeslagen (--keep-going): document-id valt samen met {other}, dat blijft "
                              "({why})",
                        "en": "{path} left out (--keep-going): its document id collides with {other}, which is kept "
                              "({why})"},
        "older_version": {"nl": "{path} overgeslagen: {newer} heeft dezelfde naam en is een nieuwere versie ({why}){facts}",
                          "en": "{path} left out: {newer} has the same name and is a newer version ({why}){facts}"},
        "named_version": {"nl": "{path} overgeslagen: {newer} is er een nieuwere versie van ({why}){facts}",
                          "en": "{path} left out: {newer} is a newer version of it ({why}){facts}"},
        "newer_by_number": {"nl": "versie {number}", "en": "version {number}"},
        "copies_in_folders": {"nl": "{path}: dezelfde inhoud staat ook in {others}; één keer gelezen (een kopie per "
                                    "zaak of map)",
                              "en": "{path}: the same content is also in {others}; read once (a copy per case or "
                                    "folder)"},
        "other_format": {"nl": "{path} overgeslagen: {kept} in dezelfde map heeft dezelfde naam en dezelfde tekst in een "
                                "ander formaat, en dat wordt gelezen ({why})",
                         "en": "{path} left out: {kept} in the same folder has the same name and the same text in "
                               "another format, and that one is read ({why})"},
        "format_text_first": {"nl": "een tekstformaat gaat voor", "en": "a text format goes first"},
        "newer_by_date": {"nl": "latere documentdatum {date}", "en": "a later document date, {date}"},
        "newer_by_file": {"nl": "een nieuwer bestand", "en": "a newer file"},
        "newer_by_path": {"nl": "later in de volgorde van de mappen", "en": "later in the order of the folders"},
        "kept_previous": {"nl": "het stond in de vorige bouw", "en": "it was in the previous build"},
        "kept_lower_case": {"nl": "een naam in kleine letters gaat voor", "en": "a name in lower case goes first"},
        "kept_first": {"nl": "het eerste in alfabetische volgorde", "en": "the first in alphabetical order"},
        "case_ids": {"nl": "{n} documenten met dezelfde naam in verschillende zaken hebben het zaaknummer in hun id "
                           "(de bestandsnaam met het nummer van de zaakmap): {ids}",
                     "en": "{n} documents of one name in different cases have the case number in their id (the file "
                           "name with the number of the case folder): {ids}"},
        "spelling_ids": {"nl": "{n} documenten in één map met namen die alleen in hoofdletters verschillen hebben die "
                               "hoofdletters in hun id (een documentsysteem op een hoofdlettergevoelig bestandssysteem "
                               "exporteert ze zo): {ids}",
                         "en": "{n} documents in one folder whose names differ only in capital letters have those "
                               "capitals in their id (a document system on a case-sensitive file system exports them "
                               "so): {ids}"},
        "spelling_copy": {"nl": "{path} overgeslagen: {kept} in dezelfde map heeft dezelfde naam op de hoofdletters na en "
                                "dezelfde tekst, en dat wordt gelezen ({why})",
                          "en": "{path} left out: {kept} in the same folder has the same name but for its capitals and "
                                "the same text, and that one is read ({why})"},
        "copy_skipped": {"nl": "1 kopie overgeslagen (dezelfde inhoud en datum als een ander document): {pairs}",
                         "en": "1 copy skipped (the same content and date as another document): {pairs}"},
        "copies_skipped": {"nl": "{n} kopieën overgeslagen (dezelfde inhoud en datum als een ander document): {pairs}",
                           "en": "{n} copies skipped (the same content and date as another document): {pairs}"},
        "renditions_skipped": {"nl": "{n} archiefversie(s) overgeslagen (dezelfde tekst als het origineel, dat wordt "
                                     "gelezen met zijn datum): {pairs}",
                               "en": "{n} archive rendition(s) skipped (the same text as the original, which is read "
                                     "with its date): {pairs}"},
    }
)

#: an id that is its own slug and IRI-safe spelling: lower-case ASCII words joined by single hyphens
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")

#: how many copies the warning names (the rest is counted)
COPIES_SHOWN = 10


def check_distinct_ids(documents, *, keep_going: bool = False, kept=frozenset(),
                       modified=None) -> tuple[list, list[str]]:
    """``documents`` and ``[]`` when no two documents' ids are, or make, the same IRIs; else
    :class:`InputError` for the first pair — or, ``keep_going`` (an unattended build), one of each
    pair kept and a warning for each file left out, naming the file kept and why. The rule
    (:func:`_keeping_order`): the previous build's file (its path in ``kept``); on a first build the
    one whose name is in lower case (``nieuws-onderwijs.txt`` before ``Nieuws-Onderwijs.md``: the
    spelling of the graph's IRIs, and the usual one of a shared folder's files); else the first by path.
    Before that, the older versions of a document in another folder are left out, each with a warning
    (:func:`newer_versions`, ``modified``: path → the file's time), also without ``keep_going``.

    >>> from types import SimpleNamespace as Doc
    >>> docs = [Doc(id="a", path="a.txt"), Doc(id="A", path="x/A.md"), Doc(id="b", path="b.txt")]
    >>> check_distinct_ids(docs)
    Traceback (most recent call last):
    graph.errors.InputError: x/A.md: document-id 'A' valt samen met 'a' (a.txt): ids die alleen in hoofdletters, accenten, spaties of leestekens verschillen, geven dezelfde knopen in de graaf; hernoem een van beide bestanden
    >>> kept, warnings = check_distinct_ids(docs, keep_going=True, kept={"x/A.md"})
    >>> [d.id for d in kept], warnings
    (['b', 'A'], ['a.txt overgeslagen (--keep-going): document-id valt samen met x/A.md, dat blijft (het stond in de vorige bouw)'])
    >>> check_distinct_ids([Doc(id="Nieuws", path="a/Nieuws.md"), Doc(id="nieuws", path="b/nieuws.txt")],
    ...                    keep_going=True)[1]
    ['a/Nieuws.md overgeslagen (--keep-going): document-id valt samen met b/nieuws.txt, dat blijft (een naam in kleine letters gaat voor)']
    """
    documents, older = newer_versions(documents, modified)  # week1/x.md and week3/x.md: the newer one counts
    documents, named = named_versions(documents, modified)  # x.docx and x_v2.docx: the newer one counts
    documents, spelt = spelling_ids(documents)  # Notitie.pdf and notitie.pdf in one folder: two, or one (round 59m)
    documents, cased = case_ids(documents)  # Z1/document1.pdf and Z2/document1.pdf: two documents (round 58d)
    older = older + named + spelt + cased
    if keep_going:  # the previous build's file first: it keeps its place, the newcomer waits outside
        documents = sorted(documents, key=lambda d: _keeping_order(d, kept))
    seen: dict[str, object] = {}
    left_out: list[str] = []
    collisions: list[str] = []  # without keep_going: each file whose id another already has
    colliding: dict[str, int] = {}  # the ids of those, and how many files more each has
    chosen = []
    for document in documents:
        # most ids are slugs already ("g40-synth-00001"): then all three spellings are the id itself
        if _SLUG.fullmatch(document.id):
            other = seen.get(document.id)
            if other is None:
                seen[document.id] = document
                chosen.append(document)
                continue
            keys: tuple = (document.id,)
        else:
            keys = (document.id, safe_id(document.id), slugify(document.id))
            other = next((seen[key] for key in keys if key in seen), None)
        if other is None:
            seen.update(dict.fromkeys(keys, document))
            chosen.append(document)
        elif keep_going:
            left_out.append(coded("id_left_out", path=document.path, other=other.path,
                                why=_why_kept(other, document, kept)))
        elif other.id == document.id:
            collisions.append(msg("duplicate_id", path=document.path, id=document.id, other=other.path))
            colliding[other.id] = colliding.get(other.id, 0) + 1
        else:
            collisions.append(msg("colliding_id", path=document.path, id=document.id, other_id=other.id,
                                  other=other.path))
            colliding[other.id] = colliding.get(other.id, 0) + 1
    if collisions:  # every collision at once: a case tree's "Agenda.docx" in 14 folders is one rename, not 14 runs
        more = len(collisions) - 1
        raise InputError(collisions[0] + ("" if not more else msg(
            "more_collisions", n=more, ids=", ".join(f"{name!r} {count + 1}×" for name, count in colliding.items()))))
    if keep_going:
        chosen.sort(key=lambda d: d.path)
    return chosen, older + left_out


#: how much of the shorter text's word pairs the other must hold for two files of one name to be versions
VERSION_OVERLAP = 0.5


def newer_versions(documents, modified=None) -> tuple[list, list[str]]:
    """``documents`` without the older versions of a document, and a warning for each one left out.

    Two files are versions of one document when they have one id (file name without extension), are
    in different folders and their texts are alike (:func:`_alike`). The newer one (:func:`_newer`) is
    kept: the later document date, else the newer file (``modified``: path → time), else the later
    path. Files of one id whose texts are not alike stay, for :func:`check_distinct_ids` to refuse.
    The warning says how many of the older one's facts drop out or move to the newer one's date, and how
    to keep both (:func:`graph.version_facts.version_note`).

    >>> from types import SimpleNamespace as Doc
    >>> old = Doc(id="Verslag", path="week1/Verslag.md", date="2026-11-03", text="Aan de deal nemen Emmen en Ede deel.")
    >>> new = Doc(id="Verslag", path="week3/Verslag.md", date="2026-11-03", text="Aan de deal nemen Emmen en Epe deel.")
    >>> kept, warnings = newer_versions([old, new], {"week1/Verslag.md": 1, "week3/Verslag.md": 2})
    >>> [d.path for d in kept], warnings
    (['week3/Verslag.md'], ['week1/Verslag.md overgeslagen: week3/Verslag.md heeft dezelfde naam en is een nieuwere versie (een nieuwer bestand)'])
    >>> other = Doc(id="Verslag", path="2024/Verslag.md", date="2024-05-01", text="Een heel ander verslag over wonen.")
    >>> [d.path for d in newer_versions([old, other])[0]]
    ['week1/Verslag.md', '2024/Verslag.md']
    """
    modified = modified or {}
    by_id: dict[str, list] = {}
    for document in documents:
        by_id.setdefault(document.id, []).append(document)
    older: dict[int, str] = {}  # id() of a document left out → its warning
    for group in by_id.values():
        if len(group) < 2:
            continue
        older.update(_other_formats(group, modified))
        group = [d for d in group if id(d) not in older]
        newest = group[0]
        for document in group[1:]:
            newest = _newer(newest, document, modified)[0]
        copies = [d for d in group if d is not newest and _same_bytes(d, newest)]
        for document in group:
            if document is not newest and document not in copies and _folder(document) != _folder(newest) \
                    and not _other_cases(document, newest) and _alike(document, newest):
                why = _newer(document, newest, modified)[1]
                older[id(document)] = coded("older_version", path=document.path, newer=newest.path, why=why,
                                            facts=version_note(document, newest))
        if copies:  # a copy per case folder: no version, one line naming every place (walkthrough 34, finding 6)
            older.update(dict.fromkeys(map(id, copies), ""))
            older[id(copies[0])] = coded("copies_in_folders", path=newest.path,
                                         others=", ".join(sorted(d.path for d in copies)))
    if not older:
        return list(documents), []
    return [d for d in documents if id(d) not in older], [older[id(d)] for d in documents if older.get(id(d))]


#: a case folder's name: a case number first (a letter code, a year of two or four digits, a serial number:
#: "Z2025-001234", "Z-2023-01234 Stedenbeleid", "ZK25000123", "ZAAK-2024-0042"), then nothing or a word
_CASE_FOLDER = re.compile(r"(?i)^((?:z|zk|zaak)[-_ ]?(?:\d{2}|(?:19|20)\d{2})[-_ ]?\d{3,})(?![^\W_])")


def case_number(path) -> str | None:
    """The case number of the nearest folder of ``path`` whose name begins with one (:data:`_CASE_FOLDER`), or None.

    >>> case_number("export/2023/Z-2023-01234 Stedenbeleid/Archiefversies/Agenda.pdf"), case_number("Z2025-001234/a.txt")
    ('Z-2023-01234', 'Z2025-001234')
    >>> case_number("week1/Verslag.md"), case_number("2024/verslag.pdf"), case_number("Z2025-001234.txt")
    (None, None, None)
    """
    for part in reversed(os.path.dirname(str(path)).replace("\\", "/").split("/")):
        found = _CASE_FOLDER.match(part)
        if found:
            return found[1]
    return None


def _other_cases(a, b) -> bool:
    """Whether documents ``a`` and ``b`` lie in case folders of two different cases (:func:`case_number`)."""
    first, second = case_number(a.path), case_number(b.path)
    return first is not None and second is not None and first.lower() != second.lower()


def case_ids(documents) -> tuple[list, list[str]]:
    """``documents`` where the files of one id (or of ids that make the same IRIs, :func:`check_distinct_ids`) lie in
    case folders of different cases: each of those with its case number in its id, "document1 (Z2025-001234)"; and one
    warning naming them (``[]`` when there are none). A file of that id outside a case folder, or a second one in the same
    case, keeps its id (and :func:`check_distinct_ids` refuses what still collides). Its path is unchanged: the document
    page and ``diff`` show the file to open.

    >>> from types import SimpleNamespace as Doc
    >>> docs = [Doc(id="document1", path="Z2025-001234 Wijkaanpak/document1.pdf"), Doc(id="Document1", path="Z2025-001235/Document1.txt"),
    ...         Doc(id="notitie", path="Z2025-001235/notitie.txt")]
    >>> kept, warnings = case_ids(docs)
    >>> [d.id for d in kept]
    ['document1 (Z2025-001234)', 'Document1 (Z2025-001235)', 'notitie']
    >>> warnings
    ['2 documenten met dezelfde naam in verschillende zaken hebben het zaaknummer in hun id (de bestandsnaam met het nummer van de zaakmap): document1 (Z2025-001234), Document1 (Z2025-001235)']
    >>> case_ids([Doc(id="Verslag", path="week1/Verslag.md"), Doc(id="Verslag", path="week3/Verslag.md")])[1]
    []
    """
    by_key: dict[str, list] = {}
    for document in documents:
        by_key.setdefault(slugify(document.id), []).append(document)
    renamed: dict[int, str] = {}
    for group in by_key.values():
        if len(group) < 2:
            continue
        cases: dict[str, list] = {}
        for document in group:
            number = case_number(document.path)
            if number is not None:
                cases.setdefault(number.lower(), []).append((number, document))
        if len(cases) < 2:
            continue
        for members in cases.values():
            if len(members) == 1:  # two files of the id in one case: neither told apart by the case
                number, document = members[0]
                renamed[id(document)] = f"{document.id} ({number})"
    if not renamed:
        return list(documents), []

    documents = [_with_id(d, renamed.get(id(d))) for d in documents]
    new_ids = set(renamed.values())
    names = sorted((d.id for d in documents if d.id in new_ids), key=lambda name: (name.lower(), name))
    shown = ", ".join(names[:COPIES_SHOWN]) + (" …" if len(names) > COPIES_SHOWN else "")
    return documents, [coded("case_ids", n=len(names), ids=shown, documents=names[:COPIES_SHOWN])]


def spelling_ids(documents) -> tuple[list, list[str]]:
    """``documents`` where files in one folder have names that differ only in letter case (``Notitie.pdf`` and
    ``notitie.pdf``, which a document system on a case-sensitive file system exports; their ids would make the same
    IRIs, :func:`check_distinct_ids`): of those with the same words (:func:`words_key`) one is read (a name in lower
    case first, else the first by path) and a warning names each other; those that differ are each read, the one with
    the fewest capitals under its id and each other with its capitals in brackets, "Notitie (N)", "NOTITIE (NOTITIE)",
    and one warning names them. The ids are a function of the folder's names alone (a fresh build and a rebuild
    give the same). Where two of the others have the same capitals ("AaB" and "aAB" beside "AAb"), they all keep their
    ids, for :func:`check_distinct_ids` to refuse; so do files of such names in different folders, and names that differ
    in their type too (``Nieuws.md`` beside ``nieuws.txt``: any file system holds both, and walkthrough 43f's rule
    keeps the lower-case one under ``--keep-going``).

    >>> from types import SimpleNamespace as Doc
    >>> docs = [Doc(id="Notitie", path="z/Notitie.pdf", text="Anna de Wit."), Doc(id="notitie", path="z/notitie.pdf", text="Ede."),
    ...         Doc(id="NOTITIE", path="z/NOTITIE.PDF", text="Epe."), Doc(id="Notitie", path="y/Notitie.pdf", text="Epe.")]
    >>> kept, warnings = spelling_ids(docs)
    >>> [d.id for d in kept]
    ['Notitie (N)', 'notitie', 'NOTITIE (NOTITIE)', 'Notitie']
    >>> warnings
    ['3 documenten in één map met namen die alleen in hoofdletters verschillen hebben die hoofdletters in hun id (een documentsysteem op een hoofdlettergevoelig bestandssysteem exporteert ze zo): notitie, Notitie (N), NOTITIE (NOTITIE)']
    >>> kept, warnings = spelling_ids([Doc(id="Nota", path="z/Nota.pdf", text="Ede en Epe."), Doc(id="nota", path="z/nota.pdf", text="Ede en  Epe")])
    >>> [d.path for d in kept], warnings
    (['z/nota.pdf'], ['z/Nota.pdf overgeslagen: z/nota.pdf in dezelfde map heeft dezelfde naam op de hoofdletters na en dezelfde tekst, en dat wordt gelezen (een naam in kleine letters gaat voor)'])
    """
    groups: dict[tuple, list] = {}
    for document in documents:  # the whole file name: only a case-sensitive file system holds both
        groups.setdefault((_folder(document), os.path.basename(document.path).lower()), []).append(document)
    left_out: dict[int, str] = {}
    renamed: dict[int, str] = {}
    for group in groups.values():
        if len(group) < 2 or len({d.id for d in group}) < 2:  # one spelling: newer_versions' and the id check's
            continue
        by_words: dict[str, list] = {}
        for document in group:
            by_words.setdefault(words_key(document), []).append(document)
        read = []
        for alike in by_words.values():
            first = min(alike, key=lambda d: _keeping_order(d, ()))
            read.append(first)
            for other in alike:
                if other is not first:
                    left_out[id(other)] = coded("spelling_copy", path=other.path, kept=first.path,
                                                why=_why_kept(first, other, ()))
        if len({d.id for d in read}) < 2:
            continue
        read.sort(key=lambda d: (sum(c.isupper() for c in d.id), d.id, d.path))
        marks = {id(d): "".join(c for c in d.id if c.isupper()) for d in read[1:]}
        if len({*marks.values()}) == len(marks) and all(marks.values()):
            renamed.update({key: f"{d.id} ({marks[key]})" for d in read[1:] for key in [id(d)]})
            renamed[id(read[0])] = read[0].id
    if not left_out and not renamed:
        return list(documents), []
    kept = [_with_id(d, renamed.get(id(d))) for d in documents if id(d) not in left_out]
    warnings = [left_out[id(d)] for d in documents if id(d) in left_out]
    if renamed:
        names = [new for new in renamed.values()]
        ordered = sorted(names, key=lambda name: (name.lower(), name))
        shown = ", ".join(ordered[:COPIES_SHOWN]) + (" …" if len(ordered) > COPIES_SHOWN else "")
        warnings.append(coded("spelling_ids", n=len(names), ids=shown, documents=ordered[:COPIES_SHOWN]))
    return kept, warnings


def _with_id(document, new: str | None):
    """``document`` with the id ``new`` (itself when ``new`` is None or its id)."""
    from dataclasses import is_dataclass, replace

    if new is None or new == document.id:
        return document
    return replace(document, id=new) if is_dataclass(document) else type(document)(**{**vars(document), "id": new})


#: a name that marks a version of another: "nota_v2", "nota v3", "nota-V2", "nota versie 2", a download's "nota (1)"
_VERSION_MARK = re.compile(r"(?i)(?:[ _-]+(?:v|versie[ _-]?)(?P<number>\d{1,3})|\s*\((?P<copy>\d{1,3})\))$")


def named_versions(documents, modified=None) -> tuple[list, list[str]]:
    """``documents`` without the older of two files whose names say they are versions of one document ("Notitie.docx"
    and "Notitie_v2.docx", "Verslag.pdf" and a download's "Verslag (1).pdf") and whose texts are alike
    (:func:`_alike`), and a warning for each one left out (walkthrough 34, finding 7: both were read, every fact
    twice). The newer one is kept: the higher version number ("_v3" over "_v2" over none), else as
    :func:`newer_versions` (the later document date, the newer file, the later path).

    >>> from types import SimpleNamespace as Doc
    >>> old = Doc(id="Notitie", path="z/Notitie.docx", date=None, text="Anna de Wit is voorzitter van de pijler.")
    >>> new = Doc(id="Notitie_v2", path="z/Notitie_v2.docx", date=None, text="Anna de Wit is voorzitter van de pijler en Ede.")
    >>> kept, warnings = named_versions([old, new])
    >>> [d.id for d in kept], warnings
    (['Notitie_v2'], ['z/Notitie.docx overgeslagen: z/Notitie_v2.docx is er een nieuwere versie van (versie 2)'])
    >>> other = Doc(id="Notitie_v2", path="z/Notitie_v2.docx", date=None, text="Een heel ander stuk over wonen in Ede.")
    >>> len(named_versions([old, other])[0])
    2
    >>> download = Doc(id="Notitie (1)", path="z/Notitie (1).docx", date=None, text=new.text)
    >>> named_versions([old, download], {"z/Notitie.docx": 1, "z/Notitie (1).docx": 2})[1]
    ['z/Notitie.docx overgeslagen: z/Notitie (1).docx is er een nieuwere versie van (een nieuwer bestand)']
    """
    modified = modified or {}
    by_base: dict[str, list] = {}
    for document in documents:
        by_base.setdefault(_VERSION_MARK.sub("", document.id).strip().lower(), []).append(document)
    older: dict[int, str] = {}
    for group in by_base.values():
        if len(group) < 2 or not any(_VERSION_MARK.search(d.id) for d in group):
            continue
        for document in sorted(group, key=lambda d: _version_number(d) or 0, reverse=True):
            if id(document) in older:
                continue
            for other in group:
                if other is document or id(other) in older or not _alike(other, document) \
                        or words_key(other) == words_key(document):  # the same words: a copy (without_copies)
                    continue
                numbers = _version_number(document), _version_number(other)
                if None not in numbers and numbers[0] != numbers[1]:
                    newer = max(document, other, key=_version_number)
                    why = msg("newer_by_number", number=_version_number(newer))
                else:
                    newer, why = _newer(document, other, modified)
                gone = other if newer is document else document
                older[id(gone)] = coded("named_version", path=gone.path, newer=newer.path, why=why,
                                        facts=version_note(gone, newer))
    if not older:
        return list(documents), []
    return [d for d in documents if id(d) not in older], [older[id(d)] for d in documents if id(d) in older]


def _version_number(document) -> int | None:
    """The version a name gives ("nota_v3": 3), 1 for a name without one, None for a download's "(1)" (its number
    counts copies, not versions: the newer file tells)."""
    found = _VERSION_MARK.search(document.id)
    return 1 if found is None else int(found["number"]) if found["number"] else None


def _same_bytes(a, b) -> bool:
    """Whether files ``a`` and ``b`` hold the same bytes (their checksums; a test's stand-in without one: no)."""
    return getattr(a, "checksum", None) is not None and getattr(a, "checksum", None) == getattr(b, "checksum", None)


#: the formats read first of one text in several (``nota.md`` beside ``nota.pdf``): a text a person wrote or
#: converted reads cleaner than the text pulled out of a layout
_FORMAT_ORDER = {".md": 0, ".markdown": 0, ".txt": 0, ".html": 1, ".htm": 1, ".docx": 2, ".pdf": 3}


def _other_formats(group, modified: dict) -> dict[int, str]:
    """Of files of one id in one folder whose texts are alike (``nota.md`` and ``nota.pdf``: a PDF beside
    its Markdown conversion), the one read (a text format first, :data:`_FORMAT_ORDER`; else the newer
    file; else the first path), and a warning for each other, by ``id()`` (walkthrough 21, leftover 4).

    >>> from types import SimpleNamespace as Doc
    >>> pdf = Doc(id="nota", path="in/nota.pdf", date=None, text="Anna Smit is voorzitter van de Pijler Sociaal.")
    >>> md = Doc(id="nota", path="in/nota.md", date=None, text="Anna Smit is voorzitter van de Pijler Sociaal.")
    >>> list(_other_formats([pdf, md], {}).values())
    ['in/nota.pdf overgeslagen: in/nota.md in dezelfde map heeft dezelfde naam en dezelfde tekst in een ander formaat, en dat wordt gelezen (een tekstformaat gaat voor)']
    """
    left_out: dict[int, str] = {}
    by_folder: dict[str, list] = {}
    for document in group:
        by_folder.setdefault(_folder(document), []).append(document)
    for files in by_folder.values():
        for document in files:
            if id(document) in left_out:
                continue
            alike = [d for d in files if id(d) not in left_out and (d is document or _alike(d, document))]
            if len(alike) < 2:
                continue
            read = min(alike, key=lambda d: (_format_rank(d), -modified.get(d.path, 0), d.path))
            for other in alike:
                if other is read:
                    continue
                why = msg("format_text_first") if _format_rank(read) < _format_rank(other) \
                    else msg("newer_by_file") if modified.get(read.path, 0) != modified.get(other.path, 0) \
                    else msg("kept_first")
                left_out[id(other)] = coded("other_format", path=other.path, kept=read.path, why=why)
    return left_out


def _format_rank(document) -> int:
    return _FORMAT_ORDER.get(os.path.splitext(document.path)[1].lower(), 2)


def _folder(document) -> str:
    return os.path.dirname(document.path)


def _newer(a, b, modified: dict) -> tuple:
    """The newer of versions ``a`` and ``b``, and why: the later document date when both have one and
    they differ, else the newer file (``modified``), else the later path.

    >>> from types import SimpleNamespace as Doc
    >>> a, b = Doc(path="w1/x.md", date="2026-11-03"), Doc(path="w2/x.md", date="2026-11-18")
    >>> _newer(b, a, {})[0].path, _newer(a, b, {})[1]
    ('w2/x.md', 'latere documentdatum 2026-11-18')
    >>> _newer(Doc(path="w2/x.md", date=None), Doc(path="w1/x.md", date=None), {"w1/x.md": 5, "w2/x.md": 3})[0].path
    'w1/x.md'
    """
    if a.date and b.date and a.date != b.date:
        newer = max(a, b, key=lambda d: d.date)
        return newer, msg("newer_by_date", date=newer.date)
    if modified.get(a.path) != modified.get(b.path) and None not in (modified.get(a.path), modified.get(b.path)):
        return max(a, b, key=lambda d: modified[d.path]), msg("newer_by_file")
    return max(a, b, key=lambda d: d.path), msg("newer_by_path")


def _alike(a, b) -> bool:
    """Whether the texts of ``a`` and ``b`` share at least :data:`VERSION_OVERLAP` of the shorter one's
    pairs of consecutive words: a new version of a report, not another report of the same name.

    >>> from types import SimpleNamespace as Doc
    >>> _alike(Doc(text="De pijler komt op 3 november bijeen."), Doc(text="De pijler komt op 4 november bijeen."))
    True
    >>> _alike(Doc(text="De pijler komt bijeen."), Doc(text="Het bestuur besluit over de begroting."))
    False
    """
    pairs = [set(zip(words, words[1:])) for words in (re.findall(r"\w+", d.text.lower()) for d in (a, b))]
    shorter = min(len(p) for p in pairs)
    return shorter > 0 and len(pairs[0] & pairs[1]) >= VERSION_OVERLAP * shorter


def _keeping_order(document, kept) -> tuple:
    """Which of two colliding files ``build --keep-going`` keeps: the smaller of this key (the previous
    build's, then a name in lower case, then the path).

    >>> from types import SimpleNamespace as Doc
    >>> sorted([Doc(id="Nota", path="a/Nota.md"), Doc(id="nota", path="b/nota.txt")],
    ...        key=lambda d: _keeping_order(d, set()))[0].path
    'b/nota.txt'
    """
    return document.path not in kept, document.id != document.id.lower(), document.path


def _why_kept(kept_document, left_out, kept) -> str:
    """The reason :func:`_keeping_order` gives for keeping ``kept_document`` rather than ``left_out``."""
    if kept_document.path in kept and left_out.path not in kept:
        return msg("kept_previous")
    if _keeping_order(kept_document, kept)[:2] < _keeping_order(left_out, kept)[:2]:
        return msg("kept_lower_case")
    return msg("kept_first")


def within_size_limit(documents, limit: float | None) -> tuple[list, list[str]]:
    """``documents`` without those whose text is longer than ``limit`` million characters (None or 0:
    no limit), and a warning for each one left out, naming its file, its size and the limit.

    >>> from types import SimpleNamespace as Doc
    >>> kept, warnings = within_size_limit([Doc(path="a.txt", text="x" * 10), Doc(path="log.txt", text="x" * 2_600_000)], 2)
    >>> [d.path for d in kept]
    ['a.txt']
    >>> warnings
    ['log.txt: overgeslagen, 2,6 miljoen tekens tekst is meer dan de grens van 2 miljoen (ruimer of zonder grens: build --max-document-size 3 of 0)']
    >>> within_size_limit([Doc(path="log.txt", text="x" * 2_600_000)], 0)[1]
    []
    >>> within_size_limit([Doc(path="export.txt", text="x" * 1_048_000)], 1)[1][0].split(" tekst")[0]
    'export.txt: overgeslagen, 1,05 miljoen tekens'

    """
    if not limit:
        return list(documents), []
    kept, warnings = [], []
    for document in documents:
        if len(document.text) <= limit * 1_000_000:
            kept.append(document)
        else:
            warnings.append(too_large_warning(document.path, len(document.text), limit))
    return kept, warnings


def too_large_warning(path: str, length: int, limit: float):
    """The warning of :func:`within_size_limit` for the document of file ``path``, ``length`` characters long."""
    size = length / 1_000_000
    digits = next(n for n in (1, 2, 3, 6) if round(size, n) > limit or n == 6)  # never "1,0 is more than 1"
    return coded("too_large", path=path, size=_number(f"{size:.{digits}f}"),
                 limit=_number(f"{limit:g}"), larger=_number(f"{math.ceil(size):g}"))


def _number(text: str) -> str:
    """A number as the interface's language writes it ("2,6" in Dutch)."""
    return text.replace(".", ",") if get_language() == "nl" else text


#: a name that says it is a copy: a download's "nieuws (1)", "brief - kopie", "Kopie van brief", "memo - Copy"
_COPY_NAME = re.compile(r"\(\d+\)|(?<![^\W_])(?:kopie|copy)(?![^\W_])", re.IGNORECASE)


def _copy_order(document) -> tuple:
    """Which of two copies :func:`without_copies` keeps: the smaller of this key. A name that says it
    is a copy (:data:`_COPY_NAME`) goes last, a name with a date (:func:`graph.docdate.name_date`) first,
    then one without spaces, then the shortest, then the first by path (walkthrough 19, finding 3:
    "Emmen toetreding (1)" was kept over "nieuws-2026-11-18-emmen-city-deal").

    >>> from types import SimpleNamespace as Doc
    >>> names = ["Emmen toetreding (1)", "nieuws-2026-11-18-emmen", "brief", "brief-kopie", "Kopie van nota", "nota x"]
    >>> sorted(names, key=lambda n: _copy_order(Doc(id=n, path=n + ".txt")))
    ['nieuws-2026-11-18-emmen', 'brief', 'nota x', 'brief-kopie', 'Kopie van nota', 'Emmen toetreding (1)']
    """
    from .docdate import name_date

    name = document.id
    return (bool(_COPY_NAME.search(name)), name_date(name) is None, " " in name, len(name), document.path)


def skipped_copies(warnings) -> dict[str, str]:
    """The copies a build skipped, each with the document it kept, read from the build's ``warnings``
    (its manifest's, in either language): how a command asked about a copy's id says whose copy it is.

    >>> skipped_copies(["1 kopie overgeslagen (dezelfde inhoud en datum als een ander document): Nota (1) (= nota)",
    ...                 "2 copies skipped (the same content and date as another document): a (= b), c-copy (= c) …"])
    {'Nota (1)': 'nota', 'a': 'b', 'c-copy': 'c'}
    """
    heads = tuple(CATALOGUE[key][lang].split("{pairs}")[0].split("{n}")[-1]
                  for key in ("copy_skipped", "copies_skipped", "renditions_skipped") for lang in ("nl", "en"))
    found = {}
    for warning in warnings:
        head = next((h for h in heads if h in warning), None)
        if head is None:
            continue
        pairs = warning.split(head, 1)[1].removesuffix(" …")
        found.update(re.findall(r"(.+?) \(= (.+?)\)(?:, |$)", pairs))
    return found


def words_key(document):
    """What two copies share: the words of the text in order (a Word file and its PDF rendition, a DMS export's
    "archiefversie", read as the same words: walkthrough 34, finding 2), else (a stand-in without a text) the
    file's checksum.

    >>> from types import SimpleNamespace as Doc
    >>> words_key(Doc(text="Anna de Wit,\\nvoorzitter.", checksum="a")) == words_key(Doc(text="Anna de  Wit voorzitter", checksum="b"))
    True
    >>> words_key(Doc(text="Anna de Wit", checksum="a")) == words_key(Doc(text="Anna de Wit.\\nBijlage", checksum="a"))
    False
    >>> words_key(Doc(text="— —", checksum="a")) == words_key(Doc(text="…", checksum="b"))
    False
    """
    words = re.findall(r"\w+", (getattr(document, "text", None) or "").lower())
    if not words:  # no words to compare (a stand-in, a page of marks): the bytes decide
        return document.checksum
    return hashlib.sha256(" ".join(words).encode()).hexdigest()


#: a DMS's rendition of a document, named as the original with a mark: "nota (archiefversie)", "nota (PDF-A)"
_RENDITION = re.compile(r"(?i)\s*[(\[](?:archiefversie|archiefexemplaar|publicatieversie|pdf[ /-]?a?|rendition)[)\]]$")


def without_renditions(documents) -> tuple[list, str | None]:
    """``documents`` without the renditions of another with the same words (``nota (archiefversie).pdf`` beside
    ``nota.docx``: :data:`_RENDITION`) and another date (of the same date, :func:`without_copies` counts them once), and
    one warning naming them, or None. A rendition's date
    may differ from its original's where an export's metadata file dates the original only (round 58d: the
    walkthrough's export read 120 renditions twice once 57d read its metadata.csv); the original keeps its own.

    >>> from types import SimpleNamespace as Doc
    >>> kept, warning = without_renditions([Doc(id="nota", path="z/nota.docx", text="Ede en Epe.", checksum="a", date="2024-04-04"),
    ...     Doc(id="nota (archiefversie)", path="z/A/nota (archiefversie).pdf", text="Ede en  Epe", checksum="b", date="2024-11-07"),
    ...     Doc(id="brief (archiefversie)", path="z/brief (archiefversie).pdf", text="Zwolle.", checksum="c", date=None)])
    >>> [d.id for d in kept], warning
    (['nota', 'brief (archiefversie)'], '1 archiefversie(s) overgeslagen (dezelfde tekst als het origineel, dat wordt gelezen met zijn datum): nota (archiefversie) (= nota)')
    """
    marked = [d for d in documents if _RENDITION.search(d.id)]
    if not marked:
        return list(documents), None
    by_id: dict[str, list] = {}
    for document in documents:
        by_id.setdefault(document.id.lower(), []).append(document)
    pairs = []
    for rendition in marked:
        base, case = _RENDITION.sub("", rendition.id).lower(), case_number(rendition.path)
        # the original of its case, when two cases have a file of that name ("document1 (Z2025-001234)", round 59m)
        originals = by_id.get(base, []) + (by_id.get(f"{base} ({case.lower()})", []) if case else [])
        original = next((d for d in originals if _dated(d) != _dated(rendition)  # the same date: without_copies'
                         and words_key(d) == words_key(rendition)), None)
        if original is not None:
            pairs.append((rendition, original))
    if not pairs:
        return list(documents), None
    skipped = {id(rendition) for rendition, _original in pairs}
    shown = ", ".join(f"{rendition.id} (= {original.id})" for rendition, original in pairs[:COPIES_SHOWN])
    return ([d for d in documents if id(d) not in skipped],
            coded("renditions_skipped", n=len(pairs), pairs=shown + (" …" if len(pairs) > COPIES_SHOWN else ""),
                  documents=[rendition.id for rendition, _original in pairs[:COPIES_SHOWN]]))


def _dated(document) -> tuple:
    return document.date, getattr(document, "period_start", None), getattr(document, "period_end", None)


def without_copies(documents) -> tuple[list, str | None]:
    """``documents`` without the copies of a document with the same words and date (all but the best-named
    one, :func:`_copy_order`), and one warning naming them ("kopie (= origineel)"), or None: a file copied
    under another name, or saved in another format (``nota.docx`` and its PDF rendition ``nota (archiefversie).pdf``).

    >>> from types import SimpleNamespace as Doc
    >>> def doc(id, checksum, date="2024-01-01"):
    ...     return Doc(id=id, path=id + ".txt", checksum=checksum, date=date, period_start=None, period_end=None)
    >>> kept, warning = without_copies([doc("brief-kopie", "x"), doc("brief", "x"), doc("ander", "y"),
    ...                                 doc("brief-2023", "x", "2023-01-01")])
    >>> [d.id for d in kept]
    ['brief', 'ander', 'brief-2023']
    >>> warning
    '1 kopie overgeslagen (dezelfde inhoud en datum als een ander document): brief-kopie (= brief)'
    >>> without_copies([doc("a", "x")])[1] is None
    True
    """
    dated: dict[tuple, list] = {}  # copies share their date: only a date's several files have their words read
    for document in documents:
        dated.setdefault((document.date, document.period_start, document.period_end), []).append(document)
    alike: dict[tuple, list] = {}  # the files of one content and date; only these are ordered (10,000: 0.1 s)
    for date, group in dated.items():
        if len(group) > 1:
            for document in group:
                alike.setdefault((words_key(document), *date), []).append(document)
    copies: list[tuple[object, object]] = []
    for group in alike.values():
        if len(group) > 1:
            original = min(group, key=_copy_order)  # the first of the smallest, as a stable sort puts it
            copies.extend((document, original) for document in group if document is not original)
    if not copies:
        return list(documents), None
    skipped = {id(copy) for copy, _ in copies}
    copies.sort(key=lambda pair: (len(pair[0].id), pair[0].path))  # named shortest first, as before round 44y
    pairs = ", ".join(f"{copy.id} (= {original.id})" for copy, original in copies[:COPIES_SHOWN])
    if len(copies) > COPIES_SHOWN:
        pairs += " …"
    return ([d for d in documents if id(d) not in skipped],
            coded("copy_skipped" if len(copies) == 1 else "copies_skipped", n=len(copies), pairs=pairs,
                  documents=[copy.id for copy, _original in copies[:COPIES_SHOWN]]))
