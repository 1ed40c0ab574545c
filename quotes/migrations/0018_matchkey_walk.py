"""The candidate walk reads (key, quote newest first, start, end) from the index alone (why: models/matching.py)."""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('quotes', '0017_read_speed'),
    ]

    operations = [
        migrations.RemoveIndex(
            model_name='matchkey',
            name='quotes_matc_key_d99882_idx',
        ),
        migrations.AddIndex(
            model_name='matchkey',
            index=models.Index(fields=['key', '-quote', 'start', 'end'], name='matchkey_walk'),
        ),
    ]
