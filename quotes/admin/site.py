"""The admin index in the order editors work: the review queue, claims and quotes first.

Django sorts apps and models alphabetically, which put "Auth Token" at the head of
the index and the review queue among the rest. The site is Django's default one
(settings install plain "django.contrib.admin"), so the order is given to it here,
for the index and the sidebar alike, instead of through a custom AdminSite class.
"""

from types import MethodType

from django.contrib import admin
from django.contrib.admin import AdminSite

EDITORS_APP = "quotes"
EDITORS_MODELS = ("SuggestedLink", "Claim", "Quote")  # then the others, alphabetically
LAST_APPS = ("authtoken",)  # API tokens: set up once, rarely visited


def editors_first(app_list: list[dict]) -> list[dict]:
    """The quotes app first, with the queue, claims and quotes at its head; tokens last."""

    def app_rank(app):
        if app["app_label"] == EDITORS_APP:
            return 0
        return 2 if app["app_label"] in LAST_APPS else 1

    def model_rank(model):
        name = model["object_name"]
        return EDITORS_MODELS.index(name) if name in EDITORS_MODELS else len(EDITORS_MODELS)

    app_list = sorted(app_list, key=app_rank)  # stable: ties keep Django's order
    for app in app_list:
        if app["app_label"] == EDITORS_APP:
            app["models"] = sorted(app["models"], key=model_rank)
    return app_list


def _get_app_list(site, request, app_label=None):
    return editors_first(AdminSite.get_app_list(site, request, app_label))


admin.site.get_app_list = MethodType(_get_app_list, admin.site)
