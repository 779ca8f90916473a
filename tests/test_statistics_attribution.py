"""Whom a figure is pinned on across sentence and quotation boundaries (issue 13, item 4), on short hand-written texts."""

from __future__ import annotations

from sourcescore.features import attribution, statistics
from sourcescore.features.document import parse


def pinned(text: str) -> dict[str, tuple[str, str | None, str | None]]:
    """Each statistic's text -> (attribution, source, source kind)."""
    doc = parse(text)
    found = statistics.extract(doc, attribution.extract(doc)).statistics
    return {s.text: (s.attribution, s.source, s.source_kind) for s in found}


# -- quotations ------------------------------------------------------------------------------------
def test_quotation_of_several_sentences_closed_by_said_after_a_sentence_end() -> None:
    # The closing '."' ends a sentence: the cue "Trump said." is a sentence of its own.
    text = 'The rally went on late. "We will find the 30,000 emails. It took us 12 days." Trump said.'
    found = pinned(text)
    assert found["30,000"][:2] == ("named", "Trump")
    assert found["12"][:2] == ("named", "Trump")


def test_exclamation_inside_quotation_then_speaker() -> None:
    text = '"Alabama casts 13 votes for Ted Cruz and 36 votes for Donald Trump!" Senator Jeff Sessions said as he launched the roll call.'
    found = pinned(text)
    assert found["13"][:2] == ("named", "Senator Jeff Sessions")
    assert found["36"][:2] == ("named", "Senator Jeff Sessions")


def test_quotation_that_goes_on_after_the_cue_keeps_its_speaker() -> None:
    text = (
        '"I am quite concerned about his stance," Harold Varmus said. '
        '"This is a litmus test. He failed it 10 years ago and lost 4,000 votes."'
    )
    found = pinned(text)
    assert found["4,000"][:2] == ("named", "Harold Varmus")
    assert found["10"][:2] == ("named", "Harold Varmus")


def test_quotation_introduced_by_a_cue_and_a_colon() -> None:
    text = 'Jane Smith, the city engineer, said: "The bridge is old. It carries 40,000 cars a day."'
    assert pinned(text)["40,000"][:2] == ("named", "Jane Smith")


def test_quotation_spanning_paragraphs_keeps_its_speaker() -> None:
    text = 'Mayor Ann Lee said on Monday: "We have work to do.\n"The city lost 2,000 jobs last year."'
    assert pinned(text)["2,000"][:2] == ("named", "Mayor Ann Lee")


def test_quotation_introduced_by_a_cue_ending_the_paragraph_before() -> None:
    text = 'The New York Times confirmed it, reporting:\n\n"The chairman made four donations totaling $2.35 million."'
    assert pinned(text)["$2.35 million"][:2] == ("named", "The New York Times")


def test_quotation_handed_to_a_named_source_by_a_colon_alone() -> None:
    text = 'Turnout was high. Michael P. McDonald: "The Iowa caucus blasted through its record of 121,354 voters."'
    assert pinned(text)["121,354"][:2] == ("named", "Michael P. McDonald")


def test_a_colon_after_no_source_hands_the_quotation_to_nobody() -> None:
    text = 'The sign was plain: "We lost 4,000 jobs."'
    assert pinned(text)["4,000"] == ("none", None, None)


def test_a_cue_sentence_ending_in_a_colon_introduces_the_next_paragraph() -> None:
    text = "The Labor Department also points out the figures:\n\nThe federal minimum wage is $7.25 an hour."
    assert pinned(text)["$7.25"][:2] == ("named", "The Labor Department")


def test_a_gerund_after_a_reporting_verb_is_its_complement() -> None:
    text = "The Club for Growth reported spending $1.1 million on ads. The company reported revenue of $5 million."
    found = pinned(text)
    assert found["$1.1 million"][:2] == ("named", "The Club for Growth")
    # an object, not a reported clause: no speech cue, but the subject reports the figure (figure_clauses)
    assert found["$5 million"][:2] == ("named", "The company")


def test_quotation_with_no_cue_around_it_stays_unsourced() -> None:
    text = 'The hall was full. "We lost 4,000 jobs." The band played on.'
    assert pinned(text)["4,000"] == ("none", None, None)


# -- the sentence after a report -------------------------------------------------------------------
def test_sentence_after_according_to_the_report_elaborates_it() -> None:
    text = (
        "Hiring slowed in March, according to the Labor Department's monthly report. "
        "The unemployment rate fell to 4.1 percent."
    )
    assert pinned(text)["4.1 percent"] == ("named", "the Labor Department's monthly report", "document")


def test_sentence_after_the_report_said_elaborates_it() -> None:
    text = "The Labor Department's report said hiring slowed. The unemployment rate fell to 4.1 percent."
    assert pinned(text)["4.1 percent"] == ("named", "The Labor Department's report", "document")


def test_figure_drawn_from_a_document_named_in_the_sentence_before() -> None:
    text = "The Labor Department's report came out on Friday. The unemployment rate fell to 4.1 percent."
    assert pinned(text)["4.1 percent"] == ("named", "The Labor Department's report", "document")


def test_figures_framed_by_in_a_poll() -> None:
    text = "In a Gallup poll released Monday, 52 percent of voters approved while 41 percent did not."
    found = pinned(text)
    assert found["52 percent"][0] == "named" and found["52 percent"][1] == "a Gallup poll released Monday"
    assert found["41 percent"][0] == "named"


def test_continuation_stops_at_the_next_paragraph_a_new_cue_or_a_question() -> None:
    text = (
        "Hiring slowed, according to the Labor Department's report.\n"
        "Unemployment in Riverton fell to 3.5 percent.\n"
        "Hiring slowed, according to the Labor Department's report. Mayor Ann Lee said 40 people were hired. "
        "Did unemployment fall to 3.9 percent?"
    )
    found = pinned(text)
    assert found["3.5 percent"] == ("none", None, None)
    assert found["40"][:2] == ("named", "Mayor Ann Lee")
    assert found["3.9 percent"] == ("none", None, None)


def test_continuation_reaches_one_sentence_only() -> None:
    text = (
        "Hiring slowed, according to the Labor Department's report. The jobless rate fell to 4.1 percent. "
        "Unemployment in Riverton fell to 3.5 percent."
    )
    found = pinned(text)
    assert found["4.1 percent"][0] == "named"
    assert found["3.5 percent"] == ("none", None, None)


def test_inserted_invented_figure_between_unrelated_sentences_is_unsourced() -> None:
    text = (
        "The council met on Monday to discuss the new bridge. "
        "Unemployment in Riverton fell to 3.5 percent. "
        "The mayor thanked the volunteers who cleaned the park."
    )
    assert pinned(text)["3.5 percent"] == ("none", None, None)


def test_a_person_speaking_is_not_carried_to_the_next_sentence() -> None:
    text = "Mayor Ann Lee said the budget is balanced. Unemployment in Riverton fell to 3.5 percent."
    assert pinned(text)["3.5 percent"] == ("none", None, None)


# -- specificity -----------------------------------------------------------------------------------
def test_figure_pinned_on_experts_stays_vague_and_is_not_carried() -> None:
    text = "Experts say 70% of voters agree. Unemployment in Riverton fell to 3.5 percent."
    found = pinned(text)
    assert found["70%"] == ("vague", "Experts", "vague")
    assert found["3.5 percent"] == ("none", None, None)


def test_carried_figure_takes_the_specificity_of_its_source() -> None:
    text = "Hiring slowed, according to recent studies. The jobless rate fell to 4.1 percent."
    assert pinned(text)["4.1 percent"] == ("vague", "recent studies", "vague")


def test_vague_document_in_the_frame_makes_a_vague_figure() -> None:
    text = "In some polls, 80 percent of voters back the mayor."
    assert pinned(text)["80 percent"] == ("vague", "some polls", "vague")


def test_the_polls_as_a_place_are_no_frame_mid_sentence() -> None:
    text = "Five states head to the polls on Tuesday, and 475 delegates are in play."
    assert pinned(text)["475"] == ("none", None, None)


def test_a_record_the_figure_is_in_sources_it() -> None:
    text = "By Jan. 18, Obama was winning blacks by 28 points in the same poll. He fell to 10 percent in a poll."
    found = pinned(text)
    assert found["28"][:2] == ("named", "the same poll")
    assert found["10 percent"][:2] == ("vague", "a poll")  # indefinite: a record no reader can find


def test_the_subject_of_a_reporting_verb_sources_the_figure_in_its_object() -> None:
    text = (
        "A Monmouth poll out Monday showed Clinton with 51 percent. Exit polling shows he won 83% of voters. "
        "A poll, conducted by phone with 900 adults, shows Sanders with 47 percent."
    )
    found = pinned(text)
    assert found["51 percent"][:2] == ("named", "A Monmouth poll out Monday")
    assert found["83%"][:2] == ("vague", "Exit polling")
    assert found["47 percent"][:2] == ("vague", "A poll")


def test_a_proposal_holding_a_figure_is_its_proposers() -> None:
    found = pinned("Sen. Ben Cardin has proposed a 10 percent VAT for the country.")
    assert found["10 percent"][:2] == ("named", "Sen. Ben Cardin")


def test_what_is_not_a_reporting_subject_or_a_record_leaves_the_figure_unsourced() -> None:
    text = (
        "Starr gave $10 million to a group. The Rachel Maddow Show hit 50 percent. Its proposed $104 billion sale "
        "closed. Political news show guests were 77 percent men. Berlin's pledge to add 7,000 soldiers stood. The firm was promised $90 million. "
        "The campaign raised $6 million in the day after polls closed. Prices rose 4 percent; the report came later."
    )
    found = pinned(text)
    for figure in ("$10 million", "50 percent", "77 percent", "$104 billion", "7,000", "$90 million", "$6 million", "4 percent"):
        assert found[figure] == ("none", None, None), figure
