"""Genre cues: the labels, voice and markers that tell an opinion piece or a press release from a news report.

Entries are lower case unless said otherwise; a space matches any run of whitespace.

Sources: the section labels newspapers print over opinion copy (AP Stylebook, "op-ed"; the labels
of the Washington Post, the Guardian and the New York Times: "Opinion", "Op-Ed", "Guest Essay",
"Commentary", "Analysis", "Editorial", "Our view", "Letters to the editor", "Column"); the
stance and engagement markers of Hyland (2005, "Stance and engagement: a model of interaction in
academic discourse", Discourse Studies 7(2)): self-mention with a verb of belief ("I believe",
"in my view"), directives ("we must", "let us") and deontic modals ("should", "must", "ought
to"), the cues Biber (1988) counts for argumentative and persuasive prose; and the boilerplate of
the wire services that distribute press releases (PR Newswire, Business Wire, GlobeNewswire:
"FOR IMMEDIATE RELEASE", "/PRNewswire/", "About <Company>", "Media contact:", "###").
"""

# Labels printed over or under opinion and analysis copy: at the start of the title or of the first
# line ("Opinion: ...", "ANALYSIS | ..."), at its end ("... | Opinion"), or as a line of their own.
OPINION_LABELS: tuple[str, ...] = (
    "opinion", "op-ed", "op ed", "oped", "commentary", "analysis", "news analysis", "editorial",
    "editorials", "our view", "my view", "viewpoint", "viewpoints", "perspective", "guest essay",
    "essay", "column", "guest column", "letter to the editor", "letters to the editor", "letters",
    "to the editor", "dear editor",
)

# The writer's role named in a byline or a footer: "By Jane Doe, Columnist", "The writer is ...".
BYLINE_ROLES: tuple[str, ...] = (
    "columnist", "opinion writer", "opinion columnist", "contributing columnist", "guest columnist",
    "editorial board", "the editorial board", "contributing writer", "opinion editor",
)
FOOTER_OPENERS: tuple[str, ...] = ("the writer is", "the author is", "the writer, ", "the author, ")
FOOTER_PHRASES: tuple[str, ...] = (
    "writes a column", "writes a weekly column", "views expressed", "opinions expressed",
    "is a columnist", "is a contributing columnist", "is an opinion columnist",
)

# Self-mention with a verb of stance: the writer states a belief or argues. Case-sensitive, as
# written, so that the pronoun "I" is told from the letter "i"; each sentence-initial form too.
FIRST_PERSON_STANCE: tuple[str, ...] = (
    "I think", "I believe", "I argue", "I would argue", "I'd argue", "I contend", "I suspect",
    "I fear", "I doubt", "I worry", "I hope", "I urge", "I would urge", "I'd urge", "I disagree",
    "I agree", "I am convinced", "I'm convinced", "I am not convinced", "I'm not convinced",
    "I don't think", "I do not think", "I don't believe", "I do not believe", "I would suggest",
    "I'd suggest", "I suggest", "I am sure", "I'm sure", "I wonder", "I find it", "I cannot see",
    "I can't see", "I say", "I'd say", "I would say", "I want to", "I would like to", "I'd like to",
    "I have argued", "I've argued", "I have long", "I've long",
)
# The same stance in the plural and with the possessive ("we must", "in my view", "let us").
# Matched case-insensitively. "We" alone is no cue: quoted speakers say "we" all the time. Phrases
# that open with a frequent word ("this newspaper", "our view" outside a label) are left out: each
# occurrence of their first word would be tried, in every article.
COLLECTIVE_STANCE: tuple[str, ...] = (
    "we must", "we should", "we ought to", "we need to", "we cannot afford", "we can't afford",
    "we can no longer", "we urge", "we believe", "we think", "we call on", "we would argue",
    "we'd argue", "we hope", "we fear", "we doubt", "we disagree", "we agree", "we owe",
    "we deserve", "we have to", "let us", "let's", "my view", "my opinion", "my mind",
    "my judgment", "my judgement", "my experience", "frankly", "make no mistake",
)
# Deontic modals: what someone ought to do. In a news report they sit in quotations or after a
# source ("officials said residents should ..."); in the writer's own voice they argue.
NORMATIVE_MODALS: tuple[str, ...] = (
    "should", "shouldn't", "must", "mustn't", "ought to", "ought not",
)

# Press-release boilerplate (each phrase starts and ends with a word character). STRONG: one is enough; WEAK: two are needed (a news story may
# mention "a media contact" or have a paragraph on what a company does).
PRESS_RELEASE_STRONG: tuple[str, ...] = (
    "for immediate release", "prnewswire", "pr newswire", "business wire", "globe newswire",
    "globenewswire", "accesswire", "ein presswire", "prweb",
)
PRESS_RELEASE_WEAK: tuple[str, ...] = (
    "media contact", "media contacts", "press contact", "media inquiries", "press inquiries",
    "investor contact", "investor relations contact", "forward-looking statements",
)
