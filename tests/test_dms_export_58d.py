"""Round 58d: the rest of a DMS export. The same file name in two case folders, ``.rtf`` (and ``.msg``), the export's
index page, ``.odt`` tracked changes, and the author and case number of the metadata file.

Small invented exports made here; the walkthrough's own export stays outside the repository."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from graph.cli import cli
from graph.errors import InputError
from graph.ingest import read_corpus, read_document
from graph.messages import language
from graph.warning_codes import warning_record


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    os.utime(path, (1e9, 1e9))  # settled long ago: the corpus cache may reuse it
    return path


_WIJK = "Utrecht, 3 maart 2025\n\nAnna de Wit is voorzitter van de stuurgroep Wijkaanpak.\n"
_TWENTE = "Enschede, 4 april 2025\n\nPieter Smit is programmamanager van de Regio Deal Twente.\n"


def _build(graph: Path, *paths, args=()) -> dict:
    result = CliRunner().invoke(cli, ["--graph", str(graph), "build", *map(str, paths), "--format", "json",
                                      "--no-validate", *args])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


# 1. one file name in two case folders: two documents, each id with its case number


def test_the_same_name_in_two_case_folders_is_two_documents_with_the_case_number_in_their_ids(tmp_path):
    one = _write(tmp_path / "Z2025-001234 Wijkaanpak" / "document1.txt", _WIJK)
    two = _write(tmp_path / "Z2025-001235" / "document1.txt", _TWENTE)
    documents, warnings = read_corpus([tmp_path])
    assert [(d.id, d.path) for d in documents] == [("document1 (Z2025-001234)", str(one)),
                                                   ("document1 (Z2025-001235)", str(two))]
    assert [str(w) for w in warnings] == [
        "2 documenten met dezelfde naam in verschillende zaken hebben het zaaknummer in hun id (de bestandsnaam met "
        "het nummer van de zaakmap): document1 (Z2025-001234), document1 (Z2025-001235)"]
    record = warning_record(warnings[0])
    assert (record["code"], record["documents"]) == ("case_id", ["document1 (Z2025-001234)", "document1 (Z2025-001235)"])
    with language("en"):
        assert str(read_corpus([tmp_path])[1][0]).startswith("2 documents of one name in different cases have the case")


def test_the_same_bytes_in_two_cases_stay_one_document_and_alike_texts_in_two_cases_are_no_versions(tmp_path):
    besluit = "Den Haag, 5 mei 2025\n\nDe minister van BZK en de G40 werken samen aan de Woondeal.\n"
    for case in ("Z-2023-01234 Stedenbeleid", "Z-2024-00310 Pijler Sociaal"):
        _write(tmp_path / case / "Besluit.txt", besluit)
    # one letter of a template sent in two cases: alike texts, still two letters (no "newer version")
    _write(tmp_path / "Z-2023-01234 Stedenbeleid" / "Uitnodiging.txt",
           "Zwolle, 2 maart 2023\n\nGraag nodigen wij u uit voor het overleg van de pijler over wonen in Zwolle.\n")
    _write(tmp_path / "Z-2024-00310 Pijler Sociaal" / "Uitnodiging.txt",
           "Zwolle, 9 maart 2024\n\nGraag nodigen wij u uit voor het overleg van de pijler over wonen in Ede.\n")
    documents, warnings = read_corpus([tmp_path])
    assert sorted(d.id for d in documents) == ["Besluit", "Uitnodiging (Z-2023-01234)", "Uitnodiging (Z-2024-00310)"]
    assert sorted(warning_record(w)["code"] for w in warnings) == ["case_id", "copy"], warnings


def test_the_same_name_in_two_plain_folders_or_one_case_still_stops_the_build(tmp_path):
    # near misses: "week1"/"2024" are no case folders; two files of one name in one case are not told apart by it
    _write(tmp_path / "2023" / "verslag.txt", _WIJK)
    _write(tmp_path / "2024" / "verslag.txt", _TWENTE)
    with pytest.raises(InputError, match="document-id 'verslag' wordt ook gebruikt door"):
        read_corpus([tmp_path])
    case = tmp_path / "case"
    _write(case / "Z2025-001234" / "document1.txt", _WIJK)
    _write(case / "Z2025-001234" / "Archiefversies" / "document1.txt", _TWENTE)
    with pytest.raises(InputError, match="document-id 'document1' wordt ook gebruikt door"):
        read_corpus([case])


def test_a_second_case_with_the_name_renames_the_first_in_the_next_build_as_a_fresh_build_names_it(tmp_path):
    export = tmp_path / "export"
    _write(export / "Z2025-001234" / "document1.txt", _WIJK)
    first = _build(tmp_path / "graaf", export)
    assert first["documents"] == 1
    _write(export / "Z2025-001235 Regio Deal" / "document1.txt", _TWENTE)
    report = _build(tmp_path / "graaf", export)
    assert report["changes"]["renamed"] == [{"from": "document1", "to": "document1 (Z2025-001234)"}]
    assert report["changes"]["new"] == ["document1 (Z2025-001235)"]
    fresh = _build(tmp_path / "vers", export)
    assert fresh["documents"] == report["documents"] == 2
    lines = [sorted((folder / "graph.nq").read_text(encoding="utf-8").splitlines()) for folder in
             (tmp_path / "graaf", tmp_path / "vers")]
    assert lines[0] == lines[1]
    # the evidence names the document by the id with its case; the manifest keeps the file to open
    result = CliRunner().invoke(cli, ["--graph", str(tmp_path / "graaf"), "entity", "Pieter Smit"])
    assert result.exit_code == 0 and "document1 (Z2025-001235)" in result.output, result.output
    manifest = json.loads((tmp_path / "graaf" / "manifest.json").read_text(encoding="utf-8"))
    paths = {d["id"]: d["path"] for d in manifest["documents"]}
    assert paths["document1 (Z2025-001235)"].endswith(os.path.join("Z2025-001235 Regio Deal", "document1.txt"))


# 4. an OpenDocument text's tracked changes: read as after "Alles accepteren", with a warning, as a .docx's


def _odt(body: str) -> bytes:
    from graph.odttext import odt_bytes

    return odt_bytes(body)


_CHANGES = ('<text:tracked-changes><text:changed-region text:id="ct1"><text:insertion><office:change-info>'
            '<dc:creator>Ria</dc:creator></office:change-info></text:insertion></text:changed-region>'
            '<text:changed-region text:id="ct2"><text:deletion><office:change-info/><text:p>Jan Oud</text:p>'
            '</text:deletion></text:changed-region>'
            '<text:changed-region text:id="ct3"><text:deletion><office:change-info/>'
            '<text:p>Bert Kok is secretaris van de pijler.</text:p></text:deletion></text:changed-region>'
            '</text:tracked-changes>')


def test_an_odt_with_tracked_changes_is_read_as_accepted_with_a_warning(tmp_path):
    path = tmp_path / "verslag.odt"
    path.write_bytes(_odt(_CHANGES + '<text:p>Almere, 7 juli 2025</text:p>'
                          '<text:p>Voorzitter van de pijler is <text:change text:change-id="ct2"/>'
                          '<text:change-start text:change-id="ct1"/>Ria Nieuw<text:change-end text:change-id="ct1"/>.'
                          '</text:p><text:change text:change-id="ct3"/>'
                          '<text:p><text:change-start text:change-id="ct1"/>Eva Smit is secretaris van de pijler.'
                          '<text:change-end text:change-id="ct1"/></text:p>'))
    document = read_document(path)
    assert document.text == ("Almere, 7 juli 2025\n\nVoorzitter van de pijler is Ria Nieuw.\n\n"
                             "Eva Smit is secretaris van de pijler.")
    assert [str(w) for w in document.warnings] == [
        f"{path}: heeft bijgehouden wijzigingen; gelezen zoals LibreOffice het toont na 'Alles accepteren' "
        "(ingevoegde tekst telt mee, verwijderde niet)"]
    assert warning_record(document.warnings[0])["code"] == "tracked_changes"


def test_an_odt_whose_record_holds_only_a_format_change_has_no_warning(tmp_path):
    path = tmp_path / "notitie.odt"
    path.write_bytes(_odt('<text:tracked-changes><text:changed-region text:id="ct1"><text:format-change>'
                          '<office:change-info/></text:format-change></text:changed-region></text:tracked-changes>'
                          '<text:p>De stuurgroep <text:change-start text:change-id="ct1"/>komt'
                          '<text:change-end text:change-id="ct1"/> bijeen.</text:p>'))
    document = read_document(path)
    assert (document.text, document.warnings) == ("De stuurgroep komt bijeen.", ())


# 2. .rtf: read as a Word document is (graph.rtftext, no library); .msg stays a skip with advice


_WORD_RTF = (
    rb"{\rtf1\adeflang1025\ansi\ansicpg1252\uc1\deff0{\fonttbl{\f0\froman\fcharset0 Times New Roman;}"
    rb"{\f3\fbidi \froman\fcharset2 Symbol;}}{\colortbl;\red0\green0\blue0;}"
    rb"{\stylesheet{\ql \snext0 Normal;}{\s1\ql \keepn\outlinelevel0 \b\fs32 \sbasedon0 \snext0 heading 1;}"
    rb"{\*\cs10 \additive Default Paragraph Font;}}"
    rb"{\*\listtable{\list\listtemplateid1{\listlevel\levelnfc23{\leveltext\'01\u-3913 ?;}{\levelnumbers;}\f3 }\listid1}}"
    rb"{\*\revtbl {Unknown;}{Ingrid Bakker;}}"
    rb"{\info{\title Verslag pijleroverleg}{\author Ingrid Bakker}{\creatim\yr2025\mo3\dy14\hr10\min2}}" b"\r\n"
    rb"{\header \pard\plain \s15 G40 kopregel vertrouwelijk\par}"
    rb"{\footer \pard\plain Pagina {\field{\*\fldinst PAGE}{\fldrslt 1}}\par}" b"\r\n"
    rb"\pard\plain \s1\outlinelevel0 \b\fs32 Verslag pijleroverleg Sociaal\par" b"\r\n"
    rb"\pard\plain \ql Zwolle, 14 maart 2025\par" b"\r\n"
    rb"\pard\plain Aanwezig: Anna de Wit (voorzitter){\chftn {\footnote \pard\plain Jan Geheim was afwezig.\par}}, "
    rb"Bert Kok.\par" b"\r\n"
    rb"\pard\plain Zie {\field{\*\fldinst {HYPERLINK \"https://g40.nl/sociaal\"}}{\fldrslt {\ul de website}}}.\par"
    rb"{\listtext\pard\plain \f3 \'b7\tab}\pard\plain \ls1\ilvl0 Ede\par"
    rb"{\listtext\pard\plain \f3 \'b7\tab}\pard\plain \ls1\ilvl0 Zwolle\par" b"\r\n"
    rb"\trowd\trhdr\cellx3000\cellx6000\pard\plain\intbl Themagroep\cell Trekker\cell\row" b"\r\n"
    rb"\trowd\cellx3000\cellx6000\pard\plain\intbl Jeugd\cell Eva Smit\par van Ede\cell\row" b"\r\n"
    rb"\pard\plain De co\'f6rdinator is Karin {\v verborgen }Jansen {\uc2\u8364 EU} Caf\u233?.\par}")


def test_an_rtf_is_read_as_a_word_document_with_heading_list_table_title_and_date(tmp_path):
    path = tmp_path / "D00042.rtf"
    path.write_bytes(_WORD_RTF)
    document = read_document(path)
    assert document.text == (
        "Verslag pijleroverleg Sociaal\n\nZwolle, 14 maart 2025\n\nAanwezig: Anna de Wit (voorzitter), Bert Kok.\n\n"
        "Zie de website.\n\n• Ede\n\n• Zwolle\n\n| Themagroep | Trekker |\n|---|---|\n| Jeugd | Eva Smit van Ede |\n\n"
        "De coördinator is Karin Jansen € Café.")
    # {\info}'s title (a real one) is the title; the date printed in the text, not \creatim, is the date
    assert (document.id, document.title, document.date, document.date_inferred, document.warnings) == (
        "D00042", "Verslag pijleroverleg", "2025-03-14", False, ())
    undated = tmp_path / "memo.rtf"
    undated.write_bytes(rb"{\rtf1\ansi{\info{\creatim\yr2024\mo11\dy5}}\pard De stuurgroep komt bijeen.\par}")
    assert (read_document(undated).date, read_document(undated).date_inferred) == ("2024-11-05", True)


def test_rtf_tracked_changes_are_read_as_accepted_with_a_warning(tmp_path):
    path = tmp_path / "besluit.rtf"
    path.write_bytes(rb"{\rtf1\ansi{\*\revtbl {Unknown;}{Ria;}}\pard Voorzitter is {\deleted\revauthdel1 Jan Oud}"
                     rb"{\revised\revauth1 Ria Nieuw}.\par}")
    document = read_document(path)
    assert document.text == "Voorzitter is Ria Nieuw."
    assert [warning_record(w)["code"] for w in document.warnings] == ["tracked_changes"]


def test_rtf_pictures_embedded_objects_and_binary_data_are_passed_over(tmp_path):
    path = tmp_path / "nota.rtf"
    path.write_bytes(rb"{\rtf1\ansi\pard Anna de Wit is voorzitter.\par"
                     rb"{\*\shppict{\pict\pngblip\picw10\pich10 89504e470d0a1a0a}}{\nonshppict{\pict\wmetafile8 0100}}"
                     rb"{\object\objemb{\*\objclass Package}{\*\objdata 01050000}{\result {\pict\bin9 }}{{\par Geheim"
                     rb"}}}}\pard Bert Kok is secretaris.{\pict\bin5 \par}\par}")
    assert read_document(path).text == "Anna de Wit is voorzitter.\n\nBert Kok is secretaris."


def test_an_rtf_too_large_too_deep_or_no_rtf_is_skipped_with_a_warning(tmp_path, monkeypatch):
    import graph.rtftext

    path = tmp_path / "groot.rtf"
    path.write_bytes(rb"{\rtf1\ansi\pard " + b"Tekst. " * 200_000 + rb"\par}")
    monkeypatch.setattr(graph.rtftext, "MAX_RTF_MB", 1)
    with language("nl"), pytest.raises(InputError) as caught:
        read_document(path)
    assert str(caught.value) == (f"{path}: overgeslagen, RTF-bestand van 1 MB, meer dan de grens van 1 MB "
                                 "(afbeeldingen of ingesloten bestanden: sla het op als PDF)")
    assert warning_record(caught.value.args[0])["code"] == "too_large"
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("read into memory"))  # refused by its size alone
    with pytest.raises(InputError, match="meer dan de grens van 1 MB"):
        read_document(path)
    monkeypatch.undo()
    deep = tmp_path / "diep.rtf"
    deep.write_bytes(rb"{\rtf1 " + b"{" * 5000 + b"x" + b"}" * 5001)
    with pytest.raises(InputError, match=r"onleesbaar RTF-bestand \(groepen meer dan 1000 diep genest\)"):
        read_document(deep)
    text = tmp_path / "notitie.rtf"
    text.write_text("Gewoon een notitie over de pijler.", encoding="utf-8")
    with pytest.raises(InputError, match="dit is geen RTF-bestand maar platte tekst; hernoem het naar .txt"):
        read_document(text)


def test_an_rtf_attached_to_an_eml_is_read_into_its_text(tmp_path):
    from tests.documents import mail_with_attachment

    path = tmp_path / "bericht.eml"
    path.write_bytes(mail_with_attachment(
        "Notitie pijler", "Beste collega's,\n\nHierbij de notitie.",
        rb"{\rtf1\ansi\pard Karin Jansen is co\'f6rdinator van de Themagroep Wonen.\par}", "rtf", "Notitie.rtf"))
    document = read_document(path)
    assert document.text.endswith("Bijlage: Notitie.rtf\n\nKarin Jansen is coördinator van de Themagroep Wonen."), \
        document.text
    assert document.warnings == ()


def test_a_doc_that_is_rtf_says_to_rename_it_and_an_rtf_in_a_folder_is_built(tmp_path):
    doc = tmp_path / "export" / "Brief.doc"
    doc.parent.mkdir()
    doc.write_bytes(rb"{\rtf1\ansi\pard Zwolle, 3 maart 2025\par Anna de Wit is voorzitter van de Pijler Sociaal.\par}")
    with language("nl"), pytest.raises(InputError) as caught:
        read_document(doc)
    assert str(caught.value) == (f"{doc}: overgeslagen, dit is geen Word-document (.doc) maar een RTF-bestand (Rich "
                                 "Text Format); hernoem het naar .rtf om het te laten lezen")
    assert warning_record(caught.value.args[0])["code"] == "wrong_suffix"
    doc.rename(doc.with_suffix(".rtf"))
    report = _build(tmp_path / "graaf", tmp_path / "export")
    assert report["documents"] == 1 and not report["warnings"], report["warnings"]


# 3. the export's index page: no document, one line; its titles and dates are not read (metadata.csv's are)


def _case_export(tmp_path: Path) -> Path:
    export = tmp_path / "export"
    _write(export / "Z2025-001234 Wijkaanpak" / "verslag.txt", _WIJK)
    _write(export / "Z2025-001235" / "brief.txt", _TWENTE)
    return export


def test_an_index_page_of_the_export_is_skipped_with_one_line_and_its_titles_are_not_read(tmp_path):
    export = _case_export(tmp_path)
    index = _write(export / "index.html", (
        "<html><head><title>Inhoud export</title></head><body><h1>Export G40</h1><table>"
        "<tr><th>Bestand</th><th>Titel</th><th>Datum</th></tr>"
        '<tr><td><a href="Z2025-001234%20Wijkaanpak/verslag.txt">verslag.txt</a></td><td>Verslag stuurgroep</td>'
        "<td>01-01-2020</td></tr>"
        '<tr><td><a href="Z2025-001235/brief.txt">brief.txt</a></td><td>Brief Twente</td><td>01-01-2020</td></tr>'
        "</table><p>Jan Bakker is voorzitter van de Pijler Fysiek.</p></body></html>"))
    # a case's overview naming its files in cells, without links (as a DMS writes one per case)
    case = _write(export / "Z2025-001235" / "Zaakoverzicht.html",
                  "<h1>Zaakoverzicht Z2025-001235</h1><table><tr><th>Document</th></tr><tr><td>brief.txt</td></tr>"
                  "<tr><td>verslag.txt</td></tr></table>")
    documents, warnings = read_corpus([export])
    # the dates their texts print, no title of the index page's ("Verslag stuurgroep", 01-01-2020)
    assert sorted((d.id, d.title, d.date) for d in documents) == [("brief", None, "2025-04-04"),
                                                                  ("verslag", None, "2025-03-03")]
    assert sorted(str(w) for w in warnings) == sorted([
        f"{index}: overgeslagen, een inhoudsopgave van de export (noemt 2 bestanden uit de map), geen document",
        f"{case}: overgeslagen, een inhoudsopgave van de export (noemt 2 bestanden uit de map), geen document"])
    assert {warning_record(w)["code"] for w in warnings} == {"index_page"}


def test_a_page_named_index_that_lists_no_files_of_the_build_or_links_elsewhere_is_still_a_document(tmp_path):
    export = _case_export(tmp_path)
    _write(export / "index.html", "<h1>Nieuws</h1><p>Jan Bakker is voorzitter van de Pijler Fysiek.</p>"
                                  "<ul><li>verslag.txt</li></ul>")  # one file named: no list of the export
    _write(export / "Overzicht wethouders.html",
           '<ul><li><a href="https://ede.nl">Ede</a></li><li><a href="https://zwolle.nl">Zwolle</a></li>'
           '<li><a href="https://epe.nl">Epe</a></li><li><a href="Z2025-001235/brief.txt">brief</a></li>'
           '<li><a href="Z2025-001234%20Wijkaanpak/verslag.txt">verslag</a></li></ul>')
    documents, warnings = read_corpus([export])
    assert sorted(d.id for d in documents) == ["Overzicht wethouders", "brief", "index", "verslag"]
    assert not [w for w in warnings if warning_record(w)["code"] == "index_page"], warnings


def test_an_index_as_xml_is_read_as_the_metadata_file_by_its_columns(tmp_path):
    export = _case_export(tmp_path)
    _write(export / "overzicht.xml", '<?xml version="1.0"?><export><document><bestand>Z2025-001235/brief.txt</bestand>'
                                     "<titel>Brief Regio Deal Twente</titel><documentdatum>2025-04-02</documentdatum>"
                                     "</document></export>")
    documents, warnings = read_corpus([export])
    found = {d.id: (d.title, d.date) for d in documents}
    assert found["brief"] == ("Brief Regio Deal Twente", "2025-04-02") and "overzicht" not in found
    assert not warnings, warnings


def test_a_page_that_became_an_index_is_no_longer_reused_from_the_corpus_cache(tmp_path):
    from graph.corpus_cache import CorpusCache, read_corpus_cached

    export = tmp_path / "export"
    _write(export / "Z2025-001234" / "verslag.txt", _WIJK)
    _write(export / "inhoud.html", '<ul><li><a href="Z2025-001234/verslag.txt">Verslag</a></li>'
                                   '<li><a href="Z2025-001235/brief.txt">Brief</a></li></ul>')
    documents, _warnings, cache = read_corpus_cached([export])
    assert sorted(d.id for d in documents) == ["inhoud", "verslag"]  # it names one file of the build
    _write(export / "Z2025-001235" / "brief.txt", _TWENTE)  # now it names two: an index, not read
    documents, warnings, _cache = read_corpus_cached([export], CorpusCache.loads(cache.dumps()))
    assert sorted(d.id for d in documents) == ["brief", "verslag"]
    assert [warning_record(w)["code"] for w in warnings] == ["index_page"]


# 5. the metadata file's author and case number: in the graph and on the document's page, masked by a removal


_META = ("Bestandspad;Titel;Documentdatum;Auteur;Zaaknummer\n"
         "Z2025-001234/verslag.txt;Verslag stuurgroep;03-03-2025;<b>Anna de Wit</b> & co <anna@ede.nl>;Z2025-001234\n")


def _author_export(tmp_path: Path, metadata: str = _META) -> Path:
    export = tmp_path / "export"
    _write(export / "Z2025-001234" / "verslag.txt", _WIJK)
    _write(export / "metadata.csv", metadata)
    return export


def test_the_author_and_case_number_of_the_metadata_file_are_the_documents(tmp_path):
    from graph.corpus_cache import CorpusCache, read_corpus_cached

    export = _author_export(tmp_path)
    documents, warnings, cache = read_corpus_cached([export])
    # an e-mail address is shown nowhere, as in a quote
    assert [(d.author, d.case) for d in documents] == [("<b>Anna de Wit</b> & co <[e-mailadres]>", "Z2025-001234")]
    _write(export / "metadata.csv", _META.replace("Anna de Wit", "Bert Kok"))  # only the author changed
    again, _warnings, cache = read_corpus_cached([export], CorpusCache.loads(cache.dumps()))
    assert cache.read == 1 and again[0].author.startswith("<b>Bert Kok</b>")
    plain = tmp_path / "los"
    _write(plain / "verslag.txt", _WIJK)
    assert [(d.author, d.case) for d in read_corpus([plain])[0]] == [(None, None)]


def test_the_author_and_case_number_are_in_the_graph_and_escaped_on_the_document_page(tmp_path):
    export = _author_export(tmp_path)
    _build(tmp_path / "graaf", export)
    lines = (tmp_path / "graaf" / "graph.nq").read_text(encoding="utf-8").splitlines()
    document = "<https://w3id.org/g40kg/id/document/verslag>"
    assert [line.split(" ", 2)[1:] for line in lines if line.startswith(document) and
            ("/creator>" in line or "#caseNumber>" in line)] == [
        ["<http://purl.org/dc/terms/creator>",
         '"<b>Anna de Wit</b> & co <[e-mailadres]>" <https://w3id.org/g40kg/graph/document/verslag> .'],
        ["<https://w3id.org/g40kg/def#caseNumber>", '"Z2025-001234" <https://w3id.org/g40kg/graph/document/verslag> .']]
    page = CliRunner().invoke(cli, ["--graph", str(tmp_path / "graaf"), "serve", "--get", "/document/verslag"])
    assert page.exit_code == 0, page.output
    assert ("<tr><th>Auteur</th><td>&lt;b&gt;Anna de Wit&lt;/b&gt; &amp; co &lt;[e-mailadres]&gt;</td></tr>"
            "<tr><th>Zaaknummer</th><td>Z2025-001234</td></tr>") in page.output, page.output
    assert "<b>Anna" not in page.output


def test_a_removed_person_is_masked_in_the_author_too(tmp_path):
    export = _author_export(tmp_path, _META.replace("<b>Anna de Wit</b> & co <anna@ede.nl>", "Anna de Wit"))
    fixes = tmp_path / "correcties"
    _write(fixes / "avg.yaml", "suppress:\n  - {entity: person/anna-de-wit}\n")
    _build(tmp_path / "graaf", export, args=("--curated", str(fixes)))
    text = (tmp_path / "graaf" / "graph.nq").read_text(encoding="utf-8")
    assert "Anna de Wit" not in text and "de Wit" not in text
    assert '<http://purl.org/dc/terms/creator> "[naam verwijderd]"' in text


# 1b. a rendition beside its original counts once also when the metadata file dates the original only (57d × 57w)


def test_an_archive_rendition_counts_once_when_the_metadata_file_dates_only_the_original(tmp_path):
    export = tmp_path / "export"
    _write(export / "Z2025-001234" / "D00003 lobbybrief.txt", "Den Haag, 7 november 2024\n\n" + _WIJK)
    _write(export / "Z2025-001234" / "Archiefversies" / "D00003 lobbybrief (archiefversie).txt",
           "Den Haag, 7 november 2024\n\n" + _WIJK.replace("\n", " "))
    _write(export / "metadata.csv", "Bestandspad;Documentdatum\nZ2025-001234/D00003 lobbybrief.txt;04-04-2024\n")
    documents, warnings = read_corpus([export])
    assert [(d.id, d.date) for d in documents] == [("D00003 lobbybrief", "2024-04-04")]
    assert [str(w) for w in warnings] == [
        "1 archiefversie(s) overgeslagen (dezelfde tekst als het origineel, dat wordt gelezen met zijn datum): "
        "D00003 lobbybrief (archiefversie) (= D00003 lobbybrief)"]
    assert warning_record(warnings[0])["code"] == "copy"
    # near miss: a rendition with other words (an added page) is a document of its own
    _write(export / "Z2025-001234" / "Archiefversies" / "D00003 lobbybrief (archiefversie).txt",
           "Den Haag, 7 november 2024\n\n" + _WIJK + "\nBijlage: Bert Kok is secretaris.\n")
    assert len(read_corpus([export])[0]) == 2
