from django.urls import path

from . import views

app_name = "registers"
urlpatterns = [
    path("", views.index, name="index"),
    path("files/new/", views.file_new, name="file_new"),
    path("files/import/", views.file_import_page, name="file_import"),
    path("files/<id:pk>/", views.file_detail, name="file"),
    path("files/<id:pk>/edit/", views.file_edit, name="file_edit"),
    path("files/<id:pk>/<slug:verb>/", views.file_action, name="file_action"),
    path("assessments/new/", views.assessment_new, name="assessment_new"),
    path("assessments/<id:pk>/", views.assessment_detail, name="assessment"),
    path("assessments/<id:pk>/documents/<id:document_pk>/", views.assessment_document, name="assessment_document"),
    path("assessments/<id:pk>/<slug:verb>/", views.assessment_action, name="assessment_action"),
    path("incidents/new/", views.incident_new, name="incident_new"),
    path("incidents/<id:pk>/", views.incident_detail, name="incident"),
    path("incidents/<id:pk>/edit/", views.incident_edit, name="incident_edit"),
    path("incidents/<id:pk>/<slug:verb>/", views.incident_action, name="incident_action"),
    path("audits/new/", views.audit_new, name="audit_new"),
    path("audits/<id:pk>/", views.audit_detail, name="audit"),
    path("audits/<id:pk>/<slug:verb>/", views.audit_action, name="audit_action"),
    path("reports/new/", views.sensitive_report_new, name="report_new"),
    path("reports/<id:pk>/", views.sensitive_report, name="report"),
]
