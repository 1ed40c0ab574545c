"""One JSON shape for every error, so clients parse failures the same way.

    {"error": {"status": 400, "code": "invalid", "message": "...", "fields": {"kind": ["..."]}}}

`fields` names each bad parameter or body field of a validation error, and is
empty ({}) on every other error, so a client can always read it. Errors that
Django raises below DRF are mapped too, so bad input is a 400 and never a 500:
a service's ValidationError, a request with too many parameters
(SuspiciousOperation), and a value the database refuses (DataError).
"""

from django.core.exceptions import SuspiciousOperation
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import DataError
from django.http import Http404
from rest_framework import exceptions
from rest_framework.renderers import JSONRenderer
from rest_framework.views import exception_handler as drf_exception_handler

from quotes.api.renderers import CSVRenderer, JSONLDRenderer
from quotes.services.conflicts import AlreadyExists

# Data formats a client may ask for; an error is never one of them, but the plain JSON error.
_DATA_RENDERERS = (CSVRenderer, JSONLDRenderer)


class Conflict(exceptions.APIException):
    status_code = 409
    default_code = "conflict"
    default_detail = "This already exists."


class ServiceUnavailable(exceptions.APIException):
    """A service we depend on (the job broker) cannot be reached; trying later can succeed."""

    status_code = 503
    default_code = "unavailable"
    default_detail = "A service this request needs is unavailable; try again later."


class Moved(exceptions.APIException):
    """The row was merged into another: 301 (308 for writes) to the survivor's address."""

    status_code = 301
    default_code = "moved"

    def __init__(self, location: str, *, keep_method: bool = False):
        super().__init__(f"This was merged into another; it is now at {location}")
        self.location = location
        if keep_method:
            self.status_code = 308


def _as_api_exception(exc):
    if isinstance(exc, AlreadyExists):
        return Conflict(str(exc))
    if isinstance(exc, DjangoValidationError):
        detail = (
            exc.message_dict if hasattr(exc, "error_dict") else {"non_field_errors": exc.messages}
        )
        return exceptions.ValidationError(detail)
    if isinstance(exc, Http404):
        return exceptions.NotFound()
    if isinstance(exc, SuspiciousOperation):
        return exceptions.ParseError("The request is malformed or too large.")
    if isinstance(exc, DataError):
        return exceptions.ParseError("A value is out of range or not valid for its field.")
    return exc


def _validation_message(fields: dict) -> str:
    """What went wrong in words: an error about the whole input is its own message
    ("Unable to log in with provided credentials."), field errors name their fields."""
    named = [name for name in fields if name != "non_field_errors"]
    general = fields.get("non_field_errors") or []
    if general and not named:
        return " ".join(str(message) for message in general)
    return f"Invalid input: {', '.join(named or fields)}."


def exception_handler(exc, context):
    """DRF's handler, reshaped; errors are plain JSON even when CSV or JSON-LD was asked for."""
    exc = _as_api_exception(exc)
    response = drf_exception_handler(exc, context)
    if response is None:
        return None
    error = {"status": response.status_code, "code": getattr(exc, "default_code", "error")}
    if isinstance(exc, exceptions.ValidationError):
        fields = exc.detail if isinstance(exc.detail, dict) else {"non_field_errors": exc.detail}
        error["message"] = _validation_message(fields)
        error["fields"] = fields
    else:
        error["message"] = str(exc.detail) if isinstance(exc, exceptions.APIException) else str(exc)
        error["fields"] = {}
    response.data = {"error": error}
    if isinstance(exc, Moved):
        response["Location"] = exc.location
    request = context.get("request")
    # No renderer yet means content negotiation failed (an unknown `?format=`): DRF would
    # fall back to the view's first renderer, which may be CSV or JSON-LD.
    renderer = getattr(request, "accepted_renderer", None)
    if request is not None and (renderer is None or isinstance(renderer, _DATA_RENDERERS)):
        request.accepted_renderer, request.accepted_media_type = JSONRenderer(), "application/json"
    return response
