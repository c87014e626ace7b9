from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "shingikai.api"
    verbose_name = "API"
