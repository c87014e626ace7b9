from django.apps import AppConfig


class CouncilsConfig(AppConfig):
    name = "shingikai.councils"
    verbose_name = "審議会"
