"""Permissions for the API's actions that are not a plain add or change, given to curators.

Merging speakers or claims and verifying a quote each get a permission of their
own, so the API asks the same of a user as the admin does and the `curators`
group (0005) grants them. As in 0005, permissions are created here first,
because Django only creates them after all migrations have run.
"""

import django.db.models.functions.text
from django.contrib.auth.management import create_permissions
from django.db import migrations

CODENAMES = ["merge_speaker", "merge_claim", "verify_quote"]


def forwards(apps, schema_editor):
    config = apps.get_app_config("quotes")
    config.models_module = True  # the migration state's stub lacks it; create_permissions checks it
    create_permissions(config, verbosity=0, apps=apps)
    config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name="curators")
    group.permissions.add(
        *Permission.objects.filter(content_type__app_label="quotes", codename__in=CODENAMES)
    )


def backwards(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    Permission.objects.filter(content_type__app_label="quotes", codename__in=CODENAMES).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("quotes", "0010_speaker_order_ignores_case"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="claim",
            options={"ordering": ["id"], "permissions": [("merge_claim", "Can merge claims")]},
        ),
        migrations.AlterModelOptions(
            name="quote",
            options={
                "ordering": ["said_on", "source_id", "start"],
                "permissions": [("verify_quote", "Can verify quotes")],
            },
        ),
        migrations.AlterModelOptions(
            name="speaker",
            options={
                "ordering": [django.db.models.functions.text.Lower("name"), "pk"],
                "permissions": [("merge_speaker", "Can merge speakers")],
            },
        ),
        migrations.RunPython(forwards, backwards),
    ]
