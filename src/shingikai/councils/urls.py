from django.urls import path

from . import member_views, views

app_name = "councils"
urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("councils/<int:pk>/members/", member_views.members, name="members"),
]
