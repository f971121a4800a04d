"""Stage 2: headline, publisher, author and date, in the forms articles print them."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.ingest.clean import read_article
from tracker.ingest.meta import date_in_address, parse_date_text, read_source
from tracker.ingest.rules import Rules

TODAY = dt.date(2026, 6, 1)

BODY = "Kim Jong Un will visit Moscow in May to attend the Victory Day parade, the Kremlin said on Wednesday."


@pytest.mark.parametrize(
    ("text", "date", "time"),
    [
        ("Friday 01 May 2015 07:43", "2015-05-01", "07:43"),
        ("January 28, 2015", "2015-01-28", None),
        ("24 August 2011 Last updated at 11:05", "2011-08-24", "11:05"),
        ("Thursday 25 April 2019 12:02 BST", "2019-04-25", "12:02"),
        ("May 31, 2018 / 3:12 PM", "2018-05-31", "15:12"),
        ("2025-05-08", "2025-05-08", None),
        ("Aug 12, 2025", "2025-08-12", None),
        ("Tuesday, September 11, 2018", "2018-09-11", None),
        ("Published: 18 Apr 2019", "2019-04-18", None),
        ("2011/08/19 15:02 KST", "2011-08-19", "15:02"),
        ("03/09/2025 14:20", "2025-09-03", "14:20"),
        ("2019-04-25T10:31:00+09:00", "2019-04-25", "10:31"),
        ("25-04-2019", "2019-04-25", None),
        ("April 25th, 2019", "2019-04-25", None),
        ("Thursday 25th of April 2019, 21:40", "2019-04-25", "21:40"),
        ("June 20, Juche 113 (2024)", "2024-06-20", None),
        ("PTI Published 17.02.26, 05:01 PM", "2026-02-17", "17:01"),
        ("Published 03.04.26, 09:15 AM", "2026-04-03", "09:15"),
        # A full stop where a comma belongs.
        ("July 11. 2017", "2017-07-11", None),
        # A comma between the month and the year.
        ("14th March, 2021", "2021-03-14", None),
        # The same comma with no space after it, as a date line may run them together.
        ("9 June,2017 10:05 PM IST", "2017-06-09", "22:05"),
        # Year first, each part closed by a dot, as Hungarian and Korean pages print it.
        ("2026. 01. 09. 10:35", "2026-01-09", "10:35"),
        # Day, month's short name and year joined by dots, as Brazilian pages print them.
        ("nesta 3ª feira (7.mar.2023), em Brasília", "2023-03-07", None),
        ("The ministers spoke this Monday (14.Oct.2024) in Recife.", "2024-10-14", None),
    ],
)
def test_publication_dates_in_common_forms(text: str, date: str, time: str | None) -> None:
    found = parse_date_text(text)
    assert found is not None
    assert (str(found[0]), found[1]) == (date, time)


def test_no_date_is_no_date() -> None:
    assert parse_date_text("Kim to meet with Putin in first overseas trip since 2019") is None


def read(rules: Rules, *lines: str, url: str | None = None):
    return read_source(read_article("\n".join(lines).encode(), "a.txt", rules, TODAY), rules, TODAY, url=url)


def said(body: str, name: str, sentence: str = "Readers of {} have followed the talks closely.") -> str:
    """`body` with a sentence that writes the site's name, as a page that names itself does:
    the words an address runs together are its name only where the page writes them so."""
    return f"{body} {sentence.format(name)}"


SPANISH_SAYS = "Los lectores de {} siguen la visita de cerca."
PORTUGUESE_SAYS = "Os leitores de {} acompanham a visita de perto."


def test_a_lead_opening_on_a_weekday_with_its_dotted_date_dates_the_page(rules: Rules) -> None:
    # The Brazilian style: the weekday, then its day, month and year joined by dots in brackets.
    source = read(rules, "Leaders agree to widen trade", "This Thursday (6.nov.2025), in Recife, the two presidents signed a trade accord and spoke of the coming summit.")
    assert str(source.published) == "2025-11-06"


def test_a_day_and_a_number_joined_by_dots_are_no_dotted_date(rules: Rules) -> None:
    # Only a month's short name between the dots makes the date: "6.11" and a year is the older form.
    assert parse_date_text("Chapter 6.novel.2025 of the series") is None


def test_headline_bare_byline_and_date_line(rules: Rules) -> None:
    source = read(rules, "Kim snubs Putin and cancels visit", "Adam Withnall", "Friday 01 May 2015 07:43", BODY)
    assert (source.title, source.author, str(source.published), source.time) == (
        "Kim snubs Putin and cancels visit", "Adam Withnall", "2015-05-01", "07:43"
    )
    assert source.body == (BODY,)


@pytest.mark.parametrize(
    ("lines", "publisher"),
    [
        (["Kim to visit Russia", BODY, "Join thought-provoking conversations, follow other Independent readers"], "The Independent"),
        (["Kim to visit Russia", BODY, "AFP"], "AFP"),
        (["Kim to visit Russia", "MOSCOW (Yonhap) -- " + BODY], "Yonhap"),
        (["Kim to visit Russia", BODY, "Source: Interfax"], "Interfax"),
        (["Kim to visit Russia", BODY, "Skip next section More stories from DW"], "Deutsche Welle"),
        (["Kim to visit Russia", BODY, "BY MICHAEL LEE [lee.junhyuk@joongang.co.kr]"], "Korea JoongAng Daily"),
        (["Kim to visit Russia", "Pyongyang (AFP) – " + BODY], "AFP"),
        # A site of publishers.yaml named alone on a line, as a footer prints it.
        (["Kim to visit Russia", BODY, "The Guardian"], "The Guardian"),
        (["Kim to visit Russia", BODY, "By Anna Lee (alee@heraldcorp.com)"], "The Korea Herald"),
        (["Kim to visit Russia", BODY, "Write to the reporter at anna.lee@scmp.com"], "South China Morning Post"),
    ],
)
def test_publisher_from_masthead_agency_tag_or_footer(rules: Rules, lines: list[str], publisher: str) -> None:
    assert read(rules, *lines).publisher == publisher


def test_an_unknown_publisher_is_a_note_not_a_guess(rules: Rules) -> None:
    source = read(rules, "Kim to visit Russia", BODY)
    assert source.publisher is None
    assert any("no publisher found" in note for note in source.notes)


@pytest.mark.parametrize(
    ("line", "author"),
    [("BY MICHAEL LEE [lee.junhyuk@joongang.co.kr]", "Michael Lee"), ("By Peter Hanlon in Moscow", "Peter Hanlon"), ("jr/sgb (AFP, Reuters)", "jr/sgb"),
     ("Reporting by Anna Kim; Editing by Ivan Petrov", "Anna Kim"), ("By DPA, IANS", None), ("By PTI", None),
     # A wire copy's sign-off, the agency before its editor's initials: no author.
     ("dpa/kl", None), ("afp/mw", None),
     # A desk's letters at the foot, no sources beside them: no writer's initials.
     ("mem/nvo", None),
     # The page's date run into the byline after a weekday.
     ("By Olena Marchuk Wednesday, 12 June 2024, 20:07", "Olena Marchuk"),
     # Two writers sign together: a source is cited by both, as the byline prints them.
     ("By Jane Roe and John Q. Doe", "Jane Roe and John Q. Doe"), ("BY JANE ROE-SMITH & JOHN DOE", "Jane Roe-Smith and John Doe"),
     # A writer beside a newsroom or an agency: the writer alone.
     ("By Jane Roe and agencies", "Jane Roe"), ("By Jane Roe and Reuters", "Jane Roe"), ("By Jane Roe, Reuters and AFP", "Jane Roe"),
     # A long byline closed by the page's date stamp is still the byline.
     ("by Jane Roe and the Example news desk November 15, 2023 4:07 PM 1 min read", "Jane Roe")],
)
def test_bylines(rules: Rules, line: str, author: str | None) -> None:
    assert read(rules, "Kim to visit Russia", BODY, line).author == author


def test_a_date_written_without_spaces() -> None:
    found = parse_date_text("Posted on : Jun.19,2024 18:30 KST")
    assert found is not None and (str(found[0]), found[1]) == ("2024-06-19", "18:30")


@pytest.mark.parametrize(
    ("url", "date"),
    [
        ("https://www.ktvq.com/news/trending/2019/06/30/trump-crosses-into-north-korea/", "2019-06-30"),
        ("https://www.latimes.com/world/la-fg-china-north-korea-kim-20180327-story.html", "2018-03-27"),
        ("https://www.example.jp/en/news/yjj2025102700784/trump-arrives.html", "2025-10-27"),
        ("https://www.example.com/news/a-2025102700784", None),  # digits alone: a serial
        ("https://en.example.co.kr/view/AEN20230912000351315", "2023-09-12"),  # capitals and a long serial
        # A story ID after a hyphen, its day run on with the hour and minute.
        ("https://www.example.fr/politique/visite-du-president_AR-202104150930.html", "2021-04-15"),
        ("https://www.example.es/internacional/cumbre-en-madrid-20210415093012-nt.html", "2021-04-15"),  # to the second
        ("https://www.example.com.cn/a/202303/10/WS640b0.html", "2023-03-10"),  # the month's folder, then the day's
        ("https://example.ru/politika/06/09/2023/erdogan-v-sochi.html", "2023-09-06"),  # day first
        ("https://example.us/news/06/09/2023/visit.html", "2023-06-09"),  # an American address: month first
        # One folder of day, month and year, hyphenated: day first, as the slashed folders.
        ("https://www.example.fr/breves/28-05-2017/la-visite-a-versailles", "2017-05-28"),
        ("https://www.example.fr/breves/06-09-2023/", "2023-09-06"),
        ("https://www.example.fr/breves/28-05/2017/", None),  # no one separator: no date
        ("https://www.latimes.com/world/la-xpm-2011-aug-24-la-fgw-north-korea-russia-meet-20110824-story.html", "2011-08-24"),
        ("http://world.rediff.com/news/2008/dec/02-russian-president-to-visit-india.htm?zcc=rl", "2008-12-02"),
        ("http://www.rodong.rep.kp/en/index.php?strPageID=SF01_02_01&newsID=2018-04-28-0015", "2018-04-28"),
        ("https://charter97.eu/en/news/2014/7/3/105574/", "2014-07-03"),
        ("https://english.kyodonews.net/news/2020/03/d7482e808313-xi-postpones.html", "2020-03"),
        # The year's folder, section folders, then the month's and the day's.
        ("https://www.example.com/1999/WORLD/europe/11/24/summit.talks/", "1999-11-24"),
        # Three two-digit folders: the one order that makes a date (month, day, year here).
        ("https://news.example.com/world/photo/11/23/21/moon-meets-putin", "2021-11-23"),
        ("https://news.example.com/world/photo/03/04/05/moon-meets-putin", None),  # any order would do
        ("https://americanmilitarynews.com/2018/09/kim-jong-un-greets-moon/", "2018-09"),
        ("http://example.org/archive/2001/Aug/17008.htm", "2001-08"),
        ("https://www.example.com.ar/notas/201903/338979-viaje.html", "2019-03"),  # the month's folder alone
        ("https://www.example.com.ar/notas/201955/338979-viaje.html", None),  # no month 55: a serial
        ("https://www.standardmedia.co.ke/asia/article/2001528585/chinas-xi-holds-talks", None),
        ("https://tass.com/politics/1557685", None),
        ("https://example.org/2031/01/02/from-the-future", None),
        # A month named in full before its year in a slug.
        ("https://www.example.com/live-news/kim-moon-summit-panmunjom-april-2018/h_9c1f", "2018-04"),
        ("https://www.example.com/a/putin-lands-in-pyongyang-june-19-2024", "2024-06-19"),  # month, day, year
        # A page-copying service: the copied page's address, encoded in the query, dates it.
        ("http://copy.example.net/view.php?url=https%3A%2F%2Fnews.example.com%2F2019%2F06%2F30%2Fdmz-meeting", "2019-06-30"),
        # A year's folder alone before the section's: the year.
        ("https://news.example.it/2024/video/meloni-a-buenos-aires_90496025.shtml", "2024"),
        ("https://news.example.it/2031/video/from-the-future.shtml", None),
    ],
)
def test_dates_in_a_pages_address(url: str, date: str | None) -> None:
    found = date_in_address(url, TODAY)
    assert (str(found) if found else None) == date


def test_the_address_dates_the_page_and_a_view_stamp_does_not(rules: Rules) -> None:
    source = read(
        rules, "7 May 2024, Tuesday, 3:13", "What Putin and Lukashenka spoke about", BODY,
        url="https://charter97.eu/en/news/2014/7/3/105574/",
    )
    assert str(source.published) == "2014-07-03"
    assert source.title == "What Putin and Lukashenka spoke about"


def test_a_date_line_refines_a_month_in_the_address(rules: Rules) -> None:
    source = read(rules, "Kim greets Moon as he arrives", "September 18, 2018", BODY, url="https://example.org/2018/09/kim-greets-moon/")
    assert str(source.published) == "2018-09-18"


@pytest.mark.parametrize(
    ("lines", "url", "publisher"),
    [
        (["Kim to visit Russia", BODY], "https://www.latimes.com/world/story.html", "Los Angeles Times"),
        (["Kim to visit Russia", BODY], "http://news.bbc.co.uk/2/hi/europe/7415997.stm", "BBC News"),
        # One name for one publisher, however a page signs; a service of its own is listed apart.
        (["DW", "Kim to visit Russia", BODY], "https://www.dw.com/en/x/a-36789", "Deutsche Welle"),
        (["KBS WORLD", "Kim to visit Russia", BODY], "http://world.kbs.co.kr/service/news_view.htm?Seq_Code=1", "KBS World"),
        (["Turkish Minute", "Kim to visit Russia", BODY], "https://turkishminute.com/2024/02/08/x", "Turkish Minute"),
        (["Rediff.com  »  News  »  Kim to visit Russia", BODY], "http://world.rediff.com/news/2008/dec/02-x.htm", "Rediff.com"),
        (["NAAJU", "Kim to visit Russia", BODY], "https://naaju.com/romania/x", "Naaju"),
        (["Kim to visit Russia", said("MOSCOW (Yonhap) -- " + BODY, "Unknown Site")], "https://unknown-site.example/x", "Unknown Site"),
        # Call letters where the page prints them, else the address: a short address may be
        # an abbreviation or a word, and the reader finds the site by it.
        (["Kim to visit Russia", "BILLINGS (KQRT) - " + BODY], "https://www.kqrt.example/news/x", "KQRT"),
        (["Kim to visit Russia", BODY], "https://www.kqrt.example/news/x", "Kqrt.example"),
        (["Kim to visit Russia", BODY, "kqrt.example"], "https://www.kqrt.example/news/x", "Kqrt.example"),
        (["Kim to visit Russia", BODY], "https://www.ktvq.com/news/x", "KTVQ"),
        (["Kim to visit Russia", BODY], "https://en.vx.example/en/1/x", "Vx.example"),
        (["Kim to visit Russia", BODY], "https://news.vxmail.example/politics/1/", "Vxmail.example"),
        # An abbreviation run together with a word is no pair of words in common use.
        (["Kim to visit Russia", BODY], "https://mgrtimes.example/x", "Mgrtimes.example"),
        # A host that runs common words together reads as them; one of the site's own coining stays the address.
        (["Kim to visit Russia", said(BODY, "News Agency")], "https://www.newsagency.example/x", "News Agency"),
        (["Kim to visit Russia", said(BODY, "The Harbour Times")], "https://www.theharbourtimes.example/x", "The Harbour Times"),
        (["Kim to visit Russia", said(BODY, "Blasting Post")], "https://us.blastingpost.example/news/x", "Blasting Post"),
        (["Kim to visit Russia", BODY], "https://www.zorvexa.example/x", "Zorvexa.example"),
        (["Kim to visit Russia", BODY], "https://www.zakhort.example/x", "Zakhort.example"),
        # A word the segmenter keeps whole as a name of its own may still run two common words together.
        (["Kim to visit Russia", said(BODY, "News Hour")], "https://www.newshour.example/x", "News Hour"),
        (["Kim to visit Russia", said(BODY, "News World Stream")], "https://newsworldstream.example/pt/x", "News World Stream"),
        # A place's name the counts know well is one word, not its syllables ("Ber Wick Herald").
        (["Kim to visit Russia", said(BODY, "Berwick Herald")], "https://www.berwickherald.example/x", "Berwick Herald"),
        # A name the counts know little may run a word of three letters in ("Blue Win").
        (["Kim to visit Russia", said(BODY, "Blue Win")], "https://www.bluewin.example/it/x", "Blue Win"),
        # A common word with a letter dropped is that word misspelt, not a run of words.
        (["Kim to visit Russia", BODY], "https://skymagzines.example/x", "Skymagzines.example"),
        # A language's code after a hyphen names an edition and stays as written.
        (["Kim to visit Russia", BODY], "https://zorvexa-en.example/x", "Zorvexa-en.example"),
        # An article before "news" is no call letters.
        (["Kim to visit Russia", said(BODY, "The News")], "https://www.thenews.example/x", "The News"),
        # A hyphen is no call letter: the address as sites are cited, "news" in lower case as a word in common use.
        (["Kim to visit Russia", BODY], "https://qz-news.example/2667", "Qz-news.example"),
        (["Kim to visit Russia", said(BODY, "Oakville Post")], "https://www.oakvillepost.example/x", "Oakville Post"),
        # One word in common use is the site's name; a place's name, or a rarer word a name
        # of the site's own coining, is cited as the address.
        (["Kim to visit Russia", said(BODY, "Lantern")], "https://www.lantern.example/x", "Lantern"),
        (["Kim to visit Russia", BODY], "https://www.canada.example/x", "Canada.example"),
        # So is a land's name that a country's is made of after a point of the compass ("South Korea").
        (["Kim to visit Russia", BODY], "https://www.korea.example/x", "Korea.example"),
        (["Kim to visit Russia", BODY], "https://spanish.africa.example/x", "Africa.example"),
        # The page naming its own site in the possessive, its letters the address's: that name.
        (["Kim to visit Russia", BODY, "All of Zorvexa's coverage of the summit: zorvexa.example/summit"], "https://www.zorvexa.example/x", "Zorvexa"),
        (["Kim to visit Russia", BODY, "Sign up for Zorvexa Daily's morning newsletter."], "https://zorvexadaily.example/x", "Zorvexa Daily"),
        # A country's possessive is no site's, nor a word's in small letters.
        (["Kim to visit Russia", BODY, "Korea's leaders met in the spring."], "https://www.korea.example/x", "Korea.example"),
        (["Kim to visit Russia", BODY, "The zorvexa's owner is named."], "https://www.zorvexa.example/x", "Zorvexa.example"),
        # A syndicated story's notice at the foot names the site that carries it, whatever its address spells.
        (["Kim to visit Russia", BODY, "(Only the headline of this report has not been edited by The Harbour Chronicle Online staff; the rest comes from a syndicated feed.)"],
         "https://www.hcxq.example/world/x", "The Harbour Chronicle Online"),
        (["Kim to visit Russia", BODY], "https://www.soyuz.example/x", "Soyuz.example"),
        # On a government's domain the word names an office, not a masthead: the address.
        (["Kim to visit Russia", BODY], "https://lantern.gov.zz/en/x", "Lantern.gov.zz"),
        # A pasted page's copyright line, cut where its rights notice begins.
        (["Kim to visit Russia", BODY, "© Agenzia Orsa - Riproduzione riservata"], "https://agenziaorsa.example/x", "Agenzia Orsa"),
        # A masthead line is cut where it spells the address ("News" and all); accents count as their letters.
        (["WQRT Today Kamloops", "Kim to visit Russia", BODY], "https://wqrttoday.example/x", "WQRT Today"),
        (["Harbour TV News", "Kim to visit Russia", BODY], "https://harbourtv.example/x", "Harbour TV News"),
        (["Notícias do Porto", "Kim to visit Russia", BODY], "https://noticiasdoporto.example/x", "Notícias do Porto"),
        # The agency a dateline names, when the address begins with it.
        (["Kim to visit Russia", "MOSCOW (Orbita) - " + BODY], "https://orbitaworld.example/x", "Orbita"),
        (["Kim to visit Russia", "ABC - " + BODY], "https://www.abcnews.example/node/42", "ABC"),
        # The address's trailing dot is no part of the name; a page's own sub-domain is not the site.
        (["Kim to visit Russia", BODY], "https://zorvexa.example./en/x", "Zorvexa.example"),
        (["Kim to visit Russia", BODY], "https://article.zq.com/view/X1", "Zq.com"),
        (["Kim to visit Russia", said(BODY, "Daily Globe")], "https://story.dailyglobe.co.uk/x", "Daily Globe"),
        # A possessive opening the address is a word of the name, as an article is.
        (["Kim to visit Russia", said(BODY, "My Daily Report")], "https://mydailyreport.example/x", "My Daily Report"),
        (["Kim to visit Russia", said(BODY, "Our Harbour Times")], "https://ourharbourtimes.example/x", "Our Harbour Times"),
        # A sub-domain that is a common word is a section or an edition; one of the site's own
        # coining is a site of its own, cited by its address.
        # A word in common use after the hyphen keeps the address's lower case ("Daily"); a name, its capital.
        (["Kim to visit Russia", BODY], "https://turkey.pravda-daily.example/en/x", "Pravda-daily.example"),
        (["Kim to visit Russia", BODY], "https://turkey.news-pravda.example/en/x", "News-Pravda.example"),
        (["Kim to visit Russia", BODY], "https://harbourwatch7.blogspot.com/2023/03/x.html", "Harbourwatch7.blogspot.com"),
        # Common words joined by a hyphen name a section as one word does; a coined half keeps it a site.
        (["Kim to visit Russia", BODY], "https://digital-release.zorvexa.example/news/x", "Zorvexa.example"),
        (["Kim to visit Russia", BODY], "https://live-zqvtr.zorvexa.example/news/x", "Live-Zqvtr.zorvexa.example"),
        (["Kim to visit Russia", BODY], "https://harbour-daily-mirror.hostcloud.example/x", "Harbour-Daily-Mirror.hostcloud.example"),
        (["Kim to visit Russia", BODY], "https://web3.zorvexa.example/nl/post/1", "Web3.zorvexa.example"),
        # The site's name at the end of a line, as a title ends ("Headline - site name").
        (["Kim-Jong-Un- coastal courier", "Kim to visit Russia", BODY], "http://coastalcourier.example/x", "Coastal Courier"),
        # Sites any page may come from are in content/publishers.yaml.
        (["Kim to visit Russia", BODY], "https://www.theguardian.com/world/2019/apr/25/x", "The Guardian"),
        (["Kim to visit Russia", BODY], "https://www.scmp.com/news/china/article/1/x", "South China Morning Post"),
        (["Kim to visit Russia", BODY], "https://abcnews.go.com/International/x", "ABC News"),
        (["Kim to visit Russia", BODY], "https://economia.estadao.com.br/noticias/x", "Estadão"),
        (["Kim to visit Russia", BODY], "https://www.ewn.co.za/2025/05/22/x", "EWN"),
        (["Kim to visit Russia", BODY], "https://www.sbs.com.au/language/hindi/en/article/x/l1dkm91fn", "SBS News"),
        (["Kim to visit Russia", BODY], "https://www.nippon.com/en/news/x/", "Nippon.com"),
        # A site's name styled otherwise than its address ("Censor.NET"), or in its own script.
        (["Kim to visit Russia", BODY], "http://en.kremlin.ru/events/president/news/1", "President of Russia"),
        (["Kim to visit Russia", BODY], "https://censor.net/en/news/1/x", "Censor.NET"),
        (["Kim to visit Russia", BODY], "https://www.arabnews.jp/article/japan/article_1/", "アラブニュース・ジャパン"),
        (["Kim to visit Russia", BODY], "https://theweek.com/politics/1/x", "The Week"),
        # A name the counts know a little splits off a word of three letters only where that is
        # a word in everyday use ("bluewin": Blue Win), not a syllable ("interia": no "Inte Ria").
        (["Kim to visit Russia", said(BODY, "Blue Win")], "https://www.bluewin.ch/de/news/x", "Blue Win"),
        (["Kim to visit Russia", BODY], "https://www.interia.pl/x", "Interia.pl"),
        # "Wydarzenia" (events): a Polish portal's news section, not a site of its own.
        (["Kim to visit Russia", BODY], "https://wydarzenia.qxbzrt.pl/zagranica/news-x,nId,1", "Qxbzrt.pl"),
        # The site names itself in its dateline, as an agency does in brackets.
        (["Kim to visit Russia", "Jakarta, Harbourpoint – " + BODY], "https://harbourpoint.example/x", "Harbourpoint"),
        # An agency's sign-off in capitals, brackets and all, that ends in a word: a name styled.
        (["Kim to visit Russia", "MOSCOW (HARBOURPRESS) – " + BODY, "(HARBOURPRESS)."], "https://www.harbourpress.example/x",
         "Harbourpress"),
    ],
)
def test_the_site_publishes_the_page(rules: Rules, lines: list[str], url: str, publisher: str) -> None:
    assert read(rules, *lines, url=url).publisher == publisher


def test_a_browser_title_ending_in_the_sites_name_is_not_the_headline(rules: Rules) -> None:
    source = read(rules, "Kim-Jong-Un - coastal courier", "Kim Invites Putin To Pyongyang", BODY, url="http://coastalcourier.example/x")
    assert (source.title, source.publisher) == ("Kim Invites Putin To Pyongyang", "Coastal Courier")


def test_a_reporter_in_a_city_is_a_byline(rules: Rules) -> None:
    source = read(rules, "Kim snubs Putin and cancels visit", "Wed 19 Jun 2024 08.15 BST", "Justin McCurry in Tokyo", BODY)
    assert source.author == "Justin McCurry"


@pytest.mark.parametrize(
    ("line", "author"),
    [("By: Jane Doe, National Content Desk", "Jane Doe"), ("By WION Web Team", None), ("By AFP | Sep 04, 2025", None)],
)
def test_a_newsroom_or_an_agency_is_no_author(rules: Rules, line: str, author: str | None) -> None:
    assert read(rules, "Kim to visit Russia", line, BODY).author == author


@pytest.mark.parametrize(
    "furniture",
    # A programme's label ("Evening News Tonight") is no reporter either.
    ["The Daily Planet Shimbun", "Large Medium Small", "Evening News Tonight"],
)
def test_a_newspapers_name_or_a_text_size_control_beside_the_date_is_no_author(rules: Rules, furniture: str) -> None:
    source = read(rules, "Kim snubs Putin and cancels visit", furniture, "10:05 JST, May 7, 2023", BODY)
    assert (source.author, str(source.published)) == (None, "2023-05-07")


def read_saved_page(rules: Rules, title: str, url: str, before_body: str):
    """The source entry of a saved page headed "Kim to visit Russia", `before_body` above its text."""
    body = " ".join([BODY] * 3)
    page = (
        f'<html><head><title>{title}</title><link rel="canonical" href="{url}"></head>'
        f"<body><h1>Kim to visit Russia</h1>{before_body}<p>{body}</p></body></html>"
    )
    return read_source(read_article(page.encode(), "page.html", rules, TODAY), rules, TODAY)


@pytest.mark.parametrize(
    ("furniture", "url", "publisher"),
    [
        ('<div class="logo">The Quay and Wherry</div>', "https://thequayandwherry.example/x", "The Quay and Wherry"),
        ("<footer>© Ostrava Vestnik, 2023. All rights reserved.</footer>", "https://ostravavestnik.example/x", "Ostrava Vestnik"),
        # A logo's name that the address shortens.
        ('<header><a href="/" class="logo">Fjordeavisen</a></header>', "https://www.fjorda.example/x", "Fjordeavisen"),
        # The link home in the page's header bears its name.
        ('<header><a href="/">Harbourline</a> <span>The independent voice of the coast</span></header>',
         "https://www.harbourline.example/x", "Harbourline"),
        # A logo in capitals is styling: the name is written as a title writes it.
        ('<header><a href="/" class="logo">THE VOICE OF ARCADIA</a></header>', "https://www.voiceofarcadia.example/x", "The Voice of Arcadia"),
        # A longer name that ends with the address's words is the site's own.
        ('<header><a href="/" class="logo">Moselländischer Bote</a></header>', "https://www.bote.example/x", "Moselländischer Bote"),
        # A logo in lower case that only spells the address is no name of its own, and a page
        # that writes its words apart nowhere is cited by its address.
        ('<header><a href="/" class="logo">harbourbookworld</a></header>', "https://harbourbookworld.example/x", "Harbourbookworld.example"),
        # ... and so is a line at the top that is only the address written out.
        ('<header><p>harbourbookworld.example</p></header>', "https://harbourbookworld.example/x", "Harbourbookworld.example"),
        # A logo in another script that spells the address is cited in the address's letters.
        ('<header><a href="/" class="logo">Гаваньский</a></header>', "https://gavanskiy.example/x", "Gavanskiy"),
        # ... and where the address's words are none in common use, the logo as it is written.
        ('<header><a href="/" class="logo">9zorvax</a></header>', "https://www.9zorvax.example/x", "9zorvax"),
    ],
)
def test_a_saved_page_names_itself_in_its_logo_or_copyright_line(rules: Rules, furniture: str, url: str, publisher: str) -> None:
    assert read_saved_page(rules, "Kim to visit Russia", url, furniture).publisher == publisher


def test_the_name_a_page_gives_itself_beats_the_addresss_letters(rules: Rules) -> None:
    # The title's last part spells the address with its articles and spaces; the logo, in
    # capitals, is the same name styled.
    source = read_saved_page(
        rules, "Ministers put off their trip | The Voice of Arcadia", "https://www.voiceofarcadia.example/x",
        '<header><a href="/" class="logo">THE VOICE OF ARCADIA</a></header>',
    )
    assert source.publisher == "The Voice of Arcadia"


def test_a_pasted_pages_dateline_naming_the_site_as_it_styles_itself_is_its_name(rules: Rules) -> None:
    source = read(rules, "Kim to visit Russia", "Seoul, (APP - HarbourPoint / Coast News - 5th Nov, 2024) " + BODY,
                  url="https://www.harbourpoint.example/x")
    assert source.publisher == "HarbourPoint"


def test_a_digit_between_an_addresss_words_is_part_of_the_name(rules: Rules) -> None:
    assert read(rules, "Kim to visit Russia", said(BODY, "Open4Harbour"), url="https://www.open4harbour.example/x").publisher == "Open4Harbour"


@pytest.mark.parametrize(
    ("url", "publisher"),
    [
        # A word of two letters in everyday use between two longer words in common use is a
        # word of the name; a small word of a title keeps its lower case.
        ("https://harbourontoday.example/x", "Harbour on Today"),
        ("https://www.gardenupnorth.example/x", "Garden Up North"),
        ("https://windowtoharbour.example/x", "Window to Harbour"),
        # Not at either end, nor beside a fragment of a coined name: cited by the address.
        ("https://uptoday.example/x", "Uptoday.example"),
        ("https://zxqontoday.example/x", "Zxqontoday.example"),
    ],
)
def test_an_everyday_word_of_two_letters_joins_an_addresss_words(rules: Rules, url: str, publisher: str) -> None:
    assert read(rules, "Kim to visit Russia", said(BODY, publisher), url=url).publisher == publisher


def test_a_sites_long_name_beats_the_initials_its_address_spells(rules: Rules) -> None:
    source = read_saved_page(
        rules, "Kim to visit Russia - Coastal Radio Network", "https://english.crn.example/2024/07/29/x.shtml",
        '<div class="top">CRN | English | Français | Deutsch</div>',
    )
    assert source.publisher == "Coastal Radio Network"


def test_a_saved_page_named_only_in_its_title_and_dated_only_in_its_byline(rules: Rules) -> None:
    source = read_saved_page(
        rules, "Kim to visit Russia - The Moscow Times", "https://www.themoscowtimes.com/news/kim-to-visit-russia-a1",
        "<p class='byline'>By AFP | Sep 04, 2025</p>",
    )
    assert (source.publisher, str(source.published), source.author) == ("The Moscow Times", "2025-09-04", None)


@pytest.mark.parametrize(
    "extra",
    [
        # A photo's caption dates the photo.
        "<figure><img src='a.jpg' alt=''><figcaption>Kim Jong Un at a rally in Pyongyang, 14 March 2025. "
        "PHOTO/AGENCY</figcaption></figure>",
        # A year the text mentions is no date of the page.
        "<p>His previous trip to Russia was in 2019.</p>",
        # Nor is a day written in full in a sentence of the story: a date stamp stands on its own.
        "<p>Kim's previous trip to Russia, his second, ran from September 10 to September 17, 2023.</p>",
    ],
)
def test_an_undated_page_stays_undated(rules: Rules, extra: str) -> None:
    source = read_saved_page(rules, "Kim to visit Russia", "https://www.example-daily.example/kim-to-visit-russia", extra)
    assert source.published is None


def test_a_date_stamp_at_the_foot_gives_the_day_of_the_month_in_the_address(rules: Rules) -> None:
    source = read(rules, "Putin and Kim sign declaration", BODY, "(Xinhua News Agency 08/05/2001)", "Archive", url="http://example.org/english/2001/Aug/17008.htm")
    assert str(source.published) == "2001-08-05"


def test_a_date_line_with_a_slash_is_a_date_not_a_photo_credit(rules: Rules) -> None:
    source = read(rules, "Kim arrives in Vladivostok", "April 24, 2019 / 9:05 AM", BODY, "Ahn Young-joon / AP")
    assert (str(source.published), source.time) == ("2019-04-24", "09:05")
    assert "Ahn Young-joon / AP" not in source.body


@pytest.mark.parametrize(
    ("lines", "url", "published"),
    [
        # Day first, as most of the world writes it, unless the page says otherwise.
        (["By Ann Lee", "2/10/2023"], None, "2023-10-02"),
        (["By Ann Lee", "2/10/2023", "Updated: 2/13/2023"], None, "2023-02-10"),
        (["By Ann Lee", "2/10/2023", "Updated: 13/10/2023"], None, "2023-10-02"),
        (["By Ann Lee", "2/10/2023", "Kim Jong Un arrived in Moscow on Feb. 10 for talks with Putin, the Kremlin said."], None, "2023-02-10"),
        (["By Ann Lee", "2/10/2023"], "https://www.harbourpost.us/kim", "2023-02-10"),
        (["By Ann Lee", "2/13/2023"], None, "2023-02-13"),
    ],
)
def test_a_slashed_date_is_read_in_the_order_the_page_settles(rules: Rules, lines: list[str], url: str | None, published: str) -> None:
    source = read(rules, "Kim to visit Russia", *lines, BODY, url=url)
    assert str(source.published) == published


@pytest.mark.parametrize(
    ("site_name", "publisher"),
    [
        ("HERALDO.net", "HERALDO.net"),  # the site's own styling of its address is its name
        ("heraldo.net", "Heraldo News"),  # an address as addresses are written is no name: the title's is
    ],
)
def test_a_site_name_styled_as_the_site_writes_it_is_its_name(rules: Rules, site_name: str, publisher: str) -> None:
    page = (
        f'<html><head><title>Kim to visit Russia | Heraldo News</title><meta property="og:site_name" content="{site_name}">'
        '<link rel="canonical" href="https://news.heraldo.net/123/kim-to-visit-russia"></head>'
        f"<body><article><h1>Kim to visit Russia</h1><p>{BODY}</p></article></body></html>"
    )
    article = read_article(page.encode(), "page.html", rules, TODAY)
    assert read_source(article, rules, TODAY).publisher == publisher


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Amira Khalid Published November 05, 2024 | 02:40 PM", "Amira Khalid"),
        ("Tomas Berg Updated: 12 March 2024", "Tomas Berg"),
        # A place before the stamp is where the report was filed, no person.
        ("New Delhi Published: April 28, 2018", None),
    ],
)
def test_a_name_before_the_pages_date_stamp_is_its_author(rules: Rules, line: str, author: str | None) -> None:
    assert read(rules, "Kim to visit Russia", line, BODY).author == author


def test_a_long_byline_with_a_handle_and_a_date_stamp_gives_author_and_date(rules: Rules) -> None:
    source = read(rules, "Kim to visit Russia", "Sam Oduya (@samoduya) 10 hours ago Sat 25th January 2020 | 03:03 PM", BODY)
    assert (source.author, str(source.published)) == ("Sam Oduya", "2020-01-25")



def test_a_month_the_metadata_fills_with_its_first_day_takes_the_day_of_the_address(rules: Rules) -> None:
    # A kiosk page for one story of a print edition: the metadata reader found the month and
    # filled in its first day; the address carries the edition's day.
    from dataclasses import replace

    url = "http://www.kiosk.example/usa/coast-herald/20180418/281492161909775"
    body = " ".join([BODY] * 3)
    page = f'<html><head><link rel="canonical" href="{url}"></head><body><h1>Kim to visit Russia</h1><p>{body}</p></body></html>'
    article = read_article(page.encode(), "page.html", rules, TODAY)
    assert article.html is not None
    month_only = replace(article, html=replace(article.html, date="2018-04-01"))
    assert str(read_source(month_only, rules, TODAY).published) == "2018-04-18"


def _saved_with_metadata_date(rules: Rules, url: str, date: str) -> str:
    """The published date read from a saved page at `url` whose metadata gives `date`."""
    from dataclasses import replace

    body = " ".join([BODY] * 3)
    page = f'<html><head><link rel="canonical" href="{url}"></head><body><h1>Kim to visit Russia</h1><p>{body}</p></body></html>'
    article = read_article(page.encode(), "page.html", rules, TODAY)
    assert article.html is not None
    return str(read_source(replace(article, html=replace(article.html, date=date)), rules, TODAY).published)


@pytest.mark.parametrize(
    ("url", "date", "published"),
    [
        # Metadata that stops at the month; the address's path dates a day of that month.
        ("https://harbourherald.example/world/2024/07/09/kim-to-visit-russia.html", "2024-07", "2024-07-09"),
        ("https://harbourherald.example/world/2024/07/01/kim-to-visit-russia.html", "2024-07", "2024-07-01"),
        # An address whose day falls in another month leaves the metadata's month alone.
        ("https://harbourherald.example/world/2024/08/09/kim-to-visit-russia.html", "2024-07", "2024-07"),
        # Metadata that gives its own day keeps it.
        ("https://harbourherald.example/world/2024/07/09/kim-to-visit-russia.html", "2024-07-10", "2024-07-10"),
    ],
)
def test_metadata_giving_only_a_month_takes_the_day_of_the_address(rules: Rules, url: str, date: str, published: str) -> None:
    assert _saved_with_metadata_date(rules, url, date) == published


def test_the_sites_name_beside_its_date_line_is_no_byline(rules: Rules) -> None:
    source = read(
        rules, "Kim to visit Russia", "Harbour Herald", "2026. 01. 09. 10:35", BODY,
        url="https://harbourherald.example/english/2026/01/kim-to-visit-russia",
    )
    assert (source.publisher, source.author, str(source.published)) == ("Harbour Herald", None, "2026-01-09")


def test_a_print_bylines_dash_and_staff_title_are_no_part_of_the_name(rules: Rules) -> None:
    assert read(rules, "Kim to visit Russia", BODY, "- By Jane Roe Staff writer").author == "Jane Roe"


def test_a_logo_that_is_the_address_in_lower_case_is_cited_as_addresses_are(rules: Rules) -> None:
    source = read_saved_page(rules, "Kim to visit Russia", "https://qvtx.org/dw/x", '<header><a href="/" class="logo">qvtx.org</a></header>')
    assert source.publisher == "Qvtx.org"


def test_a_pasted_mastheads_trailing_slash_is_no_part_of_the_name(rules: Rules) -> None:
    source = read(rules, "Qvtxzorblat.com /", "Kim to visit Russia", BODY, url="https://www.qvtxzorblat.com/kim-to-visit/")
    assert source.publisher == "Qvtxzorblat.com"


@pytest.mark.parametrize(
    ("url", "publisher"),
    [("https://prod-appfeeds.intoday.in/india/story/pm-visit-1-2011-12-14", "India Today"),
     ("https://italian.cri.cn/761/2011/01/19/x.htm", "China Radio International"),
     ("https://www.wiwo.de/politik/ausland/x/23157608.html", "WirtschaftsWoche"),
     # An edition's sub-domain in another script's encoding is the site's; its letters are no name.
     ("http://big5.cctv.com/gate/big5/www.cctv.cn/english/20090428/101255.shtml", "CCTV"),
     ("https://www.cfr.org/article/trump-xi-call", "Council on Foreign Relations")],
)
def test_a_known_sites_sub_domain_or_short_address_is_the_site(rules: Rules, url: str, publisher: str) -> None:
    assert read(rules, "Kim to visit Russia", BODY, url=url).publisher == publisher


def test_a_site_headers_day_above_the_headline_is_the_day_viewed_not_published(rules: Rules) -> None:
    source = read(rules, "Sun. Sep 24th, 2023", "Kim to visit Russia", BODY)
    assert source.published is None
    # Below the headline, a date line is the article's.
    assert str(read(rules, "Kim to visit Russia", "Sun. Sep 24th, 2023", BODY).published) == "2023-09-24"


def test_a_site_headers_day_beside_the_weather_is_the_day_viewed_wherever_the_headline_is(rules: Rules) -> None:
    source = read(rules, "Monday, March 2, 2026", "21.4 C", "Seoul", BODY)
    assert (source.published, source.month_day) == (None, None)
    source = read(rules, "Monday, March 2", "8°C", BODY)
    assert (source.published, source.month_day) == (None, None)
    # With no weather beside it, the same line dates the page.
    assert str(read(rules, "Monday, March 2, 2026", "Seoul", BODY).published) == "2026-03-02"


def test_a_weekday_and_its_bracketed_date_in_a_long_sentence_date_the_page_in_the_order_that_falls_on_it(rules: Rules) -> None:
    opening = "the Kremlin said that the leader of North Korea would be received in Moscow before the year was out."
    # 3 October 2019 was a Thursday, 10 March 2019 a Sunday: the weekday settles the order.
    assert str(read(rules, "Kim to visit Russia", f"Quoting the state news agency, Thursday (3/10/2019), {opening}", BODY).published) == "2019-10-03"
    assert str(read(rules, "Kim to visit Russia", f"Quoting the state news agency, Sunday (3/10/2019), {opening}", BODY).published) == "2019-03-10"
    # A weekday neither order falls on settles nothing.
    assert read(rules, "Kim to visit Russia", f"Quoting the state news agency, Monday (3/10/2019), {opening}", BODY).published is None


def test_an_address_that_runs_together_the_start_of_each_word_of_the_pages_name_is_that_name(rules: Rules) -> None:
    # "harbtoday" runs together "Harb(our)" and "Today", on an app-feed sub-domain.
    source = read_saved_page(
        rules, "Kim to visit Russia : Asia - Harbour Today", "https://prod-appfeeds.harbtoday.example/story/kim-1-2011-12-14",
        '<header><a href="/" class="logo">Harbour Today</a></header>',
    )
    assert source.publisher == "Harbour Today"


def test_a_dateline_naming_its_agencies_and_the_day_dates_the_page(rules: Rules) -> None:
    source = read(
        rules,
        "Kim to visit Russia, agency says",
        "TOKYO (Example News / Wire - 14th March, 2021) North Korean leader Kim Jong Un will travel to Moscow "
        "next month to meet President Vladimir Putin, the agency said on Sunday.",
    )
    assert str(source.published) == "2021-03-14"
    assert source.body[0].startswith("North Korean leader Kim Jong Un")


def test_a_wire_line_of_separated_items_with_its_stamp_dates_the_page_and_a_label_is_no_author(rules: Rules) -> None:
    # An agency's line "AGENCY | City | Updated: day-month-year time" is a date line, not a menu;
    # the field label below it ("- Region:") is no byline.
    source = read(
        rules, "Kremlin says Putin and Xi will speak by phone", BODY,
        "PTI | Moscow | Updated: 14-03-2023 11:05 IST | Created: 14-03-2023 11:05 IST", "- Region:", "- Asia",
    )
    assert (str(source.published), source.time, source.author) == ("2023-03-14", "11:05", None)
    # A menu of sections stays a menu.
    assert read(rules, "Kremlin says Putin and Xi will speak by phone", "World | Asia | Europe", BODY).published is None


@pytest.mark.parametrize(
    ("lines", "author"),
    [
        # A Russian agency signs its correspondent in the dateline.
        (["Визит Лукашенко откладывается", 'МИНСК, 19 ноября. /Корр. РИА "Новости" Анна Зорина/.', BODY], "Анна Зорина"),
        # A reporter's note at the foot.
        (["Kim to visit Russia", BODY, "Tomas Berg is a national political correspondent for The Daily Example."], "Tomas Berg"),
        # A leader described so is no author.
        (["Kim to visit Russia", BODY, "Vladimir Putin is a frequent writer of essays."], None),
        # The link to the author's other stories at the foot.
        (["Kim to visit Russia", BODY, "More from ... Ilse Vogtmann"], "Ilse Vogtmann"),
        (["Kim to visit Russia", BODY, "More from Ilse Vogtmann"], "Ilse Vogtmann"),
        # ... but not to an agency's, a place's or a leader's.
        (["Kim to visit Russia", BODY, "More from Reuters"], None),
        (["Kim to visit Russia", BODY, "More from Vladimir Putin"], None),
    ],
)
def test_a_correspondent_signed_in_a_dateline_or_a_reporters_note_is_the_author(rules: Rules, lines: list[str], author: str | None) -> None:
    assert read(rules, *lines).author == author


@pytest.mark.parametrize("credit", ["avec AFP", "With agencies", "mit Agenturen"])
def test_a_credit_to_the_reports_drawn_on_is_no_author(rules: Rules, credit: str) -> None:
    source = read_saved_page(rules, "Kim to visit Russia", "https://www.example.fr/x/kim-russie-1", f'<div class="byline">{credit}</div>')
    assert source.author is None


@pytest.mark.parametrize(("credit", "author"), [("Written By:", None), ("Written By: Jane Roe", "Jane Roe"), ("By: Jane Roe", "Jane Roe")])
def test_a_bylines_label_is_no_part_of_the_name_and_alone_is_no_author(rules: Rules, credit: str, author: str | None) -> None:
    source = read_saved_page(rules, "Kim to visit Russia", "https://www.example.in/x/kim-russia-1", f'<p class="byline">{credit}</p>')
    assert source.author == author


def test_a_caption_read_with_a_short_page_does_not_date_it(rules: Rules) -> None:
    # A page of a headline and one summary point reads its caption, but the caption's date is
    # the photo's: not the page's, nor a day in the month its address gives.
    page = (
        "<html><head><title>Kim meets Putin</title><link rel='canonical' href='https://example.org/2023/09/kim-meets-putin'></head><body>"
        "<figure><img src='a.jpg' alt=''><figcaption>Kim Jong Un and Vladimir Putin at the spaceport on 13 September 2023."
        " Photo: Pool</figcaption></figure><article><h1>Kim meets Putin</h1><ul><li>"
        + " ".join([BODY] * 2) + "</li></ul></article></body></html>"
    )
    article = read_article(page.encode(), "page.html", rules, TODAY)
    assert article.lines[-1].startswith("Kim Jong Un and Vladimir Putin at the spaceport")
    assert str(read_source(article, rules, TODAY).published) == "2023-09"


@pytest.mark.parametrize(
    ("url", "publisher"),
    [("https://wiadomosci.qvtxzorblat.pl/swiat/kim-w-moskwie/abc123", "Qvtxzorblat.pl"),
     ("https://noticias.qvtxzorblat.com.br/mundo/kim-em-moscou", "Qvtxzorblat.com.br"),
     ("https://nachrichten.qvtxzorblat.de/politik/kim-in-moskau", "Qvtxzorblat.de")],
)
def test_a_sub_domain_that_is_news_in_the_pages_language_is_a_section(rules: Rules, url: str, publisher: str) -> None:
    """"wiadomosci", "noticias", "Nachrichten": a section of the site, cited by its address alone."""
    assert read(rules, "Kim to visit Russia", BODY, url=url).publisher == publisher


@pytest.mark.parametrize("archive", ["2015-2022", "2010"])
def test_a_sub_domain_of_years_is_the_sites_archive(rules: Rules, archive: str) -> None:
    """"2015-2022.qvtxzorblat.hu": the site's pages of those years, cited by the site's address."""
    url = f"https://{archive}.qvtxzorblat.hu/beszedek/level-a-kormanyfonek/"
    assert read(rules, "Kim to visit Russia", BODY, url=url).publisher == "Qvtxzorblat.hu"


def test_a_folder_running_day_month_and_year_together_dates_the_page(rules: Rules) -> None:
    """"/world/12Sep2023/": the day the page went up, as a draft's source shows it."""
    assert str(read(rules, "Kim to visit Russia", BODY, url="https://qvtxzorblat.com/world/12Sep2023/kim_train.html").published) == "2023-09-12"
    # The same letters and digits inside a story's name date nothing.
    assert date_in_address("https://qvtxzorblat.com/world/story-12sep2023x/", TODAY) is None


@pytest.mark.parametrize(
    ("masthead", "url", "publisher"),
    [
        # Call letters: capitals that spell no word and could not be read as one.
        ("QXJTV", "https://www.qxjtv.com/monde/kim-a-moscou", "QXJTV"),
        # Capitals that spell words, or a name read as a word, are a logo's styling.
        ("ZORAVA", "https://www.zorava.com/monde/kim-a-moscou", "Zorava"),
    ],
)
def test_a_masthead_in_capitals_is_call_letters_only_where_it_spells_no_word(
    rules: Rules, masthead: str, url: str, publisher: str
) -> None:
    assert read(rules, masthead, "Kim to visit Russia", BODY, url=url).publisher == publisher


def test_an_address_running_a_word_and_an_everyday_abbreviation_together_names_the_site(rules: Rules) -> None:
    assert read(rules, "Kim to visit Russia", said(BODY, "Garden TV"), url="https://www.gardentv.in/world/kim-visit-77").publisher == "Garden TV"
    # Two letters a reader would not know as an abbreviation leave the address as it is.
    assert read(rules, "Kim to visit Russia", BODY, url="https://www.bggarden.com/world/kim-visit-77").publisher == "Bggarden.com"


def test_a_browser_title_closing_on_a_date_dates_the_pasted_page(rules: Rules) -> None:
    """The title line an editor pastes above the headline carries the day, day first."""
    source = read(
        rules, "Kim meets Putin in Vladivostok | News | QX | 07.06.2013", "Kim meets Putin in Vladivostok", BODY,
        url="https://www.qvtxzorblat.com/en/kim-meets-putin/a-16865842",
    )
    assert str(source.published) == "2013-06-07"


def test_a_print_line_dates_the_page_the_morning_after_its_address(rules: Rules) -> None:
    """A newspaper's print line, page and all, gives the day it was printed; the address the
    day before, when the story was filed."""
    url = "http://www.qvtxzorblat.com/content/article/2010/03/18/AR2010031801808_pf.html"
    source = read(rules, "Kim delays trip to Moscow", "Friday, March 19, 2010; A10", BODY, url=url)
    assert str(source.published) == "2010-03-19"
    # A date line a day later with no page printed is the day the page was updated.
    assert str(read(rules, "Kim delays trip to Moscow", "Friday, March 19, 2010", BODY, url=url).published) == "2010-03-18"


def test_a_reporters_label_in_the_pages_language_names_the_author(rules: Rules) -> None:
    """Indonesian agencies sign "Pewarta:" (reporter) at the foot; the editor signs apart."""
    source = read(rules, "Kim tiba di Moskow", BODY, "Pewarta: Ratna Sari Dewi", "Editor: Budi Santoso")
    assert source.author == "Ratna Sari Dewi"


def test_the_article_a_opening_an_address_is_a_word_of_the_name(rules: Rules) -> None:
    assert read(rules, "Kim to visit Russia", said(BODY, "A World"), url="https://www.aworld.com.tr/world/kim-visit").publisher == "A World"


def test_a_byline_and_source_in_a_dropped_metadata_block_sign_the_page(rules: Rules) -> None:
    """The extractor drops a page's metadata block; its byline beside the date stamp is the
    author, and the source it names the site, where that name spells the address."""
    page = (
        "<html><head><title>Kim meets Putin</title></head><body><main><article><h1>Kim meets Putin</h1>"
        "<p class='meta'>Published 2 July 2022 at 6:50pm<br>By Jane Roe<br>Source: QXB News</p>"
        f"<p>{BODY} {BODY}</p></article></main></body></html>"
    )
    article = read_article(page.encode(), "page.html", rules, TODAY)
    source = read_source(article, rules, TODAY, url="https://www.qxb.com.au/news/kim-meets-putin/ek9")
    assert (source.author, source.publisher) == ("Jane Roe", "QXB News")


def test_a_slashed_date_is_month_first_where_the_page_names_that_days_weekday(rules: Rules) -> None:
    """"12/4/2021" over a report of what happened "on Saturday": 4 December 2021 was one, 12
    April a Monday."""
    page = (
        "<html><head><title>Kim arrives in Moscow</title></head><body><main><article><h1>Kim arrives in Moscow</h1>"
        "<ul class='meta'><li>12/4/2021</li><li>00:00</li></ul>"
        f"<p>Kim Jong Un arrived in Moscow on Saturday for talks with Vladimir Putin. {BODY}</p></article></main></body></html>"
    )
    article = read_article(page.encode(), "page.html", rules, TODAY)
    assert str(read_source(article, rules, TODAY, url="https://qvtxzorblat.com/news/?nid=26683201").published) == "2021-12-04"


def test_a_byline_in_the_list_of_other_stories_below_the_text_signs_nothing(rules: Rules) -> None:
    page = (
        "<html><head><title>Kim meets Putin</title></head><body><main><article><h1>Kim meets Putin</h1>"
        f"<p>{BODY} {BODY}</p></article><aside><h2>More stories</h2><p>2 July 2022</p><p>By Jane Roe</p>"
        "</aside></main></body></html>"
    )
    article = read_article(page.encode(), "page.html", rules, TODAY)
    assert read_source(article, rules, TODAY, url="https://www.qxb.com.au/news/kim-meets-putin/ek9").author is None


def test_a_byline_closing_on_its_date_stamp_dates_the_page(rules: Rules) -> None:
    """However many it names, a byline followed by the date and time stamps the page."""
    source = read(rules, "Kim and Putin hold call", "by Jane Roe and the Example news desk November 15, 2023 4:07 PM 1 min read", BODY)
    assert (str(source.published), source.time) == ("2023-11-15", "16:07")


@pytest.mark.parametrize(
    ("url", "title"),
    [
        ("https://www.qxb.de/nachrichten/kanzler-trifft-kim-in-moskau-112.html", "Kanzler trifft kim in moskau"),
        # The headline in a folder, the page itself a serial number.
        ("https://www.qxb.com/english/world/kim-to-visit-moscow-in-may/50000262-3752830", "Kim to visit moscow in may"),
    ],
)
def test_a_page_without_a_headline_takes_the_one_its_address_spells(rules: Rules, url: str, title: str) -> None:
    source = read(rules, BODY, BODY, url=url)
    assert source.title == title
    assert any("the title is its address's words" in note for note in source.notes)


def test_an_address_of_numbers_spells_no_headline(rules: Rules) -> None:
    source = read(rules, BODY, BODY, url="https://www.qxb.com/news/2023/11/15/50000262")
    assert source.title is None


def test_a_dash_after_a_bare_byline_opens_the_desk_letters(rules: Rules) -> None:
    # "-TDO- (FRANCE)": the desk's letters and the place after the name, no part of it.
    source = read(rules, "Kim snubs Putin and cancels visit", "Adam Withnall -TDO- (FRANCE)", "Friday 01 May 2015 07:43", BODY)
    assert source.author == "Adam Withnall"


def test_a_line_ending_in_a_word_no_headline_ends_in_is_cut_off(rules: Rules) -> None:
    # The stored text stops mid-sentence: "..., in" is no headline, the first line is.
    source = read(rules, "Kim snubs Putin and cancels visit", BODY, "He then met the Russian defence minister to talk about security in")
    assert source.title == "Kim snubs Putin and cancels visit"
    source = read(rules, BODY, "He then met the Russian defence minister to talk about security in")
    assert source.title != "He then met the Russian defence minister to talk about security in"


def test_the_last_line_after_the_paragraphs_is_a_sentence_cut_off_not_the_headline(rules: Rules) -> None:
    # A pasted text with no headline, stopping mid-sentence on a line that could pass for one.
    cut = "At the summit in Vladivostok, Kim was also one of the few guests asked to a private dinner"
    paragraph = BODY + " Officials in Pyongyang gave no date for his departure, and said only that the talks would cover trade and the railway."
    source = read(rules, paragraph, cut)
    assert source.title != cut
    # Short lines all through (no paragraph before it): the line may still be the headline.
    assert read(rules, BODY, "Kim meets Putin at Vladivostok summit").title == "Kim meets Putin at Vladivostok summit"


def test_a_line_closing_on_a_quoted_full_stop_is_a_sentence_not_the_headline(rules: Rules) -> None:
    quoted = 'Asked about the visit, he answered: "Yes, we are ready."'
    source = read(rules, quoted, BODY)
    assert source.title != quoted
    assert read(rules, 'Kim says "ready to go to Moscow"', BODY).title == 'Kim says "ready to go to Moscow"'


@pytest.mark.parametrize(
    ("lines", "author"),
    [
        # An embedded post's signature quotes whoever posted it; the article names no writer.
        (["Kim to visit Russia", "Welcome to Moscow!", "— Maria Zakharova (@MFA_Russia) March 3, 2024", BODY], None),
        # "By contributor": the label, not the name; the agency's title after the comma goes.
        (["Kim to visit Russia", "By contributor Jane Roe, PA Political Correspondent", BODY], "Jane Roe"),
        # The reporter's agency on its own line after the name, run together with it.
        (["Kim to visit Russia", "By Jane Roe Associated Press", BODY], "Jane Roe"),
    ],
)
def test_a_posts_signature_a_contributor_label_and_an_agency_after_the_name(rules: Rules, lines: list[str], author: str | None) -> None:
    assert read(rules, *lines).author == author


@pytest.mark.parametrize(
    ("opening", "city"),
    [
        ("Beijing — Xi Jinping met the visiting president on Friday.", "Beijing"),
        ("Bombay.- In this city the president spoke to business leaders.", "Mumbai"),
        ("MOSCOW - Vladimir Putin received the king on Thursday.", "Moscow"),
        # A sentence that opens with a city is no dateline.
        ("Beijing has welcomed the visit of the president on Friday.", None),
        ("Moscow-based analysts expect the king to visit in the spring.", None),
        # A city in capitals run on to the sentence: a dateline whose dash the paste dropped.
        ("NEW DELHI On Monday the prime minister received the king at the airport.", "New Delhi"),
        ("MOSCOW The Kremlin said the king would arrive on Thursday.", "Moscow"),
        # Not a city in capitals before another word in capitals, nor one in its own case.
        ("MOSCOW TIMES reports the king will arrive on Thursday.", None),
        ("Moscow The city is ready for the visit of the king.", None),
        # A city in capitals, its country after it, and a dash run on to the sentence.
        ("MOSCOW, Russia—On Thursday the king arrived for his visit.", "Moscow"),
        ("Moscow, Russia—On Thursday the king arrived for his visit.", None),
        # A city in capitals, the day and a full stop: a wire's dateline a reprint keeps.
        ("BEIJING, March 3. The king arrived for his visit on Thursday.", "Beijing"),
        ("MOSCOW, Oct. 12. The Kremlin said the king would arrive on Thursday.", "Moscow"),
        ("TOKYO, 14 May. The prime minister received the king at the palace.", "Tokyo"),
        # Not a city in its own case before a day (a sentence), nor a city and a year.
        ("Beijing, March 3. The king arrived for his visit on Thursday.", None),
        ("MOSCOW, 2019. The Kremlin said the king would arrive on Thursday.", None),
    ],
)
def test_a_city_closed_by_a_dash_opening_the_text_is_a_dateline_with_no_agency(rules: Rules, opening: str, city: str | None) -> None:
    source = read(rules, "Leaders meet", opening, BODY)
    assert (source.opened_from.city if source.opened_from else None) == city
    assert source.filed_from is None


SPANISH = (
    "El presidente Vladimir Putin recibió este martes en el Kremlin al líder de Corea del Norte, Kim Jong Un,"
    " que llegó a Moscú para una visita oficial de dos días. Los dos hablaron durante tres horas sobre la"
    " cooperación entre sus países, según informó la agencia estatal."
)
PORTUGUESE = (
    "O presidente Vladimir Putin recebeu nesta terça-feira no Kremlin o líder da Coreia do Norte, Kim Jong Un,"
    " que chegou a Moscou para uma visita oficial de dois dias. Os dois conversaram durante três horas sobre a"
    " cooperação entre os seus países, segundo a agência estatal."
)


@pytest.mark.parametrize(
    ("body", "url", "publisher"),
    [
        # Words of the page's language, spelled with its accents, the short ones in lower case.
        (SPANISH, "https://www.lavozdelvalle.example/politica/kim-en-moscu", "La Voz del Valle"),
        (SPANISH, "https://www.diariodelanoche.example/nota/1", "Diario de la Noche"),
        (PORTUGUESE, "https://gazetadocomercio.example/mundo/kim-em-moscou", "Gazeta do Comércio"),
        # One word of the language, of five letters or more: that word.
        (PORTUGUESE, "https://www.liberdade.example/mundo/kim", "Liberdade"),
        # A coined name the language's words do not cover is cited by its address.
        (SPANISH, "https://www.qvtxzorblat.example/nota/1", "Qvtxzorblat.example"),
        # A country's name is no word in common use.
        (SPANISH, "https://lavozdeargentina.example/nota/1", "Lavozdeargentina.example"),
        # A server's numbered sub-domain is no site of its own.
        (SPANISH, "https://www-ab3.elpuente.example/nota/1", "El Puente"),
    ],
)
def test_an_address_runs_together_words_of_the_pages_language(rules: Rules, body: str, url: str, publisher: str) -> None:
    says = PORTUGUESE_SAYS if body == PORTUGUESE else SPANISH_SAYS
    assert read(rules, "Kim Jong Un llega a Moscú", said(body, publisher, says), url=url).publisher == publisher


def test_an_english_page_reads_no_other_languages_words_in_its_address(rules: Rules) -> None:
    """"elpuente" on a page in English: no English words, so the address."""
    assert read(rules, "Kim to visit Russia", BODY, url="https://www.elpuente.example/x").publisher == "Elpuente.example"


def test_a_common_word_after_a_hyphen_keeps_its_lower_case_in_the_pages_language(rules: Rules) -> None:
    """"zeitung" is a German word in common use, not an English one."""
    german = (
        "Der russische Präsident Wladimir Putin hat am Dienstag im Kreml den nordkoreanischen Machthaber Kim Jong Un"
        " empfangen, der zu einem zweitägigen Besuch nach Moskau gereist war. Die beiden sprachen drei Stunden lang."
    )
    source = read(rules, "Kim Jong Un in Moskau", german, url="https://www.qvtxzorblat-zeitung.example/politik/kim")
    assert source.publisher == "Qvtxzorblat-zeitung.example"


@pytest.mark.parametrize(
    ("url", "publisher"),
    [
        # An abbreviation or a coined word after the hyphen is written as the address writes it.
        ("https://www.qx-zvtn.example/world/kim", "Qx-zvtn.example"),
        # So is a word the counts do not know in English, nor in the page's language (a compound).
        ("https://www.qvt-morgenblattzeitungen.example/world/kim", "Qvt-morgenblattzeitungen.example"),
        # A name the counts know well keeps its capital.
        ("https://www.qvtx-pravda.example/world/kim", "Qvtx-Pravda.example"),
        # A name after Arabic's article keeps its capital.
        ("https://www.al-qvtzar.example/world/kim", "Al-Qvtzar.example"),
    ],
)
def test_only_a_known_name_after_a_hyphen_keeps_a_capital(rules: Rules, url: str, publisher: str) -> None:
    assert read(rules, "Kim to visit Russia", BODY, url=url).publisher == publisher


@pytest.mark.parametrize(
    ("url", "publisher"),
    [
        # A site of its own on another's domain is named by the words its sub-domain runs together.
        ("https://harbourgazette.qvblogs.example/2020/05/kim-in-moscow.html", "Harbour Gazette"),
        # A coined name there is cited by its address, as before.
        ("https://qvtxzorblat.qvblogs.example/2020/05/kim-in-moscow.html", "Qvtxzorblat.qvblogs.example"),
        # A mirror of another site's pages (its path opens on that site's address) is its own address.
        ("https://harbourgazette.qvmirror.example/www.qvtxzorblat.com/world/kim", "Harbourgazette.qvmirror.example"),
    ],
)
def test_a_site_of_its_own_on_anothers_domain_is_named_by_its_sub_domains_words(rules: Rules, url: str, publisher: str) -> None:
    assert read(rules, "Kim to visit Russia", BODY, url=url).publisher == publisher


@pytest.mark.parametrize(
    "url",
    [
        # A sub-domain that is a word of the page's language names a section, not a site.
        "https://mundo.gazetadocomercio.example/politica/kim-em-moscou",
        # A numbered web server is no site of its own.
        "https://www1.gazetadocomercio.example/politica/kim-em-moscou",
    ],
)
def test_a_section_or_a_server_before_the_site_leaves_the_sites_words(rules: Rules, url: str) -> None:
    assert read(rules, "Kim Jong Un chega a Moscou", said(PORTUGUESE, "Gazeta do Comércio", PORTUGUESE_SAYS), url=url).publisher == "Gazeta do Comércio"


def test_an_address_spelling_words_apart_with_hyphens_names_the_site(rules: Rules) -> None:
    """Each part a word in common use, in English or in the page's language: those words."""
    assert read(rules, "Kim to visit Russia", said(BODY, "Ready to Travel"), url="https://www.ready-to-travel.example/x").publisher == "Ready to Travel"
    spanish = read(rules, "Kim Jong Un llega a Moscú", said(SPANISH, "Crónica Semanal", SPANISH_SAYS), url="https://cronica-semanal.example/nota/1")
    assert spanish.publisher == "Crónica Semanal"
    # A part that is no word leaves the address as it is written.
    assert read(rules, "Kim to visit Russia", BODY, url="https://www.qv-news.example/x").publisher == "Qv-news.example"


def test_rare_short_words_side_by_side_are_a_coined_names_syllables(rules: Rules) -> None:
    """"len" and "kan" are each in the counts, but two such short pieces together spell a
    coined name, cited by its address; a rare short word beside longer ones is still read."""
    assert read(rules, "Kim to visit Russia", BODY, url="https://www.lenkanpost.example/x").publisher == "Lenkanpost.example"
    assert read(rules, "Kim to visit Russia", said(BODY, "Rus Valley"), url="https://www.rusvalley.example/x").publisher == "Rus Valley"


def test_a_query_story_number_opening_with_its_day_dates_the_page() -> None:
    """As a story ID in the path does; digits in a query that make no date stay a serial."""
    assert str(date_in_address("http://www.example.co.kr/view.php?mp=1&ud=20190305000412", TODAY)) == "2019-03-05"
    assert date_in_address("http://www.example.co.kr/view.php?ud=20199905000412", TODAY) is None


def test_a_stamp_run_on_to_the_headline_dates_the_page(rules: Rules) -> None:
    """A pasted header runs the headline, the programme and its stamps into one line: the date
    after the stamp's label, with its clock time, is the page's."""
    source = read(
        rules,
        "KIM MEETS PUTIN IN VLADIVOSTOK Evening News 입력 2019.04.25 (18:10) 수정 2019.04.25 (19:02)",
        BODY,
        url="https://news.example.co.kr/news/view.do?ncd=123456",
    )
    assert str(source.published) == "2019-04-25"


def test_the_day_a_dateline_opens_the_text_with_dates_the_page(rules: Rules) -> None:
    opening = (
        "Example.id, Jakarta - on Wednesday morning, 22 October 2025, the president of a far"
        " country landed at the air base in the capital for an official visit of one day and was"
        " met by ministers on the tarmac"
    )
    assert str(read(rules, "Kim to visit Russia", opening).published) == "2025-10-22"
    # A date the text goes on to name after other words is not the day it was filed.
    history = (
        "Example.id, Hiroshima - The leaders recall that on 6 August 1945 a city was destroyed in"
        " a moment, and today they lay wreaths at the memorial in the park by the river"
    )
    assert read(rules, "Kim to visit Russia", history).published is None


@pytest.mark.parametrize(
    ("line", "author"),
    [
        # A stamp's label is no name, nor is it part of the name it follows.
        ("First Published: Fri, December 13 2019. 15:06 IST", None),
        ("By Jane Roe Posted November 15, 2024", "Jane Roe"),
    ],
)
def test_a_date_stamps_label_is_no_byline(rules: Rules, line: str, author: str | None) -> None:
    assert read(rules, "Kim to visit Russia", line, BODY).author == author


def test_a_byline_pasted_into_the_date_after_it_gives_author_and_date(rules: Rules) -> None:
    source = read(rules, "Skip to content", "Kim to visit Russia", "Jane RoeMarch 3, 2011", BODY)
    assert (source.author, str(source.published)) == ("Jane Roe", "2011-03-03")


def test_a_byline_pasted_into_the_sites_name_after_it_gives_the_author(rules: Rules) -> None:
    source = read(
        rules, "Home", "Kim to visit Russia", "Photo of Jane Roe", "Jane RoeThe Daily Example", BODY,
        url="https://www.thedailyexample.com/world/kim-to-visit-russia-c-123",
    )
    assert source.author == "Jane Roe"


@pytest.mark.parametrize(
    "line",
    [
        # A name with a capital inside it is one name, not two lines run together.
        "Jane McRoe",
        # A name run into anything but a date or the site's name is left alone.
        "Jane RoeKremlin",
    ],
)
def test_a_name_glued_to_nothing_of_the_bylines_is_no_glued_byline(line: str) -> None:
    from tracker.ingest.meta import _glued_byline

    assert _glued_byline(line, "thedailyexample") is None


def test_a_site_opening_its_text_with_its_name_in_brackets_is_the_publisher(rules: Rules) -> None:
    opening = "(Tradewire) - The prime minister received the visiting president at his office in the capital on Monday"
    source = read(rules, "Kim to visit Russia", opening, BODY, url="https://www.tradewire.it/news/2024/06/25/kim-visit.html")
    assert source.publisher == "Tradewire"
    # An agency's name in the same place, on another site's page, is no masthead of that site.
    reprint = read(rules, "Kim to visit Russia", opening, BODY, url="https://www.examplegiornale.it/2024/06/25/kim-visit/")
    assert reprint.publisher != "Tradewire"


def test_the_words_of_an_address_take_the_article_the_page_prints_before_them(rules: Rules) -> None:
    url = "https://www.newexampleexpress.com/world/2024/jun/25/kim-visit.html"
    footer = "Follow the latest world news on The New Example Express app."
    assert read(rules, "Kim to visit Russia", BODY, footer, url=url).publisher == "The New Example Express"
    # Written without it, the words as the address runs them together.
    assert read(rules, "Kim to visit Russia", said(BODY, "New Example Express"), url=url).publisher == "New Example Express"


def test_a_printed_pages_header_with_its_whole_address_names_the_site_without_the_address(rules: Rules) -> None:
    # A page printed from a browser opens on the site's name and the page's address.
    source = read(rules, "- qvtxzorblat.hu - https://old.qvtxzorblat.hu/kim-to-visit/ -", "Kim to visit Russia", BODY,
                  url="https://old.qvtxzorblat.hu/kim-to-visit/print")
    assert source.publisher == "Qvtxzorblat.hu"


def test_an_agency_cited_in_a_sentence_is_no_masthead(rules: Rules) -> None:
    url = "https://www.qvexampleworld.com/world/4471.html"
    cited = "The two leaders may still meet later this month, the minister told the Associated Press on Friday."
    assert read(rules, "Kim to visit Russia", BODY, cited, url=url).publisher != "AP"
    # Its rights notice at the foot of a reprint is furniture, and names it.
    notice = "Copyright 2024 The Associated Press. All rights reserved."
    assert read(rules, "Kim to visit Russia", BODY, notice, url=url).publisher == "AP"
    # A long line that ends as no sentence does is furniture, a widget's prompt among them.
    prompt = "Join the debate, follow other readers of The Associated Press and see what they reply"
    assert read(rules, "Kim to visit Russia", BODY, prompt, url=url).publisher == "AP"


def test_the_word_copyright_beside_the_sign_is_no_part_of_the_publishers_name(rules: Rules) -> None:
    url = "https://www.zorbapress.it/en/kim-to-visit-russia"
    assert read(rules, "Kim to visit Russia", BODY, "© Copyright ZorbaPress", url=url).publisher == "ZorbaPress"


@pytest.mark.parametrize(
    "credit",
    ["Jane Roe/AP Photo", "AP Photo/Jane Roe", "Jane Roe Photo"],
)
def test_a_pictures_credit_beside_the_date_is_no_byline(rules: Rules, credit: str) -> None:
    assert read(rules, "Kim to visit Russia", "May 3, 2024, 10:40 AM", credit, BODY).author is None
    # A name on its own there is the byline.
    assert read(rules, "Kim to visit Russia", "May 3, 2024, 10:40 AM", "Jane Roe", BODY).author == "Jane Roe"


LONG_BODY = " ".join([BODY] * 2)


def test_a_reprints_source_credit_after_its_text_does_not_date_the_page(rules: Rules) -> None:
    # An aggregator's page that sums up an agency's report and credits it at the foot: the
    # credit's day is the report's, which the page took up later, not the page's own.
    source = read(rules, "Agency: Kim to visit Russia", LONG_BODY, "Source: Example News Agency, March 3, 2016")
    assert (source.published, source.month_day) == (None, None)  # nor its day, for a year the text might give
    assert str(source.reported) == "2016-03-03"  # the day the page's story counts from
    page = (
        "<html><head><title>Agency: Kim to visit Russia</title></head><body><article><h1>Agency: Kim to visit"
        f" Russia</h1><p>{LONG_BODY}</p><p class='source'>Source: Example News Agency, March 3, 2016</p>"
        "</article></body></html>"
    )
    assert read_source(read_article(page.encode(), "page.html", rules, TODAY), rules, TODAY).published is None


def test_a_summarys_credit_at_its_foot_with_the_hour_does_not_date_the_page(rules: Rules) -> None:
    # A summary crediting the daily it sums up, with that daily's day and hour: the credit
    # dates the report, as one without the hour does (this test held the other reading, the
    # page's stamp, until the golds' convention was settled; its lines are unchanged).
    source = read(rules, "Kim to visit Russia", LONG_BODY, "Source: Example Daily March 3, 2016 10:15 UTC")
    assert (source.published, str(source.reported)) == (None, "2016-03-03")


def test_a_source_line_under_the_headline_is_the_pages_stamp(rules: Rules) -> None:
    # Above the text, the same line is where the page prints its own day.
    source = read(rules, "Kim to visit Russia", "Source: Example News Agency | 03-03-2016", LONG_BODY)
    assert (str(source.published), source.reported) == ("2016-03-03", None)


@pytest.mark.parametrize(
    ("body", "url", "publisher"),
    [
        # A page that writes the words its address runs together is named by them, in any case.
        (said(BODY, "Harbour Times"), "https://www.harbourtimes.example/x", "Harbour Times"),
        (said(BODY, "HARBOUR TIMES"), "https://www.harbourtimes.example/x", "Harbour Times"),
        (said(SPANISH, "La Voz del Valle", SPANISH_SAYS), "https://www.lavozdelvalle.example/nota/1", "La Voz del Valle"),
        # One that writes them nowhere is cited by its address: the reader finds the site by what
        # the page shows, not by words a dictionary finds in the address.
        (BODY, "https://www.harbourtimes.example/x", "Harbourtimes.example"),
        (BODY + " See harbourtimes.example for more.", "https://www.harbourtimes.example/x", "Harbourtimes.example"),
        (SPANISH, "https://www.lavozdelvalle.example/nota/1", "Lavozdelvalle.example"),
        (BODY, "https://www.ready-to-travel.example/x", "Ready-to-travel.example"),
    ],
)
def test_an_addresss_words_name_the_site_only_where_the_page_writes_them(rules: Rules, body: str, url: str, publisher: str) -> None:
    assert read(rules, "Kim to visit Russia", body, url=url).publisher == publisher


def test_an_address_in_another_script_is_cited_as_its_readers_write_it(rules: Rules) -> None:
    """An address in Cyrillic travels as "xn--…"; its readers know it as "пример.рф"."""
    source = read(rules, "Kim to visit Russia", BODY, url="https://xn--e1afmkfd.xn--p1ai/news/kim-to-visit")
    assert source.publisher == "Пример.рф"


@pytest.mark.parametrize(
    ("opening", "city"),
    [
        # The city, its country and the day before the agency: where the report was filed.
        ("SEOUL, South Korea, Oct. 3 (Yonhap) -- The king arrived for his visit on Thursday.", "Seoul"),
        ("BEIJING, China, 14 May (Xinhua) - The prime minister received the king at the palace.", "Beijing"),
        ("BEIJING, China, May 14 (Xinhua) - The prime minister received the king at the palace.", "Beijing"),
        # No agency in brackets: no agency's dateline.
        ("SEOUL, South Korea, Oct. 3 -- The king arrived for his visit on Thursday.", None),
    ],
)
def test_an_agency_dateline_giving_country_and_day_names_where_the_report_was_filed(rules: Rules, opening: str, city: str | None) -> None:
    source = read(rules, "Leaders meet", opening, BODY)
    assert (source.filed_from.city if source.filed_from else None) == city


@pytest.mark.parametrize(
    "lead",
    [
        "Chile marks 11 September 1973 as the day its democracy fell, and the two presidents laid wreaths together in Santiago.",
        "Historians call June 25, 1950 the start of a war that never formally ended, the visiting leader told his hosts.",
    ],
)
def test_a_date_a_sentence_names_as_its_object_does_not_date_the_page(rules: Rules, lead: str) -> None:
    # Subject and verb before the date: the story's date, not the page's.
    assert read(rules, "Leaders remember the past", lead).published is None


@pytest.mark.parametrize(
    ("lead", "date"),
    [
        ("Santiago: On 14 March 2024, the two presidents met at the palace and agreed to widen trade between their countries.", "2024-03-14"),
        ("This evening, 2 October 2025, the prime minister landed in Lima for talks with the president on mining and trade.", "2025-10-02"),
    ],
)
def test_a_leads_opening_date_still_dates_the_page(rules: Rules, lead: str, date: str) -> None:
    assert str(read(rules, "Leaders meet", lead).published) == date


def read_saved_story(rules: Rules, after_body: str, before_body: str = "", url: str = "https://harbourline.example/news/kim-to-visit-russia"):
    """The source entry of a saved page with no date of its own, `after_body` below its text."""
    page = (
        f'<html><head><title>Kim to visit Russia</title><link rel="canonical" href="{url}"></head>'
        f"<body>{before_body}<main><h1>Kim to visit Russia</h1><p>{BODY}</p><p>{BODY}</p>{after_body}</main></body></html>"
    )
    return read_source(read_article(page.encode(), "page.html", rules, TODAY), rules, TODAY)


def test_a_copyright_notice_closing_a_pasted_story_dates_the_page_to_its_year(rules: Rules) -> None:
    source = read(rules, "Kim will go to Moscow for the parade", BODY, "[Copyright 2019 Harbour Radio]")
    assert str(source.published) == "2019"


def test_a_copyright_notice_under_a_saved_storys_editor_dates_the_page_to_its_year(rules: Rules) -> None:
    notice = "<p>Reporter: Jane Roe<br>Editor: John Doe<br>Copyright © Coastline Agency 2022</p>"
    assert str(read_saved_story(rules, notice).published) == "2022"


@pytest.mark.parametrize(
    "after_body",
    [
        # A span of years is the site's, since it began.
        "<p>© 2001-2024 Harbour Media</p>",
        # A bare sign and year naming no holder is a template's.
        "<p>(c) 2000</p>",
        # A sentence that speaks of copyright is the story's.
        "<p>The broadcaster has held the copyright to the footage since 2015 and asked others not to air it.</p>",
    ],
)
def test_a_copyright_year_that_is_no_notice_of_the_story_does_not_date_the_page(rules: Rules, after_body: str) -> None:
    assert read_saved_story(rules, after_body).published is None


def test_a_sites_copyright_footer_does_not_date_the_page(rules: Rules) -> None:
    # The footer is the site's furniture: it prints the year the site serves the page in.
    footer = "<footer><p>© 2024 Harbour Media. All rights reserved.</p></footer>"
    page = (
        '<html><head><title>Kim to visit Russia</title></head>'
        f"<body><main><h1>Kim to visit Russia</h1><p>{BODY}</p><p>{BODY}</p></main>{footer}</body></html>"
    )
    assert read_source(read_article(page.encode(), "page.html", rules, TODAY), rules, TODAY).published is None


def test_a_page_dated_to_the_day_keeps_its_day_beside_a_copyright_notice(rules: Rules) -> None:
    source = read(rules, "Kim will go to Moscow for the parade", BODY, "[Copyright 2024 Harbour Radio]",
                  url="https://harbourradio.example/2023/05/07/kim-moscow-parade")
    assert str(source.published) == "2023-05-07"


@pytest.mark.parametrize(
    ("opening", "month"),
    [
        # A stamp on a line of its own above the text.
        ("2021-09", "2021-09"),
        # A labelled stamp run into the first sentence, as a paste joins them.
        ("date 2018-04 The two leaders met at the palace and agreed to widen trade.", "2018-04"),
    ],
)
def test_a_month_stamp_heading_a_pasted_page_dates_it_to_its_month(rules: Rules, opening: str, month: str) -> None:
    assert str(read(rules, opening, "Kim will go to Moscow for the parade", BODY).published) == month


@pytest.mark.parametrize(
    "opening",
    [
        # A span of years is no month.
        "2019-2021: the years the two leaders met most often",
        # A month ahead of the day the page is read is no stamp of it.
        "2031-02",
    ],
)
def test_a_year_span_or_a_month_ahead_does_not_date_the_page(rules: Rules, opening: str) -> None:
    assert read(rules, opening, "Kim will go to Moscow for the parade", BODY).published is None
