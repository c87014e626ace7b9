"""The form that tables the disclosure register's yearly reports, shown where the secretariat plans a
meeting's agenda (meetings/detail.html), without the meetings app knowing the disclosure side."""
from django import template

from ..forms import TableReportForm

register = template.Library()


@register.inclusion_tag("disclosure/_table_report.html", takes_context=True)
def report_tabling_form(context, meeting, form=None):
    return {
        "meeting": meeting, "csrf_token": context.get("csrf_token"),
        "form": form or TableReportForm(municipality=meeting.council.municipality, meeting=meeting, prefix="report"),
    }
