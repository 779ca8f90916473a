"""compare(original, derived): one exact finding per kind on short hand-written pairs; no change for reformatting."""

from __future__ import annotations

import pytest

from sourcescore import Comparison, compare
from sourcescore.scoring.compare import KINDS, SCHEMA

PUBLISHED = "2025-03-05"
BASE = (
    "The city council approved a budget of $4.5 million on March 3, Mayor Jane Holloway said on Tuesday.\n\n"
    "\"This budget keeps every library open and hires twelve new teachers,\" Holloway told reporters.\n\n"
    "About 3,000 residents signed a petition against the cuts, according to the Riverside Tenants Union.\n\n"
    "Council member Omar Reyes said the vote was 7 to 2.\n\n"
    "The plan raises property taxes by 4 percent starting in 2026, the city finance office said.\n\n"
    "Critics had warned in February that the library system would lose 15% of its staff.\n"
)
UNQUOTED = "This budget keeps every library open and hires twelve new teachers."


def run(derived: str, original: str = BASE) -> Comparison:
    return compare(original, derived, published=PUBLISHED)


def found(c: Comparison) -> list[tuple[str, str | None, str | None]]:
    """(kind, original text, derived text) of every change, each span checked exact in its text."""
    out = []
    for ch in c.changes:
        for ev, text in ((ch.original, c.original.text), (ch.derived, c.derived.text)):
            if ev is not None:
                assert text[ev.start : ev.end] == ev.quote
        out.append((ch.kind, ch.original.quote if ch.original else None, ch.derived.quote if ch.derived else None))
    return out


@pytest.mark.parametrize(
    ("derived", "expected"),
    [
        (BASE + "\nOfficials said 68% of residents support the plan.\n", ("figure_invented", None, "68%")),
        (BASE.replace("About 3,000", "About 4,000"), ("figure_changed", "3,000", "4,000")),
        (BASE.replace("signed a petition", "have signed a petition since 2023"),
         ("figure_scope_changed", "3,000", "3,000 residents have signed a petition since 2023")),
        (BASE.replace("Council member Omar Reyes said", "Some observers said"), ("source_downgraded", "Council member Omar Reyes", "Some observers")),
        (BASE.replace("Council member Omar Reyes said the vote", "The vote"), ("source_downgraded", "Council member Omar Reyes", "The vote was 7 to 2.")),
        (BASE.replace("Holloway told reporters", "Omar Reyes told reporters"), ("source_reattributed", "Holloway", "Omar Reyes")),
        (BASE + "\nAnalysts at the Brookings Institution said the plan was unusual.\n",
         ("source_introduced", None, "Analysts at the Brookings Institution")),
        (BASE.replace("keeps every library open and hires twelve new teachers", "keeps most libraries open and hires new staff"),
         ("quotation_altered", "\"This budget keeps every library open and hires twelve new teachers,\"",
          "\"This budget keeps most libraries open and hires new staff,\"")),
        (BASE + "\n\"We will never raise taxes again, whatever happens,\" Holloway said.\n",
         ("quotation_invented", None, "\"We will never raise taxes again, whatever happens,\"")),
        (BASE.replace("\"This budget keeps every library open and hires twelve new teachers,\" Holloway told reporters.", UNQUOTED),
         ("quotation_unattributed", "\"This budget keeps every library open and hires twelve new teachers,\"", UNQUOTED[:-1])),
        (BASE.replace("starting in 2026", "starting in 2024"), ("date_changed", "2026", "2024")),
        (BASE + "\nThe library is expected to reopen by late 2024.\n", ("date_inconsistent", None, "late 2024")),
        (BASE + "\nPolice arrested Thomas Whitfield in Denver on Friday.\n",
         ("claim_unsupported", None, "Police arrested Thomas Whitfield in Denver on Friday.")),
    ],
    ids=lambda v: v[0] if isinstance(v, tuple) else None,
)
def test_each_kind_is_found_exactly(derived: str, expected: tuple[str, str | None, str | None]) -> None:
    changes = found(run(derived))
    assert expected in changes
    assert expected[0] in KINDS


def test_only_the_planted_change_is_reported() -> None:
    assert found(run(BASE.replace("About 3,000", "About 4,000"))) == [("figure_changed", "3,000", "4,000")]
    assert found(run(BASE.replace("starting in 2026", "starting in 2024"))) == [("date_changed", "2026", "2024")]
    assert found(run(BASE.replace("Holloway told reporters", "Omar Reyes told reporters"))) == [("source_reattributed", "Holloway", "Omar Reyes")]


def test_a_text_against_itself_has_no_change() -> None:
    c = run(BASE)
    assert c.changes == []
    assert c.supported_share == 1.0


@pytest.mark.parametrize(
    "new",
    ["Nearly 3,000", "Nearly three thousand", "Roughly 3k", "About 3,000"],
)
def test_rounding_and_reformatting_a_figure_is_no_change(new: str) -> None:
    assert run(BASE.replace("About 3,000", new)).changes == []


def test_reformatting_is_no_change() -> None:
    paragraphs = BASE.strip().split("\n\n")
    curly = [p.replace('"This', "\u201cThis").replace(',"', ",\u201d") for p in paragraphs]
    reformatted = "\r\n\r\n".join(reversed(curly)) + "\r\n"
    assert run(reformatted).changes == []
    assert run(BASE.replace("\n\n", "\n")).changes == []


def test_dict_contract_and_text_rendering() -> None:
    c = run(BASE.replace("About 3,000", "About 4,000") + "\nOfficials said 68% of residents support the plan.\n")
    d = c.to_dict()
    assert d["schema"] == SCHEMA == "sourcescore.compare/1"
    assert d["original"]["schema"] == d["derived"]["schema"] == "sourcescore.report/1"
    assert d["summary"]["by_kind"]["figure_changed"] == 1 and d["summary"]["by_kind"]["figure_invented"] == 1
    assert d["summary"]["changes"] == len(d["changes"])
    assert [ch["severity"] for ch in d["changes"]] == sorted((ch["severity"] for ch in d["changes"]), key=["high", "medium", "low"].index)
    text = c.to_text("a.txt", "b.txt")
    assert text.splitlines()[0].startswith("b.txt against a.txt: ")
    assert "[HIGH] figure_changed" in text and '\u00bb4,000\u00ab' in text
    assert text.index("[HIGH]") < text.index("[MEDIUM]")


def test_separate_publication_dates() -> None:
    later = BASE.replace("starting in 2026", "starting next year")
    c = compare(BASE, later, published_original=PUBLISHED, published_derived="2026-03-05")
    assert [k for k, _, _ in found(c)] == ["date_changed"]  # next year, from 2026, is 2027


def test_bad_input_is_an_input_error() -> None:
    from sourcescore import InputError

    with pytest.raises(InputError, match="derivative: the article is empty"):
        compare(BASE, "   ")
    with pytest.raises(InputError, match="not a valid YYYY-MM-DD"):
        compare(BASE, BASE, published="2025-02-30")


def test_a_date_rewritten_in_words_the_extractor_does_not_read_is_changed() -> None:
    original = BASE + "\nThe library first opened 50 years ago, the city archive said.\n"
    c = run(original.replace("50 years ago", "50 years later"), original)
    assert ("date_changed", "50 years ago", "later") in found(c)


def test_a_date_the_extractor_reads_on_both_sides_is_changed() -> None:
    original = BASE + "\nThe library first opened 50 years ago, the city archive said.\n"
    c = run(original.replace("50 years ago", "50 years from now"), original)
    assert ("date_changed", "50 years ago", "50 years from now") in found(c)


def test_a_sentence_reworded_around_its_date_is_no_date_change() -> None:
    original = BASE + "\nOn Thursday the library board met to review the plan, a spokeswoman said.\n"
    reworded = BASE + "\nThe library board met to review the plan on Thursday, a spokeswoman said.\n"
    assert not [k for k, _, _ in found(run(reworded, original)) if k.startswith("date")]


def test_soft_hyphens_inside_a_name_are_the_same_source() -> None:
    from sourcescore.scoring.compare.sources import same_source

    assert same_source("a senior analyst at Global\u00adSecurity", "a senior analyst at GlobalSecurity")
    assert not same_source("the South Korean military", "South Korean intelligence")
    assert same_source("Saakyan", "Ukrainian analyst Oleh Saakyan")


def test_a_name_in_another_form_is_a_counterpart() -> None:
    original = BASE + "\nMany Americans oppose the cuts, the Riverside Tenants Union said.\n"
    derived = BASE + "\nThe cuts are opposed across America, the Riverside Tenants Union said.\n"
    assert not [k for k, _, _ in found(run(derived, original)) if k == "claim_unsupported"]
    assert ("claim_unsupported", None, "Police arrested Thomas Whitfield in Denver on Friday.") in found(
        run(BASE + "\nPolice arrested Thomas Whitfield in Denver on Friday.\n"))
