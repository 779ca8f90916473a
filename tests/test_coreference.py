"""Source kinds and pronoun links on short hand-written texts: one test per kind of failure seen against gold."""

from __future__ import annotations

import pytest

from sourcescore.features import attribution, source_phrases
from sourcescore.features.document import parse


def links(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """(cue words, source kind, source text, subject words) for each cue."""
    result = attribution.extract(parse(text))
    return [
        (text[c.span.start : c.span.end], c.source.kind if c.source else None, c.source.text if c.source else None,
         text[c.subject[0] : c.subject[1]] if c.subject else None)
        for c in result.cues
    ]


def kind(phrase: str, text: str | None = None) -> tuple[str, str] | None:
    """The kind and text ``classify`` gives ``phrase`` where it first occurs in ``text`` (default: the phrase alone)."""
    text = text or phrase
    doc = parse(text)
    start = doc.text.index(phrase.replace("\u2019", "'"))  # the document reads curly apostrophes as straight ones
    found = source_phrases.classify(doc, start, start + len(phrase))
    return (found.kind, found.text) if found else None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Sen. Rob Portman (R-Ohio) said he had not thought about it.", "Sen. Rob Portman"),
        ("House Speaker Paul D. Ryan (R-Wis.) has said he has no plans.", "House Speaker Paul D. Ryan"),
        ("Sen. Marco Rubio, R-Fla., said the speech failed.", "Sen. Marco Rubio"),
    ],
)
def test_a_party_tag_stands_for_the_legislator_before_it(text: str, source: str) -> None:
    assert [(k, t) for _, k, t, _ in links(text)] == [("person", source)]


@pytest.mark.parametrize(
    "phrase",
    ["Senate Majority Leader Mitch McConnell", "FBI Director James B. Comey", "Supreme Court Justice Ruth Bader Ginsburg"],
)
def test_an_organisation_word_inside_a_title_leaves_the_name_a_person(phrase: str) -> None:
    assert kind(phrase) == ("person", phrase)


@pytest.mark.parametrize(
    "phrase", ["the Justice Department", "the State Department", "the Senate Intelligence Committee"]
)
def test_an_organisation_with_a_title_word_stays_an_organization(phrase: str) -> None:
    assert kind(phrase)[0] == "organization"  # type: ignore[index]


@pytest.mark.parametrize("phrase", ["MSNBC's Chris Matthews", "Reuters\u2019 Luciana Lopez", "Germany's Angela Merkel"])
def test_a_possessive_owner_before_a_name_leaves_the_name_a_person(phrase: str) -> None:
    assert kind(phrase)[0] == "person"  # type: ignore[index]


@pytest.mark.parametrize("phrase", ["And I", "If I", "But I\u2019m", "I'll", "You", "Why do I", "Ann & I"])
def test_the_first_and_second_person_are_no_source(phrase: str) -> None:
    assert kind(phrase) is None


def test_a_capitalised_function_word_is_no_part_of_a_name() -> None:
    text = "Bernie Sanders spoke in Iowa. But Sanders said the race was close."
    assert kind("But Sanders", text)[0] == "person"  # type: ignore[index]
    assert kind("After Clinton", "Hillary Clinton left. After Clinton testified, they met.")[0] == "person"  # type: ignore[index]
    assert kind("Al From", "Al From spoke.") == ("person", "Al From")  # a surname that is also a preposition


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jane Doe arrived late. And she said the plan works.", [("said", "person", "Jane Doe", "she")]),
        ("Jane Doe arrived late. While she said the plan works, nobody agreed.", [("said", "person", "Jane Doe", "she")]),
        ("So says a booming voice.", [("says", "anonymous", "a booming voice", "a booming voice")]),
    ],
)
def test_function_words_before_the_subject(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert links(text) == expected


def test_a_given_name_shows_the_gender() -> None:
    text = 'Donald Trump met Nancy Pelosi in Washington on Monday. "We talked," she said. "It went well," he said.'
    assert [(t, s) for _, _, t, s in links(text)] == [("Nancy Pelosi", "she"), ("Donald Trump", "he")]


def test_a_surname_takes_the_gender_of_the_full_name() -> None:
    text = 'Donald Trump and Nancy Pelosi debated. Trump went first. "We came a long way," she said.'
    assert [(t, s) for _, _, t, s in links(text)] == [("Nancy Pelosi", "she")]


def test_a_full_name_shows_its_own_gender_not_the_familys() -> None:
    # "Clinton" alone reads as the first Clinton named (Bill): "she" goes on to the woman named in full.
    text = ('Bill Clinton met Ms. Jennifer Clinton and Mr. Paul Ryan. He left early. '
            'Clinton spoke in Ames on Monday. "We came a long way," she said.')
    assert [(t, s) for _, _, t, s in links(text)] == [("Ms. Jennifer Clinton", "she")]
    text = 'Donald Trump left. Ivanka Trump spoke in Ames. "We came a long way," she said.'
    assert [(t, s) for _, _, t, s in links(text)] == [("Ivanka Trump", "she")]


def test_a_name_of_unknown_gender_fits_both_pronouns() -> None:
    text = 'Mr. Paul Ryan left. Bernie Sanders spoke in Ames. "We came a long way," she said.'
    assert [(t, s) for _, _, t, s in links(text)] == [("Bernie Sanders", "she")]


def test_a_people_is_no_candidate() -> None:
    text = 'Bernie Sanders visited the fence. Asian American voters came. "It is tight," he said.'
    assert [(t, s) for _, _, t, s in links(text)] == [("Bernie Sanders", "he")]


def test_a_sentence_opening_pronoun_keeps_the_subject_in_view() -> None:
    text = ('Donald Trump never mentioned Ted Cruz. He nodded only to his finish behind Jeb Bush. '
            '"We learned a lot," he said.')
    assert [(t, s) for _, _, t, s in links(text)] == [("Donald Trump", "he")]


def test_the_speaker_of_the_sentence_before_comes_first() -> None:
    text = 'The good news for Ted Cruz, Eric Woolson said, is the crowd. "That is a tough area," he said.'
    assert [(t, s) for _, _, t, s in links(text)][-1] == ("Eric Woolson", "he")


def test_place_names_and_function_words_are_no_candidates() -> None:
    text = ('Rick Wilson spoke in Miami. To Florida voters, the race in New Hampshire is remote. '
            '"Math is math," he said.')
    assert [(t, s) for _, _, t, s in links(text)] == [("Rick Wilson", "he")]


def test_a_pronoun_inside_a_quotation_is_the_quoted_speakers() -> None:
    text = 'Jane Doe spoke in Ames. "He told me nothing, and I said so," Jane Doe said.'
    # Cues inside a quotation are not read at all (the quotation is the outer cue's content), so no
    # pronoun in it is linked to the narrative's Jane Doe.
    assert [(t, s) for _, _, t, s in links(text)] == [("Jane Doe", "Jane Doe")]


def test_the_window_skips_sentences_inside_a_quotation() -> None:
    text = ('Bernie Sanders visited the border. "It is tight. It is hot. We saw families. They wait. '
            'They hope. They pray," he said.')
    assert [(t, s) for _, _, t, s in links(text)] == [("Bernie Sanders", "he")]


def test_a_clause_subject_named_before_is_cited_where_it_stands() -> None:
    # "Clinton attacked Trump, saying": Clinton, cited earlier, is the source at this clause, not the addressee.
    text = 'Hillary Clinton said the race was close. On Friday, Clinton attacked Trump, saying he was wrong.'
    doc = parse(text)
    cues = attribution.extract(doc).cues
    assert [(c.source.text, text[c.subject[0] : c.subject[1]]) for c in cues] == [
        ("Hillary Clinton", "Hillary Clinton"),
        ("Clinton", "Clinton"),
    ]
    assert cues[1].source.key == cues[0].source.key  # one source, two mentions


def test_a_bare_surname_after_a_title_elsewhere_is_a_person() -> None:
    assert kind("Trump", "Mr. Trump arrived late. Trump said the plan works.") == ("person", "Trump")
    assert kind("Pyongyang", "Pyongyang said the plan works.") == ("organization", "Pyongyang")


def test_a_surname_after_a_given_name_anywhere_is_a_candidate() -> None:
    # The first name around "Trump" is a headline's ("Response To Trump"); "Donald Trump" shows the person.
    text = ('Response To Trump. Donald Trump spoke on Monday. Trump also attacked Marco Rubio and Hillary Clinton. '
            '"They are weak," he said.')
    assert [(t, s) for _, _, t, s in links(text)] == [("Trump", "he")]
