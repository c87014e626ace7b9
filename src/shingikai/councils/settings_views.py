"""The 審議会の設定 page, where a council's secretariat keeps its own settings and its contact (事務局の連絡先),
the city's 開示請求 periods (DisclosureRules), and the municipality's page, where an administrator sets the head
(長) in whose name 諮問書 go out."""
import datetime as dt

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render

from shingikai.errors import ActionRefused
from shingikai.jp.wareki import era_misfit, parse_date, to_wareki
from shingikai.formfields import NumberField
from shingikai.history import history_mark
from shingikai.viewhelpers import history_rows, posted_mark, refused, valid_data

from . import actions
from .forms import WarekiDateField
from .models import Council, Municipality
from .ownership import secretariat_council

CONTACT_FIELDS = ("secretariat_section", "secretariat_contact", "secretariat_phone", "secretariat_email",
                  "secretariat_address")


class CouncilSettingsForm(forms.ModelForm):
    quorum_fixed = NumberField(column=(Council, "quorum_fixed"), min_value=1, required=False,
                               help_text="定足数を人数で定めるときだけ入力します")
    cumulative_base = NumberField(column=(Council, "cumulative_base"), min_value=0,
                                  help_text=Council._meta.get_field("cumulative_base").help_text)
    first_case_number = NumberField(column=(Council, "first_case_number"), min_value=1, required=False,
                                    help_text=Council._meta.get_field("first_case_number").help_text)
    first_answer_number = NumberField(column=(Council, "first_answer_number"), min_value=1, required=False,
                                      help_text=Council._meta.get_field("first_answer_number").help_text)
    minutes_signer_count = NumberField(column=(Council, "minutes_signer_count"), min_value=0, required=False,
                                       help_text=Council._meta.get_field("minutes_signer_count").help_text)

    class Meta:
        model = Council
        fields = actions.SECRETARIAT_SETTINGS

    def contact_fields(self):
        return [self[name] for name in CONTACT_FIELDS]

    def council_fields(self):
        return [self[name] for name in self.fields if name not in CONTACT_FIELDS]


class MunicipalitySettingsForm(forms.ModelForm):
    head_since = WarekiDateField(label="長の就任日", required=False,
                                 help_text=Municipality._meta.get_field("head_since").help_text)

    class Meta:
        model = Municipality
        fields = actions.MUNICIPALITY_SETTINGS


class ClosedDaysField(forms.CharField):
    """The city's own closed days (創立記念日 etc.), one a line in 和暦 or ISO; kept as a list of ISO dates."""

    widget = forms.Textarea(attrs={"rows": 4})

    def prepare_value(self, value):
        if isinstance(value, list):
            return "\n".join(to_wareki(dt.date.fromisoformat(day)) for day in value)
        return value

    def to_python(self, value):
        days = []
        for line in (value or "").splitlines():
            if not line.strip():
                continue
            if message := era_misfit(line):
                raise forms.ValidationError(f"休日{message}")
            day = parse_date(line)
            if day is None:
                raise forms.ValidationError(f"休日「{line.strip()}」を「令和7年11月3日」または「2025-11-03」の形で入力してください。")
            days.append(day.isoformat())
        return sorted(set(days))


class DisclosureRulesForm(forms.ModelForm):
    extra_closed_days = ClosedDaysField(label="その他の休日 (1行に1日)", required=False,
                                        help_text="土日・祝日・年末年始のほかに、市の条例で休日とする日 (例: 令和7年11月3日)")

    class Meta:
        from shingikai.disclosure.models import DisclosureRules

        model = DisclosureRules
        exclude = ["municipality"]


def _posted(request, form, save, done):
    """Save a posted settings form through its action, with the history mark the page was opened at: 302 once
    saved, else the status the page answers with (200 for a GET, the refusal's for a form or an action refused)."""
    if request.method != "POST":
        return 200
    try:
        data = valid_data(form)
        save(by=request.user, seen_mark=posted_mark(request), **{name: data[name] for name in form.Meta.fields})
    except ActionRefused as exc:
        return refused(request, exc)
    messages.success(request, done)
    return 302


@login_required
def council_settings(request, pk):
    council = secretariat_council(request, pk, "審議会の設定を変更できるのは、その審議会の事務局です。")
    # The form works on a copy: validating it sets the values on its instance, which the page still shows as saved.
    form = CouncilSettingsForm(request.POST or None, instance=Council.objects.get(pk=council.pk))
    status = _posted(request, form, lambda **values: actions.update_council_settings(council, **values),
                     "審議会の設定を保存しました。")
    if status == 302:
        return redirect("councils:settings", council.pk)
    return render(request, "councils/settings.html", {
        "council": council, "form": form, "seen": history_mark(council),
        "history": history_rows(Council.history.filter(id=council.pk), request=request),
    }, status=status)


@login_required
def municipality_settings(request, pk):
    municipality = get_object_or_404(Municipality, pk=pk)
    if not request.user.is_superuser:
        raise PermissionDenied("自治体の長の職名・氏名を変更できるのは管理者です。")
    form = MunicipalitySettingsForm(request.POST or None, instance=Municipality.objects.get(pk=municipality.pk))
    status = _posted(request, form, lambda **values: actions.update_municipality_settings(municipality, **values),
                     f"{municipality.name}の長の職名・氏名を保存しました。")
    if status == 302:
        return redirect("councils:municipality_settings", municipality.pk)
    return render(request, "councils/municipality_settings.html", {
        "municipality": municipality, "form": form, "seen": history_mark(municipality),
        "councils": municipality.councils.filter(is_imported_only=False),
        "history": history_rows(Municipality.history.filter(id=municipality.pk), request=request),
    }, status=status)


@login_required
def disclosure_rules(request, pk):
    """The city's 開示決定の期間, extension days and closed days, which every 決定期限 is counted by: kept by the
    secretariat of a council of the city (most often the 審査会's), through disclosure.actions.set_rules."""
    from shingikai.disclosure import actions as disclosure_actions
    from shingikai.disclosure.deadlines import rules_for
    from shingikai.disclosure.models import DisclosureRules

    council = secretariat_council(request, pk, "開示請求の期間を変更できるのは審議会の事務局です。")
    municipality = council.municipality
    rules = rules_for(municipality)
    form = DisclosureRulesForm(request.POST or None, instance=rules)
    status = 200
    if request.method == "POST":
        try:
            if not form.is_valid():
                raise ActionRefused("入力内容に誤りがあります。" + " ".join(m for errors in form.errors.values() for m in errors))
            disclosure_actions.set_rules(municipality, by=request.user, seen_mark=posted_mark(request),
                                         **form.cleaned_data)
            messages.success(request, f"{municipality.name}の開示請求の期間を保存しました。")
            return redirect("councils:disclosure_rules", council.pk)
        except ActionRefused as exc:
            status = refused(request, exc)
    return render(request, "councils/disclosure_rules.html", {
        "council": council, "municipality": municipality, "form": form, "seen": history_mark(rules),
        "history": history_rows(DisclosureRules.history.filter(municipality_id=municipality.pk), request=request),
    }, status=status)
