"""Ingestion jobs: an article queued for `celery -A factcheck worker`, or run in-process."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('quotes', '0015_quote_attribution_rule'),
    ]

    operations = [
        migrations.CreateModel(
            name='ImportJob',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('state', models.CharField(choices=[('queued', 'Queued'), ('running', 'Running'), ('done', 'Done'), ('failed', 'Failed')], default='queued', max_length=16)),
                ('batch', models.UUIDField(blank=True, editable=False, help_text='The command run that enqueued the job.', null=True)),
                ('body', models.TextField(blank=True)),
                ('origin', models.CharField(blank=True, max_length=1000)),
                ('title', models.CharField(blank=True, max_length=500)),
                ('url', models.CharField(blank=True, max_length=2000)),
                ('publisher', models.CharField(blank=True, max_length=200)),
                ('published_on', models.DateField(blank=True, null=True)),
                ('language', models.CharField(default='en', max_length=16)),
                ('new_source', models.BooleanField(help_text='Done: whether this job stored the article, or found it stored.', null=True)),
                ('quotes', models.PositiveIntegerField(default=0, help_text='Quotes the job stored.')),
                ('speakers', models.PositiveIntegerField(default=0, help_text='Speakers the job created.')),
                ('error', models.CharField(blank=True, max_length=1000)),
                ('attempts', models.PositiveIntegerField(default=0, help_text='Runs started: more than one after a worker died or a retry.')),
                ('worker', models.CharField(blank=True, help_text='The worker that started the latest run.', max_length=200)),
                ('created_at', models.DateTimeField(auto_now_add=True)),
                ('started_at', models.DateTimeField(blank=True, null=True)),
                ('finished_at', models.DateTimeField(blank=True, null=True)),
                ('source', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='quotes.source')),
            ],
            options={
                'ordering': ['id'],
                'indexes': [models.Index(fields=['batch', 'state'], name='importjob_batch_state')],
            },
        ),
    ]
