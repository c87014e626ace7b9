from django.apps import AppConfig


class DisclosureConfig(AppConfig):
    name = "shingikai.disclosure"
    verbose_name = "開示請求・審査請求"

    def ready(self):
        # Published 答申 join the public search (disclosure/indexing.py).
        from .indexing import connect

        connect()
