"""Screens and inlines that show rows the services write: nobody adds, edits or deletes them here.

An alias, an import job or a quote listed under its source each has its own write path (a
split, a worker, a re-import); a form here would be a second one that bypasses it.
"""


class ViewOnlyInline:
    """An inline that lists rows without forms to add or change them."""

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class ViewOnlyAdmin(ViewOnlyInline):
    """A model screen that can be browsed and searched but never edited by hand."""

    def has_delete_permission(self, request, obj=None):
        return False
