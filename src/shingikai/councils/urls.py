from django.urls import path

from . import member_views, views

app_name = "councils"
urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("councils/<id:pk>/members/", member_views.members, name="members"),
]
