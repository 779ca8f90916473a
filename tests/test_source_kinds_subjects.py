"""Which words are the source of a cue: the subject's clause, its appositives, and the passive (issue #13, item 3).

Each case is a kind of false person/organization source seen on the PolNeAR gold: a place inside an
appositive read as the speaker ("Houston, Texas, said"), a prepositional phrase after the verb read
as an inverted subject ("said on Twitter"), the name without the role before it ("Carter's press
secretary, Peter Cook"), the name standing for "who", and the subject of a passive (the one spoken to).
"""

from __future__ import annotations

import pytest

from sourcescore import Scorer
from sourcescore.features import attribution
from sourcescore.features.document import parse


def cues(text: str) -> list[tuple[str, str | None, str | None, str | None, bool, bool]]:
    """(cue words, source kind, source text, subject words, linked, hearsay) for each cue."""
    result = attribution.extract(parse(text))
    return [
        (text[c.span.start : c.span.end], c.source.kind if c.source else None, c.source.text if c.source else None,
         text[c.subject[0] : c.subject[1]] if c.subject else None, c.linked, c.hearsay)
        for c in result.cues
    ]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # "City, State," inside an appositive: the comma before the state splits nothing.
        ("Christopher Harvey, an African-American delegate from Houston, Texas, said the turmoil was fine.", "Christopher Harvey"),
        ("Paul Porter, a truck driver from Ava, Mo., who is a member of the union, said he was paid well.", "Paul Porter"),
        ("Brianne Stone, 29, of Huntsville, Ala., says she likes the plan.", "Brianne Stone"),
        ("Sandra Inman, a Cruz supporter from Jackson, Miss., said the rally was loud.", "Sandra Inman"),
        # After an article the place modifies a noun, and its commas are an appositive's.
        ("Jeffrey Salkin, a Hollywood, Fla., rabbi helping to organize the boycott, said the rabbis were alarmed.", "Jeffrey Salkin"),
    ],
)
def test_a_state_after_a_city_is_no_speaker(text: str, source: str) -> None:
    assert [(c[1], c[2]) for c in cues(text)] == [("person", source)]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # A role before the name is part of the subject (PolNeAR's source span; its head is the role).
        ("Carter's press secretary, Peter Cook, told reporters the plan was ready.", "Carter's press secretary, Peter Cook"),
        ("One of his advisers, Tad Devine, told reporters the plan was ready.", "One of his advisers, Tad Devine"),
        ("The group's executive director, Betty Bradley, said the event was a success.", "The group's executive director, Betty Bradley"),
        # A name first keeps its own span; a time phrase before the name is no role.
        ("Jane Doe, the chief executive, said the plan was ready.", "Jane Doe"),
        ("On Monday, Jane Doe, said the plan was ready.", "Jane Doe"),
    ],
)
def test_a_role_before_the_name_belongs_to_the_source(text: str, source: str) -> None:
    assert [(c[1], c[2]) for c in cues(text)] == [("person", source)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # No subject follows the verb when a prepositional phrase does: the subject is before the commas.
        ("Clinton, 35, the daughter of former President Bill Clinton, said on Twitter on Monday that she was happy.",
         ("person", "Clinton")),
        ("Gen. John Allen, who led the forces, said on ABC's program on Sunday that the plan was wrong.",
         ("person", "Gen. John Allen")),
        # A prepositional phrase between commas modifies the subject before it.
        ("Several candidates, including Trump, said the United States should refuse refugees.", ("vague", "Several candidates")),
    ],
)
def test_a_prepositional_phrase_is_no_subject(text: str, expected: tuple[str, str]) -> None:
    assert [(c[1], c[2]) for c in cues(text)] == [expected]


def test_who_stands_at_the_cue_for_the_name_before_it() -> None:
    text = "The rally was held by Mr. Tom Park, who said the crowd was large."
    assert cues(text) == [("said", "person", "Mr. Tom Park", "who", True, False)]
    report = Scorer().score(text).to_dict()
    (attr,) = report["attributions"]
    assert (attr["source"]["text"], attr["source"]["kind"]) == ("who", "pronoun")
    assert attr["resolved_source"]["text"] == "Mr. Tom Park"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # The subject of a passive speech verb is spoken to or about: no source is named.
        ("Sanders had been told that the plan was bad.", "had been told"),
        ("Jane Doe was warned that the plan was bad.", "was warned"),
        ("Sanders wasn't told that the plan was bad.", "wasn't told"),
        ("Jane Doe was famously told that the plan was bad.", "was famously told"),
    ],
)
def test_the_subject_of_a_passive_is_no_source(text: str, cue: str) -> None:
    found = [c for c in cues(text) if c[0] == cue]
    assert found and all(c[1] is None and c[5] for c in found)


def test_an_active_cue_and_quoted_as_saying_keep_their_subject() -> None:
    assert [(c[1], c[2], c[5]) for c in cues("Bernie Sanders told reporters that the plan was bad.")] == [("person", "Bernie Sanders", False)]
    assert [(c[1], c[2], c[5]) for c in cues("Jane Doe was quoted as saying the plan was bad.")] == [("person", "Jane Doe", False)]


def test_the_one_told_is_never_the_source() -> None:
    # No subject before "told" (a long relative clause): the subject is the clause's, not the one spoken to.
    text = ("Ivanka Trump, who is executive vice president of development and acquisitions at the Trump Organization, "
            "told the New York Times that she took off eight days.")
    assert [(c[0], c[1], c[2]) for c in cues(text)] == [("told", "person", "Ivanka Trump")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An abbreviation of initials, or a website, goes on past its periods.
        ("It is now cleared to fly again, according to the F.A.A.  Most people lease planes.", ("organization", "the F.A.A.")),
        ("The Boeing has flown 333 hours, according to F.A.A. records.", ("document", "F.A.A. records")),
        ("The firm was paid $1 million, according to U.S. lobbying records.", ("document", "U.S. lobbying records")),
        ("That figure is closer to 15 percent, according to Factcheck.org.", ("organization", "Factcheck.org")),
        ("He left early, said Alan B. Krueger, an economist.", ("person", "Alan B. Krueger")),
    ],
)
def test_abbreviations_do_not_cut_a_source_short(text: str, expected: tuple[str, str]) -> None:
    assert [(c[1], c[2]) for c in cues(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A title word after a given name or an initial is a surname: a person, not a bare title.
        ("Representative Peter T. King, Republican of New York, said the network was fair.", ("person", "Representative Peter T. King")),
        ("Senate Majority Leader Mitch McConnell said the vote would wait.", ("person", "Senate Majority Leader Mitch McConnell")),
        ("The King said the vote would wait.", ("anonymous", "The King")),
        # A person heading a chain of appositives is the subject, not the company the last one names.
        ("Gustav Ando, research director for IHS Life Sciences, a business information company, said the deal was big.",
         ("person", "Gustav Ando")),
        ("Matthew Prince, chief executive of CloudFlare, a San Francisco company, said the site was up.", ("person", "Matthew Prince")),
    ],
)
def test_a_person_heads_the_subject(text: str, expected: tuple[str, str]) -> None:
    assert [(c[1], c[2]) for c in cues(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A plural verb ("say", "have said", "both stressed") makes "X and Y" one subject: the first conjunct is part of it.
        ("Jeb Bush and Chris Christie say they will run.", "Jeb Bush and Chris Christie"),
        ("Richards and Menendez both stressed that it was bad.", "Richards and Menendez"),
        ("Clinton and the State Department have said the server was safe.", "Clinton and the State Department"),
        # Names on both sides of "and" are one subject whatever the verb: a coordination, or a name holding "and".
        ("Mr. Peck and Mr. Mahaney said the data was right.", "Mr. Peck and Mr. Mahaney"),
        ("The Centers for Disease Control and Prevention estimates that one in 45 children has autism.",
         "The Centers for Disease Control and Prevention"),
        # A singular or past verb with no plural mark leaves "and" a clause boundary.
        ("Clinton won Iowa and Bernie Sanders said he was happy.", "Bernie Sanders"),
    ],
)
def test_a_plural_verb_takes_both_conjuncts(text: str, expected: str) -> None:
    assert [c[2] for c in cues(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An evidence verb with a pronoun subject attributes only with "that" or a quotation after it, as after a name.
        ("Bill Hobbs spoke first. He showed a video of the rally.", []),
        ("Bill Hobbs spoke first. He showed that the rally was large.", [("showed", "person", "Bill Hobbs")]),
        # "It" standing for a document: the document shows what it holds, no "that" needed.
        ("The campaign spent little, according to the FEC's quarterly report. It showed $200,000 in payments.",
         [("according to", "document", "the FEC's quarterly report"), ("showed", "document", "the FEC's quarterly report")]),
        # Speech verbs keep their object: "he called Trump a con artist" is an attribution.
        ("Marco Rubio spoke first. He called Trump a con artist.", [("called", "person", "Marco Rubio")]),
    ],
)
def test_an_evidence_verb_after_a_pronoun_needs_a_clause(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(c[0], c[1], c[2]) for c in cues(text)] == expected
