"""Request body parsers: DRF's, hardened against bodies that crash rather than fail to parse."""

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


# Every view accepts the same bodies as DRF's defaults, through the hardened JSON parser.
PARSER_CLASSES = [JSONParser, parsers.FormParser, parsers.MultiPartParser]
