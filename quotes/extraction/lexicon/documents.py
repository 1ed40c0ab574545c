"""Documents an issuer's name may stand before ("the Acme University playbook").

Beside `DOCUMENT_NOUNS` (what "the statement said" resolves through the
history), the nouns for documents a body publishes that news style names after
their publisher: "a Harvard study", "the Gallup analysis", "the party's platform".
"""

from __future__ import annotations

from . import DOCUMENT_NOUNS, words

PUBLISHED_NOUNS = DOCUMENT_NOUNS | frozenset(words("playbook study analysis platform"))

# A month before a document noun dates it ("the January report"): no issuer.
MONTH_NAMES = frozenset(
    words(
        """
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    """
    )
)

# Media a document comes in, capitalised before its noun ("a campaign TV ad", "a Facebook
# post"): the medium is not the issuer.
MEDIA_WORDS = frozenset(words("tv radio web internet online video digital facebook twitter"))

# Participles that give a document's writer after it, set off by a comma or in a relative
# clause: "the letter, written by Kenneth Roe,", "the statement, which was attributed to Mell".
WRITER_PARTICIPLES = frozenset(
    words("attributed written signed authored penned drafted co-signed cosigned")
)
