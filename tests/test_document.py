"""The Document: sentence splits, quotation spans, and offsets back into the original text."""

from __future__ import annotations


import pytest

from sourcescore.features.document import Document, Quote, parse
from linearity import assert_linear

DELETED = "\u200b\u200c\u200d\u2060\ufeff\u00ad"  # characters normalization removes


def sentences(text: str) -> list[str]:
    """Normalized text of each sentence of ``text``."""
    doc = parse(text)
    return [doc.sentence_text(s.index) for s in doc.sentences]


def quotes(text: str) -> list[str]:
    """Normalized text of each quotation of ``text``, marks included."""
    doc = parse(text)
    return [doc.text[q.start : q.end] for q in doc.quotes]


def assert_maps_back(doc: Document, start: int, end: int) -> None:
    """The original slice that ``doc.span`` gives for normalized ``[start, end)`` normalizes back to it."""
    span = doc.span(start, end)
    assert parse(doc.original[span.start : span.end]).text == doc.text[start:end], (start, end)


# -- sentences -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The U.S. Army said so. It left.", ["The U.S. Army said so.", "It left."]),
        ("Gen. Smith agreed. Col. Jones did not.", ["Gen. Smith agreed.", "Col. Jones did not."]),
        ("They left on Jan. 5 and came back. It rained.", ["They left on Jan. 5 and came back.", "It rained."]),
        ("Troops left on Jan. 5. The next day they returned.", ["Troops left on Jan. 5.", "The next day they returned."]),
        ("He is No. 3 on the list. She is not.", ["He is No. 3 on the list.", "She is not."]),
        ("Prices rose 3.5 percent. Wages did not.", ["Prices rose 3.5 percent.", "Wages did not."]),
        ("It cost $3.5 million. Prices rose.", ["It cost $3.5 million.", "Prices rose."]),
        (
            "for other weapons \u2026 as well as soldiers. Then he left.",
            ["for other weapons ... as well as soldiers.", "Then he left."],
        ),
        ("Wait... The end.", ["Wait...", "The end."]),
        (
            "They were sent \u201cin January and February.\u201d The next day it ended.",
            ['They were sent "in January and February."', "The next day it ended."],
        ),
        ('"Why?" he asked. She did not answer.', ['"Why?" he asked.', "She did not answer."]),
        ("\u201cIs it over?\u201d Nobody knew.", ['"Is it over?"', "Nobody knew."]),
        ("J. K. Rowling wrote it. Then she rested.", ["J. K. Rowling wrote it.", "Then she rested."]),
        ("He moved to the U.S. The move was hard.", ["He moved to the U.S.", "The move was hard."]),
        ("He moved to the U.S. Army base.", ["He moved to the U.S. Army base."]),
        ("It starts at 5 p.m. The hall opens early.", ["It starts at 5 p.m.", "The hall opens early."]),
        ("Ms. Lee arrived. Mr. Kim left! Why? Nobody knows.", ["Ms. Lee arrived.", "Mr. Kim left!", "Why?", "Nobody knows."]),
        ("No end mark here", ["No end mark here"]),
        ("One line.\nAnother line without a mark\nA third.", ["One line.", "Another line without a mark", "A third."]),
    ],
)
def test_sentence_splits(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_sentences_know_their_index_and_paragraph() -> None:
    doc = parse("First one. Second one.\n\nThird one.")
    assert [(s.index, s.paragraph) for s in doc.sentences] == [(0, 0), (1, 0), (2, 1)]
    assert doc.paragraphs == [(0, 22), (24, 34)]
    assert doc.sentence_index(doc.text.index("Second")) == 1
    assert doc.sentence_index(doc.text.index("\n")) == 1  # between sentences: the one before


@pytest.mark.parametrize("text", ["", " ", "   \n\n  \t ", "\r\n\r\n", "\u200b\u00ad\ufeff"])
def test_empty_and_blank_input(text: str) -> None:
    doc = parse(text)
    assert doc.sentences == []
    assert doc.quotes == []
    assert doc.paragraphs == []
    assert doc.word_count == 0
    assert doc.sentence_index(0) == 0
    assert doc.in_quote(0) is None
    assert doc.quoted_sentences == frozenset()


def test_empty_input_offsets() -> None:
    doc = parse("")
    assert doc.text == ""
    assert doc.to_original(0, 0) == (0, 0)
    assert (doc.span(0, 0).start, doc.span(0, 0).end) == (0, 0)


# -- quotations ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said "we will win" today.', ['"we will win"']),
        ("He said \u201cwe will win\u201d today.", ['"we will win"']),
        ("Il a dit \u00abc'est fini\u00bb hier.", ["\"c'est fini\""]),
        ("Il a dit \u00ab c'est fini \u00bb hier.", ["\" c'est fini \""]),
        ("She called it 'a farce' twice.", ["'a farce'"]),
        ("She called it \u2018a farce\u2019 twice.", ["'a farce'"]),
        ("Korea's troops and the soldiers' families stayed.", []),
        ('"One," he said, "two."', ['"One,"', '"two."']),
        # Marks around the whole article are an export artifact, not a quotation.
        ('  \u201cTalks went well. The whole article sits in quote marks.\u201d\n', []),
        # ... also when quotations inside break the pairing of the two outer marks.
        ('"Sales fell. The firm called it a "blip" on Monday. Shares rose."', ['"blip"']),
        ('\u201cSales fell.\n\nThe firm called it a \u201cblip\u201d on Monday.\u201d', ['"blip"']),
        # A first mark that a mark inside closes opens a real quotation.
        ('"Sales fell," she said. "Shares rose."', ['"Sales fell,"', '"Shares rose."']),
        ('"Sales fell." She left. "Shares rose."', ['"Sales fell."', '"Shares rose."']),
    ],
)
def test_quotation_spans(text: str, expected: list[str]) -> None:
    assert quotes(text) == expected


def test_quote_fields() -> None:
    doc = parse('He said "we will win" today.')
    assert doc.quotes == [Quote(8, 21, 9, 20, "double", True)]
    assert doc.text[9:20] == "we will win"
    assert doc.quotes[0].continues is False


def test_quote_running_across_paragraphs() -> None:
    # Journalistic convention: no closing mark at the end of a quoted paragraph, a new opening
    # mark at the start of the next one.
    text = "\u201cFirst paragraph of the quote.\n\u201cSecond paragraph of it,\u201d he said."
    doc = parse(text)
    assert quotes(text) == ['"First paragraph of the quote.', '"Second paragraph of it,"']
    first, second = doc.quotes
    assert (first.closed, first.continues) == (True, True)
    assert (second.closed, second.continues) == (True, False)
    assert doc.text[first.inner_start : first.inner_end] == "First paragraph of the quote."
    assert doc.quoted_sentences == frozenset({0, 1})


def test_unclosed_quote_ends_with_its_paragraph() -> None:
    doc = parse('He said "yes and left.   \nNext paragraph here.')
    assert [doc.text[q.start : q.end] for q in doc.quotes] == ['"yes and left.']
    assert (doc.quotes[0].closed, doc.quotes[0].continues) == (False, False)


def test_odd_number_of_quote_marks_is_best_effort() -> None:
    text = 'He said "one and "two" and "three. Then "four" came.'
    doc = parse(text)
    assert doc.quotes  # no crash, something found
    for q in doc.quotes:
        assert doc.text[q.start] == '"'
        assert q.start < q.inner_start <= q.inner_end <= q.end <= len(doc.text)
    assert all(a.end <= b.start for a, b in zip(doc.quotes, doc.quotes[1:]))
    assert [q.closed for q in doc.quotes].count(False) <= 1


def test_curly_open_mark_after_an_unclosed_one_starts_a_new_quote() -> None:
    doc = parse("He said \u201cone and \u201ctwo\u201d now.")
    assert [doc.text[q.start : q.end] for q in doc.quotes] == ['"one and ', '"two"']
    assert [q.closed for q in doc.quotes] == [False, True]


def test_in_quote_and_quoted_sentences() -> None:
    text = 'She left. "We stay," he said. They went.'
    doc = parse(text)
    assert doc.in_quote(text.index("We")) == doc.quotes[0]
    assert doc.in_quote(text.index('"')) is None  # the mark itself is outside the inner span
    assert doc.in_quote(text.index("he said")) is None
    assert doc.quoted_sentences == frozenset({1})


def test_in_quote_sees_the_enclosing_quote_past_a_nested_one() -> None:
    text = "\"He told me 'no' and we left,\" she said."
    doc = parse(text)
    outer, inner = doc.quotes
    assert (outer.kind, inner.kind) == ("double", "single")
    assert doc.in_quote(text.index("no")) == inner
    assert doc.in_quote(text.index("we")) == outer
    assert doc.in_quote(text.index("she")) is None


# -- offsets -------------------------------------------------------------------------------------
OFFSET_CASES = [
    "Plain text. Nothing to normalize.",
    "Line one.\r\nLine two.\r\n\r\nLine three.",
    "Old Mac.\rLine two.\rLine three.",
    "No\u00a0break\u00a0space. Thin\u2009space here.",
    "Zero\u200bwidth\u200c and\u200d joiners\u2060. Next\ufeff one.",
    "\ufeffStarts with a BOM. Ends with a zero-width space.\u200b",
    "Soft hy\u00adphen\u00adated words. Then more.",
    "He said \u201cweapons \u2026 as well\u201d and \u2018left\u2019. The end\u2026",
    "Dash \u2013 en, dash \u2014 em. Tab\there.",
    "\u201cFirst part.\r\n\u201cSecond part,\u201d he said.\u00a0Then \u00abthis\u00bb.",
    "\u2026\u2026\u2026 Three ellipses. \u201c\u201d Empty quote.",
    "Mixed\r\n\u00ad\u200b\r\nblank-ish lines. And\u00a0\u2026 more.\u200b\u200b",
]


@pytest.mark.parametrize("text", OFFSET_CASES)
def test_sentence_and_quote_spans_map_back_to_the_original(text: str) -> None:
    doc = parse(text)
    assert doc.sentences
    for s in doc.sentences:
        assert_maps_back(doc, s.start, s.end)
    for q in doc.quotes:
        assert_maps_back(doc, q.start, q.end)
        if q.inner_end > q.inner_start:
            assert_maps_back(doc, q.inner_start, q.inner_end)


@pytest.mark.parametrize("text", OFFSET_CASES)
def test_whole_text_maps_to_the_kept_characters(text: str) -> None:
    doc = parse(text)
    kept = [i for i, ch in enumerate(text) if ch not in DELETED]
    assert doc.to_original(0, len(doc.text)) == (kept[0], kept[-1] + 1)


def test_normalized_text() -> None:
    doc = parse("A\r\nB\rC\u00a0D\u200bE co\u00adop \u201cq\u201d \u2018s\u2019 \u00abg\u00bb x\u2026 a\u2013b\tc")
    assert doc.text == "A\nB\nC DE coop \"q\" 's' \"g\" x... a\u2014b c"


def test_ellipsis_offsets() -> None:
    text = "Hello\u2026 World."
    doc = parse(text)
    assert doc.text == "Hello... World."
    assert doc.to_original(5, 8) == (5, 6)  # "..." is the one character "…"
    assert doc.to_original(6, 7) == (5, 6)  # any part of it maps to all of it
    assert doc.to_original(9, 14) == (7, 12)  # "World" shifted back by two
    assert doc.to_original(0, len(doc.text)) == (0, len(text))


def test_crlf_offsets() -> None:
    text = "One.\r\nTwo."
    doc = parse(text)
    assert doc.text == "One.\nTwo."
    assert doc.to_original(5, 9) == (6, 10)
    assert doc.to_original(4, 5) == (4, 6)  # the newline is the two characters "\r\n"


def test_span_carries_sentence_and_label() -> None:
    text = "First.\u00a0Second \u201cword\u201d here."
    doc = parse(text)
    start = doc.text.index("word")
    span = doc.span(start, start + 4, "test")
    assert (span.start, span.end, span.sentence, span.label) == (text.index("word"), text.index("word") + 4, 1, "test")
    assert span.text(text) == "word"


def test_zero_width_span() -> None:
    text = "Ab\u200bcd."
    doc = parse(text)
    assert doc.text == "Abcd."
    assert doc.to_original(2, 2) == (3, 3)
    assert doc.to_original(len(doc.text), len(doc.text)) == (len(text), len(text))


# -- robustness ----------------------------------------------------------------------------------
UNITS = {
    "dots": ".",
    "abbreviations": "U.S. ",
    "titles": "Gen. ",
    "initials": "A. ",
    "no-punctuation": "word ",
    "quotes": '"a ',
    "curly": "\u201ca ",
    "singles": "'a ",
    "ellipses": "\u2026 ",
}


@pytest.mark.parametrize("name", sorted(UNITS))
def test_linear_on_pathological_input(name: str) -> None:
    assert_linear(parse, lambda n: UNITS[name] * n, 4_000)


def test_two_apostrophes_are_a_double_quote_mark() -> None:
    """NYT archive texts write both double marks as '' (''No,'' she said): one quotation, original offsets kept."""
    text = "The mayor spoke. ''We will not raise taxes,'' she said. The players' bus left."
    doc = parse(text)
    assert len(doc.quotes) == 1
    q = doc.quotes[0]
    start, end = doc.to_original(q.start, q.end)
    assert text[start:end] == "''We will not raise taxes,''"
    assert doc.text.count('"') == 2 and "players' bus" in doc.text
