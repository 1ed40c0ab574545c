"""Writes refused because what they would create already exists."""


class AlreadyExists(Exception):
    """A second row for something that has one; `existing` is the row to use instead.

    The API answers 409 with the existing row's address, so a client that posts
    the same claim twice, or ten clients that post it at once, end with one claim.
    """

    def __init__(self, message: str, *, existing):
        super().__init__(message)
        self.existing = existing
