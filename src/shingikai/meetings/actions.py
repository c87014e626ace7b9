"""Actions on meetings: plan, build the agenda, open with attendance, record turns and decisions,
track follow-ups, close, and answer (答申)."""
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from shingikai.cases.models import Case
from shingikai.errors import ActionRefused
from shingikai.history import save_by
from shingikai.jp.wareki import fiscal_year

from .models import AgendaItem, Answer, Attendance, Decision, FollowUp, Meeting, Turn

SCHEDULABLE = (Case.Status.ACCEPTED, Case.Status.CONTINUED)
FINAL_OUTCOMES = (
    Decision.Outcome.APPROVED, Decision.Outcome.CONSENTED, Decision.Outcome.CONDITIONAL,
    Decision.Outcome.REJECTED, Decision.Outcome.ANSWER_PENDING,
)
ANSWERABLE_OUTCOMES = FINAL_OUTCOMES


def _lock(model, obj):
    return model.objects.select_for_update().get(pk=obj.pk)


def _minutes_locked(meeting):
    # Read from the database: a Meeting instance may carry a stale cached Minutes.
    from shingikai.minutes.models import Minutes
    return Minutes.objects.filter(meeting_id=meeting.pk).exclude(state=Minutes.State.DRAFT).exists()


@transaction.atomic
def plan_meeting(council, *, date, start_time=None, end_time=None, place="", is_public=True, closed_reason=""):
    """Put a meeting on the calendar, numbered 年度第N回 (April to March) and 通算 where the council counts so."""
    if date is None:
        raise ActionRefused("開催日を入力してください。")
    fy = fiscal_year(date)
    numbers = Meeting.objects.filter(council=council)
    number = (numbers.filter(fiscal_year=fy).aggregate(n=Max("number"))["n"] or 0) + 1
    cumulative = None
    if council.numbers_cumulatively:
        held_before = numbers.exclude(state=Meeting.State.CANCELLED).count()
        cumulative = council.cumulative_base + held_before + 1
    if not is_public and not closed_reason.strip():
        raise ActionRefused("非公開とする理由を入力してください。")
    return Meeting.objects.create(
        council=council, fiscal_year=fy, number=number, cumulative_number=cumulative, date=date,
        start_time=start_time, end_time=end_time, place=place, is_public=is_public, closed_reason=closed_reason,
    )


def _next_order(meeting):
    return (meeting.items.aggregate(n=Max("order"))["n"] or 0) + 1


def _check_agenda_open(meeting):
    if meeting.state in (Meeting.State.HELD, Meeting.State.CANCELLED):
        raise ActionRefused(f"{meeting.get_state_display()}の会議の次第は変更できません。")


@transaction.atomic
def add_procedural_item(meeting, procedure, title=None, *, is_public=True):
    _check_agenda_open(meeting)
    if procedure not in AgendaItem.Procedure.values:
        raise ActionRefused(f"議事進行の種類が正しくありません: {procedure}")
    return AgendaItem.objects.create(
        meeting=meeting, order=_next_order(meeting), kind=AgendaItem.Kind.PROCEDURAL, procedure=procedure,
        title=title or procedure, is_public=is_public,
    )


@transaction.atomic
def schedule_case(case, meeting, *, is_public=True, closed_reason="", by=None):
    """Put an accepted case (or a report) on a meeting's agenda."""
    case = _lock(Case, case)
    _check_agenda_open(meeting)
    if case.council_id != meeting.council_id:
        raise ActionRefused("別の審議会の会議には案件を載せられません。")
    if case.status not in SCHEDULABLE:
        raise ActionRefused(f"{case.get_status_display()}の案件は会議に載せられません。受付済または継続審議の案件のみです。")
    if case.agenda_items.filter(meeting=meeting).exists():
        raise ActionRefused("この案件はすでにこの会議の次第にあります。")
    pending = case.agenda_items.filter(decision__isnull=True).exclude(meeting__state=Meeting.State.CANCELLED)
    if pending.exists():
        raise ActionRefused(f"この案件は {pending.first().meeting.short_label} の会議で審議予定です。")
    if not is_public and not closed_reason.strip():
        raise ActionRefused("非公開とする理由を入力してください。")
    item = AgendaItem.objects.create(
        meeting=meeting, order=_next_order(meeting), kind=case.kind, title=case.title, case=case,
        is_public=is_public and meeting.is_public, closed_reason=closed_reason,
    )
    item.departments.add(case.department)
    case.status = Case.Status.SCHEDULED
    save_by(case, by, update_fields=["status"])
    return item


@transaction.atomic
def add_item(meeting, *, kind, title, departments=(), is_public=True, closed_reason=""):
    """Put an item that is not a case on the agenda (a register's report, a 第三者点検); the register
    keeps the link to it."""
    _check_agenda_open(meeting)
    if kind not in (AgendaItem.Kind.CONSULTATION, AgendaItem.Kind.REPORT, AgendaItem.Kind.OTHER):
        raise ActionRefused(f"議題の種別が正しくありません: {kind}")
    if not is_public and not closed_reason.strip():
        raise ActionRefused("非公開とする理由を入力してください。")
    item = AgendaItem.objects.create(
        meeting=meeting, order=_next_order(meeting), kind=kind, title=title,
        is_public=is_public and meeting.is_public, closed_reason=closed_reason,
    )
    item.departments.add(*departments)
    return item


@transaction.atomic
def open_meeting(meeting, *, present, absent=(), secretariat=(), department_staff=(), others=(), observers=None,
                 is_public=None):
    """Open the meeting and take attendance. Returns the meeting; `meeting.has_quorum()` tells the quorum.

    present/absent: Person objects (members); secretariat: Staff; department_staff: (Staff, AgendaItem|None);
    others: (name, title) pairs such as a vendor observer.
    """
    meeting = _lock(Meeting, meeting)
    if meeting.state != Meeting.State.PLANNED:
        raise ActionRefused(f"{meeting.get_state_display()}の会議は開会できません。")
    on = meeting.date
    in_office = set(meeting.council.memberships.in_office(on).values_list("person_id", flat=True))
    strangers = [p for p in list(present) + list(absent) if p.pk not in in_office]
    if strangers:
        raise ActionRefused(f"{'、'.join(str(p) for p in strangers)} は開催日に在任の委員ではありません。")
    if {p.pk for p in present} & {p.pk for p in absent}:
        raise ActionRefused("同じ委員が出席と欠席の両方にあります。")
    roles = dict(meeting.council.memberships.in_office(on).values_list("person_id", "role"))
    from shingikai.councils.models import Membership
    role_labels = dict(Membership.Role.choices)
    for person in present:
        Attendance.objects.create(meeting=meeting, kind=Attendance.Kind.MEMBER, person=person, name=person.name,
                                  title=role_labels[roles[person.pk]])
    for person in absent:
        Attendance.objects.create(meeting=meeting, kind=Attendance.Kind.MEMBER, person=person, name=person.name,
                                  title=role_labels[roles[person.pk]], present=False)
    for staff in secretariat:
        Attendance.objects.create(meeting=meeting, kind=Attendance.Kind.SECRETARIAT, staff=staff, name=staff.name,
                                  title=staff.title)
    for staff, item in department_staff:
        if item is not None and item.meeting_id != meeting.pk:
            raise ActionRefused("説明員の議題がこの会議のものではありません。")
        Attendance.objects.create(meeting=meeting, kind=Attendance.Kind.DEPARTMENT, staff=staff, name=staff.name,
                                  title=f"{staff.department or ''} {staff.title}".strip(), agenda_item=item)
    for name, title in others:
        Attendance.objects.create(meeting=meeting, kind=Attendance.Kind.OTHER, name=name, title=title)
    if observers is not None:
        meeting.observers = observers
    if is_public is not None:
        meeting.is_public = is_public
    meeting.state = Meeting.State.OPEN
    meeting.save()
    return meeting


def quorum_status(meeting, attendances=None):
    """(present, required, ok) for the quorum indicator; `attendances`: the meeting's, when already loaded."""
    if attendances is None:
        present = meeting.members_present().count()
    else:
        present = sum(1 for a in attendances if a.kind == Attendance.Kind.MEMBER and a.present)
    required = meeting.council.quorum(meeting.date) if meeting.date else None
    return present, required, required is not None and present >= required


@transaction.atomic
def record_turn(meeting, *, speaker_label, role, text, agenda_item=None, person=None, staff=None):
    if meeting.state not in (Meeting.State.OPEN, Meeting.State.HELD):
        raise ActionRefused("発言は開会中または開催済の会議にのみ記録できます。")
    if _minutes_locked(meeting):
        raise ActionRefused("会議録が確定しているため、発言は訂正の手続きでのみ変更できます。")
    if agenda_item is not None and agenda_item.meeting_id != meeting.pk:
        raise ActionRefused("議題がこの会議のものではありません。")
    if role not in Turn.Role.values:
        raise ActionRefused(f"発言者の区分が正しくありません: {role}")
    if not speaker_label.strip() or not text.strip():
        raise ActionRefused("発言者と発言内容を入力してください。")
    order = (Turn.objects.filter(meeting=meeting).aggregate(n=Max("order"))["n"] or 0) + 1
    return Turn.objects.create(
        meeting=meeting, agenda_item=agenda_item, order=order, speaker_label=speaker_label.strip(), role=role,
        person=person, staff=staff, text=text.strip(),
    )


@transaction.atomic
def record_decision(agenda_item, *, outcome, vote_method, wording="", votes_for=None, votes_against=None,
                    votes_abstain=None, by=None):
    """Record the council's decision on one agenda item.

    Refused without a quorum; refused a second time on an item, and on a case already decided unless the
    earlier decision was 継続審議 at an earlier meeting.
    """
    item = _lock(AgendaItem, agenda_item)
    meeting = item.meeting
    if not item.is_deliberation:
        raise ActionRefused("議事進行の項目には決定を記録できません。")
    if meeting.state not in (Meeting.State.OPEN, Meeting.State.HELD):
        raise ActionRefused("決定は開会中または開催済の会議にのみ記録できます。")
    if _minutes_locked(meeting):
        raise ActionRefused("会議録が確定しているため、決定は変更できません。")
    if outcome not in Decision.Outcome.values or outcome == Decision.Outcome.UNKNOWN:
        raise ActionRefused(f"結論が正しくありません: {outcome}")
    if vote_method not in Decision.VoteMethod.values or vote_method == Decision.VoteMethod.UNKNOWN:
        raise ActionRefused("決定の方法を選んでください。")
    if Decision.objects.filter(agenda_item=item).exists():
        raise ActionRefused("この議題にはすでに決定が記録されています。")
    present, required, ok = quorum_status(meeting)
    if not ok:
        raise ActionRefused(f"定足数に達していないため決定できません (出席 {present} 人、定足数 {required} 人)。")
    if vote_method == Decision.VoteMethod.BALLOT:
        if votes_for is None or votes_against is None:
            raise ActionRefused("採決の場合は賛成と反対の人数を入力してください。")
        if votes_for + votes_against + (votes_abstain or 0) > present:
            raise ActionRefused("投票数が出席委員数を超えています。")
    if item.kind == AgendaItem.Kind.REPORT and outcome not in (Decision.Outcome.REPORT_NOTED, Decision.Outcome.CONTINUED):
        raise ActionRefused("報告の議題の結論は「報告了承」または「継続審議」です。")
    case = item.case
    if case is not None:
        case = _lock(Case, case)
        for earlier in case.decisions.select_related("agenda_item__meeting"):
            if earlier.outcome != Decision.Outcome.CONTINUED:
                raise ActionRefused(f"この案件はすでに「{earlier.outcome}」と決定されています。")
            if earlier.agenda_item.meeting_id == meeting.pk:
                raise ActionRefused("継続審議とした案件は、後の会議でのみ改めて決定できます。")
    decision = Decision(
        agenda_item=item, case=case, outcome=outcome, vote_method=vote_method, wording=wording,
        votes_for=votes_for, votes_against=votes_against, votes_abstain=votes_abstain, recorded_by=by,
    )
    save_by(decision, by)
    if case is not None:
        case.status = Case.Status.CONTINUED if outcome == Decision.Outcome.CONTINUED else Case.Status.DECIDED
        save_by(case, by, update_fields=["status"])
    return decision


@transaction.atomic
def add_follow_up(decision, *, kind, text, department=None, due_date=None, by=None):
    if kind not in FollowUp.Kind.values:
        raise ActionRefused(f"種別が正しくありません: {kind}")
    if not text.strip():
        raise ActionRefused("内容を入力してください。")
    if decision.outcome == Decision.Outcome.CONTINUED and kind == FollowUp.Kind.CONDITION:
        raise ActionRefused("継続審議の決定には条件を付けられません。")
    tracked = kind != FollowUp.Kind.OPINION
    if tracked and department is None:
        department = decision.case.department if decision.case else None
    if kind in (FollowUp.Kind.REPORT_BACK, FollowUp.Kind.SUBMISSION) and department is None:
        raise ActionRefused("対応する課を指定してください。")
    follow_up = FollowUp(
        decision=decision, kind=kind, text=text.strip(), department=department, due_date=due_date,
        status=FollowUp.Status.OPEN if tracked else FollowUp.Status.NOT_TRACKED,
    )
    return save_by(follow_up, by)


@transaction.atomic
def respond_follow_up(follow_up, *, response, evidence=None, by=None, expected_version=None):
    follow_up = _lock(FollowUp, follow_up)
    if expected_version is not None and expected_version != follow_up.version:
        raise ActionRefused("他の人が先に回答を保存しました。最新の内容を確認してください。", code="conflict")
    if follow_up.status not in (FollowUp.Status.OPEN, FollowUp.Status.RESPONDED):
        raise ActionRefused(f"{follow_up.get_status_display()}の項目には回答できません。")
    if not response.strip():
        raise ActionRefused("回答を入力してください。")
    follow_up.response = response.strip()
    if evidence is not None:
        follow_up.evidence = evidence
    follow_up.status = FollowUp.Status.RESPONDED
    follow_up.responded_at = timezone.now()
    follow_up.version += 1
    return save_by(follow_up, by)


@transaction.atomic
def close_follow_up(follow_up, *, on, by=None):
    """The secretariat confirms the department delivered what was asked."""
    follow_up = _lock(FollowUp, follow_up)
    if follow_up.status == FollowUp.Status.CLOSED:
        raise ActionRefused("この項目はすでに完了しています。")
    if follow_up.status == FollowUp.Status.NOT_TRACKED:
        raise ActionRefused("附帯意見は追跡の対象ではありません。")
    if follow_up.status != FollowUp.Status.RESPONDED:
        raise ActionRefused("担当課の回答がないため完了にできません。")
    follow_up.status = FollowUp.Status.CLOSED
    follow_up.closed_on = on
    follow_up.version += 1
    return save_by(follow_up, by)


@transaction.atomic
def close_meeting(meeting, *, end_time=None):
    """Close the meeting; its minutes are drafted in the council's style."""
    meeting = _lock(Meeting, meeting)
    if meeting.state != Meeting.State.OPEN:
        raise ActionRefused("開会中の会議のみ閉会できます。")
    if end_time is not None:
        meeting.end_time = end_time
    meeting.state = Meeting.State.HELD
    meeting.save()
    from shingikai.minutes.actions import draft_minutes
    draft_minutes(meeting)
    return meeting


@transaction.atomic
def cancel_meeting(meeting):
    meeting = _lock(Meeting, meeting)
    if meeting.state != Meeting.State.PLANNED:
        raise ActionRefused("開催予定の会議のみ中止できます。")
    meeting.state = Meeting.State.CANCELLED
    meeting.save(update_fields=["state"])
    for item in meeting.items.filter(case__isnull=False).select_related("case"):
        if item.case.status == Case.Status.SCHEDULED:
            item.case.status = Case.Status.ACCEPTED
            item.case.save(update_fields=["status"])
    return meeting


@transaction.atomic
def draft_answer(council, *, cases, conclusion, addressee, opinions="", number="", by=None):
    """Draft the 答申 for decided consultations; it may be circulated and issued later."""
    cases = list(cases)
    if not cases:
        raise ActionRefused("答申する案件を選んでください。")
    if not conclusion.strip():
        raise ActionRefused("結論を入力してください。")
    decisions = []
    for case in cases:
        if case.council_id != council.pk:
            raise ActionRefused(f"{case} は別の審議会の案件です。")
        if case.kind != Case.Kind.CONSULTATION:
            raise ActionRefused(f"{case} は諮問ではないため答申できません。")
        decision = case.decisions.filter(outcome__in=ANSWERABLE_OUTCOMES).first()
        if decision is None:
            raise ActionRefused(f"{case} はまだ決定されていません。")
        if case.answers.exclude(state=Answer.State.DRAFT).exists():
            raise ActionRefused(f"{case} はすでに答申されています。")
        decisions.append(decision)
    answer = Answer(council=council, conclusion=conclusion.strip(), addressee=addressee, opinions=opinions,
                    number=number)
    save_by(answer, by)
    answer.cases.set(cases)
    answer.decisions.set(decisions)
    return answer


@transaction.atomic
def circulate_answer(answer, *, by=None):
    """The secretariat sends the draft to the members before it is issued (e.g. at the next meeting)."""
    answer = _lock(Answer, answer)
    if answer.state != Answer.State.DRAFT:
        raise ActionRefused("回付できるのは案の答申のみです。")
    answer.state = Answer.State.CIRCULATED
    return save_by(answer, by)


@transaction.atomic
def issue_answer(answer, *, date, meeting=None, number=None, by=None):
    answer = _lock(Answer, answer)
    if answer.state == Answer.State.ISSUED:
        raise ActionRefused("この答申はすでに発出されています。")
    if date is None:
        raise ActionRefused("答申日を入力してください。")
    if meeting is not None:
        if meeting.council_id != answer.council_id:
            raise ActionRefused("別の審議会の会議です。")
        if meeting.state not in (Meeting.State.OPEN, Meeting.State.HELD):
            raise ActionRefused("答申する会議が開催されていません。")
    for decision in answer.decisions.select_related("agenda_item__meeting"):
        decided_on = decision.agenda_item.meeting.date
        if decided_on and date < decided_on:
            raise ActionRefused("答申日が審議した会議の日より前です。")
    if number is not None:
        answer.number = number
    if not answer.number:
        issued = Answer.objects.filter(council=answer.council, state=Answer.State.ISSUED).count()
        answer.number = f"答申第{issued + 1}号"
    answer.date = date
    answer.meeting = meeting
    answer.state = Answer.State.ISSUED
    answer.issued_at = timezone.now()
    save_by(answer, by)
    for case in answer.cases.all():
        case.status = Case.Status.ANSWERED
        save_by(case, by, update_fields=["status"])
    return answer


def mark_overdue_notified(follow_up, *, on):
    """Remember that the overdue notice went out, so it is sent once. A delivery marker, not a change of
    the follow-up itself: it is written without a history row."""
    FollowUp.objects.filter(pk=follow_up.pk).update(overdue_notified_on=on)
