"""The grader's sets are whole: every gold file of the later blind sets (real-blind3
on, `LATER_BLIND`) reads as a case the grader can compare, names a real address and leaders the
grader knows, without ingesting anything (each set is graded once, by hand, after the rules
are frozen)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
import yaml
from conftest import REPO, shared
from grade_ingest import EVENT_FIELDS, REAL_LIKE, SETS, SOURCE_FIELDS, UNTUNED, Case, cases, compare, spurious
from grade_ingest import LATER_BLIND as LATER_BLIND_SETS

from tracker.content.model import Kind, PartialDate, Status

LATER_BLIND = {which: cases(which) for which in LATER_BLIND_SETS}
AWAITING_STUDY: tuple[str, ...] = ()
"""Sets graded once (or waiting for it) whose misses nobody has studied yet."""
KNOWN_LEADERS = {path.stem for path in (REPO / "content" / "leaders").glob("*.yaml")} | {
    path.stem for path in (REAL_LIKE / "leaders").glob("*.yaml")
}


def _date_or_unknown(value: Any) -> bool:
    if value == "unknown":
        return True
    PartialDate.parse(str(value))  # raises, saying what is wrong
    return True


def _half_saved_half_pasted(set_cases: list[Case], most: int, saved: Callable[[int], bool], least: int = 15) -> None:
    """`least` to `most` pages numbered in order, about half saved (.html), half pasted (.txt),
    each in the form its number gives by the set's fixed rule (`saved`)."""
    assert least <= len(set_cases) <= most
    suffixes = [case.article.suffix for case in set_cases]
    # A query that yielded no page leaves its form one short, so each such query may tip the
    # halves by one more (blind48's query 10, pasted text, yielded none: eight saved, six pasted).
    assert abs(suffixes.count(".html") - suffixes.count(".txt")) <= 1 + (most - len(set_cases))
    numbers = [int(case.article.name[:2]) for case in set_cases]
    assert numbers == sorted(set(numbers))
    assert all(saved(number) == (case.article.suffix == ".html") for number, case in zip(numbers, set_cases))


def test_real_blind3_is_a_graded_untuned_set_of_fifteen_to_twenty_pages_half_saved_half_pasted() -> None:
    assert "real-blind3" in SETS and "real-blind3" in UNTUNED
    # The fixed rule: an odd position is a saved page, an even one pasted text.
    _half_saved_half_pasted(LATER_BLIND["real-blind3"], 20, lambda number: number % 2 == 1)


def test_real_blind4_is_a_graded_set_tested_page_by_page_half_saved_half_pasted() -> None:
    from test_ingest_fixtures import NOT_YET

    # Graded once (its log committed), then tuned on: tested page by page like the others.
    assert "real-blind4" in SETS and "real-blind4" in UNTUNED and "real-blind4" not in NOT_YET
    # The fixed rule: an odd position among the first sixteen queries is a saved page; an even
    # one, or a page from the two queries added after, is pasted text.
    _half_saved_half_pasted(LATER_BLIND["real-blind4"], 18, lambda number: number % 2 == 1 and number <= 16)


def test_real_blind5_is_a_graded_set_tested_page_by_page_half_saved_half_pasted() -> None:
    from test_ingest_fixtures import NOT_YET

    # Graded once (its log committed), then tuned on: tested page by page like the others.
    assert "real-blind5" in SETS and "real-blind5" in UNTUNED and "real-blind5" not in NOT_YET
    assert (REPO / "tests" / "grade-ingest-real-blind5.log").is_file()
    # The fixed rule: an odd position among the eighteen queries is a saved page, an even one
    # pasted text (no reserve query was needed).
    _half_saved_half_pasted(LATER_BLIND["real-blind5"], 18, lambda number: number % 2 == 1)


def test_real_blind6_is_a_graded_set_tested_page_by_page_half_saved_half_pasted() -> None:
    from test_ingest_fixtures import NOT_YET

    # Graded once (its log committed), then tuned on: tested page by page like the others.
    assert "real-blind6" in SETS and "real-blind6" in UNTUNED and "real-blind6" not in NOT_YET
    assert (REPO / "tests" / "grade-ingest-real-blind6.log").is_file()
    # The fixed rule: an odd position among the fifteen queries is a saved page, an even one
    # pasted text.
    _half_saved_half_pasted(LATER_BLIND["real-blind6"], 15, lambda number: number % 2 == 1)


@pytest.mark.parametrize(("which", "studied"), [(which, which not in AWAITING_STUDY) for which in LATER_BLIND_SETS[4:]])
def test_a_later_blind_set_is_graded_once_and_tested_page_by_page_once_studied(which: str, studied: bool) -> None:
    from test_ingest_fixtures import NOT_YET

    # Graded once, its log committed; tested page by page only once its misses are studied,
    # and until then no per-article test reads what the ingester makes of it.
    assert which in SETS and which in UNTUNED and (which not in NOT_YET) == studied
    # The log is committed right after the one grading; a set still waiting for it has none.
    assert (REPO / "tests" / f"grade-ingest-{which}.log").is_file() or not studied
    # The fixed rule: an odd position among the (at most fifteen) queries is a saved page, an
    # even one pasted text; a set closes with at least six pages (a query with no page
    # gets none in its place: blind81's four such queries, and blind118's nine, each met only
    # summits whose host no leader file holds).
    _half_saved_half_pasted(LATER_BLIND[which], 15, lambda number: number % 2 == 1, least=6)


def test_the_one_gradings_table_gives_each_blind_log_s_last_figures_and_their_sum() -> None:
    readme = (REAL_LIKE / "README.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| `(blind\d*)/` \| (\d+) \| (\d+) of (\d+) \((\d+)%\) \| (\d+) \| (\d+) \|$", readme, re.MULTILINE)
    logs = sorted((REPO / "tests").glob("grade-ingest-real-blind*.log"), key=lambda log: int(log.stem[len("grade-ingest-real-blind"):] or 1))
    assert [f"blind{log.stem[len('grade-ingest-real-blind'):]}" for log in logs] == [row[0] for row in rows]
    for log, (folder, pages, right, total, percent, non_visits, mentions) in zip(logs, rows):
        which = f"real-{folder}"
        # The grader's own summary line, last for its set: the figure of the one grading.
        summary = [line for line in log.read_text(encoding="utf-8").splitlines() if line.startswith(f"{which}: ")][-1]
        assert summary == (
            f"{which}: {right}/{total} fields right ({percent}%), {pages} articles;"
            f" events from non-visits: {non_visits}; events from mentions: {mentions}"
        )
    total_row = re.search(r"^\| all (\d+) \| (\d+) \| (\d+) of (\d+) \((\d+)%\) \| (\d+) \| (\d+) \|$", readme, re.MULTILINE)
    assert total_row is not None
    sums = [sum(int(row[at]) for row in rows) for at in (1, 2, 3, 5, 6)]
    assert [int(value) for value in total_row.groups()] == [len(rows), sums[0], sums[1], sums[2], sums[1] * 100 // sums[2], sums[3], sums[4]]


LATER_BLIND_CASES = [case for set_cases in LATER_BLIND.values() for case in set_cases]


@pytest.mark.parametrize("case", LATER_BLIND_CASES, ids=[f"{case.article.parent.name}/{case.id}" for case in LATER_BLIND_CASES])
def test_each_later_blind_gold_file_has_what_the_grader_reads(case: Case) -> None:
    assert case.expected.is_file(), f"{case.id} has no gold file {case.expected.name}"
    assert case.real_like  # so the grader adds the real-like leaders
    gold = case.gold()
    assert re.match(r"https?://[^\s/]+/", gold["url"]), f"{case.expected.name}: url: not an address"
    if case.article.suffix == ".html":
        assert gold["url"] in case.article.read_text(encoding="utf-8"), f"{case.id} does not carry its address"
    if "published" in gold:  # a date the editor settles for a text that gives none
        assert _date_or_unknown(gold["published"]) and gold["published"] == gold["source"]["published"]
    assert set(SOURCE_FIELDS) <= set(gold["source"])
    assert isinstance(gold["source"]["publisher"], str) and gold["source"]["publisher"].strip()
    assert _date_or_unknown(gold["source"]["published"])
    for event in gold["events"]:
        assert set(EVENT_FIELDS) <= set(event), f"{case.expected.name}: an event lacks {set(EVENT_FIELDS) - set(event)}"
        Kind(event["kind"])  # raises on a kind the model does not know
        Status(event["status"])
        assert _date_or_unknown(event["date"])
        assert re.fullmatch(r"[A-Z]{2}", event["place"]["country"])
        assert set(event["leaders"]) <= KNOWN_LEADERS, f"{case.expected.name}: no leader file for {set(event['leaders']) - KNOWN_LEADERS}"
        assert {event["visitor"], event["host"]} - {None} <= set(event["leaders"])
    # The grader reads every field it compares: the gold against itself is all right.
    assert all(right for _, right, _ in compare(gold, gold))
    assert spurious(gold, gold) == (0, 0)


def _address(url: str) -> str:
    """An address without its scheme and `www.`, as the same page is written both ways."""
    return re.sub(r"^https?://(www\.)?", "", url).rstrip("/")


@pytest.mark.parametrize("which", sorted(LATER_BLIND))
def test_no_later_blind_page_reproduces_one_reproduced_before(which: str) -> None:
    listed = yaml.safe_load(shared("real-pages.yaml").read_text(encoding="utf-8"))["pages"]
    fixtures = REPO / "tests" / "fixtures"
    folder = LATER_BLIND[which][0].article.parent
    elsewhere = {
        _address(url)
        for path in fixtures.rglob("*")
        if path.is_file() and folder not in path.parents
        for url in re.findall(r"https?://[^\s\"'<>]+", path.read_text(encoding="utf-8", errors="replace"))
    } | {_address(page["url"]) for page in listed}
    taken = [_address(case.gold()["url"]) for case in LATER_BLIND[which]]
    assert len(set(taken)) == len(taken)
    assert sorted(set(taken) & elsewhere) == []
