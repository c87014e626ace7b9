"""One create per form submission: a replayed POST (back and resubmit, a reload that re-posts, a proxy's
retry, a second click on a slow line) is answered with what the first one created.

Every create form carries {% submission_token %}, a fresh random token. The view is wrapped in
@one_submission: the first POST with a token runs the view in one transaction and, when it ends in a
redirect (the record was made), records the token with the redirect's target in that same transaction,
so a refused or invalid create leaves the token unused for the corrected resubmission. A later POST with
the same token from the same user runs nothing and is sent to that target. A POST without a token (an
old form, a test, a script) behaves as before; a token is only looked up with its own user, so someone
else's token is just an unknown one.
"""
import datetime as dt
import re
import secrets
from functools import wraps

from django import template
from django.contrib import messages
from django.db import IntegrityError, transaction
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.html import format_html
from django.utils.http import url_has_allowed_host_and_scheme

FIELD = "submission"
ALREADY_DONE = "この送信はすでに処理されています。"
# Long enough for any replay (a retry, a reload after lunch); pruned after that.
KEPT_FOR = dt.timedelta(days=1)
_SHAPE = re.compile(r"[A-Za-z0-9_-]{16,64}")

register = template.Library()


@register.simple_tag
def submission_token():
    """The hidden field of a create form. Fresh on every rendering: a page with several create forms (an
    agenda's items each with their decision form) must not share one token between them."""
    return format_html('<input type="hidden" name="{}" value="{}">', FIELD, secrets.token_urlsafe(16))


def posted_token(request):
    """The posted token, or None when absent or not shaped like one of ours (then nothing is remembered)."""
    token = request.POST.get(FIELD, "")
    return token if _SHAPE.fullmatch(token) else None


def prune(user=None):
    """Forget tokens older than KEPT_FOR (one user's when `user` is given); the number removed."""
    from shingikai.ops.models import UsedSubmission

    old = UsedSubmission.objects.filter(created_at__lt=timezone.now() - KEPT_FOR)
    if user is not None:
        old = old.filter(user=user)
    return old.delete()[0]


class _Replayed(Exception):
    """Another request with the same token committed first; undo this one's work."""


def _earlier(user, token):
    from shingikai.ops.models import UsedSubmission

    return UsedSubmission.objects.filter(user=user, token=token).values_list("url", flat=True).first()


def _already_done(request, url):
    # Whatever the undone run queued ("…を追加しました") did not happen; say what did.
    for _ in messages.get_messages(request):
        pass
    messages.info(request, ALREADY_DONE)
    return redirect(url)


def one_submission(view):
    """Run a create view at most once per submission token (see the module's docstring)."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        from shingikai.ops.models import UsedSubmission

        token = posted_token(request) if request.method == "POST" else None
        user = request.user
        if token is None or not user.is_authenticated:
            return view(request, *args, **kwargs)
        url = _earlier(user, token)
        if url is not None:
            return _already_done(request, url)
        try:
            with transaction.atomic():
                response = view(request, *args, **kwargs)
                target = response.get("Location", "") if response.status_code in (301, 302, 303) else ""
                if target and len(target) <= 2000 and url_has_allowed_host_and_scheme(
                        target, allowed_hosts={request.get_host()}):
                    try:
                        # Its own savepoint: on PostgreSQL a concurrent twin's insert waits here for the
                        # first to commit, then fails on the unique constraint.
                        with transaction.atomic():
                            UsedSubmission.objects.create(user=user, token=token, url=target)
                    except IntegrityError:
                        raise _Replayed from None
                    prune(user)
        except _Replayed:
            # The twin committed before this one's insert failed, so its row is there to read.
            return _already_done(request, _earlier(user, token) or request.path)
        return response

    return wrapped
