from django.apps import AppConfig


class DisclosureConfig(AppConfig):
    name = "shingikai.disclosure"
    verbose_name = "開示請求・審査請求"
