"""The quotation-mark scan spells out Pi and Pf for the stdlib engine; these must
stay the characters the `regex` module reads as \\p{Pi} and \\p{Pf}, and the scan
must find the marks the property-based pattern it replaced found."""

import regex

from quotes.extraction.text import marks

# The pattern the scan used before the classes were spelled out.
_BY_PROPERTIES = regex.compile(
    r"’’|''|``|,,|[’'‘‚‹›‛](?:(?<![\p{L}\p{N}].)|(?![\p{L}\p{N}]))"
    r"|(?![’'‘‚‹›‛])[\p{Pi}\p{Pf}\"„«»]|\n+"
)


def _every_character() -> str:
    return "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)


def test_the_spelled_out_classes_are_exactly_the_initial_and_final_punctuation():
    found = regex.findall(r"[\p{Pi}\p{Pf}]", _every_character())
    assert sorted(found) == sorted(marks.PI_PF)


def _found_by_scan(text: str) -> list[tuple[int, str]]:
    return [
        (m.start(), m.group())
        for m in marks._MARK.finditer(text)
        if not (m.group() in marks._SINGLE_MARKS and marks._glued(text, m.start()))
    ]


def test_the_scan_finds_the_marks_the_property_pattern_found():
    texts = [
        "She said “it’s fine” and left.",
        "'Tis the season,' the mayor's aide said ‘twice’.",
        "«Non», dit-il. „Ja“, sagte sie. ‹oui› ⸂odd⸃ ⸜marks⸝",
        "He's 6'2\" tall; 1990’s rock ``quoted'' ,,low,, ’’double’’",
        "’start and end‘",
        "a’b 9’9 é’é x’ ’x\n\n\n“line”\n",
        "",
    ]
    for text in texts:
        expected = [(m.start(), m.group()) for m in _BY_PROPERTIES.finditer(text)]
        assert _found_by_scan(text) == expected, text
