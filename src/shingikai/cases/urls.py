from django.urls import path

from . import views

app_name = "cases"
urlpatterns = [
    path("", views.case_list, name="list"),
    path("new/", views.case_new, name="new"),
    path("checklist-preview/", views.checklist_preview, name="checklist_preview"),
    path("<int:pk>/", views.case_detail, name="detail"),
    path("<int:pk>/edit/", views.case_edit, name="edit"),
    path("<int:pk>/submit/", views.case_submit, name="submit"),
    path("<int:pk>/accept/", views.case_accept, name="accept"),
    path("<int:pk>/return/", views.case_return, name="return"),
    path("<int:pk>/withdraw/", views.case_withdraw, name="withdraw"),
    path("<int:pk>/checklist/<slug:code>/", views.checklist_answer, name="checklist_answer"),
    path("<int:pk>/attachments/", views.attachment_add, name="attachment_add"),
    path("<int:pk>/attachments/<int:attachment_pk>/", views.attachment_download, name="attachment"),
    path("<int:pk>/attachments/<int:attachment_pk>/remove/", views.attachment_remove, name="attachment_remove"),
    path("<int:pk>/questions/", views.question_ask, name="question_ask"),
    path("<int:pk>/questions/<int:question_pk>/answer/", views.question_answer, name="question_answer"),
    path("<int:pk>/shimonsho/", views.consultation_document, name="shimonsho"),
]
