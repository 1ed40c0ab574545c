"""A "curators" group: staff who review and correct without being superusers.

Members may view, add and change every quotes model (the admin has no delete:
merging, rejecting and "not a quote" replace it). Permissions are created here
first, because Django only creates them after all migrations have run.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

MODELS = ["source", "speaker", "speakeralias", "quote", "claim", "claimquote"]


def forwards(apps, schema_editor):
    config = apps.get_app_config("quotes")
    config.models_module = True  # the migration state's stub lacks it; create_permissions checks it
    create_permissions(config, verbosity=0, apps=apps)
    config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name="curators")
    codenames = [f"{action}_{model}" for model in MODELS for action in ("view", "add", "change")]
    group.permissions.add(
        *Permission.objects.filter(content_type__app_label="quotes", codename__in=codenames)
    )


def backwards(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name="curators").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("quotes", "0004_matching_index"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]
    operations = [migrations.RunPython(forwards, backwards)]
