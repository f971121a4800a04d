"""The ingester against the seeds, each with the entry an editor normalised by hand.

Every seed must come out exactly so, given what the editor gives the ingester: a seed whose
page gives no date gets the editor's date (`published:` in its expected file), as
--published would. Our own fixture articles are tests/test_ingest_fixtures.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import shared_seeds
from grade_ingest import SEED_EXPECTED, TODAY, Case, compare, record_for

SEED_NAMES = ["000", "001", "002", "003", "004"]


@pytest.mark.parametrize("prefix", SEED_NAMES)
def test_each_seed_reproduces_the_hand_normalised_event(prefix: str) -> None:
    seeds = shared_seeds()
    (article,) = sorted(seeds.glob(f"{prefix}_*.txt"))
    case = Case(article, SEED_EXPECTED / f"{prefix}.expected.yaml")
    wrong = [(name, detail) for name, right, detail in compare(record_for(case), case.gold()) if not right]
    assert wrong == []


def test_the_two_reports_of_one_announcement_give_one_event_with_two_sources(tmp_path: Path) -> None:
    from grade_ingest import empty_content

    from tracker.content.model import PartialDate
    from tracker.content.validate import validate_content
    from tracker.ingest import ingest

    seeds = shared_seeds()
    content = empty_content(tmp_path / "content")
    articles = [str(next(seeds.glob(f"{prefix}_*.txt"))) for prefix in ("001", "002")]
    # AFP's page is undated: the editor gives the day of the statement both report.
    ingest(articles, content, output="json", stdout=_Sink(), today=TODAY, published=PartialDate.parse("2015-01-28"))
    loaded = validate_content(content)
    (event,) = loaded.events.values()
    assert len(event.sources) == 2 and len(loaded.sources) == 2
    assert (event.status.value, str(event.date), event.place.city) == ("confirmed", "2015-05-09", "Moscow")


class _Sink:
    def write(self, text: str) -> int:
        return len(text)
