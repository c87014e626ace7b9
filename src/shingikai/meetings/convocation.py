"""招集通知: the chair's formal call of a meeting, e-mailed to the members in office with the date, the
place, the whole agenda (closed items marked, as in the members' materials) and the meeting as an ICS file.
The members are in Bcc (councils.mail.to_members): none receives another's private address.

Sent once: by the secretariat's button, or by the daily `send-notices` run when the meeting is
CONVOCATION_DAYS_BEFORE days away and no convocation has gone out yet.
"""
import datetime as dt

from django.core.mail import get_connection

from shingikai.councils.actions import chair_of
from shingikai.councils.mail import to_members, unique
from shingikai.errors import ActionRefused
from shingikai.jp.wareki import to_wareki
from shingikai.settling import today

from . import ics
from .actions import record_convocation
from .models import Meeting
from .notify import _council_people

CONVOCATION_DAYS_BEFORE = 14


def _when(meeting):
    text = to_wareki(meeting.date, western=True)
    if meeting.start_time:
        text += f" {meeting.start_time.hour}時{meeting.start_time.minute:02d}分から"
    if meeting.end_time:
        text += f"{meeting.end_time.hour}時{meeting.end_time.minute:02d}分まで"
    return text


def body(meeting):
    council = meeting.council
    chair = chair_of(council, meeting.date)
    items = list(meeting.items.order_by("order"))
    lines = [
        f"{council.name}委員 各位", "",
        f"{council.name}会長　{chair.name if chair else ''}".rstrip(), "",
        f"{meeting.label}{council.name}の開催について（通知）", "",
        f"{council.name}を下記のとおり招集しますので、御出席くださいますようお願いします。", "",
        "記", "",
        f"1　日時　{_when(meeting)}",
        f"2　場所　{meeting.place or '追って通知します'}",
        "3　議題",
    ]
    lines += [f"　（{n}）{item.title}{'（非公開）' if not item.is_public or not meeting.is_public else ''}"
              for n, item in enumerate(items, 1)] or ["　追って通知します"]
    lines += ["", "会議資料は審議会支援システムでご確認ください。", "日程は添付の予定表 (ICS) からカレンダーに登録できます。"]
    return "\n".join(lines)


def message(meeting, host):
    members, secretariat = _council_people(meeting.council, meeting.date)
    to = unique(members)
    if not to:
        raise ActionRefused("在任の委員にメールアドレスが登録されていないため、招集通知を送れません。"
                            f"ホームの「委員 ({meeting.council.name})」の画面 (委員の委嘱と退任) で、"
                            "各委員の電子メールを登録してください。")
    mail = to_members(f"【招集通知】{meeting.council.name} {meeting.label}", body(meeting), to, secretariat)
    calendar = ics.calendar(meeting.council, [meeting], host)
    mail.attach(f"meeting-{meeting.pk}.ics", calendar, "text/calendar")
    return mail


def unreached(meeting):
    """The members in office on the meeting's day who have no e-mail address: the convocation does not reach
    them, and the secretariat calls them by post or telephone."""
    return [m.person.name for m in meeting.council.memberships.in_office(meeting.date).select_related("person")
            .order_by("pk") if not (m.person.email or "").strip()]


def send_convocation(meeting, *, host, by=None, connection=None):
    """Send the convocation now and record it; refused (nothing sent) when the meeting cannot be called."""
    if meeting.state != Meeting.State.PLANNED or meeting.date is None:
        record_convocation(meeting, by=by)  # raises the reason in Japanese
    if meeting.date < today():
        # A meeting recorded after it was held: a mail asking members to attend a day gone would only confuse.
        raise ActionRefused(f"開催日 ({to_wareki(meeting.date)}) が過ぎた会議の招集通知は送れません。")
    mail = message(meeting, host)
    (connection or get_connection()).send_messages([mail])
    return record_convocation(meeting, by=by)


def send_due_convocations(today, *, host):
    """The daily run: every planned meeting within CONVOCATION_DAYS_BEFORE days not yet convened."""
    sent = 0
    connection = get_connection()
    due = (Meeting.objects.filter(state=Meeting.State.PLANNED, convened_on__isnull=True, date__gte=today,
                                  date__lte=today + dt.timedelta(days=CONVOCATION_DAYS_BEFORE))
           .select_related("council").prefetch_related("items"))
    for meeting in due:
        try:
            send_convocation(meeting, host=host, connection=connection)
        except ActionRefused:
            continue  # no member address: the secretariat sees the meeting unconvened on its page
        sent += 1
    return sent
