"""Liên hệ: a page built with Wagtail's form builder, protected like the other public forms."""

from django.core.mail import EmailMultiAlternatives
from django.db import models
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.fields import RichTextField

from core.privacy import SharedPrivacyMixin
from feedback.email_templates import render_email
from feedback.form_messages import name_missing_fields
from feedback.spam import protect_form_class


class ContactFormField(AbstractFormField):
    page = ParentalKey("ContactPage", on_delete=models.CASCADE, related_name="form_fields")


class ContactPage(SharedPrivacyMixin, AbstractEmailForm):
    intro = RichTextField(_("lời dẫn"), blank=True, help_text=_("Hiển thị phía trên biểu mẫu liên hệ."))
    thank_you_text = RichTextField(
        _("lời cảm ơn"), blank=True, help_text=_("Hiển thị sau khi người dân gửi liên hệ thành công.")
    )

    content_panels = AbstractEmailForm.content_panels + [
        FormSubmissionsPanel(),
        FieldPanel("intro"),
        InlinePanel("form_fields", label=_("Các trường của biểu mẫu")),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading=_("Thư thông báo"),
        ),
    ]

    parent_page_types = ["site_home.HomePage"]
    subpage_types = []
    max_count = 1
    template = "feedback/contact_page.html"
    landing_page_template = "feedback/contact_page_landing.html"

    class Meta:
        verbose_name = _("trang liên hệ")

    def get_form(self, *args, request=None, **kwargs):
        form_class = protect_form_class(self.get_form_class())
        form_params = self.get_form_parameters()
        form_params.update(kwargs)
        form = form_class(*args, request=request, **form_params)
        name_missing_fields(form.fields)  # the editor's fields, named as on the other public forms
        return form

    def serve(self, request, *args, **kwargs):
        # The form builder's serve() builds the form without the request, which the spam guard needs.
        if request.method == "POST":
            form = self.get_form(request.POST, request.FILES, page=self, user=request.user, request=request)
            if form.is_valid():
                submission = self.process_form_submission(form)
                return self.render_landing_page(request, submission, *args, **kwargs)
        else:
            form = self.get_form(page=self, user=request.user, request=request)
        context = self.get_context(request)
        context["form"] = form
        return TemplateResponse(request, self.get_template(request), context, status=400 if form.errors else 200)

    def process_form_submission(self, form):
        if form.caught_by_honeypot:
            return None
        submission = self.get_submission_class().objects.create(form_data=form.cleaned_data, page=self)
        form.record_submission()
        if self.to_address:
            self.send_mail(form)
        return submission

    def send_mail(self, form):
        addresses = [x.strip() for x in self.to_address.split(",") if x.strip()]
        # Through the site's default mailer, which keeps the message in the outbox for the queue.
        body, html_body = render_email(
            "feedback/emails/contact_submission", {"page": self, "fields": self.render_email_fields(form)}
        )
        message = EmailMultiAlternatives(
            self.subject or str(_("Liên hệ mới từ trang thông tin điện tử")), body, to=addresses
        )
        message.attach_alternative(html_body, "text/html")
        message.send()

    def render_email_fields(self, form):
        # The spam guard has already removed its own fields from cleaned_data.
        return [(form.fields[name].label, value) for name, value in form.cleaned_data.items()]
