""""Cite this entry": BibTeX and CSL-JSON read back by the tools that consume them."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
from citeproc.source.json import CiteProcJSON
from conftest import SiteBuilder, read_html
from pybtex.database import parse_string
from pylatexenc.latex2text import LatexNodes2Text, MacroTextSpec, get_default_latex_context_db

from tracker.content.provenance import content_version
from tracker.outputs.cite import EntryCitation

HOSTILE_TITLE = r"Kim's {trip} & 100% $cost #1 under_score ^ ~ \emph{x} <b>"
CITATION = EntryCitation(
    "victory-day-2015", HOSTILE_TITLE, "Test tracker", "https://example.org/visits/events/victory-day-2015/",
    "0123456789ab", dt.date(2021, 5, 6),
)


def latex_to_text(latex: str) -> str:
    """LaTeX as it prints; pylatexenc lacks three LaTeX2e text symbols, which print as below."""
    context = get_default_latex_context_db()
    context.add_context_category("latex2e-symbols", prepend=True, macros=[
        MacroTextSpec("textless", "<"), MacroTextSpec("textgreater", ">"), MacroTextSpec("textasciicircum", "^"),
    ])
    return str(LatexNodes2Text(latex_context=context).latex_to_text(latex))


def test_bibtex_parses_and_its_title_reads_back_as_the_entrys_title() -> None:
    entry = parse_string(CITATION.bibtex(), "bibtex").entries["victory-day-2015"]
    assert entry.type == "misc"
    title = entry.fields["title"]
    assert title.startswith("{") and title.endswith("}")  # the title's capitals are kept
    assert latex_to_text(title[1:-1]) == HOSTILE_TITLE
    assert entry.fields["url"] == "https://example.org/visits/events/victory-day-2015/"
    assert (entry.fields["version"], entry.fields["year"], entry.fields["month"]) == ("0123456789ab", "2021", "May")
    assert entry.fields["note"] == "Entry version 0123456789ab"


def test_csl_json_formats_as_a_reference_in_a_citation_style() -> None:
    source = CiteProcJSON(json.loads(CITATION.csl_json()))
    bibliography = CitationStylesBibliography(CitationStylesStyle("harvard-cite-them-right"), source, formatter.plain)
    bibliography.register(Citation([CitationItem("victory-day-2015")]))
    assert [str(item) for item in bibliography.bibliography()] == [
        f"Test tracker (2021) {HOSTILE_TITLE}, Test tracker. Available at: https://example.org/visits/events/victory-day-2015/."
    ]


def test_without_a_known_change_date_the_citation_has_no_date_rather_than_todays() -> None:
    undated = EntryCitation("x", "T", "Site", "https://example.org/x/", "0123456789ab", None)
    assert "year" not in parse_string(undated.bibtex(), "bibtex").entries["x"].fields
    assert "issued" not in undated.csl()


def test_an_event_page_offers_its_citation_to_copy_and_as_a_file(content_dir: Path, build: SiteBuilder) -> None:
    site = build(content_dir, base_url="https://example.org/visits/")
    page = read_html(site / "events" / "victory-day-2015" / "index.html")
    version = content_version((content_dir / "events" / "victory-day-2015.yaml").read_bytes())
    bibtex = page.cssselect("section.cite code.bibtex")[0].text_content()
    fields = parse_string(bibtex, "bibtex").entries["victory-day-2015"].fields
    assert (fields["version"], fields["url"]) == (version, "https://example.org/visits/events/victory-day-2015/")
    download = page.cssselect("section.cite a[download]")[0]
    assert download.get("href") == "/visits/events/victory-day-2015/cite.json"
    on_page = json.loads(page.cssselect("section.cite code.csl-json")[0].text_content())
    assert json.loads((site / "events" / "victory-day-2015" / "cite.json").read_bytes()) == on_page
    assert on_page[0]["version"] == version and on_page[0]["title"] == "Planned trip to the Victory Day parade"

    entry = content_dir / "events" / "victory-day-2015.yaml"
    entry.write_text(entry.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    again = json.loads((build(content_dir, base_url="https://example.org/visits/") / "events" / "victory-day-2015" / "cite.json").read_bytes())
    assert again[0]["version"] != version  # any change to the file is a new version


def test_csl_json_is_laid_out_as_reference_managers_export_it() -> None:
    text = CITATION.csl_json()
    assert text == json.dumps(json.loads(text), ensure_ascii=False, indent=2) + "\n"
