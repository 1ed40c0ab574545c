"""Import jobs: what the queue did with each submitted article, for whoever runs the workers.

Read-only: a job is written by the worker that runs it (quotes.services.jobs), never by
hand, so it needs no history of its own. A failed job shows its one-line error and keeps
its article; `manage.py requeue_jobs` sends lost ones again.
"""

from django.contrib import admin
from django.urls import reverse
from django.utils.html import format_html

from quotes.admin.readonly import ViewOnlyAdmin
from quotes.models import ImportJob


@admin.register(ImportJob)
class ImportJobAdmin(ViewOnlyAdmin, admin.ModelAdmin):
    list_display = ["pk", "state", "title_or_origin", "source_link", "attempts", "created_at"]
    list_filter = ["state"]
    search_fields = ["title", "origin", "error", "worker"]
    date_hierarchy = "created_at"
    ordering = ["-pk"]
    list_select_related = ["source"]
    exclude = ["body"]  # the article itself is the source's; a failed job's is kept, not shown

    @admin.display(description="article")
    def title_or_origin(self, job: ImportJob) -> str:
        return job.title or job.origin or f"job {job.pk}"

    @admin.display(description="source")
    def source_link(self, job: ImportJob):
        if job.source_id is None:
            return job.error or "—"
        url = reverse("admin:quotes_source_change", args=[job.source_id])
        return format_html('<a href="{}">{}</a>', url, job.source)
