from django.urls import path

from . import correction_views, views

app_name = "meetings"
urlpatterns = [
    path("", views.meeting_list, name="list"),
    path("new/", views.meeting_new, name="new"),
    path("m/<id:pk>/", views.meeting_detail, name="detail"),
    path("m/<id:pk>/edit/", correction_views.meeting_edit, name="edit"),
    path("m/<id:pk>/agenda/", views.agenda_add, name="agenda_add"),
    path("m/<id:pk>/open/", views.meeting_open, name="open"),
    path("m/<id:pk>/turns/", views.meeting_turns, name="turns"),
    path("m/<id:pk>/turns/paste/", views.turns_transcript, name="turns_transcript"),
    path("m/<id:pk>/turns/<id:turn_pk>/", correction_views.turn_edit, name="turn_edit"),
    path("m/<id:pk>/convene/", correction_views.convene, name="convene"),
    path("m/<id:pk>/attendance/", correction_views.attendance, name="attendance"),
    path("m/<id:pk>/replies/", correction_views.attendance_replies, name="replies"),
    path("m/<id:pk>/convocation/", correction_views.convocation_answer, name="convocation_answer"),
    path("m/<id:pk>/items/<id:item_pk>/", correction_views.agenda_item_edit, name="agenda_item_edit"),
    path("m/<id:pk>/items/<id:item_pk>/decision/", views.decision_record, name="decision"),
    path("m/<id:pk>/items/<id:item_pk>/decision/edit/", correction_views.decision_edit, name="decision_edit"),
    path("m/<id:pk>/items/<id:item_pk>/follow-ups/", views.follow_up_add, name="follow_up_add"),
    path("m/<id:pk>/items/<id:item_pk>/questions/", views.question_in_minutes, name="question_in_minutes"),
    path("m/<id:pk>/items/<id:item_pk>/provisional-chair/", views.provisional_chair, name="provisional_chair"),
    path("m/<id:pk>/presiding/", views.presiding, name="presiding"),
    path("m/<id:pk>/close/", views.meeting_close, name="close"),
    path("m/<id:pk>/cancel/", views.meeting_cancel, name="cancel"),
    path("m/<id:pk>/materials/", views.materials, name="materials"),
    path("m/<id:pk>/materials.pdf", correction_views.materials_pdf, name="materials_pdf"),
    path("followups/", views.follow_up_board, name="followups"),
    path("followups/<id:pk>/", views.follow_up_detail, name="followup"),
    path("followups/<id:pk>/correct/", correction_views.follow_up_correct, name="followup_correct"),
    path("followups/<id:pk>/evidence/", views.follow_up_evidence, name="followup_evidence"),
    path("answers/", views.answer_list, name="answers"),
    path("answers/new/", views.answer_new, name="answer_new"),
    path("answers/<id:pk>/", views.answer_detail, name="answer"),
    path("calendar/<slug:slug>.ics", views.calendar_feed, name="calendar"),
]
