from tracker.content.layout import ID_FORM, slug


def test_a_slug_is_an_id() -> None:
    assert slug("Kim Jong-un's trip to Moscow!") == "kim-jong-un-trip-to-moscow"
    assert ID_FORM.match(slug("  Putin -- Xi: talks (2nd day)  "))


def test_a_slug_drops_a_possessive_with_either_apostrophe() -> None:
    assert slug("Putin’s visit") == slug("Putin's visit") == "putin-visit"
    assert slug("the leaders' talks") == "the-leaders-talks"


def test_a_slug_keeps_latin_letters_of_other_alphabets_and_drops_the_rest() -> None:
    assert slug("Ūlan-Ude, Ёкатеринбург") == "ulan-ude"
    assert slug("김정은") == ""


def test_a_slug_keeps_as_many_words_as_asked() -> None:
    assert slug("Kim meets Putin at the Vostochny cosmodrome", 3) == "kim-meets-putin"
    assert slug("Kim meets Putin", 0) == "kim-meets-putin"
