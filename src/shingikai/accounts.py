"""A signed-in person's own password: changing it, being made to change a temporary one, and resetting a
forgotten one by e-mail.

- /work/password/: Django's form checks the old password and the configured validators; the session stays
  signed in and API tokens made with the old password stop working (api/tokens.py).
- A temporary password the secretariat issued (councils.actions.issue_temporary_password) is for one sign-in:
  the sign-in marks the session, and PasswordChangeRequiredMiddleware sends every page to /work/password/
  until the person has set their own. The mark lives in the session, so no page pays a query for it.
- /password-reset/…: Django's own reset by e-mail (a one-time link to the login's e-mail address), offered on
  the login page while SHINGIKAI_PASSWORD_RESET_BY_MAIL is on and mail goes out (outgoing_mail.py,
  docs/deploy.md).
"""
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import update_session_auth_hash
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import PasswordChangeForm
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import path, reverse, reverse_lazy

from shingikai.councils import actions
from shingikai.outgoing_mail import mail_goes_out

#: The session's mark of a sign-in with a temporary password.
MUST_CHANGE = "shingikai_must_change_password"


@login_required
def password_change(request):
    form = PasswordChangeForm(request.user, request.POST or None)
    # Django names it 「元のパスワード」; the page (and the 仮パスワード's instructions) call it 「今のパスワード」.
    form.fields["old_password"].label = "今のパスワード"
    must_change = bool(request.session.get(MUST_CHANGE))
    if request.method == "POST":
        if form.is_valid():
            user = form.save()
            actions.password_changed(user)
            update_session_auth_hash(request, user)
            request.session.pop(MUST_CHANGE, None)
            messages.success(request, "パスワードを変更しました。")
            return redirect("councils:dashboard")
        return render(request, "registration/password_change.html", {"form": form, "must_change": must_change},
                      status=400)
    return render(request, "registration/password_change.html", {"form": form, "must_change": must_change})


def mark_temporary_sign_in(sender, request, user, **kwargs):
    """On sign-in (the user_logged_in signal): a person still holding a temporary password must change it."""
    if request is not None and hasattr(request, "session") and actions.must_change_password(user):
        request.session[MUST_CHANGE] = True


class PasswordChangeRequiredMiddleware:
    """Every page but the password change itself (and signing out) goes to /work/password/ while the session
    signed in with a temporary password."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        session = getattr(request, "session", None)
        if session is not None and session.get(MUST_CHANGE) and request.user.is_authenticated \
                and not _free(request.path):
            return redirect("password_change")
        return self.get_response(request)


def _free(path_):
    return path_ in (reverse("password_change"), reverse("logout"), reverse("login")) \
        or path_.startswith((settings.STATIC_URL, "/favicon.ico"))


# --- A forgotten password reset by e-mail (Django's views, Japanese templates) ---

def reset_by_mail():
    return settings.SHINGIKAI_PASSWORD_RESET_BY_MAIL and mail_goes_out()


class _ByMail:
    """The reset pages exist only while the reset by e-mail is offered."""

    def dispatch(self, request, *args, **kwargs):
        if not reset_by_mail():
            raise Http404
        return super().dispatch(request, *args, **kwargs)


class LoginView(auth_views.LoginView):
    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "reset_by_mail": reset_by_mail()}


class PasswordResetView(_ByMail, auth_views.PasswordResetView):
    email_template_name = "registration/password_reset_email.txt"
    subject_template_name = "registration/password_reset_subject.txt"
    success_url = reverse_lazy("password_reset_done")


class PasswordResetDoneView(_ByMail, auth_views.PasswordResetDoneView):
    pass


class PasswordResetConfirmView(_ByMail, auth_views.PasswordResetConfirmView):
    success_url = reverse_lazy("password_reset_complete")

    def form_valid(self, form):
        response = super().form_valid(form)
        # A password of their own: a temporary one issued before no longer waits to be changed.
        actions.password_changed(form.user)
        return response


class PasswordResetCompleteView(_ByMail, auth_views.PasswordResetCompleteView):
    pass


reset_urls = [
    path("password-reset/", PasswordResetView.as_view(), name="password_reset"),
    path("password-reset/sent/", PasswordResetDoneView.as_view(), name="password_reset_done"),
    path("password-reset/<uidb64>/<token>/", PasswordResetConfirmView.as_view(), name="password_reset_confirm"),
    path("password-reset/done/", PasswordResetCompleteView.as_view(), name="password_reset_complete"),
]
