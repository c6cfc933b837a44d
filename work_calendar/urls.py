from django.urls import path

from work_calendar import views

app_name = "work_calendar"

urlpatterns = [
    path("lich-cong-tac/", views.week, name="week"),
    path("lich-cong-tac/lich.ics", views.ical_feed, name="ical_feed"),
]
