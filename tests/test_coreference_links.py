"""Pronoun and description links on short hand-written texts: one test per kind of miss seen against PolNeAR gold."""

from __future__ import annotations

import pytest

from sourcescore.features import attribution
from sourcescore.features.document import parse


def linked(text: str) -> list[tuple[str, str | None]]:
    """(subject words, linked source text) for each cue whose source was reached through its subject."""
    result = attribution.extract(parse(text))
    return [
        (text[c.subject[0] : c.subject[1]] if c.subject else "", c.source.text if c.source else None)
        for c in result.cues
        if c.linked
    ]


def test_a_fronted_adverbial_comes_after_the_main_clause() -> None:
    # The subject of the sentence before is the main clause's, not a name in the fronted "Asked about ...".
    text = 'Asked about Jeb Bush, Donald Trump laughed at the question. "He has low energy," he said.'
    assert linked(text) == [("he", "Donald Trump")]
    text = 'In an interview with Megyn Kelly on Monday, Donald Trump spoke about the wall. "It will be big," he said.'
    assert linked(text) == [("he", "Donald Trump")]


def test_a_fronted_adverbial_before_a_pronoun_subject_keeps_its_name() -> None:
    # "When ... Tim Allen ..., he offered": the pronoun subject stands for the name in the fronted clause.
    text = ('When the interview steered Tim Allen toward politics, he offered his thoughts on Donald Trump. '
            '"I think it is funny," he said.')
    assert linked(text)[-1] == ("he", "Tim Allen")


def test_a_name_after_a_determiner_is_no_candidate() -> None:
    text = 'Mary Smith spoke in Iowa. Since launching his White House bid, the senator had waited. "We won," she said.'
    assert linked(text) == [("she", "Mary Smith")]


def test_a_given_name_alone_is_a_person_of_its_gender() -> None:
    text = ('Bob agreed to talk on the condition that his last name not be used. A 2014 House Intelligence Committee '
            'report found no evidence of an order. "I thought I would regret it," he said.')
    assert linked(text) == [("he", "Bob")]


def test_a_given_name_after_a_preposition_is_a_place() -> None:
    text = 'Scott Walker sounded equivocal this week. "It is just sad," he told WKOW-TV of Madison. "We can do better," he said.'
    assert linked(text) == [("he", "Scott Walker"), ("he", "Scott Walker")]


def test_a_lone_capitalised_subject_with_a_verb_is_a_person() -> None:
    # "Cruz" is named nowhere in full: in subject position, before a verb, it is a person of unknown gender.
    text = ('Donald Trump went with the odds, and Cruz was not asked. Cruz openly admitted that his pick was '
            'political. "With an eye to February," he said.')
    assert linked(text)[-1] == ("he", "Cruz")


@pytest.mark.parametrize("opening", ["People should provide evidence", "Moments later the crowd cheered"])
def test_a_common_noun_opening_a_sentence_is_no_subject(opening: str) -> None:
    text = f'Foreign Ministry spokesman Lu Kang repeated that hacking is a crime. {opening}, he told reporters.'
    assert linked(text)[-1] == ("he", "Lu Kang")


def test_a_lone_surname_of_a_family_links_to_the_member_of_the_pronouns_gender() -> None:
    # "Bill Clinton" and "Hillary Rodham Clinton" are both named: "Clinton" alone shows no gender, and "she"
    # is linked to the one of them whose given name fits it.
    text = ('Bill Clinton campaigned in Iowa. Hillary Rodham Clinton spoke in Boston. '
            'Clinton promised Nancy Pelosi to fix the roads. "We will build," she said.')
    assert linked(text) == [("she", "Hillary Rodham Clinton")]


def test_an_opening_pronoun_of_the_other_gender_is_no_antecedent() -> None:
    # "Hillary" shows no gender: read through the opening "She", Hillary Clinton would fit "he" as well.
    text = 'FBI Director James Comey questioned Hillary Clinton on Monday. She did receive some emails, he said.'
    assert linked(text) == [("he", "FBI Director James Comey")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Ohio Gov. John Kasich, a Republican contender, predicted that Republicans will win if Bernie Sanders wins. '
         '"That is not an issue," he said.', "Ohio Gov. John Kasich"),
        ('Former Pennsylvania governor Ed Rendell, one of her supporters, was resolute. "Absolutely not," he said.',
         "Ed Rendell"),
    ],
)
def test_a_place_before_a_title_is_no_name(text: str, name: str) -> None:
    assert linked(text) == [("he", name)]


def test_a_name_that_modifies_a_role_is_not_the_person() -> None:
    text = ('Barack Obama won in Iowa. Obama consultant Cornell Belcher picked up a similar thread. '
            '"They have a lot in common," he said.')
    assert linked(text) == [("he", "Cornell Belcher")]


def test_the_speaker_a_pronoun_was_linked_to_stays_the_one_talked_about() -> None:
    text = ('Donald Trump won. Congressman Chris Collins, a Trump supporter, said the plan works. Outright victory is vital, he said '
            'after meeting with Trump aides, because he said party leaders oppose it.')
    assert linked(text) == [("he", "Congressman Chris Collins"), ("he", "Congressman Chris Collins")]


def test_a_definite_description_renames_the_titled_person() -> None:
    text = ('Sen. Marco Rubio spoke in Miami. Rubio congratulated Donald Trump. '
            'The Florida senator sought to calm his supporters. He said that he would pray.')
    assert linked(text) == [("He", "Sen. Marco Rubio")]


def test_a_definite_description_renames_the_subject_before_it() -> None:
    text = ('Marco Rubio spoke over boos as he congratulated Donald Trump. Rubio offered the crowd an evaluation. '
            'The Florida senator sought to calm his supporters. He said that he would pray.')
    assert linked(text) == [("He", "Rubio")]


def test_the_senator_as_a_subject_is_the_senator_named_before() -> None:
    text = 'Sen. Ted Cruz spoke in Iowa on Monday. Donald Trump left early. The senator said the plan fails.'
    assert linked(text) == [("The senator", "Sen. Ted Cruz")]


def test_an_elided_subject_is_the_main_clauses() -> None:
    # "..., saying" hangs on the main clause, not on a name in the fronted adverbial or its object.
    text = ('Paul Manafort did not respond. In television interviews on Sunday, he defended Mr. Trump\'s views on '
            'Russia, saying that Mr. Trump would be firm.')
    assert linked(text) == [("he", "Paul Manafort")]
    text = ('When Robby Mook, Clinton\u2019s campaign manager, was asked if Clinton would hold a press conference, '
            'he laughed and said, "We will see."')
    assert linked(text) == [("he", "Robby Mook")]


def test_a_surname_that_is_also_a_given_name_shows_no_sex() -> None:
    # "Christie" is on the list of women's names, but "Chris Christie" shows it is a surname here.
    text = ('New Jersey Gov. Chris Christie spoke in Trenton. Asked about Hillary Clinton, Christie blamed Clinton '
            'for the tone of the campaign. "She should be ashamed," he said.')
    assert linked(text) == [("he", "Christie")]


def test_a_surname_read_as_an_organization_is_a_person_in_subject_position() -> None:
    # "Cruz said" with no title reads as an organization ("Pyongyang said"); as the subject of a verb, and a
    # surname of "Ted Cruz" elsewhere, it is the person "he" stands for.
    text = ('Ted Cruz and Donald Trump met in Iowa. Donald Trump went with the odds. Cruz admitted that his pick was '
            'political. "With an eye to February," he said.')
    assert linked(text)[-1][0] == "he" and "Cruz" in (linked(text)[-1][1] or "")


def test_they_is_a_group_not_one_person() -> None:
    # "they" takes the last group or organization cited ("Mexican officials"), not the one person cited after it.
    text = ('Mexican officials said the polls were worrying. Foreign Secretary Claudia Ruiz Massieu said she would travel. '
            'The outreach, they said, raised new worries.')
    assert linked(text) == [("they", "Mexican officials")]


def test_a_cue_in_a_fronted_clause_hangs_on_the_main_clauses_pronoun() -> None:
    text = ('Bernie Sanders spoke in Philadelphia on Thursday. While saying that he does respect Mrs. Clinton, '
            'he continued to criticize her.')
    assert linked(text) == [("he", "Bernie Sanders")]
    text = ('Donald Trump made no mention of his faith. And although he thanked the evangelical community, he sounded '
            'a rare note, saying, "I am not sure I deserve it."')
    assert linked(text) == [("he", "Donald Trump")]


def test_a_given_name_of_unknown_sex_takes_the_sex_its_own_pronouns_show() -> None:
    # "Hillary" is on no list of one sex; "Hillary Clinton ... herself" shows it, so "he" passes her by.
    text = ('Donald Trump spoke in Iowa on Monday. Hillary Clinton cast herself as the heir of the president. '
            'Clinton "caused tremendous havoc," he said.')
    assert linked(text) == [("he", "Donald Trump")]


def test_a_cited_phrase_that_is_no_name_is_no_antecedent() -> None:
    # A cue's subject read as a person but holding a clause is not who "he" stands for.
    from sourcescore.features.coreference_names import _name_like

    assert _name_like("Clinton spokesman Josh Schwerin") and _name_like("David Woodard of Clemson University")
    assert not _name_like("he doesn\u2019t need Dodd-Frank\u2019s")
    assert not _name_like("The nation\u2019s largest gun group is accusing Obama of political exploitation for")


def test_a_title_links_the_subject_of_say_not_of_an_ordinary_verb() -> None:
    # Linked to a person, "The senator called the plan ..." would need a complement; the cue is kept as it was.
    text = 'Sen. Ted Cruz spoke in Iowa on Monday. Donald Trump left early. The senator called the plan "a disaster."'
    cues = attribution.extract(parse(text)).cues
    assert [(c.verb, c.source.text if c.source else None, c.linked) for c in cues] == [("call", "The senator", False)]
