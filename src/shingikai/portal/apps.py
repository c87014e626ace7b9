from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "shingikai.portal"
    verbose_name = "公開ポータル"
