"""A crawler's worst: each bad input imports correctly or fails with one clear line.

Nothing is ever half-written, and the rest of the batch goes on.
"""

import io
import json
import os

import pytest
from django.core.management import CommandError, call_command

from quotes.models import Quote, Source

pytestmark = pytest.mark.django_db

ARTICLE = "Talks end in Moscow\n\n“We will continue,” Putin said. “There is more to do.”\n"


def write(path, data):
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def jsonl(*records):
    return "\n".join(r if isinstance(r, str) else json.dumps(r) for r in records) + "\n"


# name -> (file name, content, expected: "ok" or a fragment of the error line)
CASES = {
    "empty file": ("a.txt", b"", "empty file"),
    "whitespace only": ("a.txt", b" \n\t\n  ", "empty file"),
    "binary data": ("a.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data"),
    "NUL bytes inside text": ("a.txt", b"Headline\n\nHe said \x00 this.", "binary data"),
    "UTF-16 with a BOM": ("a.txt", ARTICLE.encode("utf-16"), "ok"),
    "Windows-1252 curly quotes": (
        "a.txt",
        "Headline\n\n\u201cNo,\u201d he said.".encode("cp1252"),
        "not UTF-8",
    ),
    "mixed line endings": (
        "a.txt",
        b"Headline\r\n\r\n\xe2\x80\x9cYes,\xe2\x80\x9d he said.\r\rEnd.\n",
        "ok",
    ),
    "over the size limit": ("a.txt", b"Headline\n\n" + b"word " * 30000, "over the limit"),
    "a single 1 MB line": ("a.txt", b"Headline " + b"and so on " * 100000, "ok"),
    "unbalanced quotation marks": (
        "a.txt",
        "Headline\n\n“Open and never closed, he said.\n\n“Again".encode(),
        "ok",
    ),
    "thousands of quotation marks": (
        "a.txt",
        ("Headline\n\n" + "“" * 5000 + "”" * 5000).encode(),
        "ok",
    ),
    "deeply nested quotes": (
        "a.txt",
        ("Headline\n\n" + "“‘" * 200 + "x" + "’”" * 200 + " he said.").encode(),
        "ok",
    ),
    "HTML markup": (
        "a.txt",
        b"<html><body><p>&ldquo;Yes,&rdquo; he said.</p><script>x</script></body></html>",
        "ok",
    ),
    "right-to-left text": (
        "a.txt",
        "عنوان\n\n«نحن مستعدون»، قال الوزير.\n\nשלום “כן” אמר.".encode(),
        "ok",
    ),
    "emoji and combining characters": (
        "a.txt",
        "Cafe\u0301 👍🏽\n\n“Vamos 🇹🇷 already,” Erdog\u0306an said.".encode(),
        "ok",
    ),
    "JSON line that does not parse": ("a.jsonl", jsonl("{broken"), "invalid JSON"),
    "JSON line without text": ("a.jsonl", jsonl({"title": "x"}), '"text" is missing'),
    "JSON line with text of the wrong type": ("a.jsonl", jsonl({"text": 42}), '"text" is missing'),
    "JSON line with a title of the wrong type": (
        "a.jsonl",
        jsonl({"text": ARTICLE, "title": 5}),
        '"title" must be a string',
    ),
    "JSON line that is not an object": ("a.jsonl", jsonl("[1, 2]"), "must be a JSON object"),
    "JSON line with a bad date": (
        "a.jsonl",
        jsonl({"text": ARTICLE, "published_on": "soon"}),
        "not a date",
    ),
    "JSON line with extra fields": (
        "a.jsonl",
        jsonl({"text": ARTICLE, "tags": ["x"], "n": 1}),
        "ok",
    ),
    "a headline and nothing else": ("a.txt", b"Only a headline", "ok"),
}


def run(*paths, max_bytes=100_000):
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command(
            "import_sources",
            *map(str, paths),
            "--no-progress",
            "--max-bytes",
            str(max_bytes),
            stdout=out,
            stderr=err,
        )
        failed = False
    except CommandError:
        failed = True
    return out.getvalue(), err.getvalue(), failed


def assert_consistent():
    """Every stored quote gives back its own text from its source: nothing is half-written."""
    for quote in Quote.objects.select_related("source"):
        assert quote.source.body[quote.start : quote.end] == quote.text


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_bad_input_is_imported_correctly_or_refused_in_one_line(tmp_path, name):
    """It succeeds with consistent offsets, or one stderr line names the file and the problem."""
    filename, content, expected = CASES[name]
    path = write(tmp_path / filename, content)
    max_bytes = 2_000_000 if name == "a single 1 MB line" else 100_000
    _, err, failed = run(path, max_bytes=max_bytes)
    assert "Traceback" not in err
    if expected == "ok":
        assert not failed, err
        assert Source.objects.count() == 1
    else:
        assert failed
        lines = err.strip().splitlines()
        assert len(lines) == 1 and str(path) in lines[0] and expected in lines[0], lines
        assert Source.objects.count() == 0
    assert_consistent()


def test_offsets_count_code_points_not_bytes_with_emoji_and_combining_marks(tmp_path):
    """A quote after emoji and combining accents still slices out of the body exactly."""
    path = write(tmp_path / "a.txt", CASES["emoji and combining characters"][1])
    run(path)
    quote = Quote.objects.get()
    assert quote.text.startswith("Vamos 🇹🇷")
    assert Source.objects.get().body[quote.start : quote.end] == quote.text


def test_a_folder_with_a_link_loop_and_a_dangling_link_imports_the_good_files(tmp_path):
    """A symlink loop and a dangling link are each one error line; the real article is imported."""
    folder = tmp_path / "crawl"
    (folder / "sub").mkdir(parents=True)
    write(folder / "sub" / "good.txt", ARTICLE)
    os.symlink(folder, folder / "sub" / "loop")
    os.symlink(folder / "missing.txt", folder / "gone.txt")
    out, err, failed = run(folder)
    assert failed
    assert "gone.txt: cannot read" in err
    assert "link loop" in err
    assert Source.objects.count() == 1
    assert "1 new, 0 unchanged, 2 failed" in out


def test_a_broken_line_costs_only_that_line(tmp_path):
    """Lines around a broken JSON line are imported."""
    path = write(
        tmp_path / "a.jsonl", jsonl({"text": ARTICLE}, "{oops", {"text": ARTICLE + "More.\n"})
    )
    _, err, failed = run(path)
    assert failed and f"{path}:2:" in err
    assert Source.objects.count() == 2


def test_an_article_over_the_extraction_budget_is_one_error_line_and_the_batch_goes_on(
    tmp_path, settings
):
    """A hostile article that outruns EXTRACTION_SECONDS fails alone, named on one line.

    The budget counts the importing thread's CPU time, so a loaded machine does not
    push the ordinary articles over it; the hostile one needs many times the budget.
    """
    settings.EXTRACTION_SECONDS = 0.05
    folder = tmp_path / "crawl"
    folder.mkdir()
    write(folder / "a.txt", ARTICLE)
    storm = write(folder / "b-storm.txt", "Storm\n\n" + '"a b c" ' * 20_000)
    write(folder / "c.txt", ARTICLE + "More.\n")
    out, err, failed = run(folder, max_bytes=1_000_000)
    assert failed
    lines = err.strip().splitlines()
    assert len(lines) == 1, lines
    assert f"{storm}: ExtractionTimeout" in lines[0], lines
    assert "2 new, 0 unchanged, 1 failed" in out
    assert sorted(Source.objects.values_list("origin", flat=True)) == [
        str(folder / "a.txt"),
        str(folder / "c.txt"),
    ]
    assert_consistent()
