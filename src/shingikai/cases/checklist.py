"""The review checklist: what members keep asking about, computed from a case's own data.

`evaluate(case)` lists the points that need attention. It is shown on the case page, in the
members' materials and beside the 諮問書, and the department answers each point
(`actions.answer_checklist`). It reads only what the department wrote, so it also runs on an
unsaved case while the department is still typing (pass `data_items` / `contractors`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from django.utils import timezone

from shingikai.jp.wareki import to_wareki

from . import retention
from .models import Case, Category, Certification, StorageLocation, TransferMethod


@dataclass
class Finding:
    code: str
    severity: str  # "high" / "medium" / "low"
    title: str
    explanation: str
    answer: str = ""

    @property
    def severity_label(self):
        return SEVERITY_LABELS[self.severity]


SEVERITY_LABELS = {"high": "重要", "medium": "要確認", "low": "参考"}
SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2}

RULE_CODES = {
    "certification": "委託先の認証 (ISMS・プライバシーマーク)",
    "retention": "保存期間と廃棄方法",
    "media_return": "電子媒体の返却・消去",
    "storage_location": "保管場所 (国外・所在不明)",
    "transfer_tls": "インターネット経由の受渡しの暗号化",
    "subcontracting": "再委託",
    "optional_items": "任意項目の扱い",
    "notice": "目的外利用と本人への周知",
    "sensitive": "要配慮個人情報の取扱い",
    "offsite": "庁舎外での作業の監督",
    "my_number": "特定個人情報保護評価",
    "camera": "防犯カメラの運用",
}

# Words are matched on NFKC-normalised text, so full-width letters and digits need no care here.
MEDIA_WORDS = re.compile(r"CD-?R|DVD|USB|外部記録媒体|電子媒体|記録媒体|光ディスク|ハードディスク|HDD|SSD", re.I)
RETURN_WORDS = re.compile(r"返却|返還|回収")
ERASE_WORDS = re.compile(r"消去|削除|破壊|破砕|廃棄|溶解|裁断")
TLS_OK = re.compile(r"TLS\s*(?:v|ver\.?|version)?\s*1\s*\.\s*[23]", re.I)
TLS_OLD = re.compile(r"SSL|TLS\s*(?:v|ver\.?)?\s*1\s*\.\s*[01](?!\d)", re.I)
JAPAN_WORDS = re.compile(r"国内|日本|東京|大阪|関東|関西")
FOREIGN_WORDS = re.compile(r"国外|海外|米国|アメリカ|シンガポール|欧州|EU|中国|韓国")
PHONE_OR_MAIL = re.compile(r"電話|携帯|FAX|ファクス|メール|mail|アドレス", re.I)
NOT_TOLD = re.compile(r"周知していない|周知しておらず|通知していない|説明していない|知らせていない|未周知|同意を得ていない|同意を得ておらず")
AUTH_WORDS = re.compile(r"認証|パスワード|ID|生体|静脈|指紋|ICカード|職員証|多要素|二要素|ワンタイム")
OFFSITE_WORDS = re.compile(r"持ち出|持出|庁舎外|庁外|自宅|在宅")


def _text(*parts):
    import unicodedata

    return unicodedata.normalize("NFKC", " ".join(p or "" for p in parts))


def _contractors_of(case):
    """[(contractor, [certification, ...])] from the database (uses a prefetch when there is one)."""
    return [(c, list(c.certifications.all())) for c in case.contractors.all()]


# --- the rules: each returns a Finding or None -------------------------------------------------

def _certification(case, contractors, today):
    problems = []
    worst = "medium"
    for contractor, certs in contractors:
        start = contractor.work_start or case.start_date or today
        end = contractor.work_end or case.end_date
        valid_kinds = [c for c in certs if c.kind in (Certification.Kind.ISMS, Certification.Kind.PMARK)]
        if not valid_kinds:
            problems.append(f"{contractor.name}: ISO/IEC 27001 またはプライバシーマークの記載がありません。")
            worst = "high"
            continue
        dated = [c for c in valid_kinds if c.valid_until is not None]
        if not dated:
            problems.append(f"{contractor.name}: 認証の有効期限が記載されていません。")
            continue
        latest = max(c.valid_until for c in dated)
        if latest < start:
            problems.append(f"{contractor.name}: 認証の有効期限 ({to_wareki(latest)}) が作業開始前に切れています。")
            worst = "high"
        elif end is None:
            problems.append(f"{contractor.name}: 作業期間の終わりが分からず、認証が作業中ずっと有効か確認できません。")
        elif latest < end:
            problems.append(
                f"{contractor.name}: 認証の有効期限 ({to_wareki(latest)}) が作業期間中 (終了予定 {to_wareki(end)}) に切れます。"
                "更新の予定を確認してください。"
            )
    if not problems:
        return None
    return Finding("certification", worst, RULE_CODES["certification"], " ".join(problems))


def _retention(case):
    missing = []
    if case.retention_period.strip() and not case.retention_kind:
        # Text the actions could not read as a period (an older or imported record).
        unreadable = (retention.problem(case.retention_period)
                      or f"保存期間が読み取れません。{retention.EXAMPLES}のように書いてください。")
        return Finding("retention", "high", RULE_CODES["retention"], unreadable)
    if not case.retention_kind:
        missing.append("保存期間")
    if not case.destruction_method.strip():
        missing.append("廃棄方法 (溶解処理、消去など)")
    if not missing:
        return None
    return Finding("retention", "high", RULE_CODES["retention"],
                   f"{'と'.join(missing)}が記載されていません。いつまで保有し、どのように廃棄・消去するかを示してください。")


def _media_return(case):
    uses_media = TransferMethod.MEDIA in case.transfer_methods or MEDIA_WORDS.search(
        _text(case.transfer_note, case.security_measures))
    if not uses_media:
        return None
    steps = _text(case.media_return, case.transfer_note)
    missing = []
    if not RETURN_WORDS.search(steps):
        missing.append("返却 (回収)")
    if not ERASE_WORDS.search(steps):
        missing.append("データの消去")
    if not missing:
        return None
    return Finding("media_return", "high", RULE_CODES["media_return"],
                   f"CD-R・USB メモリなどの電子媒体で受け渡しますが、{'と'.join(missing)}の手順が記載されていません。"
                   "作業後の媒体の返却と、委託先に残るデータの消去 (証明書の提出など) を示してください。")


def _storage_location(case):
    locations = set(case.storage_locations)
    note = _text(case.storage_note)
    if StorageLocation.ABROAD in locations or FOREIGN_WORDS.search(note):
        return Finding("storage_location", "high", RULE_CODES["storage_location"],
                       "データを国外に保管します。所在国、その国の個人情報保護制度、本人への情報提供を確認してください。")
    if StorageLocation.UNKNOWN in locations or not locations:
        return Finding("storage_location", "high", RULE_CODES["storage_location"],
                       "保管場所が分かりません。データセンターや保管庫の所在 (国内か) を示してください。")
    if StorageLocation.CLOUD in locations and not JAPAN_WORDS.search(note):
        return Finding("storage_location", "medium", RULE_CODES["storage_location"],
                       "クラウドに保管しますが、データセンターが国内にあることが記載されていません。")
    return None


def _transfer_tls(case):
    methods = set(case.transfer_methods)
    note = _text(case.transfer_note)
    over_internet = methods & {TransferMethod.INTERNET, TransferMethod.INTERNET_TLS}
    if not over_internet:
        return None
    if TLS_OK.search(note):
        return None
    if TLS_OLD.search(note):
        return Finding("transfer_tls", "high", RULE_CODES["transfer_tls"],
                       "インターネット経由の通信に TLS 1.1 以前または SSL を使う記載があります。TLS 1.2 以上にしてください。")
    return Finding("transfer_tls", "high", RULE_CODES["transfer_tls"],
                   "インターネット経由で受け渡しますが、TLS 1.2 以上で暗号化することが記載されていません "
                   "(LGWAN や専用線であれば不要です)。")


def _subcontracting(case, contractors):
    outsourced = bool(contractors) or Category.OUTSOURCING in case.categories
    if not outsourced or case.subcontracting.strip():
        return None
    return Finding("subcontracting", "medium", RULE_CODES["subcontracting"],
                   "委託がありますが、再委託の有無が記載されていません。再委託する場合は、事前承認と再委託先の安全管理措置を示してください。")


def _optional_items(case, data_items):
    names = []
    for item in data_items:
        optional_like = not item.required or PHONE_OR_MAIL.search(_text(item.name))
        if optional_like and not (item.reason or "").strip():
            names.append(item.name)
    if not names:
        return None
    return Finding("optional_items", "medium", RULE_CODES["optional_items"],
                   f"{'、'.join(names)} は必須でないことが多い項目です。任意であること (書かなくても申請できること) を"
                   "本人に示すか、必要な理由を記載してください。")


def _notice(case):
    if Category.PURPOSE_BEYOND not in case.categories:
        return None
    notice = _text(case.notice_to_subjects)
    if not notice.strip():
        return Finding("notice", "high", RULE_CODES["notice"],
                       "目的外利用ですが、本人への周知が記載されていません。どの対象者に、何を、いつ知らせたか "
                       "(利用規約、申込書、通知文など) を対象者のまとまりごとに示してください。")
    if NOT_TOLD.search(notice):
        return Finding("notice", "high", RULE_CODES["notice"],
                       "知らされていない対象者がいます。その人たちを利用の対象から外すか、事前に通知する方法を示してください。")
    return None


def _sensitive(case, data_items):
    sensitive = Category.SENSITIVE_INFO in case.categories or any(i.sensitive for i in data_items)
    if not sensitive:
        return None
    problems = []
    if not case.sensitive_reason.strip():
        problems.append("要配慮個人情報を扱う理由")
    if not case.sensitive_access.strip():
        problems.append("閲覧できる者と認証方法")
    if problems:
        return Finding("sensitive", "high", RULE_CODES["sensitive"],
                       f"要配慮個人情報を扱いますが、{'と'.join(problems)}が記載されていません。")
    if not AUTH_WORDS.search(_text(case.sensitive_access)):
        return Finding("sensitive", "medium", RULE_CODES["sensitive"],
                       "閲覧できる者は記載されていますが、どのように本人確認・認証するか (ID とパスワード、生体認証など) が分かりません。")
    return None


def _offsite(case):
    offsite = case.offsite_work or OFFSITE_WORDS.search(_text(case.transfer_note, case.security_measures, case.storage_note))
    if not offsite or case.offsite_supervision.strip():
        return None
    return Finding("offsite", "medium", RULE_CODES["offsite"],
                   "書類や媒体を庁舎外で扱いますが、監督の方法 (立入検査、作業報告、持出し記録など) が記載されていません。")


EVALUATION_LEVELS = ("基礎項目評価", "重点項目評価", "全項目評価")


def required_evaluation(subjects, handlers=None, incident=False):
    """The 特定個人情報保護評価 a My Number file of `subjects` people requires (None below 1,000).

    Handlers of 500 or more, or a serious incident in the past year, raise the level by one
    between 10,000 and 299,999 people.
    """
    if subjects is None or subjects < 1000:
        return None
    heavy = (handlers or 0) >= 500 or incident
    if subjects < 10000:
        return "基礎項目評価"
    if subjects < 100000:
        return "重点項目評価" if heavy else "基礎項目評価"
    if subjects < 300000:
        return "全項目評価" if heavy else "重点項目評価"
    return "全項目評価"


def _my_number(case):
    if not case.uses_my_number:
        return None
    if case.subject_count is None:
        return Finding("my_number", "medium", RULE_CODES["my_number"],
                       "特定個人情報を扱いますが、対象者数が記載されていないため、必要な特定個人情報保護評価が判断できません。")
    level = required_evaluation(case.subject_count, case.handler_count, case.incident_in_past_year)
    if level is None:
        return None
    reasons = [f"対象者 {case.subject_count:,} 人"]
    if case.handler_count is not None:
        reasons.append(f"取扱者 {case.handler_count:,} 人")
    if case.incident_in_past_year:
        reasons.append("過去1年以内の重大事故あり")
    if case.handler_count is None and 10000 <= case.subject_count < 300000:
        reasons.append("取扱者数の記載なし (500 人未満として判定)")
    severity = {"基礎項目評価": "low", "重点項目評価": "medium", "全項目評価": "high"}[level]
    return Finding("my_number", severity, RULE_CODES["my_number"],
                   f"{'、'.join(reasons)}のため、{level}が必要です。実施の有無と公表日を回答してください。")


def _camera(case):
    if Category.CCTV not in case.categories:
        return None
    missing = []
    if not case.camera_signs.strip():
        missing.append("撮影していることの表示")
    if not case.camera_retention.strip():
        missing.append("録画の保存期間")
    if not case.camera_viewers.strip():
        missing.append("録画を閲覧できる者")
    if not missing:
        return None
    return Finding("camera", "high" if len(missing) > 1 else "medium", RULE_CODES["camera"],
                   f"防犯カメラについて、{'、'.join(missing)}が記載されていません。")


def evaluate(case: Case, *, data_items=None, contractors=None, answers=None, today=None) -> list[Finding]:
    """The checklist of `case`, most severe first, each with the department's stored answer. None for an
    appeal's case (審査請求): it disputes a decision on a request and describes no processing of personal data,
    so every rule would only report the processing fields it never fills."""
    if case.is_appeal:
        return []
    today = today or timezone.localdate()
    if data_items is None:
        data_items = list(case.data_items.all()) if case.pk else []
    if contractors is None:
        contractors = _contractors_of(case) if case.pk else []
    found = [
        _certification(case, contractors, today),
        _retention(case),
        _media_return(case),
        _storage_location(case),
        _transfer_tls(case),
        _subcontracting(case, contractors),
        _optional_items(case, data_items),
        _notice(case),
        _sensitive(case, data_items),
        _offsite(case),
        _my_number(case),
        _camera(case),
    ]
    findings = [f for f in found if f is not None]
    if answers is None:
        answers = {a.code: a.answer for a in case.checklist_answers.all()} if case.pk else {}
    for finding in findings:
        finding.answer = answers.get(finding.code, "")
    findings.sort(key=lambda f: SEVERITY_ORDER[f.severity])
    return findings
