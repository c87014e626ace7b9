from django.apps import AppConfig


class RegistersConfig(AppConfig):
    name = "shingikai.registers"
    verbose_name = "台帳 (ファイル簿・保護評価・漏えい等・監査)"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Published files join the public search (registers/search.py).
        from .search import connect

        connect()
