"""Words the layout reads: abbreviations, the small words of Title Case, headline labels."""

from __future__ import annotations

from . import words

SMALL_WORDS = frozenset(
    words("a an the of to in on at for from by with and or but as vs via into over up off")
)


ABBREVIATIONS = frozenset(
    words(
        """
    mr mrs ms dr sen rep gov gen lt col st jr sr prof rev corp inc co ltd vs sgt capt
    adm maj jan feb mar apr jun jul aug sep sept oct nov dec no fig ft mt
    sens reps govs pres supt
    """
    )
)


HEADLINE_LABELS = frozenset(
    words(
        """
    update updated breaking watch exclusive video report poll opinion analysis editorial
    live photos photo review quiz explainer factbox timeline transcript read listen
    fact check correction note editor q a interview audio latest
    """
    )
)


# Words a Title-Case headline capitalises and no name holds ("Will" and "May" can).
TITLE_CASE_FUNCTION_WORDS = frozenset(
    words(
        """
    does do did doesn't don't not like is are was were be been has have had would could
    should can't won't isn't to for with from about against and or but her his their its
    our my who what why how where let just than into over under says it's he's she's
    """
    )
)
