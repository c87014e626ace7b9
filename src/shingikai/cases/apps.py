from django.apps import AppConfig


class CasesConfig(AppConfig):
    name = "shingikai.cases"
    verbose_name = "案件"
