"""Actions of the disclosure side. The only writers of the disclosure models: each checks the rules, runs
in a transaction and raises ActionRefused (saving nothing) when a rule forbids the change."""
from __future__ import annotations

import datetime
import hashlib
import re
import unicodedata

from django.db import transaction
from django.db.models import BooleanField, Q, Value, When
from django.db.models import Case as Switch
from django.utils import timezone

from shingikai.cases.actions import accept_case, create_case, submit_case
from shingikai.cases.models import Case, Category
from shingikai.councils.models import Municipality
from shingikai.errors import ActionRefused
from shingikai.history import check_unchanged, delete_by, erase, reason_note, save_by
from shingikai.jp.wareki import fiscal_year, fiscal_year_label, to_wareki
from shingikai.settling import not_in_future, not_long_ago, within_reach

from . import deadlines
from .models import (
    DECISIONS_BY_KIND, MERITS_KINDS, REASON_REQUIRED, Appeal, AppealDeadline, AppealEvent, DisclosureRequest, DisclosureRules,
    GroundCategory, GroundJudgment, ImportedAnswer, ThirdPartyOpinion, WithholdingGround,
)

Kind = DisclosureRequest.Kind
Decision = DisclosureRequest.Decision
Status = DisclosureRequest.Status
# The law's ceilings (法第83条, 第94条, 第102条): a city may shorten the first period, never lengthen
# it, and the extension is at most 30 days.
LAW_CEILING_DAYS = 30
LAW_FIELDS = (
    "personal_disclosure_days", "personal_disclosure_extension_days", "correction_days",
    "correction_extension_days", "suspension_days", "suspension_extension_days",
)
GROUNDS_REQUIRED = (Decision.PARTIAL, Decision.NONE, Decision.NEITHER)
#: The ways a request ends without a decision of ours, each recorded by its own step (取下げ, 移送).
ENDED_WITHOUT_DECISION = (Decision.WITHDRAWN, Decision.TRANSFERRED)
DISCLOSING = (Decision.FULL, Decision.PARTIAL)
#: 法第97条: after correcting, the 実施機関 tells those it had provided the information to, where needed.
CORRECTING = (Decision.CORRECTED, Decision.PARTLY_CORRECTED)
RULING_FOR = {
    Appeal.Outcome.UPHELD: Appeal.Ruling.DISMISSED,
    Appeal.Outcome.PARTLY_REVOKED: Appeal.Ruling.PARTLY_GRANTED,
    Appeal.Outcome.REVOKED: Appeal.Ruling.GRANTED,
    Appeal.Outcome.REJECTED: Appeal.Ruling.REJECTED,
}


def _lock(model, obj):
    return model.objects.select_for_update().get(pk=obj.pk)


def _require_date(value, label):
    if not isinstance(value, datetime.date):
        raise ActionRefused(f"{label}を入力してください。")
    return value


def _happened(value, label):
    """The date of something already done (a withdrawal, an appeal filed, a 諮問): not a day still to come,
    which would settle a request on a day nobody has seen yet."""
    return not_in_future(_require_date(value, label), label)


@transaction.atomic
@within_reach
def set_rules(municipality, *, by=None, seen_mark=None, **fields):
    """Set the municipality's periods. Refuses personal-information periods longer than the law allows, and a
    screen opened before someone else saved them (`seen_mark`, history.check_unchanged; 0 while none are saved)."""
    rules = deadlines.rules_for(municipality)
    if rules.pk:
        rules = _lock(DisclosureRules, rules)
    check_unchanged(rules, seen_mark)
    known = {f.name for f in DisclosureRules._meta.concrete_fields} - {"id", "municipality"}
    unknown = set(fields) - known
    if unknown:
        raise ActionRefused(f"設定できない項目です: {', '.join(sorted(unknown))}")
    for name, value in fields.items():
        setattr(rules, name, value)
    for name in LAW_FIELDS:
        value = getattr(rules, name)
        if not value or value > LAW_CEILING_DAYS:
            label = DisclosureRules._meta.get_field(name).verbose_name
            raise ActionRefused(f"{label}は1日から{LAW_CEILING_DAYS}日までです (個人情報保護法の期間を超えられません)。")
    if not rules.public_document_days:
        raise ActionRefused("公文書開示の決定期間を入力してください。")
    for name in ("request_retention_years", "appeal_retention_years", "incident_retention_years",
                 "withdrawn_case_retention_years"):
        if not getattr(rules, name):
            label = DisclosureRules._meta.get_field(name).verbose_name
            raise ActionRefused(f"{label}は1年以上にしてください (保存期間の満了した記録は廃棄の対象になります)。")
    if rules.third_party_gap_days < 14:
        raise ActionRefused("第三者が反対した場合の開示決定から実施までは、少なくとも2週間 (14日) を置きます。")
    for day in rules.extra_closed_days or []:
        try:
            datetime.date.fromisoformat(day)
        except (TypeError, ValueError):
            raise ActionRefused(f"休日の日付が正しくありません: {day}") from None
    return save_by(rules, by)


def _next_number(municipality, received_on):
    """The fiscal year's next 受付番号 (「2026-0001」): one past the highest given (a request renumbered into another
    year by a corrected date leaves a gap, and a count would hand its successor's number out twice)."""
    return _next_in_series(municipality, DisclosureRequest.objects.filter(municipality=municipality),
                           f"{fiscal_year(received_on)}-", 4)


def _next_in_series(municipality, rows, prefix, width):
    """One past the highest number of `rows` under `prefix`, zero-padded to `width`. The city's row is locked until
    the action commits: two clerks recording at once would otherwise both read the same highest number, and the
    second would fail on the unique number (a server error, what was typed lost). The highest is taken as a
    number, not as text: 「2026-10000」 sorts before 「2026-9999」."""
    Municipality.objects.select_for_update().get(pk=municipality.pk)
    numbers = rows.filter(number__startswith=prefix).values_list("number", flat=True)
    top = max((int(n[len(prefix):]) for n in numbers if n[len(prefix):].isdigit()), default=0)
    return f"{prefix}{top + 1:0{width}d}"


@transaction.atomic
@within_reach
def record_request(department, *, kind, received_on, documents, requester_category, requester_name="",
                   requester_contact="", by=None, date_confirmed=False):
    """A 実施機関 records a request it received; the decision deadline follows from the city's rules. A 請求日
    more than a year back is taken only `date_confirmed` (settling.not_long_ago): its year numbers the request
    and counts it in that year's public report, and a slipped era would put an absurd 期限超過 on the board."""
    if kind not in Kind.values:
        raise ActionRefused("請求の種類を選んでください。")
    not_long_ago(_happened(received_on, "請求日"), "請求日", confirmed=date_confirmed)
    if not (documents or "").strip():
        raise ActionRefused("請求された文書・情報を入力してください。")
    if requester_category not in DisclosureRequest.RequesterCategory.values:
        raise ActionRefused("請求者の区分を選んでください。")
    _check_category(kind, requester_category)
    municipality = department.municipality
    rules = deadlines.rules_for(municipality)
    request = DisclosureRequest(
        municipality=municipality, department=department, number=_next_number(municipality, received_on),
        kind=kind, received_on=received_on, documents=documents.strip(), requester_category=requester_category,
        requester_name=requester_name.strip(), requester_contact=requester_contact.strip(),
        first_due=deadlines.first_due(kind, received_on, rules), created_by=by,
    )
    return save_by(request, by)


# 保有個人情報の開示・訂正・利用停止 are asked for by the person or an agent (法第76条第2項, 第90条第2項, 第98条第2項);
# a 公文書開示請求 by anyone, counted by where they live or what they are.
PERSONAL_CATEGORIES = ("本人", "法定代理人", "任意代理人")


def _check_category(kind, category):
    label = Kind(kind).label.split(" ")[0]
    if (kind == Kind.PUBLIC_DOCUMENT) == (category in PERSONAL_CATEGORIES):
        allowed = ("市内在住・在勤、市外、法人・団体、その他" if kind == Kind.PUBLIC_DOCUMENT
                   else "本人、法定代理人、任意代理人")
        raise ActionRefused(f"{label}の請求者の区分は {allowed} のいずれかです。")


CORRECTABLE = ("kind", "received_on", "documents", "requester_category", "requester_name", "requester_contact")


@transaction.atomic
@within_reach
def correct_request(request, *, by=None, seen_mark=None, date_confirmed=False, **fields):
    """Correct what was entered while the request is still undecided; the deadline is recomputed.
    `seen_mark`: the request's history mark when the form was opened (a change meanwhile is refused).
    A 請求日 changed to one more than a year back is taken only `date_confirmed`, as when it is recorded."""
    request = _lock(DisclosureRequest, request)
    check_unchanged(request, seen_mark)
    _check_correctable(request)
    unknown = set(fields) - set(CORRECTABLE)
    if unknown:
        raise ActionRefused(f"修正できない項目です: {', '.join(sorted(unknown))}")
    if "kind" in fields and fields["kind"] not in Kind.values:
        raise ActionRefused("請求の種類を選んでください。")
    if "requester_category" in fields and fields["requester_category"] not in DisclosureRequest.RequesterCategory.values:
        raise ActionRefused("請求者の区分を選んでください。")
    if "received_on" in fields:
        _happened(fields["received_on"], "請求日")
        if fields["received_on"] != request.received_on:
            not_long_ago(fields["received_on"], "請求日", confirmed=date_confirmed)
    if "documents" in fields and not (fields["documents"] or "").strip():
        raise ActionRefused("請求された文書・情報を入力してください。")
    for name in ("requester_name", "requester_contact"):
        limit = DisclosureRequest._meta.get_field(name).max_length
        if len((fields.get(name) or "").strip()) > limit:
            label = DisclosureRequest._meta.get_field(name).verbose_name
            raise ActionRefused(f"{label}は{limit}文字以内で入力してください。")
    before = (request.kind, request.received_on)
    for name, value in fields.items():
        setattr(request, name, value.strip() if isinstance(value, str) else value)
    if "kind" in fields or "requester_category" in fields:
        _check_category(request.kind, request.requester_category)
    if request.decision and request.decision not in ENDED_WITHOUT_DECISION and \
            request.decision not in DECISIONS_BY_KIND[request.kind]:
        raise ActionRefused(f"記録された決定 ({request.decision}) は{request.short_kind}の決定ではありません。"
                            "請求の種類は、決定の種類が同じ請求の間でのみ修正できます。")
    if fiscal_year(request.received_on) != fiscal_year(before[1]):
        # The number's year is the fiscal year received: a date corrected into another year takes that year's
        # next number (the old one stays in the history).
        request.number = _next_number(request.municipality, request.received_on)
    _recompute_deadlines(request, *before)
    return save_by(request, by)


def settled_reason(request, today=None):
    """Why a request's record no longer changes, or "" while it still does. A request is settled once the
    disclosure was carried out (開示の実施), once an appeal (審査請求) against its decision was filed (the
    審査会 then reviews the decision as recorded), once it was withdrawn, and, for a decision that closes it
    at once (不開示, 不存在 …), once the decision can no longer be appealed: the appeal window (3 months
    from the day after the decision) has passed."""
    if request.decision == Decision.WITHDRAWN:
        return "取下げで終了した請求の記録は修正できません。"
    if request.decision == Decision.TRANSFERRED:
        return "移送した請求の記録は修正できません (決定は移送先の実施機関がします)。"
    if request.disclosure_on:
        return "開示を実施した請求の記録は修正できません。"
    if request.appeals.exists():
        return "審査請求のあった請求の記録は修正できません。審査請求の手続きの中で扱ってください。"
    if request.status == Status.CLOSED and request.decided_on:
        end = deadlines.appeal_window_end(request.decided_on, deadlines.rules_for(request.municipality))
        if (today or timezone.localdate()) > end:
            return f"審査請求期間 ({to_wareki(end)}まで) を過ぎ、決定が確定しているため、請求の記録は修正できません。"
    return ""


def _check_correctable(request):
    reason = settled_reason(request)
    if reason:
        raise ActionRefused(reason)


def _extension_days(kind, received_on, extended_due, rules):
    """The days an extension was recorded with, read back from the deadline it gave, for a request extended
    before the days were kept (None: not found, the city's rules having changed since)."""
    for days in range(1, deadlines.periods(kind, rules)[1] + 1):
        if deadlines.extended_due(kind, received_on, days, rules) == extended_due:
            return days
    return None


def _recompute_deadlines(request, kind_before, received_before):
    """The deadlines that follow from the request's kind and date, after either was corrected: the first
    period, an extension's deadline (the same days, counted from the corrected date) and a special
    extension's 相当の部分, each checked against the notice that was given."""
    rules = deadlines.rules_for(request.municipality)
    request.first_due = deadlines.first_due(request.kind, request.received_on, rules)
    latest = deadlines.latest_extended_due(request.kind, request.received_on, rules)
    if request.extension_notice_on and not request.special_notice_on:
        days = request.extension_days or _extension_days(kind_before, received_before, request.extended_due, rules)
        if days is not None and days <= deadlines.periods(request.kind, rules)[1]:
            request.extended_due = deadlines.extended_due(request.kind, request.received_on, days, rules)
        if request.extended_due > latest or request.extended_due < request.first_due:
            raise ActionRefused("修正後の請求日では、延長後の期限が延長できる期間を超えます。")
        if not request.received_on <= request.extension_notice_on <= request.first_due:
            raise ActionRefused("修正後の請求日では、延長の通知が決定期間内になりません。")
    if request.special_notice_on:
        if not request.received_on <= request.special_notice_on <= request.first_due:
            raise ActionRefused("修正後の請求日では、特例延長の通知が最初の決定期間内になりません。")
        portion_due = _special_floor(request, rules)
        if request.special_final_by <= portion_due:
            raise ActionRefused(f"修正後の請求日では、{_special_final_label(request)}が"
                                f"{_special_floor_label(request)}より後になりません。")
        request.special_portion_due = portion_due if deadlines.special_has_portion(request.kind) else None
    if request.decided_on and request.decided_on < request.received_on:
        raise ActionRefused("修正後の請求日が決定日より後になります。")
    if request.portion_decided_on and not deadlines.special_has_portion(request.kind):
        raise ActionRefused(f"相当の部分の決定を記録した請求は、{request.short_kind}に直せません (相当の部分がありません)。")
    if request.portion_decided_on and request.portion_decided_on < request.received_on:
        raise ActionRefused("修正後の請求日が相当の部分の決定日より後になります。")


def _check_open(request):
    if not request.is_open:
        raise ActionRefused(f"{request.get_status_display()}の請求です。")


@transaction.atomic
@within_reach
def extend_deadline(request, *, days, reason, notice_on, by=None, seen_mark=None):
    """延長 (法第83条第2項 etc.): at most the extension days, with a notice giving the reason, sent within
    the first period."""
    request = _lock(DisclosureRequest, request)
    check_unchanged(request, seen_mark)
    _check_open(request)
    if request.status != Status.RECEIVED:
        raise ActionRefused("延長できるのは一度だけです (特例延長中の請求は延長できません)。")
    return _extended(request, days=days, reason=reason, notice_on=notice_on, by=by)


@transaction.atomic
@within_reach
def correct_extension(request, *, days, reason, notice_on, by=None, seen_mark=None):
    """The one extension, entered wrongly (3 days for 30, the wrong notice date), recorded again until the
    decision; the same limits apply as when it was first recorded."""
    request = _lock(DisclosureRequest, request)
    check_unchanged(request, seen_mark)
    _check_open(request)
    if request.status != Status.EXTENDED:
        raise ActionRefused("延長が記録されていない請求です。")
    return _extended(request, days=days, reason=reason, notice_on=notice_on, by=by)


def _extended(request, *, days, reason, notice_on, by):
    rules = deadlines.rules_for(request.municipality)
    ceiling = deadlines.periods(request.kind, rules)[1]
    if not isinstance(days, int) or days < 1 or days > ceiling:
        raise ActionRefused(f"延長できる日数は1日から{ceiling}日までです。")
    if not (reason or "").strip():
        raise ActionRefused("延長の理由を入力してください (通知書に記載します)。")
    _require_date(notice_on, "延長通知日")
    if notice_on > request.first_due:
        raise ActionRefused("延長の通知は決定期間内にしなければなりません。")
    if notice_on < request.received_on:
        raise ActionRefused("延長通知日が請求日より前です。")
    request.extended_due = deadlines.extended_due(request.kind, request.received_on, days, rules)
    request.extension_days = days
    request.extension_reason = reason.strip()
    request.extension_notice_on = notice_on
    request.status = Status.EXTENDED
    return save_by(request, by)


def _special_floor(request, rules):
    """The day a special extension's date must lie after: for a disclosure the 相当の部分's deadline (first +
    maximum extension, 法第84条); for a correction or suspension (法第95条, 第103条), which has no 相当の部分,
    the first period, which the 特例 is there to go beyond."""
    if deadlines.special_has_portion(request.kind):
        return deadlines.latest_extended_due(request.kind, request.received_on, rules)
    return request.first_due


def _special_final_label(request):
    return "残りの決定の目途" if deadlines.special_has_portion(request.kind) else "決定の期限"


def _special_floor_label(request):
    return "相当の部分の決定期限" if deadlines.special_has_portion(request.kind) else "最初の決定期限"


@transaction.atomic
@within_reach
def extend_specially(request, *, reason, final_by, notice_on, by=None):
    """特例延長, by the kind's article: for a disclosure (法第84条) a 相当の部分 within first + maximum extension
    and the rest by `final_by`; for a correction (法第95条) or suspension (法第103条) the whole decision by
    `final_by` (the 相当の期間's 期限). Either way the notice, with the reason, goes out within the first period."""
    request = _lock(DisclosureRequest, request)
    _check_open(request)
    if request.status == Status.SPECIAL:
        raise ActionRefused("すでに特例延長しています。")
    if not (reason or "").strip():
        raise ActionRefused("特例延長の理由を入力してください。")
    _require_date(notice_on, "特例延長通知日")
    _require_date(final_by, _special_final_label(request))
    article = deadlines.SPECIAL_ARTICLE[request.kind]
    if notice_on > request.first_due:
        raise ActionRefused(f"特例延長の通知は最初の決定期間内にしなければなりません ({article})。")
    if notice_on < request.received_on:
        raise ActionRefused("特例延長通知日が請求日より前です。")
    rules = deadlines.rules_for(request.municipality)
    floor = _special_floor(request, rules)
    if final_by <= floor:
        raise ActionRefused(f"{_special_final_label(request)}は、{_special_floor_label(request)} "
                            f"({to_wareki(floor)}) より後の日にしてください。")
    request.special_portion_due = floor if deadlines.special_has_portion(request.kind) else None
    request.special_final_by = final_by
    request.special_reason = reason.strip()
    request.special_notice_on = notice_on
    request.extended_due = final_by
    request.status = Status.SPECIAL
    return save_by(request, by)


_NUMBER = "[0-9一二三四五六七八九十百千]+"
# An article of a law, ordinance or rule: 条例第7条第2号, 法第78条第1項第2号, みなみ市情報公開条例第7条の2第1項,
# 行政機関の保有する情報の公開に関する法律第5条第1号イ.
_ARTICLE = re.compile(
    rf"[\w・]*?(?:法律|法|条例|規則|令)第{_NUMBER}条(?:の{_NUMBER})*(?:第{_NUMBER}項)?"
    rf"(?:第{_NUMBER}号(?:の{_NUMBER})*)?[イロハニホヘトチリヌルヲ]?(?:ただし書)?"
)
_ARTICLE_NUMBER = re.compile(rf"第{_NUMBER}条")
ARTICLE_FORMS = "「条例第7条第2号」「法第78条第1項第2号」のように、法令名と条・項・号"


def clean_article(article):
    """One 不開示の根拠条項 as stored: full-width digits and spaces folded (条例第７条 is 条例第7条), and refused
    unless it reads as an article, so the yearly report counts each article under one name."""
    article = re.sub(r"\s+", "", unicodedata.normalize("NFKC", article or ""))
    if not article:
        raise ActionRefused("不開示の根拠条項を入力してください。")
    limit = WithholdingGround._meta.get_field("article").max_length
    if len(article) > limit:
        raise ActionRefused(f"不開示の根拠条項は1つ{limit}文字以内で入力してください。")
    if len(_ARTICLE_NUMBER.findall(article)) > 1:
        # 「条例第7条第2号 条例第7条第3号」 typed on one line reads as one long article; each is a ground of its own.
        raise ActionRefused(f"「{article[:40]}」には条項が2つ以上続けて入力されています。条項は1欄 (1行) に1つずつ、"
                            "それぞれの類型とともに入力してください。")
    if not _ARTICLE.fullmatch(article):
        raise ActionRefused(f"「{article[:40]}」は条項として読めません。{ARTICLE_FORMS}で入力してください。")
    return article


def _clean_grounds(grounds):
    """The grounds as stored, each article once: an article typed twice is one ground of the decision (the
    report and the 答申's judgment per ground count it once); twice under two categories is refused."""
    cleaned = {}
    for article, category in grounds or ():
        article = clean_article(article)
        if category not in GroundCategory.values:
            raise ActionRefused(f"不開示情報の類型が正しくありません: {category}")
        if cleaned.setdefault(article, category) != category:
            raise ActionRefused(f"{article} が異なる類型で2回入力されています。1つの類型にしてください。")
    return list(cleaned.items())


def decision_choices_text(kind):
    """The decisions a kind of request takes, as named in a refusal."""
    return "・".join(DECISIONS_BY_KIND[kind])


def _check_decision(request, decision, decided_on):
    if decision in ENDED_WITHOUT_DECISION or decision not in Decision.values:
        raise ActionRefused("決定の種類を選んでください (取下げ・移送はそれぞれの操作で記録します)。")
    if decision not in DECISIONS_BY_KIND[request.kind]:
        raise ActionRefused(f"{request.short_kind}の決定は {decision_choices_text(request.kind)} のいずれかです "
                            f"({decision}は選べません)。")
    _require_date(decided_on, "決定日")
    if decided_on < request.received_on:
        raise ActionRefused("決定日が請求日より前です。")
    _not_before_extension(request, decided_on, "決定日")


def _not_before_extension(request, on, label):
    """A request extended is decided (withdrawn, transferred) after the extension's notice, never before it: the
    period of an undecided request is what is extended. A day typed before it (6月1日 for 7月1日) would put an
    extension after the decision on record and count it in the yearly report."""
    notice_on = request.extension_notice_on
    if notice_on and on < notice_on:
        raise ActionRefused(f"{label}が延長通知日 ({to_wareki(notice_on)}) より前です。延長は決定前に通知するものです。"
                            "日付を確かめてください。")


def _merits_reason(request, decision, *, grounds, withheld_summary, fee_yen, reason):
    """A 訂正・利用停止 decision as recorded: no 不開示 grounds, no withheld part and no fee (there is no 写し
    to hand over), and a reason in words when it does not do all that was asked (却下 included)."""
    label = request.short_kind
    if grounds:
        raise ActionRefused(f"{label}の決定には不開示の理由を付けません。応じない理由は「決定の理由」に書いてください。")
    if (withheld_summary or "").strip():
        raise ActionRefused(f"{label}の決定に「不開示とした部分」はありません。")
    if fee_yen:
        raise ActionRefused(f"{label}に費用はかかりません (費用は開示の写しの交付等のものです)。")
    reason = (reason or "").strip()
    if (decision in REASON_REQUIRED or decision == Decision.DISMISSED) and not reason:
        raise ActionRefused(f"{decision}の決定には、その理由を入力してください (通知書に記載します)。")
    return reason


def _no_reason_on_disclosure(request, reason):
    if (reason or "").strip():
        raise ActionRefused(f"{request.short_kind}の決定の理由は、不開示の理由 (根拠条項と類型) で記録します。")


@transaction.atomic
@within_reach
def decide_request(request, *, decision, decided_on, grounds=(), withheld_summary="", fee_yen=0, reason="", by=None):
    """開示決定等. 部分開示, 不開示 and 存否応答拒否 cite at least one ground (article and category);
    全部開示 and the decisions that withhold nothing on the merits cite none. A 訂正請求 or 利用停止請求 is
    decided with its kind's own decisions (訂正をする …), a reason in words and no fee; it closes at once
    (there is no 開示の実施)."""
    request = _lock(DisclosureRequest, request)
    _check_open(request)
    _check_decision(request, decision, decided_on)
    if request.decides_merits:
        request.refusal_reason = _merits_reason(request, decision, grounds=grounds, withheld_summary=withheld_summary,
                                                fee_yen=fee_yen, reason=reason)
        request.decision = decision
        request.decided_on = decided_on
        request.status = Status.CLOSED
        return save_by(request, by)
    _no_reason_on_disclosure(request, reason)
    grounds = _new_grounds(request, grounds, decision, withheld_summary)
    if fee_yen is None or fee_yen < 0:
        raise ActionRefused("費用が正しくありません。")
    if request.portion_decided_on and decided_on < request.portion_decided_on:
        raise ActionRefused(f"決定日が相当の部分の決定日 ({to_wareki(request.portion_decided_on)}) より前です。")
    request.decision = decision
    request.decided_on = decided_on
    request.withheld_summary = _joined(request.withheld_summary, withheld_summary)
    request.fee_yen = fee_yen
    request.status = Status.DECIDED if decision in DISCLOSING else Status.CLOSED
    save_by(request, by)
    for article, category in grounds:
        WithholdingGround.objects.create(request=request, article=article, category=category)
    return request


def _new_grounds(request, grounds, decision, withheld_summary):
    """The grounds a decision adds to those already on record (a 特例延長's 相当の部分 decided before it):
    checked against them (the same article under another category is refused; repeated, it is one ground).
    A decision that withholds cites a ground; one that withholds nothing cites none."""
    grounds = _clean_grounds(grounds)
    recorded = [(g.article, g.category) for g in request.grounds.all()]
    merged = _clean_grounds(recorded + grounds)
    if decision in GROUNDS_REQUIRED and not grounds:
        raise ActionRefused(f"{decision}の決定には不開示の理由 (根拠条項と類型) が必要です。")
    if decision not in GROUNDS_REQUIRED and grounds:
        raise ActionRefused(f"{decision}の決定には不開示の理由を付けません。")
    if decision == Decision.PARTIAL and not (withheld_summary or "").strip():
        raise ActionRefused("部分開示の決定では、不開示とした部分を記録してください。")
    return [ground for ground in merged if ground not in recorded]


def _joined(recorded, added):
    """The withheld part as recorded so far (the 相当の部分's) and the decision's, one under the other."""
    return "\n".join(part for part in ((recorded or "").strip(), (added or "").strip()) if part)


@transaction.atomic
@within_reach
def withdraw_request(request, *, on, by=None):
    request = _lock(DisclosureRequest, request)
    _check_open(request)
    _happened(on, "取下げの日")
    if on < request.received_on:
        raise ActionRefused("取下げの日が請求日より前です。")
    _not_before_extension(request, on, "取下げの日")
    request.decision = Decision.WITHDRAWN
    request.decided_on = on
    request.status = Status.CLOSED
    return save_by(request, by)


@transaction.atomic
@within_reach
def transfer_request(request, *, on, transferred_to, by=None):
    """事案の移送 (法第85条, 第96条, 第104条; the 情報公開条例's like them): the request goes, with the requester
    told, to another 実施機関 (the 教育委員会, another city, a national body: named as written, it need not be
    in this register), which decides it. The request ends here, off the deadline board, counted as 移送 in the
    yearly report and never as a decision or a 取下げ."""
    request = _lock(DisclosureRequest, request)
    _check_open(request)
    if request.portion_decided_on:
        raise ActionRefused("相当の部分を決定した請求は移送できません。残りの部分を決定してください。")
    request.decided_on, request.transferred_to = _transfer(request, on, transferred_to)
    request.decision = Decision.TRANSFERRED
    request.status = Status.CLOSED
    return save_by(request, by)


def _transfer(request, on, transferred_to):
    """(day, receiving body) of a 移送 as stored."""
    _happened(on, "移送の日")
    if on < request.received_on:
        raise ActionRefused("移送の日が請求日より前です。")
    _not_before_extension(request, on, "移送の日")
    transferred_to = re.sub(r"\s+", " ", transferred_to or "").strip()
    if not transferred_to:
        raise ActionRefused("移送先の実施機関を入力してください (例: 北山市教育委員会)。")
    limit = DisclosureRequest._meta.get_field("transferred_to").max_length
    if len(transferred_to) > limit:
        raise ActionRefused(f"移送先の実施機関は{limit}文字以内で入力してください。")
    return on, transferred_to


@transaction.atomic
@within_reach
def correct_transfer(request, *, on, transferred_to, by=None, seen_mark=None):
    """A 移送 entered with the wrong day or receiving body, recorded again (the change stays in the request's
    history). The 移送 itself is not undone: the request has gone to the other 実施機関."""
    request = _lock(DisclosureRequest, request)
    check_unchanged(request, seen_mark)
    if request.decision != Decision.TRANSFERRED:
        raise ActionRefused("移送が記録されていない請求です。")
    on, transferred_to = _transfer(request, on, transferred_to)
    if (on, transferred_to) == (request.decided_on, request.transferred_to):
        raise ActionRefused("訂正する箇所がありません。")
    request.decided_on, request.transferred_to = on, transferred_to
    return save_by(request, by)


@transaction.atomic
def undo_ending(request, *, reason, by=None, seen_mark=None):
    """A 取下げ or 移送 recorded on the wrong request, or before the requester's letter or the other body's
    acceptance came, is taken back (取消し) with the reason, kept in the request's history. The request is again
    what it was before the step: open, with the deadline it had (first period, extension or 特例延長: neither step
    changed them), so it is back on the deadline board, in the register as undecided and in the yearly report's
    未決定. Nothing else rests on a 取下げ or 移送 here (no appeal lies against one), so it may be taken back
    whenever it is found."""
    request = _lock(DisclosureRequest, request)
    check_unchanged(request, seen_mark)
    if request.decision not in ENDED_WITHOUT_DECISION:
        raise ActionRefused("取下げ・移送が記録されていない請求です。")
    what = f"{request.decision} ({to_wareki(request.decided_on)}{'、' + request.transferred_to if request.transferred_to else ''})"
    request._change_reason = reason_note(f"{what}を取消し", reason, f"{request.decision}を取り消す")
    request.decision = ""
    request.decided_on = None
    request.transferred_to = ""
    # The status the request had: withdrawal and transfer are refused on any but an open one, and keep the
    # extension notices they found.
    request.status = (Status.SPECIAL if request.special_notice_on else
                      Status.EXTENDED if request.extension_notice_on else Status.RECEIVED)
    return save_by(request, by)


@transaction.atomic
@within_reach
def decide_special_portion(request, *, decision, decided_on, scope, grounds=(), withheld_summary="", by=None):
    """The decision on a special extension's 相当の部分 (法第84条; the 情報公開条例's like it), due within the
    first period plus the longest extension: recorded with the part it covers, its grounds and withheld
    part, it leaves the rest open, due by the date the notice gave (`special_final_by`). The grounds count
    with the request's in the yearly report; the decision on the rest adds its own."""
    request = _lock(DisclosureRequest, request)
    _check_open(request)
    if request.status != Status.SPECIAL or not request.special_portion_due:
        raise ActionRefused("相当の部分の決定は、特例延長 (法第84条) をした開示請求について記録します。")
    if request.portion_decided_on:
        raise ActionRefused("相当の部分の決定はすでに記録されています。")
    _check_portion(request, decision, decided_on, scope)
    grounds = _new_grounds(request, grounds, decision, withheld_summary)
    request.portion_decision = decision
    request.portion_decided_on = decided_on
    request.portion_scope = scope.strip()
    request.withheld_summary = _joined(request.withheld_summary, withheld_summary)
    save_by(request, by)
    for article, category in grounds:
        WithholdingGround.objects.create(request=request, article=article, category=category)
    return request


def _check_portion(request, decision, decided_on, scope):
    _check_decision(request, decision, decided_on)
    if decision == Decision.DISMISSED:
        raise ActionRefused("相当の部分の決定に却下はありません。請求全体を却下するときは「決定を記録する」で記録してください。")
    _happened(decided_on, "相当の部分の決定日")
    if not (scope or "").strip():
        raise ActionRefused("相当の部分として決定した範囲を入力してください (例: 令和3年度・令和4年度分の文書)。")


@transaction.atomic
@within_reach
def correct_special_portion(request, *, decision, decided_on, scope, grounds=None, withheld_summary="", by=None,
                            seen_mark=None):
    """The decision on the 相当の部分, entered wrongly, recorded again while the rest is undecided (the grounds on
    record are then the portion's alone). Blank grounds or withheld part keep what was recorded, as when a
    decision is corrected; a decision that withholds nothing drops both."""
    request = _lock(DisclosureRequest, request)
    check_unchanged(request, seen_mark)
    if not request.portion_decided_on:
        raise ActionRefused("相当の部分の決定が記録されていない請求です。")
    if not request.is_open:
        raise ActionRefused("残りの部分を決定した後は、相当の部分の決定は直せません。")
    if request.appeals.filter(against=Appeal.Against.PORTION).exists():
        # The 審査会 reviews the decision as it was appealed.
        raise ActionRefused("審査請求のあった相当の部分の決定は修正できません。審査請求の手続きの中で扱ってください。")
    _check_portion(request, decision, decided_on, scope)
    kept = [(g.article, g.category) for g in request.grounds.all()]
    new_grounds, withheld = _corrected_grounds(request, decision, grounds, withheld_summary, kept)
    new = {"portion_decision": decision, "portion_decided_on": decided_on, "portion_scope": scope.strip(),
           "withheld_summary": withheld}
    return _save_corrected_decision(request, new, kept, new_grounds, by)


@transaction.atomic
@within_reach
def ask_third_party(request, *, third_party, asked_on, by=None):
    """意見書提出の機会: the third party whose information is in the requested documents."""
    request = _lock(DisclosureRequest, request)
    _check_open(request)
    if not (third_party or "").strip():
        raise ActionRefused("意見を照会する第三者を入力してください。")
    _happened(asked_on, "意見照会日")
    if asked_on < request.received_on:
        raise ActionRefused("意見照会日が請求日より前です。")
    return save_by(ThirdPartyOpinion(request=request, third_party=third_party.strip(), asked_on=asked_on), by)


@transaction.atomic
@within_reach
def record_third_party_opinion(opinion, *, answered_on, objects_to_disclosure, by=None):
    opinion = _lock(ThirdPartyOpinion, opinion)
    _happened(answered_on, "意見書の提出日")
    if answered_on < opinion.asked_on:
        raise ActionRefused("意見書の提出日が照会日より前です。")
    opinion.answered_on = answered_on
    opinion.objects_to_disclosure = bool(objects_to_disclosure)
    return save_by(opinion, by)


@transaction.atomic
@within_reach
def record_disclosure(request, *, on, fee_yen=None, by=None):
    """開示の実施. Where a third party objected, at least two weeks lie between the decision and this day."""
    request = _lock(DisclosureRequest, request)
    if request.decides_merits:
        raise ActionRefused(f"{request.short_kind}には開示の実施 (写しの交付等) はありません。")
    if request.decision not in DISCLOSING:
        raise ActionRefused("開示を実施できるのは全部開示または部分開示の決定のみです。")
    if request.disclosure_on:
        raise ActionRefused("開示はすでに実施されています。")
    _require_date(on, "開示の実施日")
    if on < request.decided_on:
        raise ActionRefused("開示の実施日が決定日より前です。")
    if request.third_parties.filter(objects_to_disclosure=True).exists():
        rules = deadlines.rules_for(request.municipality)
        earliest = deadlines.third_party_earliest_disclosure(request.decided_on, rules)
        if on < earliest:
            raise ActionRefused(
                f"第三者が反対意見書を提出しているため、開示の実施は {to_wareki(earliest)} 以降です "
                f"(決定の日との間に少なくとも{rules.third_party_gap_days}日を置きます)。"
            )
    request.disclosure_on = on
    if fee_yen is not None:
        if fee_yen < 0:
            raise ActionRefused("費用が正しくありません。")
        request.fee_yen = fee_yen
    request.status = Status.CLOSED
    return save_by(request, by)


@transaction.atomic
@within_reach
def record_provider_notice(request, *, on, by=None, seen_mark=None):
    """法第97条: having corrected, the 実施機関 tells those it had provided the information to, where it is
    needed. The day it did so; corrected until the request is settled."""
    request = _lock(DisclosureRequest, request)
    check_unchanged(request, seen_mark)
    if request.kind != Kind.CORRECTION or request.decision not in CORRECTING:
        raise ActionRefused("提供先への通知は、訂正をする (一部訂正を含む) 決定の後に記録します。")
    if request.providers_notified_on:
        _check_correctable(request)
    _happened(on, "提供先への通知日")
    if on < request.decided_on:
        raise ActionRefused("提供先への通知日が決定日より前です。")
    request.providers_notified_on = on
    return save_by(request, by)


# --- Appeals (審査請求) ---

def _lock_appeal(appeal):
    return Appeal.objects.select_for_update().select_related("request__municipality").get(pk=appeal.pk)


def _appealed_decision(request, against):
    """(decision, its day) an appeal `against` names: the request's decision or, under a special extension, the
    decision on its 相当の部分 (法第84条), a decision of its own even while the rest is still open."""
    if against == Appeal.Against.PORTION:
        if not request.portion_decided_on:
            raise ActionRefused("相当の部分の決定が記録されていない請求です。")
        return request.portion_decision, request.portion_decided_on
    if against != Appeal.Against.DECISION:
        raise ActionRefused("審査請求に係る決定 (請求に対する決定・相当の部分の決定) を選んでください。")
    if not request.decision or request.decision in ENDED_WITHOUT_DECISION:
        hint = ("(移送した請求の決定は移送先の実施機関がします)。" if request.decision == Decision.TRANSFERRED
                else "。相当の部分の決定に対する審査請求は、審査請求に係る決定に「相当の部分の決定」を選びます。"
                if request.portion_decided_on else "。")
        raise ActionRefused("審査請求できるのは決定のあった請求のみです" + hint)
    return request.decision, request.decided_on


@transaction.atomic
@within_reach
def file_appeal(request, *, filed_on, purport, against=Appeal.Against.DECISION, learned_on=None, appellant_name="",
                appellant_claims="", by=None):
    """審査請求 against the request's decision or, `against` PORTION, the decision on its 相当の部分. Filed outside
    the 3-month window it is still recorded, marked late (filed_late): whether to dismiss it (却下) is the 審査会's
    and the agency's call, not the register's."""
    request = _lock(DisclosureRequest, request)
    _, decided_on = _appealed_decision(request, against)
    _happened(filed_on, "審査請求日")
    learned_on = learned_on or decided_on
    _happened(learned_on, "決定を知った日")
    if filed_on < decided_on or learned_on < decided_on:
        raise ActionRefused("審査請求日と決定を知った日は決定日以後の日です。")
    if filed_on < learned_on:
        raise ActionRefused("審査請求日が決定を知った日より前です。")
    if not (purport or "").strip():
        raise ActionRefused("審査請求の趣旨を入力してください。")
    rules = deadlines.rules_for(request.municipality)
    late = filed_on > deadlines.appeal_window_end(learned_on, rules)
    appeal = Appeal(
        request=request, number=_next_appeal_number(request.municipality, filed_on), against=against, filed_on=filed_on,
        learned_on=learned_on,
        filed_late=late, appellant_name=(appellant_name or "").strip(), purport=purport.strip(),
        appellant_claims=(appellant_claims or "").strip(),
    )
    return save_by(appeal, by)


def _next_appeal_number(municipality, filed_on):
    """The 年度's next 審査請求番号 (「2026-審003」), of the 年度 of the 審査請求日 as the 受付番号 and the yearly
    report count: one past the highest of that 年度's prefix, never a count, so a number is not handed out twice
    (numbers given per calendar year before keep theirs, and the 年度 continues after the highest of them)."""
    return _next_in_series(municipality, Appeal.objects.filter(request__municipality=municipality),
                           f"{fiscal_year(filed_on)}-審", 3)


def _check_status(appeal, *allowed):
    if appeal.status not in allowed:
        raise ActionRefused(f"{appeal.get_status_display()}の審査請求にはこの操作はできません。")


@transaction.atomic
@within_reach
def refer_appeal(appeal, *, council, referred_on, notice_on, agency_claims, examiner_exclusion, number="", by=None):
    """諮問 (法第105条 / 条例): the 実施機関 refers the appeal with its 理由説明書 and notifies the appellant
    and interested parties. The appeal becomes a Case of the 審査会, so it is scheduled, deliberated in
    closed session, decided and answered through the council's usual actions. An appeal goes to the 審査会
    without a 審理員 only where a provision says so (行政不服審査法第9条第1項ただし書; for a 公文書開示 the city's
    条例 must provide it): the provision is recorded with the 諮問 (`examiner_exclusion`), never assumed."""
    appeal = _lock_appeal(appeal)
    _check_status(appeal, Appeal.Status.FILED)
    request = appeal.request
    if council.municipality_id != request.municipality_id:
        raise ActionRefused("この自治体の審査会ではありません。")
    _happened(referred_on, "諮問日")
    _happened(notice_on, "諮問をした旨の通知日")
    if referred_on < appeal.filed_on:
        raise ActionRefused("諮問日が審査請求日より前です。")
    if notice_on < referred_on:
        raise ActionRefused("諮問をした旨の通知は諮問の後にします。")
    if not (agency_claims or "").strip():
        raise ActionRefused("理由説明書 (実施機関の主張) を入力してください。")
    examiner_exclusion = (examiner_exclusion or "").strip()
    if not examiner_exclusion:
        raise ActionRefused("審理員の指名を要しない根拠 (法令・条例の規定) を入力してください。"
                            "規定が無いときは、審理員による審理手続を経てから諮問します。")
    if len(examiner_exclusion) > Appeal._meta.get_field("examiner_exclusion").max_length:
        raise ActionRefused("審理員の指名を要しない根拠は200字以内の規定で入力してください。")
    basis = ("個人情報保護法第105条第3項" if request.kind != Kind.PUBLIC_DOCUMENT
             else f"{request.municipality.name}情報公開条例")
    case = create_case(
        council, request.department, by=by, kind=Case.Kind.CONSULTATION, categories=[Category.OTHER],
        title=f"{appeal.decision_title}に対する審査請求 ({request.short_kind})",
        topic="審査請求", legal_bases=[basis],
        purpose=f"{to_wareki(appeal.decided_on_appealed)}付けの{appeal.decision_title}に対する審査請求について諮問する。",
    )
    # The case came before the 審査会 on the 諮問日, whenever the secretariat records it: its 提出・受付, its
    # 諮問番号's year and the 諮問書's date are that day's.
    submit_case(case, by=by, on=referred_on)
    appeal.case = accept_case(case, by=by, on=referred_on, number=number)
    appeal.referred_on = referred_on
    appeal.notice_on = notice_on
    appeal.agency_claims = agency_claims.strip()
    appeal.examiner_exclusion = examiner_exclusion
    appeal.status = Appeal.Status.REFERRED
    save_by(appeal, by)
    AppealEvent.objects.create(appeal=appeal, kind=AppealEvent.Kind.REASON_STATEMENT, on=referred_on,
                               submitted_by="実施機関")
    return appeal


def _check_after_steps(appeal, on, what):
    """An 答申 or a 取下げ ends the 審査会's work: it is not dated before a step already recorded, which the
    答申書's 処理経過 would then list after the 答申 (or the register keep for an appeal already withdrawn)."""
    last = appeal.events.order_by("-on", "-id").first()
    if last is not None and on < last.on:
        raise ActionRefused(f"{what} ({to_wareki(on)}) が記録済みの審査の経過「{last.kind}」"
                            f"({to_wareki(last.on)}) より前です。日付か経過を見直してください。")


def _check_appeal_step_date(appeal, on, what):
    """A step of the 審査会's work lies between the 諮問 and the 答申, and has happened by the day it is recorded."""
    _require_date(on, what)
    if on < appeal.referred_on:
        raise ActionRefused(f"{what}が諮問日 ({to_wareki(appeal.referred_on)}) より前です。")
    if appeal.answered_on and on > appeal.answered_on:
        raise ActionRefused(f"{what}が答申日 ({to_wareki(appeal.answered_on)}) より後です。")
    not_in_future(on, what)


@transaction.atomic
@within_reach
def record_appeal_event(appeal, *, kind, on, submitted_by="", note="", meeting=None, by=None):
    """意見書・資料の受領, 口頭意見陳述, インカメラ審理 (noted: what was seen is never stored), 審議. A step the
    審査会 set a 提出期限 for meets the earliest outstanding one of its kind from the same party."""
    appeal = _lock_appeal(appeal)
    _check_status(appeal, Appeal.Status.REFERRED)
    if kind not in AppealEvent.Kind.values or kind == AppealEvent.Kind.REASON_STATEMENT:
        raise ActionRefused("経過の種類を選んでください。")
    _check_appeal_step_date(appeal, on, "経過の日付")
    if kind == AppealEvent.Kind.IN_CAMERA and (note or "").strip():
        # The documents the 審査会 inspects are the withheld ones: what was seen must never be written down.
        raise ActionRefused("インカメラ審理は、行ったこと (日付と会議) のみ記録します。記録欄は空欄にしてください。")
    if meeting is not None:
        if appeal.case is None or meeting.council_id != appeal.case.council_id:
            raise ActionRefused("この審査会の会議ではありません。")
        if meeting.date != on:
            raise ActionRefused("日付が会議の開催日と異なります。")
        if not meeting.items.filter(case_id=appeal.case_id).exists():
            # The 答申書's 処理経過 prints these steps: a meeting that never had the appeal before it is no step.
            raise ActionRefused(f"{meeting.label} の次第にこの審査請求の案件がありません。先に会議の次第に載せてください。")
    if kind == AppealEvent.Kind.DELIBERATION and meeting is None:
        raise ActionRefused("審議はどの会議で行ったかを選んでください。")
    event = save_by(AppealEvent(appeal=appeal, kind=kind, on=on, submitted_by=submitted_by.strip(),
                                note=(note or "").strip(), meeting=meeting), by)
    outstanding = appeal.deadlines.select_for_update().filter(kind=kind, met_by__isnull=True)
    if event.submitted_by:
        outstanding = outstanding.filter(asked_of=event.submitted_by)
    deadline = outstanding.order_by("due_on", "id").first()
    if deadline is not None:
        deadline.met_by = event
        save_by(deadline, by)
    return event


@transaction.atomic
@within_reach
def set_appeal_deadline(appeal, *, kind, asked_of, set_on, due_on, by=None):
    """The 審査会 asks a party for an 意見書, 資料 or a 口頭意見陳述 by a 提出期限 (審査会設置法第11条 and the
    city's 条例); the appeal's page shows it outstanding, then overdue, until the step is recorded."""
    appeal = _lock_appeal(appeal)
    _check_status(appeal, Appeal.Status.REFERRED)
    if kind not in AppealDeadline.KINDS:
        raise ActionRefused("期限を定めるもの (意見書・資料・口頭意見陳述) を選んでください。")
    asked_of = (asked_of or "").strip()
    if not asked_of:
        raise ActionRefused("求めた相手 (審査請求人、実施機関など) を入力してください。")
    _check_appeal_step_date(appeal, set_on, "期限を定めた日")
    _require_date(due_on, "提出期限")
    if due_on <= set_on:
        raise ActionRefused("提出期限は期限を定めた日より後にしてください。")
    if deadlines.is_closed(due_on, deadlines.rules_for(appeal.request.municipality)):
        raise ActionRefused(f"提出期限 ({to_wareki(due_on)}) は閉庁日です。開庁日を指定してください。")
    return save_by(AppealDeadline(appeal=appeal, kind=kind, asked_of=asked_of, set_on=set_on, due_on=due_on), by)


@transaction.atomic
def remove_appeal_deadline(deadline, *, by=None):
    """Take back a 提出期限 set by mistake while the 審査会 still deliberates (kept in its history)."""
    appeal = _lock_appeal(deadline.appeal)
    _check_status(appeal, Appeal.Status.REFERRED)
    deadline = AppealDeadline.objects.filter(pk=deadline.pk, appeal=appeal).first()
    if deadline is None:
        raise ActionRefused("この提出期限はすでに削除されています。", code="conflict")
    delete_by(deadline, by)


@transaction.atomic
def remove_appeal_event(event, *, by=None):
    """Take back a step recorded by mistake (a wrong date, the wrong kind) while the 審査会 still deliberates;
    the 理由説明書 goes with the referral itself. The removal stays in the steps' history, without who submitted
    the step and its note, which may name a person (history.erase)."""
    appeal = _lock_appeal(event.appeal)
    _check_status(appeal, Appeal.Status.REFERRED)
    event = AppealEvent.objects.filter(pk=event.pk, appeal=appeal).first()
    if event is None:
        raise ActionRefused("この経過はすでに削除されています。", code="conflict")
    if event.kind == AppealEvent.Kind.REASON_STATEMENT:
        raise ActionRefused("理由説明書は諮問とともに記録されるため、削除できません。")
    pk = event.pk
    delete_by(event, by)
    erase(AppealEvent, pk, by=by, reason="審査の経過の削除", fields=("submitted_by", "note"), deleted=True,
          municipality_id=appeal.request.municipality_id)


def _expected_outcome(findings):
    values = {finding for _, finding, _ in findings}
    if values == {GroundJudgment.Finding.PROPER}:
        return Appeal.Outcome.UPHELD
    if values == {GroundJudgment.Finding.IMPROPER}:
        return Appeal.Outcome.REVOKED
    return Appeal.Outcome.PARTLY_REVOKED


@transaction.atomic
def draft_appeal_answer(appeal, *, outcome, conclusion, judgment, findings=(), appellant_claims=None, by=None,
                        seen_mark=None):
    """The 答申案: conclusion, reasoning and a 判断理由 for every ground the decision cited. A draft stays
    with the 審査会 (never public) until it is issued; it can be corrected as often as needed. `seen_mark`:
    the appeal's history mark when the form was opened (a draft saved by someone else meanwhile is refused)."""
    appeal = _lock_appeal(appeal)
    check_unchanged(appeal, seen_mark)
    _check_status(appeal, Appeal.Status.REFERRED)
    if outcome not in Appeal.Outcome.values:
        raise ActionRefused("答申の結論 (妥当・一部取消・取消・却下) を選んでください。")
    if not (conclusion or "").strip() or not (judgment or "").strip():
        raise ActionRefused("審査会の結論と判断を入力してください。")
    grounds = {g.pk: g for g in appeal.request.grounds.all()}
    # An appeal the 審査会 finds unlawful is answered 却下 without judging the decision: no ground is judged.
    findings = list(findings) if outcome != Appeal.Outcome.REJECTED else []
    if outcome == Appeal.Outcome.REJECTED:
        grounds = {}
    seen = set()
    for ground, finding, reason in findings:
        if ground.pk not in grounds:
            raise ActionRefused(f"{ground} はこの決定の不開示理由ではありません。")
        if finding not in GroundJudgment.Finding.values or not (reason or "").strip():
            raise ActionRefused(f"{ground} の判断と判断理由を入力してください。")
        seen.add(ground.pk)
    if set(grounds) - seen:
        missing = "、".join(str(grounds[pk]) for pk in sorted(set(grounds) - seen))
        raise ActionRefused(f"不開示理由ごとに判断理由が必要です (未入力: {missing})。")
    if findings and _expected_outcome(findings) != outcome:
        raise ActionRefused(
            f"理由ごとの判断からは結論は「{_expected_outcome(findings)}」になります。結論か判断を見直してください。"
        )
    appeal.outcome = outcome
    appeal.conclusion = conclusion.strip()
    appeal.judgment = judgment.strip()
    if appellant_claims is not None:
        appeal.appellant_claims = appellant_claims.strip()
    save_by(appeal, by)
    appeal.judgments.all().delete()
    for ground, finding, reason in findings:
        GroundJudgment.objects.create(appeal=appeal, ground=ground, finding=finding, reason=reason.strip())
    return appeal


@transaction.atomic
@within_reach
def issue_appeal_answer(appeal, *, answered_on, meeting=None, number=None, by=None):
    """答申: the council's decision on the appeal's case must be on record (the usual meetings flow); the
    答申 is issued through meetings.actions so the case is answered like any other consultation."""
    from shingikai.meetings.actions import issue_answer

    appeal = _lock_appeal(appeal)
    _check_status(appeal, Appeal.Status.REFERRED)
    if not appeal.outcome:
        raise ActionRefused("答申案 (結論と判断) を先に作成してください。")
    _require_date(answered_on, "答申日")
    if answered_on < appeal.referred_on:
        raise ActionRefused("答申日が諮問日より前です。")
    _check_after_steps(appeal, answered_on, "答申日")
    case = appeal.case
    # The council's 答申 is the 答申 as issued to the 市長, names and all: an appeal's case is deliberated
    # closed, so the record never reaches the public (publicity.answers), which reads the appeal's public
    # version, masked as it is rendered (answer_document).
    answer = _council_draft(appeal, by)
    joined = _joined_appeals(appeal, answer, answered_on)
    answer = issue_answer(answer, date=answered_on, meeting=meeting, number=number, by=by)
    case.refresh_from_db()
    for other in joined:
        _answer_joined(other, appeal, answer, by)
    return _answered(appeal, answer, by)


def _answered(appeal, answer, by):
    appeal.answer_number = answer.number
    appeal.answered_on = answer.date
    appeal.status = Appeal.Status.ANSWERED
    return save_by(appeal, by)


def _joined_appeals(appeal, answer, answered_on):
    """The other appeals the council's draft answers with this one (併合: two appeals against one decision,
    deliberated together and answered in one 答申, the draft made for both cases on the council's 答申 screen).
    Issuing answers their cases too, so each is answered with it here; otherwise the other appeal stayed 諮問済
    for good, its case answered and its own 答申 refused as given twice."""
    joined = []
    for other in (Appeal.objects.select_for_update().filter(case__in=answer.cases.exclude(pk=appeal.case_id))
                  .order_by("pk")):
        if other.status != Appeal.Status.REFERRED:
            raise ActionRefused(f"併合した審査請求 {other.number} は{other.get_status_display()}のため、"
                                "一つの答申で答申できません。")
        if answered_on < other.referred_on:
            raise ActionRefused(f"答申日が併合した審査請求 {other.number} の諮問日 ({to_wareki(other.referred_on)}) "
                                "より前です。")
        _check_after_steps(other, answered_on, f"答申日 (併合した審査請求 {other.number})")
        if other.outcome and (other.outcome, other.conclusion) != (appeal.outcome, appeal.conclusion):
            raise ActionRefused(f"併合した審査請求 {other.number} の答申案の結論がこの答申案と異なります。"
                                "一つの答申の結論は一つです。どちらかの答申案を直してください。")
        joined.append(other)
    return joined


def _answer_joined(other, appeal, answer, by):
    """A joined appeal takes the 答申's text (conclusion, judgment, a 判断理由 per ground of the one decision) and its
    number and date; its own 審査請求人の主張 stays its own."""
    other.outcome, other.conclusion, other.judgment = appeal.outcome, appeal.conclusion, appeal.judgment
    other._change_reason = f"審査請求 {appeal.number} と併合して答申"
    other.judgments.all().delete()
    for judgment in appeal.judgments.all():
        GroundJudgment.objects.create(appeal=other, ground=judgment.ground, finding=judgment.finding,
                                      reason=judgment.reason)
    return _answered(other, answer, by)


def _council_draft(appeal, by):
    """The council's draft 答申 on the appeal's case, holding the appeal's 答申案 as it will be issued (a draft
    typed on the council's 答申 screen beforehand takes the appeal's wording: one 答申, one text)."""
    from shingikai.meetings.actions import draft_answer

    case = appeal.case
    head = appeal.request.municipality.head
    answer = case.answers.filter(state="draft").first()
    if answer is None:
        return draft_answer(case.council, cases=[case], conclusion=appeal.conclusion, addressee=head, by=by)
    if answer.conclusion != appeal.conclusion:
        answer.conclusion = appeal.conclusion
        answer._change_reason = "審査請求の答申案の結論"
        save_by(answer, by)
    return answer


def follow_answer_correction(answer, *, by=None):
    """A 正誤 of the council's 答申 on an appeal (meetings.correct_issued_answer) is the appeal's 結論 from then
    on: its 答申書, public page, API and search read the corrected text (masked as they render it). The
    council's 答申 holds the conclusion as issued, so the text changed there replaces the appeal's; the 正誤
    itself is printed from the 答申's history (answer_document.corrections_of)."""
    _follow_answer(answer, "conclusion", answer.conclusion, f"答申の正誤 ({answer.number or answer.pk})", by)


def follow_answer_number(answer, *, by=None):
    """A 答申番号 corrected on the council's 答申 (meetings.renumber_answer: the number its 答申書 bore, or two swapped)
    is the appeal's too: the register, the appeal's page and the 答申書 read `answer_number`, which otherwise kept
    the old number, the very one a swap gives the other 答申, so two 答申 showed the same number."""
    _follow_answer(answer, "answer_number", answer.number, f"答申番号の訂正 ({answer.number})", by)


def _follow_answer(answer, field, value, reason, by):
    """Every appeal the 答申 answers (two joined appeals, 併合, share its one text and number) takes `value` as its
    `field` where it differs, with `reason` in its history."""
    for appeal in Appeal.objects.select_for_update().filter(case__in=answer.cases.all()).order_by("pk"):
        if getattr(appeal, field) != value:
            setattr(appeal, field, value)
            appeal._change_reason = reason
            save_by(appeal, by)


#: What the secretariat can do about a name or number left in the public version, until and after 公表.
MASK_ADVICE = ("氏名や口座番号などが残っているときは、この審査請求の「公開版で伏せる語句」に書くと、公開版と検索では "
               "○○ になります。")


@transaction.atomic
def set_appeal_masked_terms(appeal, *, masked_terms, by=None, seen_mark=None):
    """The words to mask in the 答申's public version besides the names on record: what the parties quoted
    in their own words (an agent's name, an account number the 審査会 held rightly withheld). Set freely until
    the 答申 is published; afterwards terms are only added (a leak found later is masked at once), never
    taken away: what was masked on the public page stays masked. `seen_mark`: the appeal's history mark
    when the form was opened."""
    from .answer_document import term_lines

    appeal = _lock_appeal(appeal)
    check_unchanged(appeal, seen_mark)
    lines = list(dict.fromkeys(line.strip() for line in (masked_terms or "").splitlines() if line.strip()))
    for line in lines:
        if len(line) > 100:
            raise ActionRefused("伏せる語句は1行100字までです。")
        if len("".join(line.split())) < 2:
            raise ActionRefused(f"伏せる語句は2字以上で入力してください (「{line}」)。")
        if not term_lines(line):
            raise ActionRefused(f"「{line}」は肩書や法人の種類を表す語のため、それだけでは伏せません。"
                                "氏名・名称を入力してください。")
    if appeal.answer_published:
        dropped = [line for line in term_lines(appeal.masked_terms) if line not in term_lines("\n".join(lines))]
        if dropped:
            raise ActionRefused("公表した答申の公開版で伏せた語句は外せません (" + "、".join(f"「{w}」" for w in dropped)
                                + ")。語句を加えることはできます。")
    text = "\n".join(lines)
    if text == appeal.masked_terms:
        raise ActionRefused("伏せる語句に変更がありません。")
    appeal.masked_terms = text
    appeal._change_reason = "公開版で伏せる語句"
    return save_by(appeal, by)


@transaction.atomic
def publish_appeal_answer(appeal, *, checked_withheld=False, by=None):
    """Publish the 答申 (its public version: names and withheld content removed).
    Masking finds the people on record and what the 不開示とした部分 names in brackets, but only a person can
    tell whether a word of the withheld part left in the text merely mentions it or discloses it: while any is
    left, publishing waits until the secretariat says it read them (`checked_withheld`)."""
    from .answer_document import withheld_words_left

    appeal = _lock_appeal(appeal)
    # An 答申 withdrawn from before its 裁決 was still given: it is published as any other.
    if not appeal.answered_on:
        raise ActionRefused("公表できるのは答申済の審査請求のみです。")
    left = withheld_words_left(appeal)
    if left and not checked_withheld:
        raise ActionRefused(
            "公開版に、不開示とした部分の語句が残っています: " + "、".join(f"「{w}」" for w in left) + "。"
            "公開版 (PDF) を開き、不開示とした情報そのもの (第三者の氏名など) が書かれていないことを確かめてから、"
            "「確認した」に印を付けて公表してください。" + MASK_ADVICE)
    appeal.answer_published = True
    return save_by(appeal, by)


@transaction.atomic
@within_reach
def rule_on_appeal(appeal, *, ruled_on, ruling, deviation_reason="", by=None):
    """裁決: the 実施機関 decides and records whether it followed the 答申; departing from it needs a reason."""
    appeal = _lock_appeal(appeal)
    _check_status(appeal, Appeal.Status.ANSWERED)
    if ruling not in Appeal.Ruling.values:
        raise ActionRefused("裁決の内容を選んでください。")
    # A 裁決 recorded is one made: a day still to come would count in the yearly report and stop the
    # 裁決待ち reminders before the 実施機関 has ruled.
    _happened(ruled_on, "裁決日")
    if ruled_on < appeal.answered_on:
        raise ActionRefused("裁決日が答申日より前です。")
    followed = RULING_FOR[appeal.outcome] == ruling
    if not followed and not (deviation_reason or "").strip():
        raise ActionRefused("答申と異なる裁決をする理由を入力してください。")
    appeal.ruled_on = ruled_on
    appeal.ruling = ruling
    appeal.followed_answer = followed
    appeal.deviation_reason = (deviation_reason or "").strip()
    appeal.status = Appeal.Status.RULED
    return save_by(appeal, by)


#: What an appeal may be ruled on without asking the 審査会 (法第105条第1項第1号・第2号; 情報公開条例 alike).
RULINGS_WITHOUT_REFERRAL = (Appeal.Ruling.REJECTED, Appeal.Ruling.GRANTED)


@transaction.atomic
@within_reach
def rule_without_referral(appeal, *, ruled_on, ruling, reason, by=None):
    """裁決 straight after the 審査請求, where the law needs no 諮問: an unlawful appeal (late, no standing …)
    dismissed (却下, 第1号), or one granted in full with all of it disclosed (認容, 第2号) — not when a third
    party has objected to the disclosure, whose opinion the 審査会 must weigh (第2号括弧書き)."""
    appeal = _lock_appeal(appeal)
    _check_status(appeal, Appeal.Status.FILED)
    if ruling not in RULINGS_WITHOUT_REFERRAL:
        raise ActionRefused("諮問をせずにできる裁決は、却下 (不適法な審査請求) と認容 (全部を認める) のみです。"
                            "それ以外は審査会に諮問してください。")
    _happened(ruled_on, "裁決日")
    if ruled_on < appeal.filed_on:
        raise ActionRefused("裁決日が審査請求日より前です。")
    reason = (reason or "").strip()
    if not reason:
        raise ActionRefused("諮問を要しない理由を入力してください (例: 審査請求期間の経過後にされた不適法な審査請求であるため)。")
    if ruling == Appeal.Ruling.GRANTED and appeal.request.third_parties.filter(objects_to_disclosure=True).exists():
        raise ActionRefused("第三者から開示に反対する意見書が出ているため、認容する場合も審査会への諮問が必要です"
                            " (法第105条第1項第2号)。")
    appeal.ruled_on = ruled_on
    appeal.ruling = ruling
    appeal.no_referral_reason = reason
    appeal.followed_answer = None
    appeal.status = Appeal.Status.RULED
    return save_by(appeal, by)


@transaction.atomic
@within_reach
def withdraw_appeal(appeal, *, on, by=None):
    """審査請求の取下げ (行政不服審査法第27条: at any time until the 裁決, so also after the 答申 while the 実施機関
    has yet to rule). A referred appeal's case is withdrawn with it: taken off the agenda of any meeting not yet
    held, so the members are not convened to deliberate it; an answered one keeps its 答申, which stays
    publishable."""
    appeal = _lock_appeal(appeal)
    _check_status(appeal, Appeal.Status.FILED, Appeal.Status.REFERRED, Appeal.Status.ANSWERED)
    _happened(on, "取下げ日")
    if on < appeal.filed_on:
        raise ActionRefused("取下げ日が審査請求日より前です。")
    if appeal.referred_on and on < appeal.referred_on:
        raise ActionRefused(f"取下げ日が諮問日 ({to_wareki(appeal.referred_on)}) より前です。")
    if appeal.answered_on and on < appeal.answered_on:
        raise ActionRefused(f"取下げ日が答申日 ({to_wareki(appeal.answered_on)}) より前です。")
    _check_after_steps(appeal, on, "取下げ日")
    appeal.status = Appeal.Status.WITHDRAWN
    appeal.withdrawn_on = on
    save_by(appeal, by)
    if appeal.case_id:
        _withdraw_appeal_case(appeal.case, f"審査請求の取下げ ({to_wareki(on)})", by)
    return appeal


def _withdraw_appeal_case(case, reason, by):
    from shingikai.cases.actions import NOT_YET_DECIDED, withdraw_case
    from shingikai.meetings.actions import remove_agenda_item
    from shingikai.meetings.models import Answer, Meeting

    for item in case.agenda_items.filter(decision__isnull=True, meeting__state=Meeting.State.PLANNED):
        remove_agenda_item(item, by=by)
    # A joined appeal withdrawn before the 答申 leaves the joint draft: the others are still answered by it, and
    # a withdrawn appeal in it would keep it from ever being issued.
    for draft in case.answers.exclude(state=Answer.State.ISSUED):
        if draft.cases.exclude(pk=case.pk).exists():
            draft.cases.remove(case)
            draft.decisions.remove(*draft.decisions.filter(agenda_item__case=case))
    case = Case.objects.select_for_update().get(pk=case.pk)
    if case.status in NOT_YET_DECIDED:
        return withdraw_case(case, reason=reason, by=by)
    if case.status == Case.Status.DECIDED:
        # Decided to be answered (答申予定) but not yet answered: there is nothing left to answer.
        case.status = Case.Status.WITHDRAWN
        case.withdraw_reason = reason
        case.version += 1
        return save_by(case, by)
    return case


# --- the yearly reports as agenda items ---

@transaction.atomic
def table_report(meeting, *, department, fiscal_year, additional=False, by=None):
    """Put the 運用状況報告 (or the 実施状況追加報告) of a fiscal year on a meeting's agenda as a report item
    (報告), its figures as the case's text. The figures are the register's at the time of tabling."""
    from shingikai.meetings.actions import schedule_case

    from . import report

    council = meeting.council
    if department.municipality_id != council.municipality_id:
        raise ActionRefused("この審議会の自治体の課ではありません。")
    # A year still running on the meeting's day has no figures to report yet: they would be frozen half-way.
    if meeting.date and report.fiscal_year_bounds(fiscal_year)[1] >= meeting.date:
        raise ActionRefused(f"{fiscal_year_label(fiscal_year)}はこの会議の日 ({to_wareki(meeting.date)}) にまだ終わって"
                            "いないため、その年度の報告は次第に載せられません。前の年度を選んでください。")
    figures = report.operations_report(council.municipality, fiscal_year)
    if additional:
        rows = report.additional_report(council.municipality, fiscal_year)["rows"]
        title = f"{figures['label']}情報公開・個人情報保護制度の実施状況追加報告"
        lines = [f"{r['number']} {r['kind']} ({r['department']}): {r['decision']}"
                 + (f" {to_wareki(r['decided_on'])}" if r["decided_on"] else "") for r in rows]
        purpose = f"{figures['label']}末に決定に至っていなかった請求 {len(rows)} 件のその後を報告する。\n" + "\n".join(lines)
    else:
        title = f"{figures['label']}情報公開・個人情報保護制度運用状況報告"
        # The 開示請求's outcomes, then each 訂正・利用停止 request's under its own kind (never as a 全部開示).
        decided = "、".join(
            [f"{r['decision']} {r['count']}件" for r in figures["by_decision"] if r["count"]]
            + [f"{row['label']} {d['decision']} {d['count']}件" for row in figures["by_kind"] if row["kind"] in MERITS_KINDS
               for d in row["decisions"] if d["count"]])
        timing = figures["timing"]
        # A year with nothing decided has no median and no share: the sentence is left out, not printed as None.
        purpose = (f"請求 {figures['total']} 件" + (f" ({decided})" if decided else "") + "。"
                   + (f"決定までの日数の中央値 {timing['median_days']} 日、決定期間内の決定 {timing['within_first_share']}%。"
                      if timing["median_days"] is not None else "")
                   + f"期間延長 {figures['extensions']} 件、審査請求 {figures['appeals']['filed']} 件。"
                   f"漏えい等事案 {figures['incidents']['total']} 件 (うち報告対象 {figures['incidents']['reportable']} 件)。")
    case = create_case(council, department, by=by, kind=Case.Kind.REPORT, title=title, purpose=purpose,
                       topic="運用状況報告")
    submit_case(case, by=by)
    # Received for this meeting: one entered after its day is received on that day, not after it.
    received = min(meeting.date, timezone.localdate()) if meeting.date else None
    return schedule_case(accept_case(case, by=by, on=received), meeting, by=by)


# --- other 審査会's published 答申, imported as precedents ---

ANSWER_FIELDS = ("number", "answered_on", "outcome", "conclusion", "purport", "claims", "judgment", "articles",
                 "categories", "masked_terms", "source_publisher", "source_url")
# A council's name starts with its municipality's (ひがし市情報公開・個人情報保護審査会 → ひがし市).
MUNICIPALITY_PREFIX = re.compile(r"^(.+?[都道府県市町村区])")


def read_answer_file(data, name):
    """Decode an uploaded 答申 (the minutes importer's reader) and read its structure; ActionRefused with
    the reason in Japanese when the file cannot be read or holds no 答申."""
    from shingikai import filetypes
    from shingikai.minutes.actions import read_upload

    from .answer_import import not_answer_reason, parse_answer_text

    kind = filetypes.sniff(data[:1024])
    if kind not in (None, "pdf", "zip", "ole"):
        # A photo or an archive picked by mistake, named by what it is (the minutes reader would speak of 会議録).
        raise ActionRefused(f"{name}: 答申ではなく{filetypes.label(kind)}です。"
                            "答申のテキスト (.txt)、HTML、PDF、Word (.docx) のファイルを選んでください。")
    text = read_upload(data, name)
    parsed = parse_answer_text(text)
    reason = not_answer_reason(parsed)
    if reason:
        raise ActionRefused(f"{name}: {reason}")
    return text, parsed


class CouncilNotRead(ActionRefused):
    """The 答申 does not name its 審査会 (or its 自治体) in a way that can be read: the secretariat names them."""


def _answer_council(parsed, council, by):
    """The named council, else the one the 答申 names or the secretariat typed (`parsed` then carries
    "municipality" too), created as an imported-only council, as the minutes import does for councils it
    does not know."""
    from shingikai.minutes.store import council_for_import

    if council is not None:
        return council
    name = (parsed.get("council_name") or "").strip()
    if not name:
        raise CouncilNotRead("審査会の名称が読み取れません。取込先の審査会を選ぶか、審査会の名称と自治体を入力してください。")
    prefix = MUNICIPALITY_PREFIX.match(name)
    municipality = (parsed.get("municipality") or "").strip() or (prefix.group(1) if prefix else "")
    if not municipality:
        raise CouncilNotRead(f"「{name}」から自治体が読み取れません。自治体を入力してください。")
    return council_for_import({"municipality": municipality, "council_name": name}, None, by)


def _clean_answer_fields(fields):
    unknown = set(fields) - set(ANSWER_FIELDS)
    if unknown:
        raise ActionRefused(f"取り込んだ答申に無い項目です: {', '.join(sorted(unknown))}")
    clean = {}
    for name, value in fields.items():
        if name == "answered_on":
            if value is not None and not isinstance(value, datetime.date):
                try:
                    value = datetime.date.fromisoformat(str(value))
                except ValueError:
                    raise ActionRefused(f"答申日が正しくありません: {value}") from None
        elif name == "outcome":
            value = value or ""
            if value and value not in Appeal.Outcome.values:
                raise ActionRefused("答申の結論は 妥当・一部取消・取消 のいずれかです。")
        elif name == "categories":
            value = list(dict.fromkeys(value or []))
            wrong = [c for c in value if c not in GroundCategory.values]
            if wrong:
                raise ActionRefused(f"不開示情報の類型ではありません: {', '.join(wrong)}")
        elif name == "articles":
            value = list(dict.fromkeys(a.strip() for a in value or [] if a and a.strip()))
            if any(len(a) > 100 for a in value):
                raise ActionRefused("条項が長すぎます (1つ100字まで)。")
        else:
            value = (value or "").strip()
            if name == "number" and len(value) > 30:
                raise ActionRefused("答申番号は30字までです。")
            if name == "source_url" and value and not re.match(r"https?://[^\s]+$", value):
                raise ActionRefused("公表元のURLは http:// または https:// で始まるアドレスを入力してください。")
        clean[name] = value
    return clean


def _check_publishable(answer):
    if not (answer.number or answer.answered_on) or not answer.outcome or not answer.conclusion:
        raise ActionRefused("公開するには、答申番号か答申日、答申の結論 (妥当・一部取消・取消) と第1 審査会の結論が必要です。")


# -- whose an imported 答申 is ------------------------------------------------------------------------
#
# As for imported minutes (minutes.actions): the user it was imported by (ImportedAnswer.imported_by), whose
# secretariat publishes, corrects and deletes it; a secretariat also changes any import into its own councils. None
# is the operator's (the command line without --as): in a precedent-only council it is no city's to change, only a
# superuser changes it, and the secretariats see it read-only.

OPERATORS_ANSWER = "運用者が取り込んだ答申"


def _imported_answer_rights(user):
    from shingikai.minutes.actions import import_rights

    return import_rights(user, "imported_by")


def imported_answers_changed_by(user):
    """The imported 答申 `user` may correct, publish, unpublish and delete."""
    rights = _imported_answer_rights(user)
    return ImportedAnswer.objects.filter(rights[0]) if rights else ImportedAnswer.objects.none()


def imported_answers_shown_to(user):
    """imported_answers_changed_by, and for a secretariat the operator's imports into precedent-only councils,
    read-only; each annotated `changeable`."""
    rights = _imported_answer_rights(user)
    if rights is None:
        return ImportedAnswer.objects.none()
    changes, shows = rights
    return ImportedAnswer.objects.filter(shows).annotate(
        changeable=Switch(When(changes, then=Value(True)), default=Value(False), output_field=BooleanField()))


def check_may_change_imported_answer(answer, by):
    """Refuse a change to an imported 答申 by a user it does not belong to; `by` None is the operator."""
    if by is None or imported_answers_changed_by(by).filter(pk=answer.pk).exists():
        return
    if answer.imported_by_id is None:
        raise ActionRefused(f"{answer} は{OPERATORS_ANSWER}です。変更できるのはシステム管理者だけです。")
    raise ActionRefused(f"{answer} はほかの事務局が取り込んだ答申のため、変更できません。")


@transaction.atomic
def import_answer_as(data, *, name, user, council=None):
    """An import by the command line (`import-answer --as USERNAME`) attributed to `user`, who must serve a
    secretariat of the target council's municipality, or of any municipality for a precedent-only council: it is
    then theirs to publish, correct and delete, as if their secretariat had uploaded it."""
    from shingikai.minutes.actions import attributable_secretariat, check_attributable_to

    city = attributable_secretariat(user)
    return _import_answer(data, name, council, user, None,
                          check_council=lambda target: check_attributable_to(user, city, target))


@transaction.atomic
def import_answer(data, *, name, council=None, by=None, typed=None):
    """Store another 審査会's published 答申 as a precedent, not public until the secretariat publishes it.
    The same 答申 for the same council again changes nothing, whatever its encoding: the decoded text is compared,
    not the bytes; one that is not `by`'s to change is refused (the operator's stays the operator's). `typed`: the
    審査会's "council_name" and "municipality" as the secretariat typed them, over what was read. Returns (answer,
    "imported" | "unchanged")."""
    return _import_answer(data, name, council, by, typed)


def _import_answer(data, name, council, by, typed, check_council=None):
    name = (name or "answer.txt").replace("\\", "/").rsplit("/", 1)[-1][:300]
    text, parsed = read_answer_file(data, name)
    council = _answer_council({**parsed, **(typed or {})}, council, by)
    if check_council is not None:
        check_council(council)
    sha256 = hashlib.sha256(data).hexdigest()
    existing = ImportedAnswer.objects.filter(Q(sha256=sha256) | Q(source_text=text), council=council).first()
    if existing is not None:
        check_may_change_imported_answer(existing, by)
        return existing, "unchanged"
    fields = _clean_answer_fields({
        "number": parsed.get("number") or "", "answered_on": parsed.get("date"), "outcome": parsed.get("outcome"),
        "conclusion": parsed.get("conclusion"), "purport": parsed.get("purport"), "claims": parsed.get("claims"),
        "judgment": parsed.get("judgment"), "articles": parsed.get("articles"), "categories": parsed.get("categories"),
    })
    answer = ImportedAnswer(council=council, source_name=name, sha256=sha256, source_text=text,
                            imported_by=by if getattr(by, "is_authenticated", False) else None, **fields)
    return save_by(answer, by), "imported"


def _lock_imported(answer):
    return ImportedAnswer.objects.select_for_update().get(pk=answer.pk)


@transaction.atomic
@within_reach
def correct_imported_answer(answer, *, by=None, seen_mark=None, **fields):
    """Correct any part of the reading; a published 答申 must stay complete enough to be public.
    `seen_mark`: its history_mark when the form was opened (a correction made meanwhile is kept)."""
    answer = _lock_imported(answer)
    check_may_change_imported_answer(answer, by)
    check_unchanged(answer, seen_mark)
    for field, value in _clean_answer_fields(fields).items():
        setattr(answer, field, value)
    if answer.published:
        _check_publishable(answer)
    return save_by(answer, by)


@transaction.atomic
@within_reach
def publish_imported_answer(answer, *, on=None, by=None):
    """Put a checked 答申 on the public pages and in the public search (its masked terms as ○○)."""
    answer = _lock_imported(answer)
    check_may_change_imported_answer(answer, by)
    if answer.published:
        raise ActionRefused("この答申はすでに公開されています。")
    _check_publishable(answer)
    answer.published = True
    answer.published_on = on or timezone.localdate()
    return save_by(answer, by)


@transaction.atomic
def unpublish_imported_answer(answer, *, by=None):
    answer = _lock_imported(answer)
    check_may_change_imported_answer(answer, by)
    if not answer.published:
        raise ActionRefused("この答申は公開されていません。")
    answer.published = False
    answer.published_on = None
    return save_by(answer, by)


@transaction.atomic
def delete_imported_answer(answer, *, by=None):
    from shingikai.minutes.store import drop_unused_import_council

    answer = _lock_imported(answer)
    check_may_change_imported_answer(answer, by)
    label = str(answer)
    answer.delete()
    drop_unused_import_council(answer.council)
    return label


#: history_change_reason holds 100 characters.
_REASON_MAX = 100


@transaction.atomic
@within_reach
def correct_request_decision(request, *, decision, decided_on, grounds=None, withheld_summary=None, fee_yen=0,
                             reason=None, by=None, seen_mark=None):
    """Correct a decision recorded with the wrong type or date (or grounds, withheld part, fee) until the
    request is settled (settled_reason), under the rules it was recorded by; the status follows (a
    disclosing decision waits for the disclosure, any other closes the request). `grounds` None and an
    empty `withheld_summary` keep what was recorded (a department, which does not see the withheld part,
    can correct the date without retyping it); a decision that withholds nothing drops both."""
    request = _lock(DisclosureRequest, request)
    check_unchanged(request, seen_mark)
    if not request.decision:
        raise ActionRefused("決定が記録されていない請求です。")
    _check_correctable(request)
    _check_decision(request, decision, decided_on)
    if decided_on > timezone.localdate():
        raise ActionRefused(f"決定日に未来の日付 ({to_wareki(decided_on)}) は指定できません。")
    kept = [(g.article, g.category) for g in request.grounds.all()]
    if request.decides_merits:
        reason = _merits_reason(request, decision, grounds=grounds, withheld_summary=withheld_summary, fee_yen=fee_yen,
                                reason=request.refusal_reason if reason is None else reason)
        new = {"decision": decision, "decided_on": decided_on, "refusal_reason": reason, "status": Status.CLOSED}
        if decision not in CORRECTING:
            new["providers_notified_on"] = None
        return _save_corrected_decision(request, new, kept, [], by)
    _no_reason_on_disclosure(request, reason)
    new_grounds, withheld = _corrected_grounds(request, decision, grounds, withheld_summary, kept)
    if fee_yen is None or fee_yen < 0 or fee_yen > 2_147_483_647:
        raise ActionRefused("費用が正しくありません。")
    new = {"decision": decision, "decided_on": decided_on, "withheld_summary": withheld, "fee_yen": fee_yen,
           "status": Status.DECIDED if decision in DISCLOSING else Status.CLOSED}
    return _save_corrected_decision(request, new, kept, new_grounds, by)


def _corrected_grounds(request, decision, grounds, withheld_summary, kept):
    """(grounds, withheld part) of a corrected decision: blank ones keep what was recorded (`kept`, the
    request's withheld part), a decision that withholds nothing has neither."""
    grounds = _clean_grounds(grounds) if grounds is not None else None
    new_grounds = (kept if not grounds else grounds) if decision in GROUNDS_REQUIRED else []
    if decision in GROUNDS_REQUIRED and not new_grounds:
        raise ActionRefused(f"{decision}の決定には不開示の理由 (根拠条項と類型) が必要です。")
    if decision not in GROUNDS_REQUIRED and grounds:
        raise ActionRefused(f"{decision}の決定には不開示の理由を付けません。")
    withheld = ((withheld_summary or "").strip() or request.withheld_summary) if decision in GROUNDS_REQUIRED else ""
    if decision == Decision.PARTIAL and not withheld:
        raise ActionRefused("部分開示の決定では、不開示とした部分を記録してください。")
    return new_grounds, withheld


def _save_corrected_decision(request, new, kept, new_grounds, by):
    """The corrected decision's fields and grounds, saved with a history note naming the new grounds; refused
    when nothing changes."""
    if all(getattr(request, name) == value for name, value in new.items()) and new_grounds == kept:
        raise ActionRefused("訂正する箇所がありません。")
    for name, value in new.items():
        setattr(request, name, value)
    if new_grounds != kept:
        request.grounds.all().delete()
        for article, category in new_grounds:
            WithholdingGround.objects.create(request=request, article=article, category=category)
        note = "不開示の理由: " + ("、".join(f"{a} ({c})" for a, c in new_grounds) or "なし")
        request._change_reason = note if len(note) <= _REASON_MAX else note[:_REASON_MAX - 1] + "…"
    return save_by(request, by)


# --- the identity of requesters and appellants (本人の記録) ---

#: What a settled request's or appeal's record still lets the secretariat correct, with a reason given.
IDENTITY_FIELDS = {DisclosureRequest: ("requester_name", "requester_contact"), Appeal: ("appellant_name",)}


@transaction.atomic
def correct_identity(record, *, field, value, reason, by=None):
    """Correct a requester's or appellant's name or contact at any time, a settled record included: a 訂正請求
    granted about that very record, or a name misspelt when received. The old and the new value and the reason
    are kept (IdentityCorrection) beside the record's own history row."""
    from .models import IdentityCorrection

    model = type(record)
    if field not in IDENTITY_FIELDS.get(model, ()):
        raise ActionRefused("この項目は訂正できません。")
    record = model.objects.select_for_update().get(pk=record.pk)
    value = (value or "").strip()
    reason = (reason or "").strip()
    label = model._meta.get_field(field).verbose_name
    limit = model._meta.get_field(field).max_length
    if not reason:
        raise ActionRefused("訂正の理由を入力してください (例: 令和7年○月○日付け訂正決定による)。")
    if len(value) > limit:
        raise ActionRefused(f"{label}は{limit}文字以内で入力してください。")
    before = getattr(record, field)
    if value == before:
        raise ActionRefused(f"{label}が今の記録と同じです。訂正後の値を入力してください。")
    setattr(record, field, value)
    save_by(record, by, update_fields=[field])
    IdentityCorrection.objects.create(
        request=record if model is DisclosureRequest else None, appeal=record if model is Appeal else None,
        field=field, before=before, after=value, reason=reason,
        corrected_by=by if getattr(by, "is_authenticated", False) else None,
    )
    return record


#: An appeal whose procedure is over: nothing it decides needs its appellant any more.
ENDED_APPEALS = (Appeal.Status.RULED, Appeal.Status.WITHDRAWN)


@transaction.atomic
def erase_identity(record, *, reason, by=None):
    """Erase a requester's or appellant's name and contact for good once their keeping ended (the 保存期間 of a
    settled request) or the person's 利用停止請求 was granted: emptied on the record, in its change history and
    in the corrections kept of them, so that neither its pages nor 本人の記録を探す show them again. The
    erasure record keeps which record, by whom, when and why; the request's number, dates and decision stay."""
    from .access import is_register_secretariat

    model = type(record)
    fields = IDENTITY_FIELDS.get(model)
    if fields is None:
        raise ActionRefused("この記録の請求者の情報は消去できません。")
    record = model.objects.select_for_update().get(pk=record.pk)
    if not is_register_secretariat(by, (record.request if model is Appeal else record).municipality_id):
        raise ActionRefused("請求者の情報の消去は事務局だけができます。", code="forbidden")
    appeals = [record] if model is Appeal else list(record.appeals.all())
    if (model is DisclosureRequest and record.is_open) or any(a.status not in ENDED_APPEALS for a in appeals):
        raise ActionRefused("手続きが終わっていない請求や審査請求の請求者の情報は消去できません。")
    city = (record.request if model is Appeal else record).municipality_id
    return erase_values(record, fields, by=by, municipality_id=city, who="請求者",
                        note=reason_note("請求者の情報を消去", reason, "消去の"))


@transaction.atomic
def dispose_expired(municipality, *, today, by=None):
    """廃棄: erase the requester's and appellant's data of every record of the city whose 保存期間 is over
    (retention.due_for_disposal), each through erase_identity, so each leaves its erasure record with the period
    it was kept for. All or none: a refusal on one leaves every other as it was. Returns how many were erased."""
    from .access import is_register_secretariat
    from .retention import due_for_disposal

    if not is_register_secretariat(by, municipality.pk):
        raise ActionRefused("保存期間が満了した記録の廃棄は事務局だけができます。", code="forbidden")
    due = due_for_disposal(municipality, today)
    if not due:
        raise ActionRefused("保存期間が満了して廃棄を待つ記録はありません。", code="conflict")
    for item in due:
        erase_identity(item.record, by=by, reason=f"保存期間 ({item.years}年、{to_wareki(item.kept_until)}まで) の満了による廃棄")
    return len(due)


def erase_values(record, fields, *, by, municipality_id, note, who, saved=()):
    """Empty a person's `fields` on `record` (read under select_for_update) and everywhere else they are kept:
    its history (history.erase, which records the erasure), the corrections and the search log
    (forget_corrections). `saved`: other fields the caller changed with it (a version)."""
    if not any(getattr(record, field) for field in fields):
        raise ActionRefused(f"{who}の情報はすでに消去されています。", code="conflict")
    erased = [getattr(record, field) for field in fields]
    for field in fields:
        setattr(record, field, "")
    record._change_reason = note
    save_by(record, by, update_fields=[*fields, *saved])
    # history.erase forgets the searched names these values hold, with those its history held.
    erase(type(record), record.pk, by=by, reason=note, fields=fields, municipality_id=municipality_id, values=erased)
    forget_corrections(type(record), record.pk)
    return record


def forget_corrections(model, pk):
    """Empty the corrections kept of a requester's or appellant's identity on `model` row `pk`."""
    from .models import IdentityCorrection

    if model in IDENTITY_FIELDS:
        IdentityCorrection.objects.filter(**{"request_id" if model is DisclosureRequest else "appeal_id": pk}).update(
            before="", after="")


def record_subject_search(municipality, name, *, by, found, purpose="", exported=False):
    """Keep who searched the city's records for whose name, why, and how many records it found (the search
    reads personal data itself)."""
    from .models import SubjectSearch

    return SubjectSearch.objects.create(municipality=municipality, name=name.strip(), found=found, exported=exported,
                                        purpose=purpose.strip(), searched_by=by)


def forget_searched_names(municipality_id, *erased):
    """Empty the name of every search of the city's records for a person whose data was just erased (a searched
    name found in an erased value): the search log must not keep what the erasure took away. Who searched,
    when, why and how many hits stay."""
    from .models import SubjectSearch
    from .subjects import name_pattern

    erased = [value for value in erased if value]
    searches = SubjectSearch.objects.filter(municipality_id=municipality_id).exclude(name="")
    names = [pk for pk, name in searches.values_list("pk", "name")
             if any(re.search(name_pattern(name), value) for value in erased)]
    return SubjectSearch.objects.filter(pk__in=names).update(name="")
