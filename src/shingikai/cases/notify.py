"""E-mail about members' questions before a meeting (事前質問) and the 答申案 circulated to them, sent by
`shingikai send-notices`.

Stateless like the meeting notices: each daily run tells of the questions asked and the answers given the day
before, so each goes out once without remembering anything. A question goes to its department with the
secretariat in copy (the secretariat alone when the department has no address: it then records the answer
for the department); an answer goes to the member who asked, or to the secretariat for its own question.
"""
import datetime as dt

from django.conf import settings
from django.core.mail import EmailMessage
from django.db.models import Q
from django.utils import timezone

from shingikai.councils.mail import member_addresses, recipients, secretariat_addresses, to_members
from shingikai.jp.wareki import to_wareki

from .models import Case, Question

SIGN_OFF = "審議会支援システムの案件の画面でご確認ください。"


def _asked(day):
    questions = (Question.objects.filter(asked_at__date=day).select_related("case__council", "case__department")
                 .order_by("case__department_id", "asked_at", "pk"))
    by_department = {}
    for question in questions:
        by_department.setdefault((question.case.department, question.case.council), []).append(question)
    messages = []
    for (department, council), own in by_department.items():
        to, cc = recipients(department, council=council)
        if not to:
            continue
        lines = [f"{council.name} の委員・事務局から、{to_wareki(day)}に次の事前質問がありました。", ""]
        for q in own:
            lines += [f"案件: {q.case.title}", f"質問: {q.text}", ""]
        lines.append("審議会支援システムの案件の画面から回答してください。")
        messages.append(EmailMessage(f"[{council.name}] 事前質問が届いています ({department.name})", "\n".join(lines),
                                     settings.DEFAULT_FROM_EMAIL, to, cc=cc))
    return messages


def _answered(day):
    questions = (Question.objects.filter(Q(answered_at__date=day) | Q(corrected_at__date=day))
                 .select_related("case__council", "asked_by__person").order_by("asked_at", "pk"))
    messages = []
    for q in questions:
        council = q.case.council
        person = getattr(q.asked_by, "person", None) if q.asked_by else None
        to = (member_addresses([person]) if person is not None and person.email and not q.from_secretariat
              else secretariat_addresses(council=council))
        if not to:
            continue
        corrected = q.corrected_at is not None and timezone.localtime(q.corrected_at).date() == day
        body = "\n".join([f"{to_wareki(timezone.localtime(q.asked_at).date())}の事前質問に担当課の回答が{'訂正されました' if corrected else 'ありました'}。", "",
                          f"案件: {q.case.title}", f"質問: {q.text}", f"回答: {q.answer}", "", SIGN_OFF])
        messages.append(EmailMessage(f"[{council.name}] 事前質問への回答", body, settings.DEFAULT_FROM_EMAIL, to))
    return messages


def _circulated(day):
    """The 答申案 first circulated to the members on `day` (read from their history: a draft edited while
    circulated is not announced again), to the members in office, the secretariat in To (councils.mail)."""
    from django.db.models import Min

    from shingikai.meetings.models import Answer

    first = (Answer.history.filter(state=Answer.State.CIRCULATED).values("id")
             .annotate(on=Min("history_date")).values_list("id", "on"))
    ids = [pk for pk, on in first if timezone.localtime(on).date() == day]
    messages = []
    for answer in Answer.objects.filter(pk__in=ids, state=Answer.State.CIRCULATED).select_related("council"):
        council = answer.council
        recused = set(answer.cases.values_list("recusals__person_id", flat=True))  # 除斥: not asked
        members = member_addresses(m.person for m in council.memberships.in_office(day).select_related("person")
                                   if m.person_id not in recused)
        cases = "、".join(f"{c.number} {c.title}".strip() for c in answer.cases.all())
        body = "\n".join([f"{council.name} の答申の案を回付します。内容をご確認のうえ、了承または意見をお送りください。", "",
                          f"答申する案件: {cases}", f"結論: {answer.conclusion}", "",
                          "審議会支援システムのホームの「確認をお願いする答申案」から回答できます。"])
        message = to_members(f"[{council.name}] 答申の案の回付", body, members, secretariat_addresses(council=council))
        if message is not None:
            messages.append(message)
    return messages


def _transferred(day):
    """The cases another council of the city passed on (cases.actions.transfer_case) on `day`, to the secretariat of
    the council that now has them to receive, one mail per council; a case passed on again since is not told."""
    from shingikai.councils.models import Council

    from .actions import transfers

    arrived = {}
    for row in transfers().filter(history_date__date=day).order_by("history_id"):
        arrived.setdefault(row.council_id, {})[row.id] = row.from_council
    messages = []
    for council in Council.objects.filter(pk__in=arrived):
        cases = (Case.objects.filter(pk__in=arrived[council.pk], council=council, status=Case.Status.SUBMITTED)
                 .select_related("department"))
        senders = dict(Council.objects.filter(pk__in=arrived[council.pk].values()).values_list("pk", "name"))
        lines = [f"{to_wareki(day)}に、ほかの審議会から次の案件が{council.name}に回付されました。", ""]
        for case in cases.order_by("submitted_at", "pk"):
            lines += [f"案件: {case.title}", f"提出した課: {case.department.name if case.department else '—'}",
                      f"回付元: {senders.get(arrived[council.pk][case.pk], '—')}", ""]
        to = secretariat_addresses(council=council)
        if len(lines) > 2 and to:
            lines.append("審議会支援システムのホームの「受付待ちの案件」から受け付けてください。")
            messages.append(EmailMessage(f"[{council.name}] 回付された案件が届いています", "\n".join(lines),
                                         settings.DEFAULT_FROM_EMAIL, to))
    return messages


def send_question_notices(today, connection):
    """Tell of yesterday's questions and answers, of the 答申案 circulated and of the cases passed on from another
    council yesterday; returns how many mails went out."""
    day = today - dt.timedelta(days=1)
    messages = _asked(day) + _answered(day) + _circulated(day) + _transferred(day)
    return connection.send_messages(messages) or 0 if messages else 0
