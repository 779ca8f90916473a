"""Words for dates and tense: months, seasons, weekdays, parts of a period, tense markers.

Sources: English calendar names; month abbreviations from the AP Stylebook "months" entry plus
the three-letter forms of datelines and tables; seasons by the meteorological convention (WMO,
northern hemisphere); tense markers from the English auxiliary and modal system (Quirk et al.,
*A Comprehensive Grammar of the English Language*, ch. 4) narrowed to what news copy uses;
irregular past forms from the usual ESL list of common irregular verbs. Extended by hand from the
seed articles. Matching is case-insensitive unless a comment says otherwise.
"""

# Month names as written (capitalised; matched case-sensitively) -> month number.
MONTHS: dict[str, int] = {
    "January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6,
    "July": 7, "August": 8, "September": 9, "October": 10, "November": 11, "December": 12,
}
# AP abbreviations (Jan., Feb., Aug., Sept., Oct., Nov., Dec.) plus the common three-letter forms.
MONTH_ABBREVIATIONS: dict[str, int] = {
    "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8,
    "Sept": 9, "Sep": 9, "Oct": 10, "Nov": 11, "Dec": 12,
}
# Month names that are also a verb ("march"), a modal ("May") or a given name (April, June,
# August): taken alone only after one of MONTH_CONTEXT_WORDS. Abbreviations alone are never taken.
AMBIGUOUS_MONTHS: frozenset[str] = frozenset({"March", "May", "April", "June", "August"})

# A bare month name is a date after these words ("in May", "since March", "by early June").
MONTH_CONTEXT_WORDS: frozenset[str] = frozenset(
    "in since until till by of last next this early late mid during from through before after "
    "between throughout around".split()
)

WEEKDAYS: dict[str, int] = {
    "Monday": 0, "Tuesday": 1, "Wednesday": 2, "Thursday": 3, "Friday": 4, "Saturday": 5, "Sunday": 6,
}

# Meteorological seasons, northern hemisphere: (first month, last month). Winter runs from
# December into the next year's February, so "winter of 2023" is Dec 2023 - Feb 2024.
SEASONS: dict[str, tuple[int, int]] = {
    "spring": (3, 5), "summer": (6, 8), "fall": (9, 11), "autumn": (9, 11), "winter": (12, 2),
}

# "early/mid/late 2024", "the end of 2024", "the first half of 2024": (first month, last month).
# early/mid/late split the year in thirds, as newsroom style guides gloss them.
PART_OF_YEAR: dict[str, tuple[int, int]] = {
    "early": (1, 4), "mid": (5, 8), "late": (9, 12),
    "beginning": (1, 3), "start": (1, 3), "middle": (5, 8), "end": (10, 12), "turn": (1, 1),
    "first half": (1, 6), "second half": (7, 12),
    "first quarter": (1, 3), "second quarter": (4, 6), "third quarter": (7, 9),
    "fourth quarter": (10, 12), "final quarter": (10, 12), "last quarter": (10, 12),
}

# "early/mid/late March", "the end of February": (first day, last day; clipped to the month).
PART_OF_MONTH: dict[str, tuple[int, int]] = {
    "early": (1, 10), "mid": (11, 20), "late": (21, 31),
    "beginning": (1, 10), "start": (1, 10), "middle": (11, 20), "end": (21, 31), "turn": (1, 3),
}

# Relative words whose own meaning places the date before or after the reference ("last month",
# "later this year"): they give the mention its tense.
PAST_RELATIVE_WORDS: frozenset[str] = frozenset({"last", "past", "this past", "yesterday", "last night", "earlier", "ago"})
FUTURE_RELATIVE_WORDS: frozenset[str] = frozenset({"next", "coming", "tomorrow", "later"})
# "this/last/next year", "the past month": how many units from the reference's own.
RELATIVE_OFFSETS: dict[str, int] = {"this": 0, "the": 0, "last": -1, "past": -1, "this past": -1, "next": 1, "coming": 1}
# Words that may open a date expression before its digit, name or keyword ("the end of the
# year", "two weeks ago", "on Monday"), besides the words of PART_OF_YEAR and NUMBER_WORDS.
DATE_PREFIX_WORDS: frozenset[str] = frozenset(
    "the very of this past next last coming earlier later on near distant recent "
    "day days week weeks month months year years decade decades "
    "fiscal latest current comparable previous same its their that ago just ended completed full few several".split()
)

# Decades named without their century ("the nineties"): the tens digit. Resolved to the latest
# such decade begun by the reference year (HeidelTime's English decade rules do the same).
SPOKEN_DECADES: dict[str, int] = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9,
}
# After a weekday these make it a set of days ("Tuesday nights", "Monday and Tuesday nights":
# TimeML SET), not a date.
PLURAL_DAY_PARTS: frozenset[str] = frozenset("nights mornings afternoons evenings".split())

# Counts in "two years ago".
NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
}

# The clause speaks of the future. Words and phrases, lowercase, as they appear in the text.
FUTURE_MARKERS: tuple[str, ...] = (
    "will", "won't", "shall", "will not",
    "is going to", "are going to", "am going to",
    "plans to", "plan to", "planning to", "intends to", "intend to", "intending to",
    "aims to", "aim to", "aiming to", "expects to", "expect to", "hopes to", "hope to",
    "is expected to", "are expected to", "is set to", "are set to",
    "is scheduled", "are scheduled", "is slated", "are slated", "is due to", "are due to",
    "is poised to", "are poised to", "set to", "set for", "is to", "are to", "scheduled to", "scheduled for",
)
# Future markers that are also nouns ("his plan to provide", "its plans to triple"): not a
# marker after one of DETERMINERS or a possessive.
NOUN_MARKERS: frozenset[str] = frozenset("plans plan aims aim hopes hope".split())
DETERMINERS: frozenset[str] = frozenset("the a an his her its their our my your this that these those".split())
# Modals: future only when the date is a deadline ("may transfer ... by late 2024"). "may" counts
# only in lowercase: "May" is the month.
MODAL_VERBS: tuple[str, ...] = ("may", "might", "could", "should", "must", "can")
# Deadline prepositions that make a modal clause future.
DEADLINE_PREPOSITIONS: frozenset[str] = frozenset({"by", "before"})
# Reported speech and future-in-the-past: neither future nor a clear past.
FUTURE_IN_PAST_MARKERS: tuple[str, ...] = (
    "would", "wouldn't", "would not",
    "was going to", "were going to", "was expected to", "were expected to", "was set to",
    "were set to", "was scheduled", "were scheduled", "was slated", "were slated", "was due to",
    "were due to", "was supposed to", "were supposed to", "was to", "were to",
    "planned to", "intended to", "aimed to", "hoped to", "expected to",
    # "the vote was set for late 2024": a plan told from the past, whatever its date
    "was set for", "were set for", "was scheduled for", "were scheduled for", "was slated for",
    "were slated for", "was planned for", "were planned for", "had been set for", "had been scheduled for",
)
# The simple present of timetabled events stands for the future ("the summit opens Tuesday",
# "the offer expires Nov. 21"; Quirk et al. 4.32, the present for scheduled events): lowercase
# verb forms, -s forms and bases (a base after a determiner is a noun: "at the close Tuesday").
SCHEDULE_VERBS: frozenset[str] = frozenset(
    """
    opens open reopens reopen closes close begins begin starts start ends end expires expire
    resumes resume convenes convene kicks departs depart arrives arrive premieres premiere
    debuts debut concludes conclude adjourns adjourn
    """.split()
)
# Participles that place their date ahead of the time they were written ("scheduled for June",
# "expected in 2026"): neither a past event nor an already running period.
PROSPECTIVE_PARTICIPLES: frozenset[str] = frozenset(
    """
    set scheduled slated planned due expected projected forecast forecasted anticipated proposed
    intended targeted earmarked budgeted pencilled penciled timed promised pledged envisaged
    envisioned estimated predicted postponed delayed deferred rescheduled moved pushed tipped
    """.split()
)
# After these participles "for" introduces the time of the planned event ("set for late 2024").
SCHEDULE_PARTICIPLES: frozenset[str] = frozenset("set scheduled slated planned timed due".split())
PAST_AUXILIARIES: tuple[str, ...] = (
    "was", "were", "had", "did", "wasn't", "weren't", "hadn't", "didn't",
)
PRESENT_AUXILIARIES: tuple[str, ...] = (
    "is", "are", "am", "has", "have", "does", "isn't", "aren't", "hasn't", "haven't", "doesn't",
)
# Irregular verbs whose past form differs from the participle: a clear simple past.
IRREGULAR_SIMPLE_PAST: tuple[str, ...] = (
    "began", "came", "went", "saw", "took", "gave", "knew", "grew", "threw", "flew", "drew",
    "wrote", "spoke", "broke", "chose", "drove", "rose", "fell", "ate", "froze", "stole", "wore",
    "swore", "tore", "shook", "sang", "rang", "sank", "swam", "drank", "ran", "became", "overtook",
    "undertook", "withdrew", "arose", "forgave", "forbade", "hid", "rode", "woke",
)
# Irregular past forms that are also participles ("sent", "held"): past unless an auxiliary says otherwise.
IRREGULAR_PAST: tuple[str, ...] = (
    "sent", "made", "held", "said", "told", "met", "led", "left", "lost", "won", "fought", "built",
    "bought", "brought", "found", "kept", "paid", "sold", "spent", "stood", "thought", "taught",
    "sought", "heard", "felt", "fled", "dealt", "meant", "laid", "lent", "got", "caught", "struck",
)
# Words in -ed that are adjectives far more often than past verbs.
NOT_PAST_ED: frozenset[str] = frozenset(
    """
    advanced armed based biased concerned detailed experienced limited related skilled talented
    united unmanned manned aged alleged supposed beloved wicked naked sacred hundred
    kindred embed shred tired interested qualified sophisticated
    dedicated complicated isolated unprecedented unidentified undisclosed unnamed named
    """.split()
)
# Past reporting verbs: "he said he will end the war in 2014" may report an old forecast; without a
# publication date such future clauses are not checked.
REPORTING_PAST: frozenset[str] = frozenset(
    """
    said told announced promised pledged vowed predicted claimed wrote argued stated declared
    insisted warned added noted suggested explained estimated forecast projected believed thought
    hoped reported indicated asserted
    """.split()
)
# Words that open a subordinate clause; with commas they bound the verb search ("..., which ...").
SUBORDINATORS: tuple[str, ...] = (
    "that", "which", "who", "whom", "whose", "when", "where", "while", "whereas", "after", "before",
    "because", "although", "though", "since", "if", "unless", "until", "as", "what", "how", "why",
)
# Words that may stand between an auxiliary and its verb ("had already visited", "will be sent");
# any other word there means the nearer verb heads a clause of its own. Words in -ly count too.
AUXILIARY_CHAIN: frozenset[str] = frozenset(
    "be been being have has had not never also already still just then now yet ever first soon".split()
)

# Before these a date is an adverbial of time, the only dates checked against the clause's tense.
ADVERBIAL_PREPOSITIONS: frozenset[str] = frozenset(
    "in on during by at since until till before after from through throughout between around".split()
)
# Before these a date is an endpoint or a deadline ("solvent to 2033", "by 2020"), not the time of
# the events the clause narrates: such dates do not date the article.
ENDPOINT_PREPOSITIONS: frozenset[str] = frozenset({"to", "until", "till", "through", "throughout", "by", "before", "after"})
# Before a yearless date these point ahead (a deadline, a term, a schedule): in a past-tense
# sentence "extended to Nov. 6", "payable Dec. 7", "of record Nov. 22" name the coming day.
AHEAD_WORDS: frozenset[str] = frozenset(
    "to until till through by payable effective due record expire expires expiring around".split()
)
# A bare four-digit number after these is a year ("in 2019", "the 2024 election"; "s" is the
# possessive of "Trump's 2016 campaign").
YEAR_CONTEXT_WORDS: frozenset[str] = frozenset(
    """
    in on since by until till from through during before after of between circa early mid late
    year years the its their his her our this that spring summer fall autumn winter s fiscal
    """.split()
)
# A bare four-digit number after these is a count ("about 2000 troops") or a clock time ("at 1900 GMT").
COUNT_WORDS: frozenset[str] = frozenset(
    """
    about approximately nearly almost around roughly some over under than least additional another
    extra only just exactly total estimated no number at
    """.split()
)
# A bare four-digit number before these is a clock time, not a year ("1900 GMT").
TIME_FOLLOWERS: frozenset[str] = frozenset("GMT UTC BST CET EST EDT PST PDT ET hours hrs local".split())
# Plural nouns without -s that make a preceding four-digit number a count ("2000 people").
IRREGULAR_COUNT_NOUNS: frozenset[str] = frozenset(
    "people men women children personnel staff police troops cattle sheep fish".split()
)
# Plural-looking words after a number that do not make it a count ("2023 was").
NOT_PLURAL: frozenset[str] = frozenset(
    "as is was has its this his us thus plus less unless across always perhaps whereas yes".split()
)
# After "March 27" these words keep 27 a day; any other lowercase word makes it a count
# ("In February 30 people died").
DAY_FOLLOWERS: frozenset[str] = frozenset(
    """
    and or to through at in on when that the as was were is will had has after before with by from
    last this saw marked until till of
    """.split()
)

# Function words ignored when two sentences are compared for the same event (conflicting years).
COMPARISON_STOPWORDS: frozenset[str] = frozenset(
    """
    the and for but not with from into onto than that this these those there their them they
    what which who whom whose when where while have has had having was were are been being will
    would could should might must may can its his her our your about after before during since
    until amid among also more most some such only other over under very just than then once
    reported said says according approximately nearly about around early late mid last next year
    years month months week weeks day days january february march april june july august
    september october november december spring summer fall autumn winter new percent cent per
    """.split()
)

# -- the article's own chronology (features/temporal/chronology.py) ------------------------------
# Documents an article cites and dates (a report released on a day, then quoted): head nouns.
DOCUMENT_NOUNS: frozenset[str] = frozenset(
    """
    report study survey audit analysis paper review poll assessment investigation inquiry memo
    dossier document findings ruling verdict judgment judgement statement book letter
    """.split()
)
# Verbs that date a document's release ("the report, released on April 3").
RELEASE_VERBS: frozenset[str] = frozenset("released published issued unveiled presented launched".split())
# Words that cite a document's content ("according to the report", "officials cited the study").
CITING_WORDS: frozenset[str] = frozenset(
    """
    according cited citing quoted quoting discussed praised criticized criticised dismissed
    referred referring relied drew drawing welcomed rejected disputed
    """.split()
)
# Words that make a citation before the release normal: an advance copy, a leak, an announcement.
BEFORE_RELEASE_WORDS: frozenset[str] = frozenset(
    """
    before ahead prior upcoming forthcoming awaited draft leaked leak advance preliminary expected will
    would due planned embargoed preview copy copies obtained early interim announced commissioned
    """.split()
)
# The figures of a period: what a quarter's or a year's results are about (business and
# economic reporting: results, national accounts, trade and labour statistics).
RESULT_NOUNS: frozenset[str] = frozenset(
    """
    profit profits earnings revenue revenues sales income loss losses turnover output gdp growth
    exports imports deficit surplus inflation unemployment results figures dividend ebitda margin
    """.split()
)
# Words that make a period's figures partial, forecast or not the calendar's: no verdict on them
# ("so far" and "to date" too, as phrases).
PARTIAL_PERIOD_WORDS: frozenset[str] = frozenset(
    """
    year-to-date ytd through until since expected expects expect forecast forecasts projected
    projection projections estimate estimates estimated outlook guidance target targets track pace
    annualized annualised running months weeks days fiscal budget budgeted planned plan plans will
    would could may might should likely unlikely probably predicted predicts anticipated anticipates
    """.split()
)
# What an elapsed duration describes: activities told as done or lived ("a 10-year study",
# "a 20-year career"), not terms or designs ("a 10-year bond", "a 10-year plan").
DURATION_NOUNS: frozenset[str] = frozenset(
    """
    study studies survey research investigation inquiry probe analysis experiment review career
    veteran tenure stint battle fight effort campaign struggle relationship marriage friendship
    partnership feud collaboration
    """.split()
)
# Verbs that date the start of such an activity ("a 10-year study that began in 2020").
START_VERBS: frozenset[str] = frozenset(
    "began begun started launched commenced initiated opened joined founded established".split()
)
# Words that make a duration planned or still running: no verdict on it ("so far", "to date" too).
ONGOING_WORDS: frozenset[str] = frozenset(
    """
    will would due planned plan expected ongoing underway continues continuing continue interim
    preliminary first early initial halfway midway until through ends end run runs designed aims aim
    scheduled set
    """.split()
)
# Counts in "a five-year study", "a decade-long study": years.
DURATION_WORDS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
}
# Nouns a date before them dates as a record already made: a document exists only once it is
# written, so "an Aug. 8, 2019, affidavit" cannot be cited in 2016. Kinds of court, government and
# press records from the AP Stylebook (courts, "legal citations") and common news usage; periodic
# publications named after the coming year ("the 2017 budget", "the 2017 rankings") are left out.
DATED_RECORDS: frozenset[str] = frozenset(
    """
    affidavit affidavits letter letters memo memos memorandum email emails e-mail e-mails filing filings
    testimony deposition transcript transcripts indictment complaint lawsuit subpoena ruling verdict
    order decree assessment audit interview interviews speech statement statements video
    recording recordings photo photograph photographs tweet tweets census survey poll
    """.split()
)
# Nouns a date before them dates as an event that happens once, on that date ("the 2018 election",
# "the 2003 invasion"): told as past, the date cannot lie after the reference. Events that news
# announces ahead under their date ("the 2018 campaign", "the 2017 season", "the 2017 bill") are left out.
DATED_EVENTS: frozenset[str] = frozenset(
    """
    election elections midterm midterms primary primaries caucus caucuses referendum invasion attack
    attacks bombing bombings shooting shootings massacre coup uprising earthquake quake hurricane
    tsunami flood floods crash explosion riot riots war
    """.split()
)
# A past verb before these does not narrate the date after them as past: "was delayed until next
# week", "was scheduled for next month", "the vote was moved to next Tuesday".
NOT_AT_PREPOSITIONS: frozenset[str] = frozenset(
    "to until till through throughout by before after for from since into toward towards ahead".split()
)
