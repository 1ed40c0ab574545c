"""Speakers and their aliases: merge duplicates, split a wrongly joined alias off."""

from django import forms
from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.db.models.functions import Lower
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from simple_history.admin import SimpleHistoryAdmin

from quotes.admin.intermediate import confirmation_page, submitted
from quotes.admin.readonly import ViewOnlyAdmin, ViewOnlyInline
from quotes.models import Speaker, SpeakerAlias
from quotes.services.speakers import create_speaker, merge_speakers, split_alias, update_speaker


class SpeakerAliasInline(ViewOnlyInline, admin.TabularInline):
    """Every spelling that resolves to this speaker, each with a way to split it off."""

    model = SpeakerAlias
    fields = ["alias", "normalised", "created_at", "split_link"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    @admin.display(description="split")
    def split_link(self, alias):
        url = reverse("admin:quotes_speakeralias_split", args=[alias.pk])
        return format_html('<a href="{}">Split off into a new speaker…</a>', url)


class MergeTargetForm(forms.Form):
    """Which of the selected speakers to keep; the others fold into it."""

    target = forms.ModelChoiceField(
        queryset=Speaker.objects.none(),
        widget=forms.RadioSelect,
        empty_label=None,
        help_text="The speaker to keep. The others' quotes and aliases move to it; then they go.",
    )

    def __init__(self, *args, speakers, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["target"].queryset = speakers
        self.fields["target"].label_from_instance = lambda s: f"{s.name} ({s.quote_total} quotes)"


@admin.register(Speaker)
class SpeakerAdmin(SimpleHistoryAdmin):
    """Canonical speakers. Merging is the way to remove a duplicate, so there is no delete."""

    list_display = ["name", "kind", "description", "alias_list", "quote_count"]
    list_filter = ["kind"]
    ordering = [
        Lower("name"),
        "pk",
    ]  # explicit: the annotated (grouped) queryset drops Meta.ordering
    search_fields = ["name", "slug", "aliases__alias", "aliases__normalised"]
    fields = ["name", "slug", "kind", "description", "wikidata_id", "created_at", "updated_at"]
    readonly_fields = ["slug", "created_at", "updated_at"]
    inlines = [SpeakerAliasInline]
    actions = ["merge_selected"]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(quote_total=Count("quotes", distinct=True))
            .prefetch_related("aliases")
        )

    def has_delete_permission(self, request, obj=None):
        return False

    def get_inlines(self, request, obj):
        return self.inlines if obj else []

    def save_model(self, request, obj, form, change):
        """Through the services: a new speaker gets a slug and its name as first alias."""
        fields = {
            name: form.cleaned_data[name] for name in ("name", "kind", "description", "wikidata_id")
        }
        if change:
            stored = Speaker.objects.get(pk=obj.pk)
            update_speaker(speaker=stored, **fields)
        else:
            obj.pk = create_speaker(**fields).pk

    @admin.display(description="quotes", ordering="quote_total")
    def quote_count(self, speaker):
        return speaker.quote_total

    @admin.display(description="aliases")
    def alias_list(self, speaker):
        return ", ".join(a.alias for a in speaker.aliases.all())

    def has_merge_permission(self, request):
        """The API's rule too: merging needs change_speaker and merge_speaker (curators)."""
        return request.user.has_perms(["quotes.change_speaker", "quotes.merge_speaker"])

    @admin.action(description="Merge selected speakers…", permissions=["merge"])
    def merge_selected(self, request, queryset):
        """Ask which speaker to keep (preselected: the one with most quotes), then merge."""
        speakers = queryset.order_by("-quote_total", "name")
        if speakers.count() < 2:
            self.message_user(request, "Select at least two speakers to merge.", level="warning")
            return None
        form = MergeTargetForm(
            request.POST if submitted(request) else None,
            speakers=speakers,
            initial={"target": speakers.first()},
        )
        if not form.is_valid():
            return confirmation_page(
                self,
                request,
                speakers,
                form=form,
                action="merge_selected",
                title="Merge speakers",
                intro="These speakers will become one. Their quotes and aliases move to the "
                "speaker you keep, in one transaction.",
                submit="Merge",
            )
        target = form.cleaned_data["target"]
        others = [s for s in speakers if s.pk != target.pk]
        merge_speakers(target=target, others=others)
        self.message_user(
            request,
            f"Merged {len(others)} speaker(s) into {target.name}.",
            level="success",
        )
        return None


class SplitForm(forms.Form):
    """The name the split-off speaker gets (the alias itself by default)."""

    name = forms.CharField(max_length=200)


@admin.register(SpeakerAlias)
class SpeakerAliasAdmin(ViewOnlyAdmin, SimpleHistoryAdmin):
    """Aliases, to find and split off a spelling that was joined to the wrong speaker."""

    list_display = ["alias", "normalised", "speaker", "created_at"]
    list_select_related = ["speaker"]
    search_fields = ["alias", "normalised", "speaker__name"]
    fields = ["alias", "normalised", "speaker", "created_at"]
    readonly_fields = fields
    actions = ["split_selected"]

    def get_urls(self):
        split = self.admin_site.admin_view(self.split_view)
        return [
            path("<int:pk>/split/", split, name="quotes_speakeralias_split"),
            *super().get_urls(),
        ]

    def split_view(self, request, pk):
        """One alias: confirm the new speaker's name, split, and open the new speaker."""
        alias = get_object_or_404(SpeakerAlias.objects.select_related("speaker"), pk=pk)
        if not self.has_split_permission(request):
            raise PermissionDenied
        form = SplitForm(request.POST or None, initial={"name": alias.alias})
        if request.method == "POST" and form.is_valid():
            speaker = split_alias(alias=alias, name=form.cleaned_data["name"])
            self.message_user(
                request,
                f"Split “{alias.alias}” off from {alias.speaker.name} into {speaker.name}.",
                level="success",
            )
            return redirect("admin:quotes_speaker_change", speaker.pk)
        context = {
            **self.admin_site.each_context(request),
            "title": f"Split “{alias.alias}” off {alias.speaker.name}",
            "alias": alias,
            "form": form,
            "opts": self.model._meta,
        }
        return TemplateResponse(request, "admin/quotes/speakeralias/split.html", context)

    def has_split_permission(self, request):
        """Splitting creates and changes speakers, so it needs those rights."""
        return request.user.has_perms(["quotes.add_speaker", "quotes.change_speaker"])

    @admin.action(description="Split selected aliases off into new speakers", permissions=["split"])
    def split_selected(self, request, queryset):
        """Each alias becomes its own speaker, named after the alias, taking its quotes."""
        names = []
        for alias in queryset.select_related("speaker"):
            names.append(split_alias(alias=alias).name)
        self.message_user(
            request,
            f"Split {len(names)} alias(es) into new speakers: {', '.join(names)}.",
            level="success",
        )
