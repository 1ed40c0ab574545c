"""Days, times, numbers and quantities: words that date a phrase rather than name a speaker."""

from __future__ import annotations

from . import words

TIME_QUALIFIERS = frozenset(words("soon long right just moments minutes hours days weeks months"))


NUMBER_WORDS = frozenset(
    words("two three four five six seven eight nine ten eleven twelve twenty thirty several few")
)


TIME_UNITS = frozenset(words("years months weeks days hours minutes decades"))


NUMBER_PARTS = NUMBER_WORDS | frozenset(
    words(
        """
    eleven thirteen fourteen fifteen sixteen seventeen eighteen nineteen forty fifty
    sixty seventy eighty ninety hundred thousand million dozen
    """
    )
)


# In calendar order: `dates` reads a weekday's number from its index.
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


TIME_NOUNS = frozenset(words("past years months weeks days week month year decade decades time"))


AGO_WORDS = frozenset(
    words(
        """a an one two three four five six seven eight nine ten few several couple of less more
        than about nearly almost just only some hours minutes"""
    )
)


TIME_FILLERS = frozenset(words("the recent this that a one some several few many two three"))


# Parts of a day after a weekday: "On Thursday evening Ann Lee ..."
DAY_PARTS = frozenset(words("morning afternoon evening night"))


# Words naming a day, dropped from the end of a name phrase.
DAY_WORDS = frozenset(WEEKDAYS) | frozenset(words("today tonight yesterday"))
