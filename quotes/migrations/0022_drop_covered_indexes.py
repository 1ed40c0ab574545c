"""No index whose work another index already does.

Django gives every foreign key an index of its own. Where a wider index or a
unique constraint of the same table already starts with that column, the narrow
one serves no query the wide one cannot, and still costs a write for every row
an import stores (a dozen quotes and their links per article):

- Quote: `source` (quote_span_unique starts with it) and the (source, start)
  index (the same constraint covers it), `speaker` (the (speaker, said_on) index).
- ClaimQuote: `claim` (claimquote_unique) and `quote` (the (quote, status) index).
- QuoteMatch: `low` (quotematch_unique) and `high`, which had two identical indexes.
"""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('quotes', '0021_matchkey_one_walk_index'),
    ]

    operations = [
        migrations.RemoveIndex(
            model_name='quote',
            name='quotes_quot_source__42e849_idx',
        ),
        migrations.AlterField(
            model_name='claimquote',
            name='claim',
            field=models.ForeignKey(db_index=False, on_delete=django.db.models.deletion.CASCADE, related_name='links', to='quotes.claim'),
        ),
        migrations.AlterField(
            model_name='claimquote',
            name='quote',
            field=models.ForeignKey(db_index=False, on_delete=django.db.models.deletion.CASCADE, related_name='claim_links', to='quotes.quote'),
        ),
        migrations.AlterField(
            model_name='quote',
            name='source',
            field=models.ForeignKey(db_index=False, on_delete=django.db.models.deletion.CASCADE, related_name='quotes', to='quotes.source'),
        ),
        migrations.AlterField(
            model_name='quote',
            name='speaker',
            field=models.ForeignKey(blank=True, db_index=False, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='quotes', to='quotes.speaker'),
        ),
        migrations.AlterField(
            model_name='quotematch',
            name='high',
            field=models.ForeignKey(db_index=False, on_delete=django.db.models.deletion.CASCADE, related_name='+', to='quotes.quote'),
        ),
        migrations.AlterField(
            model_name='quotematch',
            name='low',
            field=models.ForeignKey(db_index=False, on_delete=django.db.models.deletion.CASCADE, related_name='+', to='quotes.quote'),
        ),
    ]
