"""The review queue's name in the admin: a proxy of ClaimQuote, with no table or permissions."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("quotes", "0013_slug_redirects"),
    ]

    operations = [
        migrations.CreateModel(
            name="SuggestedLink",
            fields=[],
            options={
                "verbose_name": "suggested link",
                "proxy": True,
                "default_permissions": (),
                "indexes": [],
                "constraints": [],
            },
            bases=("quotes.claimquote",),
        ),
    ]
