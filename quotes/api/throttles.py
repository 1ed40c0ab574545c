"""Rate limits: anonymous clients by address, signed-in users by account."""

from rest_framework.throttling import UserRateThrottle


class SignedInRateThrottle(UserRateThrottle):
    """The `user` rate, for signed-in users only.

    DRF's UserRateThrottle also counts anonymous clients, by address, beside
    AnonRateThrottle: two counters, two cache reads and two writes for every
    anonymous request, the second one never the binding limit as long as
    `anon` is the lower rate. Anonymous clients are AnonRateThrottle's alone.
    """

    def get_cache_key(self, request, view):
        if request.user and request.user.is_authenticated:
            return super().get_cache_key(request, view)
        return None
