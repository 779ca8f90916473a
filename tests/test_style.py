"""Style features: exact values on small hand-written texts, the seeds, and speed."""

from __future__ import annotations

import math

import pytest
import textstat

import sourcescore.features.style as style_module
from sourcescore.features.document import parse
from sourcescore.features.spans import FeatureSet
from sourcescore.features.style import FEATURES, NEUTRAL_READING_EASE, READING_EASE_RANGE, extract
from linearity import assert_linear


def style(text: str) -> FeatureSet:
    """Style features of ``text``."""
    return extract(parse(text))


def value(text: str, name: str) -> float:
    """One style value of ``text``; ``name`` without the ``style.`` prefix."""
    return style(text).values["style." + name]


def evidence(text: str, label: str) -> list[str]:
    """Original-text strings of the evidence spans carrying ``label``."""
    return [s.text(text) for s in style(text).evidence if s.label == label]


# -- shape ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["", "   \n\t \r\n ", "!!!", "\u200b\u00ad", "- \n* "])
def test_degenerate_texts_give_finite_values(text: str) -> None:
    fs = style(text)
    assert fs.name == "style"
    assert list(fs.values) == list(FEATURES)
    assert all(isinstance(v, float) and math.isfinite(v) for v in fs.values.values())
    assert fs.values["style.words"] == 0.0
    assert fs.values["style.flesch_reading_ease"] == NEUTRAL_READING_EASE


def test_empty_text_is_all_zero_but_readability() -> None:
    values = style("").values
    assert {k: v for k, v in values.items() if v} == {"style.flesch_reading_ease": NEUTRAL_READING_EASE}


def test_counts_and_lengths() -> None:
    values = style("The army moved north. Officials may confirm the count. The roads were closed.").values
    assert values["style.words"] == 13.0
    assert values["style.log_words"] == pytest.approx(math.log(14))
    assert values["style.sentences"] == 3.0
    assert values["style.mean_sentence_words"] == pytest.approx(13 / 3)


def test_words_are_the_documents_word_tokens(genuine_seed: str, fabricated_seed: str) -> None:
    for text in (genuine_seed, fabricated_seed):
        doc = parse(text)
        assert extract(doc).values["style.words"] == doc.word_count


# -- readability ---------------------------------------------------------------------------------
def test_flesch_matches_textstat_where_both_tokenize_alike() -> None:
    text = "The cat sat on the mat. The dog ran to the park. Birds sing in the morning."
    # 17 words, 3 sentences, 18 syllables.
    expected = 206.835 - 1.015 * 17 / 3 - 84.6 * 18 / 17
    assert value(text, "flesch_reading_ease") == pytest.approx(expected)
    assert value(text, "flesch_reading_ease") == pytest.approx(textstat.flesch_reading_ease(text))


def test_flesch_counts_hyphenated_parts_apart() -> None:
    # "Self-made" is one word of two syllables ("selfmade" would be guessed by Pyphen instead).
    assert value("Self-made men.", "flesch_reading_ease") == pytest.approx(206.835 - 1.015 * 2 - 84.6 * 3 / 2)


def test_stress_digits_are_counted_as_textstat_counts_stressed_phones() -> None:
    # _stressed_phones counts digits: exact only while every digit of CMUdict ends a phone.
    pronunciations, _ = style_module._dictionaries()
    for phones in pronunciations.values():
        expected = sum(1 for phone in phones.split() if phone[-1].isdigit())
        assert style_module._stressed_phones(phones) == expected, phones


def test_flesch_is_clamped() -> None:
    low, high = READING_EASE_RANGE
    assert value("Go.", "flesch_reading_ease") == high  # 121.22 unclamped
    assert value("Incomprehensibility " * 30 + "persists.", "flesch_reading_ease") == low


def test_flesch_survives_a_giant_token() -> None:
    assert value("Ab" * 50_000 + ".", "flesch_reading_ease") == READING_EASE_RANGE[0]


# -- vocabularies --------------------------------------------------------------------------------
def test_one_hedge_in_three_sentences() -> None:
    text = "The army moved north. Officials may confirm the count. The roads were closed."
    assert value(text, "hedges_per_sentence") == pytest.approx(1 / 3)


def test_hedge_phrases_span_whitespace() -> None:
    assert value("It appears   to work. Troops are said to have left.", "hedges_per_sentence") == 1.0


def test_hedge_inside_a_word_is_not_a_hedge() -> None:
    assert value("Their dismay grew. The couldron tipped.", "hedges_per_sentence") == 0.0


def test_may_the_month_is_not_a_hedge() -> None:
    # "in May" and "May 5" are the month; "may" and a sentence-opening "May we" are hedges.
    text = "In May the army may move. May 5 was quiet. May we go? It may."
    assert value(text, "hedges_per_sentence") == 3 / 4


def test_sensational_words_and_their_spans() -> None:
    text = "Officials called it a shocking Bombshell.\r\nIt reached new\u00a0heights."
    assert value(text, "sensational_per_sentence") == 1.5
    assert evidence(text, "sensational") == ["shocking", "Bombshell", "new\u00a0heights"]


def test_absolutes() -> None:
    assert value("Nobody ever wins. They always lose completely.", "absolutes_per_sentence") == 1.5
    assert value("It was an all-out assault.", "absolutes_per_sentence") == 1.0


def test_first_person_outside_quotes() -> None:
    # "We" inside the quotation and "US" the country do not count: We, our, I do.
    text = 'We think so. "We disagree," our critics said. I agree with the US.'
    assert value(text, "first_person_per_sentence") == 1.0


def test_second_person_outside_quotes() -> None:
    # "you" inside the quotation does not count; "You" and "your" in the writer's voice do.
    text = 'You will not believe it. "Did you see?" she asked. Check your bills. Youth wins.'
    assert value(text, "second_person_per_sentence") == 0.5


def test_first_person_inside_a_quote_that_holds_a_nested_quote() -> None:
    assert value("\"He told me 'no' and we left,\" she said.", "first_person_per_sentence") == 0.0


def test_vocabulary_matching_survives_case_changing_lowercase() -> None:
    # "İ" lower-cases to two characters; spans must still land on the original words.
    text = "İstanbul was shocking. We may see."
    assert evidence(text, "sensational") == ["shocking"]
    assert value(text, "hedges_per_sentence") == 0.5
    assert value(text, "first_person_per_sentence") == 0.5


def test_skipping_vocabularies_never_changes_a_value(
    monkeypatch: pytest.MonkeyPatch, genuine_seed: str, fabricated_seed: str
) -> None:
    texts = [
        genuine_seed,
        fabricated_seed,
        "It appears\nto be new\theights. Nobody, no\u00a0one! We-the people; my-self. May 5. May we?",
        "Jaw-dropping, all-out, you won't believe it: said to have gone; un-likely (likely).",
    ]
    gated = [extract(parse(t)) for t in texts]
    monkeypatch.setattr(style_module.PhraseMatcher, "possible", lambda self, run_bits: True)
    assert [extract(parse(t)) for t in texts] == gated


# -- punctuation, caps, quotes -------------------------------------------------------------------
def test_exclamations_and_questions() -> None:
    text = "Really? Yes! Wow!! Done."
    assert value(text, "sentences") == 4.0
    assert value(text, "exclamations_per_sentence") == 0.75
    assert value(text, "questions_per_sentence") == 0.25


def test_all_caps_words() -> None:
    # Not "US" (two letters), "F16" (digits) or "UAVs" (mixed case).
    text = "NATO and the IAEA met in the US with F16 pilots and UAVs."
    assert value(text, "all_caps_words_share") == 2 / 13
    assert evidence(text, "all-caps") == ["NATO", "IAEA"]
    assert value("McDONALD said so.", "all_caps_words_share") == 0.0


def test_quote_chars_share() -> None:
    assert value('He said "abc" today.', "quote_chars_share") == 3 / 20
    # The nested 'no' is inside the double quotation and counted once.
    text = "\"He told me 'no' and we left,\" she said."
    assert value(text, "quote_chars_share") == len("He told me 'no' and we left,") / len(text)


# -- bullets -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "lines",
    [
        ["- First point here", "- Second point here"],
        ["* First point here", "* Second point here"],
        ["\u2022 First point here", "\u2022 Second point here"],
        ["1) First point here", "2) Second point here"],
        ["1. First point here", "2. Second point here"],
        ["\u2013 First point here", "\u2013 Second point here"],
    ],
)
def test_bullet_header_on(lines: list[str]) -> None:
    text = "\n".join(lines) + "\nBody text follows. It ends."
    assert value(text, "bullet_header") == 1.0
    assert value(text, "bullet_lines_share") == 2 / 3
    assert evidence(text, "bullet-header") == lines


def test_bullet_header_after_a_title_line() -> None:
    text = "Troops sent north\n\n- First point\r\n- Second point\n\nBody text follows."
    assert value(text, "bullet_header") == 1.0
    assert evidence(text, "bullet-header") == ["- First point", "- Second point"]


@pytest.mark.parametrize(
    "text",
    [
        "- Only one bullet\nBody text follows. It ends.",
        "Body text.\nMore body.\nStill body.\n- Late bullet\n- Another late bullet",
        "*Video from the archive: soldiers\n*Another caption\nBody.",
        "2,000 troops left.\n3.5 percent more came.\nBody.",
    ],
)
def test_bullet_header_off(text: str) -> None:
    assert value(text, "bullet_header") == 0.0
    assert evidence(text, "bullet-header") == []


def test_late_bullets_still_count_as_bullet_lines() -> None:
    text = "Body text.\nMore body.\nStill body.\n- Late bullet\n- Another late bullet"
    assert value(text, "bullet_lines_share") == 2 / 5


# -- the seeds -----------------------------------------------------------------------------------
def test_seed_genuine(genuine_seed: str) -> None:
    fs = extract(parse(genuine_seed))
    assert fs.values["style.bullet_header"] == 0.0
    assert fs.values["style.sensational_per_sentence"] == 0.0
    assert fs.values["style.first_person_per_sentence"] == 0.0  # every "We" is quoted
    assert fs.evidence == []


def test_seed_fabricated(fabricated_seed: str) -> None:
    fs = extract(parse(fabricated_seed))
    assert fs.values["style.bullet_header"] == 1.0
    assert [s.text(fabricated_seed) for s in fs.evidence if s.label == "sensational"] == ["new heights", "harrowing", "brutal"]
    assert [s.text(fabricated_seed) for s in fs.evidence if s.label == "all-caps"] == ["NATO", "NATO", "UAV", "RAND", "IAEA", "SLBM"]
    assert [s.sentence for s in fs.evidence if s.label == "bullet-header"] == [0, 1, 2]


def test_seeds_differ_in_readability(genuine_seed: str, fabricated_seed: str) -> None:
    genuine = extract(parse(genuine_seed)).values["style.flesch_reading_ease"]
    fabricated = extract(parse(fabricated_seed)).values["style.flesch_reading_ease"]
    assert genuine - fabricated > 15


# -- cost ----------------------------------------------------------------------------------------
PATHOLOGICAL = {
    "vocabulary": lambda n: " ".join(["alpha", "may", "shocking", "We", "I", "new", "heights", "said", "NATO's"] * n),
    "unique-words": lambda n: " ".join(f"w{i}x" for i in range(n)),
    "glued-hedges": lambda n: "may" * n,
    "caps-run": lambda n: "A" * n,
    "long-gap": lambda n: "new" + " " * n + "heights",
    "bullets": lambda n: "- a\n" * n,
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_linear_on_pathological_input(name: str) -> None:
    assert_linear(lambda text: extract(parse(text)), PATHOLOGICAL[name], 5_000)


def test_specificity_shares() -> None:
    # 12 word tokens ("2,300" is two); "Okafor" and "Riverton" sit inside the sentence, "Mayor" opens
    # it; "48" and "2,300" are the two numbers.
    text = "Mayor Okafor said Riverton will spend 48 million on 2,300 homes."
    assert value(text, "proper_noun_share") == pytest.approx(2 / 12)
    assert value(text, "number_share") == pytest.approx(2 / 12)


def test_syllables_match_textstat_word_for_word() -> None:
    words = ["reliable", "pyongyang", "unmanned", "the", "counteroffensives", "xyzzyq", "korea's", "n't", "3rd", "hijab", "snuffled", "a"]
    assert [style_module._dictionary_syllables(w) for w in words] == [textstat.syllable_count(w) for w in words]


def test_first_pronunciations_are_those_textstat_reads() -> None:
    # The table read straight from the file holds what cmudict.dict() (textstat's get_cmudict) gives.
    from textstat.backend.utils._get_cmudict import get_cmudict

    expected = {word: prons[0] for word, prons in get_cmudict("en_US").items()}
    table = style_module._first_pronunciations()
    assert table.keys() == expected.keys()
    assert all(table[word].split() == phones for word, phones in expected.items())


def test_hyphenation_points_are_pyphens() -> None:
    from textstat.backend.utils._get_pyphen import get_pyphen

    pyphen = get_pyphen("en_US")
    hyphenator = style_module._dictionaries()[1]
    words = sorted(style_module._first_pronunciations())[::7] + ["pyongyang", "saakyan", "xyzzyq", "Rudenko", "a", ""]
    assert [hyphenator.count(w) for w in words] == [len(pyphen.positions(w)) for w in words]
