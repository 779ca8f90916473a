"""Words around numbers: scale words, multipliers, ranks, and nouns that make a number not a statistic.

Source: hand-made from AP Stylebook "numerals" and the numeric claims of the seed articles;
COUNT_NOUN_STOPWORDS lists units and parts of names or dates that follow numbers in news copy.
"""

SCALE_WORDS: tuple[str, ...] = ("hundred", "thousand", "million", "billion", "trillion")

MULTIPLIERS: tuple[str, ...] = (
    "doubled", "doubling", "tripled", "tripling", "quadrupled", "halved", "twofold", "threefold",
    "fourfold", "tenfold",
)

ORDINAL_RANKS: tuple[str, ...] = (
    "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
)
# "the second-largest": what an ordinal rank is joined to.
SUPERLATIVES: tuple[str, ...] = (
    "largest", "biggest", "highest", "lowest", "smallest", "most", "least", "fastest", "worst", "best",
)

# Number words of a ratio ("one in five", "two out of every three").
NUMBER_WORDS: tuple[str, ...] = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")

# Month names and abbreviations a day number follows ("March 27", "Sept. 11"): not a count.
MONTH_PREFIXES: tuple[str, ...] = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")

# A number followed by one of these is a time, unit, address or list marker, not a statistic.
COUNT_NOUN_STOPWORDS: frozenset[str] = frozenset(
    """
    am pm a.m p.m and or to of percent st nd rd th mm cm km kg lb lbs ft in at on
    years-old year-old
    """.split()
)

# Head nouns of a document a figure can be drawn from ("an NBC News/Wall Street Journal poll",
# "the Labor Department's report"). Hand-made from the PolNeAR cues that introduce figures ("In a
# poll ...", "according to the results") and DOCUMENT_NOUNS in vocabulary/sources.py; forms that
# are mostly verbs in news copy ("reports", "shows") are left out.
DOCUMENT_HEADS: frozenset[str] = frozenset(
    """
    poll polls survey surveys report study studies census tally analysis audit data statistics
    results records filing filings disclosure disclosures estimate estimates forecast projections polling
    """.split()
)

# Words that end a document's noun phrase, read back from its head: prepositions, conjunctions,
# pronouns, auxiliaries and verbs that stand before a noun phrase ("In a poll", "to report").
NP_BREAKS: tuple[str, ...] = (
    "in", "on", "at", "of", "for", "from", "by", "with", "to", "into", "under", "about", "as", "than",
    "and", "or", "but", "that", "which", "who", "while", "when", "if", "because", "since",
    "i", "you", "he", "she", "it", "we", "they", "will", "would", "can", "could", "may", "might", "should",
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did", "not",
    "according", "said", "says", "say", "told", "showed", "shows", "found", "released",
)

# Verbs whose subject reports the figure in their object, with a noun phrase rather than a clause after
# them, so no speech cue ("Forbes put his net worth at $45 billion", "A Monmouth poll showed Clinton with
# 51 percent", "The company reported earnings of $8.42 a share"). "give" is left out ("Starr gave $10 million"). A proposal or pledge is its maker's ("Mr. Cardin has proposed a 10
# percent VAT"). Hand-made from the PolNeAR cues over
# figures that the statistics extractor read as unsourced (see features/figure_clauses.py).
FIGURE_VERBS: frozenset[str] = frozenset(
    """
    report reports reported estimate estimates estimated put puts show shows showed shown find finds found
    calculate calculates calculated count counts counted tally tallies tallied project projects projected
    forecast forecasts disclose discloses disclosed
    propose proposes proposed pledge pledges pledged promise promises promised vow vows vowed
    """.split()
)
