from django.urls import path

from . import department_views, member_views, record_views, settings_views, views

app_name = "councils"
urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("councils/<id:pk>/members/", member_views.members, name="members"),
    path("councils/<id:pk>/settings/", settings_views.council_settings, name="settings"),
    path("councils/<id:pk>/disclosure-rules/", settings_views.disclosure_rules, name="disclosure_rules"),
    path("municipalities/<id:pk>/settings/", settings_views.municipality_settings, name="municipality_settings"),
    path("councils/<id:pk>/departments/", department_views.departments, name="departments"),
    path("councils/<id:pk>/access-records/", record_views.access_records, name="access_records"),
    path("councils/<id:pk>/sign-ins/", record_views.sign_ins, name="sign_ins"),
]
