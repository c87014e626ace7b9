"""The issue's search benchmark: a synthetic national corpus searched through HTTP, beside LIKE.

    .venv/bin/python benchmarks/bench_search.py                      # 100,000 meetings (~2.5 GB)
    .venv/bin/python benchmarks/bench_search.py --meetings 5000
    .venv/bin/python benchmarks/bench_search.py --meetings 20000 --db /tmp/b.sqlite3 --keep
    .venv/bin/python benchmarks/bench_search.py --db /tmp/b.sqlite3 --reuse      # skip generation
    .venv/bin/python benchmarks/bench_search.py --meetings 2000 \\
        --database-url postgres://postgres@127.0.0.1:55436/postgres

1. Generates, from a fixed seed, minutes of `--meetings` meetings of ~1,700 councils over 20
   fiscal years: per meeting ~25 KB of speaker turns (chair, members, the department, the
   secretariat) on outsourcing, re-outsourcing, LGWAN, data centres, retention and disposal,
   ISMS, Privacy Mark, My Number, CCTV …, built from many templates and word lists plus a
   Zipf-distributed generated vocabulary, so that both common and rare words exist. It
   inserts SearchEntry rows directly (turns, cases, answers, minutes summaries; public and
   internal as a council's publication rules would make them), bypassing the domain.
2. Builds the index with the engine's `rebuild_index()`; reports both times and the sizes.
3. Starts the real app under gunicorn on 127.0.0.1 (2 workers) and times the JSON search
   endpoint `/search/api?q=…` (anonymous, i.e. public scope: the same engine call and the same
   work as the HTML page, without the template) for 2-character, longer and multi-word
   queries: sequential requests after a warm-up, then a small concurrent run.
4. In the same run, times the same queries as `LIKE '%…%'` scans (count + first page of 20,
   newest first) on the same database, and prints the ratio.

Goal from the issue: p95 <= 50 ms through HTTP and at least 100 times faster than the scan.
"""
import argparse
import datetime as dt
import http.client
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

QUERIES = {
    "2-char": ["委託", "同意", "目的", "保存", "廃棄"],
    "longer": ["データセンター", "プライバシーマーク", "再委託先", "特定個人情報"],
    "multi-word": [
        "委託 個人情報",
        "防犯カメラ 保存期間",
        "LGWAN OR 閉域網",
        "委託 -再委託",
        '"溶解処理により廃棄"',
        "マイナンバー 委託 -クラウド",
    ],
}

# --- the corpus ---------------------------------------------------------------------------

PREFECTURES = (
    "北海道 青森県 岩手県 宮城県 秋田県 山形県 福島県 茨城県 栃木県 群馬県 埼玉県 千葉県 東京都 神奈川県 "
    "新潟県 富山県 石川県 福井県 山梨県 長野県 岐阜県 静岡県 愛知県 三重県 滋賀県 京都府 大阪府 兵庫県 奈良県 "
    "和歌山県 鳥取県 島根県 岡山県 広島県 山口県 徳島県 香川県 愛媛県 高知県 福岡県 佐賀県 長崎県 熊本県 大分県 "
    "宮崎県 鹿児島県 沖縄県"
).split()
PLACE_HEADS = list("東西南北大小高新古本中上下若美白青赤黒金銀石岩松杉竹梅桜藤菊朝日月星富福吉長久永豊八千万")
PLACE_TAILS = list("山川田野島崎原沢井谷浦浜津岡森林宮城橋瀬尾江口里郷丘坂")
COUNCIL_KINDS = ["個人情報保護審議会", "情報公開・個人情報保護審議会", "個人情報保護審査会", "個人情報保護運営審議会"]

DEPARTMENTS = (
    "市民課 総合窓口課 保険年金課 国保年金課 税務課 収納課 資産税課 福祉課 障害福祉課 高齢福祉課 介護保険課 "
    "こども家庭課 子育て支援課 保育課 健康増進課 健康政策課 地域保健課 環境課 廃棄物対策課 情報政策課 "
    "デジタル推進課 総務課 人事課 防災危機管理課 交通安全課 都市計画課 建築指導課 道路課 下水道課 学校教育課 "
    "教育総務課 生涯学習課 図書館 スポーツ振興課 商工観光課 農政課 選挙管理委員会事務局 監査委員事務局 "
    "消防本部総務課 水道局営業課"
).split()
SYSTEMS = (
    "住民基本台帳システム 戸籍情報システム 住民異動窓口受付システム 税務システム 滞納整理システム 介護保険システム "
    "国民健康保険システム 後期高齢者医療システム 健康管理システム 予防接種管理システム 児童相談管理システム "
    "保育所入所管理システム 学齢簿管理システム 図書館システム 施設予約システム 電子申請システム 文書管理システム "
    "人事給与システム 財務会計システム 防災情報システム 避難行動要支援者名簿システム 生活保護システム "
    "障害者福祉システム ひとり親家庭支援システム コンビニ交付サービス マイナンバーカード交付予約管理システム "
    "ＧＩＳ（地理情報システム） 窓口キャッシュレス決済システム ＲＰＡ処理基盤 ＡＩ議事録作成支援サービス "
    "チャットボット問合せサービス 公式ＬＩＮＥアカウント 健康ポイントアプリ 母子健康手帳アプリ 防犯カメラ映像管理システム "
    "学校連絡配信サービス 学習用タブレット端末管理サービス 粗大ごみ受付システム 電子入札システム 行政評価システム"
).split()
SERVICES = (
    "封入封緘業務 通知書印刷業務 コールセンター業務 データ入力業務 健診受診勧奨業務 アンケート調査業務 "
    "システム保守業務 データ移行業務 窓口受付業務 訪問調査業務 特定健診事業 写真販売サービス 配食サービス事業 "
    "見守り事業 就労支援事業 学習支援事業 乳幼児健診事業 がん検診事業 ワクチン接種事業 ふるさと納税事務"
).split()
ITEMS = (
    "氏名 住所 生年月日 性別 電話番号 携帯電話番号 メールアドレス 世帯構成 続柄 口座情報 所得情報 課税情報 "
    "健康診断の結果 病歴 障害の程度 介護度 相談記録 生活保護の受給状況 学校名 学年 顔写真 防犯カメラの映像 "
    "位置情報 利用履歴 アンケートの回答 勤務先 緊急連絡先 個人番号 被保険者番号 宛名番号"
).split()
CORP_HEADS = "みなみ きた ひがし にし 中央 東和 西日本 北陸 九州 関東 東北 瀬戸内 湘南 信越 山陽 あおば さくら ひかり みらい つばさ".split()
CORP_TAILS = "情報 データ 電算 システム 印刷 通信 ソフト ネット 事務センター サービス コンサルタント 計算センター".split()
CORP_FORMS = ["株式会社{}{}", "{}{}株式会社", "一般財団法人{}{}協会", "有限会社{}{}", "{}{}合同会社"]
MEASURES = [
    "入退室管理を行い、監視カメラで記録している", "ＩＳＭＳ（ＩＳＯ／ＩＥＣ２７００１）の認証を取得している",
    "プライバシーマークを取得している", "ＬＧＷＡＮ回線を経由して送受信する", "閉域網で接続し、インターネットには接続しない",
    "通信はＴＬＳで暗号化している", "ＶＰＮを使用して接続する", "二要素認証によりログインを制限している",
    "アクセスログを取得し、定期的に点検している", "操作権限は担当職員に限定している", "データは暗号化して保存する",
    "作業は庁舎内で職員の立会いのもと行う", "ＵＳＢメモリ等の外部記録媒体の使用を禁止している",
    "従事者から秘密保持の誓約書を徴取する", "委託先に対して年一回の立入検査を行う", "ウイルス対策ソフトを導入している",
    "ＩＳＭＡＰに登録されたクラウドサービスを利用する", "データセンターは国内にあり、耐震構造である",
    "バックアップは遠隔地のデータセンターに保管する", "個人情報取扱特記事項を契約書に付す",
]
DISPOSALS = ["溶解処理により廃棄する", "シュレッダーにより裁断して廃棄する", "物理的に破壊して廃棄する",
             "データ消去ソフトで消去し、消去証明書を提出させる", "委託先から返却を受けたうえで廃棄する"]
LAWS = ["個人情報の保護に関する法律第６１条", "同法第６９条第２項第３号", "番号法第９条", "住民基本台帳法第１２条",
        "地方税法第２２条", "健康増進法第１９条の２", "介護保険法第１１５条の４５", "児童福祉法第２５条の２",
        "災害対策基本法第４９条の１０", "個人情報保護条例施行規則第５条"]
TOPICS = {
    "外部委託": ["外部委託"], "再委託": ["外部委託"], "目的外利用": ["目的外利用"], "外部提供": ["外部提供"],
    "オンライン結合": ["オンライン結合", "情報システム"], "クラウド": ["情報システム", "外部委託"],
    "防犯カメラ": ["防犯カメラ"], "本人外収集": ["本人外収集"], "マイナンバー": ["特定個人情報", "情報システム"],
    "要配慮": ["要配慮個人情報"], "保存廃棄": ["保存・廃棄"],
}
TOPIC_NAMES = list(TOPICS)
TOPIC_WEIGHTS = [30, 10, 14, 10, 8, 8, 6, 6, 5, 4, 4]

# {..} slots are filled per sentence; the topic decides which sentence pools are drawn from.
EXPLAIN = {
    "外部委託": [
        "{service}を{corp}に委託して実施します。", "委託先には{item}と{item2}を提供します。",
        "委託の期間は令和{y}年{m}月から令和{y2}年3月までです。", "委託先では{measure}。",
        "契約書には個人情報の取扱いに関する特記事項を付し、目的外利用と第三者への提供を禁止します。",
        "委託件数はおよそ{count}件を見込んでいます。", "業務委託契約の締結にあたっては、個人情報の管理体制を確認しました。",
        "委託先が取り扱う個人情報は、業務の遂行に必要な最小限の項目に限ります。",
    ],
    "再委託": [
        "委託先は{corp}に印刷工程を再委託します。", "再委託先は{corp2}で、{measure}。",
        "再委託にあたっては、あらかじめ市の書面による承諾を得ることとしています。",
        "再委託先に対しても、委託先と同等の安全管理措置を求めます。", "再々委託は認めていません。",
        "再委託先の従事者名簿を提出させます。",
    ],
    "目的外利用": [
        "{item}を{purpose}のために目的外利用します。", "本人の同意を得ることが困難であるため、審議会の意見を聴くものです。",
        "利用目的以外の目的で利用することについて、相当の理由があると考えています。",
        "本人の同意を得たうえで{item}を利用します。", "同意書の様式は資料{n}のとおりです。",
        "{law}に基づき、利用目的以外の目的のために利用します。",
    ],
    "外部提供": [
        "{item}を{org}に提供します。", "提供先とは個人情報の取扱いに関する覚書を締結します。",
        "提供の方法は、暗号化した電子媒体を手渡しとします。", "提供先における利用目的は{purpose}に限定します。",
        "提供した情報は、事業終了後に提供先で{disposal}。", "{law}の規定により提供することができます。",
    ],
    "オンライン結合": [
        "{system}と{org}のシステムをオンラインで結合します。", "接続にはＬＧＷＡＮ回線を使用します。",
        "回線は閉域網であり、インターネットとは分離されています。", "接続先では{measure}。",
        "通信はすべて暗号化し、送受信の記録を保存します。", "オンライン結合により、窓口での待ち時間が短縮されます。",
    ],
    "クラウド": [
        "{system}をクラウドサービスに移行します。", "クラウド事業者のデータセンターは国内にあります。",
        "ガバメントクラウドへの移行は令和{y2}年度を予定しています。", "事業者では{measure}。",
        "データセンターの所在地は東日本と西日本の二か所です。", "契約終了時にはデータを消去し、消去証明書を提出させます。",
    ],
    "防犯カメラ": [
        "{place}に防犯カメラを{n}台設置します。", "録画した映像は{days}日間保存し、期間経過後は自動的に上書き消去します。",
        "カメラの設置場所には、撮影中である旨を表示します。", "映像の閲覧は、管理責任者が立ち会って行います。",
        "警察から照会があった場合は、法令に基づく場合に限り映像を提供します。", "画像の解像度は人物を識別できる程度です。",
    ],
    "本人外収集": [
        "{item}を本人以外の者から収集します。", "{org}から{item}の提供を受けます。",
        "本人から収集することが困難であるため、本人外収集とします。", "収集した情報は{purpose}に限って利用します。",
    ],
    "マイナンバー": [
        "個人番号を利用して{system}で照会します。", "特定個人情報保護評価の基礎項目評価を実施しました。",
        "マイナンバーカードの交付事務において{item}を取り扱います。", "特定個人情報の取扱いは{law}に基づきます。",
        "情報提供ネットワークシステムを通じて情報連携を行います。", "マイナンバーは取扱担当者以外には表示されません。",
    ],
    "要配慮": [
        "{item}は要配慮個人情報に該当します。", "要配慮個人情報を取り扱うため、特に厳格な管理を行います。",
        "病歴や障害の程度などの情報は、必要最小限の職員のみが閲覧できます。",
    ],
    "保存廃棄": [
        "保存期間は{years}年とし、期間経過後は{disposal}。", "文書の保存期間は文書管理規程に基づき定めます。",
        "保存期間満了後の廃棄は、担当課長が立ち会って行います。", "電子データは保存期間経過後に{disposal}。",
    ],
}
QUESTIONS = [
    "{item}は本当に必要な項目ですか。", "委託先の管理はどのように行うのですか。", "再委託先の監督はどうなっていますか。",
    "データセンターはどこにあるのですか。", "プライバシーマークやＩＳＭＳの認証は取得していますか。",
    "保存期間が経過した後、データはどのように廃棄するのですか。", "本人の同意は取らないのですか。",
    "目的外利用にあたる理由をもう少し詳しく説明してください。", "提供先での管理はどのように確認するのですか。",
    "漏えいがあった場合の対応はどうなりますか。", "他の自治体ではどのように取り扱っていますか。",
    "マイナンバーを取り扱うのですか。", "防犯カメラの映像は誰が見られるのですか。", "件数はどのくらいですか。",
    "ＬＧＷＡＮ回線ではなくインターネット回線を使うのですか。", "クラウドサービスの事業者はどこですか。",
    "市民への周知はどうするのですか。", "前回の審議会での意見はどのように反映されましたか。",
    "電話番号は削除できないのですか。", "委託先の従事者への研修は行っていますか。", "契約書の特記事項を確認したいです。",
    "アクセスログは誰が確認するのですか。", "保存期間を短くすることはできませんか。", "{item2}まで収集する理由は何ですか。",
    "事故が起きた場合の責任は誰が負うのですか。", "費用はどのくらいかかるのですか。",
]
ANSWERS = [
    "委託先では{measure}。", "{item}は{purpose}のために必要な項目です。", "再委託先についても委託先を通じて報告を求めます。",
    "データセンターは国内にあり、{measure}。", "保存期間は{years}年で、その後は{disposal}。",
    "本人の同意を得ることは事務の性質上困難です。", "他市の事例も調査しましたが、同様の取扱いをしています。",
    "件数はおよそ{count}件です。", "ご指摘の点は、契約書の特記事項に明記します。", "研修は年に{n}回実施しています。",
    "漏えい等の事故が発生した場合は、直ちに市へ報告させ、必要な措置を講じます。", "周知は広報紙とホームページで行います。",
    "前回いただいたご意見を踏まえ、{item}は収集しないこととしました。", "アクセスログは所属長が毎月確認します。",
    "費用は年間約{count}千円です。", "はい、そのとおりです。", "今後、検討させていただきます。",
]
CHAIR_OPEN = [
    "ただいまから{fy}第{no}回{council}を開会します。", "本日は委員{members}名中{present}名の出席があり、会議は成立しております。",
    "本日の会議は公開とします。傍聴者は{obs}名です。", "会議録署名委員は{a}委員と{b}委員にお願いします。",
]
CHAIR_ITEM = ["それでは議題{k}「{title}」について、{dept}から説明をお願いします。", "次に、{title}について審議します。"]
CHAIR_ASK = ["ただいまの説明について、ご質問、ご意見はありますか。", "ほかにございませんか。", "{a}委員、どうぞ。"]
CHAIR_CLOSE = [
    "それでは、本件は{outcome_phrase}ということでよろしいでしょうか。", "（「異議なし」の声）",
    "それでは、本件は{outcome_phrase}とします。", "ただいまの意見を踏まえて、適切に事務を進めてください。",
]
SECRETARIAT = [
    "前回の会議録について、委員の皆様に確認いただきましたので、確定とさせていただきます。",
    "本日の資料は、次第、資料{n}から資料{n2}まで、参考資料でございます。", "次回の審議会は令和{y}年{m}月{d}日を予定しております。",
    "事務局から、個人情報の漏えい等事案の報告について説明します。", "答申書の案は後日送付いたします。",
    "本件は諮問事項として事務局で受け付けたものです。",
]
PURPOSES = ["受診勧奨", "通知書の発送", "給付金の支給", "災害時の安否確認", "統計の作成", "本人への連絡", "資格の確認",
            "事業の効果検証", "見守り活動", "防犯対策", "窓口予約の管理"]
ORGS = ["県", "警察署", "社会福祉協議会", "民生委員", "地域包括支援センター", "国民健康保険団体連合会", "教育委員会",
        "年金事務所", "消防本部", "近隣市町", "自治会", "病院"]
PLACES = ["駅前広場", "公園", "市役所庁舎", "図書館", "小学校の通学路", "駐輪場", "公民館", "ごみ集積所"]
OUTCOMES = [("承認", "原案のとおり承認する", 55), ("条件付承認", "条件を付して承認する", 15), ("同意", "同意する", 8),
            ("継続審議", "継続審議", 7), ("報告了承", "報告のとおり了承する", 15)]
PARTICLES = ["の", "を", "に", "は", "が", "と", "で", "から", "について", "として", "による", "に係る"]
ERA = [(2019, "令和"), (1989, "平成")]


def era_year(year):
    for start, name in ERA:
        if year >= start:
            n = year - start + 1
            return name, n
    return "昭和", year - 1925


def fy_label(year):
    name, n = era_year(year)
    return f"{name}{'元' if n == 1 else n}年度"


def make_vocabulary(rng, size=20000):
    """Generated words with a Zipf-like frequency: a long tail of rare words, as in real minutes."""
    kanji = [chr(c) for c in rng.sample(range(0x4E00, 0x9FA0), 2500)]
    kana = [chr(c) for c in range(0x30A1, 0x30F7)]
    words = set()
    while len(words) < size:
        if rng.random() < 0.2:
            words.add("".join(rng.choices(kana, k=rng.randrange(3, 8))))
        else:
            words.add("".join(rng.choices(kanji, k=rng.randrange(2, 5))))
    words = sorted(words)
    rng.shuffle(words)
    cum, total = [], 0.0
    for i in range(size):
        total += 1 / (i + 1) ** 1.05
        cum.append(total)
    return words, cum


def make_councils(rng, n=1700):
    names, seen = [], set()
    while len(names) < n:
        head, tail = rng.choice(PLACE_HEADS), rng.choice(PLACE_TAILS)
        name = head + tail + (rng.choice(PLACE_TAILS) if rng.random() < 0.3 else "")
        suffix = rng.choices(["市", "町", "村", "区"], [45, 40, 12, 3])[0]
        pref = rng.choice(PREFECTURES)
        if (pref, name) in seen:
            continue
        seen.add((pref, name))
        names.append((pref, name + suffix))
    councils = []
    for i, (pref, muni) in enumerate(names, start=1):
        kind = rng.choices(COUNCIL_KINDS, [50, 30, 15, 5])[0]
        councils.append({
            "id": i, "slug": f"c{i:04d}", "name": f"{muni}{kind}", "municipality": f"{pref}{muni}",
            "members": rng.randrange(5, 16), "weight": 1 / (1 + i % 97) ** 0.7 + rng.random(),
            "departments": rng.sample(DEPARTMENTS, 14),
            "corps": [rng.choice(CORP_FORMS).format(rng.choice(CORP_HEADS), rng.choice(CORP_TAILS)) for _ in range(8)],
        })
    return councils


class Writer:
    """Sentences for one corpus; all randomness comes from one seeded generator."""

    def __init__(self, rng, vocab):
        self.rng = rng
        self.words, self.cum = vocab

    def slots(self, council, fy):
        r = self.rng
        corps = council["corps"]
        return {
            "service": r.choice(SERVICES), "corp": r.choice(corps), "corp2": r.choice(corps), "item": r.choice(ITEMS),
            "item2": r.choice(ITEMS), "measure": r.choice(MEASURES), "disposal": r.choice(DISPOSALS),
            "purpose": r.choice(PURPOSES), "org": r.choice(ORGS), "law": r.choice(LAWS), "place": r.choice(PLACES),
            "system": r.choice(SYSTEMS), "n": r.randrange(1, 9), "n2": r.randrange(9, 15), "days": r.choice([7, 14, 30, 31, 90]),
            "years": r.choice([1, 3, 5, 5, 10, 30]), "count": r.randrange(20, 90000),
            "y": era_year(fy)[1], "y2": era_year(fy)[1] + r.randrange(1, 4), "m": r.randrange(1, 13), "d": r.randrange(1, 29),
        }

    def filler(self):
        # A clause of generated words: where the rare words of the index come from.
        r = self.rng
        picked = r.choices(self.words, cum_weights=self.cum, k=r.randrange(2, 6))
        return "".join(w + r.choice(PARTICLES) for w in picked[:-1]) + picked[-1] + r.choice(["。", "です。", "について確認しました。"])

    def say(self, pool, council, fy, k=1, **extra):
        r = self.rng
        out = []
        for _ in range(k):
            s = r.choice(pool).format(**self.slots(council, fy), **extra)
            if r.random() < 0.25:
                s = self.filler() + s
            out.append(s)
        return "".join(out)


def make_meeting(w, council, mid, fy, no, date):
    """One meeting: (agenda items, turns); a turn is (role, label, text, item index or None)."""
    r = w.rng
    items = []
    for k in range(r.choices([1, 2, 3, 4, 5], [15, 30, 30, 15, 10])[0]):
        topic = r.choices(TOPIC_NAMES, TOPIC_WEIGHTS)[0]
        subject = r.choice(SYSTEMS + SERVICES)
        kind = r.choices(["諮問", "報告", "その他"], [70, 25, 5])[0]
        outcome, phrase, _ = r.choices(OUTCOMES, [o[2] for o in OUTCOMES])[0]
        if kind == "報告":
            outcome, phrase = "報告了承", "報告のとおり了承する"
        title = f"{subject}における{r.choice(['個人情報の取扱い', topic + 'について', '個人情報の' + topic, '業務委託'])}"
        items.append({
            "topic": topic, "title": title, "kind": kind, "outcome": outcome, "phrase": phrase,
            "dept": r.choice(council["departments"]), "categories": TOPICS[topic],
            "closed": r.random() < 0.06,
        })
    target = r.randrange(5500, 9500)  # characters of turns; with the other entries ~25 KB of UTF-8
    turns = []
    obs = r.randrange(0, 6)
    a, b = r.randrange(1, 10), r.randrange(1, 10)
    chair = {"fy": fy_label(fy), "no": no, "council": council["name"], "members": council["members"],
             "present": council["members"] - r.randrange(0, 3), "obs": obs, "a": a, "b": b}
    turns.append(("chair", "会長", "".join(s.format(**chair) for s in CHAIR_OPEN[: r.randrange(2, 5)]), None))
    turns.append(("secretariat", "事務局", w.say(SECRETARIAT, council, fy, k=r.randrange(1, 3)), None))
    size = sum(len(t[2]) for t in turns)
    per_item = max(1, (target - size) // len(items))
    for k, item in enumerate(items):
        start = size
        fmt = {"k": k + 1, "title": item["title"], "dept": item["dept"]}
        turns.append(("chair", "会長", r.choice(CHAIR_ITEM).format(**fmt), k))
        pool = EXPLAIN[item["topic"]] + EXPLAIN[r.choice(TOPIC_NAMES)]
        for _ in range(r.randrange(1, 3)):
            turns.append(("department", item["dept"] + r.choice(["長", "主査", "主幹", "副課長"]),
                          w.say(pool, council, fy, k=r.randrange(4, 12)), k))
        size += sum(len(t[2]) for t in turns[-3:])
        while size - start < per_item:
            member = r.randrange(1, council["members"] + 1)
            if r.random() < 0.5:
                turns.append(("chair", "会長", r.choice(CHAIR_ASK).format(a=member), k))
            q = w.say(QUESTIONS + pool[:2], council, fy, k=r.randrange(1, 4))
            turns.append(("member", f"委員{member}", q, k))
            ans = w.say(ANSWERS + pool, council, fy, k=r.randrange(2, 7))
            turns.append(("department", item["dept"] + r.choice(["長", "主査", "担当"]), ans, k))
            size += len(q) + len(ans) + 12
        closing = "".join(s.format(outcome_phrase=item["phrase"]) for s in CHAIR_CLOSE[: r.randrange(2, 5)])
        turns.append(("chair", "会長", closing, k))
        size += len(closing)
    turns.append(("secretariat", "事務局", w.say(SECRETARIAT, council, fy, k=1), None))
    turns.append(("chair", "会長", "以上で本日の審議会を閉会します。", None))
    return items, turns


ENTRY_COLUMNS = (
    "kind", "object_id", "council_id", "council_slug", "council_name", "municipality", "fiscal_year", "date",
    "case_kind", "categories", "department", "outcome", "speaker_role", "visibility", "title", "url",
    "updated_at", "context", "body", "search_text",
)


def generate(meetings, seed):
    """Yield lists of SearchEntry rows (tuples in ENTRY_COLUMNS order), one list per meeting."""
    rng = random.Random(seed)
    councils = make_councils(rng)
    w = Writer(rng, make_vocabulary(rng))
    weights = [c["weight"] for c in councils]
    years = list(range(2005, 2025))
    numbers = {}
    ids = {"turn": 0, "case": 0, "answer": 0, "minutes": 0}
    now = "2025-04-01 00:00:00"
    # Meetings in date order across the country, as a growing system would have created them.
    plan = []
    for mid in range(meetings):
        fy = years[mid * len(years) // meetings]
        council = rng.choices(councils, weights)[0]
        plan.append((fy, council))
    for mid, (fy, council) in enumerate(plan, start=1):
        no = numbers[(council["id"], fy)] = numbers.get((council["id"], fy), 0) + 1
        date = dt.date(fy, 4, 1) + dt.timedelta(days=min(364, 25 * no + rng.randrange(0, 20)))
        items, turns = make_meeting(w, council, mid, fy, no, date)
        # Recent minutes may still be drafts (internal); a few meetings are closed entirely.
        draft = (fy == years[-1] and rng.random() < 0.35) or rng.random() < 0.03
        label = f"{fy_label(fy)}第{no}回"
        base = (council["id"], council["slug"], council["name"], council["municipality"], fy, date.isoformat())
        rows = []
        for order, (role, speaker, text, k) in enumerate(turns, start=1):
            item = items[k] if k is not None else None
            internal = draft or (item is not None and item["closed"])
            ids["turn"] += 1
            case = (item["kind"], json.dumps(item["categories"], ensure_ascii=False), item["dept"], item["outcome"]) \
                if item else ("", "[]", "", "")
            # As search.indexing writes a turn: matched on its speaker and words, its meeting and item shown only.
            context = f"{label} {item['title'] if item else ''}".strip()
            url = f"/work/meetings/m/{mid}/#turn-{order}" if internal else f"/meetings/{mid}/#turn-{order}"
            rows.append(("turn", ids["turn"], *base, *case, role,
                         "internal" if internal else "public", speaker[:500], url, now, context[:500], text, ""))
        for item in items:
            ids["case"] += 1
            public = not item["closed"] and not draft
            body = w.say(EXPLAIN[item["topic"]], council, fy, k=rng.randrange(3, 8))
            case = (item["kind"], json.dumps(item["categories"], ensure_ascii=False), item["dept"], item["outcome"])
            rows.append(("case", ids["case"], *base, *case, "", "public" if public else "internal", item["title"],
                         f"/cases/{ids['case']}/", now, "", body, ""))
            if item["kind"] == "諮問" and item["outcome"] != "継続審議":
                ids["answer"] += 1
                body = f"{item['title']}については、{item['phrase']}。" + w.say(ANSWERS, council, fy, k=rng.randrange(2, 5))
                rows.append(("answer", ids["answer"], *base, *case, "", "public" if public else "internal",
                             f"答申第{ids['answer']}号 {item['title']}", f"/answers/{ids['answer']}/", now, "", body, ""))
        ids["minutes"] += 1
        summary = "".join(f"議題{k + 1}「{it['title']}」について{it['dept']}から説明があり、{it['phrase']}こととした。"
                          for k, it in enumerate(items)) + w.say(SECRETARIAT, council, fy, k=2)
        rows.append(("minutes", ids["minutes"], *base, "", "[]", "", "", "", "internal" if draft else "public",
                     f"{label} 会議録", f"/meetings/{mid}/", now, "", summary, ""))
        yield rows


# --- filling the database -----------------------------------------------------------------

def insert_corpus(args, connection):
    """Insert the generated entries in large batches; returns (entries, body bytes, seconds)."""
    vendor = connection.vendor
    cols = ", ".join(ENTRY_COLUMNS)
    n = size = 0
    batch = []
    t0 = time.perf_counter()
    connection.ensure_connection()
    raw = connection.connection

    def flush():
        if vendor == "sqlite":
            marks = ", ".join("?" * len(ENTRY_COLUMNS))
            # Django keeps SQLite in autocommit mode: without BEGIN every row commits alone.
            raw.execute("BEGIN")
            raw.executemany(f"INSERT INTO search_searchentry ({cols}) VALUES ({marks})", batch)
            raw.commit()
        else:
            with raw.cursor() as cur, cur.copy(f"COPY search_searchentry ({cols}) FROM STDIN") as copy:
                for row in batch:
                    copy.write_row(row)
            raw.commit()
        batch.clear()

    for m, rows in enumerate(generate(args.meetings, args.seed), start=1):
        for row in rows:
            size += len(row[17].encode())
        n += len(rows)
        batch.extend(rows)
        if len(batch) >= 20000:
            flush()
        if m % 5000 == 0:
            print(f"  generated {m:,} meetings, {n:,} entries, {size / 1e9:.2f} GB, "
                  f"{time.perf_counter() - t0:.0f} s", flush=True)
    if batch:
        flush()
    return n, size, time.perf_counter() - t0


def fill_indexed(args, connection):
    """PostgreSQL: generate the entries and write each with the index columns rebuild_index() would
    give it, in one pass and one transaction, then create the GIN indexes; returns (entries, body
    bytes, seconds of the pass, seconds of the GIN indexes).

    At 100,000 meetings the usual path (insert, then rebuild) reads every entry back and rewrites
    it: about three hours on two cores, longer than a working session of the machine that
    measures it. Here the tokenising runs in the rebuild's own worker processes while this one
    generates, and the table is truncated in the same transaction as the COPY, so that a server
    with wal_level = minimal writes it without WAL. Ids are given explicitly, 1, 2, … in
    generation order as the serial column would give them, because the sample level depends on
    the id. The columns are those of pg_rows(), the function rebuild_index() writes with."""
    import collections

    from shingikai.search.backends import BATCH, ENTRY_TABLE, _tokeniser, get_backend, pg_rows

    backend = get_backend()
    title_at, body_at = ENTRY_COLUMNS.index("title"), ENTRY_COLUMNS.index("body")
    cols = ", ".join(("id", *ENTRY_COLUMNS[:-1], "search_text", "search_pairs", "sample_level"))
    generated = {"entries": 0, "bytes": 0}
    pending = collections.deque()
    t0 = time.perf_counter()

    def batches():
        batch = []
        for m, rows in enumerate(generate(args.meetings, args.seed), start=1):
            for row in rows:
                generated["entries"] += 1
                generated["bytes"] += len(row[body_at].encode())
                batch.append((generated["entries"], *row[:-1]))
            if len(batch) >= BATCH:
                pending.append(batch)
                yield [(row[0], row[1 + title_at], row[1 + body_at]) for row in batch]
                batch = []
            if m % 5000 == 0:
                print(f"  generated and indexed {m:,} meetings, {generated['entries']:,} entries, "
                      f"{generated['bytes'] / 1e9:.2f} GB, {time.perf_counter() - t0:.0f} s", flush=True)
        if batch:
            pending.append(batch)
            yield [(row[0], row[1 + title_at], row[1 + body_at]) for row in batch]

    connection.ensure_connection()
    raw = connection.connection
    with raw.transaction(), raw.cursor() as cursor:
        cursor.execute(f"TRUNCATE {ENTRY_TABLE}")
        for name in (backend.INDEX, *backend.SAMPLE_INDEXES):
            cursor.execute(f"DROP INDEX IF EXISTS {name}")
        # The window of batches in flight is bounded by the tokeniser; its total only chooses
        # workers over the calling process.
        with _tokeniser(10 ** 9, pg_rows) as tokenise, \
                cursor.copy(f"COPY {ENTRY_TABLE} ({cols}) FROM STDIN") as copy:
            for columns in tokenise(batches()):
                for row, (pk, text, pairs, level) in zip(pending.popleft(), columns):
                    assert row[0] == pk
                    copy.write_row((*row, text, pairs, level))
        cursor.execute(f"SELECT setval(pg_get_serial_sequence('{ENTRY_TABLE}', 'id'), %s)",
                       [max(generated["entries"], 1)])
    t_pass = time.perf_counter() - t0
    print(f"  {generated['entries']:,} entries written with their index columns in {t_pass:.0f} s; "
          "creating the GIN indexes ...", flush=True)
    t1 = time.perf_counter()
    with connection.cursor() as cursor:
        for sql in (backend.DDL_INDEX, *backend.DDL_SAMPLE_INDEXES):
            cursor.execute(sql)
        t_gin = time.perf_counter() - t1
        print(f"  GIN indexes created in {t_gin:.0f} s", flush=True)
        cursor.execute(f"ANALYZE {ENTRY_TABLE}")
    return generated["entries"], generated["bytes"], t_pass, t_gin


def sizes(connection):
    """(database bytes, index bytes, description) for the report."""
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("PRAGMA page_size")
            page = cursor.fetchone()[0]
            cursor.execute("PRAGMA page_count")
            db = cursor.fetchone()[0] * page
            cursor.execute("SELECT name, SUM(pgsize) FROM dbstat WHERE name LIKE 'search%' GROUP BY name")
            by_name = dict(cursor.fetchall())
            index = sum(v for k, v in by_name.items() if k.startswith("search_fts"))
            detail = ", ".join(f"{k} {v / 2**20:,.0f} MiB" for k, v in sorted(by_name.items(), key=lambda kv: -kv[1])
                               if v > 2**20)
            return db, index, detail
        cursor.execute("SELECT pg_database_size(current_database())")
        db = cursor.fetchone()[0]
        cursor.execute("SELECT COALESCE(SUM(pg_relation_size(indexrelid)), 0) FROM pg_index "
                       "WHERE indrelid = 'search_searchentry'::regclass")
        indexes = cursor.fetchone()[0]
        cursor.execute("SELECT pg_relation_size('search_entry_day_pairs_filters_gin'), SUM(pg_column_size(search_pairs)), "
                       "SUM(pg_column_size(search_text)) FROM search_searchentry")
        gin, pairs, text = (v or 0 for v in cursor.fetchone())
        return db, gin + pairs + text, (f"day, pairs and filters GIN {gin / 2**20:,.0f} MiB + search_pairs {pairs / 2**20:,.0f} MiB "
                                        f"+ search_text {text / 2**20:,.0f} MiB; "
                                        f"all entry indexes {indexes / 2**20:,.0f} MiB")


# --- the HTTP side ------------------------------------------------------------------------

def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(env, workers, port=None):
    port = port or free_port()
    gunicorn = Path(sys.executable).with_name("gunicorn")
    server = subprocess.Popen(
        [str(gunicorn), "shingikai.wsgi:application", "--bind", f"127.0.0.1:{port}", "--workers", str(workers),
         "--timeout", "300", "--log-level", "warning"],
        env=env, cwd=str(ROOT),
    )
    for _ in range(300):  # bounded: 30 s
        if server.poll() is not None:
            raise RuntimeError("gunicorn exited")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return server, port
        except OSError:
            time.sleep(0.1)
    server.kill()
    raise RuntimeError("gunicorn did not start")


def get(port, query):
    path = "/search/api?" + urllib.parse.urlencode({"q": query})
    t0 = time.perf_counter()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=300)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        body = response.read()
    finally:
        conn.close()
    ms = (time.perf_counter() - t0) * 1000
    if response.status != 200:
        raise RuntimeError(f"{path}: HTTP {response.status}: {body[:300]!r}")
    return ms, json.loads(body)


def p95(values):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(0.95 * (len(values) - 1))))]


def concurrent(port, queries, threads, rounds):
    """`threads` clients each send every query `rounds` times; returns (latencies, wall seconds)."""
    latencies, errors = [], []
    lock = threading.Lock()

    def client(offset):
        mine = []
        try:
            for r in range(rounds):
                for i in range(len(queries)):
                    mine.append(get(port, queries[(i + offset + r) % len(queries)])[0])
        except Exception as exc:  # reported below; a benchmark must not hang on one failure
            errors.append(exc)
        with lock:
            latencies.extend(mine)

    workers = [threading.Thread(target=client, args=(k * 3,)) for k in range(threads)]
    t0 = time.perf_counter()
    for t in workers:
        t.start()
    for t in workers:
        t.join()
    if errors:
        raise errors[0]
    return latencies, time.perf_counter() - t0


# --- the LIKE side ------------------------------------------------------------------------

def _full_width(text):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def like_where(query, cond):
    """([condition], params): the boolean structure of a parsed query (AND of OR-groups, NOT terms) over
    `cond(term)` -> (sql, params); shared with bench_search_engine.py."""
    where, params = [], []
    for group in query.must:
        parts = [cond(t) for t in group.terms]
        where.append("(" + " OR ".join(c for c, _ in parts) + ")")
        for _, p in parts:
            params.extend(p)
    for term in query.must_not:
        c, p = cond(term)
        where.append(f"NOT {c}")
        params.extend(p)
    return where, params


def like_sql(query):
    """The query as LIKE '%term%' over the raw title and body, public entries, count + first page."""
    def cond(term):
        # The engine matches NFKC-normalised text, so ＬＧＷＡＮ as minutes often write it is
        # found by LGWAN; the scan looks for both widths to find the same entries.
        forms = dict.fromkeys([term.text.strip('"'), _full_width(term.text.strip('"'))])
        sql = " OR ".join("e.title LIKE %s OR e.body LIKE %s" for _ in forms)
        return f"({sql})", [p for f in forms for p in (f"%{f}%",) * 2]

    where, params = like_where(query, cond)
    where.insert(0, "e.visibility = 'public'")
    # One scan: the window counts every match while the sort keeps only the first page.
    return (f"SELECT e.id, COUNT(*) OVER () FROM search_searchentry e WHERE {' AND '.join(where)}"
            " ORDER BY e.date DESC, e.id DESC LIMIT 20"), params


def time_like(connection, text):
    from shingikai.search.query import parse

    sql, params = like_sql(parse(text))
    t0 = time.perf_counter()
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    return (time.perf_counter() - t0) * 1000, (rows[0][1] if rows else 0)


# --- a build that survives being stopped (PostgreSQL) -------------------------------------------

def build_in_chunks(connection, chunk, progress):
    """The index of every entry as rebuild_index() writes it, in chunks that each commit, then the GIN
    indexes: a run stopped part-way (a machine that is switched off) resumes where its last commit left.

    rebuild_index() is one transaction, as a rebuild must be while a site serves searches; at 10 million
    entries it runs for hours and everything is lost if it stops. Only the benchmark needs this: the
    columns and indexes it leaves are the same, so the searches measured afterwards are too."""
    from shingikai.search.backends import BATCH, ENTRY_TABLE, _tokeniser, get_backend, pg_rows

    backend = get_backend()
    with connection.cursor() as cursor:
        cursor.execute("CREATE TABLE IF NOT EXISTS bench_build_progress (last_id bigint NOT NULL)")
        cursor.execute("SELECT last_id FROM bench_build_progress")
        row = cursor.fetchone()
        if row is None:
            for name in (backend.INDEX, *backend.SAMPLE_INDEXES):
                cursor.execute(f"DROP INDEX IF EXISTS {name}")
            cursor.execute("INSERT INTO bench_build_progress VALUES (0)")
        last = row[0] if row else 0
        cursor.execute(f"SELECT COUNT(*) FROM {ENTRY_TABLE}")
        total = cursor.fetchone()[0]
        cursor.execute(f"SELECT COUNT(*) FROM {ENTRY_TABLE} WHERE id <= %s", [last])
        done = cursor.fetchone()[0]
        cursor.execute("CREATE TEMPORARY TABLE IF NOT EXISTS bench_staged (id bigint PRIMARY KEY, t text, "
                       "p tsvector, l smallint)")
    if last:
        print(f"  resuming after entry {last:,}: {done:,} of {total:,} already indexed", flush=True)

    def batches():
        after = last
        while True:
            with connection.cursor() as cursor:
                cursor.execute(f"SELECT id, title, body FROM {ENTRY_TABLE} WHERE id > %s ORDER BY id LIMIT %s",
                               [after, BATCH])
                rows = cursor.fetchall()
            if not rows:
                return
            after = rows[-1][0]
            yield rows

    def apply(staged):
        # One commit per chunk: its rows and the point to resume from go together.
        with connection.cursor() as cursor:
            cursor.execute("BEGIN")
            with cursor.copy("COPY bench_staged (id, t, p, l) FROM STDIN") as copy:
                for row in staged:
                    copy.write_row(row)
            cursor.execute(f"UPDATE {ENTRY_TABLE} e SET search_text = s.t, search_pairs = s.p, "
                           "sample_level = s.l FROM bench_staged s WHERE e.id = s.id")
            cursor.execute("TRUNCATE bench_staged")
            cursor.execute("UPDATE bench_build_progress SET last_id = %s", [staged[-1][0]])
            cursor.execute("COMMIT")

    staged = []
    with _tokeniser(total - done, pg_rows) as tokenise:
        for rows in tokenise(batches()):
            staged += rows
            done += len(rows)
            if len(staged) >= chunk:
                apply(staged)
                staged = []
                progress(done, total)
    if staged:
        apply(staged)
    print(f"  indexed {done:,}/{total:,}; creating the GIN indexes ...", flush=True)
    t0 = time.perf_counter()
    with connection.cursor() as cursor:
        for sql in (backend.DDL_INDEX, *backend.DDL_SAMPLE_INDEXES):
            cursor.execute(sql)
        print(f"  GIN indexes created in {time.perf_counter() - t0:.0f} s", flush=True)
        cursor.execute(f"ANALYZE {ENTRY_TABLE}")
        cursor.execute("DROP TABLE bench_build_progress")
    return done


# --- the run ------------------------------------------------------------------------------

def run(args, env):
    import django
    from django.core.management import call_command
    from django.db import connection

    django.setup()
    from shingikai.search.engine import rebuild_index

    from django.db.migrations.recorder import MigrationRecorder

    vendor = connection.vendor
    applied = set(MigrationRecorder(connection).applied_migrations()) if args.reuse else set()
    t0 = time.perf_counter()
    call_command("migrate", verbosity=0)
    t_migrate = time.perf_counter() - t0
    # A reused database made before migration 0004 had its index rebuilt by that migration.
    rebuilt_by_migration = args.reuse and ("search", "0004_pair_index") not in applied and \
        ("search", "0003_forget_stale_text") in applied
    with connection.cursor() as cursor:
        cursor.execute("SELECT COUNT(*), COALESCE(SUM(LENGTH(CAST(body AS BLOB))), 0) FROM search_searchentry"
                       if vendor == "sqlite" else
                       "SELECT COUNT(*), COALESCE(SUM(octet_length(body)), 0) FROM search_searchentry")
        existing, existing_bytes = cursor.fetchone()
    print(f"database: {vendor} {connection.settings_dict['NAME']}")
    indexed = False
    if existing and args.reuse:
        print(f"reusing {existing:,} entries ({existing_bytes / 1e9:.2f} GB of body text); no generation")
        n, body_bytes = existing, existing_bytes
    else:
        if existing:
            raise SystemExit("the database already holds entries: pass --reuse, or another --db")
        if args.one_pass and vendor == "postgresql":
            print(f"generating {args.meetings:,} meetings (seed {args.seed}) with their index columns, "
                  "in one pass ...", flush=True)
            n, body_bytes, t_pass, t_gin = fill_indexed(args, connection)
            print(f"one pass: {n:,} entries, {body_bytes / 1e9:.2f} GB of body text, generated and indexed in "
                  f"{t_pass:.0f} s, GIN indexes {t_gin:.0f} s", flush=True)
            indexed = True
        else:
            print(f"generating {args.meetings:,} meetings (seed {args.seed}) ...", flush=True)
            n, body_bytes, t_gen = insert_corpus(args, connection)
            print(f"generated and inserted {n:,} entries, {body_bytes / 1e9:.2f} GB of body text in {t_gen:.0f} s",
                  flush=True)
            if args.generate_only:
                return
    if rebuilt_by_migration and existing:
        print(f"index build (rebuild_index, run by migration 0004 inside migrate): {t_migrate:.0f} s "
              f"({body_bytes / 1e6 / t_migrate:.1f} MB/s)", flush=True)
    if args.build_in_chunks and vendor == "postgresql" and existing:
        with connection.cursor() as cursor:
            cursor.execute("SELECT to_regclass('bench_build_progress') IS NOT NULL")
            resuming = cursor.fetchone()[0]
    else:
        resuming = False
    if not indexed and (not (existing and args.reuse) or (args.rebuild and not rebuilt_by_migration) or resuming):
        print("building the index (" + ("in committed chunks" if args.build_in_chunks and vendor == "postgresql"
                                         else "rebuild_index") + ") ...", flush=True)
        t0 = time.perf_counter()
        last = [t0]

        def progress(done, total):
            if time.perf_counter() - last[0] > 60:
                last[0] = time.perf_counter()
                print(f"  indexed {done:,}/{total:,} in {last[0] - t0:.0f} s", flush=True)

        if args.build_in_chunks and vendor == "postgresql":
            build_in_chunks(connection, args.build_in_chunks, progress)
        else:
            rebuild_index(progress=progress)
        t_build = time.perf_counter() - t0
        print(f"index build: {t_build:.0f} s ({body_bytes / 1e6 / t_build:.1f} MB/s)", flush=True)
        if vendor == "sqlite":
            with connection.cursor() as cursor:
                cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db_bytes, index_bytes, detail = sizes(connection)
    print(f"database size {db_bytes / 2**30:.2f} GiB; index {index_bytes / 2**30:.2f} GiB ({detail})", flush=True)
    connection.close()
    if args.build_only:
        return

    server, port = start_server(env, args.workers, args.port)
    try:
        results = measure(args, port, connection)
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
    report(args, results)


def measure(args, port, connection):
    out = {"http": {}, "like": {}, "counts": {}, "approx": {}}
    for cls, queries in QUERIES.items():
        for q in queries:
            get(port, q)  # warm-up: loads the worker's code paths and the pages this query touches
            get(port, q)
    print(f"\nsequential HTTP, {args.queries} timed requests per query (after 2 warm-ups):", flush=True)
    for cls, queries in QUERIES.items():
        for q in queries:
            times = []
            for _ in range(args.queries):
                ms, body = get(port, q)
                times.append(ms)
            out["http"][q] = times
            out["counts"][q] = body["total"]
            out["approx"][q] = not body.get("total_exact", True)
            print(f"  {q:<28} total {'約' if out['approx'][q] else '  '}{body['total']:>10,}  "
                  f"median {statistics.median(times):7.1f} ms  p95 {p95(times):7.1f} ms", flush=True)
    everything = [q for qs in QUERIES.values() for q in qs]
    lat, wall = concurrent(port, everything, args.concurrency, max(1, args.queries // 5))
    out["concurrent"] = (lat, wall)
    print(f"\nLIKE '%…%' scans (count + first page), {args.like_runs} runs per query after 1 warm-up"
          + (f", the first {args.like_queries} of each class" if args.like_queries else "") + ":", flush=True)
    for cls, queries in QUERIES.items():
        for q in queries[:args.like_queries or None]:
            _, n = time_like(connection, q)
            times = [time_like(connection, q)[0] for _ in range(args.like_runs)]
            out["like"][q] = (times, n)
            print(f"  {q:<28} count {n:>10,}  median {statistics.median(times):9.1f} ms", flush=True)
    connection.close()
    return out


def report(args, results):
    print("\n" + "=" * 100)
    print(f"{'class':<11} {'query':<28} {'total':>12} {'LIKE n':>10} {'HTTP med':>9} {'HTTP p95':>9} "
          f"{'LIKE med':>10} {'ratio':>7}")
    # The ratio compares LIKE with the search on the same queries (all of them, or those --like-queries kept).
    all_http, all_like, all_paired = [], [], []
    for cls, queries in QUERIES.items():
        cls_http, cls_like, cls_paired = [], [], []
        for q in queries:
            http_ms = results["http"][q]
            cls_http += http_ms
            total = ("約" if results["approx"][q] else "") + f"{results['counts'][q]:,}"
            if q not in results["like"]:
                print(f"{cls:<11} {q:<28} {total:>12} {'-':>10} {statistics.median(http_ms):9.1f} "
                      f"{p95(http_ms):9.1f} {'-':>10} {'-':>8}")
                continue
            like_ms, like_n = results["like"][q]
            cls_like += like_ms
            cls_paired += http_ms
            print(f"{cls:<11} {q:<28} {total:>12} {like_n:>10,} {statistics.median(http_ms):9.1f} "
                  f"{p95(http_ms):9.1f} {statistics.median(like_ms):10.1f} "
                  f"{statistics.median(like_ms) / statistics.median(http_ms):7.0f}x")
        all_http += cls_http
        all_like += cls_like
        all_paired += cls_paired
        print(f"{cls:<11} {'(class)':<28} {'':>12} {'':>10} {statistics.median(cls_http):9.1f} {p95(cls_http):9.1f} "
              f"{statistics.median(cls_like):10.1f} {statistics.median(cls_like) / statistics.median(cls_paired):7.0f}x")
    print(f"{'all':<11} {'':<28} {'':>12} {'':>10} {statistics.median(all_http):9.1f} {p95(all_http):9.1f} "
          f"{statistics.median(all_like):10.1f} {statistics.median(all_like) / statistics.median(all_paired):7.0f}x"
          f"   (LIKE p95 {p95(all_like):.1f} ms)")
    lat, wall = results["concurrent"]
    print(f"concurrent: {args.concurrency} clients, {len(lat)} requests in {wall:.1f} s "
          f"({len(lat) / wall:.1f} req/s): median {statistics.median(lat):.1f} ms  p95 {p95(lat):.1f} ms")
    goal_p95 = p95(all_http) <= 50
    goal_ratio = statistics.median(all_like) / statistics.median(all_paired) >= 100
    print(f"goal p95 <= 50 ms: {'met' if goal_p95 else 'NOT met'}; "
          f">= 100x faster than LIKE (medians): {'met' if goal_ratio else 'NOT met'}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--meetings", type=int, default=100_000)
    parser.add_argument("--db", help="SQLite file to use (default: a temporary file, deleted afterwards)")
    parser.add_argument("--keep", action="store_true", help="keep the database (SQLite file or PostgreSQL database)")
    parser.add_argument("--reuse", action="store_true", help="use the entries already in --db; rebuild nothing")
    parser.add_argument("--rebuild", action="store_true", help="with --reuse: rebuild the index all the same")
    parser.add_argument("--generate-only", action="store_true", help="insert the entries and stop (implies --keep)")
    parser.add_argument("--build-in-chunks", type=int, metavar="N", default=0,
                        help="PostgreSQL: index in chunks of N entries that each commit, resumable by running "
                             "again with --reuse (for builds of hours on a machine that may stop)")
    parser.add_argument("--one-pass", action="store_true",
                        help="PostgreSQL: write each entry with its index columns as it is generated, in one "
                             "transaction (no WAL with wal_level = minimal), then the GIN indexes: a national "
                             "benchmark database in one working session")
    parser.add_argument("--build-only", action="store_true", help="stop after building the index (with --keep)")
    parser.add_argument("--queries", type=int, default=20, help="timed sequential requests per query")
    parser.add_argument("--like-runs", type=int, default=2, help="timed LIKE scans per query")
    parser.add_argument("--like-queries", type=int, default=0,
                        help="scan only the first N queries of each class (at 10 million entries a scan takes minutes)")
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--port", type=int, help="port for gunicorn (default: any free one)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--database-url", help="a PostgreSQL server URL; a database is created there for the run")
    args = parser.parse_args()

    sys.path.insert(0, str(ROOT / "src"))
    tmp = tempfile.mkdtemp(prefix="shingikai-bench-search-")
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "shingikai.settings", "SHINGIKAI_DATA_DIR": tmp, "DEBUG": "0",
           # Production mode refuses to start without a key; this one signs nothing that outlives the run.
           "SECRET_KEY": os.environ.get("SECRET_KEY") or uuid.uuid4().hex * 2,
           "ALLOWED_HOSTS": "127.0.0.1"}
    pg_name = None
    if args.database_url:
        import psycopg

        server_url, named = args.database_url.rsplit("/", 1)
        # A database named in the URL (other than the server's own) is the run's, so that
        # --keep and --reuse work as with --db; otherwise a fresh one is made and dropped.
        pg_name = named if named and named not in ("postgres", "template1") else f"shingikai_bench_{uuid.uuid4().hex[:8]}"
        with psycopg.connect(f"{server_url}/postgres", autocommit=True) as admin:
            exists = admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [pg_name]).fetchone()
            if not exists:
                # UTF-8 as docs/deploy.md asks of a production database.
                admin.execute(f"CREATE DATABASE \"{pg_name}\" TEMPLATE template0 ENCODING 'UTF8' "
                              "LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'")
        env["DATABASE_URL"] = f"{server_url}/{pg_name}"
    else:
        db = Path(args.db) if args.db else Path(tmp) / "bench.sqlite3"
        env["DATABASE_URL"] = f"sqlite:///{db.resolve()}"
    os.environ.update(env)
    try:
        run(args, env)
    finally:
        from django.db import connections

        connections.close_all()
        if pg_name and not (args.keep or args.reuse or args.generate_only):
            import psycopg

            with psycopg.connect(f"{server_url}/postgres", autocommit=True) as admin:
                admin.execute(f'DROP DATABASE IF EXISTS "{pg_name}"')
        elif pg_name:
            print(f"kept PostgreSQL database {pg_name}")
        if not pg_name and not (args.keep or args.reuse or args.generate_only):
            for f in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
                f.unlink(missing_ok=True)
        elif not pg_name:
            print(f"kept {db}")
        for f in Path(tmp).rglob("*"):
            if f.is_file() and f.suffix != ".sqlite3":
                f.unlink()
        if not any(Path(tmp).rglob("*.sqlite3")):
            import shutil

            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
