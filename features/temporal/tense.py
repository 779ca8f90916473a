"""The tense of the clause around each date: future, past, present or unknown.

Heuristics, not parsing. The tense is read off the nearest auxiliary, or a finite verb heading
its own clause, to the left of the date (within 150 characters, inside ``; : \u2014`` and the
first comma or subordinator that holds one); a fronted date ("In June 2025, troops were
deployed") looks right. "would" and "was expected to" are neither future nor past; the simple
present of a timetabled event ("the summit opens Tuesday", "closes on March 2") is future. Relative
expressions ("last month", "later this year") take their tense from their words; the second date
of "in 2019 and 2023" takes the first's.
"""

from __future__ import annotations

from ..document import Document
from ..vocabulary.temporal import (
    AUXILIARY_CHAIN,
    DETERMINERS,
    NOUN_MARKERS,
    DEADLINE_PREPOSITIONS,
    FUTURE_IN_PAST_MARKERS,
    FUTURE_MARKERS,
    IRREGULAR_PAST,
    IRREGULAR_SIMPLE_PAST,
    MODAL_VERBS,
    NOT_PAST_ED,
    PAST_AUXILIARIES,
    PROSPECTIVE_PARTICIPLES,
    PRESENT_AUXILIARIES,
    REPORTING_PAST,
    SCHEDULE_VERBS,
    SUBORDINATORS,
)
from .parse import Draft, coordinated

GOVERNING_WINDOW = 150  # characters searched on each side of a date for the verb that governs it
_NEAR = 60  # the first, cheaper search
_NEAR_PARTICIPLE = 5  # words from a participle to the date it dates ("deployed to the front in June 2025")

# Marker kinds (see _phrase_kinds): auxiliaries and modals; "simple_past" and "weak" are verbs.
_AUX_KINDS = frozenset({"future", "fip", "modal_have", "modal", "past_aux", "present"})
_FUTURE_KINDS = frozenset({"future", "fip", "modal"})


def assign_tenses(doc: Document, drafts: list[Draft]) -> None:
    """Set the tense of every draft, with its sentence bounds (``sentence``, ``s0``, ``s1``) on the way."""
    text = doc.text
    sentences = doc.sentences
    prev: Draft | None = None
    for d in drafts:
        d.sentence = doc.sentence_index(d.start)
        d.s0, d.s1 = (sentences[d.sentence].start, sentences[d.sentence].end) if sentences else (0, len(text))
        if d.direction:
            d.tense = d.direction  # "last month", "later this year": the words say it
        elif prev is not None and prev.sentence == d.sentence and coordinated(text, d.prep, d.prep_start, prev.end):
            d.tense, d.clear_past = prev.tense, prev.clear_past  # "in 2019 and 2023"
        else:
            assign_tense(text, d)
        prev = d


def _phrase_kinds() -> dict[str, str]:
    """Tense marker (a word or a phrase) -> kind: future ("will", "plans to"), fip (future in the
    past: "would", "was expected to"), modal, modal_have ("may have"), past_aux, present,
    simple_past (a clear past: "began") and weak (a past that may be a participle: "sent")."""
    kinds: dict[str, str] = {}
    for phrase in FUTURE_MARKERS:
        kinds[phrase] = "future"
    for phrase in FUTURE_IN_PAST_MARKERS:
        kinds[phrase] = "fip"
    for modal in MODAL_VERBS:
        kinds[f"{modal} have"] = kinds[f"{modal} not have"] = "modal_have"
        kinds.setdefault(modal, "modal")
    for word in PAST_AUXILIARIES:
        kinds[word] = "past_aux"
    for word in PRESENT_AUXILIARIES:
        kinds[word] = "present"
    for word in IRREGULAR_PAST:
        kinds[word] = "weak"
    for word in IRREGULAR_SIMPLE_PAST:
        kinds[word] = "simple_past"
    for word in SCHEDULE_VERBS:
        kinds[word] = "schedule"
    return kinds


_KINDS = _phrase_kinds()
_PHRASE_FIRST = frozenset(p.split()[0] for p in _KINDS if " " in p)
_PHRASE_LAST = frozenset(p.split()[-1] for p in _KINDS if " " in p)
HARD_BOUNDARIES = frozenset({";", ":", "\u2014"})
# A timetabled event is intransitive: its verb is followed by the date or a preposition ("opens on").
_SCHEDULE_NEXT = frozenset({"on", "in", "at", "from", "until", "till", "through", "after", ","})
# Where the clause of a date ends for ``future_in_clause``: hard punctuation and the subordinators
# that open a clause of their own (not "after", "before", "since", "until", "as": prepositions too).
_CLAUSE_END = HARD_BOUNDARIES | frozenset(
    "that which who whom whose when where while whereas because although though if unless".split()
)
_PRONOUNS = frozenset({"i", "you", "we", "they"})
_SOFT = frozenset({",", *SUBORDINATORS})
_SPECIAL = frozenset(_KINDS) | _PHRASE_FIRST | _PHRASE_LAST | HARD_BOUNDARIES | _SOFT  # words the walk must look at
# Clause punctuation becomes a token of its own; brackets, quotes and full stops become spaces.
_TOKEN_REPLACEMENTS: tuple[tuple[str, str], ...] = (
    (",", " , "), (";", " ; "), (":", " : "), ("\u2014", " \u2014 "), ('"', " "), ("(", " "),
    (")", " "), (".", " "),
)


def clause_words(text: str, lo: int, hi: int, cut_first: bool, cut_last: bool) -> tuple[list[str], list[str]]:
    """Lowercased words of ``text[lo:hi]`` with punctuation that bounds clauses as tokens of its own."""
    chunk = text[lo:hi]
    for old, new in _TOKEN_REPLACEMENTS:  # str.replace beats translate and regex here
        if old in chunk:
            chunk = chunk.replace(old, new)
    raw = chunk.split()
    words = chunk.lower().split()
    if cut_first and raw and not chunk[:1].isspace():
        del raw[0], words[0]  # a word cut by the window edge
    if cut_last and raw and not chunk[-1:].isspace():
        del raw[-1], words[-1]
    return words, raw


def marker_kind_at(words: list[str], raw: list[str], i: int, forward: bool) -> tuple[str | None, int, int]:
    """Marker kind of the word (or phrase) at ``i`` and the phrase's first and last index."""
    w = words[i]
    if (w in _PHRASE_FIRST) if forward else (w in _PHRASE_LAST):
        for n in (4, 3, 2):
            lo, hi = (i, i + n - 1) if forward else (i - n + 1, i)
            if lo >= 0 and hi < len(words):
                kind = _KINDS.get(" ".join(words[lo : hi + 1]))
                # "his plan to provide", "Mr. Hannity's plans to attend": a noun, not a marker
                if kind and not (words[lo] in NOUN_MARKERS and lo > 0 and _determiner(words[lo - 1])):
                    return kind, lo, hi
    kind = _KINDS.get(w)
    if kind is None:
        if w.endswith("'ll"):
            kind = "future"
        elif len(w) > 4 and w.endswith("ed") and not w.endswith("eed") and w.isalpha() and raw[i].islower():
            kind = None if w in NOT_PAST_ED else "weak"
    elif w == "may" and raw[i] != "may":
        kind = None  # "May" is the month
    elif kind == "schedule" and not (
        raw[i].islower() and (w.endswith("s") or i == 0 or _finite_base(words[i - 1]))
        and (i + 1 == len(words) or words[i + 1] in _SCHEDULE_NEXT)
    ):
        kind = None  # "the close", "to open", "Open", "you open your book": not a timetabled event
    return kind, i, i


def _finite_base(before: str) -> bool:
    """Whether a base verb form after ``before`` may be a finite present ("talks resume"), not a noun or infinitive."""
    return not (_determiner(before) or before == "to" or before in _KINDS or before in _PRONOUNS)


def _determiner(word: str) -> bool:
    """A determiner or possessive: what makes "plans" a noun ("its plans to ...")."""
    return word in DETERMINERS or word.endswith(("'s", "\u2019s"))


def governing_marker(words: list[str], raw: list[str], forward: bool) -> tuple[str | None, int, bool, str, int]:
    """The marker kind governing a date next to ``words``, the words walked, whether the walk
    stopped for a reason (a boundary, an auxiliary) rather than running out of words, and the marker
    (a verb's only when no comma or subordinator stands between it and the date) and its distance.

    The first sub-clause (between commas or subordinators) that holds a marker decides: its
    nearest auxiliary, unless a nearer finite verb heads a clause of its own.
    """
    aux: tuple[str, int, int] | None = None  # (kind, first index, last index)
    verb: tuple[str, int] | None = None  # (kind, index)
    seen = 0
    n = len(words)
    step = 1 if forward else -1
    i = 0 if forward else n - 1
    settled = crossed = False
    while 0 <= i < n:
        w = words[i]
        if w not in _SPECIAL and w[-2:] not in ("ed", "ll"):
            seen += 1
            i += step  # the common case: an ordinary word
            continue
        if w in HARD_BOUNDARIES:
            settled = True
            break
        if w in _SOFT:
            if aux is not None or verb is not None:
                settled = True
                break
            crossed = True
            i += step
            continue
        seen += 1
        kind, lo, hi = marker_kind_at(words, raw, i, forward)
        if kind in _AUX_KINDS:
            aux = (kind, lo, hi)  # the nearest auxiliary; nothing farther can change the outcome
            settled = True
            break
        if kind is not None and verb is None:
            verb = (kind, i)
        i = hi + 1 if forward else lo - 1
    if aux is None:
        if verb is None:
            return None, seen, settled, "", 0
        return verb[0], seen, settled, "" if crossed else words[verb[1]], _distance(verb[1], n, forward)
    if verb is None:
        return aux[0], seen, True, " ".join(words[aux[1] : aux[2] + 1]), _distance(aux[2], n, forward)
    gap = words[aux[2] + 1 : verb[1]] if not forward else words[verb[1] + 1 : aux[1]]
    # An auxiliary farther away still governs the nearer verb across "be", "already", "-ly" ...
    if all(g in AUXILIARY_CHAIN or g.endswith("ly") for g in gap):
        return aux[0], seen, True, " ".join(words[aux[1] : aux[2] + 1]), _distance(aux[2], n, forward)
    return verb[0], seen, True, "" if crossed else words[verb[1]], _distance(verb[1], n, forward)


def _distance(i: int, n: int, forward: bool) -> int:
    """How many tokens from the date to the word at ``i``, that word included."""
    return i + 1 if forward else n - i


def assign_tense(text: str, d: Draft) -> None:
    """Set ``d``'s tense from the verb that governs it, looking near first and then the whole window."""
    for window in (_NEAR, GOVERNING_WINDOW):  # most verbs sit near their date: look far only when needed
        lo = max(d.s0, d.start - window)
        words, raw = clause_words(text, lo, d.start, lo > d.s0, False)
        chosen, seen, settled, marker, distance = governing_marker(words, raw, forward=False)
        if settled or lo == d.s0:
            break
    if chosen is None and seen <= 3 and (settled or lo == d.s0):
        for window in (_NEAR, GOVERNING_WINDOW):  # a fronted date: "In June 2025, troops were deployed"
            hi = min(d.s1, d.end + window)
            words, raw = clause_words(text, d.end, hi, False, hi < d.s1)
            chosen, seen, settled, marker, distance = governing_marker(words, raw, forward=True)
            if settled or hi == d.s1:
                break
    d.marker, d.distance = marker, distance
    if chosen == "schedule":
        chosen = "future"  # "the summit opens Tuesday"
    if chosen == "future":
        d.tense = "future"
        d.reported = any(w in REPORTING_PAST for w in words)
        d.reach = seen
    if chosen is not None and _comparison(text, d):
        d.tense = "unknown"  # "..., as in 1990": a comparison, not the time of the clause
    elif chosen == "modal":
        d.tense = "future" if d.prep in DEADLINE_PREPOSITIONS else "unknown"
    elif chosen in ("modal_have", "past_aux", "simple_past", "weak"):
        d.tense = "past"
        d.clear_past = chosen in ("past_aux", "simple_past")
    elif chosen == "present":
        d.tense = "present"


def _comparison(text: str, d: Draft) -> bool:
    """True for the date of "as in 1990", "like in 2016", "than in 2019"."""
    if d.prep not in ("in", "on", "during"):
        return False
    before = text[max(d.s0, d.prep_start - 6) : d.prep_start].rstrip().lower()
    return before.endswith((" as", " like", " than")) or before in ("as", "like", "than")


def future_in_clause(text: str, d: Draft) -> bool:
    """True when the clause around ``d`` (up to a subordinator) has any future, modal or future-in-the-past marker."""
    lo, hi = max(d.s0, d.start - GOVERNING_WINDOW), min(d.s1, d.end + GOVERNING_WINDOW)
    for forward, (words, raw) in (
        (False, clause_words(text, lo, d.start, lo > d.s0, False)),
        (True, clause_words(text, d.end, hi, False, hi < d.s1)),
    ):
        order = range(len(words)) if forward else range(len(words) - 1, -1, -1)
        for i in order:
            if words[i] in _CLAUSE_END:
                break  # "a rule that took effect in 2028" is not in the clause of "utilities must file"
            if marker_kind_at(words, raw, i, forward)[0] in _FUTURE_KINDS:
                return True
    return False


def planned_in_the_past(text: str, d: Draft) -> bool:
    """True when a bare participle of plan ("the talks, scheduled for late 2024, were cancelled")
    sets the date and its sentence has a past verb: a plan told from the past, not a forecast."""
    if not d.marker or d.marker.split()[0] not in PROSPECTIVE_PARTICIPLES:
        return False
    words, raw = clause_words(text, d.s0, d.s1, False, False)
    for w, r in zip(words, raw):
        if w in PAST_AUXILIARIES or w in IRREGULAR_SIMPLE_PAST or w in IRREGULAR_PAST:
            return True
        if len(w) > 4 and w.endswith("ed") and r.islower() and w not in NOT_PAST_ED and w not in PROSPECTIVE_PARTICIPLES:
            return True
    return False


def past_participle(d: Draft) -> bool:
    """True when a past form without auxiliary ("troops deployed in June 2025") dates a done event,
    not a plan ("expected in 2026"): the participles and pasts of ``IRREGULAR_PAST`` and -ed verbs."""
    return (
        d.tense == "past" and bool(d.marker) and _KINDS.get(d.marker, "weak") == "weak" and d.distance <= _NEAR_PARTICIPLE
        and d.marker not in PROSPECTIVE_PARTICIPLES and d.marker not in REPORTING_PAST and d.prep in ("in", "on", "during")
    )
