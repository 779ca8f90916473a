"""Attribution cues, their sources and claim coverage on small hand-written texts."""

from __future__ import annotations

import pytest

from sourcescore.features import attribution
from sourcescore.features.document import parse


def cues(text: str) -> list[tuple[str, str | None, str | None]]:
    """(verb lemma, source kind, source text) for each cue."""
    result = attribution.extract(parse(text))
    return [(c.verb, c.source.kind if c.source else None, c.source.text if c.source else None) for c in result.cues]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police said 12 people were arrested on Monday.", [("say", "organization", "Police")]),
        ('"We are pleased," said Jane Doe, the chief executive.', [("say", "person", "Jane Doe")]),
        ("Last month, Jane Doe, the chief executive, said profits rose.", [("say", "person", "Jane Doe")]),
        ("Prices rose, according to the Labor Department.", [("according to", "organization", "the Labor Department")]),
        ("Military experts highlight three implications of the move.", [("highlight", "vague", "Military experts")]),
        ("Studies show that voters agree with the plan.", [("show", "vague", "Studies")]),
        ("A Ukrainian intelligence officer told Current Time that troops left.",
         [("tell", "anonymous", "A Ukrainian intelligence officer")]),
        ("Sources familiar with the matter said the deal was done.",
         [("say", "anonymous", "Sources familiar with the matter")]),
    ],
)
def test_cue_and_source(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert cues(text) == expected


def test_past_tense_cue_share_counts_tensed_cue_verbs_only() -> None:
    # said, noted: past; says, show: present; "according to" has no tense and is left out.
    text = ("The minister said taxes rise. Analysts noted a fall. The bank says rates hold. "
            "Studies show gains. According to the police, two fled.")
    assert attribution.extract(parse(text)).values["attribution.past_tense_cue_share"] == 0.5
    assert attribution.extract(parse("No one spoke.")).values["attribution.past_tense_cue_share"] == 0.0


def test_ordinary_verbs_are_not_attributions() -> None:
    assert cues("The company reported revenue of $5 million. Smith found the keys in the car.") == []


def test_agentless_passive_is_hearsay_without_a_source() -> None:
    result = attribution.extract(parse("North Korean forces are said to have played a role in the fighting."))
    assert [(c.verb, c.hearsay, c.source) for c in result.cues] == [("say", True, None)]
    assert result.values["attribution.attributed_claims"] == 0.0
    assert result.values["attribution.hearsay_per_claim"] == 1.0


def test_pronoun_resolves_to_last_person() -> None:
    text = 'Military spokesman Lee Sung Joon spoke on Monday. Lee Sung Joon said the drones were new. "They can be shot down," he said.'
    result = attribution.extract(parse(text))
    assert [c.source.text for c in result.cues if c.source] == ["Lee Sung Joon", "Lee Sung Joon"]


def test_quoted_as_saying_names_quoter_and_source() -> None:
    text = "Yonhap news agency quoted the military's General Staff as saying 3,000 soldiers were sent."
    (cue,) = attribution.extract(parse(text)).cues
    assert cue.quoter is not None and cue.quoter.text == "Yonhap news agency"
    assert cue.source is not None and cue.source.text == "the military's General Staff"


def test_claims_and_coverage() -> None:
    text = (
        "The army moved 300 tanks to the border on Friday.\n"
        '"We are ready," General Anna Kowalski said. "Our troops are trained for winter in Poland."\n'
        '"Nobody will surprise the Polish army," she added.\n'
        "Is this the start of a war?\n"
        "Officials in Warsaw declined to comment."
    )
    result = attribution.extract(parse(text))
    assert result.claims == [0, 1, 2, 3, 5]
    assert sorted(result.coverage) == [1, 2, 3]
    assert result.values["attribution.attributed_share"] == pytest.approx(3 / 5)


def test_enumeration_inherits_the_colon_cue() -> None:
    text = "Analysts note two risks: First, prices in Berlin rise. Second, Berlin wages fall by 3 percent."
    result = attribution.extract(parse(text))
    assert result.coverage[1] is result.coverage[0]


def test_clause_start_pattern_matches_as_the_plain_alternation() -> None:
    # _CLAUSE_START_RE is written for speed; it must find what this readable form finds.
    import random
    import re

    plain = re.compile(
        r"(?:[,;:\u2014(\"]|\.\.\.|\b(?:that|when|as|while|because|but|and|after|where|which|who|whom|"
        r"if|although|since|whereas|though|whether)\b)\s*"
    )
    words = ["that", "when", "as", "while", "because", "but", "and", "after", "where", "which", "who", "whom",
             "if", "although", "since", "whereas", "though", "whether", "...", "Whom", "thatch", "ifs", "_as"]
    pieces = [*"abistwhnecuflogrdm .,;:\u2014(\"\n'xyzT_1", *words]
    rng = random.Random(0)
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        assert [m.span() for m in attribution._CLAUSE_START_RE.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def full(text: str) -> list[tuple[str, str | None, str | None, str | None, bool]]:
    """(cue words, source kind, source text, subject words, linked) for each cue."""
    result = attribution.extract(parse(text))
    return [
        (text[c.span.start : c.span.end], c.source.kind if c.source else None, c.source.text if c.source else None,
         text[c.subject[0] : c.subject[1]] if c.subject else None, c.linked)
        for c in result.cues
    ]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Jane Doe has said that the plan works.", "has said"),
        ("Jane Doe had told reporters that the plan works.", "had told"),
        ("Jane Doe is saying the plan works.", "is saying"),
        ("Jane Doe would later say the plan works.", "would later say"),
        ("Jane Doe has repeatedly said the plan works.", "has repeatedly said"),
        ("Jane Doe went on to say the plan works.", "went on to say"),
        ("Jane Doe did not say whether the plan works.", "did not say"),
    ],
)
def test_cue_verb_group_in_every_tense_aspect_and_voice(text: str, cue: str) -> None:
    assert full(text) == [(cue, "person", "Jane Doe", "Jane Doe", False)]


def test_participle_and_coordinated_cues_take_the_clause_subject_not_the_addressee() -> None:
    text = "Hillary Clinton rebuked Mr. Trump, saying that he lied. Donald Trump called in, telling Stephanopoulos that he won."
    assert [(c, t, s) for c, _, t, s, _ in full(text)] == [
        ("saying", "Hillary Clinton", "Hillary Clinton"),
        ("telling", "Donald Trump", "Donald Trump"),
    ]
    assert [s for _, _, s, _, _ in full("Jane Doe spoke in Ames and said she would return.")] == ["Jane Doe"]


@pytest.mark.parametrize(
    "text",
    [
        "Voters in both states went to the polls.",
        "The state budget grew, and the states lost.",
        "Congress has the final say on the budget.",
        "Editor's note: this story was updated.",
    ],
)
def test_noun_senses_of_cue_words_are_not_cues(text: str) -> None:
    assert full(text) == []


def test_a_cue_after_the_quotation_and_before_it() -> None:
    text = '"We will win," said Alan B. Krueger, a professor. Jane Doe said: "We lost."'
    assert [(c, t) for c, _, t, _, _ in full(text)] == [("said", "Alan B. Krueger"), ("said", "Jane Doe")]


@pytest.mark.parametrize(
    "text",
    [
        '"As I said at the first debate, there is no doubt," Clinton said.',
        '"I believe him when he says he will stay," Bloomberg told reporters.',
        '"So I just want to tell you right now, you are reprimanded," Trump said.',
        '"According to the Pew Hispanic Center, whites will be 47 percent," the report said.',
    ],
)
def test_cues_inside_a_quotation_are_the_quoted_speakers_not_the_articles(text: str) -> None:
    # The quotation is attributed by the cue it hangs on; the words inside it are not read as cues.
    found = attribution.extract(parse(text)).cues
    assert len(found) == 1 and found[0].start > text.rindex('"')


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A sentence opened by a capitalised conjunction: the subject is the pronoun after it.
        ("Robert Stovall organized the rally. But he also says it was small.", ("also says", "person", "Robert Stovall", "he")),
        ("Robert Stovall organized the rally. And he said the crowd was large.", ("said", "person", "Robert Stovall", "he")),
        # A relative pronoun: the subject is its antecedent.
        # "who" is the subject at the cue (as PolNeAR marks it), standing for the name before it.
        ("The rally was held by Mr. Tom Park, who said the crowd was large.", ("said", "person", "Mr. Tom Park", "who")),
        # A share of the people polled is a vague collective (survey respondents).
        ("In the poll, 47 percent said they would vote for Clinton.", ("said", "vague", "47 percent", "47 percent")),
        ("About four in 10 Republican primary voters say the economy matters most.",
         ("say", "vague", "About four in 10 Republican primary voters", "About four in 10 Republican primary voters")),
        ("Nearly half of respondents said they were undecided.", ("said", "vague", "Nearly half of respondents", "Nearly half of respondents")),
        # A name before a chain of appositives.
        ("Marley Anderson, 21, a junior from Las Vegas, said she voted.", ("said", "person", "Marley Anderson", "Marley Anderson")),
        # A time adjunct after the subject's head noun is not part of its name.
        ("A CNN/ORC poll last month showed Mr. Trump leading by 27 points.", ("showed", "vague", "A CNN/ORC poll", "A CNN/ORC poll")),
        # An absolute "with NP V-ing": the NP after "with" is the subject, not the main clause.
        ("Trump improved his standing, with 30 percent of voters saying they like him.",
         ("saying", "vague", "30 percent of voters", "30 percent of voters")),
        # "according to" a phrase no reading names, or followed by an aside.
        ("Clinton won the state, according to complete but unofficial returns.",
         ("according to", "vague", "complete but unofficial returns", "complete but unofficial returns")),
        ("The plan raises $1.1 trillion, according to the Tax Policy Center - half a point of output.",
         ("according to", "organization", "the Tax Policy Center", "the Tax Policy Center")),
    ],
)
def test_speech_cues_after_conjunctions_relatives_shares_and_appositive_chains(text: str, expected: tuple[str, ...]) -> None:
    assert [c[:4] for c in full(text)] == [expected]


def test_an_absolute_with_clause_is_no_subject_for_the_main_clause() -> None:
    assert full("Clinton led Sanders by 20 points with over 95 percent of precincts reporting.") == []


def test_a_share_of_respondents_sources_no_figure() -> None:
    # The poll's figures are not pinned on "46 percent of voters": the subject is part of the result.
    from sourcescore.features import statistics

    doc = parse("Asked about the server, 46 percent of voters said yes, compared with 23 percent who said no.")
    stats = statistics.extract(doc, attribution.extract(doc)).statistics
    assert [(s.text, s.attribution) for s in stats] == [("46 percent", "none"), ("23 percent", "none")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trump, who has nearly 9 million followers, tweeted that 30 percent agreed.", [("9 million", "none"), ("30 percent", "named")]),
        ("Fight for $15 organizing director Kendall Fells told reporters that 12 stores closed.", [("$15", "none"), ("12", "named")]),
    ],
)
def test_a_figure_in_the_words_naming_the_speaker_is_not_what_the_speaker_said(text: str, expected: list) -> None:
    from sourcescore.features import statistics

    doc = parse(text)
    stats = statistics.extract(doc, attribution.extract(doc)).statistics
    assert [(s.text, s.attribution) for s in stats] == expected


def test_pronoun_links_to_the_nearest_named_person_of_its_gender() -> None:
    text = 'Ms. Ann Lee met Mr. Tom Park in Ames on Monday. "We won," she said. "It was close," he added.'
    assert [(t, s, linked) for _, _, t, s, linked in full(text)] == [("Ms. Ann Lee", "she", True), ("Mr. Tom Park", "he", True)]


def test_pronoun_links_to_a_person_named_in_narrative_before() -> None:
    text = 'Robert Stovall organized the rally in Ames. About 70 people came to each event, he said.'
    assert [(t, s) for _, _, t, s, _ in full(text)] == [("Robert Stovall", "he")]


def test_the_spokesman_is_linked_to_the_spokesman_named_before() -> None:
    text = "Campaign spokesman Jason Miller said the rally was full. Later, the spokesman said it was not."
    assert [(t, s, linked) for _, _, t, s, linked in full(text)] == [
        ("Campaign spokesman Jason Miller", "Campaign spokesman Jason Miller", False),
        ("Campaign spokesman Jason Miller", "the spokesman", True),
    ]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Proponents of the law say there is a link.", "Proponents of the law"),
        ("Some supporters say they do not understand it.", "Some supporters"),
        ("People around the governor worry that the bill will fail.", "People around the governor"),
        ("Those close to the senator suspect a leak.", "Those close to the senator"),
        ("Insiders fear the deal will collapse.", "Insiders"),
    ],
)
def test_unnamed_collectives_with_any_speech_or_cognition_verb_are_vague(text: str, source: str) -> None:
    assert [(k, t) for _, k, t, _, _ in full(text)] == [("vague", source)]


def test_opinions_in_the_first_person_are_not_attributions() -> None:
    assert full("I think the plan works. We fear the worst.") == []
