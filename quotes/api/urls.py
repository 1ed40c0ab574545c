from django.urls import path
from rest_framework.routers import DefaultRouter

from quotes.api import views

router = DefaultRouter()
router.register("speakers", views.SpeakerViewSet)
router.register("quotes", views.QuoteViewSet)
router.register("claims", views.ClaimViewSet)
router.register("sources", views.SourceViewSet)
router.register("jobs", views.JobViewSet, basename="job")

urlpatterns = [
    path("auth/token/", views.TokenView.as_view(), name="token"),
    *router.urls,
]
