"""Every rule has a firing and a non-firing example, with exact findings, on hand-written texts."""

from __future__ import annotations

import pytest

from sourcescore.scoring import RULES, Scorer
from sourcescore.scoring.model import PriorModel
from sourcescore.scoring.rules import RULES_BY_CODE

SCORER = Scorer(model=PriorModel())  # rule weight 1: findings carry the rules' own points
PUB = "2025-03-28"

# code -> (text that fires, text that does not), both scored with published=PUB.
CASES: dict[str, tuple[str, str]] = {
    "SRC001": (
        "Mayor Helen Okafor said the Riverton council approved the plan on Tuesday.",
        "Experts say the Riverton council approved the plan on Tuesday.",
    ),
    "SRC002": (
        "Mayor Helen Okafor said Riverton approved the plan. The vote in Riverton was 7-2. Workers in Riverton will build walls soon.",
        "Riverton approved the plan on Tuesday. The vote in Riverton was 7-2. Riverton will build walls next year.",
    ),
    "SRC003": (
        '"This is the largest investment in flood protection the city has ever made," Mayor Helen Okafor said.',
        "Mayor Helen Okafor called it a 'historic' vote in Riverton.",
    ),
    "SRC101": (
        "Riverton approved the plan on Tuesday. The vote in Riverton was close. Walls will rise in Riverton. "
        "Costs in Riverton are high. Residents of Riverton are divided. Mayor Helen Okafor said it was a good day.",
        "Riverton approved the plan on Tuesday, Mayor Helen Okafor said. The vote in Riverton was close, she said. "
        "Walls will rise in Riverton. Costs in Riverton are high. Residents of Riverton are divided.",
    ),
    "SRC102": (
        "Experts say Riverton approved the plan. The vote in Riverton was close. Walls will rise in Riverton. "
        "Costs in Riverton are high.",
        "Mayor Helen Okafor said Riverton approved the plan. The vote in Riverton was close. "
        "Walls will rise in Riverton. Costs in Riverton are high.",
    ),
    "SRC103": (
        "The Riverton walls are said to be the tallest in the state.",
        "The Riverton walls are the tallest in the state, engineer Priya Raman said.",
    ),
    "SRC201": (
        "Experts say the Riverton plan is too expensive.",
        "Police said the Riverton plan is too expensive.",
    ),
    "SRC202": (
        "A senior official said the Riverton plan is too expensive.",
        "A senior official, who spoke on condition of anonymity, said the Riverton plan is too expensive.",
    ),
    "SRC301": (
        "Officials in Riverton said the walls will be finished by late 2024.",
        "Officials in Riverton said the walls will be finished by late 2025.",
    ),
    "SRC302": (
        "In June 2025, Riverton troops were deployed to the river, police said.",
        "In June 2024, Riverton troops were deployed to the river, police said.",
    ),
    "SRC303": (
        "- 3,000 Riverton homes flooded in Berlin in 2019.\n"
        "Police said 3,000 Riverton homes flooded in Berlin during the storms of 2021.",
        "- 3,000 Riverton homes flooded in Berlin in 2019.\n"
        "Police said 3,000 Riverton homes flooded in Berlin during the storms of 2019.",
    ),
    "SRC304": (
        "The Riverton plan was approved on February 30, 2024, police said.",
        "The Riverton plan was approved on February 28, 2024, police said.",
    ),
    "SRC305": (
        "The Riverton report, released on April 3, 2024, found flaws. On March 20, 2024, police cited the report.",
        "The Riverton report, released on April 3, 2024, found flaws. On May 20, 2024, police cited the report.",
    ),
    "SRC306": (
        "Riverton sales rose 12% to $3 million in the first quarter of 2025, police said.",
        "Riverton sales rose 12% to $3 million in the fourth quarter of 2024, police said.",
    ),
    "SRC307": (
        "A 10-year Riverton study that began in 2020 found flaws in the walls.",
        "A five-year Riverton study that began in 2020 found flaws in the walls.",
    ),
    "SRC401": (
        "Unemployment in Riverton fell to 3.5 percent.",
        "The Riverton labor office said unemployment fell to 3.5 percent.",
    ),
    "SRC402": (
        "Experts say 70% of Riverton voters agree.",
        "The Riverton election office said 70% of voters agree.",
    ),
}


def findings(text: str, code: str) -> list:  # type: ignore[type-arg]
    """The findings of rule ``code`` on ``text``."""
    report = SCORER.score(text, published=PUB)
    return [f for f in report.findings if f.code == code]


def test_every_rule_has_a_case() -> None:
    assert sorted(CASES) == sorted(r.code for r in RULES)


@pytest.mark.parametrize("code", sorted(CASES))
def test_rule_fires(code: str) -> None:
    fired = findings(CASES[code][0], code)
    assert fired, f"{code} did not fire"
    rule = RULES_BY_CODE[code]
    for f in fired:
        assert (f.rule, f.severity) == (rule.name, rule.severity)
        assert f.points != 0 and (f.points > 0) == (rule.points > 0)


@pytest.mark.parametrize("code", sorted(CASES))
def test_rule_does_not_fire(code: str) -> None:
    assert findings(CASES[code][1], code) == []


def test_exact_vague_source_finding() -> None:
    text = "Experts say the Riverton plan is too expensive."
    (f,) = findings(text, "SRC201")
    assert f.points == -4.0
    assert [text[s.start : s.end] for s in f.evidence] == ["Experts", "say"]


def test_every_further_hit_costs_less_but_something_and_the_cap_holds() -> None:
    text = " ".join(f"Experts say fact {i} about Riverton is true." for i in range(8))
    fired = findings(text, "SRC201")
    assert len(fired) == 8
    points = [f.points for f in fired]
    # -4 times the share of the cap (20) still unspent: -4, -3.2, -2.56, -2.05, -1.64, -1.31, -1.05, -0.84
    assert points == [-4.0, -3.2, -2.56, -2.05, -1.64, -1.31, -1.05, -0.84]
    assert all(a < b < 0 for a, b in zip(points, points[1:]))
    assert sum(points) > -RULES_BY_CODE["SRC201"].cap


def test_inserted_unsourced_figure_still_costs_points_past_five() -> None:
    base = " ".join(f"The Riverton budget grew by {i + 3} percent this year." for i in range(6))
    one_more = base + " The Riverton budget grew by 40 percent this year."
    before, after = findings(base, "SRC401"), findings(one_more, "SRC401")
    assert len(after) == len(before) + 1
    assert sum(f.points for f in after) < sum(f.points for f in before)


def test_ignore_drops_a_rule() -> None:
    text = "Experts say the Riverton plan is too expensive."
    report = Scorer(ignore=["SRC201"]).score(text, published=PUB)
    assert not [f for f in report.findings if f.code == "SRC201"]


def test_a_prefix_selects_every_rule_it_starts() -> None:
    text = (
        "Officials in Riverton said the walls will be finished by late 2024. "
        "The Riverton plan was approved on February 30, 2024, police said. Experts say the plan is too expensive."
    )
    report = Scorer(model=PriorModel(), ignore=["SRC3"]).score(text, published=PUB)
    assert not [f for f in report.findings if f.code.startswith("SRC3")]
    assert [f.code for f in report.findings if f.code == "SRC201"] == ["SRC201"]
    assert Scorer(ignore=["SRC3"]).ignore == frozenset(
        {"SRC301", "SRC302", "SRC303", "SRC304", "SRC305", "SRC306", "SRC307"}
    )


def test_a_selector_that_selects_nothing_is_an_input_error() -> None:
    from sourcescore import InputError

    with pytest.raises(InputError, match="unknown rule code.*SRC9"):
        Scorer(ignore=["SRC9"])


def test_every_rule_module_declares_a_documented_rule() -> None:
    import importlib
    import pkgutil

    import sourcescore.scoring.rules as package

    codes: list[str] = []
    for info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        assert module.__doc__, f"rule module {info.name} has no docstring"
        if info.name == "base":
            continue
        rules = getattr(module, "RULES", None) or (module.RULE,)
        assert module.__doc__.startswith(rules[0].code), f"{info.name}: the docstring names the rule's code first"
        codes += [r.code for r in rules]
    assert sorted(codes) == [r.code for r in RULES] and len(set(codes)) == len(codes)
    for rule in RULES:
        assert rule.rationale and rule.practice and rule.cap > 0
        assert (rule.points > 0) == (rule.severity == "credit"), rule.code
        with pytest.raises(TypeError):
            rule.thresholds["x"] = 1  # type: ignore[index]


def test_rules_version_follows_a_threshold() -> None:
    from dataclasses import replace

    import sourcescore.scoring.rules as package

    before = package.rules_version()
    rule = RULES_BY_CODE["SRC101"]
    changed = replace(rule, thresholds={**rule.thresholds, "min_share": 0.3})
    original = package.RULES
    package.RULES = tuple(changed if r is rule else r for r in original)
    try:
        assert package.rules_version() != before
    finally:
        package.RULES = original
    assert package.rules_version() == before


def test_no_rule_code_under_features() -> None:
    import re
    from pathlib import Path

    import sourcescore.features

    root = Path(sourcescore.features.__file__).parent
    hits = [f"{p.relative_to(root)}:{n}" for p in root.rglob("*.py")
            for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if re.search(r"SRC\d", line)]
    assert hits == [], "extractors return facts, never rule codes"


def test_exact_chronology_findings() -> None:
    text = "The Riverton report, released on April 3, 2024, found flaws. On March 20, 2024, police cited the report."
    (f,) = findings(text, "SRC305")
    assert f.message == "'the report' is cited 'On March 20, 2024', before its release 'April 3, 2024' (2024-04-03)"
    assert [text[s.start : s.end] for s in f.evidence] == ["April 3, 2024", "March 20, 2024", "the report"]
    text = "Riverton sales rose 12% to $3 million in the first quarter of 2025, police said."
    (f,) = findings(text, "SRC306")
    assert f.message == (
        "'in the first quarter of 2025' has figures ('sales') told as past, but the period ends 2025-03-31, "
        "after the article is dated 2025-03-28"
    )
    assert f.points == -6.0
    text = "A 10-year Riverton study that began in 2020 found flaws in the walls."
    (f,) = findings(text, "SRC307")
    assert f.message == (
        "'10-year Riverton study' began 'in 2020': it could not have run its length before 2030-01-01, "
        "but the article is dated 2025-03-28"
    )
    assert [text[s.start : s.end] for s in f.evidence] == ["10-year Riverton study", "2020"]
