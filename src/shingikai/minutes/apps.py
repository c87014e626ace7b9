from django.apps import AppConfig


class MinutesConfig(AppConfig):
    name = "shingikai.minutes"
    verbose_name = "会議録"
