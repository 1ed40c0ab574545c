"""Request body parsers: DRF's, hardened against bodies that crash rather than fail to parse."""

import io

from rest_framework import parsers
from rest_framework.exceptions import ParseError


class JSONParser(parsers.JSONParser):
    """DRF's JSON parser, with a too deeply nested document a 400 rather than a 500.

    Python's json raises RecursionError, not ValueError, on `[[[[...` a few
    thousand levels deep, and DRF only turns ValueError into a parse error.
    """

    def parse(self, stream, media_type=None, parser_context=None):
        try:
            return super().parse(stream, media_type, parser_context)
        except RecursionError:
            raise ParseError("JSON parse error - the document is nested too deeply.") from None


class MultiPartParser(parsers.MultiPartParser):
    """DRF's multipart parser, refusing a body that is not multipart at all.

    Django's parser reads anything (`garbage`, or `[]` between two delimiters) as an
    empty form, so a PATCH whose fields are all optional answered 200 to it. A body
    must end with the closing delimiter, and every part must have a header block.
    """

    def parse(self, stream, media_type=None, parser_context=None):
        raw = stream.read() if stream is not None else b""
        boundary = (media_type or "").partition("boundary=")[2].split(";")[0].strip().strip('"')
        segments = raw.split(b"--" + boundary.encode("latin-1"))
        well_formed = (
            boundary
            and len(segments) >= 2
            and segments[-1].startswith(b"--")
            and all(b"\r\n\r\n" in part for part in segments[1:-1])
        )
        if not well_formed:
            raise ParseError("Multipart form parse error - the body is not multipart/form-data.")
        return super().parse(io.BytesIO(raw), media_type, parser_context)


# Every view accepts the same bodies as DRF's defaults, through the hardened JSON parser.
PARSER_CLASSES = [JSONParser, parsers.FormParser, MultiPartParser]
