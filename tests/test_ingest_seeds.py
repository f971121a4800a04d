"""The ingester against the seeds and our fixture articles, each with its expected result.

Every seed must come out exactly as an editor normalised it by hand. The fixtures are
graded field by field (tests/grade_ingest.py prints the table); the tuned ones must stay
above the bar they reached, the holdout ones are reported, with a floor against collapse.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from conftest import shared_seeds
from grade_ingest import SEED_EXPECTED, compare, grade, ingest_alone

XI_AS_BYSTANDER = pytest.mark.xfail(
    strict=True,
    reason="with Xi Jinping among the leaders, the ingester counts him, named as another guest "
    "confirmed for the 2015 parade, as one of the trip's leaders",
)
SEED_NAMES = ["000", pytest.param("001", marks=XI_AS_BYSTANDER), pytest.param("002", marks=XI_AS_BYSTANDER), "003", "004"]


@pytest.mark.parametrize("prefix", SEED_NAMES)
def test_each_seed_reproduces_the_hand_normalised_event(prefix: str) -> None:
    seeds = shared_seeds()
    (article,) = sorted(seeds.glob(f"{prefix}_*.txt"))
    expected = yaml.load((SEED_EXPECTED / f"{prefix}.expected.yaml").read_text(encoding="utf-8"), Loader=_loader())
    wrong = [(name, detail) for name, right, detail in compare(ingest_alone(article), expected) if not right]
    assert wrong == []


@XI_AS_BYSTANDER
def test_the_two_reports_of_one_announcement_give_one_event_with_two_sources(tmp_path: Path) -> None:
    from grade_ingest import empty_content
    from tracker.ingest import ingest
    from tracker.validate import load_content

    seeds = shared_seeds()
    content = empty_content(tmp_path / "content")
    articles = [str(next(seeds.glob(f"{prefix}_*.txt"))) for prefix in ("001", "002")]
    ingest(articles, content, output="json", stdout=_Sink())
    loaded = load_content(content)
    (event,) = loaded.events.values()
    assert len(event.sources) == 2 and len(loaded.sources) == 2
    assert (event.status.value, str(event.date), event.place.city) == ("confirmed", "2015-05-09", "Moscow")


def test_tuned_fixture_articles_are_graded_above_the_bar() -> None:
    """The articles the rules were tuned on; a miss known to be out of reach (a TASS
    dateline without a year) keeps this short of 100%."""
    totals = grade("tuned")
    right = sum(r for r, _ in totals.values())
    total = sum(t for _, t in totals.values())
    assert total > 0 and right / total >= 0.95


def test_holdout_accuracy_does_not_collapse() -> None:
    totals = grade("holdout")
    right = sum(r for r, _ in totals.values())
    total = sum(t for _, t in totals.values())
    assert total > 0 and right / total >= 0.7


def _loader() -> type:
    from grade_ingest import _Loader

    return _Loader


class _Sink:
    def write(self, text: str) -> int:
        return len(text)
