from django.apps import AppConfig


class DocumentsConfig(AppConfig):
    name = "shingikai.documents"
    verbose_name = "公文書"
