"""Quotation-mark scanning: which marks open and close quotes, and which are apostrophes."""

from quotes.extraction import extract
from quotes.extraction.text.marks import scan_quotes


def _quoted(text):
    return [text[r.start : r.end] for r in scan_quotes(text)]


def test_it_reads_curly_double_quotes():
    """“ and ” delimit a quotation."""
    assert _quoted("He said “we will win” today.") == ["we will win"]


def test_it_reads_straight_double_quotes():
    """Straight marks open after a space and close before one."""
    assert _quoted('She said "no deal," and left.') == ["no deal,"]


def test_it_reads_single_quotes_around_words():
    """‘ ’ around words is a quotation, as in British headlines."""
    assert _quoted("Erdogan says deal ‘done’ after talks") == ["done"]


def test_it_reads_guillemets_and_low_nine_quotes():
    """«», „“ and ‚‘ are quotation marks too."""
    assert _quoted("Il a dit «non merci» puis „ja bitte“ und ‚gut‘ hier") == [
        "non merci",
        "ja bitte",
        "gut",
    ]


def test_apostrophes_and_elisions_are_never_quote_marks():
    """don’t, Turkey’s, ’90s and rock ’n’ roll contain no quotation."""
    text = "Turkey’s leaders don’t like ’90s rock ’n’ roll or the countries’ music."
    assert _quoted(text) == []


def test_two_single_closing_marks_close_a_double_quote():
    """A closer typed as ’’ ends the quote."""
    assert _quoted("“This is our sovereign right.’’ Then he left.") == [
        "This is our sovereign right."
    ]


def test_two_straight_single_marks_open_and_close_a_quote_as_archives_print_them():
    """ "''Lock her up!'' the crowd chanted" - '' stands for a double mark on both sides."""
    text = "''Lock her up!'' the crowd chanted. He said ''we will win,'' and left; it's late."
    assert _quoted(text) == ["Lock her up!", "we will win,"]


def test_a_quote_inside_a_quote_stays_part_of_the_outer_quote():
    """Nested single marks do not make a separate quotation."""
    assert _quoted("“He told me ‘never again’ twice,” she said.") == [
        "He told me ‘never again’ twice,"
    ]


def test_a_quote_running_over_paragraphs_is_chained():
    """A paragraph that opens and does not close continues in the next opening paragraph."""
    runs = scan_quotes("“First part of it.\n\n“Second part of it.”\n")
    assert [r.chain for r in runs] == [runs[0].chain, runs[0].chain]
    assert not runs[0].closed and runs[1].closed


def test_a_multi_paragraph_quote_has_one_group_and_speaker():
    """The engine gives the chained pieces one group and the speaker of the attribution."""
    text = (
        "“We will keep the system, and nobody will change that,” Kalin said. “We are clear.\n\n"
        "“And we will say it again in Brussels.”\n"
    )
    quotes = extract(text).quotes
    assert [q.speaker for q in quotes] == ["Kalin"] * 3
    assert quotes[1].group == quotes[2].group


def test_an_opening_mark_typed_after_the_last_word_closes_the_quotation():
    """“rapists“ and “the Mexicans —.“ close with the wrong curly mark."""
    text = (
        "He called them “criminals“ and “rapists“ in June. He said: “We will win —.“ Then he left."
    )
    found = [text[r.start : r.end] for r in scan_quotes(text)]
    assert found == ["criminals", "rapists", "We will win —."]


def test_a_straight_mark_after_an_amount_closes_the_quote_but_one_after_inches_does_not():
    """ "accepted "about $200,000" from" ends a quote; a 6'2" forward is a measure."""
    assert _quoted('He accepted "about $200,000" from Wall Street firms.') == ["about $200,000"]
    assert _quoted('The 6\'2" forward said "we will win" today.') == ["we will win"]
    assert _quoted('She ordered a 12" pizza and said "thanks" twice.') == ["thanks"]


def test_an_invisible_direction_mark_before_a_closer_typed_as_opener_is_a_space():
    """ "\u202a”Sorry Sarah, ...!” posted X." - web text often carries such marks."""
    assert _quoted("Replies.\n\n\u202a”Sorry Sarah, you should have said it!” posted Ann.") == [
        "Sorry Sarah, you should have said it!"
    ]
