"""Style cues: hedges, sensational words, absolutes, first-person pronouns and bullet markers.

Entries are lower case; a space matches any run of whitespace and a hyphen matches a hyphen.
Each list is matched case-insensitively on word boundaries, except FIRST_PERSON (see below).
"""

# Epistemic hedges: the uncertainty cues of Hyland (2005, "Metadiscourse", appendix) and the
# BioScope corpus hedge cues (Vincze et al. 2008), kept to those that mark doubt in news prose,
# plus the press's own distancing words (reportedly, allegedly, purportedly, "said to").
# Approximators such as "about" and "around" are left out: in news they mostly qualify numbers.
# "May" the month is told apart from the modal by the matcher, not here.
HEDGES: tuple[str, ...] = (
    "may", "might", "could", "perhaps", "maybe", "possibly", "possible", "probably", "probable",
    "likely", "unlikely", "presumably", "apparently", "apparent", "seemingly", "supposedly",
    "reportedly", "allegedly", "alleged", "purportedly", "purported", "rumored", "rumoured",
    "appears to", "appear to", "appeared to", "seems", "seem to", "seemed", "suggests",
    "suggest", "suggested", "suggesting", "indicates", "said to be", "said to have",
    "believed to be", "believed to have", "thought to be", "thought to have",
    "unconfirmed", "unclear", "uncertain", "speculated", "speculation",
)

# Sensational and hyperbolic words: the clickbait lexicons of Chakraborty et al. (2016, "Stop
# Clickbait", hyperbolic words) and Potthast et al. (2016, Webis clickbait features), with the
# emotive headline words of tabloid style; "new heights", "harrowing" and "brutal" come from
# seed article 004.
SENSATIONAL: tuple[str, ...] = (
    "shocking", "shocked", "bombshell", "explosive", "slams", "slammed",
    "unprecedented", "harrowing", "brutal", "brutally", "new heights", "stunning", "stunned",
    "jaw-dropping", "mind-blowing", "eye-popping", "outrageous", "outrage", "horrifying",
    "horrific", "terrifying", "chilling", "devastating", "catastrophic", "blistering", "scathing",
    "astonishing", "staggering", "unbelievable", "incredible", "insane", "epic", "meltdown",
    "firestorm", "nightmare", "disturbing", "sinister", "skyrocketing",
    "skyrocketed", "plummeting", "plummeted", "bloodbath", "you won't believe", "goes viral",
    "must-see", "mind-boggling", "heartbreaking",
)

# Absolutist words: the absolutist dictionary of Al-Mosaiwi & Johnstone (2018, Clinical
# Psychological Science) without its everyday quantifiers (all, every, full, whole, ever, must),
# plus the certainty boosters of Hyland (2005) that close off doubt.
ABSOLUTES: tuple[str, ...] = (
    "always", "never", "everyone", "everybody", "everything", "nobody", "no one", "nothing",
    "absolutely", "completely", "totally", "entirely", "constantly", "definitely", "undeniably",
    "undoubtedly", "unquestionably", "indisputably", "irrefutably", "without doubt",
    "without a doubt", "beyond doubt", "beyond any doubt", "all-out", "once and for all",
    "100 percent", "guaranteed",
)

# First-person pronouns. Matched case-sensitively in their lower-case and capitalised forms only,
# so "US" (the country) is not "us"; "I" is matched as written.
FIRST_PERSON: tuple[str, ...] = (
    "i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves",
)

# Second-person pronouns: copy that addresses the reader ("you won't believe") argues rather than
# reports. Matched like FIRST_PERSON, outside quotations.
SECOND_PERSON: tuple[str, ...] = ("you", "your", "yours", "yourself", "yourselves")

# Line-opening bullet characters (Markdown and plain-text lists; "–" is normalized to "—").
# Numbered items ("1.", "1)") are recognised by the extractor itself.
BULLET_MARKERS: str = "-*\u2022\u2023\u25aa\u25e6\u00b7\u2014"  # - * • ‣ ▪ ◦ · —
