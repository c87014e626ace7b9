from django.apps import AppConfig


class MeetingsConfig(AppConfig):
    name = "shingikai.meetings"
    verbose_name = "会議"
