"""scripts/extraction_eval.py: each figure is computed as its docstring defines it, and the script runs on real gold."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from conftest import load_script, shared_path

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "extraction_eval.py"


ev = load_script("extraction_eval")

# A five-sentence article, its PolNeAR-like gold and a report as the contract writes it. Every
# span is found with str.index, so the figures below only depend on what each part says.
ARTICLE = (
    "Mayor Jane Smith said the city will spend $40 million. "
    '"We have waited long enough," she said. '
    "The council states 12 roads will close, according to the plan. "
    'Jones has said that 300 homes were "flooded twice". '
    "Prices rose 5% in March."
)


def at(text: str, *, after: str = "") -> dict[str, Any]:
    """The span of ``text``'s first occurrence in ARTICLE after ``after``."""
    start = ARTICLE.index(text, ARTICLE.index(after) + len(after) if after else 0)
    return {"start": start, "end": start + len(text), "text": text}


def gold_attribution(source: str | None, cue: dict[str, Any], content: str, info: dict[str, Any], *, after: str = "") -> dict[str, Any]:
    """A PolNeAR-like attribution record."""
    return {
        "type": "Attribution" if source else "Attribution-no-source",
        "source": [at(source, after=after)] if source else [],
        "cue": [cue],
        "content": [at(content, after=after)],
        "source_info": info,
    }


def head(text: str, ner: str, *, after: str = "") -> dict[str, Any]:
    """A source_info head token."""
    return {**at(text, after=after), "ner": ner}


SAID_1 = at("said")
SAID_2 = at("said", after="enough,\"")
HAS_SAID = at("has said")
GOLD = {
    "text": ARTICLE,
    "published": "1998-03-10",
    "attributions": [
        gold_attribution("Mayor Jane Smith", SAID_1, "the city will spend $40 million",
                         {"category": "named_person", "head": head("Smith", "PERSON"), "ner": ["PERSON"]}),
        gold_attribution("she", SAID_2, '"We have waited long enough,"',
                         {"category": "pronoun", "head": head("she", "O"), "ner": [], "coref_rep": "Mayor Jane Smith"}),
        gold_attribution("the plan", at("according to"), "The council states 12 roads will close",
                         {"category": "nominal", "head": head("plan", "O"), "ner": []}),
        gold_attribution("Jones", HAS_SAID, 'that 300 homes were "flooded twice"',
                         {"category": "named_person", "head": head("Jones", "PERSON"), "ner": ["PERSON"]}),
    ],
}


def attribution(cue: dict[str, Any], source: dict[str, Any] | None, kind: str, resolved: dict[str, Any] | None = None) -> dict[str, Any]:
    """A report attribution (claim omitted: no figure reads it)."""
    return {
        "cue": cue,
        "source": {**source, "kind": kind} if source else None,
        "resolved_source": {**resolved, "kind": "person"} if resolved else None,
    }


def statistic(text: str, label: str) -> dict[str, Any]:
    """A report statistic."""
    return {**at(text), "attribution": label}


SMITH, COUNCIL, PLAN, JONES = at("Mayor Jane Smith"), at("The council"), at("the plan"), at("Jones")
REPORT = {
    "attributions": [
        attribution(SAID_1, SMITH, "person"),
        attribution(SAID_2, at("she"), "pronoun", resolved=SMITH),
        attribution(at("states"), COUNCIL, "organization"),  # not a gold cue
        attribution(at("according to"), PLAN, "document"),
        attribution(at("said", after="Jones has "), JONES, "organization"),  # "has said" half found; a person
    ],
    "sources": [
        {"kind": "person", "mentions": [SMITH]},
        {"kind": "organization", "mentions": [COUNCIL]},
        {"kind": "document", "mentions": [PLAN]},
        {"kind": "organization", "mentions": [JONES]},
    ],
    "quotations": [at('"We have waited long enough,"'), at('"flooded twice"')],
    "statistics": [
        statistic("$40 million", "named"),
        statistic("12", "named"),
        statistic("300", "none"),  # inside attributed content, left unattributed
        statistic("5%", "none"),
    ],
    "dates": [{**at("March"), "resolved": "1998-03-01/1998-03-31", "issue": "past_event_in_future"}],
}


def test_polnear_figures_are_counted_as_documented() -> None:
    counts = ev.polnear_counts(GOLD, REPORT)
    expected = {
        # gold speech cues: said, said, according to, has said; "has said" is only half found
        "speech_cue_recall.lenient": [4, 4],
        "speech_cue_recall.strict": [3, 4],
        # report cues: said, said, states (no gold cue), according to, said (inside "has said")
        "cue_precision.lenient": [4, 5],
        "cue_precision.strict": [3, 5],
        "speech_cue_precision.lenient": [4, 4],
        "speech_cue_precision.strict": [3, 4],
        # named persons quoted with a speech cue: Smith and Jones, both found at their cue
        "named_person_any_mention.lenient": [2, 2],
        "named_person_any_mention.strict": [2, 2],
        "named_person_at_cue.lenient": [2, 2],
        "named_person_at_cue.strict": [2, 2],
        # "she" -> Mayor Jane Smith, CoreNLP's coref_rep "Mayor Jane Smith"
        "pronoun_linked.lenient": [1, 1],
        # organization mentions: "The council" (no gold source) and "Jones" (a gold person)
        "organization_precision.lenient": [1, 2],
        "organization_precision.strict": [1, 2],
        "organization_kind_precision.lenient": [0, 2],
        "organization_kind_precision.strict": [0, 2],
        "person_precision.lenient": [1, 1],
        "person_precision.strict": [1, 1],
        "person_kind_precision.lenient": [1, 1],
        "person_kind_precision.strict": [1, 1],
        # content holding a quote mark: the quotation, and 'that 300 homes were "flooded twice"'
        "quotation_recall.lenient": [2, 2],
        "quotation_recall.strict": [1, 2],
        "whole_quotation_recall.lenient": [1, 1],
        "whole_quotation_recall.strict": [1, 1],
        # inside attributed content: $40 million, 12, 300 (missed); outside: 5%
        "numbers_inside_attributed.value": [2, 3],
        "numbers_outside_unattributed.value": [1, 1],
        "temporal_issues.value": [1, 1],
    }
    assert counts == expected


def test_a_pronoun_linked_to_someone_else_or_not_at_all_is_wrong() -> None:
    for resolved in (JONES, None):
        report = {**REPORT, "attributions": [attribution(SAID_2, at("she"), "pronoun", resolved=resolved)]}
        assert ev.polnear_counts(GOLD, report)["pronoun_linked.lenient"] == [0, 1]


def test_named_person_found_elsewhere_is_not_found_at_its_cue() -> None:
    report = {**REPORT, "attributions": [a for a in REPORT["attributions"] if a["cue"] != SAID_1]}
    counts = ev.polnear_counts(GOLD, report)
    assert counts["named_person_any_mention.lenient"] == [2, 2]  # "Mayor Jane Smith" is still a source mention
    assert counts["named_person_at_cue.lenient"] == [1, 2]


TIMEBANK_TEXT = (
    "On March 3, 1998, prices rose. They fell in the third quarter. Last week the firm said so. "
    "It closed Friday night. Orion 1980 is a company. Now it waits."
)


def timex(text: str, kind: str, value: str) -> dict[str, Any]:
    """A TIMEX3 of TIMEBANK_TEXT."""
    start = TIMEBANK_TEXT.index(text)
    return {"start": start, "end": start + len(text), "text": text, "type": kind, "value": value}


def report_date(text: str, resolved: str | None) -> dict[str, Any]:
    """A report date of TIMEBANK_TEXT."""
    start = TIMEBANK_TEXT.index(text)
    return {"start": start, "end": start + len(text), "text": text, "resolved": resolved, "issue": None}


def test_timebank_figures_are_counted_as_documented() -> None:
    record = {
        "text": TIMEBANK_TEXT,
        "published": "1998-03-10",
        "timexes": [
            timex("March 3, 1998", "DATE", "1998-03-03"),
            timex("the third quarter", "DATE", "1998-Q3"),
            timex("Last week", "DATE", "1998-W10"),
            timex("Friday night", "TIME", "1998-03-06TNI"),
            timex("Now", "DATE", "PRESENT_REF"),
        ],
    }
    report = {
        "dates": [
            report_date("March 3, 1998", "1998-03-03"),
            report_date("third quarter", "1998-07-01/1998-09-30"),  # a shorter span, the exact quarter
            report_date("Last week", "1998-03-02/1998-03-06"),  # inside ISO week 10, but Monday to Friday
            report_date("Friday", "1998-03-06"),  # inside a gold TIME: not a DATE, yet no false date
            report_date("1980", "1980-01-01/1980-12-31"),  # a company's name: no gold timex
        ]
    }
    assert ev.timebank_counts(record, report) == {
        "date_recall.lenient": [3, 4],  # "Now" is missed
        "date_recall.strict": [2, 4],
        "date_precision.lenient": [4, 5],
        "date_precision.strict": [2, 5],
        "date_precision_any_timex.lenient": [4, 5],  # no DURATION among these: the same as above
        "date_precision_any_timex.strict": [2, 5],
        "date_value.lenient": [3, 3],  # PRESENT_REF has no calendar value, and is not found anyway
        "date_value.strict": [2, 3],
        "temporal_issues.value": [0, 1],
    }


def test_granularities_and_periods() -> None:
    from datetime import date

    assert ev.at_granularity(date(1998, 3, 2), "1998-W10") == "1998-W10"
    assert ev.at_granularity(date(1998, 12, 31), "1998-Q4") == "1998-Q4"
    assert ev.at_granularity(date(1998, 3, 2), "1998-03") == "1998-03"
    assert ev.period("1998-Q4") == (date(1998, 10, 1), date(1998, 12, 31))
    assert ev.period("1998-W10") == (date(1998, 3, 2), date(1998, 3, 8))
    assert ev.period("1996-02") == (date(1996, 2, 1), date(1996, 2, 29))
    assert ev.value_matches("1996-05-01/1996-08-31", "1996") and not ev.period_matches("1996-05-01/1996-08-31", "1996")
    assert not ev.value_matches("1997-12-01/1998-01-31", "1998") and not ev.value_matches(None, "1998")


def test_speech_cues_and_double_marks() -> None:
    for cue in ("said", "has said", "had told", "is saying", "telling", "according to", "Said in a statement"):
        assert ev.is_speech_cue(cue), cue
    for cue in ("states", "wrote", "sayings", "accorded", "believes"):
        assert not ev.is_speech_cue(cue), cue
    text = "''We won,'' he said."
    read = ev.read_double_marks(text)
    assert len(read) == len(text) and read.replace("\u200b", "") == '"We won," he said.'


def test_the_script_runs_on_real_gold() -> None:
    polnear = shared_path("gold", "polnear_train", "data.jsonl")
    timebank = shared_path("gold", "timebank", "data.jsonl")
    limit = 4
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--limit", str(limit), "--json"], capture_output=True, text=True, check=True
    )
    figures = json.loads(done.stdout)
    records = [json.loads(line) for line in polnear.read_text(encoding="utf-8").splitlines()[:limit]]
    docs = [json.loads(line) for line in timebank.read_text(encoding="utf-8").splitlines()[:limit]]
    speech = sum(bool(a["cue"]) and ev.is_speech_cue(a["cue"][0]["text"]) for r in records for a in r["attributions"])
    assert figures["polnear"]["speech_cue_recall"]["lenient"][1] == speech
    assert figures["polnear"]["marks:speech_cue_recall"]["lenient"][1] == speech
    assert figures["timebank"]["date_recall"]["lenient"][1] == sum(t["type"] == "DATE" for d in docs for t in d["timexes"])
    assert figures["polnear"]["temporal_issues"]["value"][1] == limit
    assert figures["all"]["temporal_issues"]["value"][1] == 2 * limit
    for group in ("polnear", "timebank"):
        for metric, pairs in figures[group].items():
            for num, den in pairs.values():
                assert 0 <= num and (metric.endswith("temporal_issues") or num <= den), (group, metric, num, den)
    table = subprocess.run(
        [sys.executable, str(SCRIPT), "--limit", "2", "--corpus", "timebank"], capture_output=True, text=True, check=True
    ).stdout
    assert "| DATE recall, TimeBank |" in table and "speech-cue" not in table
