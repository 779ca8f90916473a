"""What a date expression looks like: one regex family per form, grouped by how an expression starts.

Full and numeric dates ("2025-03-27", "03/27/2025"), "3 days ago", month names with their day,
year, part ("the end of February") or relative word ("last March"), parts of a year ("early
2024", "the end of the year"), seasons, relative words ("later this month", "yesterday"),
weekdays, and bare years. The named groups are read by ``parse.py``.
"""

from __future__ import annotations

import re

from ..vocabulary.temporal import MONTH_ABBREVIATIONS, MONTHS, NOT_PLURAL, NUMBER_WORDS, SEASONS, SPOKEN_DECADES, WEEKDAYS

_YEAR = r"(?:19|20)\d\d(?![\w%]|[.,]\d)"
_MONTH = (
    rf"(?:(?:{'|'.join(sorted(MONTHS, key=len, reverse=True))})\b"
    rf"|(?:{'|'.join(sorted(MONTH_ABBREVIATIONS, key=len, reverse=True))})\b\.?)"
)
_PART = (
    r"(?:(?i:early|mid|late)(?:-|\s{1,3})"
    r"|(?i:(?:the\s{1,3})?(?:very\s{1,3})?(?:end|beginning|start|middle|turn|(?:first|second)\s{1,3}half"
    r"|(?:first|second|third|fourth|final|last)\s{1,3}quarter)\s{1,3}of)\s{1,3})"
)
_REL = r"(?i:this\s{1,3}past|last|next|this|past)"
_FAMILIES: dict[str, str] = {
    "iso": r"(?P<iso>(?<![\w./-])(?:19|20)\d\d-\d{1,2}-\d{1,2}(?![\w/-]|\.\d))",
    "num": r"(?P<num>(?<![\w./-])\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})(?![\w/]|\.\d))",
    "ago": rf"(?P<ago>(?P<ago_n>\d{{1,3}}|(?i:several|a\s{{1,3}}few|{'|'.join(sorted(NUMBER_WORDS, key=len, reverse=True))}))\s{{1,3}}"
    r"(?P<ago_unit>(?i:days?|weeks?|months?|years?|decades?))\s{1,3}(?P<ago_word>(?i:ago|earlier|from\s{1,3}now|hence))\b)",
    # "the third quarter", "third-quarter", "the year-ago quarter", "the latest period", "the 1988 quarter",
    # "this year's third quarter"; which of them are dates is decided in parse.py.
    "qt": rf"(?P<qt>(?:(?P<qt_det>(?i:the|its|this|that(?=\s{{1,3}}(?:quarter|period))|their|last|next))\s{{1,3}})?"
    rf"(?:(?P<qt_year>{_YEAR})\s{{1,3}}|(?P<qt_rel>(?i:this|last|next))\s{{1,3}}(?i:year's)\s{{1,3}})?"
    r"(?P<qt_mods>(?:(?i:latest|current|previous|comparable|same|fiscal|year-earlier|year-ago|just-ended"
    r"|just-completed)(?:-|\s{1,3}))*)"
    r"(?:(?P<qt_ord>(?i:first|second|third|fourth|final))(?:-|\s{1,3}))?"
    r"(?P<qt_unit>(?i:quarter|period))\b(?![-'\u2019](?![sS]\b)\w))",  # "this quarter's loss" is one
    # "a year earlier" is in "ago"; "year-earlier", "year-ago" alone are adjectives of a compared period.
    "yadj": r"(?P<yadj>(?i:year-(?:earlier|ago))\b(?!-))",
    "yend": r"(?P<yend>(?i:year(?:-|\s{1,3}|'s\s{1,3})end)\b(?!-))",
    "rin": r"(?P<rin>(?P<rin_mod>(?i:earlier|later))\s{1,3}(?i:in\s{1,3}the)\s{1,3}(?P<rin_unit>(?i:year|month|week))\b)",
    "the": r"(?P<the>(?i:the)\s{1,3}(?P<the_mod>(?i:full|current|(?:latest\s{1,3}|current\s{1,3})?fiscal)\s{1,3})?"
    r"(?P<the_unit>(?i:year|weekend|week))\b(?!-\w|['\u2019](?!s\b))"
    r"(?!\s{1,3}(?:19|20)\d\d|\s{1,3}(?i:two\s{1,3}thousand|ended|ending|to\s{1,3}date)))",
    "rec": r"(?P<rec>(?:(?i:more|until)\s{1,3})?(?i:recently)\b)",
    "cen": r"(?P<cen>(?:(?i:the)\s{1,3})?(?P<cen_n>\d{1,2})(?:st|nd|rd|th)[- ](?i:century)\b)",
    "now": r"(?P<now>(?i:(?:right\s{1,3})?now)\b(?!-))",
    "ref": r"(?P<ref>(?i:the\s{1,3}(?:(?:near|distant|recent)\s{1,3})?(?P<ref_word>past|future))\b(?![-'\u2019]\w)"
    rf"(?!\s{{1,3}}(?:\d|(?i:{'|'.join(NUMBER_WORDS)}|few|several|couple|many|dozen|century|decade|generation"
    rf"|(?!(?:{'|'.join(NOT_PLURAL)})\b)\w+s\b))))",  # "the past few years" is no point; "the future is" is one
    "spk": r"(?P<spk>(?:(?i:the\s{1,3}year\s{1,3}))?(?i:(?P<spk_c>nineteen)\s{1,3}(?P<spk_t>twenty|thirty|forty|fifty|sixty"
    r"|seventy|eighty|ninety)(?:[- ](?P<spk_u>one|two|three|four|five|six|seven|eight|nine))?"
    r"|(?<=year\s)two\s{1,3}thousand)\b(?!-))",
    "dec": rf"(?P<dec>(?:(?i:the)\s{{1,3}})?(?:(?P<dec_part>(?i:early|mid|late))(?:-|\s{{1,3}}))?(?P<dec_y>(?:19|20)\d0)'?s\b)",
    # "the nineties", "the late eighties", "the '80s": a decade named without its century.
    "sdec": rf"(?P<sdec>(?:(?i:the)\s{{1,3}})?(?:(?P<sdec_part>(?i:early|mid|late))(?:-|\s{{1,3}}))?"
    rf"(?P<sdec_t>(?i:{'|'.join(SPOKEN_DECADES)}))\b(?!-))",
    "adec": r"(?P<adec>(?<=['\u2019])(?P<adec_t>[1-9])0s\b)",
    "md": rf"(?P<md>(?:(?P<md_part>{_PART})|(?P<md_rel>{_REL})\s{{1,3}})?"
    r"(?:(?<![\d,.])(?P<md_day1>\d{1,2})(?:st|nd|rd|th)?\s{1,3}(?:of\s{1,3})?)?"
    rf"(?P<md_mon>{_MONTH})"
    r"(?:\s{1,3}(?P<md_ry>(?i:this|last|next))\s{1,3}(?i:year)\b(?!'))?"
    r"(?:\s{1,3}(?P<md_day2>\d{1,2})(?:st|nd|rd|th)?(?!\d|[,.:]\d|\w))?"
    rf"(?:,?\s{{1,3}}(?P<md_year>{_YEAR}))?)",
    "yp": rf"(?P<yp>(?P<yp_part>{_PART})(?:(?P<yp_year>{_YEAR})"
    r"|(?P<yp_rel>(?i:this\s{1,3}past|this|last|next|the|past))\s{1,3}(?P<yp_unit>(?i:year|month|week))\b))",
    "se": rf"(?P<se>(?:(?P<se_rel>{_REL}|(?i:the)(?=\s{{1,3}}(?:(?:early|mid|late)[- ]{{1,3}})?(?:summer|winter)\b(?!\s{{1,3}}of\s{{1,3}}[a-z])))\s{{1,3}})?(?:(?P<se_part>(?i:early|mid|late))(?:-|\s{{1,3}}))?"
    rf"(?P<se_name>(?i:{'|'.join(SEASONS)}))\b(?:,?\s{{1,3}}(?:of\s{{1,3}})?(?P<se_year>{_YEAR}))?)",
    "rel": r"(?P<rel>(?i:(?P<rel_mod>earlier|later)\s{1,3}this|(?P<rel_dir>this\s{1,3}past|this|last|next"
    r"|(?:the\s{1,3})?past|(?:the\s{1,3})?coming))\s{1,3}(?P<rel_unit>(?i:weekend|week|month|year))\b)",
    "rday": r"(?P<rday>(?i:yesterday|today|tomorrow|tonight|last\s{1,3}night|this\s{1,3}(?:morning|afternoon|evening))\b)",
    "wd": rf"(?P<wd>(?:(?P<wd_rel>(?i:on\s{{1,3}}last|on\s{{1,3}}next|this\s{{1,3}}coming|last|next|this|coming|on))\s{{1,3}})?"
    rf"(?P<wd_name>{'|'.join(WEEKDAYS)})\b"
    rf"(?:,?\s{{1,3}}(?P<wd_mon>{_MONTH})\s{{1,3}}(?P<wd_day>\d{{1,2}})(?:st|nd|rd|th)?(?!\d|[,.:]\d|\w)"
    rf"(?:,?\s{{1,3}}(?P<wd_year>{_YEAR}))?)?)",
    "year": rf"(?P<year>(?<![\w$\u00a3\u20ac#.,/])(?<![A-Za-z]-){_YEAR})",
}


def _families(*names: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(_FAMILIES[n] for n in names) + ")")


# One pattern per way an expression can start, so each match tries only the families that fit.
AT_YEAR_RE = _families("iso", "qt", "dec", "year")  # four digits: "2024-03-01", "2024"
AT_DIGIT_RE = _families("num", "ago", "md", "cen", "adec")  # one or two: "03/27/2025", "3 days ago", "27 March"
AT_NAME_RE = _families("md", "wd")  # "the end of February", "on Monday"
_WORD_FAMILIES = ("yp", "qt", "yadj", "yend", "dec", "sdec", "se", "rel", "rin", "the", "rday", "ago", "rec", "cen", "now", "ref", "spk")
AT_WORD_RE = _families(*_WORD_FAMILIES)  # "early 2024", "last fall", "a year ago"
_PART_FIRST = "early mid late the very end beginning start middle turn first second third fourth final last"
# The words (lower case) a match of each family of AT_WORD_RE may open with, when it opens with a
# letter. Each is followed, in its pattern, by a character that is no ASCII letter ("\s", "-",
# "'", "\b"), so the run of ASCII letters at a match's start is one of them (where IGNORECASE folds
# no letter of the text to ASCII: see ``find.trigger_runs``). tests/test_candidate_scans.py checks it.
FIRST_WORDS: dict[str, frozenset[str]] = {
    family: frozenset(words.split())
    for family, words in {
        "yp": _PART_FIRST,
        "qt": "the its this that their last next latest current previous comparable same fiscal year just "
        "first second third fourth final quarter period",
        "yadj": "year",
        "yend": "year",
        "dec": "the early mid late",
        "sdec": f"the early mid late {' '.join(SPOKEN_DECADES)}",
        "se": f"this last next past the early mid late {' '.join(SEASONS)}",
        "rel": "earlier later this last next the past coming",
        "rin": "earlier later",
        "the": "the",
        "rday": "yesterday today tomorrow tonight last this",
        "ago": f"several {' '.join(NUMBER_WORDS)}",
        "rec": "more until recently",
        "cen": "the",
        "now": "right now",
        "ref": "the",
        "spk": "the nineteen two",
    }.items()
}


def _by_first_word() -> dict[str, re.Pattern[str]]:
    """First word -> AT_WORD_RE narrowed to the families that may open with it, in the same order."""
    compiled: dict[tuple[str, ...], re.Pattern[str]] = {}
    table: dict[str, re.Pattern[str]] = {}
    for word in sorted(set().union(*FIRST_WORDS.values())):
        names = tuple(f for f in _WORD_FAMILIES if word in FIRST_WORDS[f])
        if names not in compiled:
            compiled[names] = _families(*names)
        table[word] = compiled[names]
    return table


# A match opens with the families' first choice that matches: leaving out families that cannot
# match at a start changes no match, and the big alternation costs most of the scan.
AT_WORD_BY_FIRST = _by_first_word()
NAMES = sorted([*MONTHS, *MONTH_ABBREVIATIONS, *WEEKDAYS], key=len, reverse=True)  # each a capital, then lower case
NAME_RE = re.compile("(?:" + "|".join(NAMES) + ")")
NAME_OF = {name.lower(): name for name in NAMES}  # "may" -> "May"
