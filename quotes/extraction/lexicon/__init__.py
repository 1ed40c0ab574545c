"""Every English word the engine treats specially, defined once.

They are kept apart from the logic so that a reviewer can see, in one place,
every word list; copies kept in several modules had drifted apart (issue #21).
This module holds the nouns and names shared by the name, mention and speaker
modules; the other lists are split by kind:
  function_words - articles, determiners, possessives, modals, prepositions;
  cue_words      - verbs and nouns of saying;
  openers        - words that open a sentence or phrase and are never a speaker;
  people         - roles, name particles, crowds;
  text_words     - abbreviations, small words of Title Case, headline labels;
  time_words     - days, times and numbers.
All entries are casefolded. `tests/test_extraction_lexicon.py` fails when a
module outside this package holds a list of more than five words.
"""

from __future__ import annotations

from .given_names import COMMON_FEMALE_NAMES, COMMON_MALE_NAMES


def words(block: str) -> list[str]:
    """The whitespace-separated words of a block of text (keeps word lists readable)."""
    return block.split()


PRONOUNS = {
    "he": ("person", "m"),
    "she": ("person", "f"),
    "they": ("group", ""),
    "it": ("organisation", ""),
    "i": ("person", ""),
    "we": ("group", ""),
    "you": ("person", ""),
}
# The subject pronoun a person's possessive stands for: "his campaign", "her ad".
OWNER_PRONOUNS = {"his": "he", "her": "she"}

# Words that make up a title or role in front of (or instead of) a name.
TITLE_WORDS = frozenset(
    words(
        """
    president vice prime minister secretary spokesman spokeswoman spokesperson foreign
    defense defence interior finance state affairs homeland security treasury justice
    commerce energy health labor labour education transportation senator sen sen. rep
    rep. representative congressman congresswoman gov gov. governor mayor chairman
    chairwoman chair director chief executive ceo cfo deputy general gen gen. lt lt. col
    col. colonel admiral adm major sgt ambassador envoy leader speaker judge justice
    attorney counsel adviser advisor mr mr. mrs mrs. ms ms. dr dr. prof prof. professor
    rev rev. father sir dame lord king queen prince princess sheikh pope cardinal bishop
    former acting interim top senior junior assistant associate official officials
    manager candidate nominee frontrunner front-runner host anchor correspondent
    reporter editor columnist analyst founder co-founder commissioner chancellor
    councilman councilwoman council member lawmaker strategist aide staffer campaign
    national press communications deputy-director counterpart incumbent first lady house
    senate republican democrat democratic gop independent majority minority whip
    recorder alderman alderwoman advocate sheriff treasurer comptroller supervisor
    superintendent auditor clerk trustee delegate capt capt. captain lieutenant sergeant
    corporal private army navy marine marines challenger staff pres pres. supt supt.
    """
    )
)

# Lower-case nouns that head a speaker phrase ("the spokesman", "officials").
ROLE_NOUNS = frozenset(
    words(
        """
    president minister secretary spokesman spokeswoman spokesperson official officials
    leader leaders chairman chairwoman director chief envoy ambassador senator governor
    mayor diplomat diplomats aide aides adviser advisers advisor advisors analyst
    analysts expert experts source sources officer officers lawmaker lawmakers candidate
    nominee campaign administration government ministry department agency spokespeople
    representative representatives commander general counterpart statement report
    reports observers critics supporters voters residents witnesses police prosecutors
    investigators economists researchers scientists activists protesters authorities
    organizers organisers executive executives manager founder owner lawyer lawyers
    attorney attorneys judge member members people person man woman strategist
    strategists pollster pollsters congressman congresswoman hopeful hopefuls contender
    front-runner frontrunner challenger host anchor columnist commentator correspondent
    reporter professor historian economist activist critic supporter voter resident
    witness protester organizer researcher scientist prosecutor investigator pastor counsel
    """
    )
)

# Endings of nouns for people ("neurosurgeon", "businessman", "activist", "historians");
# "-er" also ends "letter" and "number", so such roles are listed in ROLE_NOUNS instead.
PERSON_ENDINGS = ("or", "ist", "ian", "eon", "man", "men", "ors", "ists", "ians", "eons")


# Nouns for people that are no titles, so they never sit inside a name phrase
# ("his wife Hillary Clinton" is two phrases), but can head a subject that speaks.
PEOPLE_NOUNS = frozenset(
    words(
        """
    justice speaker chair chairperson sheriff delegate donor worker student teacher nurse
    farmer father mother wife husband son daughter brother sister friend neighbor
    neighbour billionaire mogul actress singer coach player veteran parent icon legend great
    star superstar hero tycoon heiress
    """
    )
)


# Common nouns with a person's ending that name things: "a door prize", "the error".
NOT_PERSON_ENDINGS = frozenset(
    words(
        """
    floor door indoor outdoor error color colour mirror terror honor honour labor labour favor
    favour vapor humor humour corridor factor sector motor flavor flavour harbor harbour
    behavior behaviour rumor rumour horror tremor armor armour razor tumor parlor manor decor
    valor vigor rigor odor splendor elevator escalator indicator calculator generator reactor
    tractor radiator detector accelerator incubator simulator meteor list wrist twist mist
    gist fist neon pantheon luncheon dungeon pigeon talisman
    """
    )
)


PLURAL_GROUP_NOUNS = frozenset(
    words(
        """
    officials leaders diplomats aides advisers advisors analysts experts sources
    officers lawmakers observers critics supporters voters residents witnesses police
    prosecutors investigators economists researchers scientists activists protesters
    authorities organizers organisers executives lawyers attorneys members people
    strategists pollsters spokespeople representatives
    """
    )
)

ORG_WORDS = frozenset(
    words(
        """
    department ministry agency office kremlin white house congress senate parliament
    party committee council commission bank corp corp. inc inc. ltd co co. company news
    times post journal institute university association union embassy government
    campaign foundation group network reuters cnn nato pentagon fbi cia nsa un eu court
    administration army navy force forces police center centre service services board
    church press tribune herald gazette daily magazine media television tv radio channel
    network organisation organization league alliance federation corporation industries
    systems airlines motors trust fund coalition show podcast watch
    politico breitbart buzzfeed newsweek axios mediaite gawker salon slate vox newsmax
    univision telemundo politifact wikileaks
    """
    )
)

PLACES = frozenset(
    words(
        """
    us u.s. usa america united states uk u.k. britain england france germany russia
    china japan india pakistan iran iraq syria turkey israel egypt saudi arabia qatar
    ukraine poland italy spain greece canada mexico brazil cuba venezuela nigeria kenya
    afghanistan libya lebanon jordan yemen korea north south east west european europe
    asia africa australia washington ankara moscow beijing tehran london paris berlin
    brussels damascus kiev kyiv istanbul sochi jerusalem baghdad kabul tokyo delhi idlib
    new york california texas florida ohio iowa virginia carolina nevada michigan
    wisconsin pennsylvania arizona georgia colorado illinois massachusetts
    alabama alaska arkansas connecticut delaware hawaii idaho indiana kansas kentucky
    louisiana maine maryland minnesota mississippi missouri montana nebraska hampshire
    jersey oklahoma oregon rhode island tennessee utah vermont wyoming dakota
    """
    )
)

DEMONYMS = frozenset(
    words(
        """
    american british french german russian chinese japanese indian pakistani iranian
    iraqi syrian turkish israeli egyptian saudi qatari ukrainian polish italian spanish
    greek canadian mexican brazilian cuban kurdish afghan libyan lebanese european
    western eastern arab palestinian korean us u.s. uk u.k. un eu nato republican
    democratic gop
    """
    )
)

# Adverbs, auxiliaries and time words that may sit between a speaker and a cue.
SKIPPABLE = frozenset(
    words(
        """
    also has have had previously later earlier then again once repeatedly reportedly
    would will could might may should was is were are be been already often recently
    simply just further finally never not only publicly privately separately
    subsequently specifically frequently yesterday today tonight late early last this
    next week month year night weekend morning afternoon evening monday tuesday
    wednesday thursday friday saturday sunday flatly bluntly quickly openly explicitly
    immediately still even did does do himself herself themselves itself however
    nonetheless nevertheless meanwhile instead now
    """
    )
)

# First names that tell a woman; names men bear as often ("Lindsey Graham") are left out.
FEMALE_NAMES = frozenset(
    words(
        """
    hillary nancy elizabeth mary sarah susan karen lisa michelle melania ivanka
    kellyanne hope huma carly nikki condoleezza madeleine angela theresa marine jill
    jane janet patricia linda barbara jennifer maria margaret dorothy betsy debbie donna
    kamala amy kirsten tammy tulsi dianne claire maxine loretta sally samantha sheryl
    chelsea laura anna anne ann julia catherine katherine kate emily emma olivia sophia
    ruth rachel rebecca heather megyn megan gretchen katie katy kathy diane cathy
    christine ursula federica christina jacinda mia ruth alexandria ilhan rashida ayanna
    cindy wendy joni susana mazie heidi shelley elise liz ivana tiffany
    marla stephanie natalie nicole ellen paula jessica judy
    """
    )
) | frozenset(COMMON_FEMALE_NAMES)

MALE_NAMES = frozenset(
    words(
        """
    donald barack joe joseph bill william george john jeb ben ted marco bernie mike
    michael chris christopher rand scott jim james paul mitch harry tim tom thomas
    vladimir recep tayyip mevlut ibrahim ned antony hulusi bashar mark david robert
    richard charles kevin steve steven stephen reince sean jared eric rudy newt jeff
    mitt rick martin frank peter andrew jason brian jack john bob lou lee gary dan
    daniel matt matthew adam sam xi emmanuel boris justin benjamin bibi hassan ali
    mohammed muhammad ahmed
    """
    )
) | frozenset(COMMON_MALE_NAMES)

# Nouns for what someone said: "her remark that '...'", "continued his scathing remarks."
SPEECH_NOUNS = frozenset(
    words(
        """
    remark remarks comment comments claim claims statement assertion assertions warning
    promise pledge vow argument suggestion insistence contention declaration accusation
    allegation response answer reply retort quip joke prediction complaint message words
    thoughts attack criticism case proposition observation admission boast plea demand
    explanation assurance concession confession rebuttal
    """
    )
)

# What qualifies an unnamed source after its noun: "a source familiar with the talks".
QUALIFIERS = frozenset(
    {
        "familiar with",
        "close to",
        "briefed on",
        "with knowledge",
        "with direct",
        "knowledgeable about",
        "involved in",
        "speaking on",
    }
)

# Things that say something in news: "the ad says", "the complaint alleges".
# Documents that "say" what their author or issuer wrote: "the statement said" speaks
# for whoever issued it ("Fox News issued a statement"; "a Clinton campaign memo").
DOCUMENT_NOUNS = frozenset(
    words(
        """
    statement memo memorandum email e-mail ad advertisement commercial letter website
    message release report poll survey lawsuit suit complaint editorial tweet filing
    column mailer flyer
    """
    )
)

# The voice of an ad: "the narrator says" speaks for whoever ran the ad.
AD_VOICES = frozenset(words("narrator announcer"))

SPEAKING_THINGS = frozenset(
    words(
        """
    ad ads statement letter report email tweet post complaint lawsuit suit memo poll
    survey editorial video publication newspaper paper magazine website site blog book
    message release document filing ruling indictment platform study analysis group
    company firm committee board panel court union council footnote note transcript
    passage caption headline sign slogan banner office
    town city county school university college network organization organisation
    foundation association coalition institute church
    """
    )
)

# Words that open a subordinate clause ("when Trump suggested ..., Rubio fired back").
SUBORDINATORS = frozenset(
    words("when while after because if although though since before until once whenever")
)


# Endings of adjectives ("historic", "famous"), which may modify a noun of saying.
ADJECTIVE_ENDINGS = ("ic", "ous", "ful", "ive", "less", "able", "ible")
