"""`manage.py import_sources`: files, folders, JSON Lines and stdin.

It is idempotent, and every bad input gets one error line.
"""

import io
import json

import pytest
from django.core.management import CommandError, call_command

from quotes.models import Quote, Source


def run(*args, stdin=None):
    out, err = io.StringIO(), io.StringIO()
    error = None
    try:
        call_command("import_sources", *map(str, args), "--no-progress", stdout=out, stderr=err)
    except CommandError as exc:
        error = exc
    return out.getvalue(), err.getvalue(), error


@pytest.mark.django_db
def test_it_imports_every_seed_article_once(seeds_dir):
    """The five seed files become five sources with their quotes, and the summary says so."""
    out, err, error = run(seeds_dir)
    assert error is None, err
    assert Source.objects.count() == 5
    assert Quote.objects.exists()
    assert out.startswith("Sources: 5 new, 0 unchanged, 0 failed;")


@pytest.mark.django_db
def test_a_second_run_adds_and_changes_nothing(seeds_dir):
    """Re-importing the same files is a no-op, reported as unchanged."""
    run(seeds_dir)
    before = list(Quote.objects.order_by("pk").values_list("pk", "text", "speaker_id"))
    out, _, error = run(seeds_dir)
    assert error is None
    assert "0 new, 5 unchanged, 0 failed" in out
    assert list(Quote.objects.order_by("pk").values_list("pk", "text", "speaker_id")) == before


@pytest.mark.django_db
def test_the_title_is_the_first_line_that_is_not_boilerplate(seeds_dir):
    """A Telegram prompt above the headline is not the title."""
    run(seeds_dir / "001_c833cd6cb0a36849.txt")
    source = Source.objects.get()
    assert source.title == "Turkey says not giving up on Russian missile deal despite US pressure"
    assert source.origin.endswith("001_c833cd6cb0a36849.txt")
    assert source.body == (seeds_dir / "001_c833cd6cb0a36849.txt").read_text()


@pytest.mark.django_db
def test_bad_files_are_reported_one_line_each_and_the_rest_is_imported(tmp_path, seeds_dir):
    """Empty, binary and non-UTF-8 files each get a line naming the file; good files still land."""
    (tmp_path / "empty.txt").write_text("  \n")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (tmp_path / "latin.txt").write_bytes("Erdogan said “yes”".encode("cp1252"))
    (tmp_path / "good.txt").write_text((seeds_dir / "003_d1be743f8b59899e.txt").read_text())
    out, err, error = run(tmp_path)
    assert error is not None
    lines = err.strip().splitlines()
    assert len(lines) == 3
    assert any("binary.txt" in line and "binary data" in line for line in lines)
    assert any("empty.txt" in line and "empty file" in line for line in lines)
    assert any("latin.txt" in line and "not UTF-8" in line for line in lines)
    assert "1 new, 0 unchanged, 3 failed" in out
    assert Source.objects.count() == 1


def test_every_option_of_the_command_says_what_it_does():
    """`import_sources --help` documents --max-bytes and its default, like every other option."""
    from quotes.management.commands.import_sources import Command

    help_text = Command().create_parser("manage.py", "import_sources").format_help()
    for option in ("--reextract", "--max-bytes", "--no-progress"):
        line = help_text[help_text.index(option) :].split("\n\n")[0]
        assert len(line.split()) > 3, line
    assert "Refuse, by name, any file or JSON line longer" in " ".join(help_text.split())


@pytest.mark.django_db
def test_a_file_over_the_size_limit_is_refused_by_name(tmp_path):
    """--max-bytes caps what one file may hold."""
    big = tmp_path / "big.txt"
    big.write_text("Headline\n\n" + "word " * 100)
    _, err, error = run(big, "--max-bytes", 100)
    assert error is not None
    assert "big.txt" in err and "over the limit of 100" in err
    assert not Source.objects.exists()


@pytest.mark.django_db
def test_json_lines_are_imported_with_their_metadata_and_broken_lines_are_named(tmp_path):
    """Each JSON line is a source; a broken line is reported with its line number."""
    good = {
        "text": "Talks end\n\n“We will continue,” Putin said.",
        "title": "Talks end",
        "url": "https://example.org/talks",
        "publisher": "Example Wire",
        "published_on": "2019-04-08",
        "extra": "ignored",
    }
    path = tmp_path / "batch.jsonl"
    path.write_text(json.dumps(good) + "\n{not json\n" + json.dumps({"title": "no text"}) + "\n")
    _, err, error = run(path)
    assert error is not None
    assert f"{path}:2: invalid JSON" in err
    assert f"{path}:3:" in err and '"text" is missing' in err
    source = Source.objects.get()
    assert (source.publisher, source.url, str(source.published_on)) == (
        "Example Wire",
        "https://example.org/talks",
        "2019-04-08",
    )


@pytest.mark.django_db
def test_it_reads_an_article_from_standard_input(monkeypatch, seeds_dir):
    """`-` reads one article (or JSON Lines) from stdin."""
    data = (seeds_dir / "002_f80989c2feba7a24.txt").read_bytes()
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))
    _, _, error = run("-")
    assert error is None
    assert Source.objects.get().origin == "<stdin>"


@pytest.mark.django_db
def test_it_refuses_to_run_with_nothing_to_do():
    """No path and no --reextract is a usage error."""
    _, _, error = run()
    assert error is not None and "give at least one path" in str(error)


@pytest.mark.django_db
def test_reextract_with_an_unchanged_engine_changes_nothing(seeds_dir):
    """Re-running extraction on stored sources is a no-op when the engine gives the same output."""
    from tests.claims_snapshot import claims_snapshot

    run(seeds_dir)
    before = (
        list(Quote.objects.order_by("pk").values_list("pk", "text", "speaker_id")),
        claims_snapshot(),
    )
    out, _, error = run("--reextract")
    assert error is None
    assert "Re-extracted 5 sources; 0 quotes changed." in out
    after = (
        list(Quote.objects.order_by("pk").values_list("pk", "text", "speaker_id")),
        claims_snapshot(),
    )
    assert after == before


@pytest.mark.django_db
def test_reextract_restores_what_the_engine_finds_and_the_claims_it_makes(seeds_dir):
    """A quote missing from storage (as after an engine upgrade) comes back with its claim links."""
    from tests.claims_snapshot import claims_snapshot

    run(seeds_dir)
    # A quote matched again is weighed by the statistics of all five articles,
    # not by those it met when first imported: its score may move in the third
    # decimal, while the groups, relations, methods and statuses must not.
    claims = claims_snapshot(score_digits=1)
    quote = Quote.objects.get(text__startswith="steps we’ve taken and will take in Syria")
    quote.delete()
    assert claims_snapshot(score_digits=1) != claims
    out, _, error = run("--reextract")
    assert error is None
    assert "1 quotes changed" in out
    assert Quote.objects.filter(
        text__startswith="steps we’ve taken and will take in Syria"
    ).exists()
    assert claims_snapshot(score_digits=1) == claims
