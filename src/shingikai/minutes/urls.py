from django.urls import path

from . import views

app_name = "minutes"
urlpatterns = [
    path("", views.minutes_list, name="list"),
    path("<int:pk>/", views.minutes_detail, name="detail"),
    path("<int:pk>/edit/", views.minutes_edit, name="edit"),
    path("<int:pk>/signers/", views.minutes_signers, name="signers"),
    path("<int:pk>/confirm/", views.minutes_confirm, name="confirm"),
    path("<int:pk>/check/", views.minutes_check, name="check"),
    path("<int:pk>/checks/<int:person_pk>/dealt-with/", views.minutes_comment_dealt_with, name="comment_dealt_with"),
    path("<int:pk>/request-checks/", views.minutes_request_checks, name="request_checks"),
    path("<int:pk>/sign/<int:person_pk>/", views.minutes_sign, name="sign"),
    path("<int:pk>/sign/<int:person_pk>/withdraw/", views.minutes_withdraw_signature, name="withdraw_signature"),
    path("<int:pk>/sign/<int:person_pk>/unable/", views.minutes_replace_signer, name="replace_signer"),
    path("<int:pk>/sign/<int:person_pk>/unable/undo/", views.minutes_undo_replace_signer, name="undo_replace_signer"),
    path("<int:pk>/publish/", views.minutes_publish, name="publish"),
    path("<int:pk>/amend/", views.minutes_amend, name="amend"),
]
