"""Turning paths into documents, or into one-line errors that name the file and line.

A crawler's output holds anything: empty files, binaries, other encodings,
broken JSON. Each problem becomes a `ReadError` and the batch goes on.
"""

import json
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

TEXT_SUFFIXES = {".txt", ".text", ".md"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
_STR_FIELDS = ("title", "url", "publisher", "language", "origin")


@dataclass(frozen=True)
class Document:
    """One article ready for `import_source`."""

    body: str
    origin: str
    title: str = ""
    url: str = ""
    publisher: str = ""
    published_on: date | None = None
    language: str = "en"


@dataclass(frozen=True)
class ReadError:
    """Why one file, or one line of a file, could not be read."""

    origin: str
    message: str
    line: int | None = None

    def __str__(self):
        where = f"{self.origin}:{self.line}" if self.line else self.origin
        return f"{where}: {self.message}"


def decode(data: bytes) -> str:
    """Decode UTF-8 (a BOM allowed) or BOM-marked UTF-16; refuse anything else.

    Guessing an 8-bit encoding would silently corrupt names and quotation marks,
    so text that is not UTF-8 is an error the user must fix at the source.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise ValueError("broken UTF-16 text") from None
    elif b"\x00" in data:
        raise ValueError("binary data (contains NUL bytes)")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ValueError(
                f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start})"
            ) from None
    if "\x00" in text:
        raise ValueError("binary data (contains NUL bytes)")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_documents(paths, *, max_bytes: int, stdin=None) -> Iterator[Document | ReadError]:
    """Yield a document or an error for every file, folder entry and JSON line."""
    for raw in paths:
        if raw == "-":
            yield from _read_stream(
                (stdin or sys.stdin.buffer).read(), "<stdin>", max_bytes, jsonl=None
            )
            continue
        path = Path(raw)
        if path.is_dir():
            yield from _read_folder(path, max_bytes)
        else:
            yield from _read_file(path, max_bytes)


def _read_folder(folder: Path, max_bytes: int) -> Iterator[Document | ReadError]:
    """Walk a folder in name order, following links but never the same folder twice."""
    seen = set()
    for root, dirs, files in os.walk(folder, followlinks=True):
        real = os.path.realpath(root)
        if real in seen:
            dirs[:] = []
            yield ReadError(root, "skipped: folder link loop")
            continue
        seen.add(real)
        dirs.sort()
        for name in sorted(files):
            path = Path(root, name)
            if path.suffix.lower() in TEXT_SUFFIXES | JSONL_SUFFIXES:
                yield from _read_file(path, max_bytes)


def _read_file(path: Path, max_bytes: int) -> Iterator[Document | ReadError]:
    origin = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            yield ReadError(
                origin, f"file is {size} bytes, over the limit of {max_bytes} (IMPORT_MAX_BYTES)"
            )
            return
        data = path.read_bytes()
    except OSError as exc:
        yield ReadError(origin, f"cannot read: {exc.strerror or exc}")
        return
    yield from _read_stream(data, origin, max_bytes, jsonl=path.suffix.lower() in JSONL_SUFFIXES)


def _read_stream(data: bytes, origin: str, max_bytes: int, *, jsonl: bool | None):
    if len(data) > max_bytes:
        yield ReadError(
            origin, f"input is {len(data)} bytes, over the limit of {max_bytes} (IMPORT_MAX_BYTES)"
        )
        return
    try:
        text = decode(data)
    except ValueError as exc:
        yield ReadError(origin, str(exc))
        return
    if not text.strip():
        yield ReadError(origin, "empty file")
        return
    if jsonl is None:
        jsonl = text.lstrip().startswith("{")
    if jsonl:
        yield from _read_jsonl(text, origin)
    else:
        yield Document(body=text, origin=origin)


def _read_jsonl(text: str, origin: str) -> Iterator[Document | ReadError]:
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            yield _document_from_json(json.loads(line), origin)
        except json.JSONDecodeError as exc:
            yield ReadError(origin, f"invalid JSON: {exc.msg} (column {exc.colno})", line=number)
        except ValueError as exc:
            yield ReadError(origin, str(exc), line=number)


def _document_from_json(record, origin: str) -> Document:
    """Validate one JSON Lines record; unknown fields are ignored on purpose."""
    if not isinstance(record, dict):
        raise ValueError("each line must be a JSON object")
    body = record.get("text")
    if not isinstance(body, str) or not body.strip():
        raise ValueError('"text" is missing or not a non-empty string')
    if "\x00" in body:
        raise ValueError('"text" contains NUL bytes')
    fields = {}
    for name in _STR_FIELDS:
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            raise ValueError(f'"{name}" must be a string')
        fields[name] = value or ""
    return Document(
        body=body.replace("\r\n", "\n").replace("\r", "\n"),
        origin=fields["origin"] or (f"{origin}#{record['id']}" if "id" in record else origin),
        title=fields["title"],
        url=fields["url"],
        publisher=fields["publisher"],
        published_on=_date(record.get("published_on")),
        language=fields["language"] or "en",
    )


def _date(value) -> date | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise ValueError('"published_on" must be a date string like 2019-04-08')
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        raise ValueError(f'"published_on" is not a date: {value[:40]!r}') from None
