"""The 閲覧・出力の記録 (docs/audit.md): who read what is closed (非公開) or personal, and who exported a register.

The views that serve such content call `record` once; it writes one row (ops.AccessRecord) and nothing else. A
person not signed in is not recorded: what reaches them is public. The rows and the sign-in rows (django-axes')
are pruned by the daily `send-notices` after the periods set in settings (`prune`).
"""
import datetime as dt
import logging

from django.conf import settings
from django.db import DatabaseError
from django.utils import timezone

from shingikai import access

logger = logging.getLogger(__name__)

READ, DOWNLOAD, EXPORT = "read", "download", "export"


def display_name(user):
    """The name the council knows a user by (staff or member row, loaded with the signed-in user), else the login."""
    staff, person = access.staff_of(user), access.person_of(user)
    name = staff.name if staff else person.name if person else ""
    return name or user.get_username()


def owner_of(obj):
    """(council id, municipality id) a record belongs to, read from its own columns or from the relations the access
    check has already loaded (a follow-up's meeting, an appeal's request), so that no query is made for it."""
    council_id = getattr(obj, "council_id", None)
    if council_id is None:
        for path in (("decision", "agenda_item", "meeting"), ("request",), ("department",)):
            related = obj
            for name in path:
                related = related if related is None else getattr(related, name, None)
            if related is not None:
                council_id = getattr(related, "council_id", None)
                municipality_id = getattr(related, "municipality_id", None)
                if council_id or municipality_id:
                    return council_id, municipality_id
    return council_id, getattr(obj, "municipality_id", None)


def record(request, action, what, label, obj=None, *, council_id=None, municipality_id=None):
    """Record that the signed-in person read (READ), downloaded (DOWNLOAD) or exported (EXPORT) `label`, a `what`
    (「会議資料」「諮問書」…), about `obj`. A failed write is logged and never breaks the page it records.

    The recorded views are GET requests, which Django runs in autocommit: a failed INSERT leaves no transaction
    behind to roll back, so no savepoint (two more statements on every recorded page) is needed."""
    user = getattr(request, "user", None)
    if not getattr(user, "is_authenticated", False):
        return None
    if obj is not None and council_id is None and municipality_id is None:
        council_id, municipality_id = owner_of(obj)
    return _write(user=user, user_name=display_name(user), username=user.get_username(), action=action,
                  channel=channel_of(request), what=what, label=label, obj=obj, path=request.get_full_path(),
                  address=client_address(request), council_id=council_id, municipality_id=municipality_id)


def export_conditions(request):
    """An export's filters as the person gave them, for its record's label: 「q=防犯カメラ」, where the query string
    would leave the secretariat reading percent-escapes; 「すべて」 without any."""
    return " ".join(f"{key}={_as_read(key, value)}" for key, values in request.GET.lists() for value in values) \
        or "すべて"


def _as_read(key, value):
    """A filter's value as the records show every date: a 年度 (fiscal_year=2024) or a day (2025-06-01) in 和暦."""
    from shingikai.jp.wareki import fiscal_year_label, to_wareki

    try:
        if key in ("fiscal_year", "fy") and value.strip().isdigit():
            return fiscal_year_label(int(value))
        return to_wareki(dt.date.fromisoformat(value.strip()[:10])) if len(value.strip()) >= 10 else value
    except ValueError:
        return value


def record_read(request, what, obj, label=None):
    """Record that the signed-in person opened one record (`what` its kind, 「漏えい等事案」), under its own name
    unless `label` says more (「… (修正画面)」), and its id and owner from the record itself."""
    return record(request, READ, what, str(obj) if label is None else label, obj)


#: Set on the request by the API's bearer-token check (api/tokens.py).
TOKEN_MARK = "_shingikai_token_user"


def channel_of(request):
    """How the content left: a page, the API in a signed-in browser, or the API with a bearer token."""
    from shingikai.ops.models import AccessRecord

    if getattr(request, TOKEN_MARK, False):
        return AccessRecord.Channel.TOKEN
    if request.path_info.startswith("/api/"):
        return AccessRecord.Channel.API
    return AccessRecord.Channel.WEB


def record_command(action, what, label, obj=None, *, command, council_id=None, municipality_id=None):
    """Record a command run on the server (`shingikai document`) that wrote out what a page would record: the
    person is the server's login that ran it (no user of the site signs in to a command), the URL its arguments."""
    from shingikai.ops.models import AccessRecord

    login = server_login() or "(不明)"  # the record is kept all the same
    if obj is not None and council_id is None and municipality_id is None:
        council_id, municipality_id = owner_of(obj)
    return _write(user=None, user_name=f"サーバーのログイン {login}", username=login, action=action,
                  channel=AccessRecord.Channel.COMMAND, what=what, label=label, obj=obj, path=command, address=None,
                  council_id=council_id, municipality_id=municipality_id)


def server_login():
    """The server's login running a command (a restore, a document written out), or None where the environment
    names none (a container's uid)."""
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return None


def _write(*, user, user_name, username, action, channel, what, label, obj, path, address, council_id,
           municipality_id):
    from shingikai.ops.models import AccessRecord

    try:
        return AccessRecord.objects.create(
            user=user, user_name=user_name[:150], username=username[:150], action=action, channel=channel,
            what=what[:40], label=str(label)[:300], object_id=getattr(obj, "pk", None), path=path[:500],
            address=address, council_id=council_id, municipality_id=municipality_id)
    except (DatabaseError, ValueError) as error:
        logger.warning("閲覧・出力の記録を書き込めませんでした (%s %s %s): %s", username, what, label, error)
        return None


def client_address(request):
    """The address as the sign-in records have it (django-axes, behind AXES_PROXY_COUNT proxies)."""
    from axes.helpers import get_client_ip_address

    try:
        return get_client_ip_address(request) or None
    except Exception:  # an unreadable header must not cost the page
        return None


def prune(now=None):
    """Remove access records and sign-in records older than their periods; (access rows, sign-in rows) removed."""
    from axes.models import AccessFailureLog, AccessLog

    from shingikai.ops.models import AccessRecord

    now = now or timezone.now()
    access_before = now - dt.timedelta(days=settings.SHINGIKAI_ACCESS_RECORD_DAYS)
    sign_in_before = now - dt.timedelta(days=settings.SHINGIKAI_SIGN_IN_RECORD_DAYS)
    records = AccessRecord.objects.filter(at__lt=access_before).delete()[0]
    _prune_subject_searches(now, access_before)
    sign_ins = (AccessLog.objects.filter(attempt_time__lt=sign_in_before).delete()[0]
                + AccessFailureLog.objects.filter(attempt_time__lt=sign_in_before).delete()[0])
    return records, sign_ins


def _prune_subject_searches(now, access_before):
    """本人の記録を探す's log: the names searched for are emptied after their shorter period; the rows (who,
    when, why, how many hits) go with the access records that point to them."""
    from shingikai.disclosure.models import SubjectSearch

    name_before = now - dt.timedelta(days=settings.SHINGIKAI_SUBJECT_SEARCH_NAME_DAYS)
    SubjectSearch.objects.filter(searched_at__lt=name_before).exclude(name="").update(name="")
    SubjectSearch.objects.filter(searched_at__lt=access_before).delete()
