from django.urls import path

from . import public_views

app_name = "registers_public"
urlpatterns = [
    path("files/", public_views.file_list, name="files"),
    path("files.csv", public_views.file_csv, name="files_csv"),
    path("files/<id:pk>/", public_views.file_detail, name="file"),
]
