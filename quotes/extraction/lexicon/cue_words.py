"""Verbs and nouns of saying, and the words that tell a cue from another use of its word."""

from __future__ import annotations

from . import words

# A verdict on someone that the next quotation, standing alone, spells out.
VERDICT_VERBS = frozenset(
    words("praise criticize criticise slam blast hail condemn denounce mock thank applaud laud")
)


NAMING_VERBS = frozenset(words("call dub label brand term nickname refer describe"))


SAY_VERBS = words(
    """
    say add continue explain note write tweet recall remark reply respond answer observe
    comment declare state insist stress emphasise emphasize reiterate argue claim
    conclude acknowledge admit concede complain joke quip boast predict announce confirm
    caution suggest maintain contend counter retort exclaim shout yell testify post vow
    pledge agree proclaim lament chant read deny report allege assert affirm mention
    recount bark scoff snap muse gush grumble scream fume chide scold plead demand rail
    taunt brag question react surmise press reveal demur concur gripe whisper riff
    estimate indicate elaborate wonder charge grouse imply interject voice
    opine confide disclose speculate theorize theorise tease sneer rebut confess snipe express
    """
)


TELL_VERBS = words(
    """
    tell urge warn assure inform remind ask advise promise
    """
)


CALL_VERBS = words(
    """
    call describe dub label brand term characterize characterise criticise criticize
    denounce dismiss slam blast hail praise condemn accuse mock decry deride tout bemoan
    ridicule cite refer blame thank applaud laud commend welcome invoke echo
    """
)


# Verbs of calling, labelling and judging whose object or complement a marked phrase may
# be: "called the plan 'a disaster'", "deemed him 'well qualified'"; the phrase is the
# words of the verb's subject (attribution/labelling.py).
LABELLING_VERBS = frozenset(words("call dub label brand term nickname deem christen pronounce"))
# ... those that take the phrase after "as": "described the ground as 'Swiss cheese'" ...
LABELLING_AS_VERBS = frozenset(
    words(
        """
    describe characterize characterise portray paint cast depict denounce dismiss decry
    deride hail praise condemn slam blast reject refer identify tout ridicule mock
    criticize criticise brand label regard view frame
    """
    )
)
# ... and those that take it after "of": "warned of 'dire consequences'".
LABELLING_OF_VERBS = frozenset(words("warn speak talk"))
LABELLING_OF_WORDS = frozenset(words("of about against"))
# "called for", "called on": no naming.
CALL_PARTICLES = frozenset(words("for on upon in off out up back into"))
# Words that open another clause between a labelling verb and the phrase.
LABELLING_SCOPE_STOPS = frozenset(
    words(
        """
    that which who whom whose where because when while although though if whether unless
    since after before until
    """
    )
)


# Cues that introduce a reported clause ("said that ...") and so an indirect quote.
CLAUSE_LEMMAS = frozenset(
    words(
        """
    say add tell warn insist stress note explain claim argue declare state announce
    confirm acknowledge admit report reiterate predict promise vow pledge write tweet
    complain concede contend maintain emphasise emphasize assure inform remind reply
    respond testify allege assert affirm according suggest reveal indicate confess disclose
    observe recall remark caution boast joke grouse imply
    """
    )
)


# Cues that take "as 'X'" ("criticised the remarks as 'unacceptable'").
AS_LEMMAS = frozenset(
    words(
        """
    describe characterize characterise criticise criticize denounce dismiss brand hail
    praise condemn label slam blast
    """
    )
)


# Verbs that mean something else after a modal ("would continue", "will add a stop").
NOT_AFTER_MODAL = frozenset(words("continue add read post report answer note state"))


MULTI_WORD_CUE_STARTS = frozenset(
    words(
        """
    according point points pointed pointing went goes going put puts putting
    shot shoot shoots shooting fired fire fires firing
    """
    )
)


READY_WORDS = frozenset(words("quick careful eager keen first last"))


SPEECH_NOUN_MODIFIERS = frozenset(
    words(
        """
    recent latest earlier previous past public own new initial first final last opening
    closing controversial repeated official written prepared
    """
    )
)


# Verbs whose object may be a noun that could pass for a cue verb ("raise questions");
# "make jokes" and "made remarks" stay cues: making remarks is saying something.
TAKES_SPEECH_NOUN = frozenset(
    words(
        """
    raise raises raised raising pose poses posed posing field fields fielded fielding
    dodge dodges dodged dodging face faces faced facing
    """
    )
)


WRITTEN_ON_NOUNS = frozenset(
    words(
        """hat hats cap caps sign signs banner banners shirt shirts t-shirt t-shirts poster
        posters placard placards sticker stickers"""
    )
)


CHANT_NOUNS = frozenset(words("chant chants cheer cheers shouts cries refrain"))


RAISING_VERBS = frozenset(words("said reported believed alleged thought known understood rumored"))


IRREGULAR_PARTICIPLES = frozenset(words("written seen given taken made shown drawn sent"))


CLAUSE_CUT_WORDS = frozenset({"adding", "saying", "according", "noting", "citing", "despite"})
