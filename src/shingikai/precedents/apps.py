from django.apps import AppConfig


class PrecedentsConfig(AppConfig):
    name = "shingikai.precedents"
    verbose_name = "先例と題目"
    default_auto_field = "django.db.models.BigAutoField"
