"""Russian and Arabic attribution (issue 15 item 4): the classes the reader needed for them.

Sentences written for these tests (invented people).  Each class has the case and neighbours."""

from __future__ import annotations

import pytest

from claimcheck.ingest.language import detect
from claimcheck.lexicons import load_lexicons
from claimcheck.parse.attributions.driver import extract_attributions
from claimcheck.parse.sentences import split_sentences

LEX = load_lexicons()


def atts(text: str, lang: str):
    return extract_attributions(text, split_sentences(text, lexicons=LEX), LEX, language=lang)


def row(a):
    src = a.source.span.text if a.source is not None and a.source.span is not None else None
    return src, a.cue.text, a.act, a.content.text


@pytest.mark.parametrize("text, lang", [
    ("Министр заявил, что переговоры продолжатся.", "ru"),
    ("Губернатор отказался от комментариев.", "ru"),
    ("ولم ترد الوزارة على طلب للتعليق.", "ar"),
    ("قال الوزير إن الاتفاق نهائي.", "ar"),
    # a Latin-script line has no script to fall back on: it is English by its two function words
    # ("the", "said"; stop 23's short-text rule), and und with none ("Ana Maro, Velmora, 2024.")
    ("The minister said talks were over.", "en"),
    ("Ana Maro, Velmora, 2024.", "und"),
])
def test_a_one_line_item_is_read_in_the_language_of_its_script(text, lang):
    assert detect(text, LEX) == lang


@pytest.mark.parametrize("text, want", [
    # verb-subject order: the noun phrase after the cue is the subject
    ("قال وزير الخارجية نادر سالم إن المفاوضات ستستأنف.", ("وزير الخارجية نادر سالم", "قال", "assert",
                                                          "المفاوضات ستستأنف")),
    ("وأكدت مصادر طبية أن عدد الجرحى ارتفع.", ("مصادر طبية", "وأكدت", "assert", "عدد الجرحى ارتفع")),
    ("من جهته، أكد الناطق باسم الحكومة أن الوضع مستقر.", ("الناطق باسم الحكومة", "أكد", "assert", "الوضع مستقر")),
    # the content first, then the cue and its subject
    ("«لن نتراجع»، قال زعيم المعارضة في مؤتمر صحفي.", ("زعيم المعارضة", "قال", "assert", "«لن نتراجع»")),
    # a denial whose object opens with a listed word
    ("نفى المتحدث باسم الجيش صحة الأنباء عن الانسحاب.", ("المتحدث باسم الجيش", "نفى", "deny",
                                                        "صحة الأنباء عن الانسحاب")),
    # harakat and tatweel inside the cue
    ("وقالَ المتحدثُ إنَّ القرارَ نهائيٌّ.", ("المتحدثُ", "وقالَ", "assert", "القرارَ نهائيٌّ")),
    ("وأكـد رئيس البلدية أن المياه ستعود.", ("رئيس البلدية", "وأكـد", "assert", "المياه ستعود")),
])
def test_arabic_verb_first(text, want):
    got = [row(a) for a in atts(text, "ar")]
    assert got and got[0][:3] == want[:3] and got[0][3].strip("«»") == want[3].strip("«»"), got


def test_arabic_relayed_speaker_and_outlet():
    (a,) = atts("ونقلت وكالة الأنباء عن مصدرين دبلوماسيين أن المحادثات تعثرت.", "ar")
    assert a.source.span.text == "مصدرين دبلوماسيين" and [v.text for v in a.via] == ["وكالة الأنباء"]


def test_arabic_new_clause_ends_the_content_before_it():
    got = [row(a) for a in atts("تقول السلطات إن الحريق نجم عن ماس كهربائي، لكن السكان يشككون في هذه الرواية.", "ar")]
    assert [g[0] for g in got] == ["السلطات", "السكان"]
    assert got[0][3] == "الحريق نجم عن ماس كهربائي"


@pytest.mark.parametrize("text, lang, source", [
    ("Пресс-секретарь губернатора отказался от комментариев.", "ru", "Пресс-секретарь губернатора"),
    ("Представители ведомства от комментариев отказались.", "ru", "Представители ведомства"),
    ("ولم يعلق البيت الأبيض على الفور.", "ar", "البيت الأبيض على الفور"),
])
def test_a_non_answer_needs_no_content(text, lang, source):
    (a,) = atts(text, lang)
    assert a.act == "decline" and a.content.text == "" and a.source.span.text.startswith(source.split()[0])


@pytest.mark.parametrize("text, source, via", [
    ("Агентство «Вести-Инфо» сообщает со ссылкой на источники в МИД, что визит отложен.",
     "Агентство «Вести-Инфо»", None),
    ("Как сообщило агентство «Интерфакс», задержанным предъявлено обвинение.", "агентство «Интерфакс»", None),
    ("Министр сообщил газете «Северный вестник», что визит отложен.", "Министр", "«Северный вестник»"),
    ("Компания «Северснаб» отрицает свою причастность к аварии.", "Компания «Северснаб»", None),
])
def test_russian_quoted_names_are_part_of_a_noun_phrase(text, source, via):
    (a,) = atts(text, "ru")
    assert a.source.span.text == source
    if via:
        assert any(via in v.text for v in a.via)
    assert not a.direct_quote


@pytest.mark.parametrize("text, source, content", [
    ("«Мы не уйдём», — сказал командир батальона.", "командир батальона", "«Мы не уйдём»"),
    ("„Мы готовы к диалогу“, — написал лидер оппозиции Павел Горин.", "лидер оппозиции Павел Горин",
     "„Мы готовы к диалогу“"),
    ("Это решение окончательное, подчеркнул судья.", "судья", "Это решение окончательное"),
])
def test_russian_quote_before_the_cue(text, source, content):
    (a,) = atts(text, "ru")
    assert a.source.span.text == source and a.content.text == content


def test_arabic_subject_ends_before_a_time_word():
    (a,) = atts("قال وزير الخارجية سيرجي فولكوف يوم الاثنين إن المحادثات ستستأنف.", "ar")
    assert a.source.span.text == "وزير الخارجية سيرجي فولكوف" and a.content.text == "المحادثات ستستأنف"
