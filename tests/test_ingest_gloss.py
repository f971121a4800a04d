"""Pages in the languages of world news, read through the glossary: each a short agency item
of our own, in that language, and the event a reader of it would draft."""

from __future__ import annotations

import pytest
from test_ingest_extract import draft_on, one_event, world_rules  # noqa: F401 (a fixture, used by name)

from tracker.ingest.gloss import fold_script
from tracker.ingest.rules import Rules


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # Arabic: "وصل" (arrived) and "بموسكو" (in Moscow, its preposition written onto it).
        ("بوتين يستقبل أردوغان في موسكو\n"
         "وصل الرئيس التركي رجب طيب أردوغان إلى موسكو يوم الثلاثاء في زيارة رسمية. "
         "واستقبله الرئيس الروسي فلاديمير بوتين بالكرملين، وأجرى الزعيمان محادثات حول التجارة والطاقة.",
         "2024-03-06", ("held", "recep-tayyip-erdogan", "vladimir-putin", "Moscow", "2024-03-05")),
        # Persian: the verb closes the clause ("وارد پکن شد", arrived in Beijing).
        ("سفر پوتین به پکن\n"
         "ولادیمیر پوتین، رئیس‌جمهور روسیه، روز سه‌شنبه وارد پکن شد. "
         "او در این سفر با شی جین‌پینگ، رئیس‌جمهور چین، دیدار و گفت‌وگو خواهد کرد.",
         "2024-05-15", ("held", "vladimir-putin", "xi-jinping", "Beijing", "2024-05-14")),
        # Filipino: "dumating sa" (arrived in), the weekday "noong Lunes".
        ("Putin, bumisita sa Pyongyang\n"
         "Dumating noong Lunes sa Pyongyang si Pangulong Vladimir Putin ng Rusya para sa pagbisita sa estado. "
         "Sinalubong siya ni Kim Jong Un sa paliparan, at nagkaroon ng pag-uusap ang dalawang lider.",
         "2024-06-19", ("held", "vladimir-putin", "kim-jong-un", "Pyongyang", "2024-06-17")),
        # Indonesian: "tiba di" (arrived in), "pada hari Selasa".
        ("Prabowo tiba di Moskow\n"
         "Presiden Prabowo Subianto tiba di Moskow pada hari Selasa untuk kunjungan kenegaraan. "
         "Ia dijadwalkan bertemu dengan Presiden Vladimir Putin di Kremlin untuk membahas kerja sama energi.",
         "2025-06-18", ("held", "prabowo-subianto", "vladimir-putin", "Moscow", "2025-06-17")),
        # Ukrainian: declined names ("Путіна"), "прибув до" (arrived in).
        ("Сі Цзіньпін прибув до Москви\n"
         "Голова КНР Сі Цзіньпін у понеділок прибув до Москви з державним візитом. "
         "У Кремлі його прийняв Володимир Путін, лідери провели переговори.",
         "2023-03-21", ("held", "xi-jinping", "vladimir-putin", "Moscow", "2023-03-20")),
        # Vietnamese: syllables written apart ("Tập Cận Bình", Xi Jinping; "Bình Nhưỡng", Pyongyang).
        ("Tập Cận Bình thăm Triều Tiên\n"
         "Chủ tịch Trung Quốc Tập Cận Bình đã đến Bình Nhưỡng vào thứ Năm trong chuyến thăm cấp nhà nước. "
         "Nhà lãnh đạo Kim Jong-un đã đón ông tại sân bay.",
         "2019-06-21", ("held", "xi-jinping", "kim-jong-un", "Pyongyang", "2019-06-20")),
    ],
    ids=["ar", "fa", "tl", "id", "uk", "vi"],
)
def test_a_visit_on_a_page_in_another_language_is_drafted_through_its_glossary(
    world_rules: Rules, text: str, published: str, expected: tuple[str, str, str, str, str]  # noqa: F811
) -> None:
    (event,) = draft_on(world_rules, text, published).events
    assert (event.status.value, event.visitor, event.host, event.place.city, str(event.date)) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("بوتين وشي يبحثان التجارة\nاتصل الرئيس فلاديمير بوتين هاتفيا بالرئيس شي جين بينغ يوم الجمعة."
         " وبحث الزعيمان التجارة والطاقة في اتصال هاتفي استمر ساعة، حسبما أفاد الكرملين.", "ar"),
        ("Putin at Xi, nag-usap sa telepono\nNag-usap sa telepono sina Pangulong Vladimir Putin at Pangulong Xi Jinping"
         " noong Biyernes. Tinalakay ng dalawang lider ang kalakalan at enerhiya, ayon sa Kremlin.", "tl"),
        ("Putin dan Xi bicara lewat telepon\nPresiden Vladimir Putin dan Presiden Xi Jinping melakukan percakapan telepon"
         " pada hari Jumat. Kedua pemimpin membahas perdagangan dan energi, kata Kremlin.", "id"),
        ("Путін і Сі поговорили телефоном\nВолодимир Путін і Сі Цзіньпін провели телефонну розмову у п'ятницю."
         " Лідери обговорили торгівлю та енергетику, повідомив Кремль.", "uk"),
    ],
)
def test_a_phone_call_in_another_language_is_no_visit(world_rules: Rules, text: str, language: str) -> None:  # noqa: F811
    glossed = world_rules.glossary.gloss(text, language)
    assert "phone" in glossed
    assert draft_on(world_rules, text, "2024-05-10").events == ()


def test_arabic_letters_are_read_however_they_are_written(world_rules: Rules) -> None:  # noqa: F811
    # The vowel marks, a tatweel, alef with hamza or without, and Eastern digits, as pages vary them.
    assert fold_script("إلى مُوسـكو ٢٠٢٤") == fold_script("الي موسكو 2024") == "الي موسكو 2024"
    assert world_rules.glossary.gloss("وصلَ بوتين إلى بيونغ يانغ", "ar") == "arrived Putin to Pyongyang"
    # A proclitic is read only where the rest is a word: "بوتين" is Putin, not "in" + "وتين".
    assert world_rules.glossary.gloss("وبموسكو بوتين", "ar") == "and in Moscow Putin"


def test_a_page_declaring_filipino_or_malay_is_read_with_tagalog_or_indonesian(world_rules: Rules) -> None:  # noqa: F811
    assert world_rules.glossary.language_of([], "fil") == "tl"
    assert world_rules.glossary.language_of([], "ms") == "id"


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # The Queen as a Spanish agency names her, and its "recibió a" (received).
        ("La reina Isabel II recibe a Xi en Londres\n"
         "La reina británica Isabel II recibió al presidente chino, Xi Jinping, con una ceremonia de bienvenida"
         " en Londres el martes, al comienzo de una visita de Estado de cuatro días al Reino Unido.",
         "2015-10-21", ("held", "xi-jinping", "elizabeth-ii", "London")),
        # The French and German forms of her name.
        ("La reine Élisabeth II reçoit Xi à Londres\n"
         "La reine Élisabeth II a reçu mardi le président chinois Xi Jinping à Londres pour une visite d'État.",
         "2015-10-21", ("held", "xi-jinping", "elizabeth-ii", "London")),
        ("Königin Elisabeth II. empfängt Xi in London\n"
         "Königin Elisabeth II. hat am Dienstag den chinesischen Präsidenten Xi Jinping zum Staatsbesuch in London empfangen.",
         "2015-10-21", ("held", "xi-jinping", "elizabeth-ii", "London")),
    ],
)
def test_a_monarch_named_as_another_language_names_her_hosts_the_visit(
    world_rules: Rules, text: str, published: str, expected: tuple[str, str, str, str]  # noqa: F811
) -> None:
    (event,) = draft_on(world_rules, text, published).events
    assert (event.status.value, event.visitor, event.host, event.place.city) == expected


def test_the_glossarys_own_english_is_no_misspelled_name(world_rules: Rules) -> None:  # noqa: F811
    # "States" is no genitive of a place's word "State" (Kumsusan State Guesthouse); "Trumps" is Trump's.
    assert world_rules.glossary.gloss("Estados Unidos y Trumps", "es") == "United States and Trump"
    assert world_rules.glossary.gloss("الولايات المتحدة وإسرائيل", "ar") == "United States and Israel"


def test_an_invitation_carried_by_an_arabic_call_is_an_invited_visit(world_rules: Rules) -> None:  # noqa: F811
    event = one_event(world_rules, "ترامب يدعو نتنياهو إلى واشنطن\n"
        "أجرى الرئيس الأمريكي دونالد ترامب اتصالا هاتفيا برئيس الوزراء الإسرائيلي بنيامين نتنياهو يوم الأحد."
        " وبحث الزعيمان الملف الإيراني، ودعا ترامب نتنياهو إلى زيارة واشنطن الشهر المقبل.", "2017-01-23")
    assert (event.status.value, event.visitor, event.host, event.place.city) == (
        "invited", "benjamin-netanyahu", "donald-trump", "Washington"
    )
