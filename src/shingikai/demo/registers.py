"""みなみ市's registers since 2023: its 個人情報ファイル簿, its 特定個人情報保護評価 (one 全項目評価 through the
council's 第三者点検), its 漏えい等事案 (reportable ones among them) and its yearly 特定個人情報監査.

The council hears the registers at 令和7年度第3回 (2025-11-17): the 第三者点検, an incident report, the audit
report whose findings become follow-ups, and 「要配慮個人情報の取扱状況」. Everything goes through the actions.
"""
import datetime as dt

from django.core.files.uploadedfile import SimpleUploadedFile

from shingikai.jp.wareki import fiscal_year_label
from shingikai.meetings import actions as m
from shingikai.minutes.actions import confirm_minutes, designate_signers, publish_minutes, sign_minutes
from shingikai.registers import actions as r

D = dt.date
REQUESTS_TO = "みなみ市役所 {dept} (みなみ市中央一丁目1番1号)"

FILES = [
    # department, name, count, kind, sensitive, ordinance sensitive, note, items, scope, collection, recipients, retention
    ("市民課", "住民基本台帳ファイル", 128000, "computer", False, False, "",
     "氏名、生年月日、性別、住所、世帯主との続柄、住民票コード、個人番号、異動履歴", "市内に住所を有する者及び転出者",
     "本人等からの届出、他市区町村からの通知", "国・他の地方公共団体 (住民基本台帳ネットワーク)", "消除後150年"),
    ("市民課", "印鑑登録原票ファイル", 61000, "computer", False, False, "",
     "氏名、生年月日、住所、登録印影、登録番号", "市に印鑑登録をした者", "本人からの申請", "", "廃止後5年"),
    ("市民課", "窓口来庁予約ファイル", 4200, "computer", False, False, "",
     "氏名、電話番号、メールアドレス、予約日時、手続の種類", "窓口の来庁予約をした者", "本人からの申込み (オンライン)", "", "1年"),
    ("こども家庭課", "児童手当受給者ファイル", 12400, "computer", False, False, "",
     "氏名、住所、生年月日、個人番号、口座情報、児童の氏名、所得", "児童手当の受給者及びその児童", "本人からの申請、税務情報",
     "", "5年"),
    ("こども家庭課", "児童虐待相談記録ファイル", 850, "manual", True, False, "児童虐待に関する相談記録、心身の状況",
     "児童の氏名、生年月日、保護者の氏名、相談内容、対応記録、心身の状況", "相談のあった児童及びその保護者",
     "本人、関係機関からの通告・相談", "児童相談所", "児童が25歳に達するまで"),
    ("健康推進課", "健康診査結果ファイル", 23000, "computer", True, False, "健診結果 (病歴・検査値)",
     "氏名、生年月日、住所、健診結果、問診票の回答", "市が実施する健康診査の受診者", "受診者本人、委託医療機関",
     "", "5年"),
    ("福祉総務課", "生活困窮者自立相談支援ファイル", 640, "manual", False, True, "生活困窮に関する相談記録 (条例要配慮)",
     "氏名、住所、生年月日、世帯の状況、収入、相談内容", "自立相談支援の相談者", "本人からの相談", "", "5年"),
    ("保険年金課", "国民健康保険被保険者ファイル", 21500, "computer", True, False, "療養の給付に関する記録 (病歴)",
     "氏名、生年月日、住所、個人番号、保険証番号、給付記録、保険税額", "国民健康保険の被保険者",
     "本人からの届出、医療機関の請求、税務情報", "国民健康保険団体連合会", "10年"),
]


def _files(demo):
    files = {}
    for (dept, name, count, kind, sensitive, ordinance, note, items, scope, collection, recipients,
         retention) in FILES:
        record = r.create_file(
            demo.depts[dept], name=name, kind=kind, purpose=f"{dept}の所掌事務 ({name.removesuffix('ファイル')}) の処理のため",
            record_items=items, record_scope=scope, subject_count=count, collection_method=collection,
            contains_sensitive=sensitive, contains_ordinance_sensitive=ordinance, sensitive_note=note,
            regular_recipients=recipients, storage="みなみ市役所本庁舎 (サーバ室・施錠保管庫)" if kind == "manual" else
            "自治体情報システム標準化に基づくガバメントクラウド (国内)", retention=retention,
            request_office=REQUESTS_TO.format(dept=dept),
        )
        files[name] = record
        if name == "窓口来庁予約ファイル":
            continue  # still being drafted by the department
        r.submit_file(record)
        r.register_file(record, on=D(2023, 4, 1) if count != 23000 else D(2024, 6, 3))
    r.update_file(files["印鑑登録原票ファイル"], subject_count=60500, remarks="令和6年度末の登録者数に更新")
    r.register_change(files["印鑑登録原票ファイル"], on=D(2025, 4, 1))
    return files


def _pdf(name, title):
    """A one-page PDF naming the document (ASCII in a standard font: the demo needs no font files), built by
    hand so the demo depends on no PDF library."""
    text = title.replace("\\", "").replace("(", "").replace(")", "")
    stream = f"BT /F1 18 Tf 72 770 Td ({text}) Tj ET".encode("ascii")
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    body, offsets = b"%PDF-1.4\n", []
    for number, content in enumerate(objects, start=1):
        offsets.append(len(body))
        body += b"%d 0 obj\n" % number + content + b"\nendobj\n"
    xref = len(body)
    body += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    body += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    body += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return SimpleUploadedFile(name, body, content_type="application/pdf")


def _assessments(demo):
    """住民基本台帳: 重点項目 (2021) → a 重要な変更 (ガバメントクラウドへの移行) → 全項目評価 with its 第三者点検."""
    citizens = demo.depts["市民課"]
    first = r.assess_threshold(citizens, system_name="住民基本台帳に関する事務", subject_count=126000, handler_count=420,
                               summary="住民基本台帳システムによる住民記録の管理")
    r.submit_assessment(first, on=D(2021, 6, 1))
    r.record_significant_change(first, planned_on=D(2026, 1, 5), description="住民記録システムのガバメントクラウドへの移行")
    second = r.assess_threshold(citizens, system_name="住民基本台帳に関する事務", subject_count=128000, handler_count=540,
                                reason="change", summary="ガバメントクラウドへの移行に伴う再評価。取扱者が500人を超えた。")
    r.open_comment_period(second, start=D(2025, 9, 1), end=D(2025, 9, 30))
    r.record_comments(second, count=1, summary="クラウド事業者の所在地 (データの保管場所) について",
                      response="評価書に国内リージョンである旨を追記した。")
    r.add_assessment_document(second, title="全項目評価書 (意見募集版)",
                              file=_pdf("zenkoumoku-hyoukasho.pdf", "Zenkoumoku hyoukasho (demo)"))
    children = r.assess_threshold(demo.depts["こども家庭課"], system_name="児童手当に関する事務", subject_count=12400,
                                  handler_count=30)
    r.submit_assessment(children, on=D(2023, 7, 3))
    health = r.assess_threshold(demo.depts["健康推進課"], system_name="予防接種に関する事務", subject_count=23000,
                                handler_count=85)
    r.submit_assessment(health, on=D(2024, 5, 10))
    return second


def _incidents(demo):
    r.record_incident(demo.depts["市民課"], title="住民票の写しの誤交付", discovered_on=D(2023, 10, 12),
                      what_leaked="氏名、住所、生年月日", whose="同姓の別の市民", people_count=1,
                      cause="交付時の本人確認で氏名のみを照合した", recurrence_measures="生年月日による照合を追加")
    health = r.record_incident(demo.depts["健康推進課"], title="健診結果通知の誤封入", discovered_on=D(2024, 9, 3),
                               what_leaked="氏名、健診結果", whose="健診受診者", people_count=3, sensitive=True,
                               cause="封入作業で2人分を重ねて封入した",
                               recurrence_measures="封入後の重量確認と二人一組での照合を行う")
    r.file_preliminary_report(health, on=D(2024, 9, 5))
    r.notify_people(health, on=D(2024, 9, 6), method="訪問して謝罪し、経緯を説明した")
    r.file_final_report(health, on=D(2024, 9, 27))
    letters = r.record_incident(demo.depts["市民課"], title="マイナンバーカード交付通知書の誤送付",
                                discovered_on=D(2025, 8, 28), occurred_on=D(2025, 8, 25),
                                what_leaked="氏名、住所、交付予約番号", whose="カードの交付を申請した市民", people_count=132,
                                cause="差込印刷の並び順がずれ、宛名と異なる人の通知書を封入した",
                                recurrence_measures="差込印刷後の宛名と本文の突合をシステムで行い、抽出検査を追加する")
    r.file_preliminary_report(letters, on=D(2025, 9, 1))
    r.notify_people(letters, on=D(2025, 9, 3), method="文書で通知し、電話で説明した")
    r.file_final_report(letters, on=D(2025, 9, 25))
    attack = r.record_incident(demo.depts["保険年金課"], title="委託先サーバへの不正アクセス", discovered_on=D(2026, 11, 20),
                               what_leaked="氏名、保険証番号 (調査中)", whose="国民健康保険の被保険者の一部",
                               people_count=2300, wrongful_purpose=True)
    r.file_preliminary_report(attack, on=D(2026, 11, 24))
    return letters


def _audits(demo):
    audits = []
    for year, departments, finding in (
        (2023, ["市民課", "保険年金課"], ("保険年金課", "端末の操作ログを定期的に確認していない", "月1回ログを点検し記録すること")),
        (2024, ["こども家庭課", "健康推進課"], ("健康推進課", "委託先の作業場所への立入検査を行っていない",
                                              "年1回以上立入検査を行うこと")),
        (2025, ["市民課", "こども家庭課"], ("市民課", "退職者のアカウントが1件残っていた", "人事異動時にアカウントを棚卸しすること")),
    ):
        audit = r.create_audit(demo.city, departments=[demo.depts[d] for d in departments],
                               title=f"{fiscal_year_label(year)} 特定個人情報の取扱いに関する監査", fiscal_year=year, auditor="情報政策課 (監査責任者)",
                               scope="特定個人情報の管理体制、アクセス権限、委託先の監督、教育研修",
                               conducted_from=D(year, 8, 1), conducted_to=D(year, 9, 30))
        dept, text, request = finding
        r.add_finding(audit, department=demo.depts[dept], text=text, request=request, due_date=D(year + 1, 1, 31))
        r.complete_audit(audit, summary="おおむね適正に取り扱われていたが、次の事項の改善を求める。")
        audits.append(audit)
    return audits[-1]


TURNS = [
    ("市民課長", "department", "住民記録システムをガバメントクラウドへ移行するため、全項目評価書を作成しました。"
                             "9月に30日間の意見募集を行い、1件の意見を反映しています。"),
    ("委員", "member", "クラウドのデータはどこに保存されるのか。"),
    ("市民課長", "department", "国内のリージョンに限定して保存します。評価書にもその旨を追記しました。"),
    ("委員", "member", "委託先と再委託先の監督の方法をもう少し具体的に書いてほしい。"),
    ("会長", "chair", "それでは、意見を点検結果に付して、評価書は適当と認めることでよろしいか。"),
]


def load_registers(demo):
    """Called once by the demo loader, after 令和7年度第2回 and before the meetings still to come."""
    files = _files(demo)
    for case in demo.council.cases.filter(title__startswith="住民票の写し等のコンビニ交付"):
        r.link_case(files["住民基本台帳ファイル"], case)
    full = _assessments(demo)
    incident = _incidents(demo)
    audit = _audits(demo)

    meeting = m.plan_meeting(demo.council, date=D(2025, 11, 17), start_time=dt.time(14, 0),
                             place="みなみ市役所本庁舎 5階 大会議室")
    m.add_procedural_item(meeting, "開会")
    inspection = r.request_inspection(full, meeting)
    incident = r.report_incident(incident, meeting)
    audit = r.report_audit(audit, meeting)
    report = r.report_sensitive_files(meeting, as_of=D(2025, 10, 31))
    m.add_procedural_item(meeting, "閉会")
    meeting = m.open_meeting(meeting, present=list(demo.people.values()), secretariat=[demo.secretariat])
    m.record_decision(inspection.agenda_item, outcome="承認", vote_method="挙手全員",
                      wording="評価書の内容は適当と認め、点検結果のとおり通知する。")
    for item in (incident.agenda_item, audit.agenda_item, report.agenda_item):
        m.record_decision(item, outcome="報告了承", vote_method="異議なし", wording="報告を了承する。")
    for label, role, text in TURNS:
        m.record_turn(meeting, speaker_label=label, role=role, text=text, agenda_item=inspection.agenda_item)
    meeting = m.close_meeting(meeting, end_time=dt.time(15, 40))
    meeting.refresh_from_db()
    # Confirmed by circulation, since 令和7年度第2回's minutes are still the demo's one draft.
    designate_signers(meeting.minutes, [demo.people["江口 さくら"]])
    # No member's check is recorded in the demo: the secretariat acknowledged the circulation closed at its deadline.
    minutes = confirm_minutes(meeting.minutes, on=D(2025, 12, 8), by_circulation=True, open_checks_acknowledged=True)
    for signer in minutes.signers.select_related("person"):  # the chair signs too
        sign_minutes(minutes, signer.person, on=D(2025, 12, 8))
    publish_minutes(minutes, on=D(2025, 12, 15))
    r.conclude_inspection(
        inspection, on=D(2025, 11, 17),
        findings="特定個人情報の流れ、リスク対策ともに評価指針に沿って記載されている。\n"
                 "ガバメントクラウドの利用について、データの所在 (国内) と管理権限が明記されている。",
        requests="クラウド移行後の運用状況 (アクセス記録の点検結果) を次年度の審議会に報告すること。\n"
                 "委託先及び再委託先に対する監督の方法を評価書に具体的に記載すること。",
    )
    # The 点検 asked for the 監督 of contractors to be written out: the 修正版 does so before the submission.
    r.add_assessment_document(full, title="全項目評価書 (第三者点検後の修正版)",
                              file=_pdf("zenkoumoku-hyoukasho-shuseiban.pdf", "Zenkoumoku hyoukasho, revised (demo)"))
    r.submit_assessment(full, on=D(2025, 12, 1))
    r.track_findings(audit, on=meeting.date)
