from django.urls import path

from . import import_views, register_views, subject_views, views

app_name = "disclosure"

urlpatterns = [
    path("register/", views.register, name="register"),
    path("register/new/", views.new_request, name="new"),
    path("register.csv", register_views.register_download, name="register_csv"),
    path("register/import/", register_views.import_page, name="register_import"),
    path("subjects/", subject_views.subject_search, name="subjects"),
    path("<slug:city>/retention/", views.retention_page, name="retention"),
    path("register/<id:pk>/", views.request_detail, name="request"),
    path("register/<id:pk>/opinion/<id:opinion_pk>/", views.opinion_step, name="opinion"),
    path("register/<id:pk>/<slug:step>/", views.request_step, name="request_step"),
    path("appeals/<id:pk>/", views.appeal_detail, name="appeal"),
    path("appeals/<id:pk>/answer.<str:fmt>", views.appeal_answer_document, name="appeal_answer"),
    path("appeals/<id:pk>/events/<id:event_pk>/remove/", views.appeal_event_remove, name="appeal_event_remove"),
    path("appeals/<id:pk>/deadlines/<id:deadline_pk>/remove/", views.appeal_deadline_remove,
         name="appeal_deadline_remove"),
    path("appeals/<id:pk>/masked-terms/", views.appeal_masked_terms, name="appeal_masked_terms"),
    path("appeals/<id:pk>/<slug:step>/", views.appeal_step, name="appeal_step"),
    path("agenda/<id:meeting_pk>/report/", views.table_report, name="table_report"),
    path("imports/", import_views.upload, name="imports"),
    path("imports/<id:pk>/", import_views.imported, name="imported"),
    path("imports/<id:pk>/<slug:step>/", import_views.change, name="imported_step"),
    path("answers/", views.published_answers, name="answers"),
    path("answers/imported/<id:pk>/", views.published_imported_answer, name="imported_answer"),
    path("answers/<id:pk>/", views.published_answer, name="answer"),
    path("answers/<id:pk>/answer.<str:fmt>", views.published_answer, name="answer_file"),
    path("<slug:city>/report/", views.report_index, name="report_index"),
    path("<slug:city>/report/<int:fy>/", views.report_page, name="report"),
    path("<slug:city>/report/<int:fy>/operations.<str:fmt>", views.report_file, name="report_file"),
]
