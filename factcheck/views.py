"""Error pages: JSON under /api/, Django's usual pages elsewhere."""

from django.http import JsonResponse
from django.views import defaults


def not_found(request, exception=None):
    """A URL no route knows: the API's JSON error shape for API paths."""
    if request.path.startswith("/api/"):
        error = {"status": 404, "code": "not_found", "message": "No such endpoint.", "fields": {}}
        return JsonResponse({"error": error}, status=404)
    return defaults.page_not_found(request, exception)


def server_error(request):
    """An unhandled exception: the API's JSON error shape for API paths, never a traceback."""
    if request.path.startswith("/api/"):
        error = {
            "status": 500,
            "code": "server_error",
            "message": "A server error occurred.",
            "fields": {},
        }
        return JsonResponse({"error": error}, status=500)
    return defaults.server_error(request)
