from django.urls import path

from . import views

app_name = "councils"
urlpatterns = [
    path("", views.dashboard, name="dashboard"),
]
