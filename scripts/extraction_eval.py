"""Measure the extractors against the human-annotated gold in ../shared/gold (PolNeAR and TimeBank).

Run: python scripts/extraction_eval.py [--corpus polnear|timebank|all] [--limit N] [--marks] [--split] [--json]

Every gold article is scored with the library and its ``published`` date (the title is already the
first line of a PolNeAR text, so none is passed), and only ``report.to_dict()`` is read: the
``sourcescore.report/1`` contract, never the extractors' internals. Each figure is printed as a
percentage with its numerator and denominator.

Spans: a gold span is a list of fragments ``{start, end}`` (end exclusive; a discontinuous span has
several). Two spans **overlap** when some fragment of one shares at least one character with some
fragment of the other. A gold cue or date and a report span are **the same span** when their
(start, end) are equal (a gold cue always has one fragment). A report source **contains the head**
of a gold source when ``start <= head.start`` and ``head.end <= end``.

PolNeAR (``polnear_train``), over every gold attribution of both types unless said otherwise:

* **speech cue**: a cue whose lower-cased words include a form of *say* or *tell* (``SPEECH_FORMS``)
  or the phrase *according to* (the README's definition). Gold speech cues are counted once per
  gold attribution, as the README did (a few cues are shared by two attributions).
* **speech-cue recall**: gold speech cues that some report attribution's ``cue`` overlaps
  (lenient) / has the same span as (strict), over gold speech cues.
* **speech-cue precision**: report cues that are speech cues and overlap (lenient) / have the same
  span as (strict) any gold cue (of any verb), over report speech cues.
* **cue precision, every cue**: the same over every report cue, whatever its verb (this is where
  a noun such as "states" read as a cue counts against).
* **named-person source recall within speech attributions**: over gold ``Attribution`` records
  with a speech cue and ``source_info.category == "named_person"``. *Any source mention* (the
  README's row): found when a mention of one of the report's ``sources`` overlaps the gold source
  (lenient) / contains the gold source's head token (strict). *At the gold cue*: found when one
  report attribution has a cue overlapping the gold cue and a ``source`` that overlaps the gold
  source (lenient) / contains its head token (strict). The report's kind is not judged here.
* **pronoun sources linked to the right named source**: gold ``Attribution`` records with a speech
  cue, ``category == "pronoun"`` and a named ``coref_rep`` (one that holds a capitalised word other
  than a determiner, pronoun or title: ``_NOT_A_NAME``); right when one report attribution has a
  cue overlapping the gold cue and a ``resolved_source`` whose text shares such a capitalised word
  with ``coref_rep`` (possessive 's dropped). ``coref_rep`` is CoreNLP's automatic coreference, not
  human: a few "right" answers count as wrong and the reverse. Lenient only.
* **precision of organization / person sources**: over every mention of the report's ``sources``
  whose ``kind`` is ``organization`` / ``person`` (this includes the earlier mentions a pronoun was
  resolved to). *A gold source there* (the README's row): right when some gold source overlaps it
  (lenient) / has its head token inside it (strict). *Of the right kind*: the same, counting only
  gold sources of that kind. Gold kind from ``source_info`` (automatic: CoreNLP's NER of the head
  token): **person** when ``category`` is ``named_person``, or ``named_other`` with ``PERSON``
  among the span's ``ner`` tags (a title heads the phrase: "Former Secretary of State ... Hillary
  Clinton"); **organization** when ``category`` is ``named_org``, ``named_other`` without
  ``PERSON`` (parties, countries, "Police"), or ``nominal`` whose head token's NER is not
  ``PERSON`` ("the campaign", "the newspaper"); ``pronoun`` and ``unknown`` sources are neither.
* **quotation recall**, two gold sets, each counted once per distinct span. *Content holding a
  quote mark* (the README's row): content fragments holding a double quote mark (" or the curly
  marks, and ``''``) anywhere. *Whole quotations*: content fragments that, once spaces and edge
  punctuation are stripped, open and close with a double mark. Found when a report ``quotations``
  entry overlaps it (lenient) / has the same text once quote marks, spaces and edge punctuation are
  stripped from both (strict).
* **numbers inside attributed content**: report ``statistics`` that overlap the content of a gold
  ``Attribution`` (one with a source); right when their ``attribution`` is not ``none``.
  **Numbers outside**: report ``statistics`` that overlap no gold fragment at all (source, cue or
  content of any attribution); right when their ``attribution`` is ``none``. Only the numbers the
  report lists are counted: a number the statistics extractor does not see is in neither row.
* ``''`` **read as a double quote mark**: each ``''`` becomes ``"`` + a zero-width space, which
  the library drops, so offsets stay those of the gold. Every PolNeAR figure is computed on both
  readings (the read ones under ``marks:`` keys in ``--json``); the table shows the texts as
  shipped, and repeats speech-cue recall and quotation recall on the read texts as the gold README
  does. ``--marks`` shows every PolNeAR row on the read texts instead.

TimeBank (``timebank``):

* **DATE recall**: gold TIMEX3 of type DATE that some report ``dates`` entry overlaps (lenient) /
  has the same span as (strict), over gold DATEs (``PRESENT_REF``, "now", included).
* **date precision**: report ``dates`` entries that overlap (lenient) / have the same span as
  (strict) a gold TIMEX3 of type DATE or TIME (a TIME, "Thursday night", names a calendar day too),
  over report dates. *Any gold TIMEX3* (a diagnostic row): the same with a gold timex of any type,
  DURATION and SET included: TimeBank marks "last year", "the fourth quarter" or "the year-earlier
  period" as a DATE in one document and a DURATION in another, by the reading of the sentence.
* **exact value of found DATEs**: over gold DATEs with a calendar value (``YYYY``, ``YYYY-MM``,
  ``YYYY-MM-DD``, ``YYYY-Qn``, ``YYYY-Wnn``) that some report date overlaps; the report date
  judged is the overlapping one sharing the most characters (the first on a tie). Lenient: its
  ``resolved`` day, or both ends of its ``resolved`` interval, written at the gold value's
  granularity (year, quarter, month, ISO week, day) equal the gold value ("mid-1996" resolved to
  1996-05-01/1996-08-31 is right for ``1996``). Strict: the resolved interval is exactly the gold
  value's period (1996-01-01/1996-12-31). A report date without ``resolved`` is wrong.

Both corpora: **temporal issues raised**: ``dates`` entries whose ``issue`` is not null, summed over
the articles (the denominator shown is the number of articles; all are professionally edited, so
every issue is read as a false alarm).

``--split`` adds one lenient column per PolNeAR publisher. ``--json`` prints every figure as
``{"key": {"lenient": [num, den], ...}}`` per corpus variant instead of the table.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Iterable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sourcescore import Scorer

GOLD = Path(__file__).resolve().parents[1].parent / "shared" / "gold"
CORPORA = ("polnear", "timebank")
FILES = {"polnear": "polnear_train/data.jsonl", "timebank": "timebank/data.jsonl"}

# Speech cues as the gold README defines them: say, tell, according to, in every tense and form.
# Matched against the lower-cased words of a cue, so "has said", "had told", "is saying",
# "telling reporters" and "said in a statement" are speech cues; "states", "wrote" are not.
SPEECH_FORMS = frozenset({"say", "says", "said", "saying", "tell", "tells", "told", "telling"})
SPEECH_PHRASES = ("according to",)
# Capitalised words of a coref_rep that do not name anyone ("The candidate", "He", a title).
_NOT_A_NAME = frozenset(
    "the a an he she it they we i his her its their our my this that these those mr mrs ms dr sen gov rep "
    "president senator governor mayor secretary former".split()
)
_WORD_RE = re.compile(r"[a-z]+")
_CAP_WORD_RE = re.compile(r"[A-Z][\w\u2019'.-]*")
_OPEN_MARKS = ('"', "\u201c", "''")
_CLOSE_MARKS = ('"', "\u201d", "''")
_EDGE = " \t\n\u200b.,;:!?\u2014-"
_MARKS_AND_EDGE = _EDGE + "\"'\u201c\u201d\u2018\u2019"
_CALENDAR_VALUE_RE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?|-Q[1-4]|-W\d{2})?")
Counts = dict[str, list[int]]  # "metric.variant" -> [numerator, denominator]

# The table: (label, metric key, corpus); each metric has lenient and strict counts, or one value.
ROWS: tuple[tuple[str, str, str], ...] = (
    ("speech-cue recall (say, tell, according to)", "speech_cue_recall", "polnear"),
    ("  same, '' read as a double quote mark", "marks:speech_cue_recall", "polnear"),
    ("speech-cue precision", "speech_cue_precision", "polnear"),
    ("cue precision, every cue", "cue_precision", "polnear"),
    ("named-person source recall, speech attr.: any source mention", "named_person_any_mention", "polnear"),
    ("  same, the source of the attribution at the gold cue", "named_person_at_cue", "polnear"),
    ("pronoun sources (speech) linked to the right named source", "pronoun_linked", "polnear"),
    ("precision of organization sources: a gold source there", "organization_precision", "polnear"),
    ("  same, a gold organization there", "organization_kind_precision", "polnear"),
    ("precision of person sources: a gold source there", "person_precision", "polnear"),
    ("  same, a gold person there", "person_kind_precision", "polnear"),
    ("quotation recall: content holding a quote mark", "quotation_recall", "polnear"),
    ("  same, '' read as a double quote mark", "marks:quotation_recall", "polnear"),
    ("quotation recall: content that is one whole quotation", "whole_quotation_recall", "polnear"),
    ("  same, '' read as a double quote mark", "marks:whole_quotation_recall", "polnear"),
    ("numbers inside attributed content that get an attribution", "numbers_inside_attributed", "polnear"),
    ("numbers outside any attribution that stay unattributed", "numbers_outside_unattributed", "polnear"),
    ("temporal issues raised (issues / articles), PolNeAR", "temporal_issues", "polnear"),
    ("DATE recall, TimeBank", "date_recall", "timebank"),
    ("date precision (vs gold DATE or TIME), TimeBank", "date_precision", "timebank"),
    ("  same, any gold TIMEX3 there (a DURATION over the same words)", "date_precision_any_timex", "timebank"),
    ("exact value of found DATEs (granularity / period), TimeBank", "date_value", "timebank"),
    ("temporal issues raised (issues / articles), TimeBank", "temporal_issues", "timebank"),
    ("temporal issues raised (issues / articles), all gold", "temporal_issues", "all"),
)
MARKS = "marks:"  # key prefix of the figures computed with '' read as a double quote mark


# -- spans ------------------------------------------------------------------------------------------
def overlaps(a: Iterable[dict[str, Any]], b: Iterable[dict[str, Any]]) -> bool:
    """Whether some fragment of ``a`` shares at least one character with some fragment of ``b``."""
    b = list(b)
    return any(x["start"] < y["end"] and y["start"] < x["end"] for x in a for y in b)


def overlap_size(a: dict[str, Any], b: dict[str, Any]) -> int:
    """How many characters the spans ``a`` and ``b`` share."""
    return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


def same_span(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether the two spans have the same start and end."""
    return a["start"] == b["start"] and a["end"] == b["end"]


def contains(outer: dict[str, Any], inner: dict[str, Any]) -> bool:
    """Whether ``inner`` lies inside ``outer``."""
    return outer["start"] <= inner["start"] and inner["end"] <= outer["end"]


def _span(fragments: list[dict[str, Any]]) -> dict[str, int]:
    """The extent of a one-or-more-fragment gold span."""
    return {"start": min(f["start"] for f in fragments), "end": max(f["end"] for f in fragments)}


def _add(counts: Counts, key: str, hit: bool) -> None:
    """Count one case of ``key``, a hit or not."""
    pair = counts.setdefault(key, [0, 0])
    pair[0] += hit
    pair[1] += 1


def _merge(into: Counts, counts: Counts, prefix: str = "") -> None:
    """Add ``counts`` to ``into``, with ``prefix`` before each key."""
    for key, (num, den) in counts.items():
        pair = into.setdefault(prefix + key, [0, 0])
        pair[0] += num
        pair[1] += den


# -- text helpers ---------------------------------------------------------------------------------
def is_speech_cue(text: str) -> bool:
    """Whether a cue's words hold a form of say or tell, or "according to"."""
    words = _WORD_RE.findall(text.lower())
    return any(w in SPEECH_FORMS for w in words) or any(p in " ".join(words) for p in SPEECH_PHRASES)


def read_double_marks(text: str) -> str:
    """``text`` with each ``''`` read as a double quote mark, offsets unchanged (``"`` + a zero-width space)."""
    return text.replace("''", '"\u200b')


def _strip_marks(text: str) -> str:
    """A quotation's text without quote marks, spaces and punctuation at either edge."""
    return text.replace("''", '"').strip(_MARKS_AND_EDGE)


def is_quotation(text: str) -> bool:
    """Whether a gold content fragment is one whole quotation: it opens and closes with a double mark."""
    core = text.strip(_EDGE)
    return len(core) > 2 and core.startswith(_OPEN_MARKS) and core.endswith(_CLOSE_MARKS)


def holds_quote_mark(text: str) -> bool:
    """Whether a gold content fragment holds a double quote mark anywhere."""
    return any(mark in text for mark in _OPEN_MARKS + _CLOSE_MARKS)


def _names(text: str) -> set[str]:
    """The capitalised words of ``text`` that may name someone, possessive 's dropped."""
    words = (re.sub(r"['\u2019]s?$", "", w).rstrip(".") for w in _CAP_WORD_RE.findall(text))
    return {w for w in words if w and w.lower() not in _NOT_A_NAME}


def gold_kind(info: dict[str, Any]) -> str | None:
    """The kind a gold source's ``source_info`` gives it: person, organization or None (see the docstring)."""
    category = info.get("category")
    ner = info.get("ner") or []
    head = info.get("head") or {}
    if category == "named_person" or (category == "named_other" and "PERSON" in ner):
        return "person"
    if category in ("named_org", "named_other") or (category == "nominal" and head.get("ner") != "PERSON"):
        return "organization"
    return None


# -- PolNeAR --------------------------------------------------------------------------------------
def polnear_counts(record: dict[str, Any], report: dict[str, Any]) -> Counts:
    """Every PolNeAR figure's numerator and denominator on one article (see the module docstring)."""
    counts: Counts = {}
    gold = record["attributions"]
    _count_cues(counts, gold, report["attributions"])
    _count_sources(counts, gold, report)
    _count_quotations(counts, gold, report["quotations"])
    contents = [f for a in gold if a["type"] == "Attribution" for f in a["content"]]
    fragments = [f for a in gold for part in ("source", "cue", "content") for f in a[part]]
    for stat in report["statistics"]:
        if overlaps([stat], contents):
            _add(counts, "numbers_inside_attributed.value", stat["attribution"] != "none")
        elif not overlaps([stat], fragments):
            _add(counts, "numbers_outside_unattributed.value", stat["attribution"] == "none")
    _count_issues(counts, report)
    return counts


def _count_cues(counts: Counts, gold: list[dict[str, Any]], attributions: list[dict[str, Any]]) -> None:
    """Speech-cue recall and precision, and precision over every cue."""
    report_cues = [a["cue"] for a in attributions]
    gold_cues = [a["cue"][0] for a in gold if a["cue"]]
    for cue in (c for c in gold_cues if is_speech_cue(c["text"])):
        _add(counts, "speech_cue_recall.lenient", overlaps([cue], report_cues))
        _add(counts, "speech_cue_recall.strict", any(same_span(cue, r) for r in report_cues))
    for cue in report_cues:
        lenient, strict = overlaps([cue], gold_cues), any(same_span(cue, g) for g in gold_cues)
        _add(counts, "cue_precision.lenient", lenient)
        _add(counts, "cue_precision.strict", strict)
        if is_speech_cue(cue["text"]):
            _add(counts, "speech_cue_precision.lenient", lenient)
            _add(counts, "speech_cue_precision.strict", strict)


def _count_sources(counts: Counts, gold: list[dict[str, Any]], report: dict[str, Any]) -> None:
    """Named-person source recall, pronoun linking, and precision of organization and person sources."""
    attributions = report["attributions"]
    mentions = [(m, s["kind"]) for s in report["sources"] for m in s["mentions"]]
    for a in gold:
        info = a.get("source_info") or {}
        if a["type"] != "Attribution" or not a["cue"] or not a["source"] or not is_speech_cue(a["cue"][0]["text"]):
            continue
        at_cue = [r for r in attributions if overlaps([r["cue"]], a["cue"])]
        if info.get("category") == "named_person":
            head = info.get("head")
            sources = [r["source"] for r in at_cue if r["source"] is not None]
            _add(counts, "named_person_any_mention.lenient", any(overlaps([m], a["source"]) for m, _ in mentions))
            _add(counts, "named_person_any_mention.strict", bool(head) and any(contains(m, head) for m, _ in mentions))
            _add(counts, "named_person_at_cue.lenient", any(overlaps([s], a["source"]) for s in sources))
            _add(counts, "named_person_at_cue.strict", bool(head) and any(contains(s, head) for s in sources))
        elif info.get("category") == "pronoun" and _names(info.get("coref_rep") or ""):
            names = _names(info["coref_rep"])
            resolved = [r["resolved_source"] for r in at_cue if r["resolved_source"] is not None]
            _add(counts, "pronoun_linked.lenient", any(_names(s["text"]) & names for s in resolved))
    gold_sources = [(a["source"], a.get("source_info") or {}) for a in gold if a["source"]]
    for mention, kind in mentions:
        if kind not in ("organization", "person"):
            continue
        there = [(frags, info) for frags, info in gold_sources if overlaps([mention], frags)]
        heads = [info for _, info in gold_sources if info.get("head") and contains(mention, info["head"])]
        _add(counts, f"{kind}_precision.lenient", bool(there))
        _add(counts, f"{kind}_precision.strict", bool(heads))
        _add(counts, f"{kind}_kind_precision.lenient", any(gold_kind(info) == kind for _, info in there))
        _add(counts, f"{kind}_kind_precision.strict", any(gold_kind(info) == kind for info in heads))


def _count_quotations(counts: Counts, gold: list[dict[str, Any]], quotations: list[dict[str, Any]]) -> None:
    """Quotation recall over content holding a quote mark and over content that is one whole quotation."""
    for key, test in (("quotation_recall", holds_quote_mark), ("whole_quotation_recall", is_quotation)):
        gold_quotes = {(f["start"], f["end"]): f for a in gold for f in a["content"] if test(f["text"])}
        for quote in gold_quotes.values():
            target = _strip_marks(quote["text"])
            _add(counts, f"{key}.lenient", overlaps([quote], quotations))
            _add(counts, f"{key}.strict", any(_strip_marks(q["text"]) == target for q in quotations))


def _count_issues(counts: Counts, report: dict[str, Any]) -> None:
    """Add the report's temporal issues (numerator) and one article (denominator)."""
    pair = counts.setdefault("temporal_issues.value", [0, 0])
    pair[0] += sum(d["issue"] is not None for d in report["dates"])
    pair[1] += 1


# -- TimeBank -------------------------------------------------------------------------------------
def at_granularity(day: date, value: str) -> str:
    """``day`` written at the granularity of the TIMEX3 calendar ``value`` (year, quarter, month, week, day)."""
    if "-Q" in value:
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    if "-W" in value:
        iso = day.isocalendar()
        return f"{iso[0]:04d}-W{iso[1]:02d}"
    return day.isoformat()[: len(value)]  # YYYY, YYYY-MM, YYYY-MM-DD


def period(value: str) -> tuple[date, date]:
    """The first and last day of the TIMEX3 calendar ``value`` (year, quarter, month, ISO week, day)."""
    year = int(value[:4])
    if "-Q" in value:
        quarter = int(value[-1])
        first = date(year, 3 * quarter - 2, 1)
        following = date(year + 1, 1, 1) if quarter == 4 else date(year, 3 * quarter + 1, 1)
        return first, following - timedelta(days=1)
    if "-W" in value:
        monday = date.fromisocalendar(year, int(value[-2:]), 1)
        return monday, monday + timedelta(days=6)
    if len(value) == 4:
        return date(year, 1, 1), date(year, 12, 31)
    if len(value) == 7:
        month = int(value[5:7])
        following = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
        return date(year, month, 1), following - timedelta(days=1)
    day = date.fromisoformat(value)
    return day, day


def _ends(resolved: str | None) -> list[date]:
    """The day, or the first and last day, a report date's ``resolved`` names; none when unresolved."""
    return [date.fromisoformat(part) for part in resolved.split("/")] if resolved else []


def value_matches(resolved: str | None, value: str) -> bool:
    """Whether a report date's ``resolved`` day, or both ends of its interval, write as ``value`` (lenient)."""
    ends = _ends(resolved)
    return bool(ends) and all(at_granularity(day, value) == value for day in ends)


def period_matches(resolved: str | None, value: str) -> bool:
    """Whether a report date's ``resolved`` day or interval is exactly the period ``value`` names (strict)."""
    ends = _ends(resolved)
    return bool(ends) and (ends[0], ends[-1]) == period(value)


def timebank_counts(record: dict[str, Any], report: dict[str, Any]) -> Counts:
    """Every TimeBank figure's numerator and denominator on one document (see the module docstring)."""
    counts: Counts = {}
    dates = report["dates"]
    gold_dates = [t for t in record["timexes"] if t["type"] == "DATE"]
    targets = [t for t in record["timexes"] if t["type"] in ("DATE", "TIME")]
    for timex in gold_dates:
        found = [d for d in dates if overlaps([d], [timex])]
        _add(counts, "date_recall.lenient", bool(found))
        _add(counts, "date_recall.strict", any(same_span(d, timex) for d in dates))
        if found and _CALENDAR_VALUE_RE.fullmatch(timex["value"]):
            best = max(found, key=lambda d: overlap_size(d, timex))  # max keeps the first on a tie
            _add(counts, "date_value.lenient", value_matches(best["resolved"], timex["value"]))
            _add(counts, "date_value.strict", period_matches(best["resolved"], timex["value"]))
    for d in dates:
        _add(counts, "date_precision.lenient", overlaps([d], targets))
        _add(counts, "date_precision.strict", any(same_span(d, t) for t in targets))
        _add(counts, "date_precision_any_timex.lenient", overlaps([d], record["timexes"]))
        _add(counts, "date_precision_any_timex.strict", any(same_span(d, t) for t in record["timexes"]))
    _count_issues(counts, report)
    return counts


# -- running --------------------------------------------------------------------------------------
def gold_records(corpus: str, limit: int = 0) -> Iterator[dict[str, Any]]:
    """The gold records of ``corpus`` (at most ``limit``, 0: all); exits with a message when ../shared is absent."""
    path = GOLD / FILES[corpus]
    if not path.exists():
        raise SystemExit(f"{path} not found: put the shared gold beside the repository as ../shared")
    with path.open(encoding="utf-8") as fh:
        count = 0
        for line in fh:
            if not line.strip():
                continue
            if limit and count >= limit:
                return
            count += 1
            yield json.loads(line)


def evaluate(corpora: Iterable[str], *, limit: int = 0, scorer: Scorer | None = None) -> dict[str, Counts]:
    """Score the gold articles and add up every figure, by group.

    Groups: each corpus, ``all`` (the temporal issues of every corpus) and ``polnear/<publisher>``.
    PolNeAR figures on the texts as shipped have plain keys; with ``''`` read as a double quote
    mark, the same keys after ``marks:``.
    """
    scorer = scorer or Scorer()
    results: dict[str, Counts] = {"all": {}}
    for corpus in corpora:
        total = results.setdefault(corpus, {})
        for record in gold_records(corpus, limit):
            report = scorer.score(record["text"], published=record["published"]).to_dict()
            if corpus == "timebank":
                counts = timebank_counts(record, report)
            else:
                counts = polnear_counts(record, report)
                read = read_double_marks(record["text"])
                if read != record["text"]:
                    report = scorer.score(read, published=record["published"]).to_dict()
                    _merge(counts, polnear_counts(record, report), MARKS)
                else:
                    _merge(counts, dict(counts), MARKS)
                _merge(results.setdefault(f"polnear/{record['publisher']}", {}), counts)
            _merge(total, counts)
            _merge(results["all"], {"temporal_issues.value": counts["temporal_issues.value"]})
    return results


def _cell(pair: list[int] | None, *, count: bool = False) -> str:
    """``"80.2% (3961/4939)"``, ``"5 / 840"`` for a count, or a dash."""
    if pair is None:
        return "\u2014"
    num, den = pair
    if count:
        return f"{num} / {den}"
    return f"{100 * num / den:.1f}% ({num}/{den})" if den else "\u2014 (0/0)"


def format_table(results: dict[str, Counts], *, marks: bool = False, split: bool = False) -> str:
    """The figures as one Markdown table: lenient and strict (or the one value) with numerators and denominators."""
    publishers = sorted(k.split("/", 1)[1] for k in results if k.startswith("polnear/")) if split else []
    header = ["what", "lenient (or value)", "strict", *(f"{p} (lenient)" for p in publishers)]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for label, key, corpus in ROWS:
        if corpus not in results or (corpus == "all" and len(results) < 3):
            continue
        if marks and corpus == "polnear":
            if key.startswith(MARKS):
                continue  # every PolNeAR row already reads '' as a mark
            key = MARKS + key
        is_count = key.endswith("temporal_issues")
        groups = [results[corpus], *(results[f"polnear/{p}"] for p in publishers if corpus == "polnear")]
        firsts = [g.get(f"{key}.lenient", g.get(f"{key}.value")) for g in groups]
        cells = [label, _cell(firsts[0], count=is_count), _cell(results[corpus].get(f"{key}.strict"))]
        cells += [_cell(pair, count=is_count) for pair in firsts[1:]]
        cells += ["\u2014"] * (len(header) - len(cells))
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _nested(counts: Counts) -> dict[str, dict[str, list[int]]]:
    """``{"metric.variant": pair}`` as ``{"metric": {"variant": pair}}``."""
    out: dict[str, dict[str, list[int]]] = {}
    for key, pair in sorted(counts.items()):
        metric, variant = key.rsplit(".", 1)
        out.setdefault(metric, {})[variant] = pair
    return out


def main(argv: list[str] | None = None) -> None:
    """Score the gold articles and print the table (or JSON)."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--corpus", choices=(*CORPORA, "all"), default="all")
    parser.add_argument("--limit", type=int, default=0, help="the first N articles of each corpus (0: all)")
    parser.add_argument("--marks", action="store_true", help="every PolNeAR row on the texts with '' read as a double quote mark")
    parser.add_argument("--split", action="store_true", help="add one lenient column per PolNeAR publisher")
    parser.add_argument("--json", action="store_true", help="print every count as JSON instead of the table")
    args = parser.parse_args(argv)
    corpora = CORPORA if args.corpus == "all" else (args.corpus,)
    started = time.perf_counter()
    results = evaluate(corpora, limit=args.limit)
    if args.json:
        json.dump({group: _nested(counts) for group, counts in results.items()}, sys.stdout, indent=1, sort_keys=True)
        print()
        return
    print(format_table(results, marks=args.marks, split=args.split))
    articles = results["all"]["temporal_issues.value"][1]
    print(f"\n{articles} gold articles scored in {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
