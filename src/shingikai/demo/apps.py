from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "shingikai.demo"
    verbose_name = "デモ"
