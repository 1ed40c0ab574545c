"""Throttling of login attempts on the HTML login forms (admin and browsable API).

DRF throttles its own token endpoint; these two forms are plain Django views,
so a small counter per client address in the cache limits password guessing.
The cache is shared by every worker (see CACHES in factcheck/settings.py).
"""

import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from rest_framework.throttling import BaseThrottle

# The clock the counter reads; tests move it across a minute boundary.
clock = time.time

_PERIODS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_rate(rate: str) -> tuple[int, int]:
    """'10/minute' -> (10, 60), the same notation as DRF's throttle rates."""
    count, period = rate.split("/")
    return int(count), _PERIODS[period[0]]


class LoginThrottleMiddleware:
    """Answer 429 to a client that posts to a login form too often."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.paths = (f"/{settings.ADMIN_PATH}login/", "/api-auth/login/")

    def __call__(self, request):
        if request.method == "POST" and request.path in self.paths and self._exceeded(request):
            response = HttpResponse("Too many login attempts; try again later.\n", status=429)
            response["Content-Type"] = "text/plain; charset=utf-8"
            return response
        return self.get_response(request)

    def _exceeded(self, request) -> bool:
        """Count attempts in a sliding window, as DRF's throttles do.

        A fixed window aligned to the clock would let a client spend the limit
        twice across a boundary (and reset a run of attempts half-way).
        """
        limit, period = parse_rate(settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"]["login"])
        # The client address as DRF's throttles see it, trusting TRUSTED_PROXIES proxies only.
        key = f"login-throttle:{BaseThrottle().get_ident(request)}"
        now = clock()
        recent = [t for t in cache.get(key, []) if t > now - period]
        if len(recent) >= limit:
            return True
        cache.set(key, [*recent, now], period)
        return False
