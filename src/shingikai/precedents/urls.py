from django.urls import path

from . import views

app_name = "precedents"
urlpatterns = [
    path("topics/", views.topic_review, name="topics"),
    path("topics/<id:pk>/", views.topic_confirm, name="topic_confirm"),
    path("cases/<id:pk>/mark/", views.mark, name="mark"),
]
