"""Pages in other languages: the words the rules turn on, put into English.

The cue words are English. A page in another language is glossed word by word first, from
the cue file's `glossary` (a few dozen words a language: visit, arrived, talks, weekdays and
months, the names of leaders and cities as that language writes them) and pycountry's
translations of country names, so that "Erdogan прилетел в Сочи для переговоров с Путиным"
reads "Erdogan arrived in Sochi for talks with Putin". The page's language is the one it
declares, else the glossary language most of its words are in. It is a gloss, not a
translation: what it cannot read it leaves, and the draft says the page was glossed. A
declared language the glossary lacks is glossed for pycountry's country names alone.

Arabic and Persian pages are folded before they are read (`fold_script`): the letters
writers and keyboards vary (alef with or without hamza, taa marbuta and haa, Arabic and
Persian yeh and kaf), the vowel marks and the tatweel that stretches a word dropped, Eastern
digits as ASCII ones; and a word may carry a one-letter preposition or conjunction written
onto it ("بموسكو", in Moscow): a glossary word written "+ب" is such a proclitic, read
before the word it opens where the rest is a glossary word.

A name the glossary does not list, written in another script ("Милей", "मेलोनी"), is
still read as the leader's or the city's when its letters, spelled out in Latin
(anyascii), are the name's: a Russian ending after it ("Милея") and a vowel Hindi leaves
unwritten ("ओर्बन", orbn) aside. Leaders and places come and go with the content; a
glossary entry for each name in each script would always lag behind.
"""

from __future__ import annotations

import functools
import gettext
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from anyascii import anyascii

Matcher = tuple[re.Pattern[str], dict[str, str]]
"""One language's words in one pattern (a named group each), and each group's English."""

_INDIC_SIGNS = "".join(chr(code) for code in range(0x0900, 0x0E00) if unicodedata.category(chr(code)).startswith("M"))
"""The vowel signs and viramas of India's scripts (Devanagari to Sinhala), which are no letters
to `\\w`: a word in them runs on through its signs."""

_ENDING = rf"(?:[{_INDIC_SIGNS}]*[^\W\d_]){{0,4}}?[{_INDIC_SIGNS}]*"
"""What a starred glossary word may end with: a declension's few letters (in an Indic script,
with the vowel signs they carry); as few as the word's end allows, so that a postposition
written onto it is read as one."""

_POSTPOSED_MARK = "\x00"
_POSTPOSED = re.compile("((?:[A-Z][\\w'’.-]*\\s+){0,2}[A-Z][\\w'’.-]*|\\d{4})\\s+\x00([^\x00]*)\x00")
"""A glossed name (or a year) and the postposition after it (a glossary word written "~में")."""

_SAME_LANGUAGE = {"nb": "no", "nn": "no", "fil": "tl", "ms": "id", "bs": "sr", "hr": "sr", "sh": "sr", "cnr": "sr"}
"""Codes a page may declare for a glossary language listed under another code (Bokmål and
Nynorsk are Norwegian, Filipino is read as Tagalog, Malay with Indonesian; Bosnian, Croatian
and Montenegrin with Serbian, whose glossary lists their words beside its own, in both of
Serbian's scripts)."""

_COUNTRY_LOCALES = {"no": ("nb",), "sr": ("sr", "sr@latin", "bs", "hr")}
"""pycountry's locales for a glossary language whose code it does not use, or whose writers
use more than one (Serbian in Cyrillic and in Latin letters, Bosnian and Croatian)."""

_COUNTRY_MARK = "\x01"
"""Marks a country's name among a language's words: it glosses only a capitalised word."""

_MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
_ORDINAL_DAY = re.compile(rf"\b([12]?\d|3[01])\.(?=\s+(?:{_MONTH_NAMES}|[a-z]))")
"""A day written as an ordinal ("22. Juni", "vom 22. bis 27."), as German, Czech, Polish and the
Nordic languages write it: its dot ends no sentence, so it goes."""
_LINKED_DATE = re.compile(rf"(\d)\.?\s+(?:de|del)\s+({_MONTH_NAMES})\b|\b({_MONTH_NAMES})\s+(?:de|del)\s+(\d{{4}})")


_ARABIC_FOLDS = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ی": "ي", "ئ": "ي", "ؤ": "و", "ک": "ك",
     "ـ": None, "\u200c": " ", "،": ",", "؛": ";", "؟": "?",
     **{chr(0x0660 + digit): str(digit) for digit in range(10)}, **{chr(0x06F0 + digit): str(digit) for digit in range(10)},
     **{chr(mark): None for mark in [*range(0x064B, 0x0660), 0x0670]}}
)
"""Arabic-script letters as writers vary them, one way: hamza's seats, taa marbuta, yeh and kaf
in their Arabic and Persian forms; vowel marks and the tatweel dropped; the zero-width
non-joiner of Persian compounds a space; Arabic punctuation and Eastern digits as ASCII."""


def fold_script(text: str) -> str:
    """`text` with its Arabic-script letters folded (see _ARABIC_FOLDS); other text unchanged."""
    return text.translate(_ARABIC_FOLDS)


class Glossary:
    """Each language's words with their English, compiled into matchers on first use: only a
    page in another language needs them."""

    def __init__(
        self, words: Mapping[str, Mapping[str, str]], names: Iterable[str] = (), owners: Mapping[str, str] | None = None,
        places: Mapping[str, Iterable[str]] | None = None, particles: Mapping[str, Mapping[str, str]] | None = None,
    ) -> None:
        self._words = {language: dict(listed) for language, listed in words.items()}
        self._places = [(spelling, english) for english, spellings in (places or {}).items() for spelling in spellings]
        """Places' names in other scripts, each with its English: one table every language reads."""
        self._particles = {language: dict(listed) for language, listed in (particles or {}).items()}
        """The particles a language writes onto a place's name, with the English preposition of each."""
        self._place_matchers: dict[str | None, Matcher] = {}
        self._names = _SpelledNames(names, owners)
        self._matchers: dict[str, Matcher] = {}
        self._counter_patterns: dict[str, re.Pattern[str]] | None = None
        self._others: dict[str, Matcher | None] = {}
        """Languages without glossary words: their country names alone, read on first use."""
        self._english_words: dict[str | None, set[str]] = {}
        """Each language's glossary English, word by word, found on first use."""

    def _matcher_of(self, language: str | None) -> Matcher | None:
        """The matcher of a language's words (longest first) and country names; None for a
        language the glossary lacks."""
        if language not in self._words:
            return None
        if language not in self._matchers:
            self._matchers[language] = _matcher(self._pairs(language), spaced=language not in _UNSPACED)
        return self._matchers[language]

    def _pairs(self, language: str) -> list[tuple[str, str]]:
        return [*self._words[language].items(), *_country_names(language)]

    def _counters(self) -> dict[str, re.Pattern[str]]:
        """Each language's words in one pattern that only counts them, over lowered text."""
        if self._counter_patterns is None:
            self._counter_patterns = {
                language: _counter(self._pairs(language), spaced=language not in _UNSPACED) for language in self._words
            }
        return self._counter_patterns

    def language_of(self, lines: Iterable[str], declared: str | None) -> str | None:
        """The glossary language of a page: the one it declares (`<html lang="pt-BR">`), else
        the one with the most of the page's words; None when the glossary has no word of it.
        A declared language the glossary lacks is still read for its country names, which
        pycountry gives in many languages."""
        code = (declared or "").split("-")[0].lower()
        code = _SAME_LANGUAGE.get(code, code)
        if code in self._words:
            return code
        if code and code not in self._others:
            names = _country_names(code)
            self._others[code] = _matcher(names) if names else None
        if self._others.get(code) is not None:
            return code
        text = _lowered(fold_script("\n".join(lines)))
        counts = {language: len(pattern.findall(text)) for language, pattern in self._counters().items()}
        best = max(counts, key=lambda language: counts[language], default=None)
        return best if best is not None and counts[best] > 0 else None

    def _spelled_name(self, word: str) -> str | None:
        """The name a word in another script spells; a word in lower case in a script with
        capitals is none ("того", that, is not Togo)."""
        if word[:1].islower():
            return None
        return self._names.spelled(word)

    def _spelled_with_enclitic(self, word: str, meanings: dict[str, str]) -> str | None:
        """The name a word in another script spells, after the English of a postposition written
        onto its end ("પુતિનથી", from Putin); None when it spells none."""
        # The postposition first: a name spelled out may end in a few letters of its own.
        for clitic in sorted((key[1:] for key in meanings if key.startswith("-")), key=len, reverse=True):
            if word.lower().endswith(clitic) and len(word) > len(clitic) and (name := self._spelled_name(word[: -len(clitic)])):
                return f"{meanings['-' + clitic]} {name}".strip()
        return self._spelled_name(word)

    def _given_name(self, match: re.Match[str], meanings: dict[str, str], text: str) -> bool:
        """A country's name written just before a leader's name is his given name ("Mauricio
        Macri" is no Mauritius)."""
        if not meanings[_word_group(match)].startswith(_COUNTRY_MARK) or match.group()[:1].islower():
            return False
        following = _NEXT_NAME.match(text, match.end())
        return following is not None and self._names.spelled(following.group(1)) is not None

    def _given_before(self, match: re.Match[str]) -> str | None:
        """The name the word just before a capitalised word spells, as a given name does
        ("Baracka", Barack declined); None when it spells none."""
        # Only the few characters before the word are searched: from the page's start, every
        # capitalised word would scan all the text before it again.
        before = _NAME_BEFORE.search(match.string, max(0, match.start() - _GIVEN_NAME_REACH), match.start())
        return self._names.spelled(before.group(1), vowels=False) if before else None

    def _place_names(self, text: str, language: str | None) -> str:
        """`text` with the places' names in other scripts in English ("Ханчжоу", "베를린에서": Hangzhou,
        in Berlin), where the language's own words have not read them: the language's proclitics
        and postpositions, and its particles (`particles`), read on them as on its own words."""
        if not self._places:
            return text
        if language not in self._place_matchers:
            self._place_matchers[language] = _place_matcher(
                self._places, self._particles.get(language or "", {}),
                [(word, meaning) for word, meaning in self._words.get(language or "", {}).items() if word[:1] in "+-"],
                spaced=language not in _UNSPACED,
            )
        pattern, meanings = self._place_matchers[language]
        return pattern.sub(lambda match: _glossed(match, meanings, _opens(text, match.start())), text)

    def knows(self, language: str | None) -> bool:
        """Whether the glossary has words of `language` beyond the country names."""
        return language in self._words

    def gloss(self, text: str, language: str | None) -> str:
        """`text` with each of the language's glossary words in English ("5 de março de 2023"
        reads "5 March 2023"); for a language the glossary lacks, its country names alone, and
        for a page in a script no glossary reads, the names its words spell ("મોદી", Modi)."""
        matcher = self._matcher_of(language) or self._others.get(language or "")
        if matcher is None:
            text = self._place_names(fold_script(text), language)
            return _OTHER_SCRIPT_WORD.sub(lambda match: self._spelled_name(match.group()) or match.group(), text)
        pattern, meanings = matcher
        text = fold_script(text)
        if language in _UNSPACED:
            text = self._names.in_characters(_unspaced_dates_and_stops(text))
        if language == "ja":
            text = self._names.in_katakana(text)
        if language == "ko":
            text = _korean_visit_object(_korean_dates(text))
        if language == "ru":
            text = _RUSSIAN_INTO.sub(_russian_preposition, text)
        if language == "de":
            text = _GERMAN_TRIP_COMPOUND.sub(r"\2 nach \1", text)
        if language == "hi":
            text = _english_dates(text, _NO_DATE, _HI_DAY)
        glossed = pattern.sub(
            lambda match: match.group() if self._given_name(match, meanings, text)
            else _glossed(match, meanings, _opens(text, match.start())),
            text,
        )
        glossed = self._place_names(glossed, language)
        glossed = _OTHER_SCRIPT_WORD.sub(lambda match: self._spelled_with_enclitic(match.group(), meanings) or match.group(), glossed)
        # A name as another language in Latin letters spells it ("Zelenski", "Medwedew",
        # "Lukaschenko", "Trumps"): its letters, as transliterations disagree on them, are the name's.
        # The glossary's own English is left as it is ("United States" is no misspelled "State").
        if language not in self._english_words:
            # A country's English too: "Allemagne", glossed "Germany", is no misspelt "German".
            self._english_words[language] = {
                word for meaning in [*meanings.values(), *(english for _, english in self._places)] for word in meaning.lstrip(_COUNTRY_MARK).split()
            }
        english = self._english_words[language]
        glossed = _CAPITALISED_WORD.sub(
            lambda match: match.group() if match.group() in english
            else self._names.spelled(
                match.group(), vowels=False, declined=match.string.endswith(_PLACE_PREPOSITIONS, 0, match.start()),
                given=self._given_before(match),
            )
            or match.group(),
            glossed,
        )
        # "Russia का दौरा" (Russia's visit) reads "visit to Russia": a postposition's English goes
        # before the name it follows, as the name was glossed (capitalised English); else it stays.
        glossed = _POSTPOSED.sub(lambda m: f"{m.group(2)} {m.group(1)}", glossed).replace(_POSTPOSED_MARK, "")
        glossed = _LINKED_DATE.sub(lambda m: f"{m.group(1)} {m.group(2)}" if m.group(1) else f"{m.group(3)} {m.group(4)}", glossed)
        return _ORDINAL_DAY.sub(r"\1", glossed)


_NAME_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][^\W\d_]+) $")
"""The capitalised word right before another, as a given name comes before a surname."""
_GIVEN_NAME_REACH = 40
"""How far before a capitalised word its given name may begin: longer than any given name."""

_NEXT_NAME = re.compile(r" ([A-Z\u00c0-\u00de][\w'’-]+)")
"""The capitalised word right after another, as a surname follows a given name."""

_OTHER_SCRIPT_LETTERS = rf"(?:(?![A-Za-z\u00c0-\u024f])[^\W\d_]|[\u0900-\u097f\u0980-\u09ff{_INDIC_SIGNS}])+"
_OTHER_SCRIPT_WORD = re.compile(rf"(?<![\w'’-]){_OTHER_SCRIPT_LETTERS}(?:-{_OTHER_SCRIPT_LETTERS})*(?![\w'’-])")
"""A word written in a script other than the Latin alphabet (the vowel signs and viramas of
India's scripts, which are no letters to `\\w`, included), its hyphenated parts with it ("Улан-Батор")."""

_GERMAN_TRIP_COMPOUND = re.compile(
    r"(?<![\w'’-])([A-ZÄÖÜ][^\W\d_]+)-((?:Staats|Arbeits|Antritts)?[Bb]esuch(?:s|es)?|Reise)(?![\w'’-])"
)
"""A German trip named with its destination in one hyphenated word ("Berlin-Besuch", the visit to
Berlin; "Türkei-Reise", the trip to Turkey): the glossary reads a word whole, so the compound is
opened into the trip's noun and "nach" (to) before the place, each then glossed as any other word."""

_RUSSIAN_INTO = re.compile(r"(?<![\w'’-])([Вв]о?)(\s+)(?=[А-ЯЁ])([\w-]+)")
"""Russian "в" before a name: its case tells "in" from "to"."""


def _russian_preposition(match: re.Match[str]) -> str:
    """"в Москве" (the name's locative, in -е or -и) is "in Moscow"; "в Москву", "в Пекин",
    "в Казань" (the accusative) is "to": where a visitor goes, as "пригласил в Москву" (invited
    to Moscow) says."""
    preposition, space, name = match.groups()
    if name.lower().endswith(("е", "и", "ах", "ях")):
        return match.group()  # the glossary's "в" (in), and its phrases ("находится в", is in), read it
    return _cased("to", preposition) + space + name


def _glossed(match: re.Match[str], meanings: dict[str, str], opening: bool) -> str:
    """A matched glossary word's English, after that of the proclitics written onto it and of
    the postposition written after it ("રશિયામાં", Russia-in, reads "in Russia"). In a script
    with no capitals (Arabic, Hebrew, India's) a sentence's first word is glossed capitalised,
    since sentences are told apart by a capital after the full stop."""
    english = _glossed_words(match, meanings, opening)
    if opening and _caseless(match.group()) and not english.startswith(_COUNTRY_MARK):
        return english[:1].upper() + english[1:]
    return english


def _glossed_words(match: re.Match[str], meanings: dict[str, str], opening: bool) -> str:
    english = _english(meanings[_word_group(match)], match.group(), opening)
    written_after = match.groupdict().get(_ENCLITIC)
    if written_after:
        english = f"{meanings['-' + written_after.lower()]} {english}".strip()
    written_on = match.groupdict().get(_PROCLITICS)
    if not written_on:
        return english
    clitics = re.findall("|".join(sorted((key[1:] for key in meanings if key.startswith("+")), key=len, reverse=True)), written_on)
    return " ".join([*(meanings["+" + clitic] for clitic in clitics), english])


def _word_group(match: re.Match[str]) -> str:
    """The group of the glossary word a match found (not of a clitic written on or after it)."""
    return next(name for name, value in match.groupdict().items() if value is not None and name.startswith("g"))


def _english(meaning: str, original: str, opening: bool) -> str:
    """A glossary word's English; capitalised where it opens a sentence and the text's word is
    (not a German noun's capital mid-sentence); a country's name only where the text writes a
    name, capitalised ("Кроме того", besides, names no Togo)."""
    if meaning.startswith(_COUNTRY_MARK):
        return meaning[1:] if not original[:1].islower() else original
    return _cased(meaning, original) if opening else meaning


def _caseless(word: str) -> bool:
    """`word` opens with a letter of a script that has no capitals."""
    first = word[:1]
    return first.isalpha() and not first.isupper() and not first.islower()


def _opens(text: str, at: int) -> bool:
    """The word at `at` opens a sentence: the text's first, or one after a full stop."""
    return not text[:at].strip() or bool(re.search(r"[.!?…][\"'»”)]*\s+$", text[:at]))


def _cased(english: str, original: str) -> str:
    """`english` capitalised where the word it glosses is (a sentence's first word stays one)."""
    return english[:1].upper() + english[1:] if original[:1].isupper() and english[:1].islower() else english

_CAPITALISED_WORD = re.compile(r"(?<![\w'’-])[A-Z][^\W\d_]{3,}(?![\w'’-])")
"""A capitalised word of a page in another language, a name perhaps."""

_ENDING_LETTERS = 3
"""The most letters a declension adds after a name ("Милея", "Путиным")."""


def _folded(latin: str) -> str:
    """Letters as transliterations disagree on them least: lower case, German's sch and the
    Nordic languages' sj as sh ("Lukasjenko"),
    ts and tz as z (Cyrillic's ц: "Шольц" is Scholz), y and j as i, w as v, an h after a consonant dropped, doubled letters once, no
    apostrophes ("Miley" and "Milei", "melonii" and "meloni", "Kisida" and "Kishida")."""
    # Devanagari's dotted j (ज़) is z: anyascii writes it "j'" ("कज़ान", kj'an, is Kazan).
    letters = re.sub(r"[^a-z]", "", latin.lower().replace("j'", "z")).replace("sch", "sh").replace("sj", "sh").replace("ts", "z").replace("tz", "z")
    letters = letters.translate(str.maketrans("yjw", "iiv"))
    letters = re.sub(r"(?<=[^aeiou])h", "", letters)
    return re.sub(r"(.)\1+", r"\1", letters)


_GREEK_DIGRAPHS = (("ου", "u"), ("ού", "u"), ("ντ", "d"), ("μπ", "b"), ("γκ", "g"), ("τζ", "j"))
"""Greek's letter pairs for the sounds its alphabet has no letter for ("Ερντογάν", Erdogan;
"Πούτιν", Putin), read before a word is spelled out in Latin letters."""


_VOWEL_PAIRS = str.maketrans("oe", "ui")
_SAME_VOWELS = str.maketrans("", "")
_ARABIC_SCRIPT = re.compile("[\u0600-\u06ff]")


def _latin(word: str) -> str:
    """A word's letters in Latin, as anyascii spells them; Greek's pairs first as one sound, and
    the Arabic script's waw after a word's first letter as the vowel it mostly is there."""
    if _ARABIC_SCRIPT.search(word):
        word = word[:1] + word[1:].replace("و", "u")
    word = _INDIC_NASAL.sub(_nasal, word)
    word = _VELAR_NASAL.sub("ng", word)
    if any("\u0370" <= letter <= "\u03ff" for letter in word):
        lowered = word.lower()
        for pair, sound in _GREEK_DIGRAPHS:
            lowered = lowered.replace(pair, sound)
        word = lowered
    return anyascii(word)


_INDIC_NASAL = re.compile(r"[\u0902\u0982\u0a02\u0a82\u0b02\u0c02\u0c82\u0d02](?=[\u0900-\u0dff])")
"""The anusvara of the Indic scripts (Devanagari "ं") before a letter: a nasal of the letter's own
place, which anyascii spells "m" whatever follows ("लुकाशेंको" is Lukashenko, not "lukashemko")."""


_VELAR_NASAL = re.compile(
    "[\u0919\u0999\u0a19\u0a99\u0b19\u0b99\u0c19\u0c99\u0d19]"
    "(?![\u094d\u09cd\u0a4d\u0acd\u0b4d\u0bcd\u0c4d\u0ccd\u0d4d]?"
    "[\u0915-\u0918\u0995-\u0998\u0a15-\u0a18\u0a95-\u0a98\u0b15-\u0b18\u0b95\u0c15-\u0c18\u0c95-\u0c98\u0d15-\u0d18])"
    "[\u094d\u09cd\u0a4d\u0acd\u0b4d\u0bcd\u0c4d\u0ccd\u0d4d]?"
)
"""The velar nasal letter of the Indic scripts (Devanagari "ङ", Tamil "ங"), the "ng" of "Jinping"
and "Singh", which anyascii spells "n" alone ("ஜின்பிங்", jinpin); before a k or a g it is the
n of "nk" ("লুকাশেঙ্কো", Lukashenko), as anyascii has it."""


def _nasal(match: re.Match[str]) -> str:
    """An anusvara as the nasal the letter after it takes: "m" before the labials (pa to ma,
    at the same place in every Indic block), "n" before every other consonant."""
    after = ord(match.string[match.end()])
    return match.group() if 0x2A <= after % 0x80 <= 0x2E else "n"


def _skeleton(folded: str) -> str:
    """The consonants, which a script that leaves short vowels unwritten still spells."""
    return folded[0] + re.sub(r"[aeiou]", "", folded[1:]) if folded else ""


_BRAHMIC = re.compile("[\u0900-\u0dff]")
"""A letter of India's scripts (Devanagari to Sinhala)."""
_TAMIL = re.compile("[\u0b80-\u0bff]")
_UNVOICED = str.maketrans("bdgjzs", "ptkccc")
"""Tamil's letters for a name's sounds: one letter each for p and b, t and d, k and g, and one
(ச, "c") for ch, j, s and z; so a name is read in Tamil with these pairs as one ("மோடி", moti, is
Modi; "மெத்வதேவ்", metvtev, Medvedev)."""
_SIBILANT_Z = str.maketrans("zj", "ss")
"""The other Indic scripts have no z but Devanagari's dotted j: a name's z is written with their
s or j ("Zelenskyy" as selenski in Malayalam, jelenski in Bengali); the three are read as one."""
_INDIC_CASE_ENDINGS = ("", "e", "ie", "ne", "ine", "k", "ik", "ku", "uku", "ukum", "in", "ai", "iai", "il", "um", "ium", "utan", "ute", "ude", "nte", "inte", "umai", "ot", "otu")
"""The case endings and postpositions Tamil and Malayalam write onto a name, as spelled out and
folded: -e, -ye, -ne, -ine (its object), -kk, -ikk, -ukku, -ukkum (to it), -in, -yin (of it),
-ai, -yai (its object), -il, -yil (in), -um, -yum (and), -udan, -ude, -nte, -inte (with, of),
-umayi, -od, -odu (with): "மோடிக்கு", to Modi; "സെലൻസ്കിയെ", Zelenskyy as an object. Others
are left: a name with any few letters after it is a common word's start too ("மோதிரம்", ring)."""


def _indic_key(folded: str, tamil: bool, name: bool = False) -> str:
    """A folded word as an Indic script can spell it: Tamil's voiceless letters for voiced
    sounds, or the sibilants as one elsewhere (see _UNVOICED, _SIBILANT_Z); a name's hard c,
    which these scripts write with their k ("மக்ரி", makri, is Macri), as k."""
    if name:
        folded = re.sub(r"c(?![eih])", "k", folded)
    return re.sub(r"([^@])\1+", r"\1", folded.translate(_UNVOICED if tamil else _SIBILANT_Z))


_ONE_LEADERS_SKELETON = 4
"""The fewest consonants of a skeleton that several spellings of one leader's name share, for it
to name him: a shorter one is a common word's as well."""


class _SpelledNames:
    """Leaders' and places' one-word names (of four letters or more), found again in another
    script by their Latin spelling; `owners` tells whom each name names (a leader's spellings
    of one name share an owner), a name absent from it is its own."""

    def __init__(self, names: Iterable[str], owners: Mapping[str, str] | None = None) -> None:
        names = list(names)
        owners = owners or {}
        self._folded: dict[str, str] = {}
        skeletons: dict[str, dict[str, None]] = {}
        """Each skeleton, with the folded words that have it, in the order the names come."""
        named_by: dict[str, set[str]] = {}
        """Each folded word, with whom the names that hold it name."""
        for name in names:
            if " " in name and name.replace(" ", "").isalpha():
                # A name of two words that another script hyphenates ("Улан-Батор", Ulan Bator).
                self._folded.setdefault(_folded(anyascii(name)), name)
            for word in name.split():
                folded = _folded(anyascii(word))
                if len(folded) >= 4 and word[:1].isupper() and word.isalpha():
                    self._folded.setdefault(folded, word)
                    skeletons.setdefault(_skeleton(folded), {})[folded] = None
                    named_by.setdefault(folded, set()).add(owners.get(name, name))
        # A name of two words or more, as Chinese characters spell it ("胡錦濤" is HuJinTao in
        # pinyin): Chinese and Japanese pages write a Chinese leader so, and no glossary lags.
        self._in_characters = {
            _folded(name): name for name in names if len(name.split()) >= 2 and len(_folded(name)) >= 6
        }
        # Katakana's consonants, for one-word names of three consonants or more; one two names
        # share names neither. Turkish "ğ" is silent ("Erdoğan" is エルドアン, erudoan).
        katakana: dict[str, set[str]] = {}
        for name in names:
            for word in name.split():
                if word[:1].isupper() and word.isalpha() and len(key := _kana_skeleton(anyascii(word.replace("ğ", "")))) >= 3:
                    katakana.setdefault(key, set()).add(word)
        self._katakana = {key: next(iter(words)) for key, words in katakana.items() if len(words) == 1}
        # A name ending in a vowel whose case ending replaces it ("Hirošimu", "Hirošimi": to and
        # in Hiroshima, as the Slavic languages decline it); a stem two names share names neither.
        stems: dict[str, set[str]] = {}
        for folded in self._folded:
            # Names in -a alone: the declension that replaces a vowel ("Hirošimu"); an -e is
            # more often an English form of a name ("Argentine") than a case of it.
            if folded.endswith("a") and (stem := _vowel_stem(folded)) is not None:
                stems.setdefault(stem, set()).add(folded)
        self._stems = {stem: self._folded[next(iter(spelled))] for stem, spelled in stems.items() if len(spelled) == 1}
        # A surname whose last vowel a case ending replaces, right after the given name that
        # makes it a leader's ("Barack Obamę", Polish for Barack Obama as an object): the given
        # name settles whose it is, so a stem shorter than any alone may name ("obam") will do.
        self._after_given: dict[tuple[str, str], str] = {}
        for name in names:
            words = name.split()
            if len(words) >= 2 and all(word.isalpha() for word in words):
                surname = _folded(anyascii(words[-1]))
                if len(surname) >= 4 and surname[-1] in "aeiou" and surname[-2] not in "aeiou":
                    self._after_given.setdefault((_folded(anyascii(words[0])), surname[:-1]), words[-1])
        # A skeleton two names share ("Meloni", "Milano") names neither; one that only the
        # spellings of one leader's name share ("Netanyahu", "Netaniahou") names him, when it
        # is long enough that no common word has it too ("Bihari", "Behari": bhr, heavy in Hindi).
        self._skeletons = {
            key: self._folded[next(iter(spelled))] for key, spelled in skeletons.items()
            if len(key) >= 3 and len(spelled) == 1
            or len(key) >= _ONE_LEADERS_SKELETON and len(set().union(*(named_by[folded] for folded in spelled))) == 1
        }
        # Leaders' names as an Indic script spells them (see _indic_key), for Tamil and for the
        # others: a skeleton only one leader's spellings have names him. Places are left out: read
        # so loosely, a city's name is a common word's too ("Paris" and "परिषद", council).
        # A surname alone, or a one-word alias: a given name names no leader alone ("Donald"), and
        # read so loosely it would be a common word's too ("बहार", spring, and "Behari").
        leaders_words = {_folded(anyascii(word)): word for name in names if name in owners for word in name.split()[-1:] if word[:1].isupper() and word.isalpha()}
        self._indic: dict[bool, dict[str, str]] = {}
        for tamil in (True, False):
            keyed: dict[str, set[str]] = {}
            for folded in leaders_words:
                if len(folded) >= 4:
                    keyed.setdefault(_skeleton(_indic_key(folded, tamil, name=True)), set()).add(folded)
            self._indic[tamil] = {
                key: leaders_words[min(spelled)] for key, spelled in keyed.items()
                if len(key) >= 2 and len({owners[name] for name in names if name in owners for word in name.split()[-1:] if _folded(anyascii(word)) in spelled}) == 1
            }

    def in_characters(self, text: str) -> str:
        """`text` with each name written in Chinese characters in Latin letters, set apart by
        spaces; the longest run of characters that spells a name wins."""
        out: list[str] = []
        at = 0
        while at < len(text):
            found = next(
                (
                    (length, self._in_characters[key])
                    for length in range(_CHARACTERS_IN_A_NAME, 1, -1)
                    if _HAN.fullmatch(text[at : at + length]) and (key := _folded(anyascii(text[at : at + length]))) in self._in_characters
                ),
                None,
            )
            if found is None:
                out.append(text[at])
                at += 1
            else:
                out.append(f" {found[1]} ")
                at += found[0]
        return "".join(out)

    def in_katakana(self, text: str) -> str:
        """`text` with each katakana word that spells a name in Latin letters, set apart by
        spaces ("イスタンブール", isutanburu, is Istanbul): katakana puts a vowel after each
        consonant and has no l, so the consonants alone, l read as r, are compared."""
        return _KATAKANA.sub(lambda m: f" {name} " if (name := self._katakana.get(_kana_skeleton(anyascii(m.group())))) else m.group(), text)

    def spelled(self, word: str, vowels: bool = True, declined: bool = False, given: str | None = None) -> str | None:
        """The name `word` spells in Latin letters, or None; `vowels`: one the script leaves
        unwritten may be missing (not so in a Latin alphabet, which writes them); `declined`:
        the word follows "to" or "in", so a case ending may have replaced the name's last vowel;
        `given`: the given name, as the page spells it, the word follows."""
        folded = _folded(_latin(word))
        if len(folded) >= 4 and folded in self._folded:
            return self._folded[folded]
        for cut in range(1, _ENDING_LETTERS + 1):
            if folded[:-cut] in self._folded and len(folded) - cut >= 4:
                return self._folded[folded[:-cut]]
        if declined and (stem := _vowel_stem(folded)) is not None and stem in self._stems:
            return self._stems[stem]
        if given is not None:
            # The ending a declension puts for the vowel: one or two vowels ("Obamę", "Obamie").
            for cut in (1, 2):
                ending = folded[-cut:]
                if len(ending) == cut and all(letter in "aeiou" for letter in ending):
                    if surname := self._after_given.get((_folded(anyascii(given)), folded[:-cut])):
                        return surname
        # A vowel may go unwritten, but every letter written must be the name's own ("milne",
        # to meet, is not Meloni, though the two share their consonants).
        if not vowels:
            return None
        # An h the script writes is the name's own ("محمد", mhmd, is Mohammed): folding drops
        # it after a consonant, so the letters as spelled are tried too.
        for letters in dict.fromkeys((folded, re.sub(r"(.)\1+", r"\1", re.sub(r"[^a-z]", "", _latin(word).lower())))):
            spelled = self._skeletons.get(_skeleton(letters))
            if spelled is None or len(letters) < 4:
                continue
            # The Arabic script writes one letter for o and u, and one for e and i (its waw and
            # yeh): there the two are one. Scripts that write each vowel keep them apart.
            pairs = _VOWEL_PAIRS if _ARABIC_SCRIPT.search(word) else _SAME_VOWELS
            unwritten = "".join(f"{letter}?" if letter in "aeiou" else letter for letter in _folded(anyascii(spelled)).translate(pairs))
            if re.fullmatch(unwritten, letters.translate(pairs)):
                return spelled
        if _BRAHMIC.search(word):
            return self._in_indic_script(word, tamil=bool(_TAMIL.search(word)))
        return None

    def _in_indic_script(self, word: str, tamil: bool) -> str | None:
        """The name a word in an Indic script spells, read as the script writes names (its
        letters for sounds it lacks, a vowel where it writes a consonant bare), a case ending
        written onto it aside: every other letter written must be the name's, in its order."""
        if "-" in word:
            return None
        key = _indic_key(_inherent_vowels(word), tamil)
        # A Dravidian script writes a consonant with no vowel after it with its virama: a bare
        # one has a vowel. Hindi and its neighbours leave a final or medial one unsounded too.
        vowel = "[aeiou]" if _DRAVIDIAN.search(word) else "[aeiou]?"
        for ending in _INDIC_CASE_ENDINGS:
            stem = key[: len(key) - len(ending)]
            # An ending that opens with a vowel after a name's last consonant runs on from it as
            # the rest of a longer word does ("சிங்கிள்", single, is no Singh's): it follows a
            # longer name alone. After a vowel it opens with a y of its own ("மோடியும்", and Modi).
            fused = ending[:1] in tuple("aeiou") and stem[-1:] not in tuple("aeiou" + _INHERENT)
            shortest = _NAME_BEFORE_VOWEL if fused else 4
            if not key.replace(_INHERENT, "a").endswith(ending) or len(stem.replace(_INHERENT, "")) < shortest:
                continue
            spelled = self._indic[tamil].get(_skeleton(stem.replace(_INHERENT, "")))
            if spelled is None:
                continue
            written = "".join(vowel if letter == _INHERENT else re.escape(letter) for letter in stem)
            if re.fullmatch(written, _indic_key(_folded(anyascii(spelled)), tamil, name=True)):
                return spelled
        return None


_NAME_BEFORE_VOWEL = 5
"""The fewest letters of a name that ends in a consonant before an ending that opens with a vowel."""

_INHERENT = "@"
"""Stands, in an Indic word spelled out, after a consonant written bare: its inherent vowel, which
a foreign name may have as any vowel ("ட்ரம்ப்", ṭ-ra-m-p, is Trump), anyascii leaves unwritten."""
_DRAVIDIAN = re.compile("[\u0b80-\u0dff]")
"""A letter of Tamil, Telugu, Kannada or Malayalam (or Sinhala)."""


def _inherent_vowels(word: str) -> str:
    """A word of an Indic script in Latin letters, folded, with _INHERENT after each consonant
    written with no vowel sign and no virama."""
    marked = []
    for at, letter in enumerate(word):
        marked.append(letter)
        if _BRAHMIC.match(letter) and 0x15 <= ord(letter) % 0x80 <= 0x39:
            after = word[at + 1 : at + 3].lstrip("\u093c\u09bc\u0a3c\u0abc\u0b3c\u0cbc")  # a nukta is the letter's own
            if not after or not unicodedata.category(after[0]).startswith("M") or 0x01 <= ord(after[0]) % 0x80 <= 0x03:
                marked.append(_INHERENT)
    return _INHERENT.join(_folded(_latin(part)) for part in "".join(marked).split(_INHERENT))


_PLACE_PREPOSITIONS = (" to ", " in ")
"""The glossed prepositions after which a place's name is declined ("u Hirošimu", to Hiroshima):
elsewhere a declined name is an object ("kritizuje Ankaru", criticises Ankara), which the
rules would misread as where the talks were."""
_STEM_LETTERS_AT_LEAST = 5
"""The fewest letters a name's stem keeps before a case ending that replaces its last vowel:
shorter stems are shared by too many words ("Roma", "Romi")."""


def _vowel_stem(folded: str) -> str | None:
    """A folded word's stem before its last vowel ("hirosim" of "hirosima" and of "hirosimu"),
    when it ends in one vowel after a consonant and keeps enough letters; else None."""
    if len(folded) > _STEM_LETTERS_AT_LEAST and folded[-1] in "aeiou" and folded[-2] not in "aeiou":
        return folded[:-1]
    return None


_KATAKANA = re.compile(r"[\u30a1-\u30fa\u30fc]{3,}")
"""A word in katakana, the script Japanese writes foreign names in (ー, the long vowel, with it)."""


def _kana_skeleton(latin: str) -> str:
    """The consonants of a word as katakana can write them: l as r, v as b, c as k, doubled
    letters once ("Istanbul" and "isutanburu" are both stnbr)."""
    letters = re.sub(r"[^a-z]", "", latin.lower()).translate(str.maketrans("lvc", "rbk"))
    return re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiou]", "", letters))


_PROCLITICS = "proclitics"
"""The group of a match holding the proclitics written onto its word."""
_ENCLITIC = "enclitic"
"""The group of a match holding the postposition written onto the end of its word."""


_HAN = re.compile(r"[\u4e00-\u9fff]+")
_CHARACTERS_IN_A_NAME = 4
"""A Chinese name is two to four characters, its family name among them."""

_UNSPACED = {"zh", "ja", "th"}
"""Languages written without spaces between words: a glossary word is matched wherever it
stands, and its English set apart by spaces."""


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")
_CJK_DATE = re.compile(r"(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_CJK_DAY = re.compile(r"(?<![\d月])(\d{1,2})\s*日")
_CJK_STOPS = str.maketrans({"。": ". ", "，": ", ", "、": ", ", "；": "; ", "：": ": ", "（": " (", "）": ") "})


def _unspaced_dates_and_stops(text: str) -> str:
    """A page written without spaces, its dates and stops as English writes them: "2019年6月20日"
    reads "20 June 2019", "20日" (the day of the month alone) "on the 20th", "。" a full stop."""
    text = _english_dates(text, _CJK_DATE, _CJK_DAY, pad=" ").translate(_CJK_STOPS)
    # A day that opens a sentence opens it in capitals, so the sentence stands apart ("。25日に" reads ". On the 25th").
    return re.sub(r"([.!?]\s+)on the\b", r"\1On the", text)


_KO_DATE = re.compile(r"(?:(\d{4})\s*년\s*)?(\d{1,2})\s*월\s*(\d{1,2})\s*일")
_KO_DAY = re.compile(r"(?<![\d월])\b(\d{1,2})\s*일")


_HI_DAY = re.compile(r"(?<!\d)(\d{1,2})\s+तारी(?:ख़|ख़|ख)\s+(?:को|की)(?!\w)")
"""A Hindi day of the month alone, "20 तारीख को" (on date 20) or "20 तारीख की सुबह" (on the
morning of the 20th): "on the 20th"."""
_NO_DATE = re.compile(r"(?!)")
"""Matches nothing: for a language whose dates need no rewriting but its days alone."""


def _korean_dates(text: str) -> str:
    """Korean dates as English writes them: "2018년 9월 18일" reads "18 September 2018", "18일"
    (the day of the month alone, a particle after it or none) "on the 18th"."""
    return _english_dates(text, _KO_DATE, _KO_DAY)


_KO_VISIT_OBJECT = re.compile(r"(?<![\w'’-])(\w+?)[을를]\s+(방문\w*)")
"""A place Korean names as the object of the visit verb ("한국을 방문해", visited Korea): the
noun and its particle come before the verb, as in every verb-last language."""


def _korean_visit_object(text: str) -> str:
    """"한국을 방문해" reads "방문해 한국": the visit verb before the place it takes, as English
    writes it ("visited South Korea"), so that the place is read as the visit's; the particle,
    which only marks the object, goes."""
    return _KO_VISIT_OBJECT.sub(r"\2 \1", text)


def _english_dates(text: str, date: re.Pattern[str], day: re.Pattern[str], pad: str = "") -> str:
    """`text` with its dates (`date`: year or none, month, day) and days of the month alone
    (`day`) as English writes them, "20 June 2019" and "on the 20th", `pad` around each."""
    text = date.sub(lambda m: f"{pad}{int(m.group(3))} {_MONTHS[int(m.group(2)) - 1]}{' ' + m.group(1) if m.group(1) else ''}{pad}"
                    if 1 <= int(m.group(2)) <= 12 else m.group(), text)
    return day.sub(lambda m: f"{pad}on the {int(m.group(1))}{_ordinal(int(m.group(1)))} ", text)


def _ordinal(day: int) -> str:
    return "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def _matcher(pairs: Iterable[tuple[str, str]], spaced: bool = True, star: str = _ENDING) -> Matcher:
    words = _Words.of(pairs, star)
    alternatives = "|".join(f"(?P<g{number}>{pattern})" for number, pattern in enumerate(words.patterns))
    # At most two proclitics ("وب", and in); the regex gives them back where the rest is no word.
    opening = f"(?P<{_PROCLITICS}>(?:{words.written_on}){{1,2}})?" if words.proclitics else ""
    closing = f"(?P<{_ENCLITIC}>{words.written_after})?" if words.enclitics else ""
    pattern = re.compile(_bounded(opening, alternatives, closing, spaced), re.IGNORECASE)
    meanings = {f"g{number}": meaning if spaced else f" {meaning} " for number, meaning in enumerate(words.meanings)}
    return pattern, {
        **meanings, **{f"+{clitic}": meaning for clitic, meaning in words.proclitics.items()},
        **{f"-{clitic}": meaning for clitic, meaning in words.enclitics.items()},
    }


def _counter(pairs: Iterable[tuple[str, str]], spaced: bool = True) -> re.Pattern[str]:
    """The pattern of `_matcher` without its groups and its ignoring of case, to count a
    language's words in lowered text (`_lowered`): it finds the same words. Python's regex
    engine skips an alternative by its first letter only where that letter is a plain one;
    to judge a page's language, every language's pattern runs over the whole page, so this
    makes reading a page in an undeclared language many times faster."""
    words = _Words.of(pairs, _ENDING)
    alternatives = "|".join(words.patterns)
    opening = f"(?:{words.written_on}){{0,2}}" if words.proclitics else ""
    closing = f"(?:{words.written_after})?" if words.enclitics else ""
    return re.compile(_bounded(opening, alternatives, closing, spaced))


def _bounded(opening: str, alternatives: str, closing: str, spaced: bool) -> str:
    if not spaced:
        return f"{opening}(?:{alternatives})"
    # A word of an Indic script begins and ends where its letters and signs do: "મુલાકાત"
    # is not "મુલાકાતે" (on a visit) cut short before its vowel sign.
    return rf"(?<![\w'’{_INDIC_SIGNS}-]){opening}(?:{alternatives}){closing}(?![\w'’{_INDIC_SIGNS}-])"


def _lowered(text: str) -> str:
    """`text` with each letter in the one case a pattern that ignores case takes it for: "İ" is
    "i" (its full lower case, "i̇", is two letters), and the Turkish dotless "ı", the final "ς"
    and the long "ſ" are "i", "σ" and "s", as Python's regex engine matches them."""
    return text.translate(_CAPITAL_DOTTED_I).lower().translate(_SAME_LETTER)


_CAPITAL_DOTTED_I = str.maketrans({"İ": "i"})
_SAME_LETTER = str.maketrans({
    "ı": "i", "ſ": "s", "µ": "μ", "ς": "σ", "\u0345": "ι", "\u1fbe": "ι", "\u1fd3": "\u0390", "\u1fe3": "\u03b0",
    "ϐ": "β", "ϵ": "ε", "ϑ": "θ", "ϰ": "κ", "ϖ": "π", "ϱ": "ρ", "ϕ": "φ", "ẛ": "ṡ", "ﬅ": "ﬆ",
    "\u1c80": "в", "\u1c81": "д", "\u1c82": "о", "\u1c83": "с", "\u1c84": "т", "\u1c85": "т", "\u1c86": "ъ",
    "\u1c87": "ѣ", "\u1c88": "ꙋ",
})
"""The letters, beyond those of one letter's two cases, that Python's regex engine takes for one
another when it ignores case (a dotless "ı" for "i", a final "ς" for "σ", old Cyrillic forms)."""


def _longest_first(clitics: Iterable[str]) -> str:
    """The alternatives of a pattern of particles, the longest first, so that none is cut short."""
    return "|".join(re.escape(clitic) for clitic in sorted(clitics, key=len, reverse=True))


@dataclass(frozen=True)
class _Words:
    """A glossary's words made ready for a pattern: each word's pattern, longest first, with its
    English, and the particles written onto a word's start or end."""

    patterns: list[str]
    meanings: list[str]
    proclitics: dict[str, str]
    enclitics: dict[str, str]

    @property
    def written_on(self) -> str:
        return _longest_first(self.proclitics)

    @property
    def written_after(self) -> str:
        return _longest_first(self.enclitics)

    @staticmethod
    def of(pairs: Iterable[tuple[str, str]], star: str) -> _Words:
        english: dict[str, str] = {}
        patterns: dict[str, str] = {}
        proclitics: dict[str, str] = {}
        enclitics: dict[str, str] = {}
        for word, meaning in pairs:
            word = fold_script(word)
            if word.startswith("+"):  # a letter written onto the word after it (Arabic "ب", in)
                proclitics.setdefault(_lowered(word[1:]), meaning)
                continue
            if word.startswith("-"):  # a postposition written onto the end of a word (Gujarati "માં", in)
                enclitics.setdefault(_lowered(word[1:]), meaning)
                continue
            if word.startswith("~"):  # a word put after the noun: its English is put before it (see gloss)
                word, meaning = word[1:], f"{_POSTPOSED_MARK}{meaning}{_POSTPOSED_MARK}"
            # Lowered letter for letter: "İstanbul" lowered in full would ask for a dot of its own.
            key = _lowered(word.rstrip("*"))
            english.setdefault(key, meaning)
            # A word's apostrophe is written straight or curled as the page's typesetting has it
            # ("l'avion", "l’avion"): either reads as the glossary's.
            body = r"\s+".join(re.escape(part).replace("'", "['’]") for part in key.split())
            # A country's name may carry a case ending written as a vowel sign alone (Bengali
            # "ভারতে", in India): its word ends with the sign, not before it.
            ending = star if word.endswith("*") else f"[{_INDIC_SIGNS}]*" if meaning.startswith(_COUNTRY_MARK) else ""
            patterns.setdefault(key, body + ending)
        ordered = sorted(patterns, key=len, reverse=True)
        return _Words([patterns[key] for key in ordered], [english[key] for key in ordered], proclitics, enclitics)


def _place_matcher(
    places: Iterable[tuple[str, str]], particles: Mapping[str, str], clitics: Iterable[tuple[str, str]], spaced: bool
) -> Matcher:
    """A matcher of places' names in other scripts (see Glossary): each name, and each with a
    particle of the language written onto it ("베를린에서", in Berlin). A name in a script with
    capitals is read only where the page writes it with one, as a country's is: in lower case
    it is a common word ("вена", a vein, is no Vienna)."""
    pairs = list(clitics)
    for spelling, english in places:
        cased = _COUNTRY_MARK if spaced and spelling[:1].isupper() else ""
        bare = spelling.rstrip("*")
        pairs += [(bare + particle, f"{cased}{preposition} {english}") for particle, preposition in particles.items()]
        pairs.append((spelling, cased + english))
    return _matcher(pairs, spaced=spaced, star=_PLACE_ENDING)


_PLACE_ENDING = _ENDING.replace("{0,4}", "{0,3}")
"""What a place's name may end with: a noun's case ending, of three letters at most ("Берлином");
an adjective made of the name is longer ("Петербургском", of St Petersburg), and no place."""


_CASE_ENDINGS = {
    "ru": ("а", "я", "о", "е", "ь", "й", "ы", "и", "у", "ю", "ой", "ей", "ою", "ею", "ом", "ем", "ям", "ах", "ях", "ами", "ями", "ии", "ию", "ией", "ия"),
    "sr": ("а", "е", "и", "у", "ом", "ој", "a", "e", "i", "u", "om", "oj"),
}
"""The endings a country's name takes in its cases after the stem, in the languages that
decline it by its last vowel (Russian "в Турции"; Serbian "u Mongoliju", "у Кини")."""

_CASE_SUFFIXES: dict[str, tuple[tuple[str, str], ...]] = {
    "hu": (("ba", "to"), ("be", "to"), ("ra", "to"), ("re", "to"), ("ban", "in"), ("ben", "in"), ("on", "in"), ("en", "in"),
           ("ön", "in"), ("ból", "from"), ("ből", "from"), ("ról", "from"), ("ről", "from")),
    "tr": tuple(
        (f"{apostrophe}{ending}", preposition)
        for apostrophe in ("'", "’")
        for endings, preposition in (
            (("a", "e", "ya", "ye", "na", "ne"), "to"), (("da", "de", "ta", "te", "nda", "nde"), "in"),
            (("dan", "den", "tan", "ten", "ndan", "nden"), "from"),
        )
        for ending in endings
    ),
}
"""The case endings a country's name takes where English puts a preposition before it, in the
languages that write them onto the name (Hungarian "Indiába", to India, "Kínában", in China;
Turkish "Birleşik Krallık'ta", in the United Kingdom, "Rusya'ya", to Russia): the name with
its ending reads as the preposition and the name."""
_LENGTHENED = str.maketrans({"a": "á", "e": "é"})
"""Hungarian lengthens a name's last a or e before a case ending ("India", "Indiába")."""

_DECLINED_VOWELS = "аяоеьйыиaeiou"
_STEM_LETTERS = {"sr": 3}
"""A name declines only when longer than this ("Kina", China, in Serbian; Russian names of
five letters or more, the default)."""
_ENDING_AFTER_CONSONANT = {"sr"}
"""Languages whose names ending in a consonant take their case endings after it."""


@functools.cache
def _country_names(language: str) -> tuple[tuple[str, str], ...]:
    """(the country's name in `language`, its English name) from pycountry's translations;
    a name that declines (Russian, Serbian) with each case ending on its stem ("Турция",
    "в Турции"). Read once a language: the counter and the matcher of a language both take them."""
    import pycountry  # imported here: only a page in another language needs it

    names: list[tuple[str, str]] = []
    for locale in _COUNTRY_LOCALES.get(language, (language,)):
        try:
            translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[locale])
        except OSError:
            continue
        for country in pycountry.countries:
            english = str(getattr(country, "common_name", None) or country.name)
            local = translation.gettext(str(country.name))
            if "," not in local and "," not in english:
                # Written onto the name whether or not the language spells it as English does.
                names.extend(_with_case_suffixes(language, local, english))
            if local == country.name or "," in local or "," in english:
                continue
            endings = _CASE_ENDINGS.get(language, ())
            if endings and len(local) > _STEM_LETTERS.get(language, 4) and local[-1] in _DECLINED_VOWELS:
                # The stem with a case ending of a noun's, not any letters ("Самоа", Samoa, is in
                # no "самолёт", plane).
                names.extend((local[:-1] + ending, _COUNTRY_MARK + english) for ending in endings if _same_script(ending, local))
                continue
            if language in _ENDING_AFTER_CONSONANT and local[-1:].isalpha() and local[-1] not in _DECLINED_VOWELS:
                # A name ending in a consonant takes its case ending after it ("Iran", "u Iranu").
                names.extend((local + ending, _COUNTRY_MARK + english) for ending in endings if _same_script(ending, local))
            names.append((local, _COUNTRY_MARK + english))
    return tuple(names)


def _with_case_suffixes(language: str, local: str, english: str) -> list[tuple[str, str]]:
    """A country's name with each case ending `language` writes onto it, and its English with
    the preposition the ending stands for ("Indiába": "to India")."""
    stem = local[:-1] + local[-1].translate(_LENGTHENED) if language == "hu" else local
    return [(stem + ending, f"{_COUNTRY_MARK}{preposition} {english}") for ending, preposition in _CASE_SUFFIXES.get(language, ())]


def _same_script(ending: str, name: str) -> bool:
    """Whether a case ending is written in the script of the name it ends (Serbian writes both)."""
    return ending.isascii() == name[-1].isascii()
