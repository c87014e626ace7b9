"""The columns of the 個人情報ファイル簿 in the order of the national guidance's form (様式), shared by the
public page, the CSV export and the JSON API so the three always say the same."""
from django.urls import reverse

from shingikai.jp.wareki import to_wareki

#: (column heading, key in `row()`)
COLUMNS = [
    ("個人情報ファイルの名称", "name"),
    ("行政機関等の名称", "body"),
    ("個人情報ファイルが利用に供される事務をつかさどる組織の名称", "office"),
    ("個人情報ファイルの利用目的", "purpose"),
    ("記録項目", "record_items"),
    ("記録範囲", "record_scope"),
    ("記録情報の収集方法", "collection_method"),
    ("要配慮個人情報が含まれるときは、その旨", "sensitive"),
    ("記録情報の経常的提供先", "regular_recipients"),
    ("開示請求等を受理する組織の名称及び所在地", "request_office"),
    ("訂正及び利用停止に関する他の法令の規定による特別の手続等", "special_procedures"),
    ("個人情報ファイルの種別", "kind"),
    ("行政機関等匿名加工情報の提案の募集をする個人情報ファイルである旨", "anonymised_proposals"),
    ("備考", "remarks"),
    ("本人の数 (概数)", "subject_count"),
    ("保存期間", "retention"),
    ("登載日", "registered_on"),
]


def row(record):
    department = record.department
    return {
        "id": record.pk,
        "name": record.name,
        "body": record.holding_body_name,
        "municipality": department.municipality.name,
        "municipality_slug": department.municipality.slug,
        "office": " ".join(filter(None, [department.division, department.name])),
        "purpose": record.purpose,
        "record_items": record.record_items,
        "record_scope": record.record_scope,
        "collection_method": record.collection_method,
        "sensitive": sensitive(record),
        "regular_recipients": record.regular_recipients or "なし",
        "request_office": record.request_office,
        "special_procedures": record.special_procedures or "なし",
        "kind": record.get_kind_display(),
        "anonymised_proposals": "該当" if record.invites_anonymised_proposals else "該当しない",
        "remarks": remarks(record),
        "subject_count": record.subject_count,
        "retention": record.retention,
        "registered_on": record.registered_on,
        "change_dates": record.changed_on,
        "url": reverse("registers_public:file", args=[record.pk]),
    }


def sensitive(record):
    """The 要配慮 column with what the sensitive information is, in brackets (「要配慮個人情報を含む (病歴)」): the
    national form has no column of its own for it, a registered file must say it (actions._check_complete), and
    without it the register's own CSV could not be imported back (registers/file_import.py reads the brackets).
    It names kinds of information the 記録項目 already lists, never a person."""
    note = record.sensitive_note.strip() if record.contains_sensitive or record.contains_ordinance_sensitive else ""
    return f"{record.sensitive_label} ({note})" if note else record.sensitive_label


def remarks(record):
    """The 備考 as the national form keeps it: the department's remarks, then the date of each registered 変更
    (the form has no column of its own for them)."""
    changed = "、".join(to_wareki(day) for day in record.changed_on)
    return "\n".join(filter(None, [record.remarks, f"変更日: {changed}" if changed else ""]))
