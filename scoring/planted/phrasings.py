"""The varied material planted changes insert: vague collectives, statistics, neutral background.

Written for this project. The vague collectives follow Wikipedia's "weasel words" guideline
(MOS:WEASEL) and the collectives seed 004 uses ("Military experts", "NATO defense analysts",
"Industry insights reveal"); the statistics are the shapes of figures in news copy (a share of a
group, a count, a sum of money, a rise or fall) written to fit any topic; the background
sentences say nothing checkable (no number, date, name, source or quotation). Several templates
and vocabularies per kind, sampled with the run's seed, so no result hangs on one phrasing.
"""

from __future__ import annotations

import random

# Plural collectives that take the verb of a plural subject ("Experts said", "Some observers say").
VAGUE_COLLECTIVES: tuple[str, ...] = (
    "some observers",
    "experts",
    "analysts",
    "critics",
    "some commentators",
    "many observers",
    "insiders",
    "some analysts",
    "political observers",
    "industry watchers",
    "several experts",
    "many people",
)

# Vague sources a statistic is pinned on, each with the verb it takes ("Studies show ...").
VAGUE_STAT_SOURCES: tuple[tuple[str, str], ...] = (
    ("experts", "say"),
    ("analysts", "estimate"),
    ("studies", "show"),
    ("some economists", "believe"),
    ("industry insiders", "say"),
    ("researchers", "have found"),
    ("observers", "note"),
    ("recent surveys", "suggest"),
    ("specialists", "estimate"),
    ("many analysts", "believe"),
)

_GROUPS = ("residents", "voters", "households", "small businesses", "local employers", "families", "young people", "retirees")
_SHARE_PREDICATES = (
    "are worse off than they were a year ago",
    "expect conditions to get worse",
    "have changed their plans as a result",
    "remain undecided",
    "oppose the current approach",
    "were unaware of the proposal",
    "have cut back on spending",
)
_COUNT_PHRASES = (
    "about {n:,} people have been affected",
    "as many as {n:,} jobs could be lost",
    "more than {n:,} complaints have been filed",
    "some {n:,} families have applied for help",
    "nearly {n:,} cases remain unresolved",
)
_MONEY_PHRASES = (
    "the cost has climbed to ${m} {unit}",
    "spending on the effort has reached ${m} {unit}",
    "losses are put at ${m} {unit}",
    "the shortfall now stands at ${m} {unit}",
)
_CHANGE_PHRASES = (
    "prices have risen {p} percent",
    "participation has fallen by {p}%",
    "demand has grown {p} percent",
    "the backlog has shrunk by {p}%",
    "applications have dropped {p} percent",
)
_INTROS = ("", "", "Overall, ", "Meanwhile, ", "In all, ", "At the same time, ")


def statistic_clause(rng: random.Random) -> str:
    """A clause stating one figure with no source ("38% of voters remain undecided"), lower-case first."""
    shape = rng.randrange(4)
    if shape == 0:
        pct = rng.randint(12, 88)
        share = f"{pct}%" if rng.random() < 0.5 else f"{pct} percent"
        return f"{share} of {rng.choice(_GROUPS)} {rng.choice(_SHARE_PREDICATES)}"
    if shape == 1:
        return rng.choice(_COUNT_PHRASES).format(n=rng.choice((350, 1200, 2400, 4000, 8500, 12000, 47000)))
    if shape == 2:
        amount = f"{rng.randint(11, 95) / 10:.1f}"
        return rng.choice(_MONEY_PHRASES).format(m=amount, unit=rng.choice(("million", "billion")))
    return rng.choice(_CHANGE_PHRASES).format(p=rng.randint(6, 47))


def _sentence(clause: str) -> str:
    """The clause as a sentence: capital first, full stop last."""
    return clause[0].upper() + clause[1:] + "."


def unsourced_statistic(rng: random.Random) -> str:
    """One sentence stating a figure with no source at all."""
    intro = rng.choice(_INTROS)
    clause = statistic_clause(rng)
    return intro + clause + "." if intro else _sentence(clause)


def vague_statistic(rng: random.Random) -> str:
    """One sentence stating a figure pinned on a vague source, in one of several shapes."""
    source, verb = rng.choice(VAGUE_STAT_SOURCES)
    clause = statistic_clause(rng)
    shape = rng.randrange(3)
    if shape == 0:
        return _sentence(f"{source} {verb} that {clause}")
    if shape == 1:
        return _sentence(f"according to {source}, {clause}")
    return _sentence(f"{clause}, {source} {verb}")


_BACKGROUND_OPENERS = (
    "The issue has been a recurring subject of public debate.",
    "Similar questions have been raised before.",
    "The matter has drawn considerable public attention.",
    "It is one of several questions competing for attention.",
    "The subject is a familiar one to people who follow such matters.",
    "Questions of this kind rarely have simple answers.",
)
_BACKGROUND_FOLLOWERS = (
    "Views on how to address it differ widely.",
    "How it is settled could shape what comes next.",
    "Much of the discussion has turned on questions of cost and fairness.",
    "The broader context has shifted over time.",
    "It is likely to remain part of the conversation.",
    "The details are often more complicated than the headlines suggest.",
)


def background_paragraph(rng: random.Random) -> str:
    """A paragraph of neutral background: one or two sentences with nothing checkable in them."""
    first = rng.choice(_BACKGROUND_OPENERS)
    if rng.random() < 0.3:
        return first
    return f"{first} {rng.choice(_BACKGROUND_FOLLOWERS)}"
