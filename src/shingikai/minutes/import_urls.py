from django.urls import path

from . import import_views

app_name = "minutes_import"
urlpatterns = [
    path("", import_views.upload, name="upload"),
    path("<str:sha>/", import_views.review, name="review"),
    path("done/<int:meeting_id>/", import_views.done, name="done"),
]
