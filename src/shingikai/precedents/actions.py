"""Actions on precedents: confirm an imported item's topic, pin or dismiss a precedent for a case."""
from django.db import transaction

from shingikai import access, publicity
from shingikai.cases.actions import touch, update_case
from shingikai.cases.models import Case
from shingikai.errors import ActionRefused
from shingikai.history import delete_by, save_by

from .models import PrecedentMark, Topic
from .topics import learned_keywords, topic_slug


@transaction.atomic
def confirm_topic(case, label, *, by=None, text=""):
    """Give an imported item its topic. A new label becomes a topic; `text` (the item's subject
    text) teaches the topic's keywords, so the next suggestion for a similar item finds it."""
    label = " ".join((label or "").split())
    if not label:
        raise ActionRefused("題目を入力してください。")
    if len(label) > 100:
        raise ActionRefused("題目は100文字以内で入力してください。")
    slug = topic_slug(label)
    if not slug:
        raise ActionRefused("題目には文字を含めてください (記号だけの題目は使えません)。")
    case = Case.objects.select_for_update().get(pk=case.pk)
    if not case.imported:
        raise ActionRefused("題目の確認は取り込んだ案件だけが対象です。担当課の案件は案件の編集画面で主題を入力してください。")
    if by is not None and not access.secretariat_council_ids(by) and not getattr(by, "is_superuser", False):
        raise ActionRefused("題目の確認は事務局のみが行えます。")
    topic = Topic.objects.filter(label=label).first()
    if topic is None:
        if Topic.objects.filter(slug=slug).exists():
            raise ActionRefused(f"「{label}」は既存の題目と URL が重なります。既存の題目を選んでください。")
        topic = Topic(label=label, slug=slug, keywords=[])
    topic.keywords = learned_keywords(topic.keywords, text)
    save_by(topic, by)
    if case.topic != label:
        update_case(case, by=by, topic=label)
    return topic


def _check_mark(case, precedent, by):
    if by is not None and not access.is_secretariat(by, case.council) and not getattr(by, "is_superuser", False):
        raise ActionRefused("先例の固定・除外は事務局のみが行えます。")
    if precedent.pk == case.pk or precedent.council_id == case.council_id:
        raise ActionRefused("同じ審議会の案件は先例にできません。")
    if not publicity.cases().filter(pk=precedent.pk).exists():
        raise ActionRefused("公開されていない案件は先例にできません。")


@transaction.atomic
def mark_precedent(case, precedent, kind, *, by=None, note=""):
    """Pin (shown first, to members too) or dismiss (never shown) `precedent` for `case`."""
    if kind not in PrecedentMark.Kind.values:
        raise ActionRefused("操作の種類が正しくありません。")
    _check_mark(case, precedent, by)
    mark = PrecedentMark.objects.filter(case=case, precedent=precedent).first() or PrecedentMark(
        case=case, precedent=precedent)
    mark.kind, mark.note = kind, (note or "").strip()[:300]
    mark.marked_by = by if getattr(by, "is_authenticated", False) else None
    touch(case)  # the case's precedents are kept under its save time (search/precedents.py)
    return save_by(mark, by)


@transaction.atomic
def clear_precedent_mark(case, precedent, *, by=None):
    """Undo a pin or a dismissal; the history keeps that it was there."""
    if by is not None and not access.is_secretariat(by, case.council) and not getattr(by, "is_superuser", False):
        raise ActionRefused("先例の固定・除外は事務局のみが行えます。")
    mark = PrecedentMark.objects.filter(case=case, precedent=precedent).first()
    if mark is None:
        raise ActionRefused("この先例は固定も除外もされていません。")
    delete_by(mark, by)
    touch(case)
