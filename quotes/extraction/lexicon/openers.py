"""Words that open a sentence or phrase, or follow a subject, and are never a speaker."""

from __future__ import annotations

from . import words

# Openers that are a whole adverbial on their own: the subject comes right after. Adverbs of
# time and frequency ("Sometimes", "Initially", "Soon") are among them (issue #21): read as
# the subject, they became a person named "Initially" whom a later pronoun could take up.
ADVERB_OPENERS = frozenset(
    words(
        """however but and now then still meanwhile also later yet so likewise similarly moreover
        furthermore instead indeed nevertheless nonetheless otherwise thus therefore besides
        sometimes often occasionally recently eventually afterward afterwards ultimately
        finally initially originally previously soon already"""
    )
)


ROLE_ADJECTIVES = frozenset(
    words(
        """
    senior former top deputy chief foreign local federal state-run state top-ranking
    lead white house prominent retired acting outgoing incoming longtime interim assistant
    associate presidential vice-presidential congressional gubernatorial political
    democratic republican conservative liberal progressive libertarian national
    """
    )
)


SENTENCE_OPENERS = frozenset(
    words(
        """
    however but and now then still meanwhile also earlier later in on at after before back
    when while if as yet so last this that there it’s it's early
    outside inside nearby elsewhere overseas downtown here
    """
    )
)


# Capitalised words that open a sentence or name a time or medium, never a speaker.
NOT_SPEAKERS = frozenset(
    words(
        """
    however instead despite continuing meanwhile still also but and so yet then now later both
    earlier speaking asked here there did does do why how what in on at after before during
    when while if as though although
    because since until unless while twitter facebook instagram youtube email
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday today yesterday tonight
    indeed perhaps maybe hours days weeks months years minutes moments
    """
    )
)


# Words that cannot sit inside a common noun phrase such as "the campaign organizer".
NOT_IN_NP = frozenset(
    words(
        """
    who whom whose which that and or but not also is was were are be been has have had
    will would could should can may might do does did this these those there here it
    """
    )
)


LEADING_WORDS = frozenset(
    words(
        """
    the a an but and or however in on at after before when while if as yet so last this
    perhaps maybe indeed instead thus within without among amid across through throughout
    toward towards upon beyond behind inside outside since until via
    that these those there it he she they we i his her their its our my for with from by
    to of now then still meanwhile also earlier later neither both while any every each some
    no all many most several other another such despite during under against like unlike
    since until through among amid toward towards about over into did does do is are was
    were has have had will would can could should why how what where who which not
    """
    )
)


NAME_OPENERS = LEADING_WORDS | frozenset(
    words(
        """
    although though because even unless whereas absent rival given using citing noting
    adding saying speaking see whatever whether once
    """
    )
)


# Words after a subject that are no verb of its own saying anything.
NOT_VOICE = frozenset(
    words(
        """is was were are be been am has had have seemed seems appears appeared known
        and or but who which that whose in on of for during at to with from by as recently"""
    )
)


# What may follow the verb of an attribution closing its sentence ("..., Hannity started.").
TAIL_FOLLOWERS = frozenset(words(". , ; in on at to during after from with about of before as"))
