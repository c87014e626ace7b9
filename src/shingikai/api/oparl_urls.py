"""/oparl/v1/: the OParl 1.1 read API; clients start at /oparl/v1/system."""
from django.urls import path

from . import oparl_views as views

app_name = "oparl"
urlpatterns = [
    path("", views.root, name="root"),
    path("system", views.system, name="system"),
    path("bodies", views.bodies, name="bodies"),
    path("body/<slug:slug>", views.body, name="body"),
    path("body/<slug:slug>/legislativeTerm/<int:year>", views.term, name="term"),
    path("body/<slug:slug>/<str:kind>", views.body_list, name="body-list"),
    path("organization/<slug:slug>", views.organization, name="organization"),
    path("organization/<slug:slug>/<str:kind>", views.organization_list, name="organization-list"),
    path("person/<id:pk>", views.person, name="person"),
    path("membership/<id:pk>", views.membership, name="membership"),
    path("meeting/<id:pk>", views.meeting, name="meeting"),
    path("location/<id:pk>", views.location, name="location"),
    path("agendaItem/<id:pk>", views.agenda_item, name="agenda-item"),
    path("consultation/<id:pk>", views.consultation, name="consultation"),
    path("paper/<id:pk>", views.paper, name="paper"),
    path("file/<str:kind>/<id:key>", views.file, name="file"),
]
