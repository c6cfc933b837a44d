from django.urls import path

from feedback import views

app_name = "feedback"

urlpatterns = [
    path("hoi-dap/", views.question_list, name="question_list"),
    path("hoi-dap/dat-cau-hoi/", views.ask_question, name="ask_question"),
    path("hoi-dap/da-gui/", views.question_sent, name="question_sent"),
    path("hoi-dap/tra-cuu/", views.track_question, name="track_question"),
    path("hoi-dap/<int:pk>-<slug:slug>/", views.question_detail, name="question_detail"),
    path("hoi-dap/<int:pk>/", views.question_detail, name="question_detail_short"),
    path("hoi-dap/<int:pk>/danh-gia/", views.rate_question, name="rate_question"),
    path("phan-hoi/", views.submit_feedback, name="submit_feedback"),
    path("danh-gia-thong-tin/", views.rate_content, name="rate_content"),
    path("ma-kiem-tra/<str:key>/am-thanh.wav", views.captcha_audio, name="captcha_audio"),
]
