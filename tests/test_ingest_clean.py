"""Stage 1: page furniture out, article in; input that is no article refused with a reason."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import REPO

from tracker.ingest.clean import InputError, read_article
from tracker.ingest.rules import Rules

TODAY = dt.date(2026, 6, 1)

HOSTILE = REPO / "tests" / "fixtures" / "ingest-hostile"


BODY = (
    "Kim Jong Un will visit Moscow in May to attend the Victory Day parade, the Kremlin said on Wednesday, "
    "in what would be his first trip abroad since he took power."
)


def test_navigation_share_and_comment_lines_are_dropped(rules: Rules) -> None:
    text = "\n".join(["1. Skip to content", "World", "Kim to visit Moscow", "", BODY, "", "Share this article", "View comments"])
    article = read_article(text.encode(), "a.txt", rules, TODAY)
    assert article.lines == ("Kim to visit Moscow", BODY)


def test_a_caption_printed_twice_is_dropped_with_its_copy(rules: Rules) -> None:
    caption = "Kim Jong-un waves from his train"
    article = read_article("\n".join(["Kim to visit Moscow", caption, caption, BODY]).encode(), "a.txt", rules, TODAY)
    assert caption not in article.lines


def test_a_photo_pages_caption_that_tells_the_whole_story_is_its_text(rules: Rules) -> None:
    caption = (
        "South Korea's President Moon Jae-in (left) shakes hands with Russian President Vladimir Putin (right) "
        "at the Kremlin in Moscow on Thursday, on the first day of his state visit."
    )
    article = read_article("\n".join(["Moon meets Putin in Moscow", "Photo agency pool", caption]).encode(), "a.txt", rules, TODAY)
    assert caption in article.lines


def test_a_caption_beside_an_articles_text_is_still_dropped(rules: Rules) -> None:
    caption = "Moon Jae-in (left) and Vladimir Putin (right) at the Kremlin"
    article = read_article("\n".join(["Moon meets Putin in Moscow", caption, BODY]).encode(), "a.txt", rules, TODAY)
    assert caption not in article.lines


def test_a_feed_items_standfirst_printed_twice_is_its_text_not_a_caption(rules: Rules) -> None:
    standfirst = "Hosting Kim Jong Un in the spring comes as the Kremlin seeks new partners in Asia and beyond."
    lines = ["Putin to welcome North Korea for a second visit", standfirst, "Putin to welcome North Korea for a second visit", standfirst]
    article = read_article("\n".join(lines).encode(), "a.txt", rules, TODAY)
    assert article.lines == (lines[0], standfirst)


def test_a_body_pasted_twice_is_kept_once_even_with_other_quotes(rules: Rules) -> None:
    one = 'He said "we are ready" on Monday, the agency reported in its morning bulletin.'
    two = "Moscow has taken an interest in a railway project in the North, officials said."
    three = "Kim's father visited Russia by armoured train in August 2011 for a meeting."
    curly = one.replace('"we are ready"', "“we are ready”")
    article = read_article("\n".join(["Kim to visit Moscow", BODY, one, two, three, BODY, curly, two, three]).encode(), "a", rules, TODAY)
    assert article.lines == ("Kim to visit Moscow", BODY, one, two, three)


def test_everything_after_an_end_marker_is_dropped(rules: Rules) -> None:
    text = "\n".join(["Kim to visit Moscow", BODY, "You may also like:", "A Belgian man proved something else entirely."])
    assert read_article(text.encode(), "a.txt", rules, TODAY).lines == ("Kim to visit Moscow", BODY)


def _saved_page(points: list[str], caption: str) -> bytes:
    """A saved page of a headline, its summary points and one photo with `caption`."""
    items = "".join(f"<li>{point}</li>" for point in points)
    return (
        "<html><head><title>Kim meets Putin at the spaceport</title></head><body>"
        f"<figure><img src='a.jpg' alt=''><figcaption>{caption}</figcaption></figure>"
        f"<article><h1>Kim meets Putin at the spaceport</h1><ul>{items}</ul></article></body></html>"
    ).encode()


def test_a_page_kept_as_a_headline_and_summary_points_reads_its_captions(rules: Rules) -> None:
    points = [
        "The two leaders toured the launch site and talked about rockets for most of the afternoon, aides said",
        "It was the first time a foreign leader had been shown round the site since it opened to launches",
    ]
    caption = "Kim Jong Un and Vladimir Putin at the Vostochny spaceport on September 13, 2023. Photo: Pool via Reuters"
    article = read_article(_saved_page(points, caption), "page.html", rules, TODAY)
    # The scene, without the agency's credit.
    assert article.lines[-1] == "Kim Jong Un and Vladimir Putin at the Vostochny spaceport on September 13, 2023."


def test_a_short_pages_caption_is_read_without_the_marks_of_where_each_person_stands(rules: Rules) -> None:
    points = [
        "The two leaders toured the launch site and talked about rockets for most of the afternoon, aides said",
        "It was the first time a foreign leader had been shown round the site since it opened to launches",
    ]
    caption = "Kim Jong Un (left) with Vladimir Putin (right) at the Vostochny spaceport on Wednesday. Photo: Pool"
    article = read_article(_saved_page(points, caption), "page.html", rules, TODAY)
    assert article.lines[-1] == "Kim Jong Un with Vladimir Putin at the Vostochny spaceport on Wednesday."


def test_a_caption_beside_a_whole_articles_text_is_not_read(rules: Rules) -> None:
    points = [BODY, BODY.replace("Moscow", "Vladivostok"), BODY.replace("May", "June"), BODY.replace("Kremlin", "agency"), BODY.replace("Wednesday", "Monday")]
    caption = "Kim Jong Un and Vladimir Putin in Vladivostok on April 25, 2019. Photo: Pool"
    article = read_article(_saved_page(points, caption), "page.html", rules, TODAY)
    assert not any("April 25, 2019" in line for line in article.lines)


def test_html_goes_through_the_extractor(rules: Rules) -> None:
    html = (REPO / "tests" / "fixtures" / "articles" / "kim-arrives-vladivostok-2019.html").read_bytes()
    article = read_article(html, "page.html", rules, TODAY)
    assert article.html is not None and article.html.sitename == "Example Times"
    assert not any("Most read" in line or "Share this" in line for line in article.lines)
    assert any(line.startswith("North Korean leader Kim Jong Un arrived in Vladivostok") for line in article.lines)


def test_a_lead_marked_as_a_teaser_under_the_headline_is_kept(rules: Rules) -> None:
    """A site may mark its standfirst "teaser", and the extractor drops teasers as links to other
    stories: the lead under the headline stays, where the page prints it; a clipped teaser
    above the headline (a related story's title) stays out."""
    body = " ".join(["The two leaders spoke about trade, energy and the war, their aides said afterwards."] * 3)
    page = (
        "<html><head><title>Lula and Scholz talk trade</title></head><body><article>"
        '<p class="teaser">Scholz to visit Chile next month: a...</p>'
        "<h1>Lula and Scholz talk trade</h1>"
        '<p class="teaser">Olaf Scholz and Luiz Inacio Lula da Silva have held talks in Brasilia on Monday,'
        " the chancellor's first visit to Brazil since he took office.</p>"
        f"<p>{body}</p><p>{body}</p></article></body></html>"
    )
    article = read_article(page.encode(), "page.html", rules, TODAY)
    assert article.lines[:2] == (
        "Lula and Scholz talk trade",
        "Olaf Scholz and Luiz Inacio Lula da Silva have held talks in Brasilia on Monday, the chancellor's first"
        " visit to Brazil since he took office.",
    )
    assert not any("Chile" in line for line in article.lines)


@pytest.mark.parametrize("clock", ["2026-03-09 12:00", "2025-11-28 23:30"])
def test_a_month_alone_in_the_metadata_stays_a_month(rules: Rules, clock: str) -> None:
    """The date reader fills a month in with a day of the clock's; the page gives none, so the
    page's date is the same whatever the clock says."""
    import time_machine

    body = " ".join(["Scholz arrives in Brasilia on Monday and meets Lula there that afternoon."] * 4)
    page = (
        '<html><head><title>Scholz meets Lula</title><meta property="article:published_time" content="2023-01">'
        f"</head><body><article><h1>Scholz meets Lula</h1><p>{body}</p></article></body></html>"
    )
    with time_machine.travel(dt.datetime.fromisoformat(clock), tick=False):
        article = read_article(page.encode(), "page.html", rules, TODAY)
    assert article.html is not None and article.html.date == "2023-01"


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("empty.txt", "the file is empty"),
        ("blank.txt", "the file is empty"),
        ("binary.txt", "binary file"),
        ("no-article.html", "no article found in this HTML page"),
        ("furniture-only.txt", "too little text left"),
    ],
)
def test_hostile_input_is_refused_with_a_reason(rules: Rules, name: str, message: str) -> None:
    path = HOSTILE / name
    with pytest.raises(InputError) as caught:
        read_article(path.read_bytes(), str(path), rules, TODAY)
    assert message in str(caught.value)
    assert str(caught.value).startswith(str(path))


def test_a_saved_page_of_a_headline_and_one_line_is_read_by_its_headline(rules: Rules) -> None:
    """A headline that tells the news over a line of credit is an article of fifteen words; a
    short title over a line is still none."""
    page = (
        "<html><head><title>Germany's new chancellor Friedrich Merz meets Polish Prime Minister Tusk in Warsaw</title></head>"
        "<body><article><h1>Germany's new chancellor Friedrich Merz meets Polish Prime Minister Tusk in Warsaw</h1>"
        '<p class="source">This item was first carried by a partner site.</p></article></body></html>'
    )
    article = read_article(page.encode(), "page.html", rules, TODAY)
    assert article.lines[0].startswith("Germany's new chancellor")
    short = page.replace("Germany's new chancellor Friedrich Merz meets Polish Prime Minister Tusk in Warsaw", "Merz in Warsaw")
    with pytest.raises(InputError):
        read_article(short.encode(), "page.html", rules, TODAY)


def test_hard_wrapped_text_is_read_a_paragraph_a_line(rules: Rules) -> None:
    text = "\n".join([
        "Xi arrives in Moscow",
        "By Anna Lee",
        "",
        "Chinese President Xi Jinping arrived in Moscow on Monday for a three-",
        "day state visit and was to sit down with Russian President Vladimir",
        "Putin for an informal dinner in the Kremlin later in the day, the",
        "Kremlin said.",
        "",
        "The two leaders are expected to hold formal talks on Tuesday, when",
        "they will sign statements on their partnership.",
    ])
    article = read_article(text.encode(), "a.txt", rules, TODAY)
    assert article.lines == (
        "Xi arrives in Moscow",
        "By Anna Lee",
        "Chinese President Xi Jinping arrived in Moscow on Monday for a three- day state visit and was to sit down"
        " with Russian President Vladimir Putin for an informal dinner in the Kremlin later in the day, the Kremlin said.",
        "The two leaders are expected to hold formal talks on Tuesday, when they will sign statements on their partnership.",
    )


def test_text_that_is_not_wrapped_keeps_its_lines(rules: Rules) -> None:
    text = "\n".join(["Kim to visit Moscow", "by Anna Lee", BODY, "Officials in Seoul said they were watching"])
    assert read_article(text.encode(), "a.txt", rules, TODAY).lines == (
        "Kim to visit Moscow", "by Anna Lee", BODY, "Officials in Seoul said they were watching"
    )


def test_a_list_of_other_stories_below_the_text_is_dropped(rules: Rules) -> None:
    text = "\n".join([
        "Trending",  # above the article: navigation, and the headline below it stays
        "Kim to visit Moscow",
        BODY,
        "Related Stories",
        "Putin meets Kim in Vladivostok",
        "Moon calls for a fourth summit with Kim",
        "Officials in Seoul said they were watching the preparations closely.",
        "ALSO READ: Xi to travel to Kazakhstan next week",
    ])
    assert read_article(text.encode(), "a.txt", rules, TODAY).lines == (
        "Trending", "Kim to visit Moscow", BODY, "Officials in Seoul said they were watching the preparations closely."
    )


@pytest.mark.parametrize(
    "caption",
    [
        # Its credit in brackets, agency and photographer apart.
        "Im Mai 2022 war Modi zu Besuch in Berlin. (picture alliance / dpa / Jane Roe)",
        # Its credit after a label ("Picture: Getty"), past the caption's last sentence.
        "Kim Jong Un Meets Vladimir Putin At The Kremlin. Picture: Getty",
    ],
)
def test_a_caption_closing_on_its_credit_is_dropped(rules: Rules, caption: str) -> None:
    """A pasted photo caption: the scene it names (an earlier trip or meeting) is not the
    article's text."""
    text = "\n".join([caption, BODY, "Officials in Seoul said they were watching the preparations closely."])
    assert read_article(text.encode(), "a.txt", rules, TODAY).lines == (
        BODY, "Officials in Seoul said they were watching the preparations closely."
    )


def test_captions_the_extractor_runs_into_a_paragraph_are_set_apart(rules: Rules) -> None:
    """A one-paragraph page followed by figures whose captions the extractor runs into the
    paragraph's line: the paragraph stays a line of its own, not dropped with a caption's mark."""
    paragraph = (
        "Vladimir Putin said on Friday that the visit he was to make to Ankara on March 3 to see"
        " the Turkish president has been called off."
    )
    page = (
        "<html><head><title>Putin calls off trip to Ankara</title></head><body><article>"
        f"<p>{paragraph}</p>"
        "<figure><figcaption>Crowds in Ankara watch a screen showing Vladimir Putin (R) and the Turkish president, March 1, 2024. AGENCY/JANE ROE</figcaption></figure>"
        "<figure><figcaption>The hall in Ankara where the two presidents were to sign their agreements, shown to reporters on March 1. AGENCY/JOHN DOE</figcaption></figure>"
        "</article></body></html>"
    ).encode()
    article = read_article(page, "page.html", rules, TODAY)
    assert article.lines[:2] == ("Putin calls off trip to Ankara", paragraph)


def test_a_sentence_on_the_bigger_picture_is_no_caption(rules: Rules) -> None:
    # A label needs a credit after a caption's last sentence: prose with the word stays.
    line = "The picture: Kim Jong Un wants Russian help with satellites, officials in Seoul believe."
    text = "\n".join([BODY, line])
    assert read_article(text.encode(), "a.txt", rules, TODAY).lines == (BODY, line)
