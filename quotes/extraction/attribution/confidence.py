"""Confidences of the attribution rules that give every quotation the same one.

They are kept apart from the rule table because one rule reuses another's:
the cue in a quotation's sentence defers to a colon subject with its confidence.
"""

from __future__ import annotations

CHANT_CONFIDENCE = 0.7
ATTRIBUTION_SENTENCE_CONFIDENCE = 0.75
COLON_SUBJECT_CONFIDENCE = 0.7
SIGNATURE_CONFIDENCE = 0.7
SPEECH_NOUN_CONFIDENCE = 0.6
LABELLING_CONFIDENCE = 0.85
