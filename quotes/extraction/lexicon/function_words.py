"""Function words: articles, determiners, possessives, modals, prepositions, pronouns.

Several determiner sets differ on purpose: each is the set of words that may open
one kind of phrase at one place in the engine, and the comments say how they differ.
"""

from __future__ import annotations

from . import QUALIFIERS, words

ARTICLES = frozenset(words("a an the"))
# Who a telling verb addresses ("told reporters", "urged him"): an addressee to step over.
ADDRESSEES = frozenset(words("him her them us me reporters journalists"))
POSSESSIVES = frozenset(words("his her their its our my your"))
THIRD_PERSON_POSSESSIVES = frozenset(words("his her its their"))

# The determiner sets below differ on purpose: each lists the words that may open
# one kind of phrase at one place in the engine, and each was tuned there against
# the seeds and PolNeAR. Merging any two changes what the engine extracts.

# Before the head of a speaker mention ("the spokesman", "his aide", "this official");
# no first- or second-person possessive.
MENTION_DETERMINERS = ARTICLES | THIRD_PERSON_POSSESSIVES | {"this"}
# Skipped before a name is compared ("the Pope", "this Johnson"): no possessive opens a name.
NAME_DETERMINERS = ARTICLES | {"this"}
# Before a noun that could pass for a cue ("his remarks", "every statement"): any
# determiner makes the word a noun, so this is the widest set.
NOUN_CUE_DETERMINERS = ARTICLES | POSSESSIVES | {"this", "these", "those", "every"}
# "started out their ninth debate saying ...": a possessive opens an object too.
OBJECT_DETERMINERS = ARTICLES | THIRD_PERSON_POSSESSIVES | {"our"}
# A subject found for "as if to say" that holds only these words names nobody
# ("His face darted ..., as if to say"); every possessive but "her".
INFINITIVE_SUBJECT_DETERMINERS = (ARTICLES | POSSESSIVES) - {"her"}
# Before a crowd noun ("the crowd", "his supporters") that chants.
CROWD_DETERMINERS = ARTICLES | THIRD_PERSON_POSSESSIVES
# Open the speech object after a cue ("continued his scathing remarks"); a definite
# or possessive object only, no "a" or "an".
CLAUSE_OBJECT_DETERMINERS = {"the", "these", "those"} | THIRD_PERSON_POSSESSIVES


ADJUNCT_STARTS = frozenset(
    words("on in at during to last this earlier later recently in after before when while")
)


MODALS = frozenset(words("would could should might must may will can"))


BE_FORMS = frozenset({"was", "were", "been", "being", "be", "is", "are"})


# Before a pronoun, words that make its clause reported or relative, not the participle's.
REPORTING_WH_WORDS = frozenset(words("that what who whom which whose where how why if whether"))


FOCUS_ADVERBS = frozenset(words("ever even just only long soon right shortly"))


SUBJECT_PRONOUNS = frozenset(words("he she they we i you"))


APPROXIMATORS = frozenset(words("about some nearly almost roughly around over more than fewer"))


PREPOSITIONS = frozenset(
    words(
        """
    of in at on to from with by for about over against between into than like after
    before during under through toward towards despite since among amid
    """
    )
)


CONTRACTION_ENDINGS = frozenset({"s", "d", "ll", "ve", "re", "m"})


SOURCE_DETERMINERS = frozenset(words("a an the one two three several some many other another"))


ADJUNCT_PREPOSITIONS = frozenset({"on", "in", "at", "during", "before", "after", "late", "early"})


CLAUSE_STARTERS = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "there", "how", "why", "whether"}
)


# "..., and when he ...": a coordinating word before a subordinator opens a new clause
COORDINATORS = frozenset(words("and but or so then yet"))


AFTER_INVERSION = frozenset(words("who whose which and in on at during from to after before by"))


PREPOSITIONS_AFTER_INVERSION = frozenset(words("in on at from to by"))


FINITE_AUXILIARIES = frozenset(
    words("is was are were has have had will would could can should must")
)


# The two quantifier sets differ, each tuned where it is used: INVERSION_QUANTIFIERS
# open a quantified subject after an inverted cue, numbers included; GROUP_QUANTIFIERS
# make a speaker phrase a group ("Several Democrats"), with "all", "few" and "other".
INVERSION_QUANTIFIERS = frozenset(words("one some many several two three four both another most"))


GROUP_QUANTIFIERS = frozenset(words("several many some most few both all other"))


POSTMODIFIER_STARTS = frozenset(words("of for in on at from with")) | {
    pair.split()[0] for pair in QUALIFIERS
}


# Words that open a capitalised run yet never a name: degree and quantity words,
# determiners and pronouns ("More", "Much of the crowd", "Every Republican").
NOT_NAME_STARTS = frozenset(
    words(
        """
    more most much many less least few fewer such very too every each all any some none no
    the a an this that these those his her its their our my your
    """
    )
)


# Words opening a subordinate clause: a speaker inside one ("caused a stir when an Iowa
# voter asked", "pointing out that Costa had reported") is not what the sentence is about.
EMBEDDING_WORDS = frozenset(
    words("that when after because while if whether since before who whom whose")
)


# Participles used as prepositions: "Regarding Trump's remarks, Woods said" opens with a
# phrase, whatever word follows it.
PREPOSITION_PARTICIPLES = frozenset(
    words("regarding concerning following considering including excluding given barring")
)


# Auxiliaries before a participle that brings a document up: "an email was sent from",
# "a suit has been filed by".
PASSIVE_AUXILIARIES = frozenset(words("was were is are has have had been"))
