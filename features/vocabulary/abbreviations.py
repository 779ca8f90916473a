"""Abbreviations that end in a period without ending a sentence.

Source: the AP Stylebook's abbreviation entries (titles, months, corporate suffixes) plus the
Punkt-style list common to English sentence splitters; extended by hand from the seed articles.
"""

# Followed by a capitalised word, these almost never end a sentence ("Gen. Smith", "Jan. 5").
ABBREVIATIONS: frozenset[str] = frozenset(
    """
    mr mrs ms dr prof gen lt col sgt capt cmdr adm maj brig sen rep gov pres supt det insp
    rev fr sr jr st mt ft ave blvd rd hon messrs mmes
    no nos vol vols fig figs p pp ch sec art dept univ assn bros
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun
    vs v etc al approx est ca cf
    """.split()
)

# These can close a sentence ("... in the U.S. The report ..."): split only when the next word is
# a usual sentence opener.
SENTENCE_FINAL_ABBREVIATIONS: frozenset[str] = frozenset(
    "u.s u.k u.n e.u u.s.a d.c a.m p.m inc corp co ltd llc plc jr sr etc i.e e.g".split()
)

# Words that usually open a sentence; used to decide the two cases above.
SENTENCE_STARTERS: frozenset[str] = frozenset(
    """
    The A An This That These Those It Its He She They We I You His Her Their Our There Here
    But And Or So Yet However Meanwhile Still Also In On At For From By With After Before When
    While If As Since Although Though Many Some Most Several Other Others No Not One Two Three
    Officials Police Authorities According Last Next Earlier Later Now Today Yesterday
    """.split()
)
