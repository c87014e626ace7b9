from django.apps import AppConfig


class OpsConfig(AppConfig):
    name = "shingikai.ops"
    verbose_name = "運用"
