"""Actions on councils and their members: appointment, 互選 of the chair, the acting chair; the city's departments
and their 組織改正 (a rename from a date, a merge)."""
import datetime as dt

from django.db import models, transaction

from shingikai.errors import ActionRefused
from shingikai.settling import within_reach

from .models import Council, Membership


def _in_office(council, person, on):
    membership = council.memberships.in_office(on).filter(person=person).first()
    if membership is None:
        raise ActionRefused(f"{person} は {on} 時点で {council} の委員ではありません。")
    return membership


def _check_term(council, person, *, appointed_on, term_start, term_end, but=None):
    """A term that starts after its appointment, ends after it starts and overlaps no other of the person's."""
    if term_end is not None and term_end < term_start:
        raise ActionRefused("任期の終期が始期より前です。")
    if appointed_on is not None and appointed_on > term_start:
        raise ActionRefused("委嘱日が任期の始期より後です。")
    overlapping = council.memberships.filter(person=person).exclude(term_end__lt=term_start)
    if term_end is not None:
        overlapping = overlapping.exclude(term_start__gt=term_end)
    if but is not None:
        overlapping = overlapping.exclude(pk=but.pk)
    if overlapping.exclude(ended_on__lt=term_start).exists():
        raise ActionRefused(f"{person} はこの期間すでに {council} の委員に委嘱されています。")


def term_end_on(council, day, *, but=None):
    """The end of the term running on `day`: the latest 任期の終期 of the members in office then, None when one
    serves without an end recorded or nobody is in office (a successor serves the rest of the term, never
    beyond it)."""
    ends = list(council.memberships.in_office(day).exclude(pk=getattr(but, "pk", None))
                .values_list("term_end", flat=True))
    if not ends or None in ends:
        return None
    return max(ends)


@transaction.atomic
@within_reach
def appoint_member(council, person, *, appointed_on, term_start, term_end=None, sector="", by=None):
    """委嘱: appoint a person for a term. A person holds one membership of a council at a time."""
    from shingikai.history import save_by

    _check_term(council, person, appointed_on=None, term_start=term_start, term_end=term_end)
    return save_by(Membership(council=council, person=person, appointed_on=appointed_on, term_start=term_start,
                              term_end=term_end, sector=sector), by)


@transaction.atomic
@within_reach
def correct_appointment(membership, *, appointed_on, term_start, term_end=None, sector="", by=None):
    """An appointment recorded ahead, or typed wrong, corrected: 委嘱日, 任期 and 選出区分, with its history entry.
    One not started yet is corrected freely (its start staying ahead). Once the member serves, a meeting may have
    counted them: the correction is refused when it would change whether they were in office on the day of a
    meeting whose minutes are settled (確定・完結), or leave outside the term a meeting that records them present
    or an office they held."""
    from shingikai.history import save_by
    from shingikai.settling import today

    membership = Membership.objects.select_for_update().select_related("person", "council").get(pk=membership.pk)
    if membership.term_start > today() and term_start <= today():
        raise ActionRefused("任期の始期を今日より後の日にしてください。すでに始まった任期は「委員を委嘱する」で記録します。")
    _check_term(membership.council, membership.person, appointed_on=appointed_on, term_start=term_start,
                term_end=term_end, but=membership)
    _check_within_term(membership.council, term_start, term_end, but=membership)
    if membership.term_start <= today():
        _check_served_term(membership, term_start, term_end, membership.ended_on)
    membership.appointed_on, membership.term_start, membership.term_end = appointed_on, term_start, term_end
    membership.sector = (sector or "").strip()
    return save_by(membership, by, update_fields=["appointed_on", "term_start", "term_end", "sector"])


def _check_served_term(membership, term_start, term_end, ended_on=None, *,
                       after_typing="訂正後の任期はその会議の日を含めてください。"):
    """A served term's new dates (任期, or the 退任日 `ended_on`) against what its meetings settled or recorded
    (correct_appointment, correct_membership_end): whether the member was in office on the day of a meeting whose
    minutes are settled must not change, nor may a meeting recording them present or an office they held fall
    outside."""
    from shingikai.jp.wareki import to_wareki
    from shingikai.meetings.models import Attendance, Meeting
    from shingikai.minutes.models import Minutes

    if ended_on is not None and (ended_on < term_start or (term_end is not None and ended_on > term_end)):
        raise ActionRefused(f"{membership.person} の退任日 ({to_wareki(ended_on)}) が訂正後の任期の外になります。")

    def serves(dates, day):
        start, end, left = dates
        last = min(filter(None, [end, left]), default=None)
        return start <= day and (last is None or day <= last)

    before = (membership.term_start, membership.term_end, membership.ended_on)
    after = (term_start, term_end, ended_on)
    # An imported meeting counted nobody in office here: its minutes name members as printed.
    settled = (Meeting.objects.filter(council=membership.council, minutes__isnull=False, imported=False,
                                      date__isnull=False)
               .exclude(minutes__state=Minutes.State.DRAFT).order_by("date"))
    for meeting in settled:
        if serves(before, meeting.date) != serves(after, meeting.date):
            raise ActionRefused(f"{meeting.label}の会議録が確定しています。訂正すると、その会議で{membership.person} が在任"
                                "していたかどうかが変わるため、訂正できません。")
    present = (Attendance.objects.filter(person=membership.person, kind=Attendance.Kind.MEMBER, present=True,
                                         meeting__council=membership.council)
               .select_related("meeting").order_by("meeting__date"))
    for attendance in present:
        if serves(before, attendance.meeting.date) and not serves(after, attendance.meeting.date):
            raise ActionRefused(f"{membership.person} は{attendance.meeting.label}に出席と記録されています。{after_typing}")
    last = min(filter(None, [term_end, ended_on]), default=None)
    for officer in membership.offices.all():
        if officer.since < term_start or (last is not None and officer.since > last):
            raise ActionRefused(f"{membership.person} の{officer.get_role_display()}の就任日 ({to_wareki(officer.since)}) "
                                "が訂正後の任期の外になります。")


def _check_within_term(council, term_start, term_end, *, but=None):
    running = term_end_on(council, term_start, but=but)
    if running is not None and term_end is not None and term_end > running:
        from shingikai.jp.wareki import to_wareki

        raise ActionRefused(f"任期の終期 ({to_wareki(term_end)}) が、{to_wareki(term_start)}に在任する委員の任期の終期 "
                            f"({to_wareki(running)}) より後です。後任の任期は前任者の残任期間です。")


@transaction.atomic
@within_reach
def end_membership(membership, *, on, reason="", by=None):
    """退任 (a resignation, or a death) before the term ends. The member is in office up to `on` itself.
    `reason`: the kind of ending (Membership.EndReason), which the rosters show.
    Refused while a meeting after that day records the member as present: correct that attendance first."""
    from shingikai.history import save_by
    from shingikai.jp.wareki import to_wareki
    from shingikai.meetings.models import Attendance

    membership = Membership.objects.select_for_update().select_related("person").get(pk=membership.pk)
    if on is None:
        raise ActionRefused("退任日を入力してください。")
    if reason and reason not in Membership.EndReason.values:
        raise ActionRefused("退任の事由は、辞職・任期満了・解嘱・死亡から選んでください。")
    if membership.ended_on is not None:
        raise ActionRefused(f"{membership.person} はすでに{to_wareki(membership.ended_on)}に退任しています。")
    if on < membership.term_start:
        raise ActionRefused(f"退任日が任期の始期 ({to_wareki(membership.term_start)}) より前です。")
    if membership.term_end is not None and on > membership.term_end:
        raise ActionRefused(f"退任日が任期の終期 ({to_wareki(membership.term_end)}) より後です。")
    later = (Attendance.objects.filter(person=membership.person, kind=Attendance.Kind.MEMBER, present=True,
                                       meeting__council=membership.council, meeting__date__gt=on)
             .select_related("meeting").order_by("meeting__date").first())
    if later is not None:
        raise ActionRefused(f"{membership.person} は退任日より後の{later.meeting.label}に出席と記録されています。"
                            "先にその会議の出席を確かめてください。")
    membership.ended_on, membership.end_reason = on, reason or ""
    # The office ends with the membership: the council then elects a successor (elect_officer).
    for officer in membership.offices.filter(until__isnull=True):
        officer.until = max(officer.since, on)
        save_by(officer, by, update_fields=["until"])
    save_by(membership, by, update_fields=["ended_on", "end_reason"])
    from shingikai.settling import today

    # A 退任 recorded after its day: the login stops now; one ahead stops with the daily run after the day.
    if on < today():
        _stop_member_login(membership.person, on)
    return membership


@transaction.atomic
@within_reach
def correct_membership_end(membership, *, ended_on, reason="", by=None):
    """A recorded 退任 corrected: its 退任日 or 事由 typed wrong, or the whole 退任 recorded by mistake (`ended_on`
    None: the member serves on), with its history entry. Until something settled depends on it: refused where the
    minutes of a meeting whose count of members in office the change alters are settled (確定・完結), where a
    meeting records the member present after the new day, or where the term would then overlap another appointment
    of the same person. An office that ended with the 退任 ends with the corrected one (or runs on, up to the day
    before a successor's)."""
    from shingikai.history import save_by
    from shingikai.jp.wareki import to_wareki

    from .models import Officer

    membership = Membership.objects.select_for_update().select_related("person", "council").get(pk=membership.pk)
    before = membership.ended_on
    if before is None:
        raise ActionRefused(f"{membership.person} の退任は記録されていません。退任は「退任を記録」で記録します。")
    reason = reason or ""
    if reason and reason not in Membership.EndReason.values:
        raise ActionRefused("退任の事由は、辞職・任期満了・解嘱・死亡から選んでください。")
    if ended_on is not None:
        if ended_on < membership.term_start:
            raise ActionRefused(f"退任日が任期の始期 ({to_wareki(membership.term_start)}) より前です。")
        if membership.term_end is not None and ended_on > membership.term_end:
            raise ActionRefused(f"退任日が任期の終期 ({to_wareki(membership.term_end)}) より後です。")
    if ended_on == before and (ended_on is None or reason == membership.end_reason):
        raise ActionRefused("訂正する内容がありません。退任日か退任の事由を変えてください。")
    # In office again up to the new day (or to the term's end): no other appointment of the person may run then.
    _check_term(membership.council, membership.person, appointed_on=None, term_start=membership.term_start,
                term_end=ended_on or membership.term_end, but=membership)
    _check_served_term(membership, membership.term_start, membership.term_end, ended_on,
                       after_typing="退任日はその会議の日以後にしてください。")
    for officer in membership.offices.filter(until=before):
        # Ended by the 退任 (end_membership), not by a successor's election before it.
        successor = (Officer.objects.filter(council=membership.council, role=officer.role, since__gt=officer.since)
                     .exclude(pk=officer.pk).order_by("since").first())
        ends = [day for day in (ended_on, successor and successor.since - dt.timedelta(days=1)) if day]
        officer.until = max(officer.since, min(ends)) if ends else None
        save_by(officer, by, update_fields=["until"])
    membership.ended_on, membership.end_reason = ended_on, (reason if ended_on is not None else "")
    return save_by(membership, by, update_fields=["ended_on", "end_reason"])


def people_of(municipality):
    """The people appointed to a council of this municipality, now or before: the only ones a new appointment
    there may be of. A person of another municipality is never offered: their login would read this city's
    closed records, and the secretariat would see their private address."""
    from .models import Person

    return Person.objects.filter(memberships__council__municipality=municipality).distinct()


def namesakes(council, name):
    """The people of the council's municipality with this name (spaces and width ignored)."""
    from shingikai.jp.text import compact

    wanted = compact(name)
    return [p for p in people_of(council.municipality).prefetch_related("memberships__council")
            if compact(p.name) == wanted]


@transaction.atomic
@within_reach
def appoint_successor(council, *, name, appointed_on, term_start, term_end=None, sector="", email="", person=None,
                      another_person=False, by=None):
    """委嘱 of a member in one step (a successor serves the rest of the predecessor's term, which the form
    offers as the term's end). `person`: a former or present member of this municipality's councils picked by
    the secretariat (a member appointed again keeps one record of meetings); without it a new person is
    recorded, and a name already borne by such a member is refused unless `another_person` says it is
    someone else. A name alone never selects a person. `email`: where the 招集通知 goes (kept when empty)."""
    from shingikai.jp.text import compact

    name = (name or "").strip()
    if person is not None:
        if not people_of(council.municipality).filter(pk=person.pk).exists():
            raise ActionRefused(f"選んだ人は{council.municipality}の審議会の委員・元委員ではありません。")
        if name and compact(name) != compact(person.name):
            raise ActionRefused(f"氏名「{name}」と選んだ委員・元委員 ({person.name}) が違います。"
                                "選んだ人を委嘱するときは氏名を空けてください。")
        if not (sector or "").strip():
            # A member appointed again keeps the 選出区分 of their last term here unless the form says otherwise.
            last = council.memberships.filter(person=person).exclude(sector="").order_by("-term_start", "-pk").first()
            sector = last.sector if last is not None else ""
    elif not name:
        raise ActionRefused("氏名を入力するか、これまでの委員・元委員から選んでください。")
    else:
        same = namesakes(council, name)
        if same and not another_person:
            raise ActionRefused(
                f"{council.municipality}の審議会に同じ氏名の委員・元委員がいます ({'、'.join(person_label(p, council.municipality) for p in same)})。"
                "同じ人なら「これまでの委員・元委員から選ぶ」でその人を選び、別の人なら「同姓同名の別の人として委嘱する」に"
                "チェックを入れてください。")
        person = add_person(name=name)
    if term_end is None:
        # 後任は前任者の残任期間: a blank end is the running term's, not an appointment without end. With nobody in
        # office there is no running term to take it from, and a blank would count the member towards the quorum
        # for ever.
        if not council.memberships.in_office(term_start).exists():
            from shingikai.jp.wareki import to_wareki

            raise ActionRefused(f"{to_wareki(term_start)}に在任する委員がいないため、任期の終期を空欄にはできません。"
                                "条例などで定める任期の終期を入力してください。")
        term_end = term_end_on(council, term_start)
    else:
        _check_within_term(council, term_start, term_end)
    if (email or "").strip():
        set_member_email(person, email, by=by)
    return appoint_member(council, person, appointed_on=appointed_on, term_start=term_start, term_end=term_end,
                          sector=sector, by=by)


def person_label(person, municipality):
    """Enough to tell a person from a namesake: 所属 and the terms on this municipality's councils (never
    another municipality's, nor the private address)."""
    from shingikai.jp.wareki import to_wareki

    terms = []
    for m in person.memberships.all():
        if m.council.municipality_id == municipality.pk:
            end = m.ended_on or m.term_end
            sector = f" {m.sector}" if m.sector else ""
            terms.append(f"{m.council.name}{sector} {to_wareki(m.term_start)}〜{to_wareki(end) if end else ''}")
    return " / ".join([person.name + (f"（{person.affiliation}）" if person.affiliation else "")] + terms)


OFFICER_ROLES = (Membership.Role.CHAIR, Membership.Role.VICE_CHAIR, Membership.Role.ACTING_CHAIR)


@transaction.atomic
@within_reach
def elect_officer(council, person, *, role, on, given_by=None, meeting=None, by=None, seen_mark=None):
    """Choose the chair (会長, by 互選) or the one who stands in for the chair (副会長・会長職務代理, by 指名 or
    互選) from `on`. One holder of each office at a time: the predecessor's office ends the day before.
    The earlier holders stay on record, so a meeting's documents name the officer of its own day.
    `seen_mark`: officers_mark() when the form was opened (an election recorded meanwhile is refused)."""
    from datetime import timedelta

    from shingikai.history import save_by
    from shingikai.jp.wareki import to_wareki
    from shingikai.settling import today

    from .models import Officer

    if role not in OFFICER_ROLES:
        raise ActionRefused("選任できる役職は会長、副会長、会長職務代理です。")
    if on is None:
        raise ActionRefused("就任日を入力してください。")
    if on > today():
        raise ActionRefused(f"就任日に未来の日付 ({to_wareki(on)}) は指定できません。互選・指名の日を入力してください。")
    Council.objects.select_for_update().get(pk=council.pk)
    if seen_mark is not None and officers_mark(council) != seen_mark:
        raise ActionRefused("ほかの人が先に役職の選任を記録しました。最新の役職を確認してから、もう一度入力してください。",
                            code="conflict")
    membership = _in_office(council, person, on)
    given_by = given_by or (Membership.GivenBy.MUTUAL_ELECTION if role == Membership.Role.CHAIR
                            else Membership.GivenBy.DESIGNATION)
    if given_by not in Membership.GivenBy.values or given_by == Membership.GivenBy.APPOINTMENT:
        raise ActionRefused("選任の方法は互選または指名です。")
    if role == Membership.Role.CHAIR and given_by != Membership.GivenBy.MUTUAL_ELECTION:
        raise ActionRefused("会長は委員の互選で定めます。")
    note = ""
    if meeting is not None:
        if meeting.council_id != council.id:
            raise ActionRefused("別の審議会の会議では役職を選任できません。")
        if meeting.date != on:
            raise ActionRefused(f"就任日を会議の日 ({to_wareki(meeting.date)}) にしてください。")
        if not meeting.has_quorum():
            raise ActionRefused("定足数に達していないため、役職を選任できません。")
        note = f"{meeting.label}で{given_by}"
    chair = Officer.objects.filter(council=council, role=Membership.Role.CHAIR, membership=membership).on(on)
    if role != Membership.Role.CHAIR and chair.exists():
        raise ActionRefused(f"{person} は会長です。会長を副会長・会長職務代理に選任することはできません。")
    if role != Membership.Role.CHAIR and not Officer.objects.filter(council=council, role=Membership.Role.CHAIR).on(
            on).exclude(membership=membership).exists():
        raise ActionRefused("会長が選任されていないため、副会長・会長職務代理を選任できません。先に会長を互選してください。")
    later = Officer.objects.filter(council=council, role=role, since__gt=on).order_by("since").first()
    if later is not None:
        raise ActionRefused(f"{to_wareki(later.since)}に就任した{later.get_role_display()}が記録されています。"
                            "それより前の選任は記録できません。")
    # The predecessor in this office, and this member's other office (a vice-chair elected chair).
    ending = Officer.objects.filter(council=council, until__isnull=True).filter(
        models.Q(role=role) | models.Q(membership=membership)).select_related("membership")
    for officer in ending:
        officer.until = max(officer.since, on - timedelta(days=1))
        save_by(officer, by, update_fields=["until"])
        _mirror_role(officer.membership, Membership.Role.MEMBER, Membership.GivenBy.APPOINTMENT, on, by)
    # A member whose 退任 is already recorded holds the office at most until that day, as end_membership ends it.
    officer = save_by(Officer(council=council, membership=membership, role=role, given_by=given_by, since=on,
                              until=membership.ended_on, note=note), by)
    _mirror_role(membership, role, given_by, on, by)
    return officer


def election_settled_by(officer):
    """What settled names this officer, so that the election can no longer be taken back: the confirmed (or
    completed) minutes of a meeting held while the officer served, or an 答申 issued then (both print the chair
    of their day). None while nothing settled rests on it."""
    from shingikai.meetings.models import Answer, Meeting
    from shingikai.minutes.models import Minutes

    served = models.Q(date__gte=officer.since) & (models.Q() if officer.until is None
                                                  else models.Q(date__lte=officer.until))
    meeting = (Meeting.objects.filter(served, council_id=officer.council_id, imported=False, minutes__isnull=False)
               .exclude(minutes__state=Minutes.State.DRAFT).order_by("date").first())
    if meeting is not None:
        return f"{meeting.label}の会議録が確定しています"
    answer = (Answer.objects.filter(served, council_id=officer.council_id, state=Answer.State.ISSUED)
              .order_by("date").first())
    if answer is not None:
        return f"{officer.get_role_display()}の在職中に発出した答申 ({answer.number or '番号なし'}) があります"
    return None


@transaction.atomic
def withdraw_election(officer, *, reason, by=None, seen_mark=None):
    """An election recorded by mistake (the wrong member picked, or an election that did not take place) is taken
    back with the reason kept in the history, until a settled record names the officer (election_settled_by).
    The offices it ended the day before (the predecessor's, and this member's other office) run on again, and the
    minutes of the meeting that elected no longer state it."""
    from datetime import timedelta

    from shingikai.history import delete_by, reason_note, save_by

    from .models import Officer

    note = reason_note("役職の選任を取消", reason, "取り消す")
    Council.objects.select_for_update().get(pk=officer.council_id)
    if seen_mark is not None and officers_mark(officer.council) != seen_mark:
        raise ActionRefused("ほかの人が先に役職の選任を記録しました。最新の役職を確認してから、もう一度操作してください。",
                            code="conflict")
    officer = Officer.objects.select_related("membership__person").get(pk=officer.pk)
    name = f"{officer.membership.person}の{officer.get_role_display()}の選任"
    later = Officer.objects.filter(council_id=officer.council_id, role=officer.role, since__gt=officer.since).exists()
    if later:
        raise ActionRefused(f"{name}は、後任の選任が記録されているため取り消せません。先に後任の選任を取り消してください。")
    settled = election_settled_by(officer)
    if settled:
        raise ActionRefused(f"{settled}。{name}は取り消せません。")
    # The offices this election ended on the day before it (elect_officer): the predecessor in the office, and
    # the member's own other office. Each runs on as it would have: to its holder's 退任, if any.
    day_before = officer.since - timedelta(days=1)
    ended = Officer.objects.filter(council_id=officer.council_id, until=day_before).filter(
        models.Q(role=officer.role) | models.Q(membership=officer.membership)).exclude(
        pk=officer.pk).select_related("membership")
    officer._change_reason = note
    delete_by(officer, by)
    restored = set()
    for earlier in ended:
        if earlier.membership.ended_on is not None and earlier.membership.ended_on <= day_before:
            continue  # left the council that day: the office ended with the 退任, not with this election
        earlier.until = earlier.membership.ended_on
        save_by(earlier, by, update_fields=["until"])
        _mirror_role(earlier.membership, earlier.role, earlier.given_by, earlier.since, by)
        restored.add(earlier.membership_id)
    if officer.membership_id not in restored:
        _mirror_role(officer.membership, Membership.Role.MEMBER, Membership.GivenBy.APPOINTMENT, officer.since, by)
    return officer


def officers_mark(council):
    from .models import Officer

    return Officer.history.filter(council_id=council.pk).order_by("-history_id").values_list(
        "history_id", flat=True).first() or 0


def _mirror_role(membership, role, given_by, on, by):
    """The membership shows its current office (the members list and the API read it there). Saved, not
    updated in place, so that the 委嘱の履歴 records the election when and by whom it was made; an update left
    it to surface in the next save, under that person and day."""
    from shingikai.history import save_by

    membership = Membership.objects.select_for_update().get(pk=membership.pk)
    membership.role, membership.role_given_by, membership.role_since = role, given_by, on
    save_by(membership, by, update_fields=["role", "role_given_by", "role_since"])


def elect_chair(council, person, *, on, meeting=None, by=None):
    """互選: the members elect their chair. At a meeting, only with a quorum present."""
    elect_officer(council, person, role=Membership.Role.CHAIR, on=on, meeting=meeting, by=by)
    return Membership.objects.get(pk=_in_office(council, person, on).pk)


def designate_acting_chair(council, person, *, on, role=Membership.Role.ACTING_CHAIR, by=None):
    """指名: the chair names who acts in the chair's absence (会長職務代理 or 副会長)."""
    if role not in (Membership.Role.ACTING_CHAIR, Membership.Role.VICE_CHAIR):
        raise ActionRefused("指名できるのは会長職務代理または副会長です。")
    elect_officer(council, person, role=role, on=on, given_by=Membership.GivenBy.DESIGNATION, by=by)
    return Membership.objects.get(pk=_in_office(council, person, on).pk)


def roles_on(council, on):
    """{person id: office} on a day; members without an office are absent from it."""
    from .models import Officer

    return dict(Officer.objects.filter(council=council).on(on).values_list("membership__person_id", "role"))


def chair_of(council, on):
    from .models import Officer

    officer = (Officer.objects.filter(council=council, role=Membership.Role.CHAIR).on(on)
               .select_related("membership__person").order_by("-since").first())
    return officer.membership.person if officer else None


#: Who acts for the 会長, first to last.
STANDING_IN = (Membership.Role.ACTING_CHAIR, Membership.Role.VICE_CHAIR)


def stand_ins(council, on, *, among=None, but=()):
    """The officers (Officer) who may act for the 会長 on a day, in the one order that the meeting page, the
    minutes' chair line and item chair, the 答申's signature and the 招集通知 all follow: the 会長職務代理 before
    the 副会長; between two holding the same office (two 副会長, as a council's old records may hold), the one who
    took it first, then the one registered first. Choosing differently on such a tie let the 答申 be signed by
    one 副会長 while the minutes said the other chaired. `among`: the ids of the people to choose from (those
    present), None for everyone; `but`: the ids of the people who cannot act (recused from the case at hand)."""
    from .models import Officer

    officers = (Officer.objects.filter(council=council, role__in=STANDING_IN).on(on)
                .exclude(membership__person_id__in=list(but)).select_related("membership__person"))
    if among is not None:
        officers = officers.filter(membership__person_id__in=list(among))
    return sorted(officers, key=lambda o: (STANDING_IN.index(o.role), o.since, o.membership.person_id))


def standing_in_for_chair(council, on, *, but=()):
    """(Officer) who acts for the 会長 on a day the post is vacant (the 会長 left mid-term, the council has not yet
    elected the next), or the 会長 takes no part (除斥): the first of stand_ins; None with neither.
    `but`: the ids of the people who cannot act (recused from the case at hand)."""
    officers = stand_ins(council, on, but=but)
    return officers[0] if officers else None


def signatory(council, on, *, but=()):
    """Who signs the council's letters dated `on`, as 「会長　氏名」: the 会長 in office; the post vacant or the 会長
    among `but` (the ids of members recused from the case at hand), the first of stand_ins not among them; None with
    neither (the 答申書 then looks further, the other letters print the office alone)."""
    chair = chair_of(council, on)
    if chair is not None and chair.pk not in but:
        return f"会長　{chair.name}"
    standing = standing_in_for_chair(council, on, but=but)
    return standing_in_signature(standing) if standing is not None else None


def standing_in_title(officer):
    """How the officer of standing_in_for_chair signs what the 会長 would."""
    return "会長職務代理者" if officer.role == Membership.Role.ACTING_CHAIR else "副会長"


def standing_in_signature(officer):
    """The title and name the officer of standing_in_for_chair signs a letter with (答申書, 点検結果, 招集通知)."""
    return f"{standing_in_title(officer)}　{officer.membership.person.name}"


# -- the organisation: municipality, council, departments, staff, people ----------------------------

def _created(model, **fields):
    """Create after full_clean, so a duplicate or a missing field is refused in Japanese, not by the database."""
    return _saved(model(**fields))


def _saved(obj, by=None):
    from django.core.exceptions import ValidationError

    from shingikai.history import save_by

    try:
        obj.full_clean()
    except ValidationError as error:
        raise ActionRefused(" ".join(m for messages in error.message_dict.values() for m in messages)) from None
    return save_by(obj, by)


@transaction.atomic
@within_reach
def create_municipality(*, name, slug, **fields):
    from .models import Municipality

    return _created(Municipality, name=name, slug=slug, **fields)


@transaction.atomic
@within_reach
def create_council(municipality, *, name, slug, **fields):
    from .models import Council

    return _created(Council, municipality=municipality, name=name, slug=slug, **fields)


#: What a council's secretariat sets on its 審議会の設定 page. The identifier (slug: the public addresses and the
#: imports name the council by it), the type (審議会・審査会: an appeal goes to a 審査会), the municipality and
#: 取込専用 stay the administrator's (Django admin): the page shows them only.
SECRETARIAT_SETTINGS = (
    "name", "ordinance", "quorum_rule", "quorum_fixed", "minutes_style", "name_policy", "closed_items_shown",
    "numbers_cumulatively", "cumulative_base", "case_series", "first_case_number", "answer_series",
    "first_answer_number",
    "minutes_signed", "minutes_signer_count",
    "secretariat_section", "secretariat_contact", "secretariat_phone", "secretariat_email", "secretariat_address",
    "observation_info",
)
#: Settings kept as the secretariat wrote them, lines and all (a notice of several lines, not a line of a letter).
MULTILINE_SETTINGS = ("observation_info",)
#: What the administrator sets on a municipality's page: the head (長) in whose name 諮問書 go out.
MUNICIPALITY_SETTINGS = ("head_title", "head_name", "head_since")


def _one_line(value):
    """Settings are printed on one line of a letter: a line break typed or pasted into one is a space."""
    if not isinstance(value, str):
        return value
    if "\x00" in value:
        from django.core.validators import ProhibitNullCharactersValidator

        raise ActionRefused(str(ProhibitNullCharactersValidator.message))
    return " ".join(value.split())


def _update_settings(obj, allowed, values, *, by, seen_mark):
    """Set `values` (only `allowed` fields) on `obj`, read again under a lock; refuse what the model refuses, and
    an edit made on a page opened before someone else's change. Returns the names of the fields that changed."""
    from shingikai.history import check_unchanged

    unknown = sorted(set(values) - set(allowed))
    if unknown:
        raise ActionRefused(f"この画面では変更できない項目です: {', '.join(unknown)}")
    check_unchanged(obj, seen_mark)
    changed = []
    for name, value in values.items():
        value = value.strip() if name in MULTILINE_SETTINGS else _one_line(value)
        if getattr(obj, name) != value:
            setattr(obj, name, value)
            changed.append(name)
    if not changed:
        return changed
    _saved(obj, by)
    return changed


def _check_first_numbers_still_open(council, values):
    """The first 諮問番号 and 答申番号 continue a paper era's series: set once, before the system numbers its own.
    Changed after that, the series would jump or give a number twice; a number out of turn is typed on
    受け付ける or on the 答申 instead."""
    from shingikai.cases.models import Case
    from shingikai.meetings.models import Answer

    started = {
        "first_case_number": ("諮問番号", Case.objects.filter(council=council, imported=False, kind=Case.Kind.CONSULTATION)
                              .exclude(number="").exists(), "受け付けるときの諮問番号の欄"),
        "first_answer_number": ("答申番号", Answer.objects.filter(council=council, state=Answer.State.ISSUED)
                                .exclude(cases__imported=True).exists(), "答申の答申番号の欄"),
    }
    for name, (label, numbered, where) in started.items():
        if name in values and values[name] != getattr(council, name) and numbered:
            raise ActionRefused(f"システムで最初に付ける{label}は、システムで{label}を付けた後は変更できません。"
                                f"別の番号にするときは{where}に入力してください。")


@transaction.atomic
def update_council_settings(council, *, by, seen_mark=None, **values):
    """The council's own settings, as its secretariat keeps them (SECRETARIAT_SETTINGS), with who changed what in
    the council's history. A new name or 発言者の表記 reaches the public search index at once: its entries carry
    both."""
    from shingikai.search import indexing

    council = Council.objects.select_for_update().get(pk=council.pk)
    _check_first_numbers_still_open(council, values)
    changed = _update_settings(council, SECRETARIAT_SETTINGS, values, by=by, seen_mark=seen_mark)
    if {"name", "name_policy"} & set(changed):
        from shingikai.cases.models import Case
        from shingikai.meetings.models import Answer, Meeting

        indexing.schedule_many("meeting", Meeting.objects.filter(council=council).values_list("pk", flat=True))
        indexing.schedule_many("case", Case.objects.filter(council=council).values_list("pk", flat=True))
        indexing.schedule_many("answer", Answer.objects.filter(council=council).values_list("pk", flat=True))
    return council


@transaction.atomic
def update_municipality_settings(municipality, *, by, seen_mark=None, **values):
    """The municipality's head (長の職名・氏名), which only an administrator changes (MUNICIPALITY_SETTINGS)."""
    from .models import Municipality

    if not getattr(by, "is_superuser", False):
        raise ActionRefused("自治体の長の職名・氏名を変更できるのは管理者です。")
    municipality = Municipality.objects.select_for_update().get(pk=municipality.pk)
    if not (values.get("head_title") or "").strip() and "head_title" in values:
        raise ActionRefused("長の職名を入力してください (例: 市長)。")
    _update_settings(municipality, MUNICIPALITY_SETTINGS, values, by=by, seen_mark=seen_mark)
    return municipality


@transaction.atomic
@within_reach
def create_department(municipality, *, name, division="", by=None, **fields):
    """A department of the city. One that imported minutes only named so far becomes the city's own, keeping the
    imported cases it holds."""
    from .models import Department

    name, division = _department_name(name), (division or "").strip()
    named = Department.objects.select_for_update().filter(municipality=municipality, name=name, imported=True).first()
    if named is None:
        return _saved(Department(municipality=municipality, name=name, division=division, **fields), by)
    for field, value in {**fields, "division": division, "imported": False}.items():
        setattr(named, field, value)
    return _saved(named, by)


def _department_name(name):
    name = (name or "").strip()
    if not name:
        raise ActionRefused("課名を入力してください。")
    return name


def _department_to_change(department):
    from .models import Department

    department = Department.objects.select_for_update().get(pk=department.pk)
    if department.imported:
        raise ActionRefused(f"{department.name} は取り込んだ会議録に名前があるだけの課です。市の課として追加してください。")
    return department


@transaction.atomic
def correct_department(department, *, name, division="", email="", by=None, seen_mark=None):
    """A correction (a typo in the 課名, the 部名 or the contact): the department is and always was called so, so
    every record, past ones included, prints the corrected name. A change of name from a date is a 組織改正
    (rename_department)."""
    from shingikai.history import check_unchanged

    department = _department_to_change(department)
    check_unchanged(department, seen_mark)
    renamed = _department_name(name) != department.name
    department.name, department.division, department.email = _department_name(name), (division or "").strip(), email
    department = _saved(department, by)
    if renamed:  # the search entries carry the 課名 only
        reindex_departments(department)
    return department


@transaction.atomic
@within_reach
def rename_department(department, *, name, division=None, on, by=None, seen_mark=None):
    """名称変更 (組織改正): the department is called `name` (and `division`, if given) from `on`. Records dated
    before `on` keep the name of their day (Department.name_on); the lists and forms offer the new one from that
    day. One recorded ahead (a 4月1日 組織改正 learnt in February) waits until its day: nothing changes before it."""
    from shingikai.history import check_unchanged
    from shingikai.jp.wareki import to_wareki

    from .models import Department, Reorganisation

    department = _department_to_change(department)
    check_unchanged(department, seen_mark)
    if on is None:
        raise ActionRefused("名称変更の日 (施行日) を入力してください。")
    if department.merged_into_id:
        raise ActionRefused(f"{department.name} は{department.merged_into.name}に統合されています。")
    _refuse_while_waiting(department)
    name = _department_name(name)
    division = department.division if division is None else division.strip()
    if name == department.name and division == department.division:
        raise ActionRefused(f"新しい課名・部名が今の名称 ({department.name}) と同じです。")
    if name != department.name and Department.objects.filter(
            municipality_id=department.municipality_id, name=name).exclude(pk=department.pk).exists():
        raise ActionRefused(f"{name} という課はすでにあります。別の課名にするか、その課への統合を記録してください。")
    last = max((e["until"] for e in department.former_names), default=None)
    if last is not None and on.isoformat() <= last:
        raise ActionRefused(f"{department.name} の名称は{to_wareki(dt.date.fromisoformat(last))}に変わっています。"
                            "名称変更の日はそれより後の日にしてください。")
    reorganisation = _saved(Reorganisation(department=department, kind=Reorganisation.Kind.RENAME, on=on,
                                           name=name, division=division), by)
    if on > _today():
        department.renamed_ahead = {"name": name, "division": division, "from": on.isoformat()}
        return _saved(department, by)
    return _apply(reorganisation, by)


@transaction.atomic
@within_reach
def merge_department(department, *, into, on, staff=None, by=None, seen_mark=None):
    """統合 (組織改正): from `on` the department's work is `into`'s. It takes no new cases and no form offers it;
    its open cases, open follow-ups, registers still in use and open disclosure requests move to `into` (each
    with a history entry), so that `into`'s staff see and answer them, and its staff's logins go to `into`
    (`staff`: the Staff to move, all with a login when None). Its past records keep its name. One recorded
    ahead of its 施行日 moves nothing before that day. Returns {what: count} of what moved (empty when ahead)."""
    from shingikai.history import check_unchanged

    from .models import Reorganisation, Staff

    department = _department_to_change(department)
    check_unchanged(department, seen_mark)
    if on is None:
        raise ActionRefused("統合の日 (施行日) を入力してください。")
    if into is None:
        raise ActionRefused("統合先の課を選んでください。")
    into = _department_to_change(into)
    if into.municipality_id != department.municipality_id:
        raise ActionRefused("統合先は同じ自治体の課から選んでください。")
    if department.merged_into_id:
        raise ActionRefused(f"{department.name} はすでに{department.merged_into.name}に統合されています。")
    if into.pk == department.pk or into.merged_into_id or _waiting(into).filter(
            kind=Reorganisation.Kind.MERGE).exists():
        raise ActionRefused(f"{into.name} には統合できません。統合先は今ある別の課から選んでください。")
    _refuse_while_waiting(department)
    logins = Staff.objects.filter(department=department, user__isnull=False)
    if staff is None:
        chosen = list(logins.values_list("pk", flat=True))
    else:
        chosen = [s.pk for s in staff]
        if logins.filter(pk__in=chosen).count() != len(set(chosen)):
            raise ActionRefused(f"統合先に移す職員は{department.name}のログインのある職員から選んでください。")
    reorganisation = _saved(Reorganisation(department=department, kind=Reorganisation.Kind.MERGE, on=on,
                                           into=into, staff=sorted(set(chosen))), by)
    if on > _today():
        return {}
    _apply(reorganisation, by)
    return {what: len(pks) for what, pks in _moved_counts(reorganisation).items()}


def _today():
    from shingikai.settling import today

    return today()


def _waiting(department):
    from .models import Reorganisation

    return Reorganisation.objects.filter(department=department, applied_at__isnull=True, undone_at__isnull=True)


def _refuse_while_waiting(department):
    from shingikai.jp.wareki import to_wareki

    waiting = _waiting(department).first()
    if waiting is not None:
        raise ActionRefused(f"{department.name} には{to_wareki(waiting.on)}施行の{waiting.get_kind_display()}が記録されて"
                            "います。先にそれを取り消してから記録してください。")


def _apply(reorganisation, by):
    """Put a 組織改正 into effect (on its 施行日, or at once when recorded for a day already come)."""
    from django.utils import timezone

    from .models import Department, Reorganisation

    department = Department.objects.select_for_update().get(pk=reorganisation.department_id)
    if reorganisation.kind == Reorganisation.Kind.RENAME:
        department.former_names = [*department.former_names, {
            "name": department.name, "division": department.division, "until": reorganisation.on.isoformat()}]
        renamed = reorganisation.name != department.name
        department.name, department.division = reorganisation.name, reorganisation.division
        department.renamed_ahead = {}
        department = _saved(department, by)
        if renamed:  # the search entries carry the 課名 only; a new 部名 alone leaves them as they are
            reindex_departments(department)
    else:
        into = Department.objects.select_for_update().get(pk=reorganisation.into_id)
        if into.merged_into_id:
            raise ActionRefused(f"{into.name} は{into.merged_into.name}に統合されています。統合先を確かめてください。")
        department.merged_into, department.merged_on = into, reorganisation.on
        _saved(department, by)
        into.absorbed_until = max(filter(None, [into.absorbed_until, reorganisation.on]))
        _saved(into, by)
        # Noted before the move, while the department still holds its records: the outbox regenerates them after
        # the commit, under the successor's name.
        reindex_departments(department)
        reorganisation.moved = {**_move_open_work(department, into, by),
                                "staff": _move_logins(reorganisation.staff, department, into)}
    reorganisation.applied_at = timezone.now()
    _saved(reorganisation, by)
    return department


def _moved_counts(reorganisation):
    labels = dict((records.model._meta.label_lower, what) for what, records in _open_work(reorganisation.department))
    return {labels[label]: pks for label, pks in reorganisation.moved.items() if label in labels and pks}


def _move_logins(staff_pks, department, into):
    """The chosen staff's logins go to the successor as staff of it; the staff records they leave stay the
    department's, so that the 説明員 of its past meetings keep their 課. [[old pk, new pk], …]."""
    from .models import Staff

    pairs = []
    for old in Staff.objects.select_for_update().filter(pk__in=staff_pks, department=department,
                                                         user__isnull=False).order_by("pk"):
        user, old.user = old.user, None
        old.save(update_fields=["user", "updated_at"])
        new = Staff.objects.create(name=old.name, title=old.title, department=into, email=old.email, user=user)
        pairs.append([old.pk, new.pk])
    return pairs


@transaction.atomic
def apply_due_reorganisations(day=None, by=None):
    """Put into effect every 組織改正 recorded ahead whose 施行日 has come (the daily run, send-notices). A
    rename whose new name another 課 has taken meanwhile is left waiting; returns (applied, left)."""
    from .models import Reorganisation

    day = day or _today()
    applied, left = [], []
    for reorganisation in (Reorganisation.objects.select_for_update().filter(
            applied_at__isnull=True, undone_at__isnull=True, on__lte=day).order_by("on", "pk")):
        try:
            with transaction.atomic():
                _apply(reorganisation, by)
            applied.append(reorganisation)
        except ActionRefused:
            left.append(reorganisation)
    return applied, left


def undo_refusal(reorganisation):
    """Why the 組織改正 can no longer be undone, or None. One waiting for its 施行日 can be undone; one in effect
    until a record of the department dated from the 施行日 is settled (confirmed minutes or an issued 答申 of a
    meeting or case of the department, or of the successor for a merge), and only while it is the department's
    latest: a later one is undone first."""
    from shingikai.jp.wareki import to_wareki
    from shingikai.meetings.models import Answer
    from shingikai.minutes.models import Minutes

    from .models import Reorganisation

    if reorganisation.undone_at is not None:
        return "この組織改正はすでに取り消されています。"
    if reorganisation.applied_at is None:
        return None
    later = Reorganisation.objects.filter(department=reorganisation.department, undone_at__isnull=True,
                                          pk__gt=reorganisation.pk).exists()
    if later:
        return f"{reorganisation.department} にはこの後の組織改正が記録されています。先にそちらを取り消してください。"
    departments = [reorganisation.department_id] + ([reorganisation.into_id] if reorganisation.into_id else [])
    if Minutes.objects.filter(meeting__date__gte=reorganisation.on, meeting__items__case__department__in=departments
                              ).exclude(state=Minutes.State.DRAFT).exists():
        return (f"{to_wareki(reorganisation.on)}以後の会議の会議録が、この課の案件を載せて確定しています。"
                "確定した記録の課名は変えられないため、取り消せません。")
    if Answer.objects.filter(state=Answer.State.ISSUED, date__gte=reorganisation.on,
                             cases__department__in=departments).exists():
        return (f"{to_wareki(reorganisation.on)}以後に、この課の案件の答申が発出されています。"
                "確定した記録の課名は変えられないため、取り消せません。")
    return None


@transaction.atomic
def undo_reorganisation(reorganisation, *, reason, by=None):
    """取消: a 組織改正 recorded by mistake (undo_refusal says until when). A waiting one is withdrawn; a rename in
    effect gives the department its name before it back; a merge in effect puts back the records and logins it
    moved that are still the successor's. The 組織改正 stays on record, marked undone with the reason."""
    from django.utils import timezone

    from .models import Department, Reorganisation

    reorganisation = Reorganisation.objects.select_for_update().get(pk=reorganisation.pk)
    reason = _one_line(reason or "").strip()
    if not reason:
        raise ActionRefused("取り消す理由を入力してください。")
    refusal = undo_refusal(reorganisation)
    if refusal:
        raise ActionRefused(refusal)
    department = Department.objects.select_for_update().get(pk=reorganisation.department_id)
    if reorganisation.applied_at is None:
        if reorganisation.kind == Reorganisation.Kind.RENAME:
            department.renamed_ahead = {}
            _saved(department, by)
    elif reorganisation.kind == Reorganisation.Kind.RENAME:
        before = department.former_names[-1] if department.former_names else None
        if before is None or before["until"] != reorganisation.on.isoformat():
            raise ActionRefused(f"{department.name} の名称の記録がこの名称変更と合いません。管理者に連絡してください。")
        renamed = department.name != before["name"]
        department.former_names = department.former_names[:-1]
        department.name, department.division = before["name"], before["division"]
        department = _saved(department, by)
        if renamed:
            reindex_departments(department)
    else:
        _unmerge(reorganisation, department, by)
    reorganisation.undone_at, reorganisation.undo_reason = timezone.now(), reason
    return _saved(reorganisation, by)


def _unmerge(reorganisation, department, by):
    from django.apps import apps

    from shingikai.history import save_by
    from shingikai.meetings.models import Attendance, Turn

    from .models import Department, Staff

    into = Department.objects.select_for_update().get(pk=reorganisation.into_id)
    reindex_departments(into)
    department.merged_into, department.merged_on = None, None
    _saved(department, by)
    into.absorbed_until = Department.objects.filter(merged_into=into).exclude(pk=department.pk).aggregate(
        last=models.Max("merged_on"))["last"]
    _saved(into, by)
    for label, pks in reorganisation.moved.items():
        if label == "staff":
            continue
        for record in apps.get_model(label).objects.select_for_update().filter(pk__in=pks, department=into):
            record.department = department
            save_by(record, by, update_fields=["department"])
    for old_pk, new_pk in reorganisation.moved.get("staff", []):
        # Only the staff rows are locked: PostgreSQL locks no nullable side of a join (user__isnull joins the user).
        locked = Staff.objects.select_for_update(of=("self",))
        new = locked.filter(pk=new_pk, department=into, user__isnull=False).first()
        old = locked.filter(pk=old_pk, user__isnull=True).first()
        if new is None or old is None:
            continue
        old.user, new.user = new.user, None
        new.save(update_fields=["user", "updated_at"])
        old.save(update_fields=["user", "updated_at"])
        # The staff record the merge made goes with it, unless a meeting has named it since.
        if not (Attendance.objects.filter(staff=new).exists() or Turn.objects.filter(staff=new).exists()):
            new.delete()


def _open_work(department):
    """(querysets of the department's open work, in the order they are moved)."""
    from shingikai.cases.models import Case
    from shingikai.disclosure.board import OPEN
    from shingikai.disclosure.models import DisclosureRequest
    from shingikai.meetings.models import FollowUp
    from shingikai.registers.models import Assessment, AuditFinding, Incident, PersonalInfoFile

    return [
        ("案件", Case.objects.filter(department=department).exclude(
            status__in=[Case.Status.ANSWERED, Case.Status.WITHDRAWN])),
        ("条件・フォローアップ", FollowUp.objects.filter(
            department=department, status__in=[FollowUp.Status.OPEN, FollowUp.Status.RESPONDED])),
        ("個人情報ファイル簿", PersonalInfoFile.objects.filter(department=department).exclude(
            state=PersonalInfoFile.State.RETIRED)),
        ("特定個人情報保護評価", Assessment.objects.filter(department=department)),
        ("漏えい等事案", Incident.objects.filter(department=department, final_filed_on__isnull=True)),
        ("監査の指摘事項", AuditFinding.objects.filter(department=department, improvement="",
                                                 improvement_reported_at__isnull=True)),
        ("開示請求", DisclosureRequest.objects.filter(department=department, status__in=OPEN)),
    ]


def _move_open_work(department, into, by):
    """Each open record of `department` now `into`'s, saved one by one for its history; {model label: [pks]}."""
    from shingikai.history import save_by

    moved = {}
    for _, records in _open_work(department):
        pks = []
        for record in records.select_for_update().order_by("pk"):
            record.department = into
            save_by(record, by, update_fields=["department"])
            pks.append(record.pk)
        if pks:
            moved[records.model._meta.label_lower] = pks
    return moved


def reindex_departments(department):
    """Search entries carry the department's name now (search facets list it, the 担当課 filter matches it):
    re-index every record of the department and of those merged into it, through the outbox, as any save does."""
    from .models import Department

    ids, frontier = {department.pk}, [department.pk]
    while frontier:
        frontier = [pk for pk in Department.objects.filter(merged_into__in=frontier).values_list("pk", flat=True)
                    if pk not in ids]
        ids.update(frontier)
    from shingikai.search.indexing import schedule_departments

    schedule_departments(ids)


def check_secretariat_councils(councils, *, department=None, staff=None):
    """Refuse a secretariat that spans cities: an official runs councils of their own city only (the city of
    their 所属課, else of the councils they run already), all of one city. The admin's staff form asks here too."""
    councils = list(councils)
    city = department.municipality if department is not None else None
    if city is None and staff is not None and staff.secretariat()[0] is not None:
        from .models import Municipality

        city = Municipality.objects.get(pk=staff.secretariat()[0])
    if city is None and len({c.municipality_id for c in councils}) > 1:
        raise ActionRefused("事務局を務める審議会は、一つの自治体のものを選んでください ("
                            + "、".join(f"{c.name}は{c.municipality.name}" for c in councils) + "の審議会です)。")
    for council in councils:
        if city is not None and council.municipality_id != city.pk:
            raise ActionRefused(f"{council.name}は{council.municipality.name}の審議会です。"
                                f"{city.name}の職員は{city.name}の審議会・審査会の事務局だけを務められます。")


@transaction.atomic
@within_reach
def add_staff(*, name, title="", department=None, secretariat_councils=(), user=None, **fields):
    """An official of a department (説明員) or of the secretariat (事務局) of one or more councils of the city, or
    both."""
    from .models import Staff

    if department is None and not secretariat_councils:
        raise ActionRefused("職員の所属課か事務局を務める審議会を指定してください。")
    if user is not None and Staff.objects.filter(user=user).exists():
        raise ActionRefused(f"ログインユーザー {user} はすでに別の職員に割り当てられています。")
    check_secretariat_councils(secretariat_councils, department=department)
    staff = _created(Staff, name=name, title=title, department=department, user=user, **fields)
    staff.secretariat_councils.set(secretariat_councils)
    return staff


@transaction.atomic
def set_secretariat_councils(staff, councils, by=None):
    """Make `staff` the secretariat of exactly `councils` (of their own city), the change in the staff history by
    `by`: who was made or stopped being the clerk of which council, and when. The admin's staff form saves here."""
    councils = list(councils)
    check_secretariat_councils(councils, department=staff.department, staff=None if staff.department_id else staff)
    if by is not None and getattr(by, "is_authenticated", False):
        staff._history_user = by
    staff.secretariat_councils.set(councils)
    return staff


@transaction.atomic
@within_reach
def add_person(*, name, **fields):
    """A person who can be appointed to councils (委員)."""
    from .models import Person

    return _created(Person, name=name, **fields)


@transaction.atomic
def link_person_to_user(person, user, by=None):
    """Give a member a login, so that they can read the closed materials of their councils."""
    from .models import Person

    if Person.objects.filter(user=user).exclude(pk=person.pk).exists():
        raise ActionRefused(f"ログインユーザー {user} はすでに別の委員に割り当てられています。")
    from shingikai.history import save_by

    person.user = user
    return save_by(person, by, update_fields=["user"])


@transaction.atomic
def create_login(username, *, email, password, superuser=False):
    """A login (ユーザー), or the existing one of that name unchanged: loaders run more than once."""
    from django.contrib.auth import get_user_model

    User = get_user_model()
    user = User.objects.filter(username=username).first()
    if user is None:
        create = User.objects.create_superuser if superuser else User.objects.create_user
        user = create(username, email, password)
    return user


def lock_council(council):
    """Official numbers (諮問第N号, 答申第N号, 年度第N回) are counted under a lock on the council's row, held
    until the action's transaction ends, so two requests at once cannot take the same number."""
    Council.objects.select_for_update().get(pk=council.pk)


@transaction.atomic
def set_member_email(person, email, by=None):
    """The member's e-mail address, where the 招集通知 and the meeting notices go (empty: none), and their login's,
    where a reset by mail goes."""
    from shingikai.history import save_by

    from .models import Person

    email = _checked_email(email, Person)
    # of=self: PostgreSQL cannot lock the nullable side of the join to a login the member may not have.
    person = Person.objects.select_for_update(of=("self",)).select_related("user").get(pk=person.pk)
    person.email = email
    save_by(person, by, update_fields=["email", "updated_at"])
    if person.user is not None and not person.user.is_superuser and not _has_staff(person.user):
        # One address per member: a reset by mail goes to the login's, which would otherwise stay the old one.
        person.user.email = email
        person.user.save(update_fields=["email"])
    return person


#: A member's comment on a draft: a paragraph or a few, never a document pasted in.
RESPONSE_COMMENT_MAX = 2000


def record_member_response(responses, *, person, agrees, comment="", by, **fields):
    """A member's 了承 of a draft, or their comment on it, replacing their earlier one (`responses`: the draft's
    related manager, minutes.checks or answer.member_responses). Only the member answers for themself; a
    comment is needed when they do not agree. The caller checks that the draft is still open to answers."""
    comment = (comment or "").strip()
    if by is None or getattr(by, "person", None) is None or by.person.pk != person.pk:
        raise ActionRefused("委員本人だけが回答できます。")
    if not agrees and not comment:
        raise ActionRefused("意見 (直してほしい箇所と内容) を入力してください。")
    if len(comment) > RESPONSE_COMMENT_MAX:
        raise ActionRefused(f"意見は{RESPONSE_COMMENT_MAX}文字以内で入力してください。")
    response, _ = responses.update_or_create(person=person, defaults={"agrees": agrees, "comment": comment, **fields})
    return response


# --- 仮パスワード: a forgotten password ---

#: Letters and digits that read the same aloud and on paper (no 0/O, 1/l/I): the password is handed over.
TEMPORARY_PASSWORD_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789"


def password_issue_refusal(by, user):
    """Why `by` may not issue a temporary password to `user`, or None. The operator (a superuser) may issue one to
    anyone but themself; a secretariat to the members of its councils and the department staff of its city,
    never to a superuser, a secretariat (its own login included) or another city's people."""
    from shingikai import access

    from .models import Staff

    if user.pk == by.pk:
        return "自分のパスワードは「パスワードの変更」から変更してください。"
    if not user.is_active:
        return f"{user.get_username()} は利用できないユーザーです。"
    if by.is_superuser:
        return None
    councils = access.secretariat_council_ids(by)
    if not councils:
        return "仮パスワードを発行できるのは審議会の事務局です。"
    if user.is_superuser:
        return "運用管理者のパスワードは発行できません。"
    staff = Staff.objects.filter(user=user).select_related("department").first()
    if staff is not None and staff.is_secretariat:
        return "事務局の職員の仮パスワードは運用管理者が発行します。"
    cities = set(Council.objects.filter(pk__in=councils).values_list("municipality_id", flat=True))
    if staff is not None and staff.department_id and staff.department.municipality_id in cities:
        return None
    if Membership.objects.filter(person__user=user, council_id__in=councils).exists():
        return None
    return "仮パスワードを発行できるのは、この審議会の委員とこの自治体の担当課の職員です。"


@transaction.atomic
def issue_temporary_password(user, *, by):
    """A new password for someone who forgot theirs, returned once to be handed over: (record, password). The
    old password, the sessions signed in with it and the API tokens made with it stop working (a token carries
    a digest of the password hash: api/tokens.py); the person is asked for a password of their own at the next
    sign-in. The record keeps who issued it, when and for whom, never the password."""
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.select_for_update().get(pk=user.pk)
    refusal = password_issue_refusal(by, user)
    if refusal is not None:
        raise ActionRefused(refusal)
    return _set_temporary_password(user, by)


def _set_temporary_password(user, by):
    """The temporary password itself, once the caller has checked that `by` may issue it: (record, password)."""
    import secrets

    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    from .models import PasswordIssue

    # The similarity rule (max 0.5) compares letters, not their order: about one draw in twenty shares enough
    # letters with a short user name or mail address to be refused, so draw again rather than fail the issue.
    for _ in range(100):
        password = "-".join("".join(secrets.choice(TEMPORARY_PASSWORD_LETTERS) for _ in range(4)) for _ in range(3))
        try:
            validate_password(password, user)
            break
        except ValidationError:
            continue
    else:
        raise ActionRefused("仮パスワードを作れませんでした。もう一度発行してください。")
    user.set_password(password)
    user.save(update_fields=["password"])
    return PasswordIssue.objects.create(user=user, issued_by=by), password


@transaction.atomic
def give_member_login(council, person, *, username, by):
    """A login for a member of the council who has none (sitting, or appointed for a term to come), with a
    temporary password returned once to be handed over: (user, password). The member is asked for a password of
    their own at the first sign-in, as after any temporary password."""
    from shingikai import access

    from .models import Person

    if not (by.is_superuser or council.pk in access.secretariat_council_ids(by)):
        raise ActionRefused("委員にログインを発行できるのは審議会の事務局です。")
    person = Person.objects.select_for_update().get(pk=person.pk)
    if person.user_id is not None:
        raise ActionRefused(f"{person.name} にはすでにログイン ({person.user.get_username()}) があります。")
    from django.db.models import Q
    from django.utils import timezone

    if not Membership.objects.filter(Q(term_end__isnull=True) | Q(term_end__gte=timezone.localdate()),
                                     council=council, person=person, ended_on__isnull=True).exists():
        raise ActionRefused(f"{person.name} はこの審議会の委員ではありません (退任した委員にはログインを発行しません)。")
    user = _new_login(username, email=person.email or "")
    person._change_reason = "ログインを発行"
    link_person_to_user(person, user, by=by)
    _, password = issue_temporary_password(user, by=by)
    user.refresh_from_db()
    return user, password


def _new_login(username, *, email=""):
    """A login of that name with no usable password yet: the caller issues the temporary one to hand over."""
    import re

    from django.contrib.auth import get_user_model

    username = (username or "").strip()
    # Letters anyone can type on any keyboard and read back from the paper the password is handed over on.
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]{2,29}", username):
        raise ActionRefused("ユーザー名は半角の英数字と「. _ -」で3〜30文字にしてください (例: kitano)。")
    User = get_user_model()
    if User.objects.filter(username__iexact=username).exists():
        raise ActionRefused(f"ユーザー名 {username} はすでに使われています。別のユーザー名にしてください。")
    user = User.objects.create_user(username, email)
    user.set_unusable_password()
    user.save(update_fields=["password"])
    return user


def _check_city_secretariat(municipality, by, refusal):
    from shingikai import access

    if by.is_superuser:
        return
    if not Council.objects.filter(pk__in=access.secretariat_council_ids(by), municipality=municipality).exists():
        raise ActionRefused(refusal)


@transaction.atomic
def add_department_staff(department, *, name, title="", username, email="", by):
    """A department's official (職員) with a login, made by the secretariat of a council of the city as a member's
    is (give_member_login): (staff, temporary password shown once; changed at the first sign-in). `email`: where
    the 課's mail and a reset by mail go (the row's and the login's, kept in step: set_staff_email)."""
    from .models import Department, Staff

    department = Department.objects.select_for_update().get(pk=department.pk)
    _check_city_secretariat(department.municipality, by, "担当課の職員を登録できるのはこの自治体の審議会の事務局です。")
    if department.imported or department.merged_into_id:
        raise ActionRefused(f"{department.name} は統合された課 (または取り込んだ会議録に名前があるだけの課) なので、"
                            "職員を登録できません。")
    name = (name or "").strip()
    if not name:
        raise ActionRefused("職員の氏名を入力してください。")
    email = _checked_email(email, Staff)
    user = _new_login(username, email=email)
    staff = Staff(name=name, title=(title or "").strip(), department=department, email=email, user=user)
    staff._change_reason = f"ログインを発行 ({user.get_username()})"
    staff = _saved(staff, by)
    _, password = issue_temporary_password(user, by=by)
    return staff, password


@transaction.atomic
def add_secretariat_clerk(council, *, name, title="", username, email="", by):
    """A clerk (事務局職員) of the council's secretariat with a login, made by that secretariat (or the operator)
    as a department's official is (add_department_staff): (staff, temporary password shown once; changed at the
    first sign-in). The history names who made them a clerk of which council. `by` None: the operator at the
    server's shell (`shingikai add-secretariat`)."""
    from shingikai import access

    from .models import Staff

    council = Council.objects.select_for_update().get(pk=council.pk)
    if council.is_imported_only or not (by is None or by.is_superuser
                                        or council.pk in access.secretariat_council_ids(by)):
        raise ActionRefused("事務局の職員を登録できるのはこの審議会の事務局です。")
    name = (name or "").strip()
    if not name:
        raise ActionRefused("職員の氏名を入力してください。")
    email = _checked_email(email, Staff)
    user = _new_login(username, email=email)
    staff = Staff(name=name, title=(title or "").strip(), email=email, user=user)
    staff._change_reason = f"事務局の職員として登録、ログインを発行 ({user.get_username()})"
    staff = _saved(staff, by)
    set_secretariat_councils(staff, [council], by=by)
    # The refusal of a secretariat issuing a clerk's password guards an existing clerk's login against a fellow
    # clerk; this login is new, made just now by the council's own secretariat.
    _, password = _set_temporary_password(user, by)
    return staff, password


@transaction.atomic
def add_operator(*, username, email=""):
    """The operator's login (運用管理者: the set-up and the admin), made at the server's shell with a temporary
    password shown once and changed at the first sign-in, as every other login is issued: Django's own
    createsuperuser asks for it in English."""
    from django.contrib.auth import get_user_model

    user = _new_login(username, email=_checked_email(email, get_user_model()))
    user.is_staff = user.is_superuser = True
    user.save(update_fields=["is_staff", "is_superuser"])
    _, password = _set_temporary_password(user, None)
    return user, password


@transaction.atomic
def end_secretariat_clerk(staff, council, *, by):
    """A clerk who no longer runs the council (異動・退職): taken off its secretariat by that secretariat (or the
    operator), never oneself nor the last clerk who signs in for it. A clerk left with no council and no 課 has
    nothing to sign in for: the login stops, with its sessions. The staff row and its history stay."""
    from shingikai import access

    staff = _locked_staff(staff)
    if not (by.is_superuser or council.pk in access.secretariat_council_ids(by)):
        raise ActionRefused("事務局の職員を事務局から外せるのはこの審議会の事務局です。")
    if council.pk not in staff.secretariat_council_ids():
        raise ActionRefused(f"{staff.name} は{council.name}の事務局の職員ではありません。")
    if staff.user_id is not None and staff.user_id == by.pk:
        raise ActionRefused("自分を事務局から外すことはできません。ほかの事務局の職員か運用管理者に依頼してください。")
    from .models import Staff

    if not Staff.objects.secretariat_of_councils([council.pk]).exclude(pk=staff.pk).filter(
            user__is_active=True).exists():
        raise ActionRefused(f"{staff.name} は {council} の事務局でただ一人ログインできる職員なので、事務局から外せません。"
                            "先に後任の職員を登録してください。")
    remaining = [c for c in Council.objects.filter(pk__in=staff.secretariat_council_ids()) if c.pk != council.pk]
    set_secretariat_councils(staff, remaining, by=by)
    if not remaining and staff.department_id is None and staff.user is not None and staff.user.is_active:
        staff.user.is_active = False
        staff.user.save(update_fields=["is_active"])
        _end_sessions_of(staff.user)
        _record_staff_change(staff, by, f"{council.name}の事務局から外れ、ログインを停止")
    return staff


# --- Logins over time: 異動・退職 of the city's staff, 退任 of members, a stolen laptop ---

def login_refusal(by, user, what):
    """Why `by` may not act on the login `user` (stop, restart, end its sessions: `what` names it), or None. The
    operator acts on anyone's but their own; a secretariat on the members of its councils, the department staff
    of its city and its fellow clerks of its councils; never on a superuser or another city's people."""
    from shingikai import access

    from .models import Staff

    if user.pk == by.pk:
        return f"自分のログインの{what}はできません。"
    if by.is_superuser:
        return None
    councils = access.secretariat_council_ids(by)
    if not councils:
        return f"ログインの{what}ができるのは審議会の事務局です。"
    if user.is_superuser:
        return f"運用管理者のログインの{what}はできません。"
    staff = Staff.objects.filter(user=user).select_related("department").first()
    if staff is not None and Staff.objects.secretariat_of_councils(councils).filter(pk=staff.pk).exists():
        return None
    cities = set(Council.objects.filter(pk__in=councils).values_list("municipality_id", flat=True))
    if staff is not None and staff.department_id and staff.department.municipality_id in cities \
            and not staff.is_secretariat:
        return None
    if Membership.objects.filter(person__user=user, council_id__in=councils).exists():
        return None
    return f"ログインの{what}ができるのは、この審議会の委員・事務局とこの自治体の担当課の職員です。"


def _checked_email(email, model):
    from django.core.exceptions import ValidationError
    from django.core.validators import validate_email

    email = (email or "").strip()
    limit = model._meta.get_field("email").max_length
    if len(email) > limit:
        raise ActionRefused(f"電子メールは{limit}文字以内で入力してください。")
    if email:
        try:
            validate_email(email)
        except ValidationError:
            raise ActionRefused(f"電子メールの形が正しくありません: {email}") from None
    return email


def _locked_staff(staff):
    from .models import Staff

    # Of self alone: PostgreSQL refuses FOR UPDATE on the nullable side of the join the user lookup makes.
    return Staff.objects.select_for_update(of=("self",)).select_related("department", "user").get(pk=staff.pk)


def _record_staff_change(staff, by, reason):
    """The staff row's history entry of a change to its login, by whom and why (the login has no history)."""
    from shingikai.history import save_by

    staff._change_reason = reason
    save_by(staff, by)


def _check_not_last_secretariat(staff):
    """A council keeps one active secretariat login at least: stopping the last would leave nobody to run it."""
    from .models import Staff

    for council in Council.objects.filter(pk__in=staff.secretariat_council_ids()).order_by("pk"):
        others = Staff.objects.secretariat_of_councils([council.pk]).exclude(pk=staff.pk).filter(user__is_active=True)
        if not others.exists():
            raise ActionRefused(f"{staff.name} は {council} の事務局でただ一人ログインできる職員なので、停止できません。"
                                "先に後任の職員のログインを運用管理者に発行してもらってください。")


@transaction.atomic
def stop_department_staff_login(staff, *, by):
    """An official who left (異動・退職): a department's, or a fellow clerk of the secretariat (never the last one
    who signs in for a council). Their login stops, with their open sessions; the staff row stays, as the
    records they made name them."""
    staff = _locked_staff(staff)
    if staff.department_id is None and not staff.is_secretariat:
        raise ActionRefused("ログインを停止できるのは担当課と事務局の職員です。")
    if staff.user is None or not staff.user.is_active:
        raise ActionRefused(f"{staff.name} のログインはありません (すでに停止しています)。")
    refusal = login_refusal(by, staff.user, "停止")
    if refusal is not None:
        raise ActionRefused(refusal)
    _check_not_last_secretariat(staff)
    staff.user.is_active = False
    staff.user.save(update_fields=["is_active"])
    _end_sessions_of(staff.user)
    _record_staff_change(staff, by, "ログインを停止")
    return staff


@transaction.atomic
def restart_login(user, *, by):
    """A login stopped by mistake, or of someone who came back (a member appointed again, an official returned to
    the 課), active again with the password it had. Recorded in the staff row's history."""
    from django.contrib.auth import get_user_model

    from .models import Staff

    user = get_user_model().objects.select_for_update().get(pk=user.pk)
    if user.is_active:
        raise ActionRefused(f"{user.get_username()} のログインは停止していません。")
    refusal = login_refusal(by, user, "再開")
    if refusal is not None:
        raise ActionRefused(refusal)
    user.is_active = True
    user.save(update_fields=["is_active"])
    staff = Staff.objects.filter(user=user).first()
    if staff is not None:
        _record_staff_change(staff, by, "ログインを再開")
    return user


@transaction.atomic
def move_department_staff(staff, *, department, by):
    """人事異動: a department's official moves to another 課 of the city, keeping the login and its history. What
    they see follows at once (the signed-in user's department is read with each request): the new 課's records,
    no longer the old one's."""
    from .models import Department

    staff = _locked_staff(staff)
    if staff.department_id is None or staff.is_secretariat:
        raise ActionRefused("異動を記録できるのは担当課の職員です。")
    _check_city_secretariat(staff.department.municipality, by, "担当課の職員の異動を記録できるのはこの自治体の審議会の事務局です。")
    if department is None or not Department.objects.offered().filter(
            pk=department.pk, municipality_id=staff.department.municipality_id).exists():
        raise ActionRefused("異動先はこの自治体の今ある課から選んでください。")
    if department.pk == staff.department_id:
        raise ActionRefused(f"{staff.name} はすでに{department.name}の職員です。")
    before = staff.department.name
    staff.department = department
    _record_staff_change(staff, by, f"異動 ({before}から{department.name}へ)")
    return staff


@transaction.atomic
def set_staff_email(staff, email, *, by):
    """An official's e-mail address (empty: none): where the 課's (or the secretariat's) mail and a reset by mail go.
    The staff row's address and the login's are kept the same, so that no mail goes to an address left behind."""
    from .models import Staff

    email = _checked_email(email, Staff)
    staff = _locked_staff(staff)
    if staff.user is not None:
        refusal = login_refusal(by, staff.user, "電子メールの変更")
        if refusal is not None:
            raise ActionRefused(refusal)
        staff.user.email = email
        staff.user.save(update_fields=["email"])
    else:
        _check_city_secretariat(staff.department.municipality_id if staff.department_id else staff.secretariat()[0], by,
                                "職員の電子メールを変更できるのはこの自治体の審議会の事務局です。")
    staff.email = email
    _record_staff_change(staff, by, "電子メールを変更")
    return staff


def _end_sessions_of(user):
    """Delete every session signed in as `user` (they live in the database, shared by every app server): the next
    request of each asks for the sign-in again. Returns how many ended."""
    from django.contrib.auth import SESSION_KEY
    from django.contrib.sessions.models import Session
    from django.utils import timezone

    from shingikai.sessionstore import SessionStore

    ended = []
    for key, data in Session.objects.filter(expire_date__gt=timezone.now()).values_list("session_key", "session_data") \
            .iterator(chunk_size=500):
        if str(SessionStore().decode(data).get(SESSION_KEY)) == str(user.pk):
            ended.append(key)
    Session.objects.filter(session_key__in=ended).delete()
    return len(ended)


@transaction.atomic
def end_sessions(user, *, by):
    """「すべてのセッションを終了」 (a stolen or lost laptop): every open session of the login ends now, on every
    server; the password stays, so the person signs in again as before. Returns how many ended; recorded in the
    staff row's history for an official (a member's login has no history of its own yet)."""
    from .models import Staff

    refusal = login_refusal(by, user, "セッションの終了")
    if refusal is not None:
        raise ActionRefused(refusal)
    count = _end_sessions_of(user)
    staff = Staff.objects.filter(user=user).first()
    if staff is not None:
        _record_staff_change(staff, by, f"すべてのセッションを終了 ({count}件)")
    return count


def member_login_stays(person, day):
    """Why the login of `person`, whose membership ends on `day`, stays active after it (another council or
    another term goes on, the login is an official's or the operator's too); None when it stops."""
    from django.db.models import Q

    user = person.user
    if user is None or not user.is_active:
        return None
    if user.is_superuser:
        return "運用管理者のログインでもあるため"
    if _has_staff(user):
        return "市の職員のログインでもあるため"
    going_on = (Membership.objects.filter(person=person).filter(Q(ended_on__isnull=True) | Q(ended_on__gt=day))
                .filter(Q(term_end__isnull=True) | Q(term_end__gt=day)).select_related("council"))
    councils = sorted({m.council.name for m in going_on})
    if councils:
        return f"{'、'.join(councils)}の委員を続けるため"
    return None


def _has_staff(user):
    from .models import Staff

    return Staff.objects.filter(user=user).exists()


@transaction.atomic
def stop_former_member_logins(today=None):
    """The daily run: the logins of members whose last membership ended before `today` (a 退任, or a term that ran
    out with no new one) stop, with their sessions. A member appointed again has it restarted by the secretariat
    (restart_login). Returns the people whose login stopped."""
    import datetime as dt

    from django.utils import timezone

    from .models import Person

    today = today or timezone.localdate()
    yesterday = today - dt.timedelta(days=1)
    stopped = []
    candidates = (Person.objects.filter(user__is_active=True, user__is_superuser=False, memberships__isnull=False)
                  .distinct().select_related("user"))
    return [person for person in candidates if _stop_member_login(person, yesterday)]


def _stop_member_login(person, day):
    """Stop the login of a member out of office after `day`, unless it stays (member_login_stays); whether it did."""
    from django.contrib.auth import get_user_model

    if person.user_id is None:
        return False
    person.user = get_user_model().objects.select_for_update().get(pk=person.user_id)
    if not person.user.is_active or member_login_stays(person, day) is not None:
        return False
    person.user.is_active = False
    person.user.save(update_fields=["is_active"])
    _end_sessions_of(person.user)
    return True


def must_change_password(user):
    """Whether the person signs in with a temporary password they have not replaced yet."""
    from .models import PasswordIssue

    return PasswordIssue.objects.filter(user=user, changed_at__isnull=True).exists()


@transaction.atomic
def password_changed(user):
    """The person set a password of their own (the change page, or a reset by e-mail): no temporary one waits."""
    from django.utils import timezone

    from .models import PasswordIssue

    PasswordIssue.objects.filter(user=user, changed_at__isnull=True).update(changed_at=timezone.now())
