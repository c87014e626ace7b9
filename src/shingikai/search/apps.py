from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "shingikai.search"
    verbose_name = "検索"
