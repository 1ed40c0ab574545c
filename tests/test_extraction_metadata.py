"""Source metadata and boilerplate: credits, © years, stated dates, platform prompts."""

from datetime import date

from quotes.extraction import extract, infer_metadata
from quotes.extraction.text.boilerplate import is_boilerplate_line


def test_the_title_is_the_first_line_that_is_not_boilerplate():
    """An app prompt above the headline is skipped."""
    text = "Join our new Telegram channel for news!\n\nTurkey keeps its missiles\n\nBody."
    assert infer_metadata(text).title == "Turkey keeps its missiles"


def test_the_publisher_comes_from_a_wire_credit():
    """“(Bloomberg) --” names Bloomberg; the © line gives the year."""
    text = "Headline\n\n(Bloomberg) -- Turkey said it will go ahead.\n\n©2019 Bloomberg L.P."
    metadata = infer_metadata(text)
    assert metadata.publisher == "Bloomberg"
    assert metadata.year == 2019
    assert metadata.published_on is None


def test_the_publisher_comes_from_a_reprint_note():
    """“originally published by X” names X."""
    text = (
        "Headline\n\nThis article was originally published by Radio Free Europe/Radio "
        "Liberty and is reprinted with permission.\n\nBody."
    )
    assert infer_metadata(text).publisher == "Radio Free Europe/Radio Liberty"


def test_a_generic_source_line_names_no_publisher():
    """“Source: News Agencies” is not an outlet."""
    assert infer_metadata("Headline\n\nBody text.\n\nSource: News Agencies").publisher == ""


def test_a_stated_publication_date_is_read():
    """“Published: March 25, 2021” gives published_on; a caption date does not."""
    text = "Headline\n\nPublished: March 25, 2021\n\nA parade in Moscow, May 9, 2015. Body."
    assert infer_metadata(text).published_on == date(2021, 3, 25)
    assert infer_metadata("Headline\n\nA parade in Moscow, May 9, 2015.").published_on is None


def test_platform_prompts_are_boilerplate():
    """App prompts, installs, Telegram pitches and © lines are boilerplate; prose is not."""
    for line in [
        "Add BloombergQuint App to Home screen.",
        "BQ Install",
        "Join our brand new verified AMN Telegram channel and get important news uncensored!",
        "©2021 Bloomberg L.P.",
    ]:
        assert is_boilerplate_line(line), line
    assert not is_boilerplate_line("He said the app would be installed next year.")


def test_boilerplate_never_yields_quotes():
    """A quoted prompt in a boilerplate line is not a quotation."""
    text = "Headline\n\n“We are ready,” Erdogan said.\n\nJoin our “Breaking” Telegram channel now"
    result = extract(text)
    assert [q.text for q in result.quotes] == ["We are ready,"]
    assert result.boilerplate[0].text.startswith("Join our")
