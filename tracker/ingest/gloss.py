"""Pages in other languages: the words the rules turn on, put into English.

The cue words are English. A page in another language is glossed word by word first, from
the cue file's `glossary` (a few dozen words a language: visit, arrived, talks, the names of
leaders and cities as that language writes them) and pycountry's translations of country
names, so that "Erdogan прилетел в Сочи для переговоров с Путиным" reads "Erdogan arrived in
Sochi for talks with Putin". It is a gloss, not a translation: what it cannot read it leaves,
and the draft says the page was glossed.
"""

from __future__ import annotations

import gettext
import re
from collections.abc import Mapping

_ENDING = r"[^\W\d_]{0,4}"
"""What a starred glossary word may end with: a declension's few letters."""


def compile_glossary(glossary: Mapping[str, Mapping[str, str]]) -> tuple[re.Pattern[str], dict[str, str]] | None:
    """One matcher for every language's words (longest first) and each word's English, keyed
    by the word as the glossary writes it, lowered (its star dropped)."""
    english: dict[str, str] = {}
    patterns: dict[str, str] = {}
    for language, words in glossary.items():
        for word, meaning in [*words.items(), *_country_names(language)]:
            key = word.rstrip("*").lower()
            english.setdefault(key, meaning)
            body = r"\s+".join(re.escape(part) for part in key.split())
            patterns.setdefault(key, body + (_ENDING if word.endswith("*") else ""))
    if not patterns:
        return None
    ordered = sorted(patterns, key=len, reverse=True)
    alternatives = "|".join(f"(?P<g{number}>{patterns[key]})" for number, key in enumerate(ordered))
    keys = {f"g{number}": key for number, key in enumerate(ordered)}
    return re.compile(rf"(?<![\w'’-])(?:{alternatives})(?![\w'’-])", re.IGNORECASE), {
        name: english[key] for name, key in keys.items()
    }


def gloss(text: str, matcher: tuple[re.Pattern[str], dict[str, str]] | None) -> str:
    """`text` with each glossary word in English."""
    if matcher is None:
        return text
    pattern, meanings = matcher
    return pattern.sub(lambda match: meanings[match.lastgroup or ""], text)


def _country_names(language: str) -> list[tuple[str, str]]:
    """(the country's name in `language`, its English name) from pycountry's translations;
    a Russian name declines, so its stem is starred ("Турция", "в Турции")."""
    import pycountry  # imported here: only a page in another language needs it

    try:
        translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
    except OSError:
        return []
    names = []
    for country in pycountry.countries:
        english = str(getattr(country, "common_name", None) or country.name)
        local = translation.gettext(str(country.name))
        if local == country.name or "," in local or "," in english:
            continue
        if language == "ru" and len(local) > 4 and local[-1] in "аяоеьйыи":
            local = local[:-1] + "*"
        names.append((local, english))
    return names
