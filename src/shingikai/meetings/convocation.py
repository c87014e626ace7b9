"""招集通知: the chair's formal call of a meeting, e-mailed to the members in office with the date, the
place, the whole agenda (closed items marked, as in the members' materials) and the meeting as an ICS file.
The members are in Bcc (councils.mail.to_members): none receives another's private address.

Sent once: by the secretariat's button, or by the daily `send-notices` run when the meeting is
CONVOCATION_DAYS_BEFORE days away and no convocation has gone out yet.
"""
import datetime as dt

from django.core.mail import get_connection
from django.urls import reverse

from shingikai.councils.actions import chair_of, standing_in_for_chair, standing_in_signature, standing_in_title
from shingikai.councils.mail import member_addresses, secretariat_addresses, to_members, unique
from shingikai.errors import ActionRefused
from shingikai.documents.context.common import contact_lines, head_with_name, jdate, meeting_of_council
from shingikai.jp.text import phrase
from shingikai.jp.wareki import to_wareki
from shingikai.settling import today

from . import ics
from .actions import ConvocationAnswers, WrittenAnswers, record_convocation
from .models import AgendaItem, Meeting
from .notify import _council_people

CONVOCATION_DAYS_BEFORE = 14

#: Members answer 出欠 a week before the meeting, so the secretariat knows of the quorum in time; a notice sent
#: later than that leaves them until the day before.
ANSWER_DAYS_BEFORE = 7
ANSWER_DAYS_AT_LEAST = 3

#: A 書面開催 asks no 出欠: the members yet to answer in writing are reminded this many days before its 回答期限,
#: while there is still time to send the answer (or the paper) back.
WRITTEN_REMINDER_DAYS_BEFORE = 3


def answer_by(meeting, sent_on):
    """The day by which the members are asked to answer 出欠 unless the secretariat sets another."""
    deadline = meeting.date - dt.timedelta(days=ANSWER_DAYS_BEFORE)
    if deadline < sent_on + dt.timedelta(days=ANSWER_DAYS_AT_LEAST):
        deadline = max(sent_on, meeting.date - dt.timedelta(days=1))
    return deadline


def answer_deadline(meeting, sent=None):
    """The day by which the members are asked to answer 出欠: the one the notice (`sent`, by default the last one
    sent) set, or the default for its day; None before any notice went out."""
    sent = meeting.convocation_sent if sent is None else sent
    if sent and sent.get("answer_by"):
        return dt.date.fromisoformat(sent["answer_by"])
    sent_on = dt.date.fromisoformat(sent["sent_on"]) if sent and sent.get("sent_on") else meeting.convened_on
    return answer_by(meeting, sent_on) if sent_on and meeting.date else None


def _draft_day(meeting):
    """The day a notice not yet sent is dated: today, or for a meeting already held (entered after the fact) the
    day it would have gone out, so that it never asks for 出欠 by a day after the meeting."""
    day = today()
    if meeting.date and meeting.date <= day:
        return meeting.date - dt.timedelta(days=CONVOCATION_DAYS_BEFORE)
    return day


def checked_answer_by(meeting, on, day):
    """A deadline the secretariat set: from the notice's day, before the meeting's (the day itself for a meeting
    called the day it is held)."""
    if day < on:
        raise ActionRefused(f"出欠の回答期限 ({to_wareki(day)}) は招集通知を送る日 ({to_wareki(on)}) 以降にしてください。")
    if day > max(on, meeting.date - dt.timedelta(days=1)):
        raise ActionRefused(f"出欠の回答期限 ({to_wareki(day)}) は開催日 ({to_wareki(meeting.date)}) より前にしてください。")
    return day


def _when(meeting):
    text = jdate(meeting.date, weekday=True)
    if meeting.start_time:
        text += f" {meeting.start_time.hour}時{meeting.start_time.minute:02d}分から"
    if meeting.end_time:
        text += f"{meeting.end_time.hour}時{meeting.end_time.minute:02d}分まで"
    return text


def _item_line(meeting, item):
    return f"{phrase(item.title)}{'（非公開）' if not item.is_public or not meeting.is_public else ''}"


def _business_lines(meeting):
    """The notice's 議題: the business to be taken up, without the 開会, あいさつ and 閉会 of the 会議次第."""
    return [_item_line(meeting, item) for item in meeting.items.order_by("order")
            if not (item.kind == AgendaItem.Kind.PROCEDURAL and item.procedure in AgendaItem.CEREMONY)]


def facts(meeting):
    """What a notice tells of the meeting, kept with the notice so that the next one can say what changed."""
    return {"method": "書面開催" if meeting.written else "会議", "when": _when(meeting), "place": meeting.place or "",
            "items": _business_lines(meeting)}


def changes(before, now):
    """What a re-sent notice changes against the one it replaces, in the notice's words."""
    if not before:
        return []
    out = []
    # Notices recorded before the method was kept with them say nothing of it: no change is read into them.
    if before.get("method", now["method"]) != now["method"]:
        out.append(f"開催方法の変更（変更前：{before['method']}）")
    if before.get("when") != now["when"]:
        out.append(f"日時の変更（変更前：{before.get('when')}）")
    if before.get("place") != now["place"]:
        out.append(f"場所の変更（変更前：{before.get('place') or '未定'}）")
    added = [title for title in now["items"] if title not in before.get("items", [])]
    removed = [title for title in before.get("items", []) if title not in now["items"]]
    out += [f"議題の追加：{title}" for title in added] + [f"議題の削除：{title}" for title in removed]
    return out


def notice(meeting, *, answer_url="", sending=None):
    """The notice's parts, which the mail and the PDF/DOCX (documents kind 「convocation」) lay out: as it goes
    out when `sending` holds what send_convocation is about to record (its day, facts() and changes()), else
    as the last one went out."""
    council = meeting.council
    chair = chair_of(council, meeting.date)
    sent = sending or meeting.convocation_sent or {}
    sent_on = dt.date.fromisoformat(sent["sent_on"]) if sent.get("sent_on") else (meeting.convened_on or _draft_day(meeting))
    replaced = sent.get("replaces")
    preface = []
    if replaced:
        preface = [f"この通知は、{jdate(dt.date.fromisoformat(replaced))}付けで送付した招集通知に代わるものです。"]
        preface += [f"変更点：{change}" for change in sent.get("changes") or []] or ["変更点：なし（再送）"]
    answer = f"出欠を{jdate(answer_deadline(meeting, {**sent, 'sent_on': sent_on.isoformat()}))}までに、審議会支援システムでご回答ください。"
    if replaced:
        answer += "既に回答された方も、変更がある場合は改めてご回答ください。"
    items = _business_lines(meeting)
    opening = [f"{council.name}を下記のとおり招集しますので、御出席くださいますようお願いします。", answer]
    if meeting.written:
        # Nobody attends a 書面開催: the members are asked for their vote and opinion by its 回答期限.
        opening = [f"{council.name}を下記のとおり書面により開催します。会議資料を御確認のうえ、議題ごとの賛否と御意見を"
                   f"{jdate(meeting.date)}までに、審議会支援システムで御回答くださいますようお願いします。",
                   # A member sent the notice on paper answers on paper: the sheet goes with it.
                   "審議会支援システムを利用されない方は、書面表決書に御記入のうえ、回答期限までに事務局へ送付してください。"]
        if replaced:
            opening.append("既に回答された方も、変更がある場合は改めて御回答ください。")
    standing = standing_in_for_chair(council, meeting.date) if chair is None else None
    if standing is not None:
        # The 会長 left mid-term: the officer who acts for the 会長 calls the meeting, which elects the next.
        office = standing_in_title(standing)
        sender = f"{council.name}{standing_in_signature(standing)}"
        opening.insert(1, f"会長が欠けているため、{office}が会長の職務を代理して招集します。会議の初めに会長の選出を行います。")
    elif chair is None:
        # No 会長 on the day (the first meeting of a new term, before the 互選): the notice is not sent in the
        # name of an office nobody holds, but of the head who appointed the members, as 条例 commonly provide.
        sender = head_with_name(council.municipality, meeting.date)
        opening.insert(1, "会長が在任していないため、会長が選出されるまでの間、本会議は"
                          f"{council.municipality.head}が招集します。会議の初めに会長の選出を行います。")
    else:
        sender = f"{council.name}会長　{chair.name}"
    return {
        "number": sent.get("number", meeting.convocation_number), "sent_on": sent_on, "addressee": f"{council.name}委員 各位",
        "sender": sender,
        "title": f"{meeting_of_council(meeting)}の開催について（通知）"
                 + ("（再送）" if replaced else ""),
        "preface": preface,
        "opening": opening,
        "when": f"書面開催（回答期限　{jdate(meeting.date)}）" if meeting.written else _when(meeting),
        "place": "書面開催のため、会議は開きません" if meeting.written else meeting.place or "追って通知します",
        "items": items,
        "closing": ["会議資料は審議会支援システムでご確認ください。"]
                   + ([f"{'書面による回答' if meeting.written else '出欠の回答'}・会議資料：{answer_url}"] if answer_url else []),
        "contact": contact_lines(council),
    }


def body(meeting, *, answer_url="", sending=None):
    """The notice as the mail's text (see notice)."""
    parts = notice(meeting, answer_url=answer_url, sending=sending)
    lines = [line for line in (parts["number"], jdate(parts["sent_on"])) if line] + [
        "", parts["addressee"], "", parts["sender"], "", parts["title"], ""]
    if parts["preface"]:
        lines += parts["preface"] + [""]
    lines += parts["opening"] + ["", "記", "", f"1　日時　{parts['when']}", f"2　場所　{parts['place']}", "3　議題"]
    lines += [f"　（{n}）{title}" for n, title in enumerate(parts["items"], 1)] or ["　追って通知します"]
    lines += [""] + parts["closing"] + ["日程は添付の予定表 (ICS) からカレンダーに登録できます。"]
    if parts["contact"]:
        lines += ["", "（問い合わせ先）"] + parts["contact"]
    return "\n".join(lines)


def answer_path(meeting):
    """Where the notice sends a member: their 出欠 page, or for a 書面開催 the page where they answer in writing."""
    return reverse("meetings:written_answer" if meeting.written else "meetings:convocation_answer", args=[meeting.pk])


NUMBER_MAX = Meeting._meta.get_field("convocation_number").max_length


def sending(meeting, on, number=None, answer_day=None):
    """What the notice about to go out on `on` records: its day, its 文書番号 (the last one's unless given),
    the 出欠 deadline (`answer_day`; else the one the last notice set while it is still to come, else the
    default), what it says, and the notice it replaces."""
    previous = meeting.convocation_sent or {}
    now = facts(meeting)
    number = meeting.convocation_number if number is None else " ".join(number.split())
    if len(number) > NUMBER_MAX:
        raise ActionRefused(f"文書番号は{NUMBER_MAX}文字以内で入力してください。")
    if answer_day is not None:
        answer_day = checked_answer_by(meeting, on, answer_day)
    elif previous.get("answer_by"):
        try:
            answer_day = checked_answer_by(meeting, on, dt.date.fromisoformat(previous["answer_by"]))
        except ActionRefused:
            answer_day = None  # passed, or the meeting moved before it: the default for the new notice
    return {"sent_on": on.isoformat(), "number": number, "facts": now, "replaces": previous.get("sent_on") if meeting.convocation_count else None,
            "changes": changes(previous.get("facts"), now) if meeting.convocation_count else [],
            "answer_by": answer_day.isoformat() if answer_day else None}


def message(meeting, host, *, base_url="", sent=None):
    members, secretariat = _council_people(meeting.council, meeting.date)
    to = unique(members)
    if not to:
        raise ActionRefused("在任の委員にメールアドレスが登録されていないため、招集通知を送れません。"
                            f"ホームの「委員 ({meeting.council.name})」の画面 (委員の委嘱と退任) で、"
                            "各委員の電子メールを登録してください。郵送で通知したときは「郵送で送付した」で記録できます。")
    sent = sent or sending(meeting, today())
    again = "（再送）" if sent["replaces"] else ""
    text = body(meeting, answer_url=f"{base_url or 'https://' + host}{answer_path(meeting)}", sending=sent)
    mail = to_members(f"【招集通知】{again}{meeting.council.name} {meeting.label}", text, to, secretariat)
    # A calendar that imported the first notice takes the re-sent one as an update of the same event.
    from shingikai.site import site_host

    calendar = ics.calendar(meeting.council.name, [meeting], site_host(), sequence=meeting.convocation_count,
                            base_url=base_url or f"https://{host}")
    mail.attach(f"meeting-{meeting.pk}.ics", calendar, "text/calendar")
    return mail


def unreached(meeting):
    """The members in office on the meeting's day who have no e-mail address: the convocation does not reach
    them, and the secretariat calls them by post or telephone."""
    return [m.person.name for m in meeting.council.memberships.in_office(meeting.date).select_related("person")
            .order_by("pk") if not (m.person.email or "").strip()]


def send_convocation(meeting, *, host, by=None, connection=None, base_url="", number=None, answer_day=None,
                     by_post=False):
    """Send the convocation now and record it; refused (nothing sent) when the meeting cannot be called.
    `base_url`: where the members open shingikai (scheme and host), for the link to their 出欠 page; `number`:
    the notice's 文書番号 where the city numbers its letters (None keeps the last notice's); `answer_day`: the
    出欠 deadline the secretariat set (None: see sending); `by_post`: the secretariat mailed the printed notice
    (the PDF/DOCX) today, as a council whose members have no e-mail convenes: recorded as a mailed one is, no
    mail sent."""
    if meeting.state != Meeting.State.PLANNED or meeting.date is None:
        record_convocation(meeting, by=by)  # raises the reason in Japanese
    if meeting.date < today():
        # A meeting recorded after it was held: a mail asking members to attend a day gone would only confuse.
        raise ActionRefused(f"開催日 ({to_wareki(meeting.date)}) が過ぎた会議の招集通知は送れません。")
    sent = sending(meeting, today(), number, answer_day)
    if by_post:
        return record_convocation(meeting, by=by, notice={**sent, "by_post": True})
    mail = message(meeting, host, base_url=base_url, sent=sent)
    (connection or get_connection()).send_messages([mail])
    return record_convocation(meeting, by=by, notice=sent)


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


def answer_reminder(meeting, on):
    """On the 出欠 deadline, the members in office who have not answered are reminded (Bcc), the secretariat
    in To; None when all have answered or none of them has an address."""
    addresses = member_addresses(p for p in ConvocationAnswers(meeting).unanswered if (p.email or "").strip())
    if not addresses:
        return None
    council = meeting.council
    text = "\n".join([
        f"{council.name} {meeting.label}（{_when(meeting)}）の出欠のご回答を、本日{jdate(on)}までにお願いします。",
        "", "審議会支援システムのホームの「招集通知と出欠の回答」から回答できます。",
        "既に事務局へ電話などでご連絡いただいている場合は、このメールは破棄してください。"])
    return to_members(f"【出欠の回答のお願い】{council.name} {meeting.label}", text, addresses,
                      secretariat_addresses(council=council))


def written_reminder_day(meeting):
    """The day the members yet to answer a 書面開催 are reminded; None when its papers went out after it."""
    day = meeting.date - dt.timedelta(days=WRITTEN_REMINDER_DAYS_BEFORE)
    return day if meeting.convened_on is not None and meeting.convened_on < day else None


def written_reminder(meeting):
    """The members asked by a 書面開催 who have not answered every item put to them are reminded of its 回答期限
    (Bcc), the secretariat in To; None when all have answered or none of them has an address."""
    addresses = member_addresses(p for p in WrittenAnswers(meeting).unanswered if (p.email or "").strip())
    if not addresses:
        return None
    council = meeting.council
    text = "\n".join([
        f"{council.name} {meeting.label}（書面開催）の回答期限は{jdate(meeting.date)}です。"
        "まだ回答されていない議題がありますので、期限までに御回答をお願いします。",
        "", "審議会支援システムで会議のページを開き、「書面開催への回答」から回答できます。",
        "既に書面 (郵送・ファクス) で事務局へ回答を送られた場合は、このメールは破棄してください。"])
    return to_members(f"【書面開催の回答のお願い】{council.name} {meeting.label}", text, addresses,
                      secretariat_addresses(council=council))


def send_answer_reminders(on, connection=None):
    """The daily run: the reminder of each convened meeting whose 出欠 deadline is `on` (of a 書面開催, whose
    written_reminder_day it is). Returns how many went."""
    sent = 0
    convened = (Meeting.objects.filter(state=Meeting.State.PLANNED, convened_on__isnull=False, date__gte=on)
                .select_related("council"))
    # A 書面開催 asks no 出欠 (nobody has given one, so all would be chased for it): its members are reminded
    # of the written answers they have not given, before its 回答期限.
    batch = [written_reminder(m) if m.written else answer_reminder(m, on) for m in convened
             if (written_reminder_day(m) if m.written else answer_deadline(m)) == on]
    batch = [mail for mail in batch if mail is not None]
    if batch:
        sent = (connection or get_connection()).send_messages(batch) or 0
    return sent
