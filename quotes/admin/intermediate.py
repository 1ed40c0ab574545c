"""The confirmation page some actions show before they write (pick a target, a speaker...).

The page posts back to the same action with `apply=yes`; the action then validates
its form and calls the service. This is Django's own delete-confirmation pattern.
"""

from django.contrib import admin
from django.template.response import TemplateResponse

APPLY = "apply"


def submitted(request) -> bool:
    """True on the confirmation page's own POST, false when the action is first chosen."""
    return request.POST.get(APPLY) == "yes"


def confirmation_page(
    modeladmin, request, queryset, *, form, action: str, title: str, intro: str, submit: str
):
    """Render the form with the selected objects, ready to post back to `action`."""
    opts = modeladmin.model._meta
    context = {
        **modeladmin.admin_site.each_context(request),
        "title": title,
        "intro": intro,
        "submit_label": submit,
        "form": form,
        "queryset": queryset,
        "action": action,
        "apply": APPLY,
        "opts": opts,
        "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
        "media": modeladmin.media + form.media,
    }
    return TemplateResponse(request, "admin/quotes/action_confirmation.html", context)
