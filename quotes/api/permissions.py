"""Who may write: the admin's rule, so the `curators` group means the same in both.

Reads are public. A write needs a staff account (token, or session with CSRF)
and the Django model permission the admin would ask for: `add_claim` to create
a claim, `change_quote` to correct a quote. Actions that are not a plain add or
change name their own permissions (`quotes.merge_speaker`, declared in the
models' Meta.permissions and granted to curators by a migration).
"""

from rest_framework.permissions import SAFE_METHODS, BasePermission, DjangoModelPermissions


def _is_staff(user) -> bool:
    return bool(user and user.is_authenticated and user.is_staff)


class StaffWithModelPermissions(DjangoModelPermissions):
    """Reads for anyone; a write needs staff and add/change/delete on the view's model."""

    authenticated_users_only = False

    def has_permission(self, request, view):
        if request.method in SAFE_METHODS:
            return True
        if not _is_staff(request.user):
            return False
        if not hasattr(view, request.method.lower()):
            return True  # a method the view lacks: let it answer 405, not 403
        return super().has_permission(request, view)


class QuotePermissions(StaffWithModelPermissions):
    """Correcting a quote needs `change_quote`; setting `verified` also needs `verify_quote`.

    The body is read only after the model permission holds, so parsing the body of a
    refused request never turns its 403 into a 400.
    """

    def has_permission(self, request, view):
        if not super().has_permission(request, view):
            return False
        if request.method != "PATCH":
            return True
        sets_verified = isinstance(request.data, dict) and "verified" in request.data
        return not sets_verified or request.user.has_perm("quotes.verify_quote")


def staff_with(*perms: str) -> type[BasePermission]:
    """A permission class for one action: reads for anyone, writes need staff and `perms`."""

    class StaffWith(BasePermission):
        def has_permission(self, request, view):
            if request.method in SAFE_METHODS:
                return True
            return _is_staff(request.user) and request.user.has_perms(perms)

    StaffWith.__name__ = StaffWith.__qualname__ = f"StaffWith({', '.join(perms)})"
    return StaffWith
