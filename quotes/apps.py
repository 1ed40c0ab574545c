from django.apps import AppConfig


class QuotesConfig(AppConfig):
    """Sources, quotes, speakers and claims."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "quotes"
