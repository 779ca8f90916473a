"""Words that tell what kind of source a noun phrase names.

Sources: the sourcing categories of the AP Stylebook ("anonymous sources") and the Reuters
Handbook of Journalism ("sourcing"); the vague-collective list follows Wikipedia's "weasel words"
guideline (MOS:WEASEL) and the collectives that seed 004 uses ("Military experts",
"Industry insights", "NATO defense analysts", "satellite imagery analysts").
"""

# Heads that make a source vague: a collective or a genre of evidence, not someone to call back.
VAGUE_HEADS: frozenset[str] = frozenset(
    """
    experts expert analysts observers critics commentators pundits insiders watchers
    scientists researchers economists scholars academics specialists strategists
    people many some others most several sources
    studies research reports insights surveys polls data figures estimates findings
    accounts account rumors rumours speculation consensus
    study report survey analysis
    """.split()
)

# Heads that name a role a specific (possibly unnamed) person holds.
ROLE_NOUNS: frozenset[str] = frozenset(
    """
    official officials officer officers spokesman spokeswoman spokesperson spokespeople
    minister ministers secretary president vice-president chairman chairwoman chair director
    diplomat diplomats envoy ambassador lawmaker lawmakers senator representative governor mayor
    aide aides adviser advisor advisers advisors commander commanders general colonel captain
    lieutenant sergeant admiral chief head leader leaders executive executives ceo cfo founder
    co-founder analyst economist researcher professor scientist expert lawyer attorney prosecutor
    judge witness witnesses resident residents employee employees worker workers member members
    source person doctor physician nurse teacher student police policeman investigator
    investigators agent agents soldier soldiers fighter fighters activist activists monitor
    correspondent reporter journalist editor author manager owner partner engineer planner
    inspector auditor economist statistician coroner surgeon
    """.split()
)

# Words that mark a named organization ("the Ukrainian Special Operations Command").
ORG_WORDS: frozenset[str] = frozenset(
    """
    agency ministry command staff service services department office council committee police
    army navy forces military government administration corporation corp inc ltd llc co company
    group university institute center centre bank fund organization organisation association
    commission court parliament congress senate assembly kremlin pentagon media network
    news times post journal press broadcaster television radio tv channel program programme
    party union federation foundation board authority authorities bureau observatory
    monitor watch laboratory lab hospital school college academy cabinet secretariat
    intelligence coalition alliance campaign convention
    """.split()
)

# Organizations reporters cite that carry no org word in their name (matched case-sensitively).
KNOWN_ORGANIZATIONS: frozenset[str] = frozenset(
    """
    Reuters AP AFP BBC CNN NPR Yonhap TASS SANA Xinhua Bloomberg Interfax RIA Kyodo
    NATO UN UNICEF WHO IMF IAEA OPEC EU Pentagon Kremlin Google Apple Microsoft Amazon Meta
    Facebook Twitter Tesla Boeing Airbus Gallup Pew Nielsen Moody's Fitch Eurostat
    """.split()
)

# Nouns for written evidence: with a specific owner or date they make a `document` source.
DOCUMENT_NOUNS: frozenset[str] = frozenset(
    """
    report statement study filing document documents memo memorandum letter ruling
    data figures census records record transcript bulletin release communique communiqué
    survey poll audit assessment review indictment complaint lawsuit affidavit testimony
    budget minutes order decree resolution bill law regulation guidance notice
    """.split()
)

# Makes an unnamed source's anonymity explained, as the AP and Reuters codes require.
ANONYMITY_REASONS: tuple[str, ...] = (
    "on condition of anonymity",
    "on the condition of anonymity",
    "requested anonymity",
    "asked not to be named",
    "declined to be named",
    "not authorized to",
    "not authorised to",
    "because they were not",
    "because he was not",
    "because she was not",
    "familiar with",
)

PRONOUNS: dict[str, str] = {
    "he": "person",
    "she": "person",
    "they": "any",
    "it": "organization",
    "we": "any",
    "i": "speaker",
    "you": "addressee",
}

DETERMINERS: frozenset[str] = frozenset("the a an this that these those its their his her our".split())

# Capitalised words that belong to a title, not a name ("Deputy Foreign Minister Andrey Rudenko").
TITLE_WORDS: frozenset[str] = frozenset(
    """
    deputy foreign prime vice first acting interim former senior chief general lieutenant
    minister secretary president chairman chairwoman director spokesman spokeswoman
    spokesperson senator sen rep representative governor gov mayor ambassador envoy commander
    gen col lt sgt capt adm maj dr mr mrs ms prof judge justice king queen prince crown
    sheikh emir chancellor premier speaker leader head attorney defense defence interior finance
    state national security councillor councilor councilman councilwoman commissioner
    superintendent sheriff alderman trustee
    """.split()
)

# Words that open an unnamed but counted source ("a senior official", "two officers").
INDEFINITE: frozenset[str] = frozenset("a an one two three four five several some another".split())

# Where a source phrase's head ends: a preposition, a relative pronoun or a participle
# ("officials in Kyiv", "a report released on Monday").
HEAD_ENDS: tuple[str, ...] = (
    "in", "from", "at", "of", "on", "for", "with", "to", "by", "near", "inside", "within", "who", "whose", "which", "that",
    "released", "published", "issued", "filed", "dated", "obtained", "seen", "sent",
)
# Words that date an unnamed report, making it one specific document ("a report released ...").
DATING_WORDS: tuple[str, ...] = ("released", "published", "issued", "dated", "filed")
WEEKDAYS: tuple[str, ...] = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# After "the" or a possessive, which issue of a series a report is ("its monthly report").
SERIES_WORDS: tuple[str, ...] = ("monthly", "weekly", "annual", "quarterly", "latest")
# Vague evidence heads that name one specific document after "the" or an owner ("the report").
SINGULAR_VAGUE_DOCUMENTS: frozenset[str] = frozenset({"study", "report", "survey", "analysis", "account"})
ARTICLES: tuple[str, ...] = ("the", "a", "an")

# Words of a person mention that show the person's gender, for the pronoun resolver: English
# honorifics and gendered role nouns (AP Stylebook, "courtesy titles"; "-man/-woman" compounds).
FEMALE_WORDS: frozenset[str] = frozenset(
    "mrs ms miss madam lady queen princess spokeswoman chairwoman congresswoman businesswoman councilwoman "
    "first-lady wife mother sister daughter grandmother actress".split()
)
MALE_WORDS: frozenset[str] = frozenset(
    "mr sir lord king prince spokesman chairman congressman businessman councilman husband father brother son "
    "grandfather actor".split()
)
# Heads of an unnamed collective that carry no plural -s ("those who back her", "many", "others").
COLLECTIVE_WORDS: frozenset[str] = frozenset("those many some others most few all both several people folks staff crowd public".split())
# Words that do not occur in a subject noun phrase: they show a clause ("what I", "it is", "there").
NOT_IN_NOUN_PHRASE: frozenset[str] = frozenset(
    """
    what whatever who whom whose which where when why how there here is are was were be been am has have had
    do does did will would can could should may might must not to and or but if as than then so
    me him us them you your my mine myself himself herself themselves itself everyone everybody someone
    somebody anyone anybody nobody nothing something everything anything
    """.split()
)
# Determiners that make a record one definite, checkable document ("the report", "its data").
DEFINITE_OWNERS: frozenset[str] = frozenset("the this that these those its their his her our".split())

# Capitalised words that open a clause or a sentence, not a name ("But Sanders", "After Clinton",
# "If I"): conjunctions, prepositions, adverbs and determiners of English (closed classes).
FUNCTION_WORDS: frozenset[str] = frozenset(
    """
    and but or nor so yet if when while after before since until unless because although though as whether
    then also even just only still now here there later meanwhile however instead perhaps maybe indeed
    to on in at by for with without from of about into onto over under like unlike despite during through
    across against among between toward towards upon within
    the a an this that these those what why how where who whom which no not do does did
    simply yes well oh again already soon once first finally
    """.split()
)
# First- and second-person words, pronouns with clitics and indefinite pronouns: never a third party's
# name ("I'll", "You", "They're", "Somebody").
SPEAKER_WORDS: frozenset[str] = frozenset(
    "i i'm i'll i've i'd me my mine myself you you're you'll you've you'd your yours we we're we'll we've we'd us our "
    "he's she's it's they're they've they'll they'd "
    "somebody someone everyone everybody anyone anybody nobody no-one".split()
)
# Relative pronouns open a clause, never a noun phrase: a subject read from one is no source
# ("who lives outside Minneapolis").
CLAUSE_OPENERS: frozenset[str] = frozenset("who whose whom which".split())

# US states and their AP Stylebook abbreviations: the second part of "Columbus, Ohio" is a place,
# not a speaker; and a state is no given name ("Georgia", "Virginia", "Carolina").
US_STATES: frozenset[str] = frozenset(
    """
    Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho
    Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota
    Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah
    Vermont Virginia Washington Wisconsin Wyoming Carolina Dakota Hampshire Jersey Mexico York Columbia
    Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Ky. La. Md. Mass. Mich. Minn. Miss. Mo.
    Mont. Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I. S.C. S.D. Tenn. Vt. Va. Wash. W.Va.
    Wis. Wyo. D.C.
    """.split()
)
# Words of a place name or a people, never of a person's name ("Lake Winola", "West Coast", "New
# Hampshire", "Asian American"): a run holding one is no pronoun's antecedent without a title or a given name.
PLACE_WORDS: frozenset[str] = frozenset(
    """
    lake coast river mount mountain mountains fort port saint san santa los las el new north south east west
    northern southern eastern western central county city valley beach island islands bay park street avenue
    road square bridge airport station district province region state states republic kingdom united
    american americans asian african european hispanic latino latina mexican canadian british english french
    german russian chinese japanese korean iranian iraqi syrian israeli palestinian arab muslim muslims
    christian christians jewish catholic evangelical republican republicans democrat democrats democratic
    """.split()
)
# Months and weekdays are given names too ("April", "June"): never evidence of a person.
CALENDAR_NAMES: frozenset[str] = frozenset(
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)
# English prepositions (a closed class; Quirk et al., A Comprehensive Grammar, ch. 9): a phrase that
# opens with one is a prepositional phrase, never the noun phrase of a speaker ("said on Twitter on
# Monday", "In nearby Decatur, ...", "Brianne Stone, 29, of Huntsville, Ala., says").
PREPOSITIONS: frozenset[str] = frozenset(
    """
    about above across after against along amid amidst among around at before behind below beneath beside
    besides between beyond by despite during except following for from in including inside into like near
    of off on onto outside over per since through throughout to toward towards under unlike until upon via
    with within without
    """.split()
)
