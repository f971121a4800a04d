"""Pages in the languages of world news, read through the glossary: each a short agency item
of our own, in that language, and the event a reader of it would draft."""

from __future__ import annotations

import datetime as dt
import importlib

import pytest
from grade_ingest import TODAY
from test_ingest_extract import draft, draft_on, one_event

from tracker.content.model import PartialDate
from tracker.ingest import analyse
from tracker.ingest.clean import InputError
from tracker.ingest.gloss import _lowered, fold_script
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
        # Hebrew: its prepositions written onto the word too ("לירושלים", to Jerusalem).
        ("פוטין הגיע לישראל\n"
         "נשיא רוסיה ולדימיר פוטין הגיע לירושלים ביום רביעי ונפגש עם ראש הממשלה בנימין נתניהו. "
         "השניים קיימו שיחות על המצב באזור.",
         "2020-01-24", ("held", "vladimir-putin", "benjamin-netanyahu", "Jerusalem", "2020-01-22")),
        # Hungarian: "to" as an ending ("Moszkvába", to Moscow), the surname first ("Orbán Viktor").
        ("Orbán Moszkvába utazott\n"
         "Orbán Viktor miniszterelnök pénteken Moszkvába érkezett, ahol Vlagyimir Putyin orosz elnökkel tárgyalt. "
         "A kormányfő látogatását Kijevben bírálták.",
         "2024-07-06", ("held", "viktor-orban", "vladimir-putin", "Moscow", "2024-07-05")),
        # Korean: particles on the noun ("블라디보스토크에", to Vladivostok; "푸틴 대통령과", with President Putin).
        ("김정은, 블라디보스토크 도착\n"
         "김정은 국무위원장이 수요일 블라디보스토크에 도착했다. 그는 목요일 블라디미르 푸틴 대통령과 회담을 갖는다.",
         "2019-04-24", ("held", "kim-jong-un", "vladimir-putin", "Vladivostok", "2019-04-24")),
        # German: the perfect of "to come together" ("sind ... zusammengekommen", have met).
        ("Medwedew trifft Kim Jong Il\n"
         "Präsident Dmitri Medwedew und der nordkoreanische Staatschef Kim Jong Il sind am Mittwoch in Ulan-Ude"
         " zusammengekommen. Medwedew hatte den Gast zu einem Besuch eingeladen.",
         "2011-08-25", ("held", "kim-jong-il", "dmitry-medvedev", "Ulan-Ude", "2011-08-24")),
        # German: "das Gespräch unter vier Augen" (the one-on-one talks), the one word of meeting.
        ("Scholz in Brasília\n"
         "Lange dauerte am Montag in Brasília das Gespräch unter vier Augen, das Bundeskanzler Olaf Scholz mit"
         " Präsident Lula führte.",
         "2023-02-01", ("held", "olaf-scholz", "luiz-inacio-lula-da-silva", "Brasília", "2023-01-30")),
        # Norwegian: an invitation in the present ("inviterer ... til Moskva"), no other trip word.
        ("Putin inviterer Kim til Moskva\n"
         "Russlands president Vladimir Putin inviterer Nord-Koreas leder Kim Jong-un til Moskva, melder nyhetsbyrået.",
         "2018-06-01", ("invited", "kim-jong-un", "vladimir-putin", "Moscow", "None")),
        # Portuguese: "a ida de Kim à Rússia" (Kim's going to Russia) "ocorrerá" (will take place).
        ("Kim Jong-un irá à Rússia\n"
         "A ida de Kim Jong-un à Rússia ocorrerá em abril, disse o porta-voz do Kremlin, Dmitry Peskov.",
         "2019-04-10", ("announced", "kim-jong-un", None, None, "2019-04")),
        # French: "se rendra en Chine" (will go to China) at the host's invitation.
        ("Hollande en Chine\n"
         "François Hollande se rendra en Chine le 25 avril, à l'invitation du président Xi Jinping, a annoncé"
         " l'Élysée lundi.",
         "2013-04-01", ("confirmed", "francois-hollande", "xi-jinping", None, "2013-04-25")),
        # Arabic as the Levant spells "American" ("الأميركي"): "غادر" (left) a city where
        # "أجرى لقاءات" (he held meetings), the visit drafted there.
        ("ترامب يغادر الرياض بعد زيارة رسمية\n"
         "غادر الرئيس الأميركي دونالد ترامب الرياض اليوم. وكانت السعودية أولى محطات ترامب في الخارج،"
         " وقد أجرى فيها لقاءات ثنائية، كما التقى قادة دول الخليج.",
         "2017-05-22", ("held", "donald-trump", None, "Riyadh", "2017-05")),
        # Portuguese: "almoça com", "almoçou com" (has, had lunch with) the host, "o último
        # compromisso" (the last engagement) of the visitor in the capital.
        ("Lula almoça com Xi\n"
         "O presidente chinês, Xi Jinping, almoçou hoje com o presidente Lula."
         " Foi o último compromisso do presidente chinês em Brasília.",
         "2023-04-15", ("held", "xi-jinping", "luiz-inacio-lula-da-silva", "Brasília", "2023-04-15")),
        # Portuguese: "cumpre visita de Estado" (is on a state visit) "a convite de" (at the
        # invitation of) the host: a visit under way, not an invitation.
        ("Xi em Moscou\n"
         "O presidente chinês, Xi Jinping, cumpre visita de Estado à Rússia, a convite de Vladimir Putin,"
         " e reuniu-se com ele no Kremlin.",
         "2023-03-21", ("held", "xi-jinping", "vladimir-putin", "Moscow", "2023-03-21")),
        # German: "werde ... sein" (will be), "zu einem offiziellen Besuch in Südkorea" (on an
        # official visit to South Korea, a name the country list never translates), "vom ... bis".
        ("Steinmeier reist nach Seoul\n"
         "Bundespräsident Frank-Walter Steinmeier werde vom 10. bis 12. Mai zu einem offiziellen Besuch in Südkorea sein,"
         " teilte das Präsidialamt am Montag mit. Präsident Yoon Suk Yeol empfängt ihn am 11. Mai.",
         "2023-05-02", ("confirmed", "frank-walter-steinmeier", "yoon-suk-yeol", "Seoul", "2023-05-10")),
        # Spanish: "pisará" (will set foot in) a country, a visit told in the future.
        ("Milei irá a Chile\nJavier Milei pisará Chile en las próximas semanas, según anunció la Casa Rosada.",
         "2024-03-04", ("announced", "javier-milei", None, None, "None")),
        # Italian: "a Roma" (in Rome), a city the gazetteer lists by its English name only.
        ("Macron a Roma, incontro con Meloni\n"
         "Il presidente francese Emmanuel Macron incontra oggi a Roma la premier Giorgia Meloni per parlare di migranti.",
         "2023-06-21", ("held", "emmanuel-macron", "giorgia-meloni", "Rome", "2023-06-21")),
        # German: "trifft am 14. März ... zusammen" (meets on 14 March), a meeting set for a day.
        ("Scholz und Macron\n"
         "Bundeskanzler Olaf Scholz trifft am 14. März in Paris mit Präsident Emmanuel Macron zusammen, teilte das Kanzleramt mit.",
         "2023-03-08", ("confirmed", "olaf-scholz", "emmanuel-macron", "Paris", "2023-03-14")),
        # Polish: "uda się do" (will travel to), "by spotkać się z" (to meet with).
        ("Łukaszenka w Mongolii\n"
         "Łukaszenka uda się do Ułan Bator, by spotkać się z prezydentem Ukhnaagiinem Khurelsukhem, podała jego kancelaria.",
         "2024-07-01", ("announced", "alexander-lukashenko", "ukhnaagiin-khurelsukh", "Ulaanbaatar", "None")),
        # Italian: a call in which "le due" (the two) "hanno convenuto di preparare" (agreed to
        # prepare) a visit "nei primi mesi dell'anno prossimo" (in the first months of next year).
        ("Meloni e Takaichi al telefono\n"
         "Colloquio telefonico tra Giorgia Meloni e Sanae Takaichi. Le due hanno convenuto di preparare una visita di"
         " Meloni a Tokyo nei primi mesi dell'anno prossimo.",
         "2025-11-05", ("announced", "giorgia-meloni", "sanae-takaichi", "Tokyo", "2026")),
        # Hungarian: "Rómában" (in Rome), "folytatott megbeszélést" (held talks).
        ("Orbán Rómában\n"
         "Orbán Viktor hétfőn Rómában Giorgia Melonival folytatott megbeszélést a migrációról. A két kormányfő a gazdasági"
         " együttműködésről is egyeztetett, és közös nyilatkozatot adtak ki.",
         "2025-10-28", ("held", "viktor-orban", "giorgia-meloni", "Rome", "2025-10-27")),
        # French: "compte se rendre" (intends to travel) "début avril" (early April).
        ("Macron au Japon\n"
         "Emmanuel Macron compte se rendre au Japon début avril, a fait savoir l'Élysée vendredi. Il veut renforcer la"
         " coopération économique entre les deux pays.",
         "2026-02-27", ("announced", "emmanuel-macron", None, None, "2026-04")),
        # German: "saßen ... unter vier Augen zusammen" (sat together one-on-one), the talks'
        # only words.
        ("Scholz in Brasilien\n"
         "Am Montag saßen Bundeskanzler Olaf Scholz und Präsident Luiz Inácio Lula da Silva in Brasília lange unter vier Augen"
         " zusammen.",
         "2023-01-31", ("held", "olaf-scholz", "luiz-inacio-lula-da-silva", "Brasília", "2023-01-30")),
        # French: "a atterri en" (landed in) a country named with "en".
        ("Macron en Inde\n"
         "Emmanuel Macron, qui a atterri en Inde dimanche soir, veut vendre des avions.",
         "2024-01-29", ("held", "emmanuel-macron", None, None, "2024-01-28")),
        # Italian: "si è aperto" (opened), a summit opened at home by its host, named alone.
        ("Il vertice a Roma\n"
         "Lunedì a Roma si è aperto il vertice regionale, e la presidente del Consiglio Giorgia Meloni ha parlato per prima.",
         "2024-03-05", ("held", None, "giorgia-meloni", "Rome", "2024-03-04")),
    ],
    ids=["ar", "fa", "tl", "id", "uk", "vi", "he", "hu", "ko", "de", "de-one-on-one", "no", "pt", "fr", "ar-levant", "pt-lunch", "pt-under-way", "de-future", "es-set-foot", "it-rome", "de-set-day",
         "pl-will-travel", "it-agreed-in-a-call", "hu-rome", "fr-intends", "de-sat-together-one-on-one", "fr-landed-en", "it-summit-opened"],
)
def test_a_visit_on_a_page_in_another_language_is_drafted_through_its_glossary(
    world_rules: Rules, text: str, published: str, expected: tuple[str, str | None, str | None, str | None, str]
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
        ("Meloni sente Takaichi\nColloquio telefonico, oggi, tra Giorgia Meloni e Sanae Takaichi a Roma. Le due leader"
         " hanno parlato di commercio e di difesa.", "it"),
        # German: "ein Gespräch" (talks) that went "am Telefon" (over the phone) is a call.
        ("Meloni spricht mit Scholz\nRom – Am Freitag gab es ein langes Gespräch zwischen Giorgia Meloni und"
         " Bundeskanzler Olaf Scholz. Am Telefon ging es um Handel und Energie.", "de"),
        ("Scholz und Xi\nBundeskanzler Olaf Scholz telefonierte am Montag mit Xi Jinping über den Handel.", "de"),
        # Turkish: leaders who "telefonda görüştü" (met on the phone) had a call, whatever
        # summit in a named city they talked of.
        ("Erdoğan ve Putin telefonda görüştü\nCumhurbaşkanı Erdoğan, Vladimir Putin ile Salı günü telefonda görüştü."
         " İki lider Moskova'da ticaret ve enerji zirvesini konuştu.", "tr"),
    ],
)
def test_a_phone_call_in_another_language_is_no_visit(world_rules: Rules, text: str, language: str) -> None:
    glossed = world_rules.glossary.gloss(text, language)
    assert "phone" in glossed
    assert draft_on(world_rules, text, "2024-05-10").events == ()


def test_a_leader_who_flies_off_for_later_talks_is_on_a_confirmed_visit_in_french(world_rules: Rules) -> None:
    # "s'envole pour la Chine": sets off for China, the country's article no bar to reading it.
    text = (
        "Mardi soir, Olaf Scholz s'envole pour la Chine, où il restera deux jours. Ce sera sa première visite"
        " officielle dans le pays, où Xi Jinping le recevra mercredi."
    )
    (event,) = analyse(text.encode(), "a.txt", world_rules, TODAY).events
    assert (event.status.value, event.visitor, event.host, event.place.country, event.date) == (
        "confirmed", "olaf-scholz", "xi-jinping", "CN", None
    )


def test_a_thai_page_written_without_spaces_is_read_through_its_glossary(world_rules: Rules) -> None:
    # "Today President Vladimir Putin of Russia arrives in Beijing for talks with President Xi Jinping of China."
    text = (
        "ปูตินเยือนจีน\nวันนี้ ประธานาธิบดีวลาดิมีร์ ปูติน แห่งรัสเซีย เดินทางถึงกรุงปักกิ่ง"
        " เพื่อหารือกับประธานาธิบดีสีจิ้นผิง แห่งจีน"
    )
    (event,) = draft_on(world_rules, text, "2024-05-16").events
    assert (event.status.value, event.visitor, event.host, event.place.city, str(event.date)) == (
        "held", "vladimir-putin", "xi-jinping", "Beijing", "2024-05-16"
    )
    # "... holds talks by telephone with President Xi Jinping of China on trade and energy."
    call = (
        "ปูตินคุยกับสีจิ้นผิง\nวันนี้ ประธานาธิบดีวลาดิมีร์ ปูติน แห่งรัสเซีย หารือทางโทรศัพท์"
        "กับประธานาธิบดีสีจิ้นผิง แห่งจีน เรื่องการค้าและพลังงาน"
    )
    assert draft_on(world_rules, call, "2024-05-16").events == ()


@pytest.mark.parametrize(
    "text",
    [
        "Советник в Пхеньяне\nСоветник по поручению Владимира Путина прибыл в Пхеньян в пятницу для встречи с Ким Чен Ыном.",
        "Un émissaire à Moscou\nSur instruction du président Xi Jinping, l'émissaire est arrivé à Moscou vendredi pour"
        " rencontrer Vladimir Poutine.",
    ],
    ids=["ru", "fr"],
)
def test_an_official_sent_by_a_leader_is_no_visit_in_another_language(world_rules: Rules, text: str) -> None:
    assert draft_on(world_rules, text, "2024-05-10").events == ()


def test_arabic_letters_are_read_however_they_are_written(world_rules: Rules) -> None:
    # The vowel marks, a tatweel, alef with hamza or without, and Eastern digits, as pages vary them.
    assert fold_script("إلى مُوسـكو ٢٠٢٤") == fold_script("الي موسكو 2024") == "الي موسكو 2024"
    # The text's first word opens a sentence: its English is capitalised, as Arabic has no capitals.
    assert world_rules.glossary.gloss("وصلَ بوتين إلى بيونغ يانغ", "ar") == "Arrived Putin to Pyongyang"
    # A proclitic is read only where the rest is a word: "بوتين" is Putin, not "in" + "وتين".
    assert world_rules.glossary.gloss("وبموسكو بوتين", "ar") == "And in Moscow Putin"


def test_a_leaders_name_spelled_as_only_his_spellings_are_is_read_as_his(world_rules: Rules) -> None:
    # Persian writes Netanyahu with an alef ("نتانیاهو"): its consonants are those that his
    # spellings "Netanyahu" and "Netaniahou" share, and no other name's, so it names him.
    assert world_rules.glossary.gloss("بنیامین نتانیاهو در پاریس", "fa") == "Benjamin Netanyahu in Paris"


def test_a_short_skeleton_one_leaders_spellings_share_names_no_one() -> None:
    # "Bihari" and "Behari" share bhr with a common Hindi word ("भारी", heavy): it names neither.
    from tracker.ingest.gloss import Glossary

    glossary = Glossary({}, ["Atal Bihari Vajpayee", "Atal Behari Vajpayee"], owners={
        "Atal Bihari Vajpayee": "atal-bihari-vajpayee", "Atal Behari Vajpayee": "atal-bihari-vajpayee",
    })
    assert glossary.gloss("भारी बारिश", None) == "भारी बारिश"


def test_a_leader_named_in_tamil_is_read_with_its_voiceless_letters_and_case_endings(world_rules: Rules) -> None:
    # Tamil writes one letter for t and d, k and g: "மோடி" (moti) is Modi, "மெத்வதேவ்" Medvedev;
    # "-க்கு" (to) and "-உம்" (and) are written onto the name; "ஜின்பிங்" ends in "ng", not "n".
    glossed = world_rules.glossary.gloss("அதிபர் மெத்வதேவும் பிரதமர் மோடிக்கு ஜின்பிங் கடிதம்", None)
    assert glossed == "அதிபர் Medvedev பிரதமர் Modi Jinping கடிதம்"


def test_a_leader_named_in_malayalam_is_read_though_it_has_no_z(world_rules: Rules) -> None:
    # Malayalam writes Zelenskyy's z with its s, Macri's c with its k, and "-യെ" (him) onto the name.
    # The name comes out as whichever of his spellings is nearest ("Selenskyj", as German writes him).
    name, rest = world_rules.glossary.gloss("സെലൻസ്കിയെ മക്രി ഇന്നലെ വിളിച്ചു", None).split(" ", 1)
    zelensky = world_rules.leaders["volodymyr-zelensky"]
    assert name in (zelensky.name, *zelensky.aliases)
    assert rest == "Macri ഇന്നലെ വിളിച്ചു"


@pytest.mark.parametrize(
    "words",
    [
        # Tamil: see, single, lion, Singapore, greeting, planet, ring, in total, carpet-red.
        "பார்க்க சிங்கிள் சிங்கம் சிங்கை வாழ்த்து கிரகம் மோதிரம் மொத்தத்தில் சிவப்பு",
        # Malayalam: countries, said, war, meeting, statement, the two of them.
        "രാജ്യങ്ങൾ പറഞ്ഞു യുദ്ധം കൂടിക്കാഴ്ച പ്രസ്താവന ഇരുവരും",
        # Hindi: spring, deaf, rain, supreme, council, inside, scenes.
        "बहार बहरी बारिश सर्वोच्च परिषद अंदर सीन्स",
        # Bengali: in March, hitting, violent, staying, mutual, council.
        "মার্চে মারছে সহিংস থাকছে পারস্পরিক পরিষদের",
        # Telugu: meeting, country, president, talks, friendship.
        "సమావేశం దేశం అధ్యక్షుడు చర్చలు స్నేహం",
    ],
    ids=["ta", "ml", "hi", "bn", "te"],
)
def test_common_words_of_indian_scripts_name_no_leader(world_rules: Rules, words: str) -> None:
    names = {name for leader in world_rules.leaders.values() for name in (leader.name, *leader.aliases) for name in name.split()}
    glossed = world_rules.glossary.gloss(words, None).split()
    assert not names & set(glossed), glossed


def test_the_urdu_titles_of_a_king_and_a_crown_prince_are_glossed(world_rules: Rules) -> None:
    # "شاہ سلمان" is King Salman; "ولی عہد محمد بن سلمان" the crown prince, Mohammed bin Salman.
    assert world_rules.glossary.gloss("شاہ سلمان اور ولی عہد محمد بن سلمان", "ur") == (
        "King Salman and crown prince Mohammed bin Salman"
    )


def test_a_page_declaring_filipino_or_malay_is_read_with_tagalog_or_indonesian(world_rules: Rules) -> None:
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
    world_rules: Rules, text: str, published: str, expected: tuple[str, str, str, str]
) -> None:
    (event,) = draft_on(world_rules, text, published).events
    assert (event.status.value, event.visitor, event.host, event.place.city) == expected


def test_the_glossarys_own_english_is_no_misspelled_name(world_rules: Rules) -> None:
    # "States" is no genitive of a place's word "State" (Kumsusan State Guesthouse); "Trumps" is Trump's.
    assert world_rules.glossary.gloss("Estados Unidos y Trumps", "es") == "United States and Trump"
    assert world_rules.glossary.gloss("الولايات المتحدة وإسرائيل", "ar") == "United States and Israel"


def test_a_half_of_a_year_in_indonesian_dates_an_invited_visit_to_that_year(world_rules: Rules) -> None:
    # "pada paruh kedua 2026": in the second half of 2026, a time the invitation gives.
    assert world_rules.glossary.gloss("pada paruh kedua 2026", "id") == "in the second half of 2026"
    event = one_event(world_rules, "Putin undang Modi ke Moskow\n"
        "Presiden Rusia Vladimir Putin mengundang Perdana Menteri India Narendra Modi untuk datang ke Moskow dalam kunjungan"
        " kenegaraan pada paruh kedua 2026, kata juru bicara Kremlin hari Senin.", "2026-03-02")
    assert (event.status.value, str(event.date), event.visitor, event.host) == (
        "invited", "2026", "narendra-modi", "vladimir-putin"
    )


@pytest.mark.parametrize(("office", "visitors"), [
    # "ولي ولي العهد" (the crown prince's deputy): an official, no leader; "ولي العهد", the heir himself.
    ("ولي ولي العهد", []),
    ("ولي العهد", ["mohammed-bin-salman"]),
])
def test_an_arabic_deputy_crown_prince_is_no_leader(world_rules: Rules, office: str, visitors: list[str]) -> None:
    analysis = draft(world_rules, "بوتين يستقبل الأمير محمد بن سلمان في الكرملين\n"
        f"استقبل الرئيس الروسي فلاديمير بوتين في الكرملين يوم الاثنين الأمير محمد بن سلمان، {office} السعودي،"
        " وبحث الجانبان أسعار النفط والأوضاع في المنطقة.")
    assert [event.visitor for event in analysis.events] == visitors


def test_an_invitation_carried_by_an_arabic_call_is_an_invited_visit(world_rules: Rules) -> None:
    event = one_event(world_rules, "ترامب يدعو نتنياهو إلى واشنطن\n"
        "أجرى الرئيس الأمريكي دونالد ترامب اتصالا هاتفيا برئيس الوزراء الإسرائيلي بنيامين نتنياهو يوم الأحد."
        " وبحث الزعيمان الملف الإيراني، ودعا ترامب نتنياهو إلى زيارة واشنطن الشهر المقبل.", "2017-01-23")
    assert (event.status.value, event.visitor, event.host, event.place.city) == (
        "invited", "benjamin-netanyahu", "donald-trump", "Washington"
    )


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        ("ar", "بوتين يصل إلى بيونغ يانغ في زيارة دولة",
         "وكانت هذه أول زيارة له منذ أربعة وعشرين عاما، وتناولت المباحثات التعاون الاقتصادي والأمني بين البلدين"
         " الجارين، بحسب ما نقلت وسائل الإعلام الرسمية في وقت متأخر من الليل."),
        ("fa", "پوتین وارد پیونگ یانگ شد",
         "این نخستین سفر او پس از بیست و چهار سال است و گفتگوها درباره همکاری اقتصادی و امنیتی میان دو کشور"
         " همسایه خواهد بود، به گزارش رسانه های رسمی در ساعات پایانی شب."),
        ("tl", "Putin, dumating sa Pyongyang para sa pagbisita sa estado",
         "Ito ang kanyang unang pagbisita sa loob ng dalawampu't apat na taon, at tatalakayin ang kooperasyon sa"
         " ekonomiya at seguridad ng dalawang magkapitbahay na bansa, ayon sa state media."),
        ("id", "Putin tiba di Pyongyang untuk kunjungan kenegaraan",
         "Ini adalah kunjungan pertamanya dalam dua puluh empat tahun, dan pembicaraan akan membahas kerja sama"
         " ekonomi serta keamanan kedua negara bertetangga itu, menurut media pemerintah."),
        ("uk", "Путін прибув до Пхеньяна з державним візитом",
         "Це його перший візит за двадцять чотири роки, сторони обговорять економічну співпрацю та безпеку двох"
         " сусідніх країн, повідомили державні медіа пізно вночі."),
        ("vi", "Putin đã đến Bình Nhưỡng trong chuyến thăm cấp nhà nước",
         "Đây là chuyến thăm đầu tiên của ông sau hai mươi bốn năm, và hai bên sẽ thảo luận về hợp tác kinh tế"
         " cũng như an ninh giữa hai nước láng giềng, theo truyền thông nhà nước."),
    ],
)
@pytest.mark.parametrize("declared", [True, False])
def test_a_saved_page_whose_story_is_in_its_title_alone_is_read_in_its_language(
    world_rules: Rules, language: str, title: str, body: str, declared: bool
) -> None:
    # The body goes on mid-story and names no one: the visit is the title's, whether the page
    # declares its language or the glossary has to find it.
    lang = f' lang="{language}"' if declared else ""
    page = (
        f'<!DOCTYPE html><html{lang}><head><meta charset="utf-8"><title>{title}</title>'
        '<link rel="canonical" href="https://news.example.com/2024/06/19/putin.html"></head>'
        f'<body><header><a href="/" class="logo">News Example</a></header><article><p>{body}</p></article></body></html>'
    )
    (event,) = analyse(page.encode(), "a.html", world_rules, TODAY).events
    assert (event.status.value, event.visitor, event.place.city, str(event.date)[:7]) == (
        "held", "vladimir-putin", "Pyongyang", "2024-06"
    )


@pytest.mark.parametrize(
    ("text", "leaders"),
    [
        ("Kim Dzong Un spotkał się z Władimirem Putinem we Władywostoku.", ["kim-jong-un", "vladimir-putin"]),
        ("Kim Čong-un se setkal s Putinem.", ["kim-jong-un", "vladimir-putin"]),
        ("Kim Dzong Il spotkał się z Miedwiediewem w Ułan Ude.", ["dmitry-medvedev", "kim-jong-il"]),
    ],
)
def test_leaders_are_named_as_polish_and_czech_write_them(world_rules: Rules, text: str, leaders: list[str]) -> None:
    language = "pl" if "spotka" in text else "cs"
    glossed = world_rules.glossary.gloss(text, language)
    assert sorted({hit.value for hit in world_rules.names.find(glossed)}) == leaders


@pytest.mark.parametrize(
    ("text", "language", "country"),
    [
        ("la invitación del presidente chino", "es", "CN"),
        ("o convite do presidente russo", "pt", "RU"),
        ("l'invito del presidente cinese", "it", "CN"),
        ("l'invitation du président russe", "fr", "RU"),
    ],
)
def test_a_leader_named_by_title_in_a_romance_language_is_read_as_that_countrys(
    world_rules: Rules, text: str, language: str, country: str
) -> None:
    # The adjective follows the noun ("presidente chino", the Chinese president).
    glossed = world_rules.glossary.gloss(text, language)
    assert [hit.value.country for hit in world_rules.titles.find(glossed)] == [country]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("da", "Zelenskyj skal besøge Det Hvide Hus\nPræsident Volodymyr Zelenskyj skal besøge Det Hvide Hus torsdag,"
         " hvor han mødes med præsident Joe Biden, oplyser Kyiv."),
        ("sv", "Zelenskyj ska besöka Vita huset\nPresident Volodymyr Zelenskyj ska besöka Vita huset på torsdag och"
         " träffa president Joe Biden, uppger Kiev."),
        ("pl", "Zełenski odwiedzi Biały Dom\nPrezydent Wołodymyr Zełenski odwiedzi Biały Dom w czwartek i spotka się z"
         " prezydentem Joe Bidenem, poinformował Kijów."),
        ("cs", "Zelenskyj navštíví Bílý dům\nPrezident Volodymyr Zelenskyj navštíví ve čtvrtek Bílý dům, kde se setká"
         " s prezidentem Joe Bidenem, oznámil Kyjev."),
    ],
)
def test_a_visit_to_the_white_house_ahead_is_read_in_nordic_and_slavic_languages(
    world_rules: Rules, language: str, text: str
) -> None:
    event = one_event(world_rules, text, "2023-09-18")
    assert (event.status.value, event.visitor, event.place.city, str(event.date)) == (
        "confirmed", "volodymyr-zelensky", "Washington", "2023-09-21"
    )


@pytest.mark.parametrize(
    ("date_line", "lead"),
    [
        ("الأربعاء ١٩ يونيو ٢٠٢٤",  # Eastern digits
         "وصل الرئيس الروسي فلاديمير بوتين إلى بيونغ يانغ فجر الأربعاء في زيارة دولة، واستقبله كيم جونغ أون في المطار."),
        ("۱۹ ژوئن ۲۰۲۴",  # Persian digits
         "ولادیمیر پوتین، رئیس‌جمهور روسیه، روز چهارشنبه وارد پیونگ یانگ شد و کیم جونگ اون از او استقبال کرد."),
        ("Hunyo 19, 2024",
         "Dumating sa Pyongyang noong Miyerkules si Pangulong Vladimir Putin ng Rusya, at sinalubong siya ni Kim Jong Un."),
        ("Rabu, 19 Juni 2024 07:15 WIB",
         "Presiden Rusia Vladimir Putin tiba di Pyongyang pada hari Rabu dan disambut oleh Kim Jong Un di bandara."),
        ("19 червня 2024",
         "Президент Росії Володимир Путін у середу прибув до Пхеньяна з державним візитом, його зустрів Кім Чен Ин."),
        ("ngày 19 tháng 6 năm 2024",  # the year's word after the month
         "Tổng thống Nga Putin đã đến Bình Nhưỡng vào thứ Tư, nhà lãnh đạo Kim Jong-un đã đón ông tại sân bay."),
    ],
)
def test_a_pasted_page_is_dated_by_a_date_line_in_its_language(world_rules: Rules, date_line: str, lead: str) -> None:
    analysis = analyse("\n".join(["Putin in Pyongyang", date_line, lead]).encode(), "a.txt", world_rules, TODAY)
    (event,) = analysis.events
    assert (str(analysis.source.published), str(event.date), event.place.city) == ("2024-06-19", "2024-06-19", "Pyongyang")


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # Chinese: the date "2019年6月20日" read as 20 June 2019, "。" as a full stop.
        (["习近平抵达平壤开始国事访问", "2019年6月20日",
          "中国国家主席习近平20日抵达平壤，对朝鲜进行国事访问。朝鲜国务委员长金正恩在机场迎接。", "两国领导人将举行会谈。"],
         ("2019-06-20", "held", "xi-jinping", "kim-jong-un", "Pyongyang")),
        # Japanese: particles after the noun, "平壌に" is "to Pyongyang".
        (["プーチン大統領が平壌に到着", "2024年6月19日",
          "ロシアのプーチン大統領は19日、国賓訪問のため平壌に到着し、金正恩総書記が空港で出迎えた。", "両首脳は首脳会談を行う予定だ。"],
         ("2024-06-19", "held", "vladimir-putin", "kim-jong-un", "Pyongyang")),
    ],
    ids=["zh", "ja"],
)
def test_a_page_written_without_spaces_is_read_through_its_glossary(
    world_rules: Rules, lines: list[str], expected: tuple[str, str, str, str, str]
) -> None:
    # No spaces between words: the glossary's words are found wherever they stand.
    analysis = analyse("\n".join(lines).encode(), "a.txt", world_rules, TODAY)
    (event,) = analysis.events
    assert (str(analysis.source.published), event.status.value, event.visitor, event.host, event.place.city) == expected


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Xi bezocht Moskou\nDe Chinese president Xi Jinping bezocht Moskou op maandag en de twee leiders spraken in het"
         " Kremlin met Vladimir Putin.", "2023-03-21"),
        ("Xi i Moskva\nKinas president Xi Jinping och Rysslands president Vladimir Putin träffades i Moskva på måndagen."
         " De två ledarna talade om handel och om kriget.", "2023-03-21"),
        ("Xi i Moskva\nKinas præsident Xi Jinping og Ruslands præsident Vladimir Putin mødtes i Moskva mandag. De to"
         " ledere talte om handel og om krigen.", "2023-03-21"),
        ("Xi w Moskwie\nPrzewodniczący Chin Xi Jinping i prezydent Rosji Władimir Putin spotkali się w Moskwie w"
         " poniedziałek. Obaj przywódcy rozmawiali o handlu i o wojnie.", "2023-03-21"),
        ("Xi la Moscova\nPreședintele chinez Xi Jinping și președintele rus Vladimir Putin au avut o întâlnire la"
         " Moscova luni. Cei doi lideri au discutat despre comerț și despre război.", "2023-03-21"),
    ],
    ids=["nl", "sv", "da", "pl", "ro"],
)
def test_the_commonest_words_for_meeting_are_glossed(world_rules: Rules, text: str, published: str) -> None:
    """"bezocht", "träffades", "mødtes", "spotkali się", "o întâlnire": a meeting held."""
    (event,) = draft_on(world_rules, text, published).events
    assert (event.status.value, event.visitor, event.host, event.place.city, str(event.date)) == (
        "held", "xi-jinping", "vladimir-putin", "Moscow", "2023-03-20"
    )


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Xi y Putin en la ONU\nXi Jinping y Vladimir Putin se reunieron el martes en la Asamblea General de la ONU"
         " y hablaron de comercio.", "2023-09-20"),
        ("Xi e Putin na ONU\nXi Jinping e Vladimir Putin se reuniram na terça-feira na Assembleia Geral das Nações"
         " Unidas e falaram de comércio.", "2023-09-20"),
        ("Xi e Putin all'Onu\nXi Jinping e Vladimir Putin si sono incontrati martedì all'Assemblea generale dell'Onu"
         " e hanno parlato di commercio.", "2023-09-20"),
        ("Xi et Poutine à l'ONU\nXi Jinping et Vladimir Poutine se sont rencontrés mardi à l'Assemblée générale de"
         " l'ONU et ont parlé de commerce.", "2023-09-20"),
    ],
    ids=["es", "pt", "it", "fr"],
)
def test_leaders_meeting_at_the_un_general_assembly_named_in_its_language_meet_in_new_york(
    world_rules: Rules, text: str, published: str
) -> None:
    """The Assembly's name in the page's language places the meeting where the Assembly sits."""
    (event,) = draft_on(world_rules, text, published).events
    assert (event.kind, event.place.city, event.place.country, event.host) == ("summit", "New York", "US", None)


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Xi si recherà in Russia\nIl presidente cinese Xi Jinping si recherà in Russia la prossima settimana, dove i due"
         " leader terranno colloqui con Vladimir Putin.", "2023-03-13"),
        ("Xi viajará a Rusia\nEl presidente chino Xi Jinping viajará a Rusia la próxima semana para reunirse con"
         " Vladimir Putin en el Kremlin.", "2023-03-13"),
    ],
    ids=["it", "es"],
)
def test_a_trip_next_week_in_another_language_takes_that_weeks_month(world_rules: Rules, text: str, published: str) -> None:
    (event,) = draft_on(world_rules, text, published).events
    assert (event.status.value, event.visitor, event.place.country, str(event.date)) == ("announced", "xi-jinping", "RU", "2023-03")


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # Italian: the passive, "è stata ricevuta ... alla Casa Bianca" (was received at the White House).
        ("Meloni alla Casa Bianca\nLa presidente del Consiglio Giorgia Meloni è stata ricevuta giovedì alla Casa Bianca"
         " dal presidente Joe Biden. I due leader hanno parlato di Ucraina e di Cina durante un incontro di due ore.",
         "2023-07-28", ("giorgia-meloni", "joe-biden", "Washington", "2023-07-27")),
        # Dutch: Putin as Dutch spells him, "Poetin".
        ("Xi Jinping in Moskou\nDe Chinese president Xi Jinping is maandag in Moskou aangekomen voor een staatsbezoek van"
         " drie dagen. Hij werd ontvangen door president Vladimir Poetin.",
         "2023-03-21", ("xi-jinping", "vladimir-putin", "Moscow", "2023-03-20")),
    ],
    ids=["it-passive", "nl-poetin"],
)
def test_a_host_named_as_the_language_writes_him_or_in_the_passive_receives_the_visit(
    world_rules: Rules, text: str, published: str, expected: tuple[str, str, str, str]
) -> None:
    (event,) = draft_on(world_rules, text, published).events
    assert (event.visitor, event.host, event.place.city, str(event.date)) == expected


def test_a_capital_the_gazetteer_once_lacked_places_a_meeting_read_through_the_glossary(world_rules: Rules) -> None:
    """Italian "a Vilnius, a margine del vertice": the capitals of the world are places."""
    (event,) = draft_on(world_rules, (
        "Erdogan incontra Biden a Vilnius\n"
        "Il presidente turco Recep Tayyip Erdogan ha incontrato il presidente americano Joe Biden a Vilnius, a margine"
        " del vertice della Nato, per la prima volta dalla sua rielezione."
    ), "2023-07-11").events
    assert (event.status.value, event.place.city, event.place.country) == ("held", "Vilnius", "LT")


def test_turkish_will_host_is_a_visit_announced(world_rules: Rules) -> None:
    (event,) = draft_on(world_rules, (
        "Erdoğan Putin'i ağırlayacak\n"
        "Cumhurbaşkanı Recep Tayyip Erdoğan, Rusya Devlet Başkanı Vladimir Putin'i önümüzdeki ay Ankara'da ağırlayacak."
        " Putin'in ziyareti için tarih henüz belli değil."
    ), "2024-03-19").events
    assert (event.status.value, event.visitor, event.host, event.place.city, str(event.date)) == (
        "announced", "vladimir-putin", "recep-tayyip-erdogan", "Ankara", "2024-04"
    )


def test_a_hindi_city_with_a_dotted_letter_and_the_verb_after_it_is_where_one_arrived(world_rules: Rules) -> None:
    """"रूस के कज़ान पहुंचे", arrived in Kazan of Russia: ज़ is z, and the place before the verb
    is where he arrived."""
    (event,) = draft_on(world_rules, (
        "मोदी कज़ान में\n"
        "प्रधानमंत्री नरेंद्र मोदी मंगलवार को ब्रिक्स शिखर सम्मेलन के लिए रूस के कज़ान पहुंचे, जहां उन्होंने राष्ट्रपति"
        " व्लादिमीर पुतिन के साथ द्विपक्षीय वार्ता की।"
    ), "2024-10-22").events
    assert (event.status.value, event.visitor, event.host, event.place.city) == ("held", "narendra-modi", "vladimir-putin", "Kazan")


def test_a_japanese_city_before_its_particle_and_the_verb_is_where_one_arrived(world_rules: Rules) -> None:
    (event,) = draft_on(world_rules, (
        "金正恩、ウラジオストクに到着\n"
        "北朝鮮の金正恩朝鮮労働党委員長は24日、ロシア極東のウラジオストクに到着した。25日にプーチン大統領と初の首脳会談を行う。"
    ), "2019-04-25").events
    assert (event.visitor, event.host, event.place.city, str(event.date)) == ("kim-jong-un", "vladimir-putin", "Vladivostok", "2019-04-24")


def test_the_first_of_two_leaders_a_verb_first_sentence_names_receives_the_other(world_rules: Rules) -> None:
    """Arabic "استقبل الرئيس الروسي ... الزعيم الكوري الشمالي" (received the Russian president the
    North Korean leader), at a site the gazetteer lacks: in the host's country, to check."""
    (event,) = draft_on(world_rules, (
        "بوتين يستقبل كيم\n"
        "استقبل الرئيس الروسي فلاديمير بوتين الزعيم الكوري الشمالي كيم جونغ أون في قاعدة فوستوشني الفضائية يوم الأربعاء،"
        " وأجرى الزعيمان محادثات استمرت عدة ساعات."
    ), "2023-09-13").events
    assert (event.visitor, event.host, event.place.country, event.place.city) == ("kim-jong-un", "vladimir-putin", "RU", None)
    assert "received the other" in event.doubts["place"]


def test_a_chinese_day_before_the_verb_dates_the_arrival(world_rules: Rules) -> None:
    """"普京16日抵达北京" glosses "Putin on the 16th arrived in Beijing": the 16th, whatever follows it."""
    (event,) = draft_on(world_rules, (
        "普京抵达北京\n"
        "俄罗斯总统普京16日抵达北京，开始对中国进行国事访问。国家主席习近平在人民大会堂同普京举行会谈。"
    ), "2024-05-16").events
    assert (event.visitor, event.host, event.place.city, str(event.date)) == ("vladimir-putin", "xi-jinping", "Beijing", "2024-05-16")


@pytest.mark.parametrize("day", ["18일", "18일에", "2018년 9월 18일"])
def test_a_korean_day_dates_the_arrival(world_rules: Rules, day: str) -> None:
    (event,) = draft_on(world_rules, (
        "문재인 대통령, 평양 도착\n"
        f"문재인 대통령이 {day} 평양 순안공항에 도착해 김정은 국무위원장의 영접을 받았다. 두 정상은 이날 오후 정상회담을 가졌다."
    ), "2018-09-19").events
    assert (event.visitor, event.host, event.place.city, str(event.date)) == ("moon-jae-in", "kim-jong-un", "Pyongyang", "2018-09-18")


def test_a_tamil_page_is_read_through_its_glossary_case_endings_and_all(world_rules: Rules) -> None:
    """"புதின்" with "-ஐ" written on, "பெய்ஜிங்கில்" (in Beijing): Tamil's endings on the noun."""
    (event,) = draft_on(world_rules, (
        "புதின் - ஜி ஜின்பிங் சந்திப்பு\n"
        "ரஷ்ய அதிபர் விளாதிமிர் புதின் இன்று பெய்ஜிங்கில் சீன அதிபர் ஜி ஜின்பிங்கைச் சந்தித்தார்."
        " இரு தலைவர்களும் பேச்சுவார்த்தை நடத்தினர்."
    ), "2024-05-16").events
    assert (event.visitor, event.host, event.place.city, event.status.value, str(event.date)) == (
        "vladimir-putin", "xi-jinping", "Beijing", "held", "2024-05-16"
    )


def test_a_tamil_arrival_follows_the_city_it_names(world_rules: Rules) -> None:
    """"மாஸ்கோ வந்து சேர்ந்தார்" (Moscow came-and-reached: arrived in Moscow), "பயணமாக" (as a
    visit: the noun's last sign gone before its ending), and the red carpet no Kampala."""
    text = (
        "சீன அதிபர் ஜி ஜின்பிங் அரசு முறைப் பயணமாக இன்று மாஸ்கோ வந்து சேர்ந்தார்."
        " அவருக்கு சிவப்புக் கம்பள வரவேற்பு அளிக்கப்பட்டது."
    )
    glossed = world_rules.glossary.gloss(text, "ta")
    assert "on a state visit" in glossed and "arrived in Moscow" in glossed and "Kampala" not in glossed
    (event,) = draft_on(world_rules, "ஜி ஜின்பிங் மாஸ்கோவில்\n" + text, "2023-03-20").events
    assert (event.visitor, event.place.city, event.status.value, str(event.date)) == ("xi-jinping", "Moscow", "held", "2023-03-20")


_TAMIL_TALKS = (
    " இரு நாடுகளுக்கும் இடையிலான வர்த்தகம், எரிசக்தி, விண்வெளி ஒத்துழைப்பு குறித்து விரிவான"
    " கருத்துப் பரிமாற்றம் நடந்ததாக அதிகாரிகள் தெரிவித்தனர்."
)


def test_a_tamil_leader_who_went_and_reached_a_city_arrived_there(world_rules: Rules) -> None:
    """"பெய்ஜிங் போய்ச் சேர்ந்தார்" (went and reached Beijing) arrives as "வந்து சேர்ந்தார்" does;
    the host "வரவேற்றார்" (welcomed) him."""
    (event,) = draft_on(world_rules, (
        "மோடி பெய்ஜிங்கில்\n"
        "இந்தியப் பிரதமர் நரேந்திர மோடி இன்று பெய்ஜிங் போய்ச் சேர்ந்தார். சீன அதிபர் ஜி ஜின்பிங் அவரை வரவேற்றார்."
        + _TAMIL_TALKS
    ), "2018-04-27").events
    assert (event.kind, event.status.value, event.visitor, event.host, event.place.city) == (
        "visit", "held", "narendra-modi", "xi-jinping", "Beijing"
    )


@pytest.mark.parametrize("sentence", [
    "ரஷ்ய ஜனாதிபதி புதினும் சீன ஜனாதிபதி ஜி ஜின்பிங்கும் இன்று பியூனஸ் அயர்ஸில் நடைபெற்ற ஜி-20 மாநாட்டின் இடையே சந்தித்தனர்.",
    "அர்ஜென்டினா தலைநகர் பியூனஸ் அயர்ஸில் இன்று தொடங்கிய ஜி-20 மாநாட்டில் ரஷ்ய ஜனாதிபதி புதினும் சீன ஜனாதிபதி ஜி ஜின்பிங்கும் பங்கேற்றனர்.",
])
def test_a_tamil_conference_of_leaders_in_a_city_is_their_summit_there(world_rules: Rules, sentence: str) -> None:
    """"மாநாடு" (a conference: of leaders, their summit), "ஜனாதிபதி" (president, as "அதிபர்"), and
    "பியூனஸ் அயர்ஸில்" (in Buenos Aires: the ending joined to the name's last letter)."""
    glossed = world_rules.glossary.gloss(sentence, "ta")
    assert "in Buenos Aires" in glossed and "G20 summit" in glossed and "president Putin" in glossed
    (event,) = draft_on(world_rules, "ஜி-20 மாநாடு\n" + sentence + _TAMIL_TALKS, "2018-11-30").events
    assert (event.kind, event.status.value, event.visitor, event.place.city, event.place.country) == (
        "summit", "held", None, "Buenos Aires", "AR"
    )
    assert {"vladimir-putin", "xi-jinping"} <= set(event.leaders)


def test_tamil_endings_on_a_place_read_as_its_preposition(world_rules: Rules) -> None:
    """"in" and "to" joined to a name, after a vowel with its glide ("டெல்லியில்", "இந்தியாவுக்கு")."""
    glossed = world_rules.glossary.gloss("மோடி டெல்லியில் பேசினார்; பின்னர் அவர் இந்தியாவுக்கு திரும்பினார்.", "ta")
    assert "in Delhi" in glossed and "to India" in glossed


@pytest.mark.parametrize("text", [
    # A call: the president spoke to Modi by telephone to wish him well.
    "புதின் வாழ்த்து\nரஷ்ய ஜனாதிபதி புதின் இன்று தொலைபேசியில் இந்தியப் பிரதமர் நரேந்திர மோடியுடன் பேசினார்;"
    " மோடியின் பிறந்த நாளுக்கு வாழ்த்து தெரிவித்தார்.",
    # A minister's trip: he reached Moscow, and the president welcomed him.
    "அமைச்சர் மாஸ்கோவில்\nஇந்திய வெளியுறவு அமைச்சர் இன்று மாஸ்கோ போய்ச் சேர்ந்தார்; ரஷ்ய ஜனாதிபதி புதின் அவரை வரவேற்றார்.",
])
def test_a_tamil_call_or_a_ministers_trip_is_no_visit(world_rules: Rules, text: str) -> None:
    assert draft_on(world_rules, text + _TAMIL_TALKS, "2018-10-07").events == ()


def test_abe_in_russian_is_read_by_the_name_the_russian_press_gives_him(world_rules: Rules) -> None:
    """"Абэ" is too short a name to be matched by its letters: it is an alias of the leader."""
    (event,) = draft_on(world_rules, (
        "Абэ в Москве\n"
        "Синдзо Абэ прибыл в Москву с официальным визитом; в понедельник Абэ проведёт переговоры с Владимиром Путиным."
    ), "2013-04-28").events
    assert (event.kind, event.status.value, event.visitor, event.host, event.place.city) == (
        "visit", "held", "shinzo-abe", "vladimir-putin", "Moscow"
    )


def test_an_icelandic_page_is_read_through_its_glossary(world_rules: Rules) -> None:
    """"kom til Moskvu" (arrived in Moscow), the city declined as Icelandic declines it."""
    (event,) = draft_on(world_rules, (
        "Xi Jinping kom til Moskvu\n"
        "Xi Jinping, forseti Kína, kom til Moskvu á mánudag í ríkisheimsókn. Vladímír Pútín tók á móti honum í Kreml"
        " og leiðtogarnir hófu viðræður."
    ), "2023-03-21").events
    assert (event.status.value, event.visitor, event.host, event.place.city) == ("held", "xi-jinping", "vladimir-putin", "Moscow")
    call = "Pútín og Xi áttu símtal\nVladímír Pútín og Xi Jinping áttu símtal á föstudag og ræddu viðskipti."
    assert draft_on(world_rules, call, "2024-05-10").events == ()


def test_a_day_written_as_an_ordinal_ends_no_sentence(world_rules: Rules) -> None:
    """"vom 14. bis zum 16. Mai": the dots after the days are ordinals', and the visit is still read."""
    (event,) = draft_on(world_rules, (
        "Modi in China\nNarendra Modi, Premierminister Indiens, war vom 14. bis zum 16. Mai 2015 zu Besuch in China."
        " In Xi'an empfing ihn Xi Jinping."
    ), "2015-05-20").events
    assert (event.status.value, event.visitor, event.place.country, str(event.date)) == ("held", "narendra-modi", "CN", "2015-05-14")


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Король Салман прилетел в Москву\nКороль Салман прилетел в Москву в среду с официальным визитом.", "held"),
        ("Визит короля Салмана готовится\nВизит саудовского короля Салмана в Москву готовится, сказал пресс-секретарь Кремля.\nПо его словам, сроки поездки монарха пока не определены.", "announced"),
    ],
    ids=["arrived", "in-preparation"],
)
def test_a_king_named_in_russian_is_the_visitor(world_rules: Rules, text: str, status: str) -> None:
    """"король", "короля" (the King, the King's): the title the leader's alias opens with."""
    (event,) = draft_on(world_rules, text, "2017-10-05").events
    assert (event.status.value, event.visitor, event.place.city) == (status, "salman-bin-abdulaziz", "Moscow")


def test_a_portuguese_visit_told_with_the_participle_and_a_meeting_planned_is_drafted(world_rules: Rules) -> None:
    """"tinha visitado" (had visited), "está previsto um encontro" (a meeting is planned),
    the country's adjective after the title ("o primeiro-ministro húngaro")."""
    (event,) = draft_on(world_rules, (
        "Bolsonaro na Hungria\n"
        "Jair Bolsonaro está na Hungria, país que nenhum presidente brasileiro tinha visitado. "
        "Está previsto um encontro do presidente brasileiro com o primeiro-ministro húngaro, Viktor Orbán."
    ), "2022-02-17").events
    assert (event.kind, event.status.value, event.visitor, event.host, event.place.country) == (
        "visit", "held", "jair-bolsonaro", "viktor-orban", "HU"
    )


def test_a_japanese_page_names_a_chinese_leader_in_characters_and_opens_a_sentence_unglossed(world_rules: Rules) -> None:
    """"胡錦濤" spells Hu Jintao in pinyin; "着いた" (arrived) and "会談した" (held talks); a
    sentence that opens with a word the glossary lacks ("その後") is a sentence still."""
    (event,) = draft_on(world_rules, (
        "安倍首相が北京へ\n"
        "2006年10月8日、安倍首相は特別機で北京に着いた。その後、首相は胡錦濤主席と会談した。"
    ), "2006-10-09").events
    assert (event.status.value, event.visitor, event.host, event.place.city, str(event.date)) == (
        "held", "shinzo-abe", "hu-jintao", "Beijing", "2006-10-08"
    )


def test_an_arabic_name_with_its_h_written_and_a_host_who_received_him(world_rules: Rules) -> None:
    """"محمد" writes Mohammed's h, which folding would drop; "بن" is bin; "استقبله" is "received
    him", its object written onto the verb."""
    (event,) = draft_on(world_rules, (
        "بوتين يستقبل ولي العهد السعودي\n"
        "حل الامير محمد بن سلمان ضيفا على الرئيس الروسي فلاديمير بوتين الذي استقبله في زيارة رسمية الى روسيا."
    ), "2018-06-15").events
    assert (event.status.value, event.visitor, event.host, event.place.country) == (
        "held", "mohammed-bin-salman", "vladimir-putin", "RU"
    )


def test_a_russian_word_that_opens_as_a_countrys_stem_names_no_country(world_rules: Rules) -> None:
    """"Самолет" (the plane) opens as Samoa's stem "Само" does, but "лет" is no case ending:
    the visit stays where the page puts it, and no Samoa is glossed; "в Турции" is Türkiye's."""
    text = (
        "Путин прилетел в Анкару\n"
        "Владимир Путин прилетел в Анкару с официальным визитом в Турции. Самолет президента сел в аэропорту"
        " вечером. Реджеп Тайип Эрдоган провёл с ним переговоры."
    )
    assert "Samoa" not in world_rules.glossary.gloss(text, "ru")
    assert "Türkiye" in world_rules.glossary.gloss(text, "ru")
    (event,) = draft_on(world_rules, text, "2017-09-29").events
    assert (event.visitor, event.host, event.place.country) == ("vladimir-putin", "recep-tayyip-erdogan", "TR")


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # Spanish: "tendrá una reunión con" (will have a meeting with) "el mandatario" (the
        # leader) at a summit "que Sudáfrica acoge" (that South Africa hosts): the group's
        # summit, hosted by whoever led South Africa then.
        ("Lula y Xi en la cumbre\n"
         "Lula tendrá una reunión con el mandatario chino, Xi Jinping, en la cumbre del G20 que Sudáfrica acoge"
         " la semana próxima.",
         "2023-08-12", ("summit", "confirmed", None, "cyril-ramaphosa", "ZA")),
        # Italian: "secondo la stampa" (according to the press), "sarà presente" (will be
        # present) "all'insediamento" (at the inauguration) of a leader: a rumour of his
        # country's occasion.
        ("Lula a Buenos Aires\n"
         "Secondo la stampa, il presidente Lula sarà presente all'insediamento di Javier Milei.",
         "2023-12-01", ("ceremony", "rumoured", "luiz-inacio-lula-da-silva", "javier-milei", "AR")),
        # French: "sont convenus de reporter" (agreed to put off) "à une date ultérieure" (to a
        # later date): the infinitive after "agreed to".
        ("Macron et Scholz\n"
         "Emmanuel Macron et Olaf Scholz sont convenus de reporter la visite en Allemagne à une date ultérieure.",
         "2023-07-01", ("visit", "postponed", "emmanuel-macron", "olaf-scholz", "DE")),
        # Italian: "è in" (is in): a visit under way beside the call being arranged.
        ("Scholz e Modi, si lavora a una telefonata\n"
         "A Berlino si lavora a una telefonata tra Olaf Scholz e Narendra Modi, ha detto un portavoce.\n"
         "Scholz è in Giappone per una visita ufficiale.",
         "2023-04-10", ("visit", "held", "olaf-scholz", None, "JP")),
        # Italian: "accanto al collega" (alongside his counterpart): two leaders before the
        # press together, in the host's capital.
        ("Lula e Xi\n"
         "Il Brasile non prende parte, ha detto il presidente Lula ai giornalisti a Pechino, accanto al collega cinese"
         " Xi Jinping.",
         "2023-04-06", ("visit", "held", "luiz-inacio-lula-da-silva", "xi-jinping", "CN")),
        # Dutch: "het staatsbezoek van de Amerikaanse president" (the state visit of the American
        # president) beside "de Britse premier" (the British prime minister): no place named,
        # the visit is in the host's country.
        ("Trump en Starmer\n"
         "Donald Trump en de Britse premier Keir Starmer voeren donderdag gesprekken tijdens het staatsbezoek van de"
         " Amerikaanse president.",
         "2025-09-01", ("visit", "held", "donald-trump", "keir-starmer", "GB")),
    ],
    ids=["es-summit-hosted", "it-inauguration", "fr-postponed", "it-under-way", "it-counterpart", "nl-state-visit-of"],
)
def test_a_meeting_to_come_put_off_or_under_way_is_drafted_through_the_glossary(
    world_rules: Rules, text: str, published: str, expected: tuple[str, str, str | None, str | None, str]
) -> None:
    (event,) = draft_on(world_rules, text, published).events
    assert (event.kind, event.status.value, event.visitor, event.host, event.place.country) == expected


def test_a_country_glossed_into_english_is_not_read_again_as_a_misspelt_name(world_rules: Rules) -> None:
    """pycountry's "Allemagne" is Germany, and stays Germany: not the nationality "German"
    whose letters it nearly spells."""
    assert "to Germany" in world_rules.glossary.gloss("Le président se rendra en Allemagne la semaine prochaine.", "fr")


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # Indonesian: "datang ke" (came to) the capital, "diterima oleh" (was received by) the host,
        # "kedua pemimpin" (the two leaders) "bertemu" (met).
        ("Erdogan di Jakarta\n"
         "Presiden Turki Recep Tayyip Erdogan datang ke Jakarta pada hari Rabu. Erdogan diterima oleh Presiden"
         " Prabowo Subianto di istana, lalu kedua pemimpin bertemu untuk membahas perdagangan.",
         "2025-02-13", ("held", "recep-tayyip-erdogan", "prabowo-subianto", "Jakarta")),
        # German: "kommt" (comes) with the place before the clause's end ("kommt ... in Tokio mit ... zusammen").
        ("Scholz in Japan\n"
         "Am Montag kommt Bundeskanzler Olaf Scholz in Tokio mit dem japanischen Ministerpräsidenten Fumio Kishida"
         " zusammen.",
         "2022-04-25", (None, "olaf-scholz", "fumio-kishida", "Tokyo")),
        # Spanish: "almorzó con" (had lunch with) the host.
        ("Lula en Buenos Aires\n"
         "El presidente brasileño Luiz Inácio Lula da Silva almorzó con el presidente Javier Milei en Buenos Aires el"
         " lunes.",
         "2025-07-08", ("held", "luiz-inacio-lula-da-silva", "javier-milei", "Buenos Aires")),
    ],
    ids=["id-came-received", "de-kommt", "es-lunch"],
)
def test_a_languages_commonest_words_of_coming_and_being_received_are_glossed(
    world_rules: Rules, text: str, published: str, expected: tuple[str | None, str, str, str]
) -> None:
    (event,) = draft_on(world_rules, text, published).events
    status, visitor, host, city = expected
    assert (event.visitor, event.host, event.place.city) == (visitor, host, city)
    if status is not None:
        assert event.status.value == status


def test_a_countrys_name_before_a_leaders_name_is_his_given_name(world_rules: Rules) -> None:
    """Spanish "Mauricio" is Mauritius too, but "Mauricio Macri" names Argentina's president."""
    glossed = world_rules.glossary.gloss("El presidente Mauricio Macri viajó a Mauricio.", "es")
    assert glossed.startswith("El president Mauricio Macri")
    assert glossed.endswith("Mauritius.")


def test_a_meeting_set_for_a_day_and_called_off_in_portuguese(world_rules: Rules) -> None:
    """"marcada para esta quinta-feira" (set for this Thursday) "entre" (between) two leaders,
    "foi cancelada" (was called off); "os dois" (the two) say where they are."""
    event = one_event(world_rules, "Encontro cancelado\n"
                      "A reunião que estava marcada para esta quinta-feira entre o presidente Lula e o presidente da França,"
                      " Emmanuel Macron, foi cancelada. Os dois estão em Londres para a cúpula do G20.", "2023-09-19")
    assert (event.kind, event.status.value, str(event.date), event.place.city, event.leaders) == (
        "summit", "cancelled", "2023-09-21", "London", ("emmanuel-macron", "luiz-inacio-lula-da-silva")
    )


def test_a_german_summit_joined_to_its_name_by_a_hyphen_is_a_summit(world_rules: Rules) -> None:
    """"angekommen, um am G20-Gipfel teilzunehmen" (arrived to attend the G20 summit)."""
    text = "Lula in Johannesburg\nPräsident Lula ist am Freitag in Johannesburg angekommen, um am G20-Gipfel teilzunehmen."
    assert "G20 summit to attend" in world_rules.glossary.gloss(text, "de")
    (event,) = draft_on(world_rules, text, "2025-11-22").events
    assert (event.kind, event.place.city) == ("summit", "Johannesburg")


@pytest.mark.parametrize("text", [
    # French: "souhaite rencontrer" (wishes to meet), "aimerait tenir un sommet" (would like to
    # hold a summit): a wish no one has set or announced, as the English words are read.
    "Selon Pyongyang, le premier ministre japonais Fumio Kishida souhaite rencontrer Kim Jong Un.",
    "Fumio Kishida aimerait tenir un sommet avec Kim Jong Un, a dit sa porte-parole.",
    "Kim Jong Un souhaiterait rencontrer Fumio Kishida à Tokyo, selon une agence de presse de Séoul.",
    # "voudrait rencontrer" (would like to meet): the same wish, in the conditional of "vouloir".
    "Le premier ministre japonais Fumio Kishida voudrait rencontrer Kim Jong Un lors d'un sommet, à en croire la sœur"
    " du dirigeant nord-coréen, qui juge toutefois ce rendez-vous improbable tant que le Japon n'aura pas changé sa politique.",
])
def test_a_french_wish_to_meet_drafts_nothing(world_rules: Rules, text: str) -> None:
    assert draft_on(world_rules, "Kishida et Kim\n" + text, "2024-03-26").events == ()


def test_the_conditional_of_vouloir_before_meeting_is_a_wish(world_rules: Rules) -> None:
    assert world_rules.glossary.gloss("Kishida voudrait rencontrer Kim", "fr") == "Kishida would like to meet Kim"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Os dois líderes encontraram-se no ano passado em Brasília.", "pt"),
        ("Los dos líderes se reunieron el año pasado en Madrid.", "es"),
        ("I due leader si sono incontrati l'anno scorso a Roma.", "it"),
        ("Les deux dirigeants se sont rencontrés l'an dernier à Paris.", "fr"),
        ("Die beiden trafen sich im vergangenen Jahr in Berlin.", "de"),
    ],
    ids=["pt", "es", "it", "fr", "de"],
)
def test_last_year_in_another_language_is_glossed(world_rules: Rules, text: str, language: str) -> None:
    assert "last year" in world_rules.glossary.gloss(text, language)


def test_an_invitation_made_last_year_and_accepted_now_makes_one_visit_in_portuguese(world_rules: Rules) -> None:
    """"Atendendo ao convite" (accepting the invitation) made "no ano passado" (last year) at a
    summit in Brasília: that summit is past, named in passing; the visit it brings is the news."""
    text = ("Bolsonaro na Índia\n"
            "Atendendo ao convite do primeiro-ministro indiano, Narendra Modi, feito no ano passado na cúpula do Brics,"
            " em Brasília, Bolsonaro faz uma visita de Estado ao país. O presidente Jair Bolsonaro chegou a Nova Delhi"
            " neste sábado.")
    (event,) = draft_on(world_rules, text, "2020-01-25").events
    assert (event.visitor, event.place.country) == ("jair-bolsonaro", "IN")


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # Italian: "il bilaterale" (the bilateral meeting) and "l'incontro", its article run on.
        (("Giorgia Meloni a Buenos Aires per il bilaterale con il presidente Milei\n"
          "Giorgia Meloni è atterrata a Buenos Aires. In agenda la premier ha l'incontro bilaterale con il presidente"
          " Javier Milei."),
         "2024-02-10", ("visit", "held", "giorgia-meloni", "javier-milei", "Buenos Aires")),
        # Italian: the object pronoun written onto the verb ("per invitarlo in Israele", to invite him to Israel).
        (("Netanyahu chiama Milei\n"
          "Benjamin Netanyahu ha chiamato Javier Milei per fargli i complimenti e per invitarlo in Israele."),
         "2023-12-15", ("visit", "invited", "javier-milei", "benjamin-netanyahu", None)),
        # French: the guest first, "reçu par" (received by) the host.
        (("Poutine reçu par Macron à Paris\n"
          "Les deux hommes ont discuté de la Syrie et de l'Ukraine pendant plusieurs heures, selon la présidence."),
         "2024-05-10", ("visit", "held", "vladimir-putin", "emmanuel-macron", "Paris")),
    ],
    ids=["it-bilateral", "it-invite-him", "fr-received-by"],
)
def test_a_meeting_and_an_invitation_are_read_through_the_glossary(
    world_rules: Rules, text: str, published: str, expected: tuple[str, str, str, str, str | None]
) -> None:
    (event,) = draft_on(world_rules, text, published).events
    assert (event.kind, event.status.value, event.visitor, event.host, event.place.city) == expected


def test_a_visit_of_three_days_ended_on_a_day_in_french_began_two_days_before(world_rules: Rules) -> None:
    """"a achevé ... une visite officielle de trois jours" (ended a three-day official visit),
    the day opening the sentence: the visit began on the 26th; Lula received Macron at the
    Planalto, in Brasília."""
    event = one_event(world_rules, "Macron au Brésil\n"
                      "Le jeudi 28 mars, Emmanuel Macron a achevé au Brésil une visite officielle de trois jours. "
                      "Plus tôt, Lula avait reçu Macron au palais du Planalto.", "2024-03-29")
    assert (str(event.date), event.place.city, event.host) == ("2024-03-26", "Brasília", "luiz-inacio-lula-da-silva")


def test_a_plan_to_visit_told_in_russian_before_the_message_it_was_told_in_is_announced(world_rules: Rules) -> None:
    """"собирается посетить" (plans to visit), the next sentence opening in Cyrillic on the
    greetings it was said in ("Об этом говорится в поздравлении"): a visit announced, not a
    message and no visit."""
    event = one_event(
        world_rules,
        "Лукашенко готов приехать в КНДР\n"
        "Президент Белоруссии Александр Лукашенко собирается посетить КНДР в обозримом будущем. Об этом говорится"
        " в его поздравлении Ким Чен Ыну с национальным праздником.",
        "2024-09-09",
    )
    assert (event.status.value, event.visitor, event.place.country) == ("announced", "alexander-lukashenko", "KP")


def test_a_summit_then_put_off_is_read_in_russian(world_rules: Rules) -> None:
    """"договорились увидеться в Будапеште" (agreed to meet in Budapest), then "Затем саммит
    отложили" (then the summit was put off), a sentence with no article to refer back with."""
    event = one_event(
        world_rules,
        "Встреча в Будапеште откладывается\n"
        "После телефонного разговора с Владимиром Путиным Дональд Трамп сообщил, что они договорились вскоре"
        " увидеться в Будапеште. Затем саммит отложили на неопределенный срок.",
        "2025-10-25",
    )
    assert (event.status.value, event.place.city, sorted(event.leaders)) == ("postponed", "Budapest", ["donald-trump", "vladimir-putin"])


def test_a_visit_soon_told_beside_the_last_one_is_read_in_hungarian(world_rules: Rules) -> None:
    """"októberben járt utoljára Budapesten" (was last in Budapest in October, the month with
    its case ending), "de nemsokára ismét Magyarországra jön" (but will soon come to Hungary
    again): a visit announced, dated by "soon" to the page's month."""
    event = one_event(
        world_rules,
        "Erdoğan újra jön\n"
        "Recep Tayyip Erdoğan októberben járt utoljára Budapesten, de nemsokára ismét Magyarországra jön, mondta"
        " a nagykövet.",
        "2019-01-20",
    )
    assert (event.status.value, event.visitor, event.place.country, str(event.date)) == (
        "announced", "recep-tayyip-erdogan", "HU", "2019-01")


def test_an_inauguration_a_leader_will_attend_is_read_in_german(world_rules: Rules) -> None:
    """"wird ... in der Hauptstadt Brasília der Amtseinführung Lulas beiwohnen" (will attend
    Lula's inauguration in the capital, Brasília), the verb last: a ceremony in Brasília, Lula,
    sworn in days after the page, its host."""
    event = one_event(
        world_rules,
        "Steinmeier reist nach Brasilien\n"
        "Am Sonntag wird Bundespräsident Frank-Walter Steinmeier in der Hauptstadt Brasília der Amtseinführung Lulas"
        " beiwohnen. Er will damit die Partnerschaft beider Länder stärken.",
        "2022-12-29",
    )
    assert (event.kind, event.visitor, event.host, event.place.city) == (
        "ceremony", "frank-walter-steinmeier", "luiz-inacio-lula-da-silva", "Brasília")


def test_a_tour_of_five_countries_is_read_in_spanish(world_rules: Rules) -> None:
    """"hará una gira por" (will tour), "el jefe del Gobierno" (the head of government, the
    prime minister named before), "pasará por" (will stop in) five countries, the last after
    an article ("y el Reino Unido"): a visit announced to each."""
    analysis = draft_on(
        world_rules,
        "Kishida viajará a Asia y Europa\n"
        "El primer ministro de Japón, Fumio Kishida, hará una gira por Asia y Europa a fines de abril, informó el"
        " Gobierno. Un portavoz precisó que el jefe del Gobierno pasará por Indonesia, Vietnam, Tailandia, Italia y el"
        " Reino Unido.",
        "2024-04-08",
    )
    assert sorted(e.place.country for e in analysis.events) == ["GB", "ID", "IT", "TH", "VN"]


def test_names_written_in_katakana_are_read_by_their_consonants(world_rules: Rules) -> None:
    """Katakana puts a vowel after each consonant and has no l: "イスタンブール" (isutanburu) is
    Istanbul, "エルドアン" (erudoan) Erdoğan, whose "ğ" is silent; "に入り" (entered) is an arrival."""
    glossed = world_rules.glossary.gloss("安倍首相は13日、イスタンブールに入り、エルドアン大統領と会談する。", "ja")
    assert "Istanbul" in glossed and "Erdogan" in glossed
    event = one_event(
        world_rules,
        "安倍首相、トルコ訪問\n安倍晋三首相は13日夜、トルコのイスタンブールに入り、エルドアン大統領と会談した。",
        "2015-11-14",
    )
    assert (event.visitor, event.host, event.place.city) == ("shinzo-abe", "recep-tayyip-erdogan", "Istanbul")


def test_a_german_guest_thanking_for_the_invitation_reads_so(world_rules: Rules) -> None:
    """"Steinmeier dankte Moon für die Einladung" is read as thanks for the invitation; a
    "Spitzengespräch" is summit talks."""
    glossed = world_rules.glossary.gloss("Steinmeier dankte Moon für die Einladung nach dem Spitzengespräch", "de")
    assert "thanked Moon for the invitation" in glossed and "summit talks" in glossed


def test_a_hosts_trip_last_month_named_on_a_page_of_no_date_is_no_event(world_rules: Rules) -> None:
    # "em março passado" (last March): a month gone by, whatever the page's year; the
    # Portuguese "capital indiana" is New Delhi.
    text = (
        "Neste sábado, o presidente Jair Bolsonaro está na capital indiana, no segundo dia da visita oficial de Bolsonaro"
        " à Índia.\n"
        "Foi Narendra Modi quem convidou Bolsonaro, quando esteve em Brasília em março passado para uma cúpula."
    )
    analysis = analyse(text.encode(), "a.txt", world_rules, TODAY)
    (event,) = analysis.events
    assert (event.visitor, event.place.country, event.place.city) == ("jair-bolsonaro", "IN", "New Delhi")


def test_a_russian_visit_that_will_not_take_place_is_cancelled(world_rules: Rules) -> None:
    # "не состоится": the negation goes with the verb, or the visit reads as still to come.
    text = "Визит премьер-министра Японии Фумио Кисиды (Fumio Kishida) в Бразилию, который планировался заранее, не состоится."
    assert "will not take place" in world_rules.glossary.gloss(text, "ru")


@pytest.mark.parametrize(
    ("language", "text", "english"),
    [
        # Serbian in Latin letters: "stigao je u" (arrived in), "u utorak" (on Tuesday), a
        # declined name ("Putinom").
        ("sr", "Predsednik Erdogan stigao je u Moskvu u utorak na razgovore sa Putinom.",
         "President Erdogan arrived in Moscow on Tuesday na talks with Putin."),
        # Serbian in Cyrillic, the same sentence.
        ("sr", "Председник Ердоган стигао је у Москву у уторак на разговоре са Путином.",
         "President Erdogan arrived in Moscow on Tuesday на talks with Putin."),
        # Bosnian and Croatian words beside the Serbian ("doputovao", "srijeda", "predsjednik").
        ("sr", "Premijer Orban doputovao je u Peking u srijedu i sastao se sa predsjednikom.",
         "Prime minister Orbán arrived in Beijing on Wednesday and met president."),
        # Swahili: "aliwasili" (he arrived), "siku ya Jumanne" (on Tuesday).
        ("sw", "Rais Putin aliwasili jijini Beijing siku ya Jumanne kwa mazungumzo na Rais Xi Jinping.",
         "President Putin arrived in Beijing on Tuesday kwa talks and President Xi Jinping."),
        # Gujarati: the verb after the place ("મોસ્કો પહોંચ્યા", reached Moscow). A script with no
        # capitals opens each sentence's gloss with one, as the splitter reads sentences.
        ("gu", "વડાપ્રધાન મોદી મંગળવારે મોસ્કો પહોંચ્યા અને રાષ્ટ્રપતિ પુતિન સાથે મંત્રણા કરી.",
         "Prime minister Modi on Tuesday Moscow arrived and president Putin with talks કરી."),
        # Marathi: "in" written onto the city ("मॉस्कोमध्ये", in Moscow).
        ("mr", "पंतप्रधान मोदी मंगळवारी मॉस्कोमध्ये पोहोचले आणि चर्चा केली.",
         "Prime minister Modi on Tuesday in Moscow arrived and held talks."),
        # Malayalam: "in" and "with" written onto the noun ("മോസ്കോയിൽ", "പുടിനുമായി").
        ("ml", "പ്രധാനമന്ത്രി മോദി ചൊവ്വാഴ്ച മോസ്കോയിൽ എത്തി. പ്രസിഡന്റ് പുടിനുമായി ചർച്ച നടത്തി.",
         "Prime minister Modi on Tuesday in Moscow arrived. President with Putin held talks."),
        # Urdu: "کے ساتھ" (with) after the name, as Hindi puts it.
        ("ur", "منگل کو صدر پوتن کے ساتھ ملاقات کی۔", "On Tuesday president with Putin met۔"),
        # Greek: a name spelled with Greek's letter pairs ("Ερντογάν", Erdogan).
        ("el", "Ο πρόεδρος Πούτιν έφτασε στην Άγκυρα την Τρίτη για συνομιλίες με τον Ερντογάν.",
         "The president Putin arrived in Ankara on Tuesday for talks with the Erdogan."),
        # Finnish: "to" in the noun's ending ("Pekingiin", to Beijing).
        ("fi", "Presidentti Putin saapui tiistaina Pekingiin, jossa hän tapasi presidentti Xi Jinpingin.",
         "President Putin arrived on Tuesday to Beijing, where he met president Xi Jinping."),
        # Slovak: "pricestoval ... do" (arrived in), "sa stretol s" (met).
        ("sk", "Premiér Orbán pricestoval v utorok do Moskvy, kde sa stretol s prezidentom Putinom.",
         "Prime minister Orbán arrived on Tuesday to Moscow, where met president Putin."),
        # Norwegian: "ankommer" (arrives), "på besøk" (on a visit).
        ("no", "Statsminister Modi ankommer tirsdag til Moskva på besøk, og vil møte president Putin.",
         "Prime minister Modi arrives on Tuesday to Moscow on a visit, and will meet president Putin."),
        # Tagalog: a visit going on ("dumadalaw"), a meeting done ("nakipagtagpo") "kay" (with) a person.
        ("tl", "Dumadalaw sa Beijing si Pangulong Putin, at nakipagtagpo siya kay Pangulong Xi noong Martes.",
         "Is visiting Beijing si President Putin, and met he with President Xi on Tuesday."),
        # Italian: "arriva a" (arrives in), "il cancelliere" (the chancellor), a tour's "tappa" (stop).
        ("it", "Il cancelliere Scholz arriva a Roma martedì; la tappa romana segue Parigi.",
         "Il chancellor Scholz arrives in Rome on Tuesday; la stop romana segue Paris."),
    ],
    ids=["sr-latin", "sr-cyrillic", "sr-bosnian-croatian", "sw", "gu", "mr", "ml", "ur", "el", "fi", "sk", "no", "tl", "it"],
)
def test_each_language_glosses_the_words_a_visit_is_told_in(world_rules: Rules, language: str, text: str, english: str) -> None:
    assert world_rules.glossary.language_of([text], None) == language
    assert world_rules.glossary.gloss(text, language) == english


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Erdogan u Moskvi\nTurski predsednik Redžep Tajip Erdogan stigao je u Moskvu u utorak na razgovore sa Vladimirom Putinom.",
         ("held", "recep-tayyip-erdogan", "vladimir-putin", "Moscow", "2025-03-11")),
        ("Ердоган у Москви\nТурски председник Реџеп Тајип Ердоган стигао је у Москву у уторак на разговоре са Владимиром Путином.",
         ("held", "recep-tayyip-erdogan", "vladimir-putin", "Moscow", "2025-03-11")),
        ("Putin awasili Beijing\nRais Vladimir Putin wa Urusi aliwasili jijini Beijing siku ya Jumanne kwa mazungumzo na Rais Xi Jinping.",
         ("held", "vladimir-putin", "xi-jinping", "Beijing", "2025-03-11")),
        ("મોદી મોસ્કોમાં\nવડાપ્રધાન નરેન્દ્ર મોદી મંગળવારે મોસ્કો પહોંચ્યા અને રાષ્ટ્રપતિ વ્લાદિમીર પુતિન સાથે મંત્રણા કરી.",
         ("held", "narendra-modi", "vladimir-putin", "Moscow", "2025-03-11")),
    ],
    ids=["sr-latin", "sr-cyrillic", "sw", "gu"],
)
def test_a_visit_in_a_newly_glossed_language_is_drafted(
    world_rules: Rules, text: str, expected: tuple[str, str, str, str, str]
) -> None:
    (event,) = draft_on(world_rules, text, "2025-03-12").events
    assert (event.status.value, event.visitor, event.host, event.place.city, str(event.date)) == expected


@pytest.mark.parametrize("declared", ["sr", "sr-Latn", "bs", "hr", "cnr"])
def test_a_page_declaring_bosnian_croatian_or_montenegrin_is_read_as_serbian(world_rules: Rules, declared: str) -> None:
    assert world_rules.glossary.language_of(["Putin je stigao u Ankaru."], declared) == "sr"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # The short words Serbian, Slovak and Norwegian share with their neighbours ("u", "i",
        # "v", "s", "a", "i", "til") leave a page in those neighbours' languages theirs.
        ("Prezydent Duda spotkał się z premierem w Warszawie w środę i rozmawiał o handlu.", "pl"),
        ("Prezident Pavel se setkal s premiérem ve středu v Praze a jednal o obchodu.", "cs"),
        ("Statsminister Frederiksen mødtes med præsidenten i København i onsdag.", "da"),
        ("Президент Путин прибыл в Пекин во вторник и встретился с Си Цзиньпином.", "ru"),
    ],
)
def test_a_page_in_a_neighbouring_language_stays_in_its_own(world_rules: Rules, text: str, language: str) -> None:
    assert world_rules.glossary.language_of([text], None) == language


@pytest.mark.parametrize(
    ("text", "languages"),
    [
        # Turkish capitals: "İ" is "i" and "I" is "ı", which a pattern ignoring case takes for one.
        ("CUMHURBAŞKANI ERDOĞAN İSTANBUL'DA PUTİN'İ AĞIRLADI VE ZİYARET SIRASINDA GÖRÜŞTÜ", ("tr", "az", "de")),
        ("Cumhurbaşkanı Erdoğan, Rusya Devlet Başkanı Putin ile Soçi'de bir araya geldi.", ("tr", "de", "id")),
        # Greek capitals, and a final sigma beside a medial one.
        ("ΕΠΙΣΚΕΨΗ ΤΟΥ ΠΡΟΕΔΡΟΥ ΣΤΗΝ ΑΘΗΝΑ: ο πρόεδρος επισκέφθηκε τους υπουργούς", ("el", "bg", "ru")),
        ("ПРЕЗИДЕНТ ПУТИН ПРИБЫЛ В ПЕКИН С ГОСУДАРСТВЕННЫМ ВИЗИТОМ", ("ru", "uk", "bg", "sr")),
        ("الرئيس يستقبل ولي العهد في القاهرة وبالرياض", ("ar", "fa", "ur")),
        ("習近平主席が東京を訪問し、首相と会談した", ("ja", "zh")),
    ],
    ids=["tr-capitals", "tr", "el", "ru-capitals", "ar", "ja"],
)
def test_a_pages_language_is_judged_by_the_words_its_glossary_reads(
    world_rules: Rules, text: str, languages: tuple[str, ...]
) -> None:
    # The language is judged by counting each language's words in lowered text, without the
    # glossary's own pattern, which is slow to run over a page for every language: the counts
    # must be those of that pattern, capitals and all.
    glossary = world_rules.glossary
    for language in languages:
        matcher = glossary._matcher_of(language)
        if matcher is None:
            continue
        pattern, _ = matcher
        counted = glossary._counters()[language].findall(_lowered(fold_script(text)))
        assert len(counted) == len(pattern.findall(fold_script(text))), language


def test_letters_a_pattern_ignoring_case_takes_for_one_are_lowered_alike() -> None:
    extra_cases = importlib.import_module("re._casefix")._EXTRA_CASES  # the regex engine's own table of them
    for letter, others in extra_cases.items():
        assert all(_lowered(chr(letter)) == _lowered(chr(other)) for other in others), chr(letter)


def test_a_postposition_written_onto_a_word_is_read_before_it(world_rules: Rules) -> None:
    # Gujarati "રશિયામાં" (Russia-in) and "મુલાકાતે" (on a visit): a word is not cut short
    # before its vowel sign, and its ending's English goes first.
    assert world_rules.glossary.gloss("મોદી રશિયામાં", "gu") == "Modi in Russia"
    assert world_rules.glossary.gloss("પુતિનથી", "gu") == "from Putin"


def test_a_page_in_a_script_no_glossary_reads_still_has_its_names_spelled(world_rules: Rules) -> None:
    # Kannada: "Putin and Modi hold talks"; the glossary has no Kannada, the names are read.
    text = "ಪುಟಿನ್ ಮತ್ತು ಮೋದಿ ಮಾತುಕತೆ"
    assert world_rules.glossary.language_of([text], None) is None
    assert world_rules.glossary.gloss(text, None) == "Putin ಮತ್ತು Modi ಮಾತುಕತೆ"
    analysis = analyse(
        (f"{text}\nರಷ್ಯಾ ಅಧ್ಯಕ್ಷ ವ್ಲಾಡಿಮಿರ್ ಪುಟಿನ್ ಮತ್ತು ಪ್ರಧಾನಿ ನರೇಂದ್ರ ಮೋದಿ ಮಂಗಳವಾರ ದೆಹಲಿಯಲ್ಲಿ ಮಾತುಕತೆ ನಡೆಸಿದರು."
         " ಇಬ್ಬರು ನಾಯಕರು ವ್ಯಾಪಾರ, ಇಂಧನ ಮತ್ತು ರಕ್ಷಣಾ ಸಹಕಾರದ ಬಗ್ಗೆ ಚರ್ಚಿಸಿದರು ಎಂದು ಅಧಿಕಾರಿಗಳು ತಿಳಿಸಿದ್ದಾರೆ.").encode(),
        "a.txt", world_rules, TODAY, url="https://news.example.in/2024/05/14/putin-modi",
    )
    assert str(analysis.published.date) == "2024-05-14"
    assert any("no glossary of it" in warning for warning in analysis.warnings)


def test_the_portuguese_article_before_visit_is_no_plan_to_visit(world_rules: Rules) -> None:
    # "a visita de Lula" is the visit, not "to visit"; "Berlim" is Berlin.
    glossed = world_rules.glossary.gloss("A imprensa deu espaço à visita, e a visita de Lula a Berlim causou debate.", "pt")
    assert "to visit" not in glossed and "the visit de Lula" in glossed and "Berlin" in glossed


def test_a_german_state_visit_in_a_country_named_with_its_article_is_placed_there(world_rules: Rules) -> None:
    # "in der Mongolei" (in Mongolia): the country named with its article.
    text = (
        "Steinmeier reist in die Mongolei\n"
        "Am Mittwoch beginnt Bundespräsident Frank-Walter Steinmeier einen Staatsbesuch von zwei Tagen in der Mongolei."
        " In Ulan Bator trifft er den mongolischen Präsidenten Ukhnaa Khurelsukh."
    )
    (event,) = analyse(text.encode(), "a.txt", world_rules, TODAY).events
    assert (event.visitor, event.host, event.place.city) == ("frank-walter-steinmeier", "ukhnaagiin-khurelsukh", "Ulaanbaatar")


def test_a_countrys_name_with_a_case_ending_written_as_a_vowel_sign_is_the_country(world_rules: Rules) -> None:
    # Bengali "ভারতে" is India with the locative's sign: the word ends with the sign.
    assert world_rules.glossary.gloss("পুতিন ভারতে এসেছেন", "bn").split()[1] == "India"


@pytest.mark.parametrize(
    ("language", "text", "english"),
    [
        # Slovak: the verb of talks held ("rokovali"), a meeting ("schôdzka"), the White House
        # declined ("Bieleho domu") and Russia by its common name ("do Ruska").
        ("sk", "Prezidenti rokovali v utorok a schôdzka trvala dve hodiny.",
         "President held talks on Tuesday and meeting trvala dve hodiny."),
        ("sk", "Premiér pricestoval do Ruska a potom do Bieleho domu.",
         "Prime minister arrived in Russia and potom to the White House."),
        # Bulgarian: a king ("кралят"), an arrival ("пристигането"), "на" (of), "на посещение
        # в" (on a visit to) and Russia by its common name.
        ("bg", "Кралят идва на посещение в Русия; пристигането на монарха е във вторник.",
         "King comes on a visit to Russia; the arrival of the monarch е on Tuesday."),
    ],
    ids=["sk-talks", "sk-places", "bg"],
)
def test_the_slovak_and_bulgarian_words_of_talks_a_king_and_an_arrival_are_glossed(
    world_rules: Rules, language: str, text: str, english: str
) -> None:
    assert world_rules.glossary.language_of([text], None) == language
    assert world_rules.glossary.gloss(text, language) == english


@pytest.mark.parametrize(
    ("text", "expected", "published"),
    [
        ("Obama s Erdoganom rokovali o obchode\nPodľa Bieleho domu prezidenti rokovali vo štvrtok vo Washingtone.",
         ("held", "recep-tayyip-erdogan", "barack-obama", "US"), "2016-04-01"),
        ("Putin víta kráľa\nВладимир Путин, президент на Русия, приветства пристигането на крал Салман в Москва във вторник.",
         ("held", "salman-bin-abdulaziz", "vladimir-putin", "RU"), "2017-10-06"),
    ],
    ids=["sk", "bg"],
)
def test_talks_held_and_a_kings_arrival_are_drafted_in_slovak_and_bulgarian(
    world_rules: Rules, text: str, expected: tuple[str, str, str, str], published: str
) -> None:
    (event,) = draft_on(world_rules, text, published).events
    assert (event.status.value, event.visitor, event.host, event.place.country) == expected


# Whole pages in other languages, read through their glossaries.


def test_a_page_in_another_language_is_read_through_the_glossary_and_says_so(rules: Rules) -> None:
    text = "\n".join([
        "Putin já está em Pyongyang",
        "O presidente russo Vladimir Putin chegou a Pyongyang para uma visita oficial de dois dias,"
        " onde vai reunir-se com Kim Jong Un e assinar acordos de cooperação econômica e militar.",
    ])
    analysis = draft_on(rules, text, "2024-06-19")
    assert "the page is in a language other than English, and the ingester reads English: it read the page through a glossary" in " ".join(analysis.warnings)
    (event,) = analysis.events
    assert (event.kind, event.status.value, event.visitor, event.host, event.place.city) == (
        "visit", "held", "vladimir-putin", "kim-jong-un", "Pyongyang"
    )


def test_a_russian_page_names_its_leaders_in_their_declined_forms(world_rules: Rules) -> None:
    page = (
        '<html lang="ru"><head><title>Эрдоган прилетел в Сочи</title></head><body><article>'
        "<h1>Эрдоган прилетел в Сочи</h1><p>Президент Турции Реджеп Тайип Эрдоган прилетел в Сочи, где у него"
        " запланированы переговоры с российским лидером Владимиром Путиным, сообщают турецкие газеты.</p>"
        "<p>В последний раз главы двух государств встречались в Астане, на полях саммита.</p>"
        "</article></body></html>"
    )
    analysis = analyse(page.encode(), "a.html", world_rules, TODAY, published=PartialDate.parse("2023-09-04"))
    (event,) = analysis.events
    assert (event.visitor, event.host, event.place.city, event.status.value) == (
        "recep-tayyip-erdogan", "vladimir-putin", "Sochi", "held"
    )


def test_a_page_declared_in_russian_that_names_no_leader_in_english_says_so(rules: Rules) -> None:
    page = (
        '<html lang="ru"><head><title>Президент прилетел в Пхеньян</title></head><body><article>'
        "<h1>Президент прилетел в Пхеньян</h1><p>Президент прилетел в Пхеньян с официальным визитом;"
        " в ходе переговоров с лидером КНДР стороны подпишут соглашения о сотрудничестве в экономике и"
        " обороне, сообщили в Кремле во вторник вечером.</p><p>Это второй визит президента в страну за"
        " последние двадцать пять лет; первый состоялся летом двухтысячного года, вскоре после выборов.</p>"
        "</article></body></html>"
    )
    with pytest.raises(InputError, match=r"a\.html: names none of the leaders .*; the page is in Russian, and the ingester reads English: it read the page through a glossary"):
        analyse(page.encode(), "a.html", rules, TODAY)


def test_a_page_in_a_language_without_a_glossary_says_it_could_not_be_read(world_rules: Rules) -> None:
    # Estonian has no glossary: its country names (pycountry's) are read, and the editor is told.
    page = (
        '<html lang="et"><head><title>Putin saabus Hiinasse</title></head><body><article>'
        "<h1>Putin saabus Hiinasse</h1><p>Venemaa president Vladimir Putin saabus Hiina pealinna, kus ta"
        " kohtub kahe päeva jooksul president Xi Jinpingiga, teatas riigimeedia täna.</p>"
        "</article></body></html>"
    )
    analysis = analyse(page.encode(), "a.html", world_rules, TODAY, published=PartialDate.parse("2024-05-16"))
    assert (
        "the page is in Estonian, which the ingester cannot read: content/ingest-cues.yaml has no glossary of it,"
        " so only the leaders', places' and countries' names were read"
    ) in " ".join(analysis.warnings)


def test_hindi_words_put_after_the_noun_are_read_before_it(world_rules: Rules) -> None:
    # "रूस का दौरा शुरू कर दिया" (Russia's visit begun): a visit to Russia begun; "मॉस्को में": in Moscow.
    event = one_event(world_rules, "\n".join([
        "मोदी रूस पहुंचे",
        "प्रधानमंत्री नरेंद्र मोदी ने सोमवार को रूस का दौरा शुरू कर दिया है, और वे मॉस्को में राष्ट्रपति पुतिन से मिलेंगे।",
    ]), "2024-07-08")
    assert (event.visitor, event.host, event.status.value, event.place.city) == (
        "narendra-modi", "vladimir-putin", "held", "Moscow"
    )


def test_a_hindi_page_names_its_leaders_through_the_glossary(rules: Rules) -> None:
    # A minister's talks are no leaders' visit: a source entry only, but not refused.
    page = (
        '<html lang="hi"><head><title>पुतिन ने चीन के विदेश मंत्री से बातचीत की</title></head><body><article>'
        "<h1>पुतिन ने चीन के विदेश मंत्री से बातचीत की</h1><p>रूस के राष्ट्रपति व्लादिमीर पुतिन ने मंगलवार को"
        " मॉस्को में चीन के विदेश मंत्री से व्यापार और सुरक्षा के विषयों पर बातचीत की, क्रेमलिन ने बताया।</p>"
        "<p>दोनों पक्षों ने आपसी सहयोग को और मज़बूत करने पर सहमति जताई और अगली बैठक की तारीख़ तय की।</p>"
        "</article></body></html>"
    )
    analysis = analyse(page.encode(), "a.html", rules, TODAY, published=PartialDate.parse("2024-04-09"))
    assert analysis.events == ()
    assert "the page is in Hindi" in " ".join(analysis.warnings)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # Spanish, undeclared: the glossary language most of its words are in; the weekday read.
        ("Xi Jinping llega a Moscú\nEl presidente chino, Xi Jinping, llegó este lunes a Moscú para una visita de"
         " Estado de tres días, durante la cual se reunirá con el presidente ruso, Vladimir Putin, en el Kremlin.",
         "2023-03-20", ("xi-jinping", "Moscow", "2023-03-20")),
        # German, which shares "in" with English, is still no English.
        ("Scholz in Peking eingetroffen\nBundeskanzler Olaf Scholz ist zu einem Besuch in Peking eingetroffen, wo er"
         " am Dienstag mit Staats- und Parteichef Xi Jinping zusammenkommen wird. Es ist seine zweite Reise nach China.",
         "2024-04-15", ("olaf-scholz", "Beijing", "2024-04")),
        # Portuguese, with a date written out in full.
        ("Lula em Pequim\nO presidente Luiz Inácio Lula da Silva chegou a Pequim em 13 de abril de 2023 para uma visita"
         " de Estado, e vai reunir-se com o presidente Xi Jinping.", "2023-04-14",
         ("luiz-inacio-lula-da-silva", "Beijing", "2023-04-13")),
        # Italian: the city is named as the venue's ("the residence of Beijing"), the host as receiving.
        ("Xi riceve Meloni\nIl presidente cinese Xi Jinping ha accolto martedì la premier italiana Giorgia Meloni"
         " alla Residenza Diaoyutai di Pechino, dove si è incontrato con lei per i colloqui.", "2024-07-30",
         ("giorgia-meloni", "Beijing", "2024-07-30")),
        # Romanian, with a post quoted in English: the post does not make the page English.
        ("Modi a sosit la Kiev\nPremierul indian Narendra Modi a sosit vineri la Kiev cu trenul de noapte, pentru"
         " prima vizită a unui premier indian în Ucraina; îl va întâlni pe președintele Volodimir Zelenski.\n"
         "Narendra Modi (@narendramodi) on X: My thoughts are with the families who lost their children in this war.",
         "2024-08-23", ("narendra-modi", "Kyiv", "2024-08-23")),
        # Dutch: a state visit and the day the visitor arrived.
        ("Xi in Moskou\nDe Chinese president Xi Jinping is maandag aangekomen in Moskou voor een staatsbezoek van"
         " drie dagen; hij ontmoet president Vladimir Putin in het Kremlin.", "2023-03-21",
         ("xi-jinping", "Moscow", "2023-03-20")),
        # Spanish "se reunió ... con": a meeting, whatever comes between its words.
        ("Putín y Xi se reúnen en Moscú\nEl presidente ruso, Vladímir Putín, se reunió este martes con el líder"
         " chino, Xi Jinping, en Moscú.", "2023-03-21", ("xi-jinping", "Moscow", "2023-03-21")),
        # German closes its clause on the verb: the weekday before "eingetroffen" is the arrival's.
        ("Putin in Pjöngjang eingetroffen\nDer russische Präsident Wladimir Putin ist am Mittwoch in Pjöngjang"
         " eingetroffen. Er wurde am Flughafen von Machthaber Kim Jong Un empfangen.", "2024-06-19",
         ("vladimir-putin", "Pyongyang", "2024-06-19")),
        # French: a host who receives a guest at the seat of government.
        ("Macron reçoit Xi Jinping à l'Élysée\nLe président Emmanuel Macron a reçu lundi le président chinois Xi"
         " Jinping à l'Élysée pour une visite d'État de deux jours.", "2024-05-06", ("xi-jinping", "Paris", "2024-05-06")),
        # Norwegian, whose "to" (two) and "for" do not make it English; the country by pycountry's name.
        ("Modi har ankommet Russland\nStatsminister Narendra Modi gikk av flyet i Moskva i går, og skal møte"
         " president Vladimir Putin til samtaler om handel. Besøket varer i to dager.", "2024-07-09",
         ("narendra-modi", "Moscow", "2024-07-08")),
        # Swedish.
        ("Xi har anlänt till Moskva\nKinas president Xi Jinping anlände till Moskva på måndagen för ett statsbesök"
         " och träffade president Vladimir Putin i Kreml.", "2023-03-21", ("xi-jinping", "Moscow", "2023-03-20")),
        # Polish, with its cases of a name ("Zełenskim").
        ("Scholz w Kijowie\nKanclerz Olaf Scholz przybył do Kijowa w poniedziałek i spotkał się z prezydentem"
         " Wołodymyrem Zełenskim.", "2024-12-03", ("olaf-scholz", "Kyiv", "2024-12-02")),
        # German "fährt nach": the visitor travels, a guest of the host ("zu Gast bei").
        ("Erdogan zu Gast bei Orban\nDer türkische Präsident Erdogan fährt an diesem Montag nach Budapest, wo er"
         " Ungarns Premier Viktor Orban trifft.", "2022-12-19", ("recep-tayyip-erdogan", "Budapest", "2022-12-19")),
        # German spells the city "Kiew" and the president "Selenskyj".
        ("Kanzler Scholz in Kiew eingetroffen\nBundeskanzler Olaf Scholz ist am Montag mit einem Sonderzug in Kiew"
         " eingetroffen. Dort will er mit Präsident Selenskyj zusammenkommen.", "2024-12-02",
         ("olaf-scholz", "Kyiv", "2024-12-02")),
        # German writes a weekday and the part of it as one word ("am Mittwochabend", on
        # Wednesday evening; "am späten Sonntagnachmittag"): the day is that weekday's.
        ("Macron bei Scholz\nBundeskanzler Olaf Scholz hat den französischen Präsidenten Emmanuel Macron am"
         " Mittwochabend in Berlin empfangen. Die beiden sprachen über Handel.", "2023-09-22",
         ("emmanuel-macron", "Berlin", "2023-09-20")),
        ("Xi in Paris eingetroffen\nDer chinesische Präsident Xi Jinping ist am späten Sonntagnachmittag in Paris"
         " eingetroffen, wo ihn Präsident Emmanuel Macron empfing.", "2024-05-07",
         ("xi-jinping", "Paris", "2024-05-05")),
    ],
)
def test_pages_in_other_languages_are_read_through_their_glossary(
    world_rules: Rules, text: str, published: str, expected: tuple[str, str, str]
) -> None:
    (event,) = draft_on(world_rules, text, published).events
    assert (event.visitor, event.place.city, str(event.date)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Spanish accents on the leader's first name ("Vladímir") do not make him someone else.
        ("Putin visitará Corea del Norte\nEl presidente ruso, Vladímir Putin, visitará Corea del Norte el martes"
         " y el miércoles por invitación de Kim Jong-un, informó el Kremlin este lunes.",
         ("confirmed", "2024-06-18", "kim-jong-un")),
        # German: a trip put off for good ("auf unbestimmte Zeit verschoben") has no day; the day
        # the Kremlin said so ("teilte ... am Montag mit") is the report's, not the trip's.
        ("Kims Moskau-Reise verschoben\nDer geplante Besuch von Machthaber Kim Jong Un in Moskau, wo er Präsident"
         " Wladimir Putin treffen sollte, ist auf unbestimmte Zeit verschoben worden, teilte der Kreml am Montag mit.",
         ("postponed", "None", "vladimir-putin")),
        # Portuguese: an invitation with no time given.
        ("Putin convida Kim\nO presidente Vladimir Putin convidou Kim Jong-un a visitar a Rússia, informou a agência"
         " KCNA nesta segunda-feira.", ("invited", "None", "vladimir-putin")),
        # Italian: a trip put off "to a date to be set".
        ("Rinviata la visita di Kim a Mosca\nLa visita di Kim Jong-un a Mosca, dove doveva incontrare Vladimir Putin,"
         " è stata rinviata a data da destinarsi, ha detto il Cremlino lunedì.", ("postponed", "None", "vladimir-putin")),
        # German: a trip ahead, "nach" a country.
        ("Putin reist nach Nordkorea\nKremlchef Wladimir Putin wird am Dienstag zu einem zweitägigen Staatsbesuch"
         " nach Nordkorea reisen und Machthaber Kim Jong Un treffen, teilte der Kreml mit.",
         ("confirmed", "2024-06-18", "kim-jong-un")),
    ],
)
def test_plans_on_pages_in_other_languages(rules: Rules, text: str, expected: tuple[str, str, str]) -> None:
    (event,) = draft_on(rules, text, "2024-06-17").events
    assert (event.status.value, str(event.date), event.host) == expected


@pytest.mark.parametrize(
    "last_lines",
    [
        # Italian "come" is "how": left as it is, it reads as the English "come" of a trip.
        ["Il presidente Xi Jinping ha chiesto ieri come stesse a Mosca il \"compagno Putin\"."],
        # A list of other stories under a heading in Italian: its headlines are no news of this page.
        ["Il presidente Vladimir Putin ha detto che i rapporti con Pechino sono buoni.", "Leggi anche:",
         "Xi Jinping incontra a New York il presidente Biden"],
    ],
)
def test_a_ministers_trip_on_an_italian_page_is_no_leaders_visit(world_rules: Rules, last_lines: list[str]) -> None:
    analysis = draft_on(world_rules, "\n".join([
        "Wang Yi a Mosca",
        "Il ministro degli Esteri cinese Wang Yi è arrivato a Mosca per colloqui con il collega russo.",
        *last_lines,
    ]), "2024-04-09")
    assert analysis.events == ()


def test_a_french_page_names_putin_as_poutine_and_cancels_a_rencontre(world_rules: Rules) -> None:
    event = one_event(world_rules, "\n".join([
        "Macron annule sa rencontre avec Poutine à Pékin",
        "Emmanuel Macron a annulé l'entretien prévu avec Vladimir Poutine en marge du sommet à Pékin.",
    ]), "2024-05-02")
    assert (event.status.value, sorted(event.leaders), event.place.city) == (
        "cancelled", ["emmanuel-macron", "vladimir-putin"], "Beijing"
    )


def test_a_turkish_page_is_read_through_its_glossary(world_rules: Rules) -> None:
    # Turkish puts its endings after an apostrophe ("Putin'i", "Türkiye'ye"): those forms are listed.
    event = one_event(world_rules, "\n".join([
        "Erdoğan Putin'i davet etti",
        "Cumhurbaşkanı Recep Tayyip Erdoğan, Rusya Devlet Başkanı Vladimir Putin'i yeniden Türkiye'ye davet etti.",
    ]), "2024-02-20")
    assert (event.status.value, event.visitor, event.host, event.place.country) == (
        "invited", "vladimir-putin", "recep-tayyip-erdogan", "TR"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Путин провёл телефонный разговор с Си Цзиньпином\nПрезидент России Владимир Путин во вторник провёл"
        " телефонный разговор с председателем КНР Си Цзиньпином, который встретил его в Пекине в мае.",
        "Lula e Xi conversam por videoconferência\nO presidente Luiz Inácio Lula da Silva e o presidente Xi Jinping"
        " conversaram nesta terça-feira por videoconferência sobre a visita de Lula a Pequim.",
    ],
)
def test_a_call_in_another_language_is_no_visit(world_rules: Rules, text: str) -> None:
    assert draft_on(world_rules, text, "2024-04-09").events == ()


def test_a_hindi_page_names_trump_and_his_meeting_through_the_glossary(world_rules: Rules) -> None:
    # "ट्रंप और पुतिन की बैठक" (Trump and Putin's meeting); "एंकोरेज शहर में" (in the city of Anchorage).
    event = one_event(world_rules, "\n".join([
        "पुतिन और ट्रंप की बैठक की अंदर की कहानी",
        "अलास्का के एंकोरेज शहर में दोनों देशों के बीच लंबी बातचीत हुई, पर कोई समझौता नहीं हुआ।",
    ]), "2025-08-16")
    assert sorted(event.leaders) == ["donald-trump", "vladimir-putin"]
    assert (event.place.city, event.place.country) == ("Anchorage", "US")


def test_a_hindi_meeting_in_the_oval_office_is_a_visit_to_washington(world_rules: Rules) -> None:
    # "ओवल ऑफिस में" (in the Oval Office): the president's office places the meeting in Washington,
    # as the English name does; the guest "came on a visit to America" (अमेरिका दौरे पर आए).
    event = one_event(world_rules, "\n".join([
        "ट्रंप और मोदी की मुलाकात",
        "ओवल ऑफिस में राष्ट्रपति ट्रंप ने अमेरिका दौरे पर आए प्रधानमंत्री नरेंद्र मोदी से लंबी बातचीत की।",
    ]), "2025-02-14")
    assert (event.kind, event.visitor, event.host, event.place.city) == ("visit", "narendra-modi", "donald-trump", "Washington")


def test_a_leader_the_glossary_does_not_list_is_read_from_another_script_by_his_name(world_rules: Rules) -> None:
    # "Милей" (and its declined "Милея") is Milei spelled in Cyrillic; no glossary lists him.
    page = (
        '<html lang="ru"><head><title>Милей прилетел в Израиль</title></head><body><article>'
        "<h1>Милей прилетел в Израиль</h1><p>Самолёт Хавьера Милея приземлился в Израиле в среду днём;"
        " это первая зарубежная поездка аргентинского президента на Ближний Восток, сообщили журналисты.</p>"
        "</article></body></html>"
    )
    analysis = analyse(page.encode(), "a.html", world_rules, TODAY, published=PartialDate.parse("2024-02-07"))
    assert [(e.visitor, e.place.country, e.status.value) for e in analysis.events] == [("javier-milei", "IL", "held")]


def test_a_hindi_name_missing_a_vowel_the_script_leaves_unwritten_is_still_the_leaders(world_rules: Rules) -> None:
    # "मेलोनी" spells Meloni; "ओर्बन" spells Orban, its short vowel unwritten (orbn).
    spelled = world_rules.glossary.gloss("मेलोनी और ओर्बन ने बातचीत की", "hi")
    assert spelled == "Meloni और Orbán ने talks की"
    assert world_rules.glossary.gloss("कल बाजार बंद रहा", "hi") == "Yesterday बाजार बंद रहा"


def test_a_main_clause_in_german_order_places_the_visit_after_its_subject(world_rules: Rules) -> None:
    # "Als letzte Station ... besuchte Xi Ungarn": the verb, the visitor, then the country;
    # the stops before it, in a clause of their own, are not this visit's place.
    page = (
        '<html lang="de"><head><title>Xi in Ungarn</title></head><body><article><h1>Xi in Ungarn</h1>'
        "<p>Als letzte Station seiner Reise, die ihn vorher nach Frankreich und Serbien geführt hatte, besuchte"
        " Xi Jinping Ungarn.</p><p>In Budapest empfing ihn Orban am Donnerstag zu Gesprächen über Handel und Bahnbau.</p>"
        "</article></body></html>"
    )
    analysis = analyse(page.encode(), "a.html", world_rules, TODAY, published=PartialDate.parse("2024-05-09"))
    assert [(e.visitor, e.place.country) for e in analysis.events] == [("xi-jinping", "HU")]


@pytest.mark.parametrize(
    ("language", "text"),
    [("it", "il re Salman ha ricevuto"), ("es", "el rey Salman recibió"), ("pt", "o rei Salman recebeu"), ("fr", "le roi Salman a reçu")],
)
def test_a_king_named_by_his_title_in_another_language_is_the_leader(world_rules: Rules, language: str, text: str) -> None:
    glossed = world_rules.glossary.gloss(text, language)
    assert [hit.value for hit in world_rules.names.find(glossed)] == ["salman-bin-abdulaziz"]


def test_a_hindi_page_reads_a_womans_arrival_and_the_white_house(world_rules: Rules) -> None:
    # "पहुंचीं": arrived, as said of a woman; "की यात्रा पर हैं": is on a visit to; "व्हाइट हाउस": the White House.
    event = one_event(world_rules, "\n".join([
        "मेलोनी व्हाइट हाउस पहुंचीं",
        "इटली की प्रधानमंत्री मेलोनी इन दिनों अमेरिका की यात्रा पर हैं. व्हाइट हाउस में उन्होंने ट्रंप से मुलाकात की.",
    ]), "2025-04-18")
    assert (event.visitor, event.host, event.status.value, str(event.date), event.place.city) == (
        "giorgia-meloni", "donald-trump", "held", "2025-04-18", "Washington"
    )


def test_a_name_another_language_spells_in_latin_letters_is_the_leaders(world_rules: Rules) -> None:
    # German's "Medwedew", "Lukaschenko", Spanish's "Zelenski", a genitive "Trumps": no glossary lists them.
    glossed = world_rules.glossary.gloss("Medwedew, Lukaschenko und Zelenski lasen Trumps Brief", "de")
    assert [hit.value for hit in world_rules.names.find(glossed)] == [
        "dmitry-medvedev", "alexander-lukashenko", "volodymyr-zelensky", "donald-trump"
    ]


@pytest.mark.parametrize(
    ("language", "text", "status"),
    [
        ("ru", "Путин отложил визит в Турцию", "postponed"),
        ("ru", "Путин отменил поездку в Турцию", "cancelled"),
        ("ru", "Эрдоган пригласил Путина в Турцию", "invited"),
        ("hi", "पुतिन की तुर्की यात्रा स्थगित", "postponed"),
        ("hi", "पुतिन की तुर्की यात्रा रद्द", "cancelled"),
    ],
)
def test_russian_and_hindi_pages_read_a_trip_put_off_called_off_or_invited(world_rules: Rules, language: str, text: str, status: str) -> None:
    glossed = world_rules.glossary.gloss(text, language)
    assert [hit.value.value for hit in world_rules.status.find(glossed) if hit.value] == [status]


def test_a_date_line_in_the_pages_language_dates_the_page(rules: Rules) -> None:
    page = (
        '<html lang="it"><head><title>Kim in Russia</title></head><body><article><h1>Kim in Russia</h1>'
        "<p>8 Luglio 2026_ Il leader nordcoreano Kim Jong Un è arrivato a Mosca per una visita e ha incontrato"
        " il presidente Vladimir Putin al Cremlino, dove i due hanno parlato di commercio e di sicurezza.</p>"
        "</article></body></html>"
    )
    analysis = analyse(page.encode(), "a.html", rules, dt.date(2026, 9, 1))
    assert str(analysis.source.published) == "2026-07-08"


def test_a_russian_caption_of_a_chancellors_first_trip_to_moscow_is_his_visit(world_rules: Rules) -> None:
    # "Шольц" spells Scholz with ц (ts); "приехал в Москву" (came to Moscow, the accusative);
    # the second sentence opens with "С" (with), which stays a sentence's first word.
    page = (
        '<html lang="ru"><head><title>Канцлер Германии у Путина</title></head><body><article>'
        "<h1>Канцлер Германии у Путина</h1><p>Канцлер Олаф Шольц впервые приехал в Москву, где обсуждали газ и"
        " войска у границы. С Путиным Шольц уже встречались, когда он был министром финансов.</p>"
        "</article></body></html>"
    )
    analysis = analyse(page.encode(), "a.html", world_rules, TODAY, published=PartialDate.parse("2022-02-15"))
    (event,) = analysis.events
    assert (event.visitor, event.host, event.place.city, event.status.value, event.kind) == (
        "olaf-scholz", "vladimir-putin", "Moscow", "held", "visit"
    )


def test_a_russian_item_tells_a_visit_an_invitation_and_an_acceptance_apart(world_rules: Rules) -> None:
    # "в Москву" is "to Moscow", "в Казани" "in Kazan"; "Улан-Батор" is Ulan Bator, hyphen and
    # all; "Кроме того" (besides) names no Togo; Kazan, accepted for October, is a trip of its
    # own beside the invitation to Moscow, which gives no time.
    text = "\n".join([
        "Путин позвал президента Монголии в Москву",
        "Владимир Путин пригласил Ухнаагийна Хурэлсуха в Москву на торжества в честь годовщины Победы.",
        "Кроме того, Хурэлсух согласился приехать на встречу лидеров, которая состоится в октябре в Казани.",
        "Российский президент прилетел в Улан-Батор 2 сентября и провел переговоры с Хурэлсухом.",
    ])
    events = sorted(draft_on(world_rules, text, "2024-09-03").events, key=lambda e: e.place.city or "")
    assert [(e.place.city, e.status.value, e.visitor, str(e.date) if e.date else "unknown") for e in events] == [
        ("Kazan", "confirmed", "ukhnaagiin-khurelsukh", "2024-10"),
        ("Moscow", "invited", "ukhnaagiin-khurelsukh", "unknown"),
        ("Ulaanbaatar", "held", "vladimir-putin", "2024-09-02"),
    ]
    assert events[1].kind == "ceremony"


def test_a_russian_leader_who_has_set_off_is_on_a_confirmed_visit(world_rules: Rules) -> None:
    # "отправился в Пекин": has set off for Beijing (the accusative: to), for talks to come.
    event = one_event(world_rules, "\n".join([
        "Путин отправился в Пекин",
        "Владимир Путин отправился в Пекин, где в четверг проведёт переговоры с Си Цзиньпином.",
    ]), "2024-05-15")
    assert (event.visitor, event.host, event.place.city, event.status.value) == (
        "vladimir-putin", "xi-jinping", "Beijing", "confirmed"
    )


@pytest.mark.parametrize(
    ("lead", "status", "kind"),
    [
        # "принял приглашение": accepted the invitation (not "received" it).
        ("Нарендра Моди принял приглашение Владимира Путина приехать в Москву на парад Победы в мае.", "confirmed", "ceremony"),
    ],
)
def test_russian_words_of_accepting(world_rules: Rules, lead: str, status: str, kind: str) -> None:
    event = one_event(world_rules, "\n".join(["Моди и Путин", lead]), "2025-03-20")
    assert (event.visitor, event.host, event.place.city, event.status.value, event.kind) == (
        "narendra-modi", "vladimir-putin", "Moscow", status, kind
    )


def test_russian_leaders_who_phoned_drafts_no_visit(world_rules: Rules) -> None:
    # "созвонились": they phoned; the visit they spoke of is no visit made.
    analysis = draft_on(world_rules, "\n".join([
        "Моди и Путин созвонились",
        "Нарендра Моди и Владимир Путин созвонились и обсудили визит в Москву и торговлю.",
    ]), "2025-03-20")
    assert analysis.events == ()


def test_a_russian_month_in_its_locative_dates_the_visit(world_rules: Rules) -> None:
    # "в мае": in May (the locative, which the other months' stems already cover).
    event = one_event(world_rules, "Си Цзиньпин посетит Москву\nПредседатель КНР Си Цзиньпин посетит Москву в мае, где проведет переговоры о торговле,"
        " сообщили в Кремле во вторник.", "2024-03-01")
    assert (event.place.city, event.status.value, str(event.date)) == ("Moscow", "announced", "2024-05")


@pytest.mark.parametrize(
    "text",
    [
        "Steinmeier en Moscú\nEl ministro de Relaciones Exteriores alemán Frank-Walter Steinmeier visitará Moscú"
        " el lunes, informó el Kremlin.\nLas conversaciones con su homólogo ruso tratarán de Ucrania.",
        "Steinmeier la Moscova\nMinistrul de externe Frank-Walter Steinmeier va face o vizită la Moscova luni,"
        " a anunțat Kremlinul.\nDiscuțiile vor fi despre Ucraina.",
        "Steinmeier v Moskvě\nMinistr zahraničí Německa Frank-Walter Steinmeier přiletěl do Moskvy v pondělí."
        "\nJednání se týkají Ukrajiny.",
    ],
)
def test_a_leader_named_in_a_ministers_office_in_another_language_makes_a_ministers_trip(world_rules: Rules, text: str) -> None:
    """Through its page's glossary, and all through the page: the headline's bare name is the minister too."""
    analysis = draft_on(world_rules, text, "2014-11-17")
    assert analysis.events == ()


def test_a_hebrew_meeting_soon_agreed_in_a_call_is_a_visit_announced(world_rules: Rules) -> None:
    """"ייפגשו" (they will meet), "בקרוב" (soon), "פגישת עבודה" (a working meeting): the call
    is no visit, the meeting they agreed on in it is, undated."""
    analysis = draft(world_rules, "\n".join([
        "נתניהו ופוטין שוחחו בטלפון",
        "ראש הממשלה בנימין נתניהו ונשיא רוסיה ולדימיר פוטין קיימו שיחת טלפון על המצב בסוריה.",
        "בסוף השיחה סוכם ביניהם שבקרוב ייפגשו השניים ברוסיה לפגישת עבודה.",
    ]))
    assert [(e.place.country, e.status.value, e.date, e.visitor, e.host) for e in analysis.events] == [
        ("RU", "announced", None, "benjamin-netanyahu", "vladimir-putin")
    ]


def test_an_indonesian_last_time_met_is_a_look_back(world_rules: Rules) -> None:
    """"Terakhir kali kedua pemimpin bertemu" (the last time the two leaders met) tells of an
    older meeting, as "the last time" does: only the meeting to come is drafted."""
    analysis = draft_on(world_rules, "\n".join([
        "Moon akan bertemu Trump di Argentina",
        "Presiden Moon Jae-in akan bertemu Presiden Donald Trump pekan ini di sela-sela KTT G20 di Argentina.",
        "Terakhir kali kedua pemimpin bertemu adalah pada bulan September di New York, ketika Sidang Umum PBB berlangsung.",
    ]), "2018-11-27")
    assert [e.place.country for e in analysis.events] == ["AR"]


def test_a_hebrew_page_reads_the_korean_leader_and_vladivostok(rules: Rules) -> None:
    event = one_event(rules, "\n".join([
        "ולדימיר פוטין, נשיא רוסיה, נפגש ביום חמישי בוולדיווסטוק עם מנהיג צפון קוריאה קים ג'ונג און.",
        "השניים נועדו באוניברסיטה שבעיר, והמפגש נפתח בלחיצת יד.",
        "קים הגיע לעיר אתמול ברכבת.",
    ]), "2019-04-25")
    assert (event.place.city, set(event.leaders), event.visitor) == (
        "Vladivostok", {"vladimir-putin", "kim-jong-un"}, "kim-jong-un"
    )


def test_a_russian_visit_put_off_keeps_the_day_it_was_due_to_begin(world_rules: Rules) -> None:
    event = one_event(world_rules, "\n".join([
        "Визит Лукашенко в Бишкек откладывается",
        "Государственный визит Александра Лукашенко в Бишкек, который должен был начаться в среду,"
        " откладывается на более поздний срок, сообщил во вторник МИД.",
        "Новые даты визита пока не определены.",
    ]), "2002-11-19")
    assert (event.status.value, event.date, event.place.city) == ("postponed", PartialDate.parse("2002-11-20"), "Bishkek")


def test_a_spanish_meeting_this_morning_at_the_seat_of_government_is_held_there(world_rules: Rules) -> None:
    """Spanish "esta mañana" is this morning, not tomorrow ("mañana"); "en la" is "in the",
    so that a seat of government the gazetteer lists (the Casa Rosada) places the meeting."""
    text = (
        "Milei y Meloni, juntos\n"
        "En su primera visita oficial a Argentina, la primera ministra Giorgia Meloni y el presidente Javier Milei"
        " mantuvieron esta mañana una reunión en la Casa Rosada sobre comercio."
    )
    (event,) = draft_on(world_rules, text, "2024-11-20").events
    assert (event.kind, event.status.value, event.visitor, event.host, event.place.city, event.place.country) == (
        "visit", "held", "giorgia-meloni", "javier-milei", "Buenos Aires", "AR"
    )


def test_an_italian_visit_shown_on_telegram_with_the_visitor_arrived_today_is_held(world_rules: Rules) -> None:
    """Italian's "su Telegram" is where a video was posted, no telegram; the feminine "arrivata"
    is "arrived" as the masculine is; "presidente del Consiglio" is the prime minister."""
    text = (
        "Meloni a Kiev\n"
        "Su Telegram il presidente ucraino Volodymyr Zelensky mostra il video della visita a Kiev della presidente"
        " del Consiglio Giorgia Meloni, arrivata oggi per una giornata di incontri sul sostegno militare."
    )
    (event,) = draft_on(world_rules, text, "2023-02-21").events
    assert (event.kind, event.status.value, event.visitor, event.host, event.place.city, str(event.date)) == (
        "visit", "held", "giorgia-meloni", "volodymyr-zelensky", "Kyiv", "2023-02-21"
    )


def test_an_albanian_page_is_read_through_its_glossary(rules: Rules) -> None:
    """Albanian's nouns carry their article as an ending ("takimin", the meeting): its words of
    visit and meeting, its weekdays and its capitals are read."""
    page = (
        '<html lang="sq"><head><title>Putin në Phenian</title></head><body><article>'
        "<h1>Putin në Phenian</h1><p>Të mërkurën, presidenti Vladimir Putin mbërriti në Phenian, ku u takua me"
        " udhëheqësin Kim Jong Un për bisedime mbi bashkëpunimin ushtarak dhe ekonomik mes dy vendeve.</p>"
        "</article></body></html>"
    )
    analysis = analyse(page.encode(), "a.html", rules, TODAY, published=PartialDate.parse("2024-06-19"))
    (event,) = analysis.events
    assert (event.status.value, event.visitor, event.host, event.place.city, str(event.date)) == (
        "held", "vladimir-putin", "kim-jong-un", "Pyongyang", "2024-06-19"
    )
    assert not any("cannot read" in warning for warning in analysis.warnings)


def test_a_bengali_page_is_read_through_its_glossary(world_rules: Rules) -> None:
    """Bengali writes no capitals and its case endings onto the noun: leaders' names are read
    as its letters spell them, the capitals listed with their "in" ("মস্কোতে", in Moscow)."""
    page = (
        '<html lang="bn"><head><title>মোদী মস্কোতে</title></head><body><article><h1>মোদী মস্কোতে</h1>'
        "<p>সোমবার প্রধানমন্ত্রী নরেন্দ্র মোদী মস্কোতে এসে পৌঁছেছেন, সেখানে রাষ্ট্রপতি ভ্লাদিমির পুতিন তাঁকে স্বাগত"
        " জানান এবং দুই নেতা বাণিজ্য নিয়ে আলোচনায় বসলেন।</p></article></body></html>"
    )
    analysis = analyse(page.encode(), "a.html", world_rules, TODAY, published=PartialDate.parse("2024-07-08"))
    (event,) = analysis.events
    assert (event.kind, event.status.value, event.visitor, event.host, event.place.city, str(event.date)) == (
        "visit", "held", "narendra-modi", "vladimir-putin", "Moscow", "2024-07-08"
    )


def test_an_anusvara_before_a_consonant_spells_the_nasal_of_its_place(world_rules: Rules) -> None:
    # Devanagari writes the "n" of "Lukashenko" as the anusvara; before a labial it is an "m".
    assert "Lukashenko" in world_rules.glossary.gloss("राष्ट्रपति लुकाशेंको दिल्ली में", "hi").split()


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # Hindi: a leader who "came to India" ("भारत आए") is welcomed ("अगवानी") by its host.
        ("मोदी ने की अगवानी\nनई दिल्ली: दो दिन के दौरे पर भारत आए राष्ट्रपति लुकाशेंको की अगवानी हवाई अड्डे पर मोदी ने की।",
         "2017-09-12", ("visit", "alexander-lukashenko", "New Delhi", "IN")),
        # Turkish: "in" and "to" are written onto a place after an apostrophe ("Osaka'da").
        ("Erdoğan Japonya yolunda\nCumhurbaşkanı Erdoğan, Osaka'da yapılacak G20 Zirvesi'ne katılmak için bu sabah yola çıktı."
         "\nErdoğan, zirvede ticaret ve iklim konularını ele alacaklarını söyledi.",
         "2019-06-27", ("summit", "recep-tayyip-erdogan", "Osaka", "JP")),
        # Spanish: an arrival ("arribo") in the city of ("ciudad de") a summit's host city.
        ("El arribo de Moon\nEl presidente Moon Jae-in arribó a la ciudad de Buenos Aires para la cumbre del G20.",
         "2018-11-29", ("summit", "moon-jae-in", "Buenos Aires", "AR")),
    ],
    ids=["hi-welcome", "tr-suffix", "es-arribo"],
)
def test_an_arrival_told_by_a_suffix_or_a_word_the_glossary_lacked_is_drafted(
    world_rules: Rules, text: str, published: str, expected: tuple[str, str, str, str]
) -> None:
    (event,) = draft_on(world_rules, text, published).events
    kind, leader, city, country = expected
    assert (event.kind, leader in event.leaders, event.place.city, event.place.country) == (kind, True, city, country)


def test_a_hindi_day_of_the_month_alone_reads_as_the_nth(world_rules: Rules) -> None:
    """"14 तारीख को" (on date 14), "14 तारीख की शाम" (the evening of the 14th): "on the 14th"."""
    assert "on the 14th" in world_rules.glossary.gloss("राष्ट्रपति 14 तारीख को दिल्ली पहुंचे।", "hi")
    assert "on the 3rd" in world_rules.glossary.gloss("वे 3 तारीख़ की शाम को लौटे।", "hi")


def test_a_hindi_day_of_the_month_dates_the_arrival(world_rules: Rules) -> None:
    (event,) = draft_on(world_rules, (
        "पुतिन भारत पहुंचे\n"
        "रूसी राष्ट्रपति व्लादिमीर पुतिन 14 तारीख को नई दिल्ली पहुंचे, जहां प्रधानमंत्री नरेंद्र मोदी ने उनका स्वागत किया।"
    ), "2024-05-14").events
    assert (event.status.value, str(event.date)) == ("held", "2024-05-14")


@pytest.mark.parametrize(
    "phrase", ["desta quarta-feira", "quarta-feira", "nesta quarta", "na manhã desta quarta-feira (6)"],
)
def test_a_portuguese_weekday_with_or_without_its_article_is_that_day(world_rules: Rules, phrase: str) -> None:
    assert "on Wednesday" in world_rules.glossary.gloss(f"O presidente chegou a Lisboa {phrase}.", "pt")


def test_the_spanish_morning_is_no_tomorrow(world_rules: Rules) -> None:
    """"por la mañana" is in the morning; "mañana" alone is tomorrow."""
    glossed = world_rules.glossary.gloss("La reunión fue el domingo por la mañana y la cena será mañana.", "es")
    assert "in the morning" in glossed and glossed.count("tomorrow") == 1


def test_a_spanish_weekday_alone_is_that_day_and_santo_domingo_stays_a_city(world_rules: Rules) -> None:
    glossed = world_rules.glossary.gloss("Tras la cena del lunes, el presidente viajó a Santo Domingo.", "es")
    assert "on Monday" in glossed and "Santo Domingo" in glossed


@pytest.mark.parametrize(
    ("text", "language", "status"),
    [
        ("Putin adia a viagem a Pequim\nO presidente Vladimir Putin decidiu adiar a sua visita a Pequim, onde Xi Jinping o"
         " receberia em maio.", "pt", "postponed"),
        ("Xi cancela su visita a Moscú\nXi Jinping decidió cancelar la visita a Moscú prevista para mayo, donde iba a"
         " reunirse con Vladimir Putin.", "es", "cancelled"),
        ("Xi annulla la visita a Mosca\nXi Jinping annulla il viaggio a Mosca, dove in maggio doveva incontrare"
         " Vladimir Putin.", "it", "cancelled"),
        ("Xi reporte sa visite à Moscou\nXi Jinping reporte sa visite à Moscou, où Vladimir Putin devait le recevoir en"
         " mai.", "fr", "postponed"),
        ("Xi verschiebt Reise nach Moskau\nXi Jinping verschiebt seinen Besuch in Moskau, wo ihn Wladimir Putin im Mai"
         " empfangen sollte.", "de", "postponed"),
    ],
    ids=["pt", "es", "it", "fr", "de"],
)
def test_a_visit_called_off_or_put_back_in_another_language_reads_so(
    world_rules: Rules, text: str, language: str, status: str
) -> None:
    # The verbs of calling off and putting back in their present and infinitive, not only
    # their participles: "adia", "decidió cancelar", "annulla", "reporte", "verschiebt".
    (event,) = draft_on(world_rules, text, "2024-04-10").events
    assert event.status.value == status


@pytest.mark.parametrize(
    ("language", "text", "english"),
    [
        # Hungarian writes "to" and "in" onto a country's name, lengthening its last vowel.
        ("hu", "Orbán Viktor Indiába utazott", "Viktor Orbán to India travelled"),
        ("hu", "Orbán Viktor Kínában tárgyal", "Viktor Orbán in China holds talks"),
        # Turkish writes them after an apostrophe, whichever apostrophe the page uses.
        ("tr", "Erdoğan Birleşik Krallık'ta", "Erdogan in United Kingdom"),
        ("tr", "Erdoğan Japonya’ya gitti", "Erdogan to Japan went to"),
    ],
)
def test_a_case_ending_written_onto_a_countrys_name_reads_as_its_preposition(
    world_rules: Rules, language: str, text: str, english: str
) -> None:
    assert world_rules.glossary.gloss(text, language) == english


def test_a_turkish_reception_is_no_kabul(world_rules: Rules) -> None:
    # "kabul edildi" (was received): the Afghan capital is "Kabil" in Turkish.
    text = "Başbakan Modi, Kral Charles tarafından kabul edildi."
    assert "Kabul" not in world_rules.glossary.gloss(text, "tr")


@pytest.mark.parametrize(
    ("text", "english"),
    [
        # A case ending that replaces a place's last vowel: "u Hirošimu" (to Hiroshima).
        ("Premijer Modi će otići u Hirošimu", "Prime minister Modi će go to Hiroshima"),
        ("Modi je bio u Hirošimi", "Modi je bio in Hiroshima"),
    ],
)
def test_a_name_whose_last_vowel_a_case_ending_replaces_is_still_the_name(world_rules: Rules, text: str, english: str) -> None:
    assert world_rules.glossary.gloss(text, "sr") == english


def test_a_short_name_keeps_its_vowel_against_other_words(world_rules: Rules) -> None:
    # A stem of four letters is shared by too many words: "Romi" is no Rome.
    assert "Rome" not in world_rules.glossary.gloss("Romi je otišao", "sr")


def test_a_name_in_another_vowel_than_a_is_no_case_of_an_english_name(world_rules: Rules) -> None:
    # Italian's "Argentina" is no case ending on "Argentine", which English names a country by.
    assert "Argentine" not in world_rules.glossary.gloss("Il presidente è arrivato in Argentina", "it")


def test_an_invitation_a_mongolian_letter_carries_is_drafted(world_rules: Rules) -> None:
    # The verb comes last: "айлчлахыг урьжээ" (invited to visit), after the place it names.
    event = one_event(world_rules, "\n".join([
        "Ерөнхийлөгч Хүрэлсүх захидал илгээв",
        "Ерөнхийлөгч Хүрэлсүх шинэ жилийн баярын мэндчилгээ бүхий захидал илгээж, хоёр улсын харилцаа, хамтын ажиллагааны талаар өгүүлжээ.",
        "Ерөнхийлөгч Хүрэлсүх захидалдаа Ерөнхийлөгч Путиныг Монгол Улсад айлчлахыг урьжээ.",
    ]), "2024-02-20")
    assert (event.status.value, event.visitor, event.host, event.place.country) == (
        "invited", "vladimir-putin", "ukhnaagiin-khurelsukh", "MN"
    )


def test_a_mongolian_arrival_is_a_visit_held(world_rules: Rules) -> None:
    event = one_event(world_rules, "\n".join([
        "Путин Улаанбаатарт хүрэлцэн ирлээ",
        "ОХУ-ын Ерөнхийлөгч Путин өнөөдөр Улаанбаатарт хүрэлцэн ирлээ. Ерөнхийлөгч Хүрэлсүх түүнийг хүлээн авч уулзав.",
    ]), "2024-09-03")
    assert (event.status.value, event.visitor, event.place.country) == ("held", "vladimir-putin", "MN")


def test_urdu_met_in_the_singular_and_a_handshake_name_no_leader(world_rules: Rules) -> None:
    # "ملا" (met, of one) is a verb; "ہاتھ ملانے" (shaking hands) is no Meloni.
    glossed = world_rules.glossary.gloss("وزیر اعظم مودی دہلی میں صدر سے ملا اور ہاتھ ملانے کے بعد", "ur")
    assert {"Modi", "Delhi", "met", "shaking", "hands"} <= set(glossed.split()) and "Meloni" not in glossed


def test_an_arabic_arrival_to_attend_a_summit_in_brussels_is_read(world_rules: Rules) -> None:
    # "وصوله" (his arrival) as a noun, "لحضور" (to attend), Brussels in Arabic letters.
    glossed = world_rules.glossary.gloss("قال الرئيس ماكرون لدى وصوله الى بروكسل لحضور القمة", "ar")
    assert {"arrival", "Brussels", "attending"} <= set(glossed.split())


def test_a_declined_name_is_read_as_a_place_only_after_to_or_in(world_rules: Rules) -> None:
    # "u Hirošimu" is where someone goes; "kritizuje Ankaru" names a capital as the one criticised,
    # and read as Ankara it would place talks held in Washington there.
    assert "Hiroshima" in world_rules.glossary.gloss("Prezident ide u Hirošimu", "sr")
    assert "Ankara" not in world_rules.glossary.gloss("Washington Ankaru kritizuje za tvrdý postup", "sk")


def test_an_indonesian_month_with_lalu_after_it_is_the_last_one_gone_by(world_rules: Rules) -> None:
    """"pada April lalu" (last April): a trip of a month gone by, named beside the news, looks
    back on a page of no date as "last April" does in English."""
    assert world_rules.glossary.gloss("pada April lalu dan bulan lalu", "id") == "pada last April and last month"
    analysis = draft(world_rules, "\n".join([
        "Seoul nantikan kunjungan Prabowo",
        "Prabowo Subianto sudah melawat ke Jepang pada April lalu untuk menemui Perdana Menteri Fumio Kishida.",
    ]))
    assert analysis.events == ()

def test_a_french_leader_who_refuses_to_go_declines_the_visit(world_rules: Rules) -> None:
    # "refuse de se rendre en" (refuses to go to): a trip turned down, the inviter its host.
    glossed = world_rules.glossary.gloss("Lula refuse de se rendre en Russie", "fr")
    assert "refuses to go to" in glossed
    (event,) = draft_on(world_rules, (
        "Lula refuse de se rendre en Russie\n"
        "Le président Luiz Inácio Lula da Silva refuse de se rendre en Russie, malgré l'invitation"
        " que Vladimir Poutine lui a faite au téléphone."
    ), "2023-04-20").events
    assert (event.status.value, event.visitor, event.host, event.place.country) == (
        "declined", "luiz-inacio-lula-da-silva", "vladimir-putin", "RU"
    )


def test_a_russian_infinitive_to_meet_is_no_meeting_held(world_rules: Rules) -> None:
    # "собирается встретиться" (is going to meet): the infinitive, not "встретил" (met); and
    # Belarus's adjective before a title, so "the Belarusian president" is a leader.
    glossed = world_rules.glossary.gloss("Путин собирается встретиться с Токаевым", "ru")
    assert "meet with" in glossed and "met" not in glossed.split()
    assert world_rules.glossary.gloss("Путин встретил Токаева", "ru").split()[1] == "met"
    assert "Belarusian president" in world_rules.glossary.gloss("белорусский президент поедет в Китай", "ru")


def test_a_portuguese_leader_who_will_not_go_to_a_summit_declines_it(world_rules: Rules) -> None:
    # "não irá à cúpula" (will not go to the summit): an attendance turned down, as "will not attend".
    glossed = world_rules.glossary.gloss("Erdogan não irá à cúpula do G20 na Índia", "pt")
    assert "will not attend the" in glossed
    (event,) = draft_on(world_rules, (
        "Erdogan não irá à cúpula do G20 na Índia\n"
        "O presidente da Turquia, Recep Tayyip Erdogan, não irá à cúpula do G20 na Índia, informou o governo"
        " turco nesta terça-feira; ele enviará o vice-presidente."
    ), "2023-09-05").events
    assert (event.status.value, event.visitor, event.place.country) == ("declined", "recep-tayyip-erdogan", "IN")


def test_a_spanish_leader_who_called_relations_good_at_a_meeting_made_no_phone_call(world_rules: Rules) -> None:
    # "llamó" is "called": the meeting it is said at stays a meeting; "llamó a" a person is a call.
    (event,) = draft_on(world_rules, (
        "Putin recibe a Erdogan\n"
        "Durante su reunión en Moscú con el presidente turco Recep Tayyip Erdogan, Vladímir Putin"
        " llamó «ejemplares» las relaciones entre los dos países."
    ), "2024-03-05").events
    assert (event.status.value, event.visitor, event.host, event.place.city) == ("held", "recep-tayyip-erdogan", "vladimir-putin", "Moscow")
    assert "phoned" in world_rules.glossary.gloss("Putin llamó a Erdogan el martes", "es")


def test_a_croatian_leader_who_was_in_a_capital_for_a_ceremony_made_a_visit(world_rules: Rules) -> None:
    # "bio je u Moskvi" (was in Moscow), "sudjelovao je na ceremoniji" (took part in the ceremony).
    glossed = world_rules.glossary.gloss("Xi Jinping bio je u Moskvi, gdje je sudjelovao na ceremoniji i paradi za obljetnicu pobjede.", "sr")
    assert {"was", "took", "ceremony", "parade", "anniversary"} <= set(glossed.replace(",", "").split())
    (event,) = draft_on(world_rules, (
        "Xi u Moskvi\n"
        "Kineski predsjednik Xi Jinping bio je u Moskvi, gdje je sudjelovao na ceremoniji koju je"
        " otvorio ruski predsjednik Vladimir Putin."
    ), "2015-05-09").events
    assert (event.status.value, event.visitor, event.host, event.place.city) == ("held", "xi-jinping", "vladimir-putin", "Moscow")


def test_an_indonesian_guest_of_honour_at_a_celebration_is_at_a_ceremony(world_rules: Rules) -> None:
    # "hadir ... pada perayaan" (attended the celebrations), "tamu kehormatan" (guest of honour).
    (event,) = draft_on(world_rules, (
        "Prabowo di Moskow\n"
        "Presiden Prabowo Subianto hadir sebagai tamu kehormatan pada perayaan Hari Kemenangan di Moskow."
    ), "2025-05-09").events
    assert (event.kind, event.status.value, event.visitor, event.place.city) == ("ceremony", "held", "prabowo-subianto", "Moscow")


def test_an_arabic_sentence_opening_with_a_glossed_word_is_a_sentence_of_its_own(world_rules: Rules) -> None:
    # Arabic has no capitals: "وفي" (and in) after a full stop is glossed "And in", so the
    # sentence before it, looking back a year, does not take the queen's reception with it.
    glossed = world_rules.glossary.gloss("زار الأمير لندن العام الماضي. وفي قصر باكنغهام استقبلته الملكة إليزابيث الثانية.", "ar")
    assert "last year. And in Buckingham Palace received him Queen Elizabeth II" in glossed
    (event,) = draft_on(world_rules, (
        "الملكة تستقبل ولي العهد\n"
        "خرج الأمير محمد بن سلمان في جولة خارجية للمرة الأولى منذ العام الماضي."
        " وفي قصر باكنغهام استقبلته الملكة إليزابيث الثانية."
    ), "2018-03-07").events
    assert (event.status.value, event.visitor, event.host, event.place.city) == ("held", "mohammed-bin-salman", "elizabeth-ii", "London")


def test_a_bengali_arrival_in_paris_ends_its_sentence_at_the_danda(world_rules: Rules) -> None:
    # "প্যারিসে পৌঁছন" (reached Paris), "উপস্থিত ছিলেন" (were present: no Chile), and "।", the
    # danda, ending each sentence.
    text = (
        "প্রধানমন্ত্রী নরেন্দ্র মোদী প্যারিসে পৌঁছন। বিমানবন্দরে মন্ত্রী উপস্থিত ছিলেন।"
        " পরে রাষ্ট্রপতি ইমানুয়েল ম্যাক্রোঁর আমন্ত্রণে তিনি নৈশভোজে যোগ দেন।"
    )
    glossed = world_rules.glossary.gloss(text, "bn")
    assert "in Paris arrived" in glossed and "Chile" not in glossed
    analysis = analyse(f'<html lang="bn"><body><article><p>{text}</p></article></body></html>'.encode(), "a.html", world_rules, TODAY,
                       published=PartialDate.parse("2025-02-11"))
    (event,) = analysis.events
    assert (event.status.value, event.visitor, event.host, event.place.city) == ("held", "narendra-modi", "emmanuel-macron", "Paris")

@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Premierul indian la Kiev\nPremierul indian Narendra Modi a venit la Kiev vineri, cu trenul. Sosirea sa a fost"
         " urmată de o întâlnire cu Volodymyr Zelenski.", "2024-08-24"),
        ("Modi la Kiev\nNarendra Modi și președintele ucrainean Volodymyr Zelenski s-au întâlnit la Kiev vineri."
         " Prim-ministrul a adus flori la un memorial.", "2024-08-24"),
    ],
    ids=["came-to", "met-in-the-plural"],
)
def test_a_romanian_arrival_told_as_coming_and_a_meeting_in_the_plural_are_drafted(world_rules: Rules, text: str, published: str) -> None:
    """"a venit la" (came to), "s-au întâlnit" (met), and an office with the adjective of country
    after it ("premierul indian", the Indian prime minister)."""
    (event,) = draft_on(world_rules, text, published).events
    assert (event.status.value, event.visitor, event.host, event.place.city, str(event.date)) == (
        "held", "narendra-modi", "volodymyr-zelensky", "Kyiv", "2024-08-23"
    )


def test_a_romanian_telephone_call_is_still_no_visit(world_rules: Rules) -> None:
    """The words added for coming and meeting do not make a call a visit."""
    analysis = draft_on(world_rules, (
        "Convorbire telefonică\nPremierul indian Narendra Modi a avut vineri o convorbire telefonică cu președintele"
        " ucrainean Volodymyr Zelenski."
    ), "2024-08-24")
    assert not analysis.events


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Erdoğan Londra'da\nCumhurbaşkanı Recep Tayyip Erdoğan'ı Kraliçe 2. Elizabeth Londra'da kabul etti."
         " Görüşme kırk dakika sürdü ve basın alınmadı.", "2018-05-15"),
        ("Салман в Русия\nРуският президент Владимир Путин приветства идването на саудитския крал Салман в Русия.", "2017-10-05"),
    ],
    ids=["tr-queen-with-the-ordinal-before-her-name", "bg-the-coming-of-the-king"],
)
def test_a_monarch_named_in_turkish_and_a_kings_coming_in_bulgarian_are_drafted(world_rules: Rules, text: str, published: str) -> None:
    """Turkish "Kraliçe" (Queen), its regnal number before the name ("2. Elizabeth"); Bulgarian
    "идването" (the coming) and "руският президент" (the Russian president)."""
    (event,) = draft_on(world_rules, text, published).events
    assert (event.kind, event.status.value) == ("visit", "held")
    assert (event.visitor, event.host) in {("recep-tayyip-erdogan", "elizabeth-ii"), ("salman-bin-abdulaziz", "vladimir-putin")}


def test_an_egyptian_spelling_of_kim_and_the_visit_with_its_article_are_read(world_rules: Rules) -> None:
    # "كيم جونج اون" (Kim Jong Un, jeem for the g), "رحلته" (his trip), "الزيارة" (the visit),
    # "احتفالات" (celebrations), written as some sites write them, with "ه" for "ة".
    glossed = world_rules.glossary.gloss("الغى كيم جونج اون رحلته الى روسيا. وكانت الزياره ستتم خلال احتفالات النصر.", "ar")
    assert "Kim Jong Un trip to Russia" in glossed and "the visit" in glossed and "celebrations" in glossed
    (event,) = draft_on(world_rules, (
        "كيم لن يزور موسكو\n"
        "الغى كيم جونج اون رحلته الى روسيا, بحسب المتحدث باسم الرئيس الروسي فلاديمير بوتين."
    ), "2015-04-30").events
    assert (event.status.value, event.visitor, event.host, event.place.country) == ("cancelled", "kim-jong-un", "vladimir-putin", "RU")


def test_a_hindi_going_to_a_country_puts_the_country_after_its_verb(world_rules: Rules) -> None:
    # "भारत जाएंगे" (India will-go): "will go to India", as the postpositions are read.
    glossed = world_rules.glossary.gloss("पुतिन ने कहा कि वह अगले महीने भारत जाएंगे.", "hi")
    assert "will go to India" in glossed
    (event,) = draft_on(world_rules, (
        "पुतिन भारत जाएंगे\n"
        "रूसी राष्ट्रपति व्लादिमीर पुतिन ने कहा कि वह भारत जाएंगे, जहां प्रधानमंत्री नरेंद्र मोदी के साथ शिखर सम्मेलन होना है."
    ), "2025-10-03").events
    assert (event.visitor, event.host, event.place.country) == ("vladimir-putin", "narendra-modi", "IN")


def test_a_russian_page_reads_moon_jae_in_and_his_trip_to_come(world_rules: Rules) -> None:
    # "Мун Чжэ Ин" and its cases ("Мун Чжэ Ина"), "Мун" alone, "побывает" (will visit) and
    # "отправится" (will go).
    glossed = world_rules.glossary.gloss("Президент Мун отправится во Владивосток, а встреча Мун Чжэ Ина с Путиным пройдет там.", "ru")
    assert "Moon will go" in glossed and "Moon Jae-in with" in glossed
    (event,) = draft_on(world_rules, (
        "Мун во Владивостоке\n"
        "Президент Мун Чжэ Ин побывает во Владивостоке 6 сентября и встретится с президентом Владимиром Путиным."
    ), "2017-09-01").events
    assert (event.status.value, event.visitor, event.host, event.place.city, str(event.date)) == (
        "confirmed", "moon-jae-in", "vladimir-putin", "Vladivostok", "2017-09-06"
    )

def test_a_russian_country_named_by_adjective_and_noun_is_glossed_in_its_cases(world_rules: Rules) -> None:
    # "в Северную Корею" (to North Korea): the adjective declines with the noun, where the
    # stem rule declines only a name's last word.
    assert "to North Korea" in world_rules.glossary.gloss("Он поедет в Северную Корею.", "ru")
    event = one_event(world_rules, (
        "Приглашение в Пхеньян\nЛидер КНДР Ким Чен Ын пригласил Владимира Путина в Северную Корею."
        " Сроки поездки пока не названы."
    ), "2023-09-14")
    assert (event.status.value, event.visitor, event.host, event.place.country) == ("invited", "vladimir-putin", "kim-jong-un", "KP")


def test_a_japanese_meeting_in_hiroshima_is_placed(world_rules: Rules) -> None:
    # "広島で" (in Hiroshima), the city with its particle, as the capitals are listed.
    assert "in Hiroshima" in world_rules.glossary.gloss("首相は広島で会談した。", "ja")
    event = one_event(world_rules, (
        "広島で首脳会談\n広島で20日、岸田首相がインドのモディ首相と会談した。両首脳は経済や安全保障での協力について意見を交わし、"
        "来年も会うことで一致した。"
    ), "2023-05-21")
    assert (event.status.value, event.host, event.visitor, event.place.city) == ("held", "fumio-kishida", "narendra-modi", "Hiroshima")


def test_a_bengali_meeting_at_the_elysee_of_paris_is_placed(world_rules: Rules) -> None:
    # "প্যারিসের" (of Paris) before the site it holds, "এলিসি প্রাসাদে" (at the Élysée palace),
    # and a leader's name with the genitive ("ইউন সুক ইওলের").
    text = "বৃহস্পতিবার প্যারিসের এলিসি প্রাসাদে ইউন সুক ইওলের সঙ্গে সাক্ষাৎ করেন ইমানুয়েল ম্যাক্রোঁ। পরে তাঁরা সাংবাদিকদের সঙ্গে কথা বলেন।"
    analysis = analyse(f'<html lang="bn"><body><article><p>{text}</p></article></body></html>'.encode(), "a.html", world_rules, TODAY,
                       published=PartialDate.parse("2023-06-23"))
    (event,) = analysis.events
    assert (event.status.value, event.visitor, event.host, event.place.city) == ("held", "yoon-suk-yeol", "emmanuel-macron", "Paris")

def test_a_leader_who_is_in_a_capital_on_a_state_visit_is_drafted_in_greek(world_rules: Rules) -> None:
    """Greek "βρίσκεται" (is, as "is in" a place), Xi as Greek spells him, and Brasília."""
    (event,) = draft_on(world_rules, (
        "Ο Σι στη Βραζιλία\n"
        "Σε κρατική επίσκεψη βρίσκεται από τη Δευτέρα στη Μπραζίλια ο Κινέζος πρόεδρος Σι Τζινπίνγκ."
        " Στο αεροδρόμιο τον υποδέχθηκαν υπουργοί της χώρας."
    ), "2024-11-19").events
    assert (event.kind, event.status.value, event.visitor, event.place.city, event.place.country) == (
        "visit", "held", "xi-jinping", "Brasília", "BR"
    )


@pytest.mark.parametrize(
    ("text", "english"),
    [
        ("Poetin reisde naar Saudi-Arabië", "Putin travelled to Saudi Arabia"),
        ("Poetin zou naar Saoedi-Arabië reizen", "Putin zou to Saudi Arabia reizen"),
        ("Poetin zou reizen", "Putin would travel"),
    ],
)
def test_saudi_arabia_is_read_as_dutch_spells_it_either_way(world_rules: Rules, text: str, english: str) -> None:
    assert world_rules.glossary.gloss(text, "nl") == english


def test_a_dutch_headline_of_a_trip_to_saudi_arabia_drafts_it(world_rules: Rules) -> None:
    (event,) = draft_on(world_rules, (
        "Trump op reis naar Saudi-Arabië\n"
        "De Amerikaanse president wil er praten over investeringen, zeggen bronnen."
    ), "2025-03-20").events
    assert (event.kind, event.visitor, event.place.country) == ("visit", "donald-trump", "SA")


@pytest.mark.parametrize(
    ("text", "english"),
    [
        # Polish declines a surname in -a as a noun: "Obamę" (whom), "Obamie" (about whom).
        ("Hu Jintao przyjął Baracka Obamę w Pekinie", "Hu Jintao received Barack Obama in Beijing"),
        ("Rozmowa z Barackiem Obamie", "Talks with Barack Obama"),
        # Only after the leader's own given name: another's namesake stays as written.
        ("Jan Obamę", "Jan Obamę"),
    ],
)
def test_a_surname_declined_after_the_leaders_given_name_is_his(world_rules: Rules, text: str, english: str) -> None:
    assert world_rules.glossary.gloss(text, "pl") == english


def test_a_leader_received_by_another_is_drafted_when_polish_declines_his_surname(world_rules: Rules) -> None:
    (event,) = draft_on(world_rules, (
        "Spotkanie w Pekinie\n"
        "W Pekinie 17 listopada 2009 roku przewodniczący Hu Jintao przyjął Baracka Obamę. Rozmowa dotyczyła handlu."
    ), "2009-11-18").events
    assert (event.visitor, event.host, event.place.city, str(event.date)) == ("barack-obama", "hu-jintao", "Beijing", "2009-11-17")



@pytest.mark.parametrize(
    ("text", "english"),
    [
        ("Nach dem Berlin-Besuch des Präsidenten", "visit to Berlin"),
        ("die dreitägige Türkei-Reise des Bundespräsidenten", "trip to Turkey"),
        ("während des Peking-Staatsbesuchs", "state visit to Beijing"),
        # A hyphenated word that names no trip stays as it is.
        ("die Berlin-Konferenz", "Berlin-Konferenz"),
    ],
)
def test_a_german_trip_named_with_its_destination_in_one_word_reads_as_a_trip_to_it(
    world_rules: Rules, text: str, english: str
) -> None:
    assert english in world_rules.glossary.gloss(text, "de")


def test_the_last_stop_of_a_german_trip_compound_is_the_visit_drafted(world_rules: Rules) -> None:
    (event,) = draft_on(world_rules, (
        "Steinmeier in Ankara\n"
        "Bundespräsident Frank-Walter Steinmeier und Präsident Recep Tayyip Erdogan sprachen über den Handel."
        " Ankara war die letzte Station der dreitägigen Türkei-Reise Steinmeiers."
    ), "2024-04-26").events
    assert (event.status.value, event.visitor, event.host, event.place.city) == (
        "held", "frank-walter-steinmeier", "recep-tayyip-erdogan", "Ankara"
    )


def test_an_italian_invitation_to_a_country_after_a_pronoun_is_an_invited_visit(world_rules: Rules) -> None:
    """"lo ha invitato in Israele": "in" after the invitation says where to; the call that
    carried it is no event of its own."""
    (event,) = draft_on(world_rules, (
        "Netanyahu chiama Milei\n"
        "Con una telefonata, oggi, il primo ministro Benjamin Netanyahu si è congratulato con Javier Milei per la"
        " vittoria e lo ha invitato in Israele. Secondo un comunicato del suo ufficio, Netanyahu lo ha ringraziato per"
        " il sostegno."
    ), "2024-05-10").events
    assert (event.status.value, event.visitor, event.host, event.place.country) == (
        "invited", "javier-milei", "benjamin-netanyahu", "IL"
    )


def test_an_italian_meeting_after_an_elided_article_is_read_and_naming_things_is_no_call(world_rules: Rules) -> None:
    """"all'inizio dell'incontro con" (at the start of the meeting with), and "ha chiamato col
    suo nome" (called it by its name), which is no phone call."""
    (event,) = draft_on(world_rules, (
        "Biden e Meloni\n"
        "All'inizio dell'incontro con Giorgia Meloni alla Casa Bianca, Joe Biden ha chiamato col suo nome la guerra."
    ), "2023-07-28").events
    assert (event.status.value, event.visitor, event.host, event.place.city) == (
        "held", "giorgia-meloni", "joe-biden", "Washington"
    )


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_a_french_leader_who_took_the_plane_on_a_tour_is_on_a_confirmed_visit(world_rules: Rules, apostrophe: str) -> None:
    # "a pris l'avion pour une tournée qui le mène en Italie": has set off on a tour that takes
    # him to Italy; the apostrophe written straight or curled, as a page's typesetting has it.
    text = (
        f"Scholz en tournée\nLe chancelier Olaf Scholz a pris l{apostrophe}avion pour une tournée qui le mène en Chine"
        " puis au Japon. Il doit rencontrer le président Xi Jinping."
    )
    (event,) = analyse(text.encode(), "a.txt", world_rules, TODAY).events
    assert (event.status.value, event.visitor, event.host, event.place.country, event.date) == (
        "confirmed", "olaf-scholz", "xi-jinping", "CN", None
    )


def test_a_glossary_word_with_an_apostrophe_reads_a_curled_one_too(world_rules: Rules) -> None:
    assert world_rules.glossary.gloss("Il a pris l’avion hier", "fr") == world_rules.glossary.gloss("Il a pris l'avion hier", "fr")
    assert "has set off" in world_rules.glossary.gloss("Il a pris l’avion hier", "fr")


def test_an_indonesian_president_elect_who_is_in_a_capital_is_on_a_visit(world_rules: Rules) -> None:
    # "sedang berada di Beijing" (is in Beijing); "Presiden terpilih" (President-elect), not yet
    # in office on the page's day, is no leader looked back on.
    text = (
        "Prabowo di Beijing\nPrabowo Subianto, Presiden terpilih Indonesia, sedang berada di Beijing pada hari Senin,"
        " dan Presiden Xi Jinping dijadwalkan menerimanya untuk berunding."
    )
    (event,) = draft_on(world_rules, text, "2024-04-01").events
    assert (event.status.value, event.visitor, event.host, event.place.city) == (
        "held", "prabowo-subianto", "xi-jinping", "Beijing"
    )


@pytest.mark.parametrize(("text", "language", "english"), [
    ("Il presidente arriverà a Gedda domani", "it", "Jeddah"),
    ("اجتمع القادة في كامب ديفيد", "ar", "Camp David"),
    ("A két vezető Floridában tárgyal", "hu", "in Florida"),
    ("Президенты побывали на Валааме летом", "ru", "Valaam"),
    ("Zirve Roma'da başladı", "tr", "in Rome began"),
    ("Zirve marjında iki lider görüştü", "tr", "on the sidelines of the summit"),
])
def test_places_the_gazetteer_knows_are_glossed_by_their_english_names(
    world_rules: Rules, text: str, language: str, english: str
) -> None:
    """A place written as its language writes it (with the endings of "in" and "to", or in
    any case) reads as the gazetteer's name, so that the gazetteer places it."""
    assert english.lower() in world_rules.glossary.gloss(text, language).lower()


def test_turkish_meeting_on_the_sidelines_of_a_summit_that_began_in_rome(world_rules: Rules) -> None:
    (event,) = draft_on(world_rules, (
        "Zirvede ikili görüşme\n"
        "AB zirvesi Cumartesi günü Roma'da başladı.\n"
        "Zirve marjında Cumhurbaşkanı Recep Tayyip Erdoğan ile Joe Biden görüştü."
    ), "2021-10-30").events
    assert (event.place.country, event.place.city) == ("IT", "Rome")

# Lithuanian: the words of a visit, an arrival and a meeting, nouns starred for their case endings.


@pytest.mark.parametrize(
    ("text", "english"),
    [
        ("Prezidentas su vizitu atvyko į Vilnių.", "President on a visit arrived in Vilnius."),
        ("Premjeras antradienį susitiko su kancleriu.", "Prime minister on Tuesday met chancellor."),
    ],
    ids=["arrival", "meeting"],
)
def test_the_lithuanian_words_of_an_arrival_and_a_meeting_are_glossed(world_rules: Rules, text: str, english: str) -> None:
    assert world_rules.glossary.language_of([text], None) == "lt"
    assert world_rules.glossary.gloss(text, "lt") == english


def test_a_lithuanian_arrival_on_a_visit_is_a_visit_held(world_rules: Rules) -> None:
    (event,) = draft_on(world_rules, "\n".join([
        "Zelenskis Vilniuje",
        "Ukrainos prezidentas Volodymyras Zelenskis trečiadienį su vizitu atvyko į Vilnių, Lietuvos sostinę.",
        "Prezidentas susitiko su Lietuvos vadovais ir aptarė paramą, pranešė jo biuras.",
        "Vizito darbotvarkėje numatyti keli klausimai, tarp jų gynyba ir energetika.",
    ]), "2023-07-12").events
    assert (event.kind, event.status.value, event.visitor, event.place.city) == ("visit", "held", "volodymyr-zelensky", "Vilnius")


def test_arabic_a_meeting_on_a_groups_summits_sidelines_at_its_resort(world_rules: Rules) -> None:
    """Arabic: "في منتجع كامب ديفيد" (at the resort of Camp David), "قمة مجموعة الثماني" (the
    G8 summit), "على هامش" (on the sidelines of), with the names of the leaders it gathers
    written in Arabic letters: the summit, placed at the resort."""
    (event,) = draft_on(world_rules, "\n".join([
        "أوباما يلتقي هولاند",
        "في منتجع كامب ديفيد، حيث تنعقد قمة مجموعة الثماني، التقى الرئيس الأمريكي باراك أوباما"
        " الرئيس الفرنسي فرانسوا هولاند على هامش القمة.",
    ]), "2012-05-19").events
    assert (event.kind, event.host, event.place.city, sorted(event.leaders)) == (
        "summit", "barack-obama", "Camp David", ["barack-obama", "francois-hollande"]
    )


def test_russian_a_guest_named_by_his_country_is_the_leader_received(world_rules: Rules) -> None:
    """Russian: "пригласил северокорейского гостя приехать с визитом в Россию" (invited the
    North Korean guest to come on a visit to Russia): the guest is the North's leader, invited."""
    (event,) = draft_on(world_rules, "\n".join([
        "Ким и Путин провели переговоры",
        "На прощание Путин пригласил северокорейского гостя приехать с визитом в Россию.",
    ]), "2025-09-03").events
    assert (event.status.value, event.visitor, event.host, event.place.country) == ("invited", "kim-jong-un", "vladimir-putin", "RU")


# A bilateral meeting on a gathering's sidelines, in Italian; taking part in a gathering, in Dutch.


@pytest.mark.parametrize(("text", "language", "english"), [
    ("nel bilaterale tenuto ai margini del forum", "it", "in the bilateral meeting held on the sidelines of the forum"),
    ("un incontro a margine del vertice", "it", "on the sidelines of the summit"),
    ("neemt de premier deel aan een bijeenkomst", "nl", "takes part in"),
    ("de bijeenkomst in Zuid-Afrika", "nl", "meeting in South Africa"),
    ("via een videoverbinding", "nl", "video link"),
])
def test_a_meeting_on_the_sidelines_and_taking_part_are_glossed(world_rules: Rules, text: str, language: str, english: str) -> None:
    assert english.lower() in world_rules.glossary.gloss(text, language).lower()


def test_italian_a_bilateral_held_on_a_forums_sidelines_in_the_hosts_capital_is_a_visit(world_rules: Rules) -> None:
    """"A Mosca, nel bilaterale tenuto ai margini del forum" (in Moscow, in the bilateral meeting
    held on the sidelines of the forum): the guest received by the leader at home, a visit held."""
    (event,) = draft_on(world_rules, "\n".join([
        "Putin ringrazia Modi",
        "A Mosca, nel bilaterale tenuto ai margini del forum economico, il presidente Vladimir Putin ha ringraziato"
        " il primo ministro Narendra Modi per il sostegno dato ai progetti comuni.",
    ]), "2024-07-09").events
    assert (event.status.value, event.visitor, event.host, event.place.city) == (
        "held", "narendra-modi", "vladimir-putin", "Moscow"
    )


def test_dutch_a_leader_who_takes_part_in_a_groups_meeting_abroad_is_drafted(world_rules: Rules) -> None:
    """"neemt president X ... deel aan de bijeenkomst van de BRICS-leiders in Zuid-Afrika" (takes
    part in the meeting of the BRICS leaders in South Africa), the verb split around its subject;
    the leader who joins by video link ("via een videoverbinding") is no guest. A group's
    summit has no visitor, whoever the page follows there (the gold conventions)."""
    (event,) = draft_on(world_rules, "\n".join([
        "Xi naar BRICS-top",
        "Volgens het ministerie neemt president Xi Jinping volgende week deel aan de bijeenkomst van de BRICS-leiders"
        " in Zuid-Afrika. President Vladimir Poetin doet mee via een videoverbinding.",
    ]), "2023-08-15").events
    assert (event.kind, event.visitor, event.place.country) == ("summit", None, "ZA")
    assert "xi-jinping" in event.leaders and "vladimir-putin" not in event.leaders


def test_two_leaders_who_met_in_the_arabic_dual_in_a_capital_called_by_its_adjective(world_rules: Rules) -> None:
    # "التقيا" (the two met), the dual of "التقى"; "العاصمة الروسية" (the Russian capital), as the
    # gazetteer knows it in English.
    glossed = world_rules.glossary.gloss("التقيا في العاصمة الروسية", "ar")
    assert glossed == "Met in the Russian capital"
    event = one_event(world_rules, "قمة في موسكو\n"
        "قال مسؤولون إن الرئيس الصيني شي جين بينغ ونظيره الأمريكي جو بايدن التقيا في العاصمة الروسية يوم الثلاثاء.",
        "2022-05-11")
    assert (event.status.value, event.place.city, event.place.country) == ("held", "Moscow", "RU")


@pytest.mark.parametrize(("text", "language", "visit"), [
    # Korean: the place, its object particle (을 after a consonant, 를 after a vowel), the verb.
    ("문재인 대통령이 러시아를 방문했다.", "ko", "visited Russia"),
    ("문재인 대통령이 중국을 방문할 예정이다.", "ko", "will visit China"),
    # Japanese: the place, を, the verb (訪問 or 訪れ).
    ("プーチン大統領は中国を訪問した。", "ja", "visited China"),
    ("プーチン大統領は中国を訪れた。", "ja", "visited China"),
])
def test_a_verb_last_language_visits_the_place_it_names_before_the_verb(world_rules: Rules, text: str, language: str, visit: str) -> None:
    """Korean and Japanese put the place a leader visits before the verb, marked as its object
    ("러시아를 방문했다", "中国を訪問した": visited Russia, visited China): glossed as English
    writes it, the verb first, so that the place is read as where the visit goes."""
    assert visit in world_rules.glossary.gloss(text, language)


def test_a_korean_visit_to_a_country_is_placed_there(world_rules: Rules) -> None:
    """The sentence names two countries, the one of an earlier trip ("중국에 간 뒤", after going to
    China) and the one visited now ("러시아를 방문해"): the visit goes where its verb takes it."""
    (event,) = draft_on(world_rules, (
        "시진핑 주석, 푸틴과 회담\n"
        "지난해 푸틴 대통령이 중국에 간 뒤, 이번에는 시진핑 중국 주석이 러시아를 방문해 푸틴 대통령과 회담했다."
    ), "2018-06-23").events
    assert (event.visitor, event.host, event.place.country) == ("xi-jinping", "vladimir-putin", "RU")


def test_a_korean_object_particle_before_another_verb_is_left_as_it_is(world_rules: Rules) -> None:
    """Only the visit verb takes its place before it: "서울을 떠났다" (left Seoul) is untouched."""
    assert "visit" not in world_rules.glossary.gloss("문재인 대통령이 서울을 떠났다.", "ko")


@pytest.mark.parametrize(("text", "english"), [
    ("Başbakan Ankara'ya bir ziyaret yapacak", "will pay a visit"),
    ("Başbakanın Ankara'ya ziyaret yapacağı bildirildi", "will pay a visit"),
    ("Başbakan geçen yıl Ankara'ya bir ziyaret yaptı", "paid a visit"),
])
def test_turkish_paying_a_visit_is_glossed_with_its_tense(world_rules: Rules, text: str, english: str) -> None:
    # Turkish says a visit is "made" ("ziyaret yapmak"): the verb's ending carries the tense,
    # which settles whether a day named without its year is still to come.
    assert english in world_rules.glossary.gloss(text, "tr")


def test_turkish_a_visit_to_be_paid_on_a_day_without_its_year_is_still_to_come(world_rules: Rules) -> None:
    # Dated in December, "14 March" is the coming March: read as past, it fell before the
    # visitor took office, and nothing was drafted.
    event = one_event(world_rules, "Başbakan Olaf Scholz'un 14 Mart günü Ankara'ya bir günlük ziyaret yapacağı bildirildi.\n"
        "Scholz'un Ankara'da Cumhurbaşkanı Recep Tayyip Erdoğan'la görüşeceği belirtildi.", "2021-12-10")
    assert (event.visitor, event.place.city, str(event.date), event.status.value) == (
        "olaf-scholz", "Ankara", "2022-03-14", "confirmed"
    )


@pytest.mark.parametrize(("text", "english"), [
    ("Президент направился с визитом в Южную Африку.", "has set off"),
    ("Делегация направилась в Южную Африку.", "has set off"),
    ("Премьер-министр прибыл в ЮАР.", "South Africa"),
    ("Визит в Южной Африке продолжится два дня.", "South Africa"),
])
def test_russian_setting_off_for_south_africa_is_glossed(world_rules: Rules, text: str, english: str) -> None:
    # "направился с визитом" is how Russian says a leader headed off on a visit; South Africa,
    # like the Koreas, declines its adjective and its noun both.
    assert english in world_rules.glossary.gloss(text, "ru")


def test_russian_a_message_sent_is_no_setting_off(world_rules: Rules) -> None:
    # "направил поздравление" (sent congratulations): the verb without its reflexive ending sends.
    assert "set off" not in world_rules.glossary.gloss("Президент направил поздравление коллеге.", "ru")


def test_russian_a_leader_who_set_off_on_a_visit_to_a_country_is_drafted(world_rules: Rules) -> None:
    event = one_event(world_rules, "\n".join([
        "Эрдоган направился в Южную Африку",
        "Президент Турции Реджеп Тайип Эрдоган направился с визитом в Южную Африку, где проведет три дня.",
    ]), "2024-03-05")
    assert (event.visitor, event.place.country, event.kind) == ("recep-tayyip-erdogan", "ZA", "visit")


@pytest.mark.parametrize(("text", "english"), [
    ("O encontro será na cidade japonesa de Osaka.", "in the Japanese city of Osaka"),
    ("Os dois se reuniram na cidade chinesa de Xangai.", "in the Chinese city of"),
    ("A cúpula será na cidade de Kazan.", "in the city of Kazan"),
])
def test_portuguese_a_city_named_by_its_countrys_adjective_is_glossed_whole(world_rules: Rules, text: str, english: str) -> None:
    # "de" is "of" only in the phrase: listed whole, it is not glossed anywhere else.
    assert english in world_rules.glossary.gloss(text, "pt")


def test_portuguese_an_invitation_to_a_meeting_in_a_city_named_by_its_adjective_is_placed_there(world_rules: Rules) -> None:
    (event,) = draft_on(world_rules, "\n".join([
        "Modi fala com Kishida",
        "Modi agradeceu a Kishida o convite para a reunião marcada para maio na cidade japonesa de Osaka.",
    ]), "2023-04-06").events
    assert (event.status.value, event.place.city, event.place.country) == ("invited", "Osaka", "JP")


@pytest.mark.parametrize(("text", "english"), [
    ("रूस के मॉस्को शहर में बैठक हुई.", "in Moscow"),
    ("भारत के दिल्ली शहर में होने जा रहे शिखर सम्मेलन", "in Delhi to be held summit"),
])
def test_hindi_a_city_called_so_before_its_postposition_is_where(world_rules: Rules, text: str, english: str) -> None:
    # Hindi: "X शहर में" (X city in) is "in X"; "होने जा रहे" (going to be held) is still to come.
    assert english in world_rules.glossary.gloss(text, "hi")


def test_hindi_a_groups_summit_to_be_held_in_a_city_is_drafted_there_and_confirmed(world_rules: Rules) -> None:
    # A group's summit ahead is confirmed, its host having set its days (the gold convention).
    (event,) = draft_on(world_rules, "\n".join([
        "शिखर सम्मेलन",
        "भारत के दिल्ली शहर में होने जा रहे BRICS शिखर सम्मेलन में रूसी राष्ट्रपति पुतिन भाग लेंगे.",
    ]), "2026-05-01").events
    assert (event.kind, event.status.value, event.place.city) == ("summit", "confirmed", "New Delhi")


@pytest.mark.parametrize("text", [
    "Perdana Menteri disambut Presiden di istana",
    "Perdana Menteri disambut oleh Presiden di istana",
    "Perdana Menteri disambut hangat Presiden di istana",
    "Perdana Menteri disambut hangat oleh Raja di istana",
])
def test_the_indonesian_passive_of_welcoming_names_who_welcomes_after_it(world_rules: Rules, text: str) -> None:
    # "di-" makes the passive, and the one who welcomes follows the verb, "oleh" (by) or not.
    assert "welcomed by" in world_rules.glossary.gloss(text, "id")
    assert "by by" not in world_rules.glossary.gloss(text, "id")


def test_an_indonesian_leader_welcomed_by_another_is_the_others_guest(world_rules: Rules) -> None:
    # Read as "welcomed", the welcoming leader named after the verb was taken for its object.
    event = one_event(world_rules, "Presiden Xi Jinping disambut hangat Presiden Prabowo Subianto di Jakarta pada hari Senin.\n"
        "Kedua pemimpin bertemu di istana.", "2025-05-14")
    assert (event.visitor, event.host, event.place.city, event.status.value) == (
        "xi-jinping", "prabowo-subianto", "Jakarta", "held"
    )


def test_an_indonesian_headline_of_a_leader_welcomed_by_another_places_it_at_the_hosts_home(world_rules: Rules) -> None:
    # No sentence places the meeting: the headline says who welcomed whom, so the host's country.
    (event,) = draft_on(world_rules, "Presiden Xi Jinping disambut Presiden Prabowo Subianto saat hadiri KTT\n"
        "Kedua pemimpin tersenyum dan bersalaman sebelum rapat pleno.", "2025-05-14").events
    assert (event.host, event.place.country, event.place.city) == ("prabowo-subianto", "ID", None)


@pytest.mark.parametrize(
    "text",
    [
        # German: a banquet given in a guest's honour and a welcome in a clause that closes on its
        # verb ("willkommen hieß", welcomed), no other word of the visit.
        "Bankett für Lula\nBundeskanzler Olaf Scholz hat in Berlin ein Bankett für Präsident Lula gegeben, den er"
        " als seinen Gast willkommen hieß. Es ging um Klima und Handel.",
        "Staatsbankett für Lula\nBundeskanzler Olaf Scholz hat Präsident Lula in Berlin mit einem Staatsbankett"
        " geehrt. Beide sprachen über Klima und Handel.",
    ],
)
def test_a_banquet_or_a_welcome_in_german_is_a_visit_held(world_rules: Rules, text: str) -> None:
    (event,) = draft_on(world_rules, text, "2024-05-10").events
    assert (event.status.value, event.visitor, event.host, event.place.city) == (
        "held", "luiz-inacio-lula-da-silva", "olaf-scholz", "Berlin"
    )


@pytest.mark.parametrize(
    ("text", "visitor", "host", "city"),
    [
        # Spanish: leaders who saw each other face to face, or "saw each other's faces", met.
        ("Milei en Brasilia\nJavier Milei y Lula se vieron cara a cara en Brasilia el martes. Hablaron de comercio y del"
         " Mercosur.", "javier-milei", "luiz-inacio-lula-da-silva", "Brasília"),
        ("Milei en Brasilia\nEl martes en Brasilia, Javier Milei y Lula se vieron las caras por primera vez. Hablaron de"
         " comercio.", "javier-milei", "luiz-inacio-lula-da-silva", "Brasília"),
        # Italian: a "faccia a faccia" is a meeting.
        ("Lula e Scholz\nUn faccia a faccia di un'ora a Berlino tra Lula e il cancelliere Olaf Scholz: i due hanno parlato"
         " di clima.", "luiz-inacio-lula-da-silva", "olaf-scholz", "Berlin"),
    ],
)
def test_leaders_face_to_face_in_spanish_or_italian_have_met(world_rules: Rules, text: str, visitor: str, host: str, city: str) -> None:
    (event,) = draft_on(world_rules, text, "2024-05-10").events
    assert (event.status.value, event.visitor, event.host, event.place.city) == ("held", visitor, host, city)


def test_an_italian_leader_who_will_see_another_will_meet_him(world_rules: Rules) -> None:
    # "vedrà" (will see) of a leader is a meeting to come, as "incontrerà" is.
    (event,) = draft_on(world_rules, "Lula a Berlino\nIl presidente brasiliano Lula vedrà il cancelliere Olaf Scholz a Berlino"
        " venerdì, ha detto il governo. Parleranno di clima.", "2024-05-07").events
    assert (event.status.value, event.visitor, event.host, event.place.city) == (
        "announced", "luiz-inacio-lula-da-silva", "olaf-scholz", "Berlin"
    )


@pytest.mark.parametrize(
    ("text", "host", "country"),
    [
        # Spanish: "no irá a" (will not go to) a summit is an attendance declined, as Portuguese
        # "não irá a" is; the United States by its Spanish abbreviation places it.
        ("Lula y los BRICS\nEl presidente Lula no irá a la cumbre de los BRICS en Johannesburgo, dijo su portavoz."
         " Enviará a su canciller.", "cyril-ramaphosa", "ZA"),
        ("Putin y el G20\nEl presidente Vladimir Putin no irá a la cumbre del G20 en los EE.UU., dijo el Kremlin.",
         "joe-biden", "US"),
    ],
)
def test_a_spanish_leader_who_will_not_go_to_a_summit_declines(world_rules: Rules, text: str, host: str, country: str) -> None:
    (event,) = draft_on(world_rules, text, "2024-05-10").events
    assert (event.kind, event.status.value, event.host, event.place.country) == ("summit", "declined", host, country)


def test_a_portuguese_invitation_refused_is_declined(world_rules: Rules) -> None:
    # "recusou o convite" (refused the invitation): declined, not the invitation alone.
    (event,) = draft_on(world_rules, "Lula e Putin\nO presidente Lula recusou o convite de Vladimir Putin para ir a Moscou"
        " em maio. Ele citou a agenda cheia.", "2024-04-10").events
    assert (event.status.value, event.visitor, event.host, event.place.city) == (
        "declined", "luiz-inacio-lula-da-silva", "vladimir-putin", "Moscow"
    )


@pytest.mark.parametrize(
    "text",
    [
        # Spanish: "representante especial del presidente" is his envoy, one of a list of envoys.
        "Milei recibe a enviados chinos\nEn Buenos Aires, Javier Milei recibió a dos enviados de China: Li Wen,"
        " representante especial del presidente chino Xi Jinping, y Zhao Ming, embajador.",
        # Portuguese: the same office, "do presidente".
        "Lula recebe enviados chineses\nEm Brasília, Lula recebeu dois enviados da China: Li Wen, representante"
        " especial do presidente chinês Xi Jinping, e Zhao Ming, embaixador.",
    ],
)
def test_a_special_representative_in_spanish_or_portuguese_is_an_envoy_and_brings_no_visit(
    world_rules: Rules, text: str
) -> None:
    assert draft_on(world_rules, text, "2024-04-25").events == ()



@pytest.mark.parametrize(
    ("text", "language", "english"),
    [
        # Russian: Hangzhou as Cyrillic writes it, which no transliteration spells back.
        ("Делегация прилетела в Ханчжоу в понедельник.", "ru", "Hangzhou"),
        # Korean: Berlin with the particle "에서" (in) written onto it.
        ("두 정상은 어제 베를린에서 만났다.", "ko", "in Berlin"),
        # Hindi: Kazan without the dot under its j.
        ("राष्ट्रपति कल कजान गए थे।", "hi", "Kazan"),
        # Hebrew: Budapest with the proclitic "ב" (in).
        ("ראש הממשלה נפגש בבודפשט עם עמיתו.", "he", "in Budapest"),
        # Greek: Budapest in the accusative, after "στη" (to the).
        ("Ο πρόεδρος έφτασε χθες στη Βουδαπέστη.", "el", "Budapest"),
        # Japanese: Shanghai in characters, with "で" (in).
        ("首相は上海で会談した。", "ja", "in Shanghai"),
        # Arabic: Tashkent.
        ("وصل الرئيس إلى طشقند صباح اليوم", "ar", "Tashkent"),
        # Ukrainian: Vienna in the genitive, after "до" (to).
        ("Прем'єр прибув до Відня ввечері.", "uk", "Vienna"),
    ],
)
def test_a_city_in_another_script_is_read_in_every_language(world_rules: Rules, text: str, language: str, english: str) -> None:
    assert english in world_rules.glossary.gloss(text, language)


def test_a_city_s_name_in_lower_case_is_a_common_word(world_rules: Rules) -> None:
    # "вену" is a vein, not Vienna in the accusative: a place's name is written with a capital.
    assert "Vienna" not in world_rules.glossary.gloss("Медсестра не сразу нашла вену.", "ru")
    assert "Vienna" in world_rules.glossary.gloss("Канцлер вылетел в Вену.", "ru")


def test_a_summit_in_a_city_named_in_hangul_is_placed_there(world_rules: Rules) -> None:
    # "The two leaders held their first summit in Berlin on the 6th."
    text = (
        "문재인·시진핑 첫 정상회담\n문재인 대통령과 시진핑 중국 국가주석이 6일 베를린에서 첫 정상회담을 했다."
        " 두 정상은 이날 한반도 문제와 양국 관계를 두고 한 시간 넘게 의견을 나눴다."
    )
    (event,) = draft_on(world_rules, text, "2017-07-07").events
    assert (event.place.city, event.place.country) == ("Berlin", "DE")


def test_an_adjective_made_of_a_city_s_name_is_no_place(world_rules: Rules) -> None:
    # "Берлинском" (Berlin's, of a forum) is no case of Berlin; "Берлином" (the instrumental) is.
    glossed = world_rules.glossary.gloss("Он выступил на Берлинском форуме и уехал за Берлином.", "ru")
    assert "Берлинском" in glossed
    assert "Berlin" in glossed


@pytest.mark.parametrize(
    "text",
    [
        # French, Spanish, Portuguese and Italian put the verb first in "where the summit is held"
        # ("où se tient le sommet", "donde se celebra la cumbre", "onde se realiza a cúpula", "dove si
        # tiene il vertice"): the city before it is where the group meets, though "from" opens it.
        "Xi au sommet\nDepuis Brasília, où se tient le sommet des BRICS, le président chinois Xi Jinping a appelé à la"
        " paix et au commerce libre entre les pays.",
        "Xi en la cumbre\nDesde Brasília, donde se celebra la cumbre de los BRICS, el presidente chino Xi Jinping pidió"
        " la paz y el libre comercio entre los países.",
        "Xi na cúpula\nDe Brasília, onde se realiza a cúpula do BRICS, o presidente chinês Xi Jinping pediu paz e comércio"
        " livre entre os países.",
        "Xi al vertice\nDa Brasilia, dove si tiene il vertice dei BRICS, il presidente cinese Xi Jinping ha chiesto pace"
        " e libero commercio tra i paesi.",
    ],
)
def test_a_group_summit_where_is_held_verb_first_places_its_leaders_there(world_rules: Rules, text: str) -> None:
    (event,) = draft_on(world_rules, text, "2024-05-10").events
    assert (event.kind, event.status.value, event.host, event.place.city) == (
        "summit", "held", "luiz-inacio-lula-da-silva", "Brasília"
    )


@pytest.mark.parametrize(
    "text",
    [
        # A summit that was held there once is a look back, in this order as in English's.
        "Lula et le G20\nDepuis Brasília, où se tenait le sommet du G20 en 2024, le président Lula a appelé à la paix"
        " entre les pays.",
        # A party's meeting, told beside a call: no group's summit.
        "Lula et Ramaphosa\nLe président Lula a parlé au téléphone avec Cyril Ramaphosa, depuis Brasília, où se tient"
        " une réunion de son parti.",
        # Ministers' yearly meeting: no leaders' summit, though a leader writes to them.
        "Ministres du G20\nLes ministres des Affaires étrangères du G20 sont à Johannesburg, où se tient leur réunion"
        " annuelle; le président Lula leur a écrit une lettre.",
    ],
)
def test_a_meeting_where_is_held_verb_first_that_is_no_group_summit_brings_none(world_rules: Rules, text: str) -> None:
    assert draft_on(world_rules, text, "2024-05-10").events == ()
