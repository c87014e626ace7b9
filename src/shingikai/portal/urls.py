from django.urls import path

from . import site_views, views

app_name = "portal"
urlpatterns = [
    path("", views.home, name="home"),
    path("robots.txt", site_views.robots, name="robots"),
    path("sitemap.xml", site_views.sitemap, name="sitemap"),
    path("feed.xml", site_views.feed, name="feed"),
    path("councils/<slug:slug>/feed.xml", site_views.feed, name="council_feed"),
    path("meetings.ics", site_views.calendar, name="calendar"),
    path("councils/<slug:slug>/meetings.ics", site_views.calendar, name="council_calendar"),
    path("accessibility/", site_views.accessibility, name="accessibility"),
    path("councils/<slug:slug>/", views.council, name="council"),
    path("meetings/<id:pk>/", views.meeting, name="meeting"),
    path("meetings/<id:pk>/materials.pdf", views.materials, name="materials"),
    path("cases/", views.case_register, name="cases"),
    path("cases/<id:pk>/", views.case_detail, name="case"),
    path("cases/<id:pk>/attachments/<id:attachment_pk>/", views.attachment, name="attachment"),
    path("answers/<id:pk>/", views.answer, name="answer"),
    path("precedents/", views.precedent_index, name="precedents"),
    path("precedents/<str:slug>/", views.precedent_topic, name="precedent_topic"),
]
