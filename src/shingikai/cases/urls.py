from django.urls import path

from . import views

app_name = "cases"
urlpatterns = [
    path("", views.case_list, name="list"),
    path("new/", views.case_new, name="new"),
    path("checklist-preview/", views.checklist_preview, name="checklist_preview"),
    path("<id:pk>/", views.case_detail, name="detail"),
    path("<id:pk>/edit/", views.case_edit, name="edit"),
    path("<id:pk>/submit/", views.case_submit, name="submit"),
    path("<id:pk>/accept/", views.case_accept, name="accept"),
    path("<id:pk>/publish/", views.case_publish, name="publish"),
    path("<id:pk>/unpublish/", views.case_unpublish, name="unpublish"),
    path("<id:pk>/return/", views.case_return, name="return"),
    path("<id:pk>/transfer/", views.case_transfer, name="transfer"),
    path("<id:pk>/recall/", views.case_recall, name="recall"),
    path("<id:pk>/past-answer/", views.case_past_answer, name="past_answer"),
    path("<id:pk>/withdraw/", views.case_withdraw, name="withdraw"),
    path("<id:pk>/recusals/", views.recusal_add, name="recusal_add"),
    path("<id:pk>/recusals/<id:recusal_pk>/withdraw/", views.recusal_withdraw, name="recusal_withdraw"),
    path("<id:pk>/withdraw/undo/", views.case_undo_withdrawal, name="undo_withdrawal"),
    path("<id:pk>/checklist/<slug:code>/", views.checklist_answer, name="checklist_answer"),
    path("<id:pk>/attachments/", views.attachment_add, name="attachment_add"),
    path("<id:pk>/attachments/<id:attachment_pk>/", views.attachment_download, name="attachment"),
    path("<id:pk>/attachments/<id:attachment_pk>/remove/", views.attachment_remove, name="attachment_remove"),
    path("<id:pk>/attachments/<id:attachment_pk>/erase/", views.attachment_erase, name="attachment_erase"),
    path("<id:pk>/questions/", views.question_ask, name="question_ask"),
    path("<id:pk>/questions/<id:question_pk>/answer/", views.question_answer, name="question_answer"),
    path("<id:pk>/shimonsho/", views.consultation_document, name="shimonsho"),
]
