import pytest

from tracker.outputs.urls import Urls, normalise_base_url


@pytest.mark.parametrize(
    ("given", "origin", "path"),
    [
        ("/", "", "/"),
        ("/visits", "", "/visits/"),
        ("/some/sub/path/", "", "/some/sub/path/"),
        ("https://user.github.io/repo", "https://user.github.io", "/repo/"),
        ("https://tracker.example.org", "https://tracker.example.org", "/"),
    ],
)
def test_base_urls_normalise_to_an_origin_and_a_slashed_path(given: str, origin: str, path: str) -> None:
    assert normalise_base_url(given) == (origin, path)


@pytest.mark.parametrize("bad", ["repo/", "ftp://host/repo/", "https://", "/repo/?x=1", "//host/repo/"])
def test_a_bad_base_url_is_refused(bad: str) -> None:
    with pytest.raises(ValueError):
        normalise_base_url(bad)


def test_every_page_url_starts_with_the_base_path() -> None:
    urls = Urls.from_base_url("/visits/")
    assert urls.home() == "/visits/"
    assert urls.event("victory-day-2015") == "/visits/events/victory-day-2015/"
    assert urls.leader("kim-jong-un") == "/visits/leaders/kim-jong-un/"
    assert urls.source("wire-1") == "/visits/sources/wire-1/"
    assert urls.asset("style.css") == "/visits/assets/style.css"
    # a pair has one address, whichever leader is named first
    assert urls.pair("vladimir-putin", "kim-jong-un") == urls.pair("kim-jong-un", "vladimir-putin")
    assert urls.pair("vladimir-putin", "kim-jong-un") == "/visits/pairs/kim-jong-un--vladimir-putin/"
    assert urls.pairs() == "/visits/pairs/"
    assert urls.absolute(urls.home()) == "/visits/"
    assert Urls.from_base_url("https://x.io/v/").absolute("/v/events/a/") == "https://x.io/v/events/a/"


def test_a_page_url_maps_to_the_file_that_serves_it() -> None:
    assert Urls.output_file("") == "index.html"
    assert Urls.output_file("events/a/") == "events/a/index.html"
    assert Urls.output_file("feed.xml") == "feed.xml"
