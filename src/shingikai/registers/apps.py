from django.apps import AppConfig


class RegistersConfig(AppConfig):
    name = "shingikai.registers"
    verbose_name = "台帳 (ファイル簿・保護評価・漏えい等・監査)"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Published files join the public search (registers/search.py).
        from .search import connect

        connect()
        # The 点検結果 and the 要配慮 report as documents (PDF and DOCX), read through access.document_reading.
        from shingikai.documents.render import register_kind

        from .documents import inspection_of, sensitive_report_of
        from .models import Assessment, SensitiveReport

        register_kind("inspection", "第三者点検結果", Assessment, inspection_of)
        register_kind("sensitive", "要配慮個人情報の取扱状況", SensitiveReport, sensitive_report_of)
