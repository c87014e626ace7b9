"""The starting topic vocabulary; confirming topics for cases adds to it (precedents.actions.confirm_topic)."""
from django.db import migrations
from django.utils.text import slugify

SEED = {
    "コンビニ交付": ["コンビニ", "住民票の写し", "印鑑登録証明書", "証明書交付センター", "マルチコピー", "キオスク端末"],
    "封入封緘": ["封入", "封緘", "圧着", "発送業務", "被保険者証", "納税通知書"],
    "防犯カメラ": ["防犯カメラ", "監視カメラ", "録画", "ネットワークカメラ"],
    "オンライン相談": ["オンライン相談", "相談システム", "LINE", "ビデオ通話", "チャット", "オンラインによる相談"],
    "健康ポイント": ["健康ポイント", "ポイント事業", "歩数", "計測会", "健康マイレージ"],
    "公共施設予約": ["施設予約", "公共施設予約", "予約システム", "貸出し"],
    "受診勧奨": ["受診勧奨", "特定健診", "がん検診", "SMS", "勧奨通知"],
    "児童相談記録システム": ["児童相談", "相談記録", "家庭児童相談", "相談管理システム"],
    "給付金": ["給付金", "特別給付金", "臨時特別給付金"],
    "GIGAスクール端末": ["GIGA", "学習用端末", "タブレット", "一人一台"],
    "AI議事録": ["議事録作成", "音声認識", "文字起こし", "AI"],
    "避難行動要支援者名簿": ["避難行動要支援者", "要支援者名簿"],
    "システム移行": ["データ移行", "サーバ機器", "入替え", "システム更新"],
    "アンケート調査": ["アンケート", "意識調査"],
    "窓口予約": ["窓口予約", "来庁予約"],
    "マイナンバーカード交付予約": ["マイナンバーカード", "交付予約"],
    "写真販売": ["写真販売", "園児の写真"],
    "住民異動窓口": ["住民異動", "窓口受付システム", "転入", "転出"],
}


def seed(apps, schema_editor):
    Topic = apps.get_model("precedents", "Topic")
    for label, keywords in SEED.items():
        Topic.objects.get_or_create(label=label, defaults={
            "slug": slugify(label, allow_unicode=True), "keywords": keywords})


class Migration(migrations.Migration):
    dependencies = [("precedents", "0001_topics_and_precedent_marks")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
