"""本人の記録を探す: the secretariat's search of one person's name across its city's records (subjects.py)."""
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone

from shingikai import access_record
from shingikai.councils.models import Municipality

from . import access, actions, forms, subjects
from .models import SubjectSearch

#: Searches listed under the form: enough to see recent use at a glance, the rest stays in the table.
RECENT = 50


@login_required
def subject_search(request):
    municipalities = Municipality.objects.filter(pk__in=access.secretariat_municipality_ids(request.user))
    if not municipalities.exists():
        raise PermissionDenied
    # POST only: the name searched for is personal data and must not be left in URLs and access logs.
    form = forms.SubjectSearchForm(request.POST if request.method == "POST" else None, municipalities=municipalities)
    hits, status = None, 200
    if request.method == "POST":
        if form.is_valid():
            city, name = form.cleaned_data["municipality"], form.cleaned_data["name"]
            hits = subjects.find(city, name)
            as_csv = "csv" in request.POST
            search = actions.record_subject_search(city, name, by=request.user, found=len(hits), exported=as_csv,
                                                   purpose=form.cleaned_data["purpose"])
            # The name stays in the search's own row (listed below the form), not in the access record's label.
            access_record.record(request, access_record.EXPORT if as_csv else access_record.READ,
                                 "本人の記録 (CSV)" if as_csv else "本人の記録の検索",
                                 f"{city.name} {len(hits)}件 (検索の記録 {search.pk})", search,
                                 municipality_id=city.pk)
            if as_csv:
                response = HttpResponse(subjects.as_csv(hits, request.build_absolute_uri("/")[:-1]),
                                        content_type="text/csv; charset=utf-8")
                stamp = timezone.localtime().strftime("%Y%m%d-%H%M")
                response["Content-Disposition"] = f'attachment; filename="subject-records-{stamp}.csv"'
                return response
        else:
            status = 400
    return render(request, "disclosure/subjects.html", {
        "form": form, "hits": hits, "name_days": settings.SHINGIKAI_SUBJECT_SEARCH_NAME_DAYS,
        "kept_days": settings.SHINGIKAI_ACCESS_RECORD_DAYS,
        "searches": SubjectSearch.objects.filter(municipality__in=municipalities).select_related(
            "searched_by__staff", "municipality")[:RECENT],
    }, status=status)
