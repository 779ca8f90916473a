"""Attribution cues: the verbs and phrases that tie a claim to whoever made it.

Source: the reporting-verb inventories of the PARC 3.0 attribution corpus (Pareti 2016) and
the AP Stylebook entry "said", trimmed to what news copy uses, plus the vague "evidence" verbs
(show, reveal, highlight, note) that fabricated rewrites lean on (seed 004).
"""

def _by_form(table: dict[str, str]) -> dict[str, str]:
    """Invert ``{lemma: "form, form"}`` into ``{form: lemma}``."""
    return {form.strip(): lemma for lemma, forms in table.items() for form in forms.split(",")}


# Verb forms that attribute speech or writing. Any subject that looks like a source makes these
# an attribution; the value is the lemma.
SPEECH_VERBS: dict[str, str] = _by_form(
    {
        "say": "say, says, said, saying",
        "tell": "tell, tells, told, telling",
        "report": "report, reports, reported, reporting",
        "announce": "announce, announces, announced, announcing",
        "confirm": "confirm, confirms, confirmed, confirming",
        "estimate": "estimate, estimates, estimated",
        "write": "write, writes, wrote, written",
        "testify": "testify, testifies, testified, testifying",
        "warn": "warn, warns, warned, warning",
        "state": "state, states, stated",
        "add": "add, adds, added",
        "explain": "explain, explains, explained",
        "claim": "claim, claims, claimed",
        "argue": "argue, argues, argued",
        "insist": "insist, insists, insisted",
        "acknowledge": "acknowledge, acknowledges, acknowledged",
        "admit": "admit, admits, admitted",
        "deny": "deny, denies, denied",
        "assert": "assert, asserts, asserted",
        "stress": "stress, stresses, stressed",
        "emphasize": "emphasize, emphasizes, emphasized, emphasise, emphasises, emphasised",
        "disclose": "disclose, discloses, disclosed",
        "allege": "allege, alleges, alleged",
        "predict": "predict, predicts, predicted",
        "forecast": "forecast, forecasts",
        "recall": "recall, recalls, recalled",
        "tweet": "tweet, tweets, tweeted",
        "post": "posted",
        "quote": "quoted",
        "cite": "cite, cites, cited",
        "describe": "describe, describes, described",
        "call": "calls, called",
    }
)

# Verbs that attribute only when the subject is clearly a source ("Military experts highlight",
# "studies show", "Defense Ministry data indicates"); alone they are ordinary verbs.
EVIDENCE_VERBS: dict[str, str] = _by_form(
    {
        "note": "note, notes, noted",
        "show": "show, shows, showed, shown",
        "reveal": "reveal, reveals, revealed",
        "indicate": "indicate, indicates, indicated",
        "suggest": "suggest, suggests, suggested",
        "highlight": "highlight, highlights, highlighted",
        "find": "find, finds, found",
        "conclude": "conclude, concludes, concluded",
        "believe": "believe, believes, believed",
        "detail": "detail, details, detailed",
        "point out": "point out, points out, pointed out",
        "observe": "observe, observes, observed",
        "project": "project, projects, projected",
    }
)

# Tense of a cue verb: past forms ("said", "noted", "pointed out") are what news copy reports in;
# present forms ("says", "experts note") are how undated, generic claims are voiced.
PAST_FORMS: frozenset[str] = frozenset(
    form for form in (*SPEECH_VERBS, *EVIDENCE_VERBS)
    if form.endswith(("ed", "ed out")) or form in ("said", "told", "wrote", "written", "shown", "found")
)
PRESENT_FORMS: frozenset[str] = frozenset(
    form for form in (*SPEECH_VERBS, *EVIDENCE_VERBS)
    if form not in PAST_FORMS and not form.endswith("ing") and form != "forecast"  # "forecast" is both
)

# Multi-word cues that carry their own source position: "according to X", "X quoted Y as saying".
ACCORDING_TO = ("according to", "as reported by", "citing")
QUOTED_AS_SAYING = "as saying"

# Agentless passives: hearsay with no source at all ("are said to", "was first reported").
HEARSAY_PARTICIPLES: frozenset[str] = frozenset(
    "said reported believed thought alleged understood rumored rumoured claimed estimated expected".split()
)
# Every cue participle: after a be-form ("was told", "has been called", "is described", "were claimed")
# its subject is the one spoken to or about, not the speaker (English passive voice; PolNeAR marks no
# source there). "quoted"/"cited" ("was quoted as saying") keep the speaker as subject; "wrote" is no participle.
PASSIVE_PARTICIPLES: frozenset[str] = HEARSAY_PARTICIPLES | frozenset(
    form for form in PAST_FORMS if form not in ("wrote", "quoted", "cited")
)
BE_FORMS: frozenset[str] = frozenset("is are was were be been being".split())
# Adverbs that may stand between the be-form and the participle ("was first reported", "is widely believed").
PASSIVE_ADVERBS: tuple[str, ...] = (
    "first", "also", "widely", "previously", "initially", "once", "now", "still", "often", "long", "generally",
)

# What may stand between a cue verb and its subject: auxiliaries, negation and adverbs of time,
# frequency and manner ("has said", "had also told", "would later say", "did not say", "is now
# saying"). Words ending in -ly are adverbs too ("has repeatedly said"). Source: the English verb
# group (Quirk et al., A Comprehensive Grammar, ch. 3), as PARC 3.0 marks it inside the cue.
AUXILIARIES: frozenset[str] = frozenset(
    """
    has have had having is are was were be been being am will would shall should can could may might
    must do does did not never 's 've 'd 'll n't
    also later now then still since first again even ever just already once always often soon
    further earlier previously initially subsequently reportedly repeatedly recently publicly
    privately separately similarly likewise too yet both all each only long
    """.split()
)
# "went on to say", "began by saying", "declined to say": a verb that governs the cue through "to"
# or "by"; the governing verb, and its particle, stand between the cue and its subject as well.
GOVERNING_LINKS: frozenset[str] = frozenset({"to", "by"})
VERB_PARTICLES: frozenset[str] = frozenset({"on", "up", "out", "off", "back", "forward", "ahead"})
# Cue forms read as a noun or an adjective unless a clause, a colon or a quotation follows them:
# "the states", "state law", "a stated aim" (PolNeAR marks none of these).
NOUN_LIKE_FORMS: frozenset[str] = frozenset({"state", "states", "stated"})
# Before any cue form, these make it a noun: "the final say", "his say", "a claim".
NOUN_PRECEDERS: frozenset[str] = frozenset(
    "the a an this that these those its their his her our my your final no any more much little last first own".split()
)
# -ly words that are not adverbs: nouns and adjectives a subject may end with ("the family said").
LY_NOUNS: frozenset[str] = frozenset(
    "family ally rally assembly supply anomaly monopoly italy july fly butterfly daily weekly monthly quarterly holy "
    "bully belly jelly lily homily melancholy reply".split()
)
# Cognition verbs ("insiders think", "people around him fear"): an attribution only with an
# unnamed collective or anonymous subject, the structure weasel wording has (MOS:WEASEL).
COGNITION_VERBS: dict[str, str] = _by_form(
    {
        "think": "think, thinks",
        "fear": "fear, fears, feared",
        "expect": "expect, expects",
        "worry": "worry, worries, worried",
        "doubt": "doubt, doubts, doubted",
        "feel": "feel, feels, felt",
        "suspect": "suspect, suspects, suspected",
        "contend": "contend, contends, contended",
        "maintain": "maintain, maintains, maintained",
        "speculate": "speculate, speculates, speculated",
        "whisper": "whisper, whispers, whispered",
        "privately": "privately acknowledge",
    }
)
del COGNITION_VERBS["privately acknowledge"]
# Lemmas that attribute whoever the subject is; the others need a source-like subject.
ALWAYS_ATTRIBUTIVE: frozenset[str] = frozenset({"say", "tell", "according to", "quote", "testify"})
# Lemmas that attribute a person or organization only with "that" or a quotation after them
# ("Smith found that ...", not "Smith found the keys").
NEEDS_THAT: frozenset[str] = frozenset({"find", "show", "detail", "project", "describe", "call"})

# Where the subject of a cue verb starts, read back from the verb: after one of these marks or
# words ("Officials said that the minister, who ... said"). Marks are single characters and "...".
CLAUSE_MARKS: tuple[str, ...] = (",", ";", ":", "\u2014", "(", '"', "...")
CLAUSE_WORDS: tuple[str, ...] = (
    "that", "when", "as", "while", "because", "but", "and", "after", "where", "which", "who", "whom",
    "if", "although", "since", "whereas", "though", "whether",
)
# The same words opening a sentence with a capital ("But he said", "And she told"): not part of the subject.
SENTENCE_CONJUNCTIONS: frozenset[str] = frozenset(w.capitalize() for w in (*CLAUSE_WORDS, "so", "yet", "or", "then"))
# A share of the people polled as a subject ("47 percent said", "Nearly half of voters say", "About 4 in
# 10 say"): survey respondents, a vague collective. Share words from poll reporting (AP Stylebook, polls).
SHARE_APPROXIMATORS: tuple[str, ...] = (
    "about", "around", "almost", "nearly", "roughly", "some", "only", "just", "more than", "fewer than", "less than",
    "over", "under", "another", "the other", "a", "an", "the", "still",
)
SHARE_WORDS: tuple[str, ...] = (
    "percent", "per cent", "percentage", "half", "halves", "third", "thirds", "quarter", "quarters", "fifth", "fifths",
    "majority", "majorities", "plurality", "minority",
)
# A role set off after an inverted subject ("said Jane Doe, the chief executive").
APPOSITIVE_OPENERS: tuple[str, ...] = (
    "the", "a", "an", "co-founder", "founder", "head", "chief", "director", "spokesman", "spokeswoman",
)
# An appositive that opens with one of these is a relative clause, not a role.
RELATIVE_WORDS: tuple[str, ...] = ("who", "which", "that", "whose", "whom", "where", "when")
# Items of a list a cue introduced with a colon ("... three points: First ... Second ...").
ENUMERATORS: tuple[str, ...] = ("second", "third", "fourth", "fifth", "finally", "lastly", "next")
# What may follow a cue verb of an organization or person that reports something
# ("the company reported that", "she said the"): besides a mark, a capital or one of these.
COMPLEMENT_WORDS: tuple[str, ...] = ("he", "she", "it", "they", "we", "the", "a", "an", "its", "their")
# Where the recipient of "told" ends ("told Reuters on Monday that").
AFTER_RECIPIENT: tuple[str, ...] = ("that", "about", "on", "in", "last", "this")

# Recipients of "told" that are not themselves sources.
GENERIC_AUDIENCES: frozenset[str] = frozenset(
    ["reporters", "journalists", "the press", "the media", "a news conference", "a press conference"]
)
