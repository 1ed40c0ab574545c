"""An index of the claims a curator gave a pattern, and of no other claim.

Every import asks for those claims (`claim_patterns._patterns`, `pattern <> ''`),
and almost always there are none; without this index the question reads every
claim, a cost that grows with the catalogue while an import's should stay flat.
"""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('quotes', '0022_drop_covered_indexes'),
    ]

    operations = [
        migrations.AddIndex(
            model_name='claim',
            index=models.Index(condition=models.Q(('pattern', ''), _negated=True), fields=['id'], name='claim_with_pattern'),
        ),
    ]
