"""The project's own content: true to the seed articles it began from (the whole record is
checked in test_record.py)."""

from __future__ import annotations

from conftest import REPO, shared_seeds

from tracker.content.validate import validate_content

CONTENT = REPO / "content"


def test_two_articles_about_one_announcement_are_two_sources_of_one_event() -> None:
    event = validate_content(CONTENT).events["kim-jong-un-victory-day-2015"]
    (confirmed,) = (step for step in event.timeline if str(step.date) == "2015-01-28")
    assert confirmed.sources[:2] == (
        "dw-2015-01-28-kim-to-visit-russia",
        "afp-2015-01-28-kremlin-confirms-kim-visit",
    )


def test_the_four_leaders_know_the_spellings_the_articles_use() -> None:
    leaders = validate_content(CONTENT).leaders
    assert {"kim-jong-un", "kim-jong-il", "vladimir-putin", "dmitry-medvedev", "xi-jinping"} <= set(leaders)
    assert {"Kim Jong-un", "Kim Jong-Un"} <= set(leaders["kim-jong-un"].aliases)
    assert all(leader.native_name for leader in leaders.values())


def test_every_seed_article_has_its_source_entry() -> None:
    seeds = {seed.name: seed.read_text(encoding="utf-8") for seed in sorted(shared_seeds().glob("*.txt"))}
    sources = validate_content(CONTENT).sources.values()
    cited_by_headline = {name: [s.id for s in sources if s.title in text] for name, text in seeds.items()}
    assert cited_by_headline == {
        "000_a8d49b587c04fd73.txt": ["independent-2015-05-01-kim-snubs-putin"],
        "001_0e3f4625f37b98bb.txt": ["afp-2015-01-28-kremlin-confirms-kim-visit"],
        "002_13d6c61b8ce8ab9c.txt": ["dw-2015-01-28-kim-to-visit-russia"],
        "003_f7780dc856c60f7c.txt": [],  # no headline in the text: the title is ours (see the entry)
        "004_3793822b9b0b581d.txt": ["joongang-2023-09-11-kim-to-meet-putin"],
    }
