from django.urls import path

from . import import_views

app_name = "minutes_import"
urlpatterns = [
    path("", import_views.upload, name="upload"),
    path("p/<int:pk>/", import_views.review, name="review"),
    path("p/<int:pk>/discard/", import_views.discard, name="discard"),
    path("m/<int:meeting_id>/", import_views.meeting, name="meeting"),
    path("m/<int:meeting_id>/delete/", import_views.delete, name="delete"),
    path("m/<int:meeting_id>/<slug:step>/", import_views.change, name="change"),
]
