"""The demo city's words: departments, members, cases and what was said. All fictional."""
import datetime as dt

DEPARTMENTS = [
    ("市民課", "市民部"), ("健康推進課", "健康福祉部"), ("福祉総務課", "健康福祉部"), ("こども家庭課", "こども部"),
    ("スポーツ振興課", "生涯学習部"), ("保険年金課", "市民部"), ("情報政策課", "総務部"), ("総務課", "総務部"),
]
OTHER_STAFF = [
    ("健康推進課", "森 孝之", "課長"), ("福祉総務課", "林 直美", "課長補佐"), ("スポーツ振興課", "石田 亮", "主査"),
    ("保険年金課", "小池 里奈", "主幹"), ("情報政策課", "岡本 翔", "係長"), ("総務課", "西田 健", "課長"),
]
MEMBERS = [
    ("青木 俊彦", "あおき としひこ", "学識経験者 (みなみ大学教授)"),
    ("井上 美咲", "いのうえ みさき", "弁護士"),
    ("上田 浩二", "うえだ こうじ", "情報セキュリティ技術者"),
    ("江口 さくら", "えぐち さくら", "市民公募"),
    ("大野 真一", "おおの しんいち", "自治会連合会"),
    ("加藤 由紀", "かとう ゆき", "市民公募"),
]

KONBINI = dict(
    department="市民課", kind="諮問", title="住民票の写し等のコンビニ交付サービスに係る業務の外部委託及びオンライン結合について",
    topic="コンビニ交付", categories=["outsourcing", "online_linkage"],
    legal_bases=["みなみ市個人情報保護条例第12条", "同条例第14条"],
    purpose="マイナンバーカードを用いて、住民票の写し及び印鑑登録証明書を全国のコンビニエンスストアで交付するため。",
    data_subjects="マイナンバーカードを所持する市民", subject_count=48200,
    data_source="住民基本台帳システム", data_destination="証明書交付センター (地方公共団体情報システム機構)",
    transfer_methods=["leased_line", "lgwan"], transfer_note="証明書交付センターとは専用線で接続する。",
    storage_locations=["domestic_dc"], storage_note="委託先の国内データセンター (東京都内)",
    retention_period="交付後7日間 (ログは1年)", destruction_method="データセンター内で上書き消去し、消去証明書を受領する",
    security_measures="通信の暗号化、操作ログの取得、端末の生体認証", subcontracting="再委託は行わない (契約書で禁止)",
    start_date=dt.date(2024, 10, 1), budget_yen=18500000,
    data_items=[("氏名", False, True, ""), ("住所", False, True, ""), ("生年月日", False, True, ""),
                ("本籍・筆頭者", False, False, "本籍地記載の写しを希望する場合のみ")],
    contractors=[dict(name="株式会社みなみ情報サービス", work="証明書交付システムの運用保守",
                      start=dt.date(2024, 10, 1), end=dt.date(2029, 9, 30),
                      certs=[("iso27001", "IS 612345", dt.date(2027, 3, 31))])],
)
KONBINI_TURNS = [
    ("市民課", "department", "資料1に基づき説明します。マイナンバーカードを利用して、住民票の写しと印鑑登録証明書をコンビニエンスストアで取得できるようにするものです。"),
    ("上田委員", "member", "証明書交付センターまでの通信はインターネットを経由しますか。"),
    ("市民課", "department", "インターネットは経由せず、専用線とLGWANで接続します。"),
    ("井上委員", "member", "委託先のISMS認証は契約期間の全体にわたって有効ですか。"),
    ("市民課", "department", "現在の登録証は令和9年3月までです。更新後の写しを提出させます。"),
    ("江口委員", "member", "再委託はありますか。"),
    ("市民課", "department", "契約書で再委託を禁止しています。"),
    ("青木会長", "chair", "それでは、本件について承認することでよろしいでしょうか。"),
    ("委員全員", "member", "(挙手全員)"),
    ("青木会長", "chair", "承認することといたします。なお、運用開始前に事業者一覧と認証の写しを事務局を通して提出してください。"),
]
KENSHIN = dict(
    department="健康推進課", kind="諮問", title="健康ポイント事業参加者の電子メールアドレスを用いた特定健診受診勧奨について",
    topic="受診勧奨メール", categories=["purpose_beyond"], legal_bases=["みなみ市個人情報保護条例第10条第2項第4号"],
    purpose="特定健診の受診率向上のため、健康ポイント事業で取得したメールアドレスに受診勧奨を送信する。",
    data_subjects="健康ポイント事業の参加者", subject_count=3400, data_source="健康ポイント事業参加者名簿",
    data_destination="健康推進課 (庁内)", transfer_methods=["lgwan"], storage_locations=["on_premises"],
    retention_period="事業終了後1年", destruction_method="システムから削除",
    notice_to_subjects="令和5年度以降の参加者には申込時に健康に関するお知らせを送る旨を示している。令和4年度以前の参加者には示していない。",
    data_items=[("氏名", False, True, ""), ("メールアドレス", False, False, "受診勧奨の送信に必要")],
)
KENSHIN_TURNS = [
    ("健康推進課", "department", "健康ポイント事業の参加者に、特定健診の受診勧奨メールを送ることについて諮問します。"),
    ("井上委員", "member", "令和4年度以前の参加者は、こうした利用を知らされていないのではないですか。"),
    ("健康推進課", "department", "ご指摘のとおり、令和4年度以前の申込書には記載がありません。"),
    ("大野委員", "member", "知らされていない方には送らないのが適当と考えます。"),
    ("青木会長", "chair", "各委員の御意見を伺います。"),
    ("井上委員", "member", "条件付きで承認します。"),
    ("上田委員", "member", "承認します。"),
    ("江口委員", "member", "承認します。"),
    ("大野委員", "member", "条件付きで承認します。"),
    ("加藤委員", "member", "承認します。"),
    ("青木会長", "chair", "ただし、令和4年度以前の参加者には送信しないこととして承認します。"),
]
MEIBO_REPORT = dict(
    department="福祉総務課", kind="報告", title="大雨災害時における避難行動要支援者名簿の緊急提供について (事後報告)",
    topic="避難行動要支援者名簿", categories=["external_provision", "sensitive_info"],
    legal_bases=["災害対策基本法第49条の11第3項"],
    purpose="大雨特別警報の発令に伴い、安否確認のため消防団及び自治会へ名簿を提供したことを報告する。",
    data_subjects="避難行動要支援者", subject_count=620, data_destination="消防団、自治会",
    transfer_methods=["hand"], retention_period="安否確認終了後に回収", destruction_method="回収の上、溶解処理",
    sensitive_reason="支援に必要な障害の有無を含むため", sensitive_access="消防団長及び自治会長に限る",
)
MEIBO_TURNS = [
    ("福祉総務課", "department", "緊急のため事前に諮問できず、名簿を提供したことを報告します。"),
    ("加藤委員", "member", "提供した名簿は全て回収できましたか。"),
    ("福祉総務課", "department", "9月末までに全て回収し、溶解処理しました。"),
    ("青木会長", "chair", "報告を了承することとしてよろしいでしょうか。(異議なし)"),
]
CLOUD = dict(
    department="こども家庭課", kind="諮問", title="児童相談記録システムのクラウドサービスへの移行について",
    topic="児童相談記録システム", categories=["information_system", "sensitive_info", "outsourcing"],
    legal_bases=["みなみ市個人情報保護条例第12条", "同条例第13条"],
    purpose="児童相談記録システムを庁内サーバからクラウドサービスへ移行し、災害時にも継続して利用するため。",
    data_subjects="児童相談の対象児童及びその保護者", subject_count=2150,
    transfer_methods=["internet_tls"], transfer_note="TLS1.3で暗号化して接続する。",
    storage_locations=["cloud", "domestic_dc"], storage_note="国内リージョンのみを利用",
    retention_period="児童が25歳に達するまで", destruction_method="暗号鍵の破棄による消去",
    sensitive_reason="相談内容に心身の状況が含まれるため",
    data_items=[("氏名", False, True, ""), ("相談内容", True, True, ""), ("心身の状況", True, True, "")],
    contractors=[dict(name="みなみクラウド株式会社", work="クラウドサービスの提供", start=dt.date(2025, 4, 1),
                      end=dt.date(2030, 3, 31), certs=[("iso27001", "IS 700100", dt.date(2026, 6, 30))])],
)
CLOUD_TURNS_1 = [
    ("こども家庭課", "department", "児童相談記録システムのクラウド移行について説明します。"),
    ("上田委員", "member", "閲覧できる職員の範囲と、認証の方法を教えてください。"),
    ("こども家庭課", "department", "現在は課の全職員が閲覧できます。認証はIDとパスワードです。"),
    ("井上委員", "member", "要配慮個人情報ですので、閲覧権限を絞り、多要素認証とすべきではないでしょうか。"),
    ("青木会長", "chair", "閲覧権限の整理が必要と思われますので、資料を整理の上、次回継続して審議することとします。"),
]
CLOUD_TURNS_2 = [
    ("こども家庭課", "department", "前回の御指摘を受け、閲覧権限を相談担当職員に限定し、多要素認証を導入します。"),
    ("A委員", "member", "認証の記録は保存されますか。"),
    ("こども家庭課", "department", "ログイン記録を5年間保存します。"),
    ("B委員", "member", "委託先の認証は契約期間中に有効期限を迎えますが、更新の確認はどうしますか。"),
    ("こども家庭課", "department", "更新後の登録証を提出させ、事務局に報告します。"),
    ("青木会長", "chair", "それでは、条件を付して承認することとしてよろしいでしょうか。(挙手全員)"),
]
CAMERA = dict(
    department="スポーツ振興課", kind="諮問", title="市立南プールへの防犯カメラの設置に伴う個人情報の収集について",
    topic="防犯カメラ", categories=["cctv", "third_party_collection"], legal_bases=["みなみ市個人情報保護条例第4条第3項"],
    purpose="更衣室前通路での盗難防止のため、録画機能付きの防犯カメラを設置する。",
    data_subjects="プール利用者", subject_count=None, subject_count_note="年間約4万人",
    storage_locations=["on_premises"], retention_period="14日間", destruction_method="自動上書き",
    camera_signs="入口と通路に「防犯カメラ作動中」の表示を掲示する", camera_retention="14日間",
    camera_viewers="施設長の許可を得た職員",
)
CAMERA_TURNS = [
    ("スポーツ振興課", "department", "市立南プールに防犯カメラを4台設置することについて諮問します。"),
    ("加藤委員", "member", "更衣室の内部は映りませんか。"),
    ("スポーツ振興課", "department", "通路のみを撮影し、更衣室内は映りません。"),
    ("大野委員", "member", "録画を見られるのは誰ですか。"),
    ("スポーツ振興課", "department", "施設長の許可を得た職員に限ります。"),
    ("青木会長", "chair", "特に問題はないと思われますので、答申(案)を事務局と調整し、各委員に送付の上、次回答申することとします。"),
]
STATS_2023 = dict(
    department="総務課", kind="報告", title="令和5年度情報公開・個人情報保護制度の運用状況について",
    topic="運用状況報告", categories=["other"], purpose="条例に基づく年次の運用状況報告",
)
STATS_2024 = dict(STATS_2023, title="令和6年度情報公開・個人情報保護制度の運用状況について")
STATS_TURNS = [
    ("事務局", "secretariat", "公文書開示請求は前年度比で12件増の318件、個人情報開示請求は41件でした。"),
    ("江口委員", "member", "不開示決定の主な理由は何ですか。"),
    ("事務局", "secretariat", "個人に関する情報が含まれる場合が最も多くなっています。"),
    ("青木会長", "chair", "報告を了承します。"),
]
FUUNYU = dict(
    department="保険年金課", kind="諮問", title="国民健康保険被保険者証等の封入封緘業務の外部委託について",
    topic="封入封緘委託", categories=["outsourcing"], legal_bases=["みなみ市個人情報保護条例第12条"],
    purpose="被保険者証の一斉更新に伴う印刷・封入封緘作業を委託するため。",
    data_subjects="国民健康保険被保険者", subject_count=21000,
    transfer_methods=["media"], transfer_note="暗号化したCD-Rを職員が手渡しする。",
    media_return="作業完了後にCD-Rを返却させ、委託先のデータを消去させて消去証明書を提出させる。",
    storage_locations=["contractor"], retention_period="作業完了まで", destruction_method="消去証明書の提出",
    subcontracting="再委託は禁止", offsite_work=True,
    offsite_supervision="作業日に職員が立ち会い、作業場への私物スマートフォンの持込みを禁止する。",
    data_items=[("氏名", False, True, ""), ("住所", False, True, ""), ("被保険者番号", False, True, "")],
    contractors=[dict(name="南海印刷株式会社", work="印刷及び封入封緘", start=dt.date(2025, 7, 1),
                      end=dt.date(2025, 7, 31), certs=[("pmark", "第21000123(05)号", dt.date(2025, 7, 15))])],
)
FUUNYU_TURNS = [
    ("保険年金課", "department", "被保険者証の封入封緘業務の委託について説明します。"),
    ("井上委員", "member", "委託先のプライバシーマークは作業期間中に有効期限を迎えるのではないですか。"),
    ("保険年金課", "department", "7月15日が期限で、更新申請中と聞いています。更新後に報告します。"),
    ("上田委員", "member", "CD-Rの返却と消去の確認方法を教えてください。"),
    ("保険年金課", "department", "返却させた上で、消去証明書を提出させます。"),
    ("青木会長", "chair", "承認することといたします。プライバシーマークの更新状況は後日報告してください。"),
]
AI_MINUTES = dict(
    department="情報政策課", kind="諮問", title="AI議事録作成サービスの導入に伴う会議音声の外部委託について",
    topic="AI議事録", categories=["outsourcing", "information_system"], legal_bases=["個人情報の保護に関する法律第129条"],
    purpose="会議の音声から議事録の案を自動で作成するため、クラウド型サービスを利用する。",
    data_subjects="市の会議の出席者", subject_count=900,
    transfer_methods=["internet"], storage_locations=["cloud"], retention_period="",
    destruction_method="",
    data_items=[("氏名", False, True, ""), ("音声", False, True, ""), ("電話番号", False, False, "")],
    contractors=[dict(name="ボイステック合同会社", work="音声認識サービスの提供", start=dt.date(2027, 1, 1),
                      end=dt.date(2029, 12, 31), certs=[("iso27001", "IS 800200", dt.date(2028, 3, 31))])],
)
SUBMITTED_PENDING = dict(
    department="市民課", kind="諮問", title="窓口予約システムによる来庁予約情報の外部委託について",
    topic="窓口予約", categories=["outsourcing"], legal_bases=["個人情報の保護に関する法律第66条"],
    purpose="窓口の待ち時間を減らすため、来庁予約を受け付ける。", data_subjects="来庁予約をする市民",
    transfer_methods=["internet_tls"], transfer_note="TLS1.2以上", retention_period="予約日から1年",
    destruction_method="自動削除",
)
DRAFT_ONLY = dict(
    department="こども家庭課", kind="諮問", title="(作成中) 子育て支援アプリの導入について", topic="子育て支援アプリ",
    categories=["information_system"], purpose="作成中",
)
OPENING_2024 = [
    ("事務局", "secretariat", "ただいまから令和6年度第1回みなみ市情報公開・個人情報保護審議会を開会します。"),
    ("事務局", "secretariat", "市長から委員の皆様に委嘱状を交付します。"),
    ("事務局", "secretariat", "会長の選出について、互選によりお願いします。"),
    ("井上委員", "member", "青木委員を会長に推薦します。"),
    ("青木会長", "chair", "会長職務代理には井上委員を指名します。議事録署名委員は上田委員にお願いします。"),
]

# Two neighbouring (fictional) towns whose published minutes were imported: the precedents.
NEIGHBOURS = [
    {
        "municipality": "ひがし町", "council_name": "ひがし町個人情報保護審査会", "meeting_label": "令和5年度第2回",
        "date": "2023-09-12", "start_time": "10:00", "end_time": "11:40", "place": "ひがし町役場 2階 会議室",
        "members_present": ["山田花子", "佐藤一郎", "鈴木次郎", "高橋三奈"], "members_absent": [], "chair": "山田花子",
        "observers": 0,
        "items": [
            {"kind": "諮問", "title": "住民票の写し等のコンビニ交付サービスの導入に伴うオンライン結合について",
             "departments": ["住民課"], "legal_basis": ["ひがし町個人情報保護条例第10条"],
             "categories": ["オンライン結合", "外部委託"], "outcome": "承認",
             "conditions": ["意見: 証明書交付センターとの通信方式を運用開始前に確認すること"], "topic": "コンビニ交付"},
            {"kind": "諮問", "title": "町営プール及び体育館への防犯カメラ設置について",
             "departments": ["生涯学習課"], "legal_basis": ["ひがし町個人情報保護条例第6条"],
             "categories": ["防犯カメラ", "本人以外からの収集"], "outcome": "条件付き承認",
             "conditions": ["録画の閲覧記録簿を備え、閲覧の都度記録すること"], "topic": "防犯カメラ"},
        ],
        "turns": [
            {"speaker": "委員", "role": "member", "item": 0, "text": "証明書交付センターとの通信は専用線ですか。"},
            {"speaker": "住民課", "role": "department", "item": 0, "text": "LGWANを経由した専用の回線です。"},
            {"speaker": "委員", "role": "member", "item": 0, "text": "他の自治体で誤交付などの問題があった事例はありますか。"},
            {"speaker": "住民課", "role": "department", "item": 0, "text": "システムの不具合による誤交付の報道がありましたので、事業者に確認しています。"},
            {"speaker": "会長", "role": "chair", "item": 0, "text": "承認することといたします。"},
            {"speaker": "委員", "role": "member", "item": 1, "text": "録画の保存期間は何日ですか。"},
            {"speaker": "生涯学習課", "role": "department", "item": 1, "text": "7日間で自動的に上書きされます。"},
            {"speaker": "会長", "role": "chair", "item": 1, "text": "閲覧記録を残すことを条件に承認します。"},
        ],
    },
    {
        "municipality": "きた村", "council_name": "きた村情報公開・個人情報保護審議会", "meeting_label": "令和6年度第1回",
        "date": "2024-07-03", "start_time": "13:30", "end_time": "15:00", "place": "きた村役場 大会議室",
        "members_present": ["中村誠", "小林恵", "加藤健"], "members_absent": ["伊藤真"], "chair": "中村誠",
        "observers": 2,
        "items": [
            {"kind": "諮問", "title": "国民健康保険証等の封入封緘業務の外部委託について",
             "departments": ["住民福祉課"], "legal_basis": ["きた村個人情報保護条例第12条"], "categories": ["外部委託"],
             "outcome": "条件付き承認",
             "conditions": ["作業場所に職員が立ち会うこと", "後日報告: 委託先のプライバシーマークの更新状況"],
             "topic": "封入封緘委託"},
            {"kind": "報告", "title": "児童相談記録システムの運用状況について", "departments": ["子育て支援室"],
             "legal_basis": [], "categories": ["要配慮個人情報", "情報システム"], "outcome": "報告了承",
             "conditions": [], "topic": "児童相談記録システム"},
        ],
        "turns": [
            {"speaker": "委員", "role": "member", "item": 0, "text": "封入封緘作業は庁舎外で行うのですか。"},
            {"speaker": "住民福祉課", "role": "department", "item": 0, "text": "委託先の工場で行い、職員が立ち会います。"},
            {"speaker": "委員", "role": "member", "item": 0, "text": "CD-Rのデータは作業後に消去されますか。"},
            {"speaker": "住民福祉課", "role": "department", "item": 0, "text": "消去証明書を提出させます。"},
            {"speaker": "会長", "role": "chair", "item": 0, "text": "職員の立会いを条件に承認します。"},
            {"speaker": "子育て支援室", "role": "department", "item": 1, "text": "記録を見られる職員を相談員に限って運用しています。"},
        ],
    },
]
