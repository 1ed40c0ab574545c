"""The match contexts of all an article's quotes, from one tokenisation of the article.

`evidence.context_around` defines a quote's context: the content words of the
headline and of CONTEXT_REACH characters either side of the quote. Called once
per quote it tokenises some 1,200 characters each time, about 20 MB for the
840 PolNeAR articles, and that was a tenth of an import's time.

Here the article is tokenised once, and a window's words are the article's
tokens that lie inside it. That is exact only where the two tokenisations
agree, so each window is checked at its edges:

* at the left edge a token of the article may be cut, and the regex, starting
  inside it, can match differently ("b.c." from the middle of "ab.c."), so the
  window is scanned on its own until one of its matches *is* an article token;
  from there on both scans stand at the same position and find the same tokens;
* at the right edge the last tokens are scanned on their own again, from the
  end of the last article token that ends inside the window.

Positions in the normalised text are positions in the article only when
normalising maps each character to one character, whatever surrounds it
(ASCII, and Latin letters and punctuation without combining marks). Any other
article takes `context_around` quote by quote, as before.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import accumulate, chain

from .assertion import GENERIC
from .evidence import CONTEXT_REACH, context_around
from .text import TOKEN, content_words, normalize, token_content

_PLAIN_RANGES = ((0x80, 0x250), (0x2000, 0x2070))  # Latin-1, Latin Extended A/B, punctuation


def contexts_around(body: str, spans) -> list[frozenset[str]]:
    """`context_around(body, start, end, text)` for each (start, end, text) of `spans`."""
    spans = list(spans)
    if not spans:
        return []
    if not _aligned(body):
        return [context_around(body, start, end, text) for start, end, text in spans]
    article = _Tokens(normalize(body))
    first_line = body.find("\n", 0, CONTEXT_REACH)
    headline = set(content_words(body[: first_line if first_line != -1 else 0]))
    found = []
    for start, end, text in spans:
        own = set(content_words(text)) | GENERIC
        around = article.words(max(0, start - CONTEXT_REACH), start)
        around += article.words(end, end + CONTEXT_REACH)
        found.append(frozenset(w for w in (*headline, *around) if w not in own))
    return found


def _aligned(body: str) -> bool:
    """Whether `normalize` maps every character of `body` to exactly one, on its own."""
    return body.isascii() or all(_plain(ch) for ch in set(body) if not ch.isascii())


@lru_cache(maxsize=4096)
def _plain(ch: str) -> bool:
    return (
        any(low <= ord(ch) < high for low, high in _PLAIN_RANGES)
        and not unicodedata.combining(ch)
        and len(normalize(ch)) == 1
    )


class _Tokens:
    """An article's normalised text, its tokens, and their content words in one list.

    `content[at[i]:at[i + 1]]` are token i's content words, so the words of a
    run of tokens are one slice, not one list per token.
    """

    def __init__(self, text: str):
        self.text = text
        matches = list(TOKEN.finditer(text))
        self.starts = [m.start() for m in matches]
        self.ends = [m.end() for m in matches]
        contents = [token_content(m.group()) for m in matches]
        self.content = list(chain.from_iterable(contents))
        self.at = list(accumulate(map(len, contents), initial=0))

    def words(self, low: int, high: int) -> list[str]:
        """The content words of text[low:high] tokenised alone."""
        high = min(high, len(self.text))
        found, first = [], None
        for match in TOKEN.finditer(self.text, low, high):
            index = bisect_left(self.starts, match.start())
            if index < len(self.starts) and (self.starts[index], self.ends[index]) == match.span():
                first = index
                break
            found.extend(token_content(match.group()))
        if first is None:
            return found
        last = bisect_right(self.ends, high) - 1  # the last article token ending in the window
        found += self.content[self.at[first] : self.at[last + 1]]
        for match in TOKEN.finditer(self.text, self.ends[last], high):
            found.extend(token_content(match.group()))
        return found
