"""What an appeal's record holds for one meeting, as the draft minutes say it: the steps taken at the meeting
(口頭意見陳述, インカメラ審理 …), worded without anyone's name."""
from __future__ import annotations

from .models import AppealEvent

Kind = AppealEvent.Kind

#: Parties a step may be credited to in the minutes. `submitted_by` is free text the form asks to keep to a
#: role; anything else (a name typed there by mistake) is left out rather than printed.
PARTIES = ("審査請求人", "審査請求人代理人", "代理人", "参加人", "実施機関", "処分庁", "第三者", "補佐人")

WORDING = {
    Kind.ORAL: ("{party}から口頭意見陳述を聴取した。", "口頭意見陳述を聴取した。"),
    Kind.IN_CAMERA: ("インカメラ審理を行った。",) * 2,
    Kind.OPINION: ("{party}から提出された意見書を確認した。", "提出された意見書を確認した。"),
    Kind.MATERIAL: ("{party}から提出された資料を確認した。", "提出された資料を確認した。"),
    Kind.DELIBERATION: ("審査請求について審議した。",) * 2,
}


def party_of(event) -> str:
    """The party a step is credited to wherever it is printed beyond the register (the minutes, the 答申書,
    the members' 諮問書): one of PARTIES, or nothing."""
    party = (event.submitted_by or "").strip()
    return party if party in PARTIES else ""


def step_line(event) -> str:
    party = party_of(event)
    with_party, without = WORDING.get(event.kind, ("{party}: " + event.kind, event.kind))
    return with_party.format(party=party) if party else without


def appeal_steps_at(meeting) -> dict[int, list[str]]:
    """The lines for each appeal case (by case id) of the steps recorded against `meeting`, in their order."""
    events = (AppealEvent.objects.filter(meeting=meeting, appeal__case__isnull=False)
              .select_related("appeal").order_by("on", "id"))
    lines: dict[int, list[str]] = {}
    for event in events:
        line = step_line(event)
        case_lines = lines.setdefault(event.appeal.case_id, [])
        if line not in case_lines:
            case_lines.append(line)
    return lines
