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


def ask(modeladmin, request, queryset, form_class, **page):
    """The action's form, bound once the curator confirmed; else the page that asks for it.

    Returns (cleaned data, None) when the form is valid, or (None, the
    confirmation page) when the action must first ask. `page` takes the
    keyword arguments of `confirmation_page`.
    """
    form = form_class(request.POST if submitted(request) else None)
    if form.is_valid():
        return form.cleaned_data, None
    return None, confirmation_page(modeladmin, request, queryset, form=form, **page)
