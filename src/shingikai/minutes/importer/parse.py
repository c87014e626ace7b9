"""Steps 4–6 of the pipeline: turns, items and outcomes, assembled into the DESIGN §3.1 object.

    decode → clean → header / body structure → turns → items → outcomes

Nothing is guessed: a value the text does not state is ``None`` (or ``[]``), an outcome the
text does not state is 不明.
"""
from __future__ import annotations

import bisect
import dataclasses
import datetime
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from shingikai.jp.wareki import parse_date, parse_time_range

from .beside_list import beside_list_apart_text
from .columns import columns_apart_text
from .clean import BREADCRUMB, TOP_CRUMBS
from . import chair as chairs
from . import header as hdr
from . import council_names
from . import designated_wards, public_safety_commission
from .box_clock_cells import clocks_in_box_cells
from .business_entry_title import is_business_entry
from .planned_span import close_only_planned
from .merged_district import town_merged_away
from .residents_federation import is_residents_federation
from .sitting_word_title import SITTING_WORD, body_of_sitting
from . import joint_bodies
from . import national_venue
from . import municipality as place_names
from . import roster
from . import roster_fallback
from .roster_fallback import roster_by_shape
from .roster_groups import body_counted
from .mark_legend import legend_marks_named
from .abbreviation_legend import legend_abbreviations_named
from .spelt_marks import spelt_marks_written
from .none_closes_field import none_closes_field
from .section_chair_spoken import section_chair_spoken
from .label_inside_roster import roster_head_before_label
from .spoken_introductions import members_introduced
from .number_first_bills import NUMBER_FIRST_BILL, bill_number
from .paired_roster_rows import paired_roster_rows_read
from .dashed_sub_entries import dashed_cases_block
from .inline_split_labels import inline_split_labels_joined
from .split_name_lines import split_names_joined
from .surname_then_full_name import surnames_made_whole
from .marked_office_rows import marked_office_rows
from .entries_naming_no_one import board_word, entries_kept, offices_only
from .place_column_roster import place_column_dropped
from .bulleted_role_labels import bulleted_roles_marked
from .month_session_under_year import month_session_under_year
from .wrapped_member_word import member_word_closed
from .stage_note_label import stage_note_label_apart
from .lone_step_number import lone_step_numbers_joined
from .gapless_bills import gapless_bills_apart
from .evaluated_projects import evaluated_projects
from .sole_explainer import SOLE_EXPLAINER_CONFIDENCE, sole_explaining_unit
from .consulting_party import consulted_item_marked
from .shared_document_chrome import shared_document_chrome_dropped
from .pdf_wrap_spaces import pdf_wrap_spaces_closed
from .case_sheets import case_sheets_read
from .gapped_roster_rows import gapped_roster_rows_read
from .seat_pairs import seat_pairs_listed
from .marked_bills_apart import marked_bills_apart
from .masked_names import masked
from .page_navigation import navigation_dropped
from .slashed_dates import slashed_dates_written
from .session_month_title import session_month_label
from .teaser_caption import teaser_caption_parted
from .group_heading_after_list import group_headings_apart
from .decision_summary import summary_decisions_applied
from .paired_field_label import paired_field_label_parted
from .clock_and_room_label import clock_and_room_parted
from .weekday_checked_dates import misprinted_date_after_label, weekday_checked_date
from .unmarked_count import count_apart
from .closing_clock_in_date import closing_clock_apart
from .body_in_own_rules import body_in_own_rules
from .lone_dated_span import date_of_lone_span
from .count_before_body import count_before_body
from .opened_then_room import room_across_from_opening
from .room_after_dated_clocks import room_after_dated_clocks
from .convened_clock import convened_by_notice
from .sub_body import with_sub_body
from .owner_in_crumbs import owner_in_crumbs
from .post_timestamps import post_timestamps_dropped
from .place_run_on import room_before_next_field
from .aggregator_day import record_day
from .split_header_labels import split_header_labels_joined
from .labels_before_answers import labels_paired_with_answers
from .spaced_role_among_colons import colons_restored
from .spaced_labels import contents_closed_up, room_on_broken_cover, spaced_labels_closed
from .introduced_members import introduced_members_listed
from .question_marks import lettered_labels_marked
from .dashed_speech import dashed_speech_under_labels
from .label_column import label_column_closed
from .page_subjects import page_subject
from .quoted_sitting import council_from_quotes, quoted_sitting
from . import vocabulary as V
from .counted_attendance import attendance_counted
from .presiding_officer_named import officer_acting_named, presiding_officer_named
from .names_by_count import names_by_count
from .marks_after_names import roster_by_marks_after_names
from .counted_bracket_names import counted_bracket_names
from .role_named_line import role_named_line
from .dotted_seat_roster import dotted_seat_roster
from .label_after_first_rows import label_before_first_rows
from .counted_seat_run import counted_seat_run
from .presiding_deputy import deputy_presiding
from .rank_after_surname import rank_after_surname
from .explainer_after_unit import unit_explaining
from .result_after_title import results_after_titles
from .stated_results import DELIBERATED_DECIDED, FOUND_FIT, STATED_RESULT
from .agenda_before_headings import entries_before_the_headings
from .agenda_fallback import (
    case_number_run, done_subject, entry_run_onto_the_line_above, fallback_agenda, plausible_form, prose_like, split_run,
    top_level_run,
)
from .clean import clean_text, is_structural
from .closed_items import mark_closed_items
from .confidence import Facts, meeting_evidence, settle_item
from .conventions import (
    CLOCK, CLOCK_INLINE, CLOSING_WORDS, ERA_DATE, ERA_YEAR, FOLLOW_UP_BULLET, FOLLOW_UP_MARKS, INLINE_RULE, OPENING_WORDS,
    SPEAKER_MARKS, VOTE_NOTE, is_clock_line,
)
from .errors import MinutesImportError
from .speakers import (
    RoleContext, compact, directed_statement, join_two_line_labels, label_key, labels_found_in_text, nfkc, role_of,
    match_label, short_name_defined, speaker_name, speeches_from, spoken, strict_role, strip_list_marker,
    bracketed_labels_above, speaker_cells_under_header, speaker_column_apart,
)
from .referred_agenda import refers_elsewhere
from .marked_entries_after_group import group_run
from .case_word_after_list import cases_under_word_after
from .marked_entries_with_results import marked_entries_with_results, stated_results
from .next_step_run_on import steps_after_heading
from .papers_run_on import papers_field_cut
from .repeated_step_number import same_numbered_steps
from .unmarked_agenda import case_field_before_the_next, unmarked_cases_under_word, wrapped_rest
from .bracketed_business import bracket_numbered_business
from .result_rows import result_rows
from .bulleted_topics import bulleted_numbered_topics
from .marked_cases import marked_cases_field, marked_cases_under_field
from .structure import (
    unattributed_lines,
    BRACKETED_CASE_NUMBER,
    series_kind,
    CONTAINER,
    ORDINAL_STYLES,
    WHOLE_TITLE_END,
    PROPOSER_NOTE,
    proposer_note,
    RANGE_TITLE,
    CASE_NUMBERS_ONLY,
    rejoin_agenda_lines,
    MINUTES_WORDS,
    BARE_CASE,
    BARE_CASE_WORDS,
    PROCEDURAL,
    RULE,
    UNIT_END,
    Body,
    Heading,
    body_lines,
    choose_family,
    classify,
    bulleted_groups,
    classify_heading,
    flattened_schedule,
    is_unit_list,
    prose_reports,
    parse_heading,
    split_title,
    unit_names,
)


# Case types named in a title (the council's own classification of the case).
_TITLE_TYPES = (
    # 本人収集の原則 names the rule a case is an exception to: collecting from someone else.
    (V.THIRD_PARTY_COLLECTION, re.compile(r"本人以外(?:から)?の?収集|本人外収集|本人以外の者からの?収集|本人収集の原則")),
    (V.PURPOSE_BEYOND, re.compile(r"目的外の?(?:利用|使用)|目的外に(?:利用|使用)|目的以外の?利用")),
    (V.EXTERNAL_PROVISION, re.compile(r"外部提供|外部への提供|第三者(?:へ|に)?の?提供|個人情報の(?:外部)?提供|目的外提供|目的外利用・提供|目的外利用及び提供")),
    (V.ONLINE_LINKAGE, re.compile(r"オンライン結合|オンラインによる結合|電子計算(?:機|組織)の?結合|通信回線[^。]{0,12}結合|オンライン接続")),
    (V.OUTSOURCING, re.compile(r"委託")),
    (V.INFORMATION_SYSTEM, re.compile(r"情報システムの(?:導入|変更|構築|更新|改修|開発)|電子計算(?:機|組織)の(?:導入|変更)")),
)
_SPECIFIC_TYPES = (
    (V.SENSITIVE_INFO, re.compile(r"要配慮個人情報")),
    (V.CCTV, re.compile(r"防犯カメラ|監視カメラ|街頭カメラ")),
)
# Evidence in the deliberation, used only when the title names no case type.
_TEXT_TYPES = (
    (V.THIRD_PARTY_COLLECTION, re.compile(r"本人以外(?:から)?の?収集")),
    (V.PURPOSE_BEYOND, re.compile(r"目的外の?利用|目的外に利用")),
    (V.EXTERNAL_PROVISION, re.compile(r"外部提供|第三者提供")),
    (V.ONLINE_LINKAGE, re.compile(r"オンライン結合")),
    (V.OUTSOURCING, re.compile(r"委託(?:先|契約|予定|業者|事業者|する|し|す|を予定|料)|業務を委託|を委託|ISO\s*/?\s*(?:IEC\s*)?27001|ISMS|プライバシーマーク|Pマーク")),
    (V.INFORMATION_SYSTEM, re.compile(r"(?:システム|サービス|アプリ|クラウド)を?(?:導入|構築|開発|改修)")),
    (V.SENSITIVE_INFO, re.compile(r"要配慮個人情報")),
)

# 市長及び監査委員からの報告: the 監査委員 who report are people, not the yearly audit.
_ADMIN_REPORT = re.compile(r"運用状況|実施状況|施行状況|監査(?!委員)|取扱状況|取扱い状況|統計|件数報告|制度の運用")
# The yearly report on how the ordinance was applied, itself (not a paper about the system's operation).
# 個人情報保護制度の運用状況について: the information council's yearly report on its own ordinance (a programme's 運用状況
# stated a report stays one).
_INFO_RECORD = re.compile(r"個人情報|情報公開|公文書|開示")
_YEARLY_REPORT = re.compile(r"運用状況|実施状況|施行状況|取扱状況|取扱い状況")
# 令和元年度事業の実施状況について: how the body's institution carried out its year's projects, no ordinance's yearly report.
# 平成28年度…事業(上半期)実施状況について: the period of the projects in brackets between.
# 令和元年度自殺予防事業等実施状況: the projects and the like (等), as well.
_PROJECTS_DONE = re.compile(r"事業等?(?:[(（][^()（）]{1,10}[)）])?の?実施状況")
# A sentence runs to its end mark or to the end of its line. (Found rather than split: a split at a
# look-behind tries it at every character.)
_SENTENCE = re.compile(r"[^。！？!?\n]*[。！？!?]|[^。！？!?\n]+")
_QUESTION_END = re.compile(r"(?:か|か[。？?]|[？?]|よろしいでしょうか|いかがでしょうか|どうか|ですか|ますか)[」』]?[。]?$")
# The longest text _QUESTION_END matches: searched for in a sentence's tail only.
_QUESTION_REACH = 11
_HYPOTHETICAL = re.compile(r"場合|なら(?:ば)?[、,]|れば|たら|ないと|可能性|予定して|かどうか|ことになる")
_CONTINUE = re.compile(r"継続審議|継続して審議|引き続き審議|次回.{0,15}(?:再度|改めて|引き続き).{0,10}審議|審議を継続")
_PENDING = re.compile(r"次回.{0,40}?答申(?:を行|する|をす|す|の予定|予定|（案）|\(案\))|答申は次回|答申(?:を|は)?.{0,6}次回")
_REJECT = re.compile(r"不承認|承認しない(?:こと|もの)|同意しない(?:こと|もの)|認められない(?:もの|と判断)|否決|不同意")
_APPROVE = re.compile(
    r"承認(?:すること|するものと|とする|とします|とし|といた|され|とな|する[。」]|します|いたします|を得ま)|"
    r"原案(?:の)?(?:とおり|どおり|通り)(?:承認|了承|決定|可決)|諮問(?:の)?(?:とおり|通り)(?:承認|了承)|"
    r"妥当(?:である|と認め|とする|であると)|差し支えない(?:もの)?と(?:する|判断|認め)|"
    r"了承(?:する|され|とな|を得|いただ|します|といた)|^[—―\-~～〜・]*了承[—―\-~～〜・]*$|可決"
)
_CONSENT = re.compile(r"同意(?:すること|するものと|とする|とします|とし|といた|され|が決定|とな|する[。」]|します|いたします)")
_UNANIMOUS = re.compile(r"挙手全員|全員挙手|全員賛成|賛成多数|全員一致|全会一致|異議(?:なし|無し|ありません|がない|はない)")
# 「適当である。」旨の議決がなされた: a national council's finding on a plan put to it, quoted, is its approval.
_APPROVE = re.compile(_APPROVE.pattern + r"|「適当(?:である|と認める)。|適当(?:である|と認める)(?:旨|との)(?:の)?(?:議決|答申|結論)")
# 異議ない旨を答申することに決定した: a committee consulted on a plan answers that it has no objection, its approval.
_APPROVE = re.compile(_APPROVE.pattern + r"|異議(?:が|は)?(?:ない|無い|なし)(?:旨|との(?:旨)?)(?:を|の)?(?:答申|回答)")
# 北山町人口ビジョンについて、承認: a town's form closes each case by its name and the bare word of its result.
_APPROVE = re.compile("|".join((_APPROVE.pattern, STATED_RESULT.pattern, DELIBERATED_DECIDED.pattern, FOUND_FIT.pattern)))
_DECISIONS = ((V.REJECTED, _REJECT), (V.CONSENTED, _CONSENT), (V.APPROVED, _APPROVE))
# A word every pattern above needs (or that a question needs to count as asking for consent):
# a paragraph without one says nothing about the outcome and is not split into sentences.
_OUTCOME_WORDS = re.compile("継続|引き続き|次回|答申|承認|同意|否決|認められない|原案|諮問|妥当|差し支え|了承|可決|全員|全会|賛成|異議")
_OUTCOME_WORDS = re.compile(_OUTCOME_WORDS.pattern + "|適当")
_OUTCOME_WORDS = re.compile(_OUTCOME_WORDS.pattern + "|審議(?:の上|のうえ|した上で|の結果)")
_CONDITION = re.compile(r"ただし|但し|条件(?:と|を付|付き|として)|附帯")
_FOLLOW_UP = re.compile(r"後日(?:報告|回答|連絡|提出|お知らせ)|改めて(?:報告|回答)|調べて(?:報告|回答)|確認(?:して|の上|し)(?:報告|回答|お知らせ)")
_BULLET = re.compile(r"(?:^|(?<=\s))[・●○◆■]")
_RESULT_TAIL = re.compile(
    r"(?:について|に関して|に係る諮問)[、,]?\s*(?P<rep>報告が|報告を)?"
    r"(?P<v>承認され|承認とな|承認する|同意され|同意とな|同意する|了承され|了承とな|継続審議と|不承認と)"
)
_LEGAL = re.compile(
    r"(?:[^\s、。「」『』（）()【】\[\]]{0,30}?(?:条例|法律|法|規則|政令|省令|要綱))?"
    r"第[0-9０-９一二三四五六七八九十百]+条(?:の[0-9０-９一二三四五六七八九十]+)?"
    r"(?:第[0-9０-９一二三四五六七八九十]+項)?(?:第[0-9０-９一二三四五六七八九十]+号)?"
    r"|同(?:条|項)第[0-9０-９一二三四五六七八九十]+(?:項|号)"
)
# Where a statute reference can be: 第N条, or 同条/同項 and its number. _LEGAL tries its optional
# 30-character law name at every position of a text; it is run only just before such a place.
_LEGAL_ANCHOR = re.compile(r"第[0-9０-９一二三四五六七八九十百]+条|同(?:条|項)第[0-9０-９一二三四五六七八九十]+(?:項|号)")
# The longest law name _LEGAL takes before 第: 30 characters and a two-character word (条例, 法律).
_LEGAL_REACH = 32


def _legal_refs(text: str) -> list[str]:
    """``[m.group(0) for m in _LEGAL.finditer(text)]``, in time linear in the text.

    Every match holds an anchor at most _LEGAL_REACH characters after its start, so the leftmost match
    at or after ``pos`` starts no earlier than the first anchor after ``pos`` less that reach.
    """
    out: list[str] = []
    pos = 0
    while True:
        anchor = _LEGAL_ANCHOR.search(text, pos)
        if anchor is None:
            return out
        m = _LEGAL.search(text, max(pos, anchor.start() - _LEGAL_REACH))
        if m is None:
            return out
        out.append(m.group(0))
        pos = m.end()


_LEGAL_CONTEXT = re.compile(r"諮問|該当|規定による|規定により[^。]{0,40}(?:諮問|審議会|審査会)|の規定に基づき[^。]{0,40}(?:諮問|審議会|審査会)")
_LEGAL_NOISE = re.compile(r"定足数|過半数|会議の公開|会長の選出|互選|傍聴")
_EXPLAINER = re.compile(r"(?:資料(?:を)?(?:もと|基)に|資料に(?:基づき|沿って))?(?P<who>[^\s、。—―\-～〜()（）]{2,30}?)(?:から|より)(?:の)?(?:ご)?(?:説明|報告)")
_AGENCY_MENTION = re.compile(r"(?:実施機関|担当課|所管課|諮問機関|説明員)[（(](?P<u>[^（）()]{2,40})[）)]")
_AGENCY_LINE = re.compile(r"^(?P<l>諮問機関|利用機関|担当課|所管課|担当部署|所管|実施機関|担当部局|説明員)[ \t\u3000]*[:：][ \t\u3000]*(?P<v>.+)$")
_NARRATED_EXPLANATION = re.compile(r"^[～〜~—―\-－・]*\s*(?P<x>[^～〜~—―]{4,80}?(?:について)?)の(?:ご)?(?:説明|報告)(?:及び[^～〜~—―]*)?\s*[～〜~—―\-－・]*$")
# The chair names the next item: 次に、○○について、事務局から説明を…; also by its number and in
# quotes, それでは、議題１の「○○について」、図書館から説明を….
# その他 is the catch-all kind when nothing states one: offered, but the least sure value.
ITEM_DEFAULT_KIND_CONFIDENCE = 0.5
_CHAIR_REQUEST = re.compile(
    # まず,最初に…について,事務局の方から説明を: the order word doubled, the one asked named with 方.
    r"(?:(?:まず|次に|続きまして|続いて|それでは|では)[、,]?\s*(?:最初に|初めに|はじめに)?[、,]?\s*|^)"
    r"(?:(?:議題|案件|議事|諮問|報告)(?:第)?[0-9０-９一二三四五六七八九十]{1,3}号?の?\s*)?"
    r"(?:[「『](?P<q>[^」』。]{4,80})[」』]|(?P<x>[^。、,「」]{4,60}?(?:について|に関して)))[、,]?\s*"
    r"(?P<who>事務局|担当課|実施機関|[^\s、。「」]{2,15}?(?:課|室|館|所|センター))(?:の方)?(?:から|より)(?:ご)?(?:説明|報告)"
)
# 報告事項(1)について、事務局より説明をお願いする: the chair asks for a case by its place on the agenda alone;
# the one who explains names it, by the paper: 資料1の…についてをごらんいただきたい.
_CHAIR_REQUEST_BY_PLACE = re.compile(
    r"(?P<w>報告|諮問|審議|協議)事項[ \t\u3000]*[（(]?[0-9０-９]{1,2}[)）]?について[、,]?\s*"
    r"(?:事務局|担当課|所管課|[^\s、。「」]{2,15}?(?:課|室|館|所|センター))(?:から|より)(?:ご)?(?:説明|報告)"
)
_PAPER_TITLE = re.compile(r"^資料[0-9０-９\-－]*の?(?P<x>[^。、「」]{4,80}?について)を(?:ご覧|ごらん|御覧)")
# まず、警察本部から、報告1、…について、…課長の説明を求めます / 次に、諮問第3号、…について審議します:
# the chair takes up a case by its word and number, then its title, then asks for it.
# では初めに、議題1の「…」から始めたい: the openers may come two together; beginning with the case takes it up too.
_CHAIR_NAMES_NUMBERED = re.compile(
    r"(?:まず|次に|続いて|続きまして|それでは|では|最初に|初めに|はじめに)(?:(?:まず|最初に|初めに|はじめに))?[、,]?[ \t\u3000]*"
    r"(?:[^、。「」]{2,20}?(?:から|より)[、,][ \t\u3000]*)?"
    r"(?P<w>議題|報告|諮問|議案|案件)(?:第)?[0-9０-９一二三四五六七八九十]{1,3}号?[、,の][ \t\u3000]*"
    r"(?:[「『](?P<q>[^」』。]{4,80})[」』]|(?P<x>[^。、「」]{4,80}?(?:について|に関して|の件)))"
    r"[^。]{0,40}?(?:説明を求め|説明をお願い|説明願|議題と|審議(?:いた)?します|報告を求め|報告をお願い|から始め|に入り)"
)
# [議長] 報告第1号、農地法第3条の3第1項の規定による届出について、次のとおり…: a turn of the chair that
# opens by reading out a case's number and title puts that case on the floor.
_CHAIR_READS_THE_CASE = re.compile(
    r"^(?P<w>議案|報告|諮問)第[ \t\u3000]*[0-9０-９]{1,3}号[、,， \t\u3000]*"
    r"(?P<x>[^。、「」]{4,80}?(?:について|に関して|の件))[、,，。 \t\u3000]"
)
_NUMBERED_WORD = re.compile(r"(?:議題|報告|諮問|議案|案件)[0-9０-９一二三四五六七八九十]")
_NUMBERED_KIND = {"報告": "報告", "諮問": "諮問", "議案": "その他"}
# …協議会の目的及び進め方について、事務局より説明: the body's own aims and working explained, no business of the sitting.
_SUB_PROCEDURAL = re.compile(
    r"次回|日程|開催予定|資料の?確認|会議録|議事録|傍聴|会議の公開|今後の予定|スケジュール|予定をしている|(?:目的|役割)(?:及び|と|並びに)進め方"
)


@dataclass
class Item:
    title: str
    kind: str | None
    start: int | None
    source: str                     # heading | agenda | narration
    heading: Heading | None = None
    depts: list[str] = field(default_factory=list)
    explainer: str | None = None
    span: tuple[int, int] | None = None
    own_span: tuple[int, int] | None = None
    turn_owner: "Item | None" = None
    number: int | None = None       # 議案第29号 → 29: a vote that names another number is not this item's
    series: str | None = None       # 議案, 意見書案, 陳情 …: the series its number belongs to
    decided_span: tuple[int, int] | None = None  # its heading again where the decisions are listed after the proceedings


# …について, …の指名, 議事録署名人指名: the closing words of a case or a step of procedure, never of a person's name.
_AGENDA_WORDING = re.compile(r"(?:について|に関すること|署名人指名|議員指名|委員指名)$")


def _titles_off_the_crumbs(titles: list[str], council: str) -> list[str]:
    """The page's own title lines where ``council`` is named in its breadcrumb alone; [] otherwise."""
    crumbs = [t for t in titles if t and (BREADCRUMB.search(t) or TOP_CRUMBS.search(t))]
    own = [t for t in titles if t and t not in crumbs]
    if not any(council in t for t in crumbs) or any(council in t for t in own):
        return []
    return own


# The header's shapes (a form's label column, one label for two fields, a roster table) lie in its opening lines.
_OPENING_LINES = 300
# 委員:\n事務局:\n: two bare labels running, the only text labels_paired_with_answers rewrites.
_TWO_BARE_LABELS = re.compile(r"[:：][ \u3000]*\n[^\n:：]{1,20}[:：][ \u3000]*\n")


def _flattened_layouts_undone(text: str) -> str:
    """Layouts whose extraction took a table or a mark apart, put back as lines the readers know (round 52b)."""
    text = teaser_caption_parted(slashed_dates_written(member_word_closed(pdf_wrap_spaces_closed(spelt_marks_written(text)))))
    lines = text.split("\n")
    head = post_timestamps_dropped(navigation_dropped(shared_document_chrome_dropped(lines[:_OPENING_LINES])))
    head = place_column_dropped(split_names_joined(label_before_first_rows(head)))
    head = inline_split_labels_joined(split_header_labels_joined(head))
    head = paired_roster_rows_read(gapped_roster_rows_read(paired_field_label_parted(clock_and_room_parted(head))))
    lines = group_headings_apart(marked_bills_apart(seat_pairs_listed(head))) + lines[_OPENING_LINES:]
    if _TWO_BARE_LABELS.search(text):
        lines = labels_paired_with_answers(lines)
    if "案件" in text:
        lines = case_sheets_read(lines)
    return "\n".join(lines)


def _project_items(projects: list[tuple[str, int]], n: int) -> list[Item]:
    ends = [at for _, at in projects[1:]] + [n]
    return [Item(title=title, kind="その他", start=at, source="agenda", span=(at, max(end, at + 1)), own_span=(at, at + 1))
            for (title, at), end in zip(projects, ends)]


def parse_text(text: str, filename: str | None = None) -> dict:
    """Parse minutes text into the DESIGN §3.1 object."""
    if not isinstance(text, str):
        raise MinutesImportError("minutes text must be a string")
    # A page of two columns read across is read column by column before the cleaning joins its lines.
    # A list printed beside the header is parted from it while its letters are still spaced out (the cleaning joins them).
    text = beside_list_apart_text(text) or text
    # Members introduced one a line after their affiliations are parted from them before the cleaning joins the lines.
    text = "\n".join(introduced_members_listed(text.split("\n"))) if "紹介" in text else text
    # A broken text's contents list is set one entry a line while its leaders still part the entries.
    text = "\n".join(contents_closed_up(text.split("\n"))) if "…" in text[:4000] and "目" in text[:4000] else text
    text = _flattened_layouts_undone(text)
    cleaned = clean_text(columns_apart_text(text) or text)
    lines = join_two_line_labels(cleaned.split("\n"))
    lines = speaker_column_apart(lines) or speaker_cells_under_header(lines) or lines
    lines = legend_marks_named(lines)
    lines = legend_abbreviations_named(lines)
    lines = spaced_labels_closed(lines)
    lines = colons_restored(lines) if ":" in cleaned or "：" in cleaned else lines
    lines = lettered_labels_marked(lines)
    lines = bulleted_roles_marked(lines) if "・" in cleaned else lines
    lines = dashed_speech_under_labels(lines)
    lines = label_column_closed(lines)
    lines = stage_note_label_apart(lines)
    lines = gapless_bills_apart(lone_step_numbers_joined(lines))
    if not any(line.strip() for line in lines):
        raise MinutesImportError("no text in the minutes")
    lines = _first_of_several_sittings(lines)
    marker = hdr.find_body_start(lines)
    header = hdr.parse_header(lines, marker)
    body_start = marker + 1 if marker is not None else header.end
    if marker is None:
        # 審議事項 / (事務局)資料に基づき説明 / 資料 …: a statement inside the agenda the header read opens the body.
        body_start = next((i for i in range(max(0, body_start - 12), body_start) if directed_statement(lines[i])), body_start)
    body_start = _label_over_first_speech(lines, body_start)
    people = _header_people(header)
    attending = _roster_names(people)
    family, found, analysed = _house_style(lines, body_start, attending)
    above = _turn_above_body(lines, body_start, family)
    if above < body_start:
        family_above, found_above, analysed_above = _house_style(lines, above, attending)
        if family_above == family:
            body_start, found, analysed = above, found_above, analysed_above
    body = classify(lines, body_start, family, found, analysed)
    if "turn" not in body.kinds.values() and (above := bracketed_labels_above(lines, body_start)) is not None:
        # 【司会】 / 本日は…。 / 【議長】 / …: bracketed labels over speeches that the header read as its own fields.
        family_above, found_above, analysed_above = _house_style(lines, above, attending)
        body_above = classify(lines, above, family_above, found_above, analysed_above) if family_above else None
        if body_above is not None and "turn" in body_above.kinds.values():
            family, body, body_start, found = family_above, body_above, above, found_above
    relabelled = None if _any_speech(body) else labels_found_in_text(lines, 0)
    if relabelled is not None:
        # No house style found a turn that says something (a roster's bracketed groups have a label's shape): the
        # labels the document shows by their shape, each on its own line. The
        # header's reader may have run over them (a page flattened onto a few lines); the first opens the body.
        relabelled, first_label = relabelled
        start_again = min(body_start, first_label)
        family_again, found_again, analysed_again = _house_style(relabelled, start_again, attending)
        body_again = classify(relabelled, start_again, family_again, found_again, analysed_again)
        if "turn" in body_again.kinds.values() and ("turn" not in body.kinds.values() or _any_speech(body_again)):
            lines, family, body, body_start = relabelled, family_again, body_again, start_again

    facts = _meeting_facts(lines, header, cleaned, people, _speech_lines(body))
    meta = facts.settle()
    ctx = RoleContext(
        chair=meta["chair"],
        members=frozenset(meta["members_present"] or []),
        secretariat_units=frozenset(_units_in(header.first("secretariat") or "")),
        departments=frozenset(_department_names(header, body)),
    )
    body.secretariat_units = ctx.secretariat_units
    body.known_departments = ctx.departments
    if meta["chair"] is None and facts.values["chair"] is None:
        meta["chair"], facts.confidence["chair"] = _chair_from_labels(body, meta["members_present"])
        if meta["chair"] and offices_only(meta["chair"]):
            # 議 / 長 / 議 / 長 a letter a line, joined into 議長議長: offices, no one's name.
            meta["chair"], facts.confidence["chair"] = None, 0.0
        if meta["chair"] is None and (head := section_chair_spoken(
                (lm.label for lm in body.labels.values()), meta["council_name"], lines[:8], meta["members_present"] or [])):
            # 金融審議会…第二部会 / ○ 北野部会長: the 部会 that sat is chaired by the one speaking as its 部会長.
            meta["chair"], facts.confidence["chair"] = head, 0.7
        if meta["chair"] is None and (deputy := deputy_presiding(body.labels, lines, meta["members_present"] or [])):
            # ○北野一郎副委員長 ただいまから…開会いたします。, and no 委員長 speaks: the deputy presides.
            meta["chair"], facts.confidence["chair"] = deputy, 0.7
        ctx.chair = meta["chair"]
    if masked(meta["chair"]):
        # ○xx会長 in a copy that blanked out the names: the placeholder is nobody's name.
        meta["chair"], facts.confidence["chair"], ctx.chair = None, 0.0, None
    assembly = _is_assembly(meta["council_name"], header, body)
    items = _items(lines, header, body, ctx, assembly)
    if not assembly and items and all(it.source == "heading" and it.start is not None for it in items):
        # 4 / 議題 / …(案)について / 5: the case to decide, unnumbered under its word after the numbered reports.
        reach = min(len(lines), min(body.labels, default=400), 400)
        seen = {compact(it.title) for it in items}
        items += [Item(title=t, kind=None, start=k, source="agenda") for t, k in
                  cases_under_word_after(lines, max(it.start for it in items), reach) if compact(t) not in seen]
    marked = [] if assembly else marked_entries_with_results(lines)
    if len(marked) > len(items):
        # ○…について / …説明を受け,案のとおり議決した。: each marked case with its result sentence under it.
        items = [Item(title=t, kind="その他", start=s, source="narration", span=(s, e), own_span=(s, e)) for t, s, e in marked]
    if not assembly and (projects := evaluated_projects(lines)):
        # 再評価対象事業 北山川改修事業: an evaluation committee's business is the projects it evaluates.
        items = _project_items(projects, len(lines))
    if not items and not assembly and (subject := page_subject(lines)):
        # A page that lists no business: the subject its link text or its one result sentence names.
        items = [Item(title=subject[0], kind="その他", start=subject[1], source="narration",
                      span=(subject[1], subject[1] + 1), own_span=(subject[1], subject[1] + 1))]
    if not assembly:
        items = _decisions_listed_again(body, items)
    _handed_over_as_referral(lines, items)
    turns = _turns(lines, body, items, ctx)
    results = PairIndex(_result_statements(lines) + [(t, r) for t, r, _ in result_rows(lines, min(len(lines), 400))])
    decided = {**_single_bill_decisions(body), **_listed_bill_decisions(body), **_bill_decisions(body)} if assembly else {}
    out_items = [settle_item(k, _item_record(lines, body, it, results, assembly, decided), facts) for k, it in enumerate(items)]
    mark_closed_items(lines, items, out_items)
    if marked and any(it.source == "narration" and it.span == (s, e) for it in items for _, s, e in marked):
        stated_results(lines, marked, out_items, V.APPROVED)
    if not assembly:
        results_after_titles(lines, body.kinds, out_items, _outcome)
    consulted_item_marked(lines, out_items)
    if len(out_items) == 1 and not turns and not out_items[0]["departments"] and (unit := sole_explaining_unit(lines)):
        # (説明者) 北山局財務課 課長補佐 …: a summary of one case, explained by the one unit the page names.
        out_items[0]["departments"] = [unit]
        out_items[0].setdefault("confidence", {})["departments"] = SOLE_EXPLAINER_CONFIDENCE
    summary_decisions_applied(lines, out_items)
    lost = unattributed_lines(lines, body)
    if lost:
        facts.warn("turns", f"発言者に結び付けられなかった本文が{len(lost)}行あります（「{lines[lost[0]].strip()[:20]}」"
                            f"{'ほか' if len(lost) > 1 else ''}）。発言として取り込まれていません。")
    if not turns and family is None:
        facts.warn("turns", "発言者の区切りを読み取れませんでした。発言は取り込まれていません。")
    parsed = {
        **meta,
        "items": out_items,
        "turns": turns,
    }
    # Beside the DESIGN §3.1 fields: the 通算第N回 the title prints, which an imported meeting keeps (its number is
    # fixed by its publication) and the council's next meeting follows.
    parsed["cumulative_number"] = hdr.cumulative_number([header.first("name"), *header.title_lines])
    # The 事務局 and 説明員 as the header prints them (（総務課）上田総務課長、佐々木主査), for the re-printed 会議録:
    # text, not people, since nothing here is matched to the city's staff.
    for key in ("secretariat", "staff"):
        parsed[key] = hdr.as_printed(header.first(key))
    # Added beside the DESIGN §3.1 fields: how sure each fact is, what to check, and
    # whether the text is minutes at all.
    is_minutes, reason = meeting_evidence(parsed, cleaned)
    parsed["is_minutes"] = is_minutes
    parsed["reason"] = reason
    parsed["confidence"] = facts.confidence
    parsed["warnings"] = facts.warnings
    return parsed


# 審議会開催結果(平成28年11月) / 北山市工業振興会議 / 開催日時 / … / 平成28年度第2回北山市社会教育委員会議 / 開催日時 / …: a page
# of the month's sittings lists several bodies, each its name over the same fields; the record is the first body's.
_WHEN_LABEL = re.compile(r"^[ \t\u3000]*[◇◆■□●・]?[ \t\u3000]*(?:開催日時|開催日|日時|開催年月日)[ \t\u3000:：]*$")
_BODY_NAME_LINE = re.compile(
    r"^[ \t\u3000]*(?:(?:平成|令和|昭和)[0-9０-９元]{1,2}年度?)?(?:第[0-9０-９]{1,2}回)?[^\s。、「」:：()（）]{2,30}?"
    r"(?:会議|審議会|委員会|協議会|懇話会|懇談会|審査会|推進会議)(?:[(（]第[0-9０-９]{1,2}回[)）]|第[0-9０-９]{1,2}回)?[ \t\u3000]*$")


def _first_of_several_sittings(lines: list[str]) -> list[str]:
    """The lines of the first sitting where a page lists several bodies' sittings, each a body's name over its own
    開催日時 label (the value on the lines below); the rest as they were."""
    named = []
    for i, line in enumerate(lines[:300]):
        if not _WHEN_LABEL.match(line):
            continue
        above = [k for k in range(max(0, i - 4), i) if lines[k].strip(" \t\u3000")]
        if above and _BODY_NAME_LINE.match(lines[above[-1]]):
            named.append(above[-1])
    return lines[:named[1]] if len(named) >= 2 else lines


def _decisions_listed_again(body: Body, items: list[Item]) -> list[Item]:
    """会議の経過 / （3）…について（諮問） / 〔turns〕 … 決定事項 / （3）…について（諮問） / 承認（挙手全員）: a record that lists the
    decisions after the proceedings, each under its item's heading again (a 全文 record), decides the item heard above;
    the repeated heading, with no turn under it, is no item of its own."""
    kept: list[Item] = []
    for it in items:
        first = None
        if it.heading is not None and it.span and not any(body.kinds.get(i) == "turn" for i in range(*it.span)):
            first = next((k for k in kept if k.heading is not None and k.heading.number == it.heading.number
                          and compact(k.title) == compact(it.title)), None)
        if first is None:
            kept.append(it)
        else:
            first.decided_span = it.span
    return kept


# 諮問文書「公共下水道使用料の見直しについて(諮問)」が、市長から会長へ渡されました: the case handed over as a referral.
_HANDED_OVER = re.compile(r"諮問(?:文書|書|文)?[「『](?P<t>[^「」『』\n]{4,80}?)(?:[（(]諮問[）)])?[」』](?:が|を)[^。\n]{0,30}?(?:渡|手交|交付|伝達)")


def _any_speech(body: Body) -> bool:
    """Whether a turn the house style found says something (a roster's rows in the label's shape say nothing)."""
    return any(spoken(lm.label, body.turn_text.get(i, lm.text)) for i, lm in body.labels.items())


def _handed_over_as_referral(lines: list[str], items: list[Item]) -> None:
    """6.諮 問 / 7.議 事 / …について: a case whose referral the record narrates being handed over under its own title
    (諮問文書「…(諮問)」が…渡されました), then taken up under 議事 with no kind, is the 諮問 itself."""
    if not any(it.kind in (None, "その他") for it in items):
        return
    handed = {compact(m.group("t")) for ln in lines[:400] if "諮問" in ln for m in _HANDED_OVER.finditer(ln)}
    for it in items:
        if it.kind in (None, "その他") and compact(it.title) in handed:
            it.kind = "諮問"


_CLOCK_ALONE = re.compile(rf"(?:{CLOCK})")


def _turn_above_body(lines: list[str], start: int, family: str | None) -> int:
    """〇会長あいさつ / 本日は…。 / 審議内容及び結果 / 〇町長あいさつ …: a page read column by column puts the
    first turn (a label of the body's style over sentences) above the heading that opens the body; it opens there."""
    if family is None:
        return start
    i = start - 1
    while i >= 0 and not lines[i].strip():
        i -= 1
    if i > 0 and _CLOCK_ALONE.fullmatch(lines[i].strip(" \t\u3000")):
        # ○事務局(北野) / 午後2時00分 / 定刻となりましたので、…: the label over the clock the sitting opened at, then the
        # first speech; the header read the clock as its time.
        lm = match_label(lines[i - 1].strip(" \t\u3000"), family)
        if lm is not None and not lm.text:
            return i - 1
    if i < 0 or "。" in lines[i] or len(lines[i].strip()) > 20:
        return start  # only a short heading (審議内容及び結果) sits between the turn and the body
    said = 0
    for j in range(i - 1, max(-1, i - 12), -1):
        s = lines[j].strip(" \t\u3000")
        if not s:
            continue
        if spoken("", s) and not match_label(s, family):
            said += 1
            continue
        lm = match_label(s, family)
        if not said and j == i - 1 and lm is not None and not lm.text and _CONTENTS_COLUMN.fullmatch(compact(lines[i])):
            # 発言者 / ○事務局 / 発言内容 / ただ今から…: the first speaker's cell read before the contents column's header.
            return j
        return j if said and lm is not None and not lm.text else start
    return start


# 発言内容, 発言の要旨, 内容: the header of a 発言者 table's column of what was said.
_CONTENTS_COLUMN = re.compile(r"(?:発言)?(?:の)?(?:内容|要旨|要点)")


_NOTE_AFTER_LABEL = re.compile(r"[(（][^()（）]{1,16}(?:説明|報告|答弁|挨拶|あいさつ)[)）]$")


def _label_over_first_speech(lines: list[str], start: int) -> int:
    """事務局 / それでは、…。: a role alone on its line just above the body's first speech is that speech's
    label, though the header read it as one more of its sections; the body opens at it."""
    prev = next((i for i in range(start - 1, max(-1, start - 4), -1) if lines[i].strip()), None)
    first = next((i for i in range(start, min(len(lines), start + 3)) if lines[i].strip()), None)
    if prev is None or first is None:
        return start
    # ●事務局: the label marked as the body's labels are.
    label = lines[prev].strip(" \t\u3000").lstrip(SPEAKER_MARKS).lstrip(" \t\u3000")
    said = lines[first].strip(" \t\u3000")
    # 北野(一)委員長) / ただ今から…: a close-bracket label alone on its line, as its minutes write every label.
    closed = match_label(label, "close") if label[-1:] in ")）" and len(label) <= 17 else None
    if closed is not None and not closed.text:
        label = closed.label
    # ○事務局(事務局からの説明) / 現在、…: a note of what the speaker does, in brackets after the label.
    label = _NOTE_AFTER_LABEL.sub("", label) or label
    if label[:1] == "【" and label[-1:] == "】":
        # 審議結果 / 【議長】 / 本日の審議は、…。: the label in lenticular brackets, as the body's labels are.
        label = label[1:-1]
    if (len(label) <= 8 and strict_role(label) and len(said) >= 20 and "。" in said
            and not is_structural(said)):
        return prev
    return start


# --- meeting facts ------------------------------------------------------------

_UNNAMED_ASSEMBLY = re.compile(r"[市区町村]議会(?:定例会|臨時会)?")
_ASSEMBLY_NAME = re.compile(r"(?:[都道府県市区町村]|組合|広域連合)議会$")


def _meeting_facts(lines: list[str], header: hdr.Header, cleaned: str, people: dict[str, roster.People],
                   speech: frozenset = frozenset()) -> Facts:
    name_field = header.first("name")
    title_texts = [name_field] if name_field else []
    # Without header fields the first speeches follow the title; they name no council.
    title_texts += [t for t in header.title_lines[:6] if (t[0] not in SPEAKER_MARKS or "。" not in t)
                    and not is_business_entry(t)]
    facts = Facts()
    # 北山県社会福祉審議会議事録(令和6年1月15日開催分) on a line of its own under the site's menus: the record's own
    # title, the sitting's date in its bracket.
    record_titles = [ln.strip(" \t\u3000") for i, ln in enumerate(lines[:40])
                     if i not in speech and _RECORD_TITLE.fullmatch(ln.strip(" \t\u3000"))]
    council = hdr.council_name(title_texts)
    council_conf = 0.9
    if council is not None and (own := council_names.council_in_title(_titles_off_the_crumbs(header.title_lines[:6], council))):
        # 北山市ホーム > 北山市施策推進会議等 > … / 連携に関する検討会(第5回)議事録: a body only the breadcrumb names is the
        # section the page is filed under; the page's own title names the body that sat.
        council = council_names.as_printed(own, lines[:40])
    if council is None:
        # 第3回 …国と地方の協議 議事録, 第2回定例庁議: a title that names the body by a word of its own.
        council, council_conf = council_names.council_in_title(header.title_lines[:6] + _header_texts(header)), 0.7
        council = council_names.as_printed(council, lines[:40]) if council else None
    if council is None:
        # Never from what someone says (日本では公安委員会が…): speakers name other bodies.
        council = hdr.council_name([ln for i, ln in enumerate(lines[:200])
                                    if ("個人情報" in ln or "情報公開" in ln) and i not in speech])
        council_conf = 0.6
    if council is None:
        # ただいまから令和５年第１回品川区議会臨時会を開会いたします: the chair names the assembly.
        council, council_conf = hdr.assembly_in_speech(lines), 0.7
    if council is None:
        # ○応招・不応招議員 … / 平成23年北山町議会5月会議会議録: the assembly's own title under the roster the page opens with.
        council, council_conf = hdr.assembly_titled([ln for i, ln in enumerate(lines[:80])
                                                     if "議会" in ln and i not in speech and len(ln) <= 60]), 0.7
    if council is None:
        # 監視・影響調査専門調査会 委員名簿: the body's own roster or rules among the papers.
        council = council_names.council_in_papers([ln for i, ln in enumerate(lines[:200]) if i not in speech])
    paper_label = None
    if council is None:
        # ・令和6年度第6回北山市社会教育委員の会議次第: the order of business among the papers names the body and the sitting.
        council, paper_label = council_names.sitting_in_papers([ln for i, ln in enumerate(lines[:200]) if i not in speech]) or (None, None)
    if council is None:
        # 令和元年度第2回協議会会議録 / …第2回北山区自治協議会を開催させていただきます: the opening words name the body.
        council = council_names.opened_by_kind(header.title_lines[:6], [ln for ln in lines[:200]])
        council_conf = 0.6
    if council is None:
        # The record's own title on a line of its own.
        council = hdr.council_name(record_titles)
        council_conf = 0.6
    if council is None:
        # (北野座長) / ただいまから、第4回北山市…懇談会を開催いたします。: a page that lost its title; the chair's opening
        # words name the body (its municipality first) and the sitting.
        council, paper_label = council_names.opened_in_speech(lines[:60]) or (None, paper_label)
        council_conf = 0.5
    if council is None:
        # 北野一郎  予算特別委員長 above the roster: the committee named by the office its chair holds.
        office = chairs.officer_line(lines[:30], [n for listed in people.values() for n in listed.names])[1]
        if office and office != "委員長":
            council, council_conf = office[:-1] + "会", 0.6
    if council is None:
        # 3 出席者 / 北山市国際交流会議委員 6名: a page that names the body nowhere else counts its members after its name.
        counted = [body_counted(v) for f in ("attendees", "present") for v in header.fields.get(f, [])]
        council, council_conf = next((c for c in counted if c), None), 0.5
    if council is None:
        # (2)北山審議会及び各部会議事規則の策定: a page without its title names the body adopting its own rules.
        council, council_conf = body_in_own_rules(lines[:60]), 0.5
    named_most = bool(council and SITTING_WORD.fullmatch(council))
    if named_most:
        # 定例会議の開催概要: the sitting's kind is no body; the body the page names most, bare, is (the same name
        # after a place, 北山県公安委員会, is another body's, never the owner of this one).
        council, council_conf = body_of_sitting([ln for i, ln in enumerate(lines[:200]) if i not in speech]), 0.5
    if council is None:
        facts.warn("council_name", "会議体の名称を読み取れませんでした。確認して入力してください。")
    council, unmarked_count = count_apart(council)
    municipality = place_names.municipality_from_prefix(council) if council else None
    municipality_conf = 0.9
    if municipality and municipality.endswith("地区") and len(municipality) > 2:
        # 峰地区まちづくり懇談会: a neighbourhood (地区) of the city named before the body is no ward; the city is
        # looked for as for a body that names none.
        municipality = None
    city = place_names.city_of_district(council, lines[:200]) if council and municipality else None
    if city:
        # 春日区地域協議会 of 北野市: a city's district is no municipality; the body is named with its city.
        municipality, municipality_conf, council = city, 0.7, city + council
    if municipality and municipality.startswith("新") and len(municipality) >= 4 and re.search(
            rf"(?<!新){re.escape(municipality[1:])}", cleaned):
        # 第1回新三次市斎場建設検討委員会 / 場所:三次市役所: 新 names the new building (新斎場), the city the one the page
        # names without it (a city whose name opens with 新 is never named without it: 新宿区, 新居浜市).
        municipality = municipality[1:]
    if council and municipality is None and not named_most:
        municipality = place_names.municipality_near(council, lines)
        municipality_conf = 0.7
        if municipality:
            council = place_names.owned_name(municipality, council, lines)
    if municipality is None:
        # A body whose name omits its city: its meeting room in the city's own building.
        municipality, municipality_conf = place_names.municipality_of_place(header.first("place")), 0.6
        if municipality and town_merged_away(municipality, cleaned):
            # 南野町民センター, 北野支所長, 地域協議会: the hall of a town merged away.
            municipality = None
    if municipality is None:
        # …or the city's postal address on the page (東京都北野市の小学校において… said in a speech is news, not an address).
        municipality = place_names.municipality_in_address([ln for i, ln in enumerate(lines[:20]) if i not in speech])
        municipality_conf = 0.6
    if municipality is None:
        # …or its breadcrumb, or the ordinances, bills and mayor it deals with.
        municipality = place_names.in_breadcrumb(lines[:20]) or place_names.in_banner(lines[:5]) or place_names.in_acts(_header_texts(header), lines[:400])
        municipality = municipality or owner_in_crumbs([ln for i, ln in enumerate(lines[:20]) if i not in speech])
        municipality_conf = 0.6
    if municipality is None and public_safety_commission.is_commission(council):
        # 公安委員会 … 当県警察 / 北山県警察本部: a prefecture's commission, its prefecture that of the police it oversees.
        municipality, municipality_conf = public_safety_commission.prefecture_of_commission(cleaned), 0.55
    if municipality is None and council and not national_venue.held_in_a_ministry(header.first("place")):
        # 文教委員会 of a ward that speaks of itself: 我々品川区は…, 品川区の事業.
        municipality, municipality_conf = place_names.municipality_spoken_of(cleaned), 0.55
        if municipality is None:
            municipality, municipality_conf = place_names.municipality_named_most(cleaned), 0.5
        if municipality is None:
            # 平成23年第二回練馬区議会定例会提出予定案件 before a ward's 庁議: the session of its own assembly.
            assembly = hdr.assembly_in_speech(lines)
            municipality = place_names.municipality_from_prefix(assembly) if assembly else None
        if municipality is None and council.endswith("委員会"):
            # 総務委員会会議記録 … 岩手県の安全、安心の確保: a prefectural assembly's committee speaks of its prefecture.
            municipality, municipality_conf = place_names.prefecture_of_committee(cleaned), 0.5
    if municipality and place_names.national_bureau_named(municipality, council, title_texts):
        # 北海道森林管理局 / 保護林管理委員会: the body of a national bureau named by its region; no municipality's.
        municipality = None
    if municipality and not place_names.is_union(municipality) and joint_bodies.held_by_several([council] + title_texts[:3]):
        # 北山市・南野町合併協議会 meeting in 北山市役所: a body of several municipalities is none of theirs.
        municipality = None
    if designated_wards.is_city_ward(municipality):
        # 高津区役所, 江南区自治協議会: a designated city's ward is no municipality; its city is.
        ward_city = designated_wards.city_of_ward(municipality, cleaned)
        # 北山区町内自治会連絡協議会: a ward's residents' federation is the city's only where the page says so.
        municipality = None if ward_city and ward_city not in cleaned and is_residents_federation(council) else ward_city
    if council and municipality and municipality[-1] in "市区町村" and _SITTING_READ_AS_BODY.fullmatch(compact(council)):
        # 千葉県 長生村 / 平成23年定例会3月会議(第4日): the month's sitting of an assembly that meets the year round, read
        # as a body (会議); the body is the municipality's assembly, the sitting its label.
        council, council_conf = municipality + "議会", 0.6
    if council and municipality and municipality[-1] in "市区町村" and _UNNAMED_ASSEMBLY.fullmatch(compact(council)) \
            and council[0] == municipality[-1]:
        # 旧北山市 定例会(第4回) / 第4回市議会定例会会議録: the assembly named by its kind alone is the city's.
        council, council_conf = municipality + "議会", 0.6
    if council is None and municipality and municipality[-1] in "都道府県市区町村" and any(
            _PLENARY_TITLE.fullmatch(compact(t)) for t in title_texts[:4]):
        # 令和3年第2回臨時会, the city named by its bills: the record of the city's assembly in plenary (大分県 大分県 /
        # 平成26年 第1回定例会(3月): the prefecture's, its own assembly named by the aggregator's breadcrumb).
        council, council_conf = municipality + "議会", 0.6
    if council is None and municipality and municipality[-1] in "市区町村" and any(
            _HONOURED_SPEAKER.match(ln) for ln in lines[:200] if "君" in ln):
        # ○議長(北野一郎君) 日程第4、議案第53号…: a record cut from its title, its 議長 honoured with 君 as only an
        # assembly's are; the city's assembly in plenary (its committee would be chaired by a 委員長).
        council, council_conf = municipality + "議会", 0.6
    committee = bool(council and re.search(r"[都道府県市区町村]議会.", council))
    # 閉会 午前10時39分 平成25年第20回定例会: the sitting's count run on after a field of the header.
    # …研修室 令和7年度第1回北山市環境保全審議会議事録: the title run onto the end of the place.
    # An assembly's own name (北山町議会), not a 審議会's.
    plenary = bool(council and _ASSEMBLY_NAME.search(council) and not committee)
    label = hdr.meeting_label(title_texts, committee, plenary) or hdr.meeting_label(
        [header.first(f) for f in ("date", "time", "closed", "place")], committee, plenary)
    if plenary and (label is None or _MONTH_SESSION_LABEL.search(label)):
        # 平成 9年 12月 定例会(第5回) over ただいまから平成9年第5回北野町議会定例会を開会します。: the record's own name.
        label = hdr.session_opened(lines[:400]) or label
    if label is None and plenary:
        # 平成23年5月会議: a sitting of an assembly that meets the year round, named by its month.
        label = next((re.sub(r"[ \t\u3000]+", "", m.group(0)) for t in title_texts + lines[:80]
                      if "月会議" in t for m in [hdr.MONTH_SITTING_LABEL.search(t)] if m), None)
    if label is None and council and not plenary:
        # 只今より平成24年度第11回北山町農業委員会総会を開会いたします: the chair opens the sitting by its count.
        label = next((re.sub(r"[ \t\u3000]+", "", m.group("l")) for ln in lines[:200] if "開会" in ln or "開催" in ln
                      for m in [_SITTING_OPENED.search(ln)] if m and compact(council) in compact(m.group("b"))), None)
    if label is None and council and not plenary:
        # 美幌町…審査会の概要と会議録 / … / 第1回審査会の開催結果について: the page's section on the sitting names it by its
        # count and the last word of the body's name.
        label = next((re.sub(r"[ \t\u3000]+", "", m.group("l")) for ln in lines[:200] if "の開催" in ln
                      for m in [_SITTING_REPORTED.match(ln)] if m and council.endswith(m.group("b"))), None)
    if label is None and council and not plenary:
        label = month_session_under_year(lines[:40], council)
    if label is None and paper_label:
        label = paper_label
    if label is None and unmarked_count:
        label = unmarked_count
    if label is None and council and not plenary and not committee:
        # 平成29年度 第2回北山町…委員会 as the 会議名称's value, ・…第3回 北山市…協議会 次第, 第 3 回北山市…を開会: the count
        # just before the body's full name.
        label = count_before_body(council, lines[:200])
    if label is None and council and not plenary:
        # 平成23年6月北山県議会総務委員会: the committee's record titled by the session's year and month.
        label = session_month_label(title_texts[:6], council, lines[:40])
    if label is None and council and not plenary and (quoted := quoted_sitting(lines)):
        # 「令和4年度北山町水防協議会」を開催しました: the sitting named in quotes by the sentence that reports it.
        council = council_from_quotes(council, quoted) or council
        label = quoted[0] if council.endswith(quoted[1]) else None
    board_sitting = council_names.monthly_board_sitting([nfkc(t) for t in title_texts[:3]]) if council else None
    if board_sitting and re.fullmatch(rf"(?:{re.escape(board_sitting[0] or '')})?(?:定例|臨時){board_sitting[1]}", council):
        # 令和元年5月 定例教育委員会: the municipality's board, sitting in that month.
        city = board_sitting[0] or municipality
        council = city + board_sitting[1] if city else board_sitting[1]
        label = label or board_sitting[2]
    if label is None and council and not plenary:
        # 北山市農業委員会5月総会議事録: a body that meets monthly names the sitting by its month after its own name.
        label = next((re.sub(r"[ \t\u3000]+", "", m.group("l")) for t in title_texts[:3] if "総会" in t
                      for m in [_MONTH_GENERAL_MEETING.search(t)] if m and compact(council) in compact(t[:m.start()])), None)

    date_value, place = hdr.stranded_sitting(header, header.first("date"), header.first("place"))
    date_value, place = hdr.date_split_across_the_place(date_value, place)
    if date_value and place and parse_date(date_value) is None and parse_date(place) is not None:
        # 日時 and 場所 swapped in the layout: each value under the other's label.
        date_value, place = place, date_value
        facts.warn("date", "日時と場所の欄が入れ替わっていたため、入れ替えて読みました。")
    date = parse_date(date_value) or parse_date(hdr.date_with_year_once(date_value)) if date_value else None
    date_conf = 1.0
    opened_on = parse_date(header.first("time")) if header.first("time") else None
    time_first = bool(opened_on and opened_on != date)
    if time_first:
        # 開議 令和８年１月１９日（月曜日）午前１０時００分: the sitting's date in the field of its opening clock.
        # 招集年月日 平成12年12月 7日 … 開議 平成12年12月21日 午前10時 2分: the session was convened on the first day;
        # this sitting, a later day of it, opened on the date and at the clock of its own field.
        date, date_conf = opened_on, 0.9
    if date is None and date_value:
        date, date_conf = hdr.eraless_date(date_value, title_texts + header.title_lines + lines[:40]), 0.8
    lost_hour = None
    if date is None and date_value:
        # 令和5年度6月16日(金), 平成1769日(木): a misprinted date the printed weekday leaves one reading of.
        date, lost_hour = weekday_checked_date(date_value)
        date_conf = 0.7
    if date is None:
        date_conf = 0.8
        for t in title_texts:
            # 掲載日:2012年6月10日更新: when the page was posted, not when the body sat.
            date = parse_date(_POSTED_ON.sub("", t))
            if date:
                break
        # 北山県議会 2008-09-01 / 10月15日-08号: the aggregator's date is the session's; the record names its own day.
        date = record_day(date, title_texts + header.title_lines[:6]) or date
    if date is None:
        # 北山県社会福祉審議会議事録(令和6年1月15日開催分) / 令和6年3月30日作成: the date in the record's title is the
        # sitting's; a line that dates the record's making is not.
        date = next((d for d in map(parse_date, record_titles) if d), None)
    narrated_date, narrated_place = hdr.narrated_sitting(lines)
    if date is None and narrated_date:
        date, date_conf = parse_date(narrated_date), 0.8
    if date is None:
        date, date_conf = _date_in_fiscal_year(header.title_lines, lines[:30]), 0.7
    if date is None:
        # ●議事日程 / 令和７年１０月２０日（月曜日）午前９時３０分開会: a full date on a line of its own.
        date = next((d for d in map(parse_date, (ln for ln in lines[:40] if _FULL_DATE_LINE.match(ln))) if d), None)
        date_conf = 0.7
    if date is None:
        # 1 会議の名称 2 開催日時 … 平成22年 8月4日 午後2時00分∼3時40分: the only date a clock range follows.
        date, date_conf = date_of_lone_span(" ".join(lines[:60])[:3000]), 0.6
    if date is None:
        # 日 時:平成 24 年7月 30(月)17:1 in a line no field was read from: a misprinted date after its label.
        date, lost_hour = misprinted_date_after_label(lines[:40])
        date_conf = 0.6
    if date is None:
        # 明６月６日は休会です: the chair names the next day; the sitting is the day before.
        date, date_conf = _day_before_tomorrow(title_texts + header.title_lines, lines), 0.6
    start_time = end_time = None
    time_conf = 1.0
    time_sources = [v for v in (date_value, header.first("time")) if v]
    if time_first:
        time_sources = time_sources[::-1]
    for v in time_sources:
        s, e = parse_time_range(v)
        if s:
            start_time, end_time = s, e
            if e and (ended := _MEETING_ENDED.search(v)):
                # 午後1時30分から午後3時40分まで(会議は午後2時50分まで): the bracket says where the 会議 itself ended.
                end_time = parse_time_range(ended.group("clock"))[0] or e
            break
    if start_time is None and (colonless := _colonless_clock_range(time_sources)) is not None:
        start_time, end_time = colonless
    if start_time and end_time is None and date_value and not time_first and convened_by_notice(lines[:80]):
        # 1 期日 …午前9時30分〜 under …を次のとおり招集する: the notice's clock; the record's 開会 says when it opened.
        opened = parse_time_range(header.first("time"))[0] if header.first("time") else None
        start_time = opened or _sitting_clock(lines)[0] or start_time
    if (closing := closing_clock_apart(time_sources, lines[:40], parse_time_range)) is not None:
        start_time, end_time = closing
    if start_time is None and lost_hour:
        start_time, time_conf = lost_hour, 0.7
    if start_time and end_time is None and header.first("closed"):
        end_time = parse_time_range(header.first("closed"))[0]
    end_time = hdr.noon_closing(start_time, end_time, "\n".join(time_sources + [header.first("closed") or ""]))
    if start_time is None and (boxed := clocks_in_box_cells(lines[:80], lambda c: parse_time_range(c)[0])):
        # │開 議│… 午前10時00分│ / │閉 会│… 午前10時12分│: each clock in the cell after its own word.
        start_time, end_time = boxed
    if start_time is None:
        start_time, end_time = _sitting_clock(lines)
        time_conf = 0.9
        if start_time is None and date:
            # 第29回北野市環境審議会次第 / 平成18年2月20日(月)13時から: no field and no opening word; the clock on
            # the line that dates the sitting is its opening.
            date_line = next((ln for ln in title_texts + lines[:40]
                              if _FULL_DATE_LINE.match(ln) and parse_date(ln) == date), "")
            # A closing clock already read (午後3時10分 閉会) stands when the date line states only an opening, or none.
            start_time, closed = parse_time_range(date_line)
            end_time = closed or end_time
            time_conf = 0.8
        elif end_time is None and date:
            # 開催日時及び場所 令和4年12月16日(金)午前10時00分~午前10時31分 over 午前10時00分 開会: the opening clock line
            # agrees with the range on a line that dates the sitting, which closes it.
            ranges = (parse_time_range(ln) for ln in title_texts + lines[:40] if "時" in ln and parse_date(ln) == date)
            end_time = next((closed for opened_then, closed in ranges if opened_then == start_time and closed), None)
    elif end_time is None:
        # 日時　令和５年２月21日　午後１時: the header states only the opening; 散会 closes the day.
        end_time = _sitting_clock(lines)[1]
    if start_time is None and narrated_date and parse_date(narrated_date) == date:
        # …定例会を平成26年1月28日午後2時30分北山市民センター研修会議室に招集した。: the clock the record narrates.
        start_time, time_conf = parse_time_range(narrated_date)[0], 0.7
    opened, room = hdr.clock_opening_room(([place] if place else []) + lines[:40])
    if room and (place is None or place.startswith(opened) and place.endswith(room)):
        # 午前10時03分  開会第2委員会室 read whole as the room by its shape: the room is what follows 開会.
        place = room
    start_time = start_time or parse_time_range(opened or "")[0]
    if start_time is None or end_time is None or not place:
        # ◇開催日時 平成27年8月11日(火)午前10時~ ◇開催場所 …, 開会時間 / 午後1時30分: fields by their words alone.
        fields = hdr.field_values(" ".join(lines[:60])[:3000])
        opened_at, closed_at = hdr.clock_by_field_words(fields, parse_time_range)
        if start_time is None and opened_at:
            start_time, end_time, time_conf = opened_at, closed_at or end_time, 0.7
        elif end_time is None and opened_at == start_time:
            end_time = closed_at
        place = place or hdr.place_by_field_words(fields)
    if end_time and close_only_planned(cleaned, start_time, lambda c: parse_time_range(c)[0]):
        # …次第 / 午前10時から11時30分まで, then the report's 開催日時 … 午前10時から: the close was only planned.
        end_time = None
    span, room = hdr.clock_range_in_place(place)
    if span and start_time is None:
        # 場所:北野市立中央館 午後3時~午後4時 3階会議室: the 日時 row's clock pushed into the room's cell.
        (start_time, end_time), place, time_conf = parse_time_range(span), room, 0.7
    if (start_time is None or not place) and date:
        # 平成30年8月27日(月)午前10時~午前11時34分(9階909会議室): the sitting's date, span and room, no field word.
        span, room = hdr.dated_span(" ".join(lines[:60])[:3000], date)
        if span and start_time is None:
            (start_time, end_time), time_conf = parse_time_range(span), 0.7
        place = place or room
    if start_time is None and date:
        # 出席委員 … 13時30分∼15時00分 建設課長: a form's cells flattened in column order put the 日時 row's clock
        # among the roster's; a range standing alone, and the only one near the top, is the sitting's span.
        spans = {m.group(0) for m in _LONE_RANGE.finditer(" ".join(lines[:60])[:1500])}
        if len(spans) == 1:
            (start_time, end_time), time_conf = parse_time_range(spans.pop()), 0.6

    present_value = header.first("present") or header.first("members")
    attendees = header.first("attendees")
    # A 総合教育会議 is the head of the municipality with the board of education: its 教育長 is a member too.
    board = bool(council and ("教育委員会" in council or "総合教育会議" in council)
                 and not re.search(r"[都道府県市区町村]議会", council))
    listed = people.get("present" if header.first("present") else "members" if present_value else "attendees", roster.People())
    members, chair = listed.members(board), listed.chair
    chair_conf = 0.9
    members_conf = 0.9 if present_value else 0.8
    stated_here = header.counts.get("present") or roster_fallback.stated_count(present_value or attendees)
    implausible = not roster_fallback.plausible_members(members, stated_here)
    if implausible:
        # 10名中8名 / 中、田邊、石井…: what is no name (a count's letter, a field word, an office) leaves the list.
        repaired = roster_fallback.name_shaped_part(members)
        if repaired and roster_fallback.plausible_members(repaired, stated_here):
            members, implausible = repaired, False
            chair = chair if chair in members else None
    # 出席者 役職名 / 会長 / 委員 … / 氏名 / 北野 一郎 …: the attendance field opens on the head of a role column.
    opens_columns = roster_fallback.opens_role_column(present_value or attendees)
    columns = roster_fallback.roster_by_columns(lines[:160]) if opens_columns else None
    rows_read = (roster_fallback.roster_by_affiliation_rows(present_value or attendees)
                 or roster_fallback.roster_by_posts_and_names(present_value or attendees)
                 or roster_fallback.roster_by_name_colon_rows(present_value or attendees))
    if columns is None and rows_read is not None and len(rows_read.names) > len(members):
        # • 北山警察署 署長 南田健二: rows of organisation, post and name, the name each row's last word; or the rows run
        # onto one line, each name after its post.
        members, chair, members_conf = list(rows_read.names), rows_read.chair, 0.6
    elif columns is not None:
        members, chair, members_conf = list(columns.names), columns.chair, 0.6
    elif (split := roster_fallback.roster_by_name_columns(present_value or attendees)) is not None:
        # 教育長 / 委員委員委員事務局 教育部長 / … / 北野 / 南田 / … / 一郎 / 健 / …: the roster's columns one after another,
        # roles, surnames, given names; the members' rows come before 事務局.
        members, chair, members_conf = list(split.names), split.chair, 0.6
    elif not members and not present_value and not attendees \
            and (noted := roster_fallback.roster_by_noted_lines(lines[:120])) is not None:
        # 出席者 : / ◎北野 一郎(北山大学教授) / 南田健(…) …: one member a line under a bare label, where from in brackets.
        members, chair, members_conf = list(noted.names), noted.chair, 0.6
    elif implausible or not members and not present_value and not attendees:
        # 7 出席した者 ・委 員:北野一郎、南田 健(会長)… in a form no header reader understood: names by their shape;
        # also where what was read is no roster (関係人 from a form's cell, 1 name of 計13名).
        by_shape = roster_by_shape("\n".join(lines[:80])[:6000])
        if by_shape and roster_fallback.plausible_members(
                list(by_shape[0].names), (roster_fallback.stated_count(by_shape[1]) if implausible else None)
                or roster_fallback.count_alone(by_shape[1])):
            listed, present_value = by_shape
            members, chair, members_conf = list(listed.names), listed.chair, 0.6
        elif not opens_columns and (columns := roster_fallback.roster_by_columns(lines[:160])) is not None:
            # 役職名 / 会長 / 委員 … 氏名 / 北野 一郎 / …: the roster table's columns printed one after the other.
            members, chair, members_conf = list(columns.names), columns.chair, 0.6
        elif (rows := roster_fallback.roster_by_role_rows(present_value or attendees)) is not None:
            # 会長 平本 健太 北海道大学… 教授 副会長 岡田 直人 …: the roster table's rows run onto one line.
            members, chair, members_conf = list(rows.names), rows.chair, 0.6
        elif (marked := roster_fallback.roster_by_attendance_marks(" ".join(lines[:80])[:6000])) is not None:
            # 委員 北野一郎 出席 ・ 欠席: rows whose 出欠 column printed both words, the mark that chose one lost.
            members, chair, members_conf = list(marked.names), marked.chair, 0.6
        elif (column := roster_fallback.roster_by_attendance_column(" ".join(lines[:80])[:6000])) is not None:
            # 関係団体等 氏 名 備 考 北山町区長会会長 北野 一郎 出席 …: rows of affiliation and name, each closed by
            # 出席 or 欠席; the table's own 欠席 rows are those absent.
            listed = column
            members, chair, members_conf = list(column.names), None, 0.6
        elif (named := roster_fallback.roster_by_member_word(
                " ".join(v for values in header.fields.values() for v in values))) is not None:
            # … 北野一郎委員 南田健二委員 東山花子委員 …: full names closed by 委員 among a flattened form's cells.
            members, chair, members_conf = list(named.names), None, 0.6
        elif implausible:
            # What is name-shaped of it stays (a null is better than a field word read as a name); a count
            # alone that the list misses (計9名 may count the staff too) leaves it as it was.
            members = roster_fallback.name_shaped_part(members)
            chair = chair if chair in members else None
    if present_value and (joined := roster_head_before_label(lines[:40], present_value)):
        # (…委員) 北野 一郎、… 4.出席者氏名 南田 健、…: the label printed inside its list; its first rows come before it.
        whole = roster.read_people(joined)
        if len(whole.members(board)) > len(members):
            listed, present_value = whole, joined
            members, chair = listed.members(board), listed.chair
    if (cell_rows := roster_fallback.roster_by_role_cell_rows(lines[:120])) is not None \
            and (len(cell_rows.names) > len(members) or "|" in (present_value or attendees or "")):
        # 区分 氏名 職名等 / 座長 北野 一郎 … /   南田 健 … (or 委員長 | 北野一郎 | … |): the roster table one row a line,
        # the role written once over its group's rows (a reader that took 委員 for a field read the rows under it, or
        # read the bars' cells as entries).
        listed = cell_rows
        members, chair, members_conf = cell_rows.members(board), cell_rows.chair, 0.6
    grouped = roster_fallback.roster_by_member_group(lines[:120])
    extra = set(members) - set(grouped.names) if grouped else set()
    if grouped and extra and (extra <= set(grouped.absent or ())
                              or not set(members) & set(grouped.names) and len(grouped.names) > len(members)):
        # 【委員】 / 北野一郎、南田健、… / (欠席)森本進 / 【アドバイザー】 / …: the members' group under its heading, those away
        # after (欠席), the form's label for the cell printed after it; a reading that took those away for members, or
        # read another group, gives way to it.
        listed = grouped
        members, chair, members_conf = list(grouped.names), None, 0.6
    marked_cells = roster_fallback.roster_by_seat_mark_cells(lines[:300])
    if marked_cells is not None and set(members) != set(marked_cells.names) and (
            not set(members) - set(marked_cells.names) - set(marked_cells.absent or ()) or not set(members) & set(marked_cells.names)):
        # ○ 出席 / × 欠席 / … / 1 / 北 野 / 一 郎 / ○ / …: the seat table one cell a line, each row closed by its mark. The
        # marks decide: a reading that took those marked away for members, or read the table's head and cells as
        # names, gives way.
        listed = marked_cells
        members, chair, members_conf = list(marked_cells.names), None, 0.6
    if not members and (seat_lines := roster_fallback.roster_by_seat_lines(lines[:200])) is not None:
        # 会議に出席した議員 / 1番 / 北野一郎 / 2番 / …: the seat table one cell a line under the label.
        listed = seat_lines
        members, chair, members_conf = list(seat_lines.names), None, 0.6
    if not members and (bracketed := counted_bracket_names(present_value) or counted_bracket_names(attendees)) is not None:
        # 出席者:【…委員】 委員:4人(北野,南田,東,西川) 欠席:1人(北山): surnames in a bracket after their count.
        listed = bracketed
        members, chair, members_conf = list(bracketed.names), None, 0.6
    if not members and not present_value and not attendees and (role_line := role_named_line(lines[:40])) is not None:
        # 庁議室 / 委員長 北野一郎、副委員長 南田健、委員 東山亨: the roster's label lost, each entry an office and a name.
        listed = role_line
        members, chair, members_conf = list(role_line.names), role_line.chair, 0.6
    if not members and (dotted := dotted_seat_roster(lines[:60])) is not None:
        # 出席議員 / 1.北野一郎4.南田健… 2.東山花子…: a box-drawn seat table read column after column, every seat once.
        listed = dotted
        members, chair, members_conf = list(dotted.names), None, 0.6
    if not members and not present_value and not attendees and (run_on := counted_seat_run(lines[:40])) is not None:
        # …定例会  出席議員 ( 47人)  1番  北 野 一 郎 …: the seats run on after the title, as many as counted.
        listed = run_on
        members, chair, members_conf = list(run_on.names), run_on.chair, 0.6
    if (not members or _REFERS_BELOW.match(present_value or attendees or "")) \
            and (cells := roster_fallback.roster_by_attendance_cells(lines[:200])) is not None:
        # 出席者:下記名簿のとおり / 北野 / 一郎 / 北野市医師会代表 / 出席 / …: the roster table below, one cell a line.
        listed = roster.People(cells[0].names, None, absent=tuple(cells[1]))
        members, chair, members_conf = list(listed.names), None, 0.6
    if (not members or roster_fallback.opens_seat_marks(present_value or attendees)) \
            and (seats := roster_fallback.roster_by_seat_marks(lines[:200])) is not None:
        # 議席番号 氏 名 出欠 … / 1 北野 一郎 出 9 南田 健 出: the seat table's own column marks who came.
        listed = seats
        members, chair, members_conf = list(seats.names), None, 0.6
    if (mark_rows := roster_fallback.roster_by_seat_mark_rows(lines[:200])) is not None \
            and not set(members) & set(mark_rows.names):
        # 出席 ○ / 欠席 × / 番 号 氏 名 出欠 … / 1番 北 野 一 郎 ○ 4番 …: the seat table marked by symbols (or their spelled
        # names), two seats a row; a reading that took a stray mark or the marked cells for names gives way.
        listed = mark_rows
        members, chair, members_conf = list(mark_rows.names), None, 0.6
    if len(members) < 2 and (office_rows := marked_office_rows(lines[:120])) is not None:
        # 出欠 / 副会長 北野一郎 / ○ / 会長 南田健 / ○ / …: each row's mark on the line under it.
        listed = office_rows
        members, chair, members_conf = list(office_rows.names), office_rows.chair, 0.6
    after_names = roster_by_marks_after_names(" ".join(lines[:80])[:6000]) if not members else None
    if after_names is not None:
        # 出席者 ○ 欠席者 − / 委員長 (…) 北野一郎 ○ …: a marked table flattened, each row closed by its legend's mark.
        listed = after_names
        members, chair, members_conf = list(after_names.names), after_names.chair, 0.6
    if any(_AGENDA_WORDING.search(m) for m in members):
        # 出席者 / 委 員 / 大 塚 / … / (1)議事録署名人指名 / 土地掘削許可について: a PDF's cells read past the roster into the
        # agenda; a case's wording (…について, …指名) names no one.
        members = [m for m in members if not _AGENDA_WORDING.search(m)]
    count = header.counts.get("present")
    stated = roster.STATED_COUNT.search(present_value or attendees or "") if count is None else None
    if stated:
        # 北野一郎 南田健 … (15人中14人出席): the list's own count of those present checks its split.
        count = int(unicodedata.normalize("NFKC", stated.group("n")))
    if members and (by_count := names_by_count(present_value or attendees, count)) and len(by_count) != len(members):
        # 北野一郎 南田健、東山清 … 17名: names parted now by 、 now by a blank; the count says which blank parts two.
        members = by_count
        chair = chair if chair in members else None
    if count and members and len(members) != count:
        facts.warn("members_present", f"出席者の人数（{count}名）と読み取れた氏名の数（{len(members)}名）が合いません。名簿を確認してください。")
        # Fewer than half of the stated roster: the layout was not understood.
        members_conf = 0.3 if len(members) * 2 < count else 0.6
        if members_conf < 0.5:
            # 出席議員(18名) 議 長  篠 﨑 昭 cut off by the page's end: the 議長 of a roster not understood is as
            # unsure as its members.
            chair_conf = members_conf
    absent_value = _attendance_field(header, "absent")
    absent_listed = people.get("absent", roster.People()).members()
    if listed.absent is not None and absent_value is None:
        # 役職 / 氏名 / 出欠: the table's own 欠席 cells list those absent.
        absent_value = "、".join(listed.absent) or "なし"
        absent_listed = list(listed.absent)
    elif listed.absent and absent_value is not None and not hdr.is_none_value(absent_value):
        # 欠席委員 北野一郎 … / 出席委員 … 南田健委員(代理 東山清副校長): a member whose stand-in came is away too.
        absent_listed = absent_listed + [a for a in listed.absent if a not in absent_listed]
    if listed is mark_rows or listed is after_names:
        # 出席議員 / 欠席議員 / 出席 ○ / 欠席 × / …: both labels head the one marked table, whose marks say who was away.
        absent_value, absent_listed = "、".join(listed.absent) or "なし", list(listed.absent)
    # 松本純子委員は欠席: an absence stated inside the list of those present.
    said_absent = _SAID_ABSENT.findall(present_value or attendees or "")
    if said_absent and absent_value is None:
        absent_value = "、".join(said_absent)
        absent_listed = roster.read_people(absent_value).members()
        members = [m for m in members if not any(m.startswith(a) for a in said_absent)]
    if absent_value is None and (present_value or attendees):
        # 北野教育長が、南田委員から欠席の届出があったことを報告。: the record narrates who sent word of absence.
        notified = next((m.group("names") for ln in lines[:80] if "欠席の" in ln for m in [_ABSENCE_NOTIFIED.search(ln)] if m), None)
        if notified:
            absent_value = notified
            absent_listed = [n for n in re.split(r"[、,，・]", re.sub(r"(?:各?委員)", "", notified)) if n]
    if absent_value is None or not absent_listed and not hdr.is_none_value(absent_value):
        # 欠席者 北野市消防団長、北野警察署長: absence by office (or by count) names no one; unknown, not none.
        absent = None
    elif hdr.is_none_value(absent_value):
        absent = []
    else:
        absent = list(absent_listed)
        # 欠席委員 … 南田 健 ( 急用により早 退): the note says the member came; present, not absent.
        came = people.get("absent", roster.People()).attended
        absent = [a for a in absent if a not in came]
        # 応招議員 … 北野一郎 / 不応招議員 北野一郎: the named absence is the more specific list.
        members = [m for m in members if m not in absent] + [c for c in came if c not in members]
    if chair is None and listed.acting and people.get("absent", roster.People()).chair:
        # 欠席者 委員長 北野一郎 / 出席者 委員長職務代理者 南田健: the chair is away, the acting chair presides.
        chair = listed.acting
    chair = chairs.of_section(present_value or attendees, council, members) or chairs.named_in_form(lines[:80], members) or chair
    if chair is None and absent_value is None and listed.acting in members \
            and not _CHAIR_OFFICE.search(_ACTING_OFFICE.sub("", present_value or attendees or "")):
        # 出席者名 北野一郎会長代理; 南田健委員; …: the roster marks the acting chair, no chair and no one away; the 会長 is
        # not there and the acting chair presides. (A list of those away that does not name the chair leaves it open.)
        chair = listed.acting
    if chair is None and board and len(listed.superintendents) == 1:
        # Since 2015 the 教育長 presides over the board of education (教育長、よろしくお願いいたします); a council of
        # several boards seats several 教育長, and which of them presides is not the office's to say.
        chair = next((m for m in members if m in listed.superintendents), None)
    if chair is None and board and (head := _SUPERINTENDENT_ROW.search(present_value or attendees or "")) \
            and not _BOARD_CHAIR_LISTED.search(present_value or attendees or ""):
        # 出 席 者 教育長 北野 一郎 / 一番委員 南田 健 …: the 教育長's row, the seats numbered after it, heads the board;
        # a roster that still lists a 委員長 (the board before the 2015 reform) has him preside instead.
        chair = next((m for m in members if m == "".join(head.group("n").split())), None)
    if chair is None:
        # 出席者氏名(敬称略) | 委員長 北野花子 …: a roster row the header did not read as a field still names its chair.
        rows = present_value or attendees or "\n".join(ln.split("欠席")[0] for ln in lines[:60] if "出席" in ln.split("欠席")[0])
        # 開会 平成27年3月30日 午後1時30分 委員長 北野一郎: the form names who declared the sitting open and closed.
        declared = "\n".join(v.split("\n")[0] for v in (header.first("time"), header.first("closed")) if v)
        chair = (chairs.elected(lines, members) or chairs.role_first(rows, members) or chairs.role_first(declared, members)
                 or chairs.officer_line(lines[:30], members)[0] or chairs.role_and_name_line(lines[:60], members)
                 or chairs.role_column(lines[:120], members))
        chair_conf = 0.8
    if not members and chair is not None and chair in (officers := chairs.officers_elected(lines[:200], not (present_value or attendees))):
        # 委員10名中9名出席 / 会長に"北野一郎"委員が選出された: the roster only counts the members; the officers elected
        # are the members the record names. A page with no attendance at all may name them in one sentence
        # (委員長に北野一郎委員(…)、副委員長に南田花子委員(…)が選出).
        members = officers
    if not members and chair is not None and (present_value or attendees or attendance_counted(lines[:200])) \
            and chair in (named_first := chairs.officers_named_first(lines[:200])):
        # (1)委員 / 13名中10名出席 / …北野委員が会長に選出され、以下の議事を進行した: the roster only counts the members; the
        # one elected to the chair, named before the office, is the member the record names.
        members = named_first
    if chair is None:
        # 開議 令和2年3月2日 10時05分 議長 南田 健: the 議長 who declared the sitting open, a member on the roster.
        # 宣告者 開会 議長 北野 一郎 / 延会 議長 南田 健: who declared the sitting open, in a field of its own.
        declared = _DECLARED_BY.search(header.first("time") or "") or _OPENING_DECLARED_BY.match(header.first("declared") or "")
        name = "".join(declared.group("n").split()) if declared else None
        chair = name if name in members else None
    if not members and not (present_value or attendees) and (introduced := members_introduced(lines[:150])):
        # 北野委員でございます。 / 南田委員でございます。 / …: no roster; the chair introduces each member present.
        members = introduced
    if chair is None and (greeted := chairs.addressed_first(lines[:120], members)):
        # …土屋部会長はじめ委員の先生方には…: a record with no roster names its chair only in an official's greeting, the
        # one member it names.
        chair = greeted
        members = members or [greeted]
    if chair is None and members and (presiding := presiding_officer_named(lines[:200], members)):
        # 議長を北野会長に決定 / 北野会長議長に就任: the 議長 named by surname and office, once, in narration.
        chair = presiding
    if chair is None and members and (acting := officer_acting_named(lines[:200], members)):
        # また、北野会長から…伝えられた: the chair named acting, by surname and office, a member of the roster.
        chair = acting
    if chair is None and members and (nominator := chairs.nominated_by(lines[:200], members)):
        # 北野主査の指名により、南田委員が主査代理に選任された: who nominates the deputy presides.
        chair = nominator
    if place is None and date_value and "\n" in date_value:
        # 日時及び場所 / 平成12年4月19日(水)午前10時から12時 / 市役所301会議室: one field, two lines.
        second = date_value.split("\n")[1].strip()
        # 日時:令和6年11月16日 / 開会 / ○事務局: the word that opens the sitting is no room.
        # 日時:… 午後2時から / 第 1 開会 2 館長あいさつ 3 …: the order of business run on below is no room either.
        if parse_date(second) is None and "時" not in second and not re.fullmatch(rf"(?:{OPENING_WORDS}|{CLOSING_WORDS})", second) \
                and not _NUMBERED_RUN.search(second):
            place = second
    if place is None and date_value and "\n" not in date_value:
        # 日時及び場所    平成15年11月20日(木) 17時から19時    北山会館: one field, the room a wide gap after the clock.
        cells = _WIDE_GAP.split(date_value.strip())
        room_shaped = len(cells) == 2 and _ROOM_CELL.fullmatch(cells[1])
        if len(cells) != 2 and (span := hdr.CLOCK_RANGE.search(date_value)):
            # 日時及び場所 令和4年12月16日(金)午前10時00分~午前10時31分 第2委員会室: a room named by its word may
            # follow the clock range after a single blank.
            cells = [date_value[:span.end()], date_value[span.end():].strip(" \t\u3000")]
            room_shaped = _ROOM_NAMED.fullmatch(cells[1])
        if room_shaped and parse_date(cells[0]) and parse_time_range(cells[0])[0]:
            place = cells[1]
    if place is None and date_value and (room_field := _ROOM_FIELD_AFTER_CLOCK.search(date_value.split("\n")[0])):
        # 日時 / 平成28年10月13日(木) 午前10時45分から12時まで 場所 北山市民センター 2階会議室: the room's label and value
        # run on after the clock on the value's line, a single space apart.
        place = room_field.group("room")
    if place is None and date_value and (at := _CLOCK_AT_ROOM.search(date_value.split("\n")[0])):
        # 開催年月日時刻及び場所 令和5年1月11日 自 午前10時0分 至 午前11時24分 於 委員会室: the room after 於 closes the field.
        place = at.group("p")
    if place is None and narrated_place is None:
        # 平成18年5月17日 / 午前10時00分開議 / 於議場: a 議事日程's room after 於 ("at"), on a line of its own.
        # 平成16年7月28日(水) 10時30分〜11時40分 / 於、北山省8階第1会議室: the line under the clock run onto it.
        place = next((m.group("p") for ln in lines[:40] if "於" in ln and (
            m := _AT_ROOM.match(ln) or _DATE_AT_ROOM.match(ln) or _CLOCK_RUN_INTO_AT_ROOM.search(ln))), None)
    if place is None and narrated_place is None:
        # 平成 24 年 11 月1 4日 於・ 10 0 1会 議室 (1 0 階): the same cover in a text whose blanks fell inside its words.
        place = room_on_broken_cover(lines[:40])
    if place is None and narrated_place is None and date:
        # …委員会会議録 平成28年9月6日(火曜日) 於 第5委員会室 出席委員 …: a flattened title block, the sitting's date and
        # where (於) mid-line, the roster run on after them.
        place = next((m.group("p") for ln in lines[:40] if "於" in ln for m in _DATED_AT_ROOM_MID_LINE.finditer(ln)
                      if parse_date(m.group("d")) == date), None)
    if place is None and narrated_place is None and date:
        # 令和６年３月１８日　　　　北野市議会議場: a record's title block sets the room across from the sitting's date.
        place = next((m.group("room") for ln in lines[:40] if (m := _DATE_THEN_ROOM.match(ln))
                      and parse_date(m.group("date")) == date), None)
    if narrated_place is None and date and (across := room_across_from_opening(lines[:40], date)) and (
            place is None or place.startswith(across)):
        # …会議録 令和2年6月4日(木曜日)午前10時3分開議      議事堂第3委員会室協議事項】: the room across from the opening, the
        # next heading run on after it.
        place = across
    if place is None and narrated_place is None and date:
        # 令和2年6月4日(木) 18時30分 開会 19時50分 閉会 北山プラザ 会議室2 北野委員、…: the room after the date and clocks.
        place = room_after_dated_clocks(lines[:40], date)
    if place and _HELD_BY_MODE.search(place):
        # 開催場所 対面とオンライン併用のハイブリッド開催 / (北山市役所4階大会議室): the field says how the sitting was held;
        # the room is the bracket under it.
        place = _room_under_mode(lines[:80], place) or place
    place = hdr.without_street_address(_LIST_AFTER_ROOM.sub("", hdr.room_line(place)).strip()) if place else narrated_place
    # 1 日時・場所 … / . 北山コミュニティセンター 大会議室: a bullet left by the copy before the room on its own line.
    place = room_before_next_field(_BULLET_BEFORE_ROOM.sub("", place)) if place else place
    if place and (dated := _DATE_BEFORE_ROOM.match(place)) and parse_date(dated.group("d")) == date:
        # 平成21年2月20日(金) NOSAI北山会館6階大会議室: the sitting's date, then the room, on the line read as the place.
        place = dated.group("room")
    facts.put("municipality", municipality, municipality_conf)
    if council:
        # 北山県環境審議会 温泉部会: the sub-body that sat, named after its parent in the title.
        council = with_sub_body(council, title_texts[:4] + header.title_lines[:4])
    facts.put("council_name", council, council_conf)
    facts.put("meeting_label", label, 0.9)
    facts.put("date", date.isoformat() if date else None, date_conf)
    facts.put("start_time", start_time, time_conf)
    facts.put("end_time", end_time, time_conf)
    facts.put("place", place or None, 0.9)
    members, chair = entries_kept(*surnames_made_whole(members, chair), council, municipality)
    facts.put("members_present", members, members_conf)
    facts.put("members_absent", absent, 0.9, stated_empty=True)
    if chair and _OFFICE_WORD_ONLY.fullmatch(chair):
        chair = None  # 会長 会長代理 委員 〃 …: a roster's role column read as its name column names no one
    facts.put("chair", chair, chair_conf)
    facts.put("observers", hdr.observers(header, cleaned), 0.9)
    return facts


_DATE_BEFORE_ROOM = re.compile(
    rf"^(?P<d>{ERA_DATE})[ \t\u3000]*(?:[（(][^（）()]{{1,6}}[）)])?[ \t\u3000]+(?P<room>[^\s0-9０-９:：、。][^:：、。時]{{1,40}})$")
_RECORD_TITLE = re.compile(r"[^\s、。「」:：>＞]{4,40}?(?:議事録|会議録|議事要旨|議事概要)(?:[(（][^()（）]{0,24}[)）])?")
# 北山合同庁舎共用A会議室 1 開会 2 報告事項: the order of business, numbered from 1, run on after the room.
_LIST_AFTER_ROOM = re.compile(r"[ \t\u3000]+[1１][ \t\u3000.．、]+[^\s0-9０-９階号]\S*?[ \t\u3000]+[2２][ \t\u3000.．、]+\S.*$")
_WIDE_GAP = re.compile(r"[ \t]{3,}|\u3000{2,}")
_ROOM_NAMED = re.compile(r"[^\s0-9０-９:：、。()（）][^\s:：、。()（）]{0,20}(?:会議室|委員会室|室|ホール|会館|庁舎|議場|会場|センター)")
_DATE_THEN_ROOM = re.compile(
    rf"^[ \t\u3000]*(?P<date>{ERA_DATE})(?:[（(][^（）()]{{1,6}}[）)])?(?:[ \t]{{3,}}|\u3000{{2,}})(?P<room>{_ROOM_NAMED.pattern})[ \t\u3000]*$")
_ROOM_CELL = re.compile(r"[^\s0-9０-９:：、。]{2,30}(?:[ \u3000][^\s:：、。]{1,20}){0,2}")


_MONTH_SESSION_LABEL = re.compile(r"月(?:定例会|臨時会)")
_ROOM_FIELD_AFTER_CLOCK = re.compile(
    r"(?:時|分|まで)[ \t\u3000]+(?:場[ \t\u3000]?所|会[ \t\u3000]?場)[ \t\u3000]*[:：]?[ \t\u3000]*(?P<room>[^\s0-9０-９:：、。][^、。:：]{1,40}?)[ \t\u3000]*$"
)
# 定例会3月会議, 3月第1回会議: the sitting of an assembly that meets the year round, no body of its own.
_SITTING_READ_AS_BODY = re.compile(r"(?:定例会)?[0-9]{1,2}月(?:第[0-9]{1,2}回)?会議")
_HONOURED_SPEAKER = re.compile(rf"^[ \t\u3000]*[{SPEAKER_MARKS}][ \t\u3000]*議長[（(][^（）()]{{1,12}}君[）)]")
# 令和 3年 第2回 臨時会, 平成28年9月定例会: a title that names a plenary session and no body.
# 平成23年第1回定例会(第2日) 本文: the day of the session, and a minutes site's word for the record's text.
_NUMBERED_RUN = re.compile(r"(?:^|\s)[0-9０-９]{1,2}[ \t\u3000]+\S+[ \t\u3000]+[0-9０-９]{1,2}[ \t\u3000]+\S")
_PLENARY_TITLE = re.compile(
    r"(?:(?:令和|平成|昭和)[0-9０-９元]{1,2}年)?(?:[0-9０-９]{1,2}月|第[0-9０-９]{1,2}回)?(?:定例会|臨時会)"
    # 平成15年 6月 定例会(第3回): the session's count in brackets after the month's session.
    r"(?:[(（]第[0-9０-９]{1,3}回[)）])?"
    # 平成26年 第1回定例会(3月): the month the counted session opened, in brackets after it.
    r"(?:[(（][0-9０-９]{1,2}月[)）])?"
    # 令和 5年 6月定例会（第 6日 6月30日）: the day of the session, and its date, in the brackets.
    r"(?:[(（]第[0-9０-９]{1,2}[日号](?:[0-9０-９]{1,2}月[0-9０-９]{1,2}日)?[)）])?(?:会議録|本文)?"
    # 令和5年第2回定例会会議録(3月22日): the day's record of the session, its date in brackets after the word.
    r"(?:[(（][0-9０-９]{1,2}月[0-9０-９]{1,2}日[)）])?"
    # 平成25年10月臨時会−11月01日-02号: a minutes site's title, the sitting's day and number after the session.
    # 平成15年 6月 定例会(第3回) 06月20日−06号: the same, a blank before the day instead of the dash.
    r"(?:[−\-－‐]?[0-9０-９]{1,2}月[0-9０-９]{1,2}日[−\-－‐][0-9０-９]{1,2}号)?"
)


# 平成14年4月26日(金)1500~1700: a clock range written as four digits each, without a colon or 時.
_COLONLESS_RANGE = re.compile(
    r"(?<![0-9])(?P<h1>[01][0-9]|2[0-3])(?P<m1>[0-5][0-9])[ \t]*[~〜～][ \t]*(?P<h2>[01][0-9]|2[0-3])(?P<m2>[0-5][0-9])"
    r"(?![0-9.,]|[ \t]*(?:円|人|名|件|年|m|ｍ|km|ha|%|％))")


def _colonless_clock_range(texts: list[str]) -> tuple[str, str] | None:
    for text in texts:
        m = _COLONLESS_RANGE.search(unicodedata.normalize("NFKC", text))
        if m and (m["h1"], m["m1"]) < (m["h2"], m["m2"]):
            return f"{m['h1']}:{m['m1']}", f"{m['h2']}:{m['m2']}"
    return None


def _header_people(header: hdr.Header) -> dict[str, roster.People]:
    """Each attendance field of the header, read once: who may speak, and the meeting's facts."""
    return {name: roster.read_people(_attendance_field(header, name), header.labels.get(name, "").endswith("等"))
            for name in ("present", "members", "attendees", "absent") if header.first(name)}


def _attendance_field(header: hdr.Header, name: str) -> str | None:
    value = header.first(name)
    return none_closes_field(value) if name == "absent" else value


def _house_style(lines: list[str], start: int, attending: frozenset):
    """The speaker-label style of the body from ``start``, with what classify reads next: the label matches found
    and each body line's analysis (made once, for both)."""
    found: dict = {}
    analysed = body_lines(lines, start)
    return choose_family(lines, start, found, attending, analysed), found, analysed


def _roster_names(people: dict[str, roster.People]) -> frozenset:
    """Everyone the header lists as attending or absent, compacted: who may speak."""
    return frozenset(compact(n) for listed in people.values() for n in listed.members())


def _speech_lines(body: Body) -> frozenset:
    """The lines of every turn: its label line and the text that continues it."""
    out = set()
    for i in body.labels:
        out.add(i)
        j = i + 1
        while body.kinds.get(j) in ("text", "blank"):
            out.add(j)
            j += 1
    return frozenset(out)


def _header_texts(header: hdr.Header) -> list[str]:
    return header.title_lines + [v for values in header.fields.values() for v in values if v]


_KANJI_NUMBER = "一二三四五六七八九十"
_TITLE_YEAR = re.compile(
    rf"(?P<era>令和|平成|昭和)[ \t\u3000]*(?P<n>元|[0-9０-９]{{1,2}}|[{_KANJI_NUMBER}]{{1,3}})[ \t\u3000]*年(?P<fy>度)?"
)
_LONE_RANGE = re.compile(rf"(?:^|(?<=[ \t\u3000]))(?:{hdr.CLOCK_RANGE.pattern})(?=[ \t\u3000]|$)")


# 明６月６日 (tomorrow) is not the day of the meeting.
_MONTH_DAY = re.compile(rf"(?<![0-9０-９年明{_KANJI_NUMBER}])(?P<m>[0-9０-９]{{1,2}}|[{_KANJI_NUMBER}]{{1,2}})月(?P<d>[0-9０-９]{{1,2}}|[{_KANJI_NUMBER}]{{1,3}})日")


# (第1号) 令和6年6月2日(月曜日)午前10時開議: the sitting's number and date over an assembly's order of the day.
_FULL_DATE_LINE = re.compile(rf"^[ \t\u3000]*(?:[(（]第[0-9０-９]{{1,2}}号[)）][ \t\u3000]*)?{ERA_DATE}")


def _date_in_fiscal_year(titles: list[str], lines: list[str]):
    """平成二十七年 … 九月十七日, 令和元年度 … (11月19日): a month and day dated by the title's year."""
    year = next((m for m in map(_TITLE_YEAR.search, titles) if m), None)
    if year is None:
        return None
    md = next((m for m in map(_MONTH_DAY.search, lines) if m), None)
    if md is None:
        return None
    n, month = year.group("n"), md.group("m")
    if year.group("fy"):
        # The Japanese fiscal year runs from April to March.
        if not n.isdigit() and n != "元" or not month.isdigit():
            return None
        n = 1 if n == "元" else int(unicodedata.normalize("NFKC", n))
        n = n + 1 if int(unicodedata.normalize("NFKC", month)) < 4 else n
    return parse_date(f"{year.group('era')}{n}年{month}月{md.group('d')}日")


# 明６月６日 (tomorrow), 会期は４月８日、本日１日間 / 本日６月５日 (today): the chair dates the sitting.
_SPOKEN_DAY = re.compile(
    r"(?P<tomorrow>明)(?P<m>[0-9０-９]{1,2})月(?P<d>[0-9０-９]{1,2})日"
    r"|(?P<m2>[0-9０-９]{1,2})月(?P<d2>[0-9０-９]{1,2})日[、,]?本日|本日[、,]?(?P<m3>[0-9０-９]{1,2})月(?P<d3>[0-9０-９]{1,2})日"
    # 会期は、本日から来る12月16日までの16日間: the session's last day and its length count back to today.
    r"|本日から(?:来る)?(?P<m4>[0-9０-９]{1,2})月(?P<d4>[0-9０-９]{1,2})日までの(?P<n4>[0-9０-９]{1,3})日間"
)


def _day_before_tomorrow(titles: list[str], lines: list[str]):
    """令和8年第13回定例会 … 明６月６日、７日…は休会: the day before the one the chair calls tomorrow, or the
    day the chair calls today (会期は４月８日、本日１日間), in the title's year."""
    year = next((m for m in map(_TITLE_YEAR.search, titles) if m), None)
    if year is None or year.group("fy"):
        # A fiscal year spans two calendar years: the month alone does not tell which.
        return None
    found = set()
    for line in lines:
        if "明" in line or "本日" in line:
            for m in _SPOKEN_DAY.finditer(line):
                back = 1 if m.group("tomorrow") else int(unicodedata.normalize("NFKC", m.group("n4"))) - 1 if m.group("n4") else 0
                month, day = ((m.group("m"), m.group("d")) if m.group("tomorrow") else (m.group("m4"), m.group("d4")) if m.group("n4")
                              else (m.group("m2") or m.group("m3"), m.group("d2") or m.group("d3")))
                named = parse_date(f"{year.group('era')}{year.group('n')}年{month}月{day}日")
                if named:
                    found.add(named - datetime.timedelta(days=back))
    return found.pop() if len(found) == 1 else None


_SPOKEN_CLOCK = re.compile(
    r"(?:(?P<open>開会|開議)|閉会|散会)(?:いた)?し?ます。?[ \t\u3000]*[(（][ \t\u3000]*(?P<clock>[0-9０-９]{1,2}[:：][0-9０-９]{2}"
    # …臨時会を閉会します。 / （午後　２時２１分）: the clock in brackets on the line under the chair's words.
    r"|(?:午前|午後)[ \t\u3000]*[0-9０-９]{1,2}[ \t\u3000]*時(?:[ \t\u3000]*[0-9０-９]{1,2}[ \t\u3000]*分)?)[ \t\u3000]*[)）]"
)


_NARRATED_CLOCK = re.compile(rf"(?P<clock>{CLOCK})[、, \t\u3000]*[^。「」]{{0,40}}?(?:(?P<open>開会|開議)|閉会|散会)を宣(?:す|し|言|告)")
# 出席者:下記名簿のとおり, 別紙名簿のとおり: the attendance field sends the reader to the table below.
_REFERS_BELOW = re.compile(r"[ \t\u3000]*(?:下記|別紙|別添|次の)?(?:名簿|一覧|表)?の?(?:とおり|通り)")
_MONTH_GENERAL_MEETING = re.compile(r"(?P<l>[0-9０-９]{1,2}[ \t\u3000]*月[ \t\u3000]*(?:定例|臨時)?総会)(?!議案)")
_HELD_BY_MODE = re.compile(r"(?:オンライン|ハイブリッド|リモート|Web|WEB|ウェブ|書面)[^()（）\n]{0,12}(?:開催|会議|併用)$")
_BRACKETED_ROOM = re.compile(r"^[ \t\u3000]*[(（](?P<room>[^()（）\n]{2,40}?(?:室|ホール|会館|庁舎|センター|議場|会場))[)）][ \t\u3000]*$")


_BULLET_BEFORE_ROOM = re.compile(r"^[.．・][ \t\u3000]+(?=\S)")


def _room_under_mode(lines: list[str], place: str) -> str | None:
    for i, line in enumerate(lines):
        if line.rstrip(" \t\u3000").endswith(place.split("\n")[0].strip()):
            following = [ln for ln in lines[i + 1:i + 4] if ln.strip()]
            m = _BRACKETED_ROOM.match(following[0]) if following else None
            return m.group("room") if m else None
    return None


_CLOCK_AT_ROOM = re.compile(r"[0-9０-９][ \t\u3000]*[時分][ \t\u3000]+於[ \t\u3000]*(?P<p>[^\s、。「」()（）]{1,20}?(?:議場|会議室|委員会室|室|会館|ホール))[ \t\u3000]*$")
_CLOCK_RUN_INTO_AT_ROOM = re.compile(
    r"[0-9０-９][ \t\u3000]*[時分](?:まで)?[ \t\u3000]*於[、,：:][ \t\u3000]*"
    r"(?P<p>[^\s、。「」()（）]{1,20}?(?:議場|会議室|委員会室|室|会館|ホール))[ \t\u3000]*$"
)
_AT_ROOM = re.compile(r"^[ \t\u3000]*於[、,：:]?[ \t\u3000]*(?P<p>[^\s、。「」()（）]{0,20}?(?:議場|会議室|委員会室|室|会館|ホール))[ \t\u3000]*$")
# 平成 25 年 5 月 29 日於 : 三田共用会議所 3 階 大会議室 ( CDE ): a record's cover, the date and where (於) on one line.
# The line opens with the date (a page's number may stand before it); 於いて is a verb, no room.
_DATE_AT_ROOM = re.compile(
    r"^[ \t\u3000]*(?:[0-9０-９]{1,3}[ \t\u3000]+)?(?:令和|平成|昭和|[0-9０-９]{4}[ \t\u3000]*年)[^於\n（(]{2,24}日[ \t\u3000]*於[ \t\u3000]*[:：]?[ \t\u3000]*"
    r"(?P<p>[^\sぁ-ん、。「」()（）:：][^、。「」:：]{1,40}(?:議場|会議室|委員会室|会議所|会館|ホール)(?:[ \t\u3000]*[(（][^()（）]{1,10}[)）])?)"
)
_DATED_AT_ROOM_MID_LINE = re.compile(
    r"(?P<d>(?:令和|平成|昭和)[0-9０-９元]{1,2}年[0-9０-９]{1,2}月[0-9０-９]{1,2}日)(?:[(（][^()（）\n]{1,4}[)）])?[ \t\u3000]*於[ \t\u3000]*"
    r"(?P<p>[^\s、。「」()（）]{1,20}?(?:議場|会議室|委員会室|会館|ホール))(?=[ \t\u3000]|$)"
)
# (会議は午後2時50分まで), (審議終了 午後2時50分): a note after the span on where the meeting proper ended.
_MEETING_ENDED = re.compile(
    rf"[(（][ \t\u3000]*(?:会議|審議|議事)(?:は|の終了は?|終了)?[ \t\u3000]*(?P<clock>{CLOCK})[ \t\u3000]*(?:まで|終了)?[ \t\u3000]*[)）]"
)
_BRACKETED_CLOCK = re.compile(r"[ \t\u3000]*[(（][ \t\u3000]*(?:午前|午後)[ \t\u3000]*[0-9０-９]{1,2}[ \t\u3000]*時[^()（）]{0,8}[)）][ \t\u3000]*")


_ORDER_OF_DAY = re.compile(r"議[ \t\u3000]*事[ \t\u3000]*日[ \t\u3000]*程")


def _sitting_clock(lines: list[str]) -> tuple[str | None, str | None]:
    """午前10時00分　開議 … 午後3時12分　散会: the first opening and the last closing clock line."""
    start = end = None
    seen = scheduled = False
    spoken_start = spoken_end = None
    for k, line in enumerate(lines):
        if "時" not in line and ":" not in line and "：" not in line:
            continue
        if _BRACKETED_CLOCK.fullmatch(line) and k and lines[k - 1].endswith("。"):
            # …臨時会を閉会します。 / （午後　２時２１分）: the clock on the line under the chair's words.
            line = lines[k - 1][-12:] + line.strip(" \t\u3000")
        # 委員長：ただいまより委員会を開会いたします。(14:00): the clock noted after the chair's words;
        # 午後1時00分、北野教育長、教育委員会会議の開会を宣す。: the record narrates who opened the sitting, and when.
        said = (_SPOKEN_CLOCK,) if "会" in line else ()
        for rx in said + ((_NARRATED_CLOCK,) if "宣" in line else ()):
            for m in rx.finditer(line):
                t = parse_time_range(m.group("clock"))[0]
                if m.group("open"):
                    spoken_start = spoken_start or t
                else:
                    spoken_end = t
        for m in CLOCK_INLINE.finditer(line):
            t = parse_time_range(m.group("clock") or m.group("clock2"))[0]
            word = "".join((m.group("word") or m.group("word2")).split())
            if re.fullmatch(OPENING_WORDS, word):
                if start and scheduled and word != "再開" and end is None and t and t >= start and is_clock_line(line):
                    # 議 事 日 程 (第1日) / 平成18年7月28日 / 午前10時 開会 … 午前10時1分開会: the order of business
                    # states the clock the sitting was called for; the record's own clock line, when it opened.
                    start, scheduled = t, False
                    continue
                # 午前10時48分　再開 resumes a sitting whose opening the text does not state.
                if start is None and not seen and word != "再開":
                    scheduled = any(_ORDER_OF_DAY.search(ln) for ln in lines[max(0, k - 6):k])
                start = start or (None if seen or word == "再開" else t)
                seen = True
            else:
                end = t
    if start is None and end is None:
        return spoken_start, spoken_end
    # 午後１時開議 in the 議事日程, and the closing only in brackets after the chair's last words.
    return start, end or spoken_end


# 副議長（中崎孝俊君）: the vice-chair presiding in the 議長's absence is a candidate like the 議長, by how often he speaks.
# 議長【北野一郎君】: the name in lenticular brackets.
# 議長北野一郎君: the name's opening bracket lost (○議長(北野一郎君)); the honorific still closes the name.
_CHAIR_WITH_NAME = re.compile(
    r"(?:会長|委員長|副?議長|座長)(?:[（(](?P<n>[^）)]{1,12}?)(?:君|氏)?[）)]|【(?P<m>[^】]{1,12}?)(?:君|氏)?】"
    r"|(?P<k>[一-龥々ぁ-んァ-ヶー]{2,8}?)(?:君|さん)"
    # ◆委員長北野拓治): a label whose opening bracket was lost, the role first and the name bare after it.
    r"|(?P<b>(?![^職代補]*(?:職務|代理|代行|補佐))[一-龥々ヶ]{2,3}[一-龥々ぁ-んァ-ヶー]{1,5}))"
)


def _chair_from_labels(body: Body, members: list[str]) -> tuple[str | None, float]:
    """大森会長 speaking: the chair is the member whose name starts with 大森.

    Where several people take the chair (臨時議長 until the 議長 is elected), the chair is the
    one who speaks as such most often.
    """
    spoken: Counter[str] = Counter()
    # Counted as written, then folded: each label is compacted once, and keys keep first-seen order.
    for label, count in Counter(lm.label for lm in body.labels.values()).items():
        spoken[label_key(label)] += count
    best: tuple[int, str, float] | None = None
    for label, count in spoken.items():
        named = _CHAIR_WITH_NAME.fullmatch(label)
        if named:
            # 議長(元木会長): the 会長 presiding as 議長, named by surname; the member of that surname, not the
            # secretariat's namesake (局長 元木勇治), who is no member.
            printed = named.group("n") or named.group("m") or named.group("k") or named.group("b")
            if _OFFICE_ALONE.fullmatch(printed) or named.group("b") and label.startswith("副"):
                continue  # 会長(市長): the office the chair holds besides, no name
            # 議長(北野花子議員), 委員長(南田健君): the honorific an assembly adds is no part of the name.
            name = re.sub(r"(?<=.{2})(?:議員|君)$", "", printed)
            name = re.sub(r"(?<=.)(?:会長|委員長|議長|座長)$", "", name)
            found = (chairs.full_name(name, members), 0.9) if name != printed else (name, 0.9)
        elif re.search(r"(?:会長|委員長|議長)[(（]", label):
            continue  # 文教委員長（藤田二郎君）: another committee's chair reporting
        else:
            # 鈴木（久）委員長: the bracket tells two members of one surname apart.
            # 田中分科会長: a 分科会's chair speaking as such (a 部会長 is a section's, left out below).
            # 宗田座長: a 懇話会's or a forum's chair is its 座長.
            m = re.fullmatch(r"(?P<n>.{1,10}?)(?P<r>分科会長|会長|委員長|議長|座長)", label) or _CHIEF_EXAMINER.fullmatch(label)
            # 田中部会長 is a section's chair, but 安部委員長 a surname ending in 部.
            if not m or m.group("n").endswith("副") or m.group("n").endswith("部") and m.group("r") == "会長" \
                    or m.group("n") in _ACTING_CHAIR or board_word(m.group("n")):
                continue  # 公安委員長 (挨拶): a board's office, no surname
            name = m.group("n")
            if name.startswith(m.group("r")) and len(name) >= len(m.group("r")) + 2:
                # 議長北野一郎議長 (○議長(北野一郎議長) that lost its opening bracket): the role opens the label too.
                name = name[len(m.group("r")):]
            matches = [p for p in members if compact(p).startswith(name)]
            # A surname that names one member of the roster is sure; a surname alone is likely.
            if m.group("r") == "主査" and len(matches) != 1:
                continue  # 田中主査 of the 事務局: a clerk's rank as often as a study group's chair
            found = (matches[0], 0.9) if len(matches) == 1 else (name, 0.6)
        if best is None or count > best[0]:
            best = (count, *found)
    return (best[1], best[2]) if best else (None, 0.0)


_SITTING_OPENED = re.compile(
    rf"(?P<l>{ERA_YEAR}度?[ \t\u3000]*第[ \t\u3000]*[0-9０-９]{{1,3}}[ \t\u3000]*回)(?P<b>[^\s、。「」]{{2,40}}?)を(?:開会|開催)(?:いた)?(?:します|いたします|する)"
)
_SITTING_REPORTED = re.compile(
    r"[ \t\u3000]*(?P<l>第[ \t\u3000]*[0-9０-９]{1,3}[ \t\u3000]*回)目?(?P<b>[一-龥]{0,8}(?:会|会議))の開催(?:結果|概要|状況|報告)?(?:について)?[ \t\u3000]*$"
)
# - [2013年3月19日] / - ID:2256: a city page's date of posting, bracketed alone on its bullet over the page's number.
_POSTED_ON = re.compile(r"(?:掲載日|更新日|最終更新日?|公開日|作成日|登録日)[ \t\u3000]*[:：]?[ \t\u3000]*\S+"
                        r"|^[-・•]?[ \t\u3000]*[\[［][0-9０-９]{4}年[0-9０-９]{1,2}月[0-9０-９]{1,2}日[\]］][ \t\u3000]*$")
# 教育長 北野 一郎 opening a line of the roster: the board's 教育長, named after the office.
_ACTING_OFFICE = re.compile(r"(?:副?委員長|会長|教育長)職務代理者?|(?:部会長|分科会長|委員長|会長)代理")
# 会長, 委員長, 議長, 座長, and a board's 教育長: an office that presides, named in the roster.
_CHAIR_OFFICE = re.compile(r"会[ \t\u3000]*長|委[ \t\u3000]*員[ \t\u3000]*長|議[ \t\u3000]*長|座[ \t\u3000]*長|教[ \t\u3000]*育[ \t\u3000]*長")
_BOARD_CHAIR_LISTED = re.compile(r"委[ \t\u3000]*員[ \t\u3000]*長")
_SUPERINTENDENT_ROW = re.compile(r"(?m)^[ \t\u3000]*教[ \t\u3000]*育[ \t\u3000]*長[ \t\u3000]+(?P<n>[一-龥々豈-﫿ヶぁ-んァ-ヶー][一-龥々豈-﫿ヶぁ-んァ-ヶー \t\u3000]{1,9}?)[ \t\u3000]*$")
_ACTING_CHAIR = {"臨時", "仮", "年長", "代理"}
# 【北野主査】: a national study group's chair is its 主査, a member of its roster (a 事務局's 主査 is none).
_CHIEF_EXAMINER = re.compile(r"(?P<n>.{1,10}?)(?P<r>主査)")
_OFFICE_WORD_ONLY = re.compile(r"(?:副|正)?(?:会長|委員長|議長|座長|部会長)(?:代理者?|職務代理者?)?|職務代理者?|委員")
_OFFICE_ALONE = re.compile(r"(?:副?[市町村区]長|副?知事|教育長)")


def _units_in(text: str) -> list[str]:
    units = re.findall(r"([^\s、,（()）\t]{2,20}?課)(?=長|[）)、,\s]|$)", text)
    units += re.findall(r"[（(]([^（）()]{2,20}?(?:課|室))[）)]", text)
    return [u for u in dict.fromkeys(units) if not u.startswith("事務局")]


def _department_names(header: hdr.Header, body: Body) -> list[str]:
    names: list[str] = []
    for h in body.headings:
        names.extend(h.depts)
    staff = header.first("staff") or ""
    names.extend(re.findall(r"[（(]([^（）()]{2,30}?(?:課|室|センター|係))[）)]", staff))
    return [n for n in dict.fromkeys(names) if n]


# --- items ------------------------------------------------------------------

def _items(lines: list[str], header: hdr.Header, body: Body, ctx: RoleContext, assembly: bool = False) -> list[Item]:
    n = len(lines)
    items: list[Item] = []
    boundaries: list[tuple[int, Item | None]] = []
    # The kind a container heading (諮問事項, 【報告事項】, 3 諮問案件の審議) gives the cases
    # under it. Its cases are deeper headings, or same-style headings whose numbering
    # restarts at 1 ((2) 諮問事項 → (1), (2), …); the next same-style number is a sibling.
    context_kind: str | None = None
    context_rank: int | None = None
    restarted = False
    ranks: dict[str, int] = {}
    other_sections: list[tuple[int, int]] = []
    headings = body.headings
    # 3 前回議事要旨の訂正箇所について / (1) 1ページの… : the corrections listed under the
    # minutes' confirmation are procedure too, until a heading of its rank or above.
    procedural_rank: int | None = None
    # 1.第251回定例会について / (1)議会審議日程について: the aspects of the coming session a 議会運営委員会
    # takes up are that one case's, until a heading of its rank.
    session_rank: int | None = None
    context_style: str | None = None   # the style of the last group word
    # 【議件(諮問)】 / 北山市…計画修正案の概要 / 1 避難所の運営に関する修正 / 2 …: a bracketed case, then a list numbered
    # from 1 under it; the list is the points of the one case put to the body, until the next bracketed heading.
    points_of_case = False
    run_on = _run_on_group_kind(lines, headings)
    if run_on is not None:
        # 2.議題 1.…について 3.報告事項 / 1.…について / 2.…: a group word run onto the line above the first heading
        # rules the list it heads, as a group word on its own line does.
        context_kind, context_rank = run_on, ranks.setdefault(headings[0].style, 0)
    for idx, h in enumerate(headings):
        rank = ranks.setdefault(h.style, len(ranks)) if h.style not in ("bracket", "pword") else None
        end = headings[idx + 1].line if idx + 1 < len(headings) else n
        number = _heading_number(h)
        if session_rank is not None:
            if rank is not None and rank > session_rank:
                continue
            session_rank = None
        if points_of_case:
            if rank is not None and h.cls == "item":
                continue
            points_of_case = False
        if procedural_rank is not None and rank is not None:
            if h.style == "case":
                # 日程第1 会議録署名議員の指名 / 日程第2 議案第10号 …: a numbered bill is the next order of business,
                # never a correction to the minutes.
                procedural_rank = None
            elif rank > procedural_rank and h.cls == "item":
                boundaries.append((h.line, None))
                continue
            elif rank <= procedural_rank:
                procedural_rank = None
        if (h.cls == "procedural" and rank is not None and procedural_rank is None and _MINUTES_WORD.search(h.title)
                and "署名" not in h.title):
            # 日程第1 会議録署名議員の指名 names who signs the record: nothing of the record is corrected under it.
            procedural_rank = rank
        if context_rank is not None and rank is not None:
            if rank < context_rank:
                context_kind, context_rank = None, None
            elif rank == context_rank and h.cls != "container":
                if not restarted and number == 1:
                    restarted = True
                elif not restarted:
                    context_kind, context_rank = None, None
        if h.cls == "container":
            if (h.container_kind or rank is not None and context_rank is not None and rank <= context_rank
                    or rank is None and h.style == context_style):
                # 2 報告事項 / (1)… / 3 協議事項 / (1)…: a group word of the same rank ends the last group's kind, where
                # it gives none of its own; so does one of the same unnumbered style (報告 / (1)… / 案件 / (1)…).
                context_kind = h.container_kind
            context_style = h.style
            if rank is not None:
                context_rank, restarted = rank, False
                after = headings[idx + 1] if idx + 1 < len(headings) else None
                if (after is not None and after.style != h.style and after.cls == "item" and _heading_number(after) == 1
                        and ranks.get(after.style, rank) < rank):
                    # (4)… / 3.報告事項 / (1)らく賃…について: the group word over a list restarting at 1 in a style
                    # seen before it (the first group's word lost in a table) rules that list.
                    context_rank = ranks[after.style]
                if (number is not None and after is not None and after.style == h.style and after.cls == "item"
                        and _heading_number(after) == number + 1):
                    # 2.報告事項 / 3.…について / 4.協議事項 / 5.…: a list flattened into one run; the group
                    # word rules the entries after it, up to the next group word.
                    context_kind, restarted = h.container_kind, True
            following = headings[idx + 1] if idx + 1 < len(headings) else None
            if (h.container_kind and rank is not None
                    and (following is None or ranks.get(following.style, rank + 1) <= rank)
                    and any(h.line < i < end for i in body.labels)):
                # 5.報告事項 / (事務局) / 資料1について説明する。 / 6.議事要旨: a group word with no case under it, over
                # what was said, is the business itself.
                item = Item(title=h.title, kind=h.container_kind, start=h.line, source="heading", heading=h,
                            depts=list(h.depts))
                items.append(item)
                boundaries.append((h.line, item))
                continue
            boundaries.append((h.line, None))
            continue
        if h.cls in ("procedural", "other"):
            # 報告 / (1)前回の会議の内容について / (2)…: a step numbered under an unnumbered group word is one of its
            # entries and leaves its kind to the rest.
            if (context_rank is None and (rank is None or context_style is None) or h.style == "pword"
                    or rank is not None and context_rank is not None and rank <= context_rank):
                context_kind, context_rank = None, None
            boundaries.append((h.line, None))
            if h.cls == "other":
                other_sections.append((h.line, end))
            continue
        kind = _kind_under(h.kind_hint, h.style, context_kind) or _basis_kind(body, h.line, end) or context_kind
        quoted = _quoted_business(h.title)
        if quoted is not None:
            quoted, lead_kind = quoted
            if lead_kind:
                kind = kind or lead_kind
            # 2 「…の日程」及び「…素案の概要」についての事務局説明: each quoted title is a case explained.
            for title in quoted:
                item = Item(title=title, kind=kind, start=h.line, source="heading", heading=h, depts=list(h.depts))
                items.append(item)
                boundaries.append((h.line, item))
            if len(quoted) != 1:
                boundaries.append((h.line, None))
            continue
        if h.style == "case":
            ref = _bill_ref(lines[h.line])
            bill_number, series = number, (ref[0] if ref and ref[1] == number else None)
        else:
            # 日程第４　… over （市長提出議案第１号）: the number the note under the entry gives.
            series, bill_number = h.bill or (None, None)
        item = Item(title=h.title, kind=kind, start=h.line, source="heading", heading=h, depts=list(h.depts),
                    number=bill_number, series=series)
        items.append(item)
        boundaries.append((h.line, item))
        following = headings[idx + 1] if idx + 1 < len(headings) else None
        if h.style == "bracket" and following is not None and following.cls == "item" and _heading_number(following) == 1:
            points_of_case = True
        if rank is not None and _SESSION_BUSINESS.search(compact(h.title)):
            session_rank = rank
        elif rank is not None and _parts_are_deliberation_steps(lines, headings, idx, ranks):
            session_rank = rank

    items, boundaries = _bracketed_cases_under_headings(lines, body, items, boundaries)
    # 1 議員定数について … △1 議員定数について: a list of the business at the top of the body, then each
    # taken up under the same number and heading; the case is the one taken up (ク and ケ of one title
    # are two cases).
    last_of: dict[tuple, Item] = {}
    listed: set[int] = set()
    for it in items:
        key = (compact(it.title), tuple(it.depts), it.kind, it.heading.number if it.heading else None)
        if key in last_of and (_listed_heading(lines, body, last_of[key])
                               or not any(last_of[key].start < t < it.start for t in body.labels)):
            # (1)…について / 資料により説明 / … / 6 議題 / (1)…について / 北野委員長:それでは…: a step table lists the case
            # with a note of what was done, before the proceedings take it up under the same heading; no one spoke
            # between the two.
            listed.add(id(last_of[key]))
        last_of[key] = it
    if listed:
        kept = {id(it) for it in items} - listed
        items = [it for it in items if id(it) in kept]
        boundaries = [(pos, it if it is None or id(it) in kept else None) for pos, it in boundaries]
    if assembly:
        items, boundaries = _take_up_listed_bills(lines, body, items, boundaries)
    # ◎会期の決定, ◎報告第１号から第３号まで: a marked line that names no speaker opens the next
    # order of business, so the case before it ends there.
    # A marked line that goes on to speak (◎総務部・…担当部長(扱)（市園博行）　お答えいたします。) is a turn
    # whose label was not read, within the case.
    boundaries.extend((i, None) for i, k in body.kinds.items() if k == "mark" and "。" not in lines[i])
    if assembly and any(_RUN_ON_TITLE.search(it.title) for it in items if it.source == "heading"):
        # …(第7号)について日程第 5 第10号議案 …: a heading that runs on into the next entries is a flattened
        # 議事日程 read as one heading; the list is read again, entry by entry.
        stream = _bill_stream(lines, min(body.labels, default=len(lines)))
        if _agenda_entries([stream]):
            run_on = {id(it) for it in items if it.source == "heading" and _RUN_ON_TITLE.search(it.title)}
            items = [it for it in items if id(it) not in run_on]
            boundaries = [(pos, None if it is not None and id(it) in run_on else it) for pos, it in boundaries]
            header.agenda_blocks = [stream]
    if items and not _not_cut_by_the_end(lines, items):
        # 2 (特になし) 続いて資料3の…につ: the only heading is a page's number over text the end cut off; it
        # will go, so the business is looked for as though the body had none.
        boundaries = [(pos, None) for pos, _ in boundaries]
        items = []
    from_headings = bool(items)
    header.agenda_blocks = [papers_field_cut(_entry_run_into_the_first_speech(lines, _titles_under_case_numbers(lines, block), body))
                            for block in header.agenda_blocks if not refers_elsewhere(block)]
    if assembly:
        header.agenda_blocks = [_schedule_page_furniture_dropped(block) for block in header.agenda_blocks]
    group = _marked_group_after_the_agenda(lines, header.agenda_blocks, body.start)
    if group:
        header.agenda_blocks.append(group)
    if not header.agenda_blocks and (topics := bulleted_numbered_topics(lines, min(len(lines), body.start + 80, 300))):
        # 開催内容 / • 自由討議 / 1.…について / 2.…について(1): the topics numbered under the bullets, each a case.
        header.agenda_blocks = [[t] for t in topics]
    leading = (_agenda_entries([entries_before_the_headings(header.agenda_blocks, body.headings[0] if body.headings else None)])
               if from_headings and not assembly else [])
    listed = sum(len(block) for block in header.agenda_blocks)
    # A council's agenda adds to the body's headings only where it lists more than they hold.
    entries = _agenda_entries(header.agenda_blocks) if assembly or listed > len(items) else []
    entries = _bare_referral_titled(entries, lines)
    field_at, marked = marked_cases_field(lines, min(body.labels, default=200)) if from_headings and not entries else (None, [])
    if marked and all(it.start is not None and it.start <= field_at for it in items):
        # 5 委員外議員 なし / … / 11 会議に付した事件 / 〇…: the numbered lines read as headings above the marked cases
        # are the header's fields; the cases are the marked ones.
        boundaries = [(pos, None) for pos, _ in boundaries]
        items, from_headings = [], False
        entries = _agenda_entries([[t] for t in marked])
    if from_headings and not assembly and entries and _opinion_topics(lines, items, entries):
        # 4 議題 (1)検討項目諸点の抽出 / 5 審議内容 (1)指針策定の目的… / ・…と思う。: the headings over the
        # opinions heard are topics of the discussion; the cases are the ones the agenda lists.
        topics = {id(it) for it in items}
        items = []
        boundaries = [(pos, None if it is not None and id(it) in topics else it) for pos, it in boundaries]
        from_headings = False
    if from_headings:
        # An assembly's 議事日程 lists every bill, the body marks only some of them with a heading;
        # a council's agenda lists the cases that an opening has not reached yet.
        other_part = not assembly and bool(entries) and _other_part_of_the_list(entries, items)
        if not assembly and len(entries) <= len(items) and not other_part:
            entries = []  # the body has reached every case the agenda lists
        printed = {id(it): it.title for it in items}
        entries = [e for e in entries if (e.number is not None or not assembly) and not _names_a_heading(e, items)
                   and not _numbers_a_heading(e, items, lines)]
        exact = {compact(it.title) for it in items}
        # A heading that took up an entry by its number or its department has claimed that entry.
        claimed = exact & {compact(e.title) for e in entries} | {compact(it.title) for it in items if printed[id(it)] != it.title}
        entries = [e for e in entries if compact(e.title) not in exact]
        # 1. 北野計画(案)について / 2. 北野計画の愛称について, one heading 議題1 北野計画(案)について: a heading the
        # agenda names exactly takes up that entry only; a like-titled entry beside it is still to come.
        unclaimed = [it for it in items if compact(it.title) not in claimed]
        if entries and unclaimed and not other_part:
            taken = PairIndex([(it.title, "") for it in unclaimed])
            entries = [e for e in entries if e.base is not None or taken.best(compact(e.title))[1] < 0.6]
    if leading:
        have = {compact(it.title) for it in items} | {compact(e.title) for e in entries}
        entries = [e for e in leading if compact(e.title) not in have] + entries
    run_on_entry = entry_run_onto_the_line_above(lines, body.headings[0] if body.headings else None) if from_headings else None
    if run_on_entry is not None:
        entries.append(_AgendaEntry(run_on_entry[0], run_on_entry[1], []))
    if not items and not entries:
        # 11 会議に付した事件 / 〇追加予定議案   〇議事運営について ・…: an assembly committee's cases marked as labels are.
        entries = _agenda_entries([[t] for t in marked_cases_under_field(lines, min(body.labels, default=200))])
    if not items and not entries:
        entries = _cases_under_numbered_sections(lines, body)
    if not items and not entries:
        entries = [_AgendaEntry(*e) for e in bulleted_groups(lines, body.start)]
    if not items and not entries:
        entries = [_AgendaEntry(*e) for e in flattened_schedule(lines, len(lines))]
    if not items and not entries:
        entries = _order_read_by_the_chair(body)
    if not items and not entries:
        entries = _inline_agenda(lines, body.start)
    if not items and not entries:
        entries = _agenda_entries([_order_of_business(lines, body.start)])
    if not items and not entries:
        entries = _labelled_agenda(lines, min(body.labels, default=len(lines)))
    if not items and not entries:
        entries = _agenda_entries(_business_by_sitting(lines, min(body.labels, default=len(lines))))
    if not items and not entries:
        entries = _summarised_business(lines, min(body.labels, default=len(lines)))
    if not items and not entries:
        # 案件 / 諮問第1号 …について(…課): a case line among the header's lines, its label run into the line above.
        entries = _agenda_entries([[line for line in lines[:body.start] if _HEADER_CASE.match(line)]])
    if not items and not entries:
        # ・議題 ⑴ 田辺市地域防災計画の改訂について 資料1 … ・議題 ⑵ …について: each case under the word that heads it,
        # numbered in a circled bracket, in a summary flattened onto few lines.
        entries = _agenda_entries([[m.group("t") for line in lines[:200] for m in _WORD_NUMBERED_TOPIC.finditer(line)]])
    if not items and not entries:
        # ▼ …の目標について(事務局説明)【2-6 頁】: a summary's topics, each pointing to its pages in the verbatim record.
        entries = _agenda_entries([[m.group("t") for line in lines[:200] if "頁】" in line for m in _PAGED_TOPIC.finditer(line)]])
    if not items and not entries:
        # 4 内容 平成20年度…指定候補物件の諮問について: the form's numbered field of what the sitting was about, its one
        # case the value on the same line.
        entries = _agenda_entries([[m.group("t") for line in lines[:body.start] if (m := _HEADER_TOPIC.match(line))]])
    if not items and not entries:
        entries = _explained_business(lines)
    if not items and not entries:
        entries = _requests_by_agenda_place(lines)
    if not items and not entries:
        entries = _agenda_entries([_schedule_cells(lines, min(len(lines), 400))])
    if not items and not entries and not body.labels:
        entries = _agenda_entries([_numbering_column(lines, min(len(lines), 200))])
    if not items and not entries and body.labels:
        # 3 / 協議事項 / …計画(案)について / 4 / その他 / 【委員】: the 次第 column above the first speech, a group word's
        # entry in the cell under it.
        entries = _agenda_entries([_numbering_column(lines, min(body.labels), under=True)])
    if not items and not entries:
        entries = _agenda_entries([_contents_list(lines, max(body.start, min(body.labels, default=0)))])
    if assembly and not items and not entries:
        entries = _agenda_entries([_bill_stream(lines, min(body.labels, default=len(lines)))])
    if not items and not entries and not body.labels:
        entries = [_AgendaEntry(*e) for e in prose_reports(lines, body.start, body.kinds)]
    if not items and not entries:
        entries = _unlabelled_run(lines, min(len(lines), max(body.start, _UNLABELLED_REACH)))
    if not items and not entries:
        # 1. 開会 / 2. …改正項目 / -… / -… / 3. 閉会: a group entry's cases as dashed lines under it.
        entries = _agenda_entries([dashed_cases_block(lines, min(body.labels, default=body.start))])
    if not items and not entries:
        entries = _numbered_title_lines(lines, min(body.labels, default=body.start))
    if not items and not entries:
        entries = _bill_number_over_title(lines)
    if not items and not entries:
        entries = _agenda_entries([_bill_cells(lines, min(len(lines), 400))])
    if not items and not entries:
        entries = _agenda_entries([_labels_column_over_values(lines, min(len(lines), body.start + 1, 200))])
    if not items and not entries:
        entries = _agenda_entries([_business_announced(lines, min(len(lines), 400))])
    if not items and not entries:
        entries = _titles_narrated_under_agenda_word(lines, min(len(lines), 400))
    if not items and not entries:
        # 議題等 / …について / …について(報告): cases unmarked, one a line under the heading word; or 9 協議事項 …について
        # 10 その他, a flattened header's case field ended by the next field's number.
        reach = min(len(lines), min(body.labels, default=400), 400)
        # Each title a block of its own: a line closed as a title is never the first half of the next.
        entries = _agenda_entries([[t] for t in unmarked_cases_under_word(lines, reach) or case_field_before_the_next(lines, reach)])
    if not items and not entries:
        # [1] 港湾計画について(審議) / [2] 「…」について、事務局より報告された。: the business numbered in square brackets.
        entries = [_AgendaEntry(t, kind, [], at=at) for t, kind, at in bracket_numbered_business(lines, min(len(lines), 400))]
    if not items and not entries:
        # 付議事項 / 審議結果 / 第2号議案…制定の件継続審議: a results table whose rows run title and result together.
        for title, _, kind in result_rows(lines, min(len(lines), min(body.labels, default=400), 400)):
            for entry in _agenda_entries([[title]]):
                entry.kind_hint = entry.kind_hint or kind  # 第2号議案: the series word says the kind
                entries.append(entry)
    if not items and not entries:
        # 議事日程 / 1.開議 / 1.議案第73号(…について)の委員長報告、質疑、討論、採決: every step numbered 1.
        entries = _agenda_entries([[t] for t in same_numbered_steps(lines, min(len(lines), min(body.labels, default=400), 400))])
    runs: dict[str, list | None] = {}  # split_run of each title, asked below up to three times (see _run_in)
    # The last reader: an agenda by its general shape, whatever its heading word and numbering.
    # 〇議長 議長 北野一郎 / 〇議題 1 …: a marked roster line read as a label says nothing; the agenda may lie
    # below it, up to the first label over a sentence.
    spoken = [i for i in body.labels if "。" in body.turn_text.get(i, lines[i])]
    fallback_stop = min(spoken) if spoken else min(len(lines), max(body.start, _UNLABELLED_REACH))
    if not items and not entries:
        entries = [_AgendaEntry(title, kind, [], number, word)
                   for title, kind, number, word in fallback_agenda(lines, fallback_stop, assembly)]
    else:
        entries = _plausible_entries(entries, runs)
    if not assembly and any(not _plausible(t, runs) for t in [it.title for it in items] + [e.title for e in entries]):
        # (2) 議題等 / (ア) 北野計画について資料1により説明した。 / 【質疑】 (1) 概要について: a reader that took a
        # heading word or a sentence for a title read the wrong level; the agenda read by its general shape
        # takes its place where every title it gives is plausible.
        alt = fallback_agenda(lines, fallback_stop)
        if alt and all(_plausible(title, runs) for title, *_ in alt):
            gone = {id(it) for it in items}
            boundaries = [(pos, None if it is not None and id(it) in gone else it) for pos, it in boundaries]
            items, from_headings = [], False
            entries = [_AgendaEntry(title, kind, [], number, word) for title, kind, number, word in alt]
    if entries and "】" in "".join(lines[:body.start]):
        _departments_from_case_tags(entries, lines, body.start)
    if entries:
        for entry in entries:
            pos = entry.at if entry.at is not None else _locate(lines, body, entry.title)
            if pos is None and entry.number:
                pos = _locate_number(lines, body, entry.number, entry.word)
            if pos is None and entry.ordinal:
                pos = _locate_number(lines, body, entry.ordinal, None, ordinal=True)
            if pos is None and len(entries) == 1 and not from_headings:
                # A single case on the agenda: the proceedings are about it.
                pos = min(body.labels) if body.labels else None
            item = Item(title=entry.title, kind=entry.kind_hint, start=pos, source="agenda", depts=list(entry.depts),
                        number=entry.number if entry.word and not entry.ranged else None,
                        series=entry.word if entry.word and not entry.ranged else None)
            items.append(item)
            if pos is not None:
                boundaries.append((pos, item))
    scopes = other_sections if from_headings else [(body.start, n)]
    if assembly and not items:
        _add_bills_in_speech(lines, body, items, boundaries)
    elif assembly:
        # 日程第３　議案第59号…を議題とします: a bill the chair takes up is business of the sitting even
        # where the agenda above was not read.
        bare = [BARE_CASE.fullmatch(compact(it.title)) for it in items]
        # 報告第1号 on the agenda is not 議案第1号: a number is had in its own series, where the item knows it.
        have = {it.number for it in items if it.number is not None and not it.series}
        have_in = {(_series_key(it.series), it.number) for it in items if it.number is not None and it.series}
        have_in |= {(_series_key(m.group("w")), int(m.group("n"))) for m in bare if m}
        taken = PairIndex([(it.title, "") for it in items])
        for pos, word, title, number in _bills_in_speech(body, lines, taken_up=True):
            if number in have or (_series_key(word), number) in have_in or taken.best(compact(title))[1] >= 0.6:
                continue
            item = Item(title=title, kind="報告" if word.startswith("報") else "その他", start=pos, source="narration",
                        number=number, series=word)
            items.append(item)
            boundaries.append((pos, item))

    known = PairIndex([(it.title, "") for it in items])
    # An assembly's business is its numbered bills; what its staff explain is not a case of its own.
    narrated = (_narrated_reports(lines, body, scopes, ctx) if not assembly
                else _narrated_reports(lines, body, [(body.start, n)], ctx, numbered_only=True) if not items else [])
    for start, stated_kind, title, who, procedural in narrated:
        if procedural:
            boundaries.append((start, None))
            continue
        title = _strip_agenda_ref(title)
        if len(compact(re.sub(r"(?:について|に関して)$", "", title))) < 4 or known.best(compact(title))[1] >= 0.6:
            # 議題（１）諮問第３号について: the chair names an agenda item by its number only.
            continue
        known.add(title, "")
        if stated_kind is not None:
            kind = stated_kind  # 報告1、…について: the chair names its kind with its number
        elif who is None:
            kind = None  # named by the chair alone: its title says what kind it is
        else:
            kind = "その他" if who in (None, "事務局") or _ADMIN_REPORT.search(title) else ("報告" if "報告" in title else "その他")
        item = Item(title=title, kind=kind, start=start, source="narration", depts=[who] if who and who != "事務局" else [],
                    explainer=who)
        items.append(item)
        boundaries.append((start, item))

    if not assembly and not items and body.labels:
        # (教育長) 次に報告第1号…の委嘱についてであります。: a board that numbers its business as an assembly does names
        # each case by its number in the proceedings.
        _add_bills_in_speech(lines, body, items, boundaries)

    # 【報告事項】 1.北野講座の実績報告 2.南田調査の結果 read as one heading: each entry of the run is a case,
    # from the heading's line.
    split: dict[int, list[Item]] = {}
    for it in items:
        run = _run_in(it.title, runs) if it.source == "heading" else None
        if run is None and it.source == "heading" and it.heading is not None and it.heading.style in ("dai", "case"):
            run = case_number_run(it.title, _heading_number(it.heading))
        if run is None and it.source == "heading" and it.heading is not None:
            run = steps_after_heading(it.title, _heading_number(it.heading))
        if run is not None:
            split[id(it)] = [dataclasses.replace(it, title=title, kind=kind or it.kind, number=number, series=word)
                             for title, kind, number, word in run]
    if split:
        items = [part for it in items for part in split.get(id(it), [it])]
        boundaries = [(pos, part) for pos, it in boundaries
                      for part in (split.get(id(it), [it]) if it is not None else [None])]
    boundaries.sort(key=lambda b: b[0])
    positions = [pos for pos, _ in boundaries]
    for pos, item in boundaries:
        if item is None:
            continue
        # An item runs to the next boundary after its own line (found by bisection: a volume
        # has thousands of items).
        later = bisect.bisect_right(positions, pos)
        stop = positions[later] if later < len(positions) else n
        item.own_span = (pos, stop)
        item.span = (pos, stop)
    items = _not_cut_by_the_end(lines, items)
    _share_group_spans(lines, body, items)
    # 日程第４　意見書案第16号及び意見書案第17号: an entry that names several bills by their numbers alone is one
    # item a bill, each titled where the proceedings read it out.
    listed = {id(it): [dataclasses.replace(it, title=m.group(0), number=None, series=None)
                       for m in BARE_CASE.finditer(compact(it.title))]
              for it in items if it.source in ("heading", "agenda") and _BARE_CASE_LIST.fullmatch(compact(it.title))}
    if listed:
        items = [part for it in items for part in listed.get(id(it), [it])]
    titled = [item for item in items if item.source in ("heading", "agenda") and BARE_CASE.fullmatch(compact(item.title))]
    titled_ids = {id(item) for item in titled}
    # 3 議案第2号 / …について: where nothing else names the business, the title printed under the number titles it.
    only_numbers = len(titled) == len(items)
    for item in titled:
        _title_from_mention(lines, body, item, title_below=only_numbers)
    # A bill titled from the proceedings that another entry already names by its title is that entry: of the two, the
    # one that knows more of the bill's series and number is kept (the vote names the bill by them); entries of one
    # title pair in order.
    others: dict[str, list[Item]] = {}
    for it in items:
        if id(it) not in titled_ids:
            others.setdefault(compact(it.title), []).append(it)
    kept_for: dict[int, Item] = {}   # a dropped entry's id → the entry kept in its place
    for t in titled:
        pool = others.get(compact(t.title))
        if pool:
            other = pool.pop(0)
            drop, keep = (other, t) if _knows_the_bill(t) > _knows_the_bill(other) else (t, other)
            kept_for[id(drop)] = keep
    items = [it for it in items if id(it) not in kept_for]
    for it in items:
        if it.turn_owner is not None and id(it.turn_owner) in kept_for:
            it.turn_owner = kept_for[id(it.turn_owner)]
    # A case named by its number alone, nowhere titled, has nothing to title it by.
    items = [it for it in items if not BARE_CASE.fullmatch(compact(it.title))]
    located = sorted((it for it in items if it.start is not None), key=lambda it: it.start)
    unlocated = [it for it in items if it.start is None]
    return located + unlocated


# (教議第5号)…について: a case's number in brackets before its title, as a board of education numbers its bills.
_BRACKETED_CASE = re.compile(BRACKETED_CASE_NUMBER + r"[ \t\u3000]*(?P<t>[^\s(（].*?)[ \t\u3000]*$")


def _bracketed_cases_under_headings(lines: list[str], body: Body, items: list[Item],
                                    boundaries: list[tuple[int, Item | None]]) -> tuple[list[Item], list]:
    """(1)議案審議 (教議第4号)…について / (教議第5号)…について / …: a heading that runs on into the first of a list of
    cases, each numbered in brackets before its title, the others on the lines under it; each is an item."""
    out_items, done = [], {}
    for it in items:
        h = it.heading
        raw = lines[h.line] if it.source == "heading" and h is not None and 0 <= h.line < len(lines) else ""
        m = _BRACKETED_CASE.search(raw) if "号" in raw else None
        if m is None or (m.start() and raw[m.start() - 1] not in " \t\u3000)）"):
            out_items.append(it)
            continue
        found = [(h.line, m)]
        for j in range(h.line + 1, len(lines)):
            if body.kinds.get(j) == "blank" or not lines[j].strip():
                continue
            mj = _BRACKETED_CASE.match(lines[j].strip(" \t\u3000"))
            if mj is None or body.kinds.get(j) not in (None, "text"):
                break
            found.append((j, mj))
        if len(found) < 2:
            out_items.append(it)
            continue
        parts = []
        for pos, mm in found:
            word = mm.group("w")
            kind = it.kind or series_kind(word)
            parts.append(dataclasses.replace(it, title=mm.group("t"), kind=kind, start=pos, depts=list(it.depts),
                                             number=int(unicodedata.normalize("NFKC", mm.group("n"))), series=word))
        out_items.extend(parts)
        done[id(it)] = parts
    if not done:
        return items, boundaries
    out_bounds = [(pos, b) for pos, b in boundaries if b is None or id(b) not in done]
    out_bounds += [(part.start, part) for parts in done.values() for part in parts]
    return out_items, out_bounds


# • 諮問第245号 / 「…。」の公文書部分開示決定に対する審査請求: a case's number alone, its title on the line under it.
_CASE_NUMBER_ALONE = re.compile(r"(?:[-・•*][ \t\u3000]*)?(?:諮問|報告|議案)第[0-9０-９]{1,4}号")


# 議案第1号 …の変更(北山市決定)について (司会) 皆様、…: a flattened page runs the agenda's last entry into the first speech.
_ENTRY_BEFORE_SPEECH = re.compile(
    r"^[ \t\u3000]*(?P<e>(?:議案|諮問|報告|議)第[0-9０-９]{1,4}号[ \t\u3000]*[^。\s][^。]{3,80}?(?:について|の件))"
    r"[ \t\u3000]+(?=[(（〔【][^()（）〔〕【】\s]{1,20}[)）〕】][ \t\u3000]*\S)"
)


# 議事日程 / 令和7年第2回北山町議会臨時会 / （…開会・開議） / 開会・開議宣告（会議規則第8条） / 日程第1 会議録署名議員の指名 /
# ３ 川上 勉 ４ 森本みどり: an assembly's schedule page repeats the sitting's title, cites the rule for each step of
# procedure and seats the signers under their step; none of them is business.
_RULE_CITED_STEP = re.compile(r"^[^\s（(]{2,20}[（(]会議規則第[0-9０-９]{1,3}条[^（）()]{0,20}[）)]$")


def _schedule_page_furniture_dropped(block: list[str]) -> list[str]:
    return [ln for ln in block
            if not (roster.seat_row(ln) or _PLENARY_TITLE.search(ln) and len(ln.strip(" \t\u3000")) <= 40 and "議会" in ln
                    and not re.search(r"議案|報告|日程", ln) or _RULE_CITED_STEP.fullmatch(ln.strip(" \t\u3000")))]


def _entry_run_into_the_first_speech(lines: list[str], block: list[str], body: Body) -> list[str]:
    """The agenda's next entry, where the line under the field's last one opens with a numbered case and then the first
    speaker's bracketed label."""
    if not block or not block[-1].strip():
        return block
    last = block[-1].strip(" \t\u3000")
    at = next((i for i in range(min(len(lines), body.start + 1)) if lines[i].strip(" \t\u3000").endswith(last)), None)
    if at is None or at + 1 >= len(lines):
        return block
    m = _ENTRY_BEFORE_SPEECH.match(lines[at + 1])
    return block + [m.group("e")] if m else block


def _titles_under_case_numbers(lines: list[str], block: list[str]) -> list[str]:
    """• 諮問第245号 / 「…(名簿の類)。」の…決定に対する審査請求 / • 諮問第246号 / …: an agenda of case numbers each over its
    title, a title quoting a request whose sentence ends in 。 and runs long; the header's field stopped at the first
    such title. The list goes on while a line is a case number or the title under one."""
    if not block or not _CASE_NUMBER_ALONE.fullmatch(block[-1].strip(" \t\u3000")):
        return block
    at = next((i for i in range(len(lines)) if lines[i].strip(" \t\u3000") == block[-1].strip(" \t\u3000")), None)
    if at is None:
        return block
    out = list(block)
    under_number = True
    for line in lines[at + 1:at + 80]:
        s = line.strip(" \t\u3000")
        if not s:
            continue
        if _CASE_NUMBER_ALONE.fullmatch(s):
            out.append(s)
            under_number = True
            continue
        if not under_number or s[0] in SPEAKER_MARKS or prose_like(s):
            break
        out.append(s)
        under_number = False
    return out


# 議題 / 本会の概要について / 事務局から、資料1に基づき…説明が行われ、…承認された。: a summary whose headings lost their marks,
# the agenda's word alone on its line, each case's title on a line of its own over the account of it (or run on into it).
_AGENDA_WORD_ALONE = re.compile(r"議題|議事|審議事項|協議事項|報告事項|審議案件|協議案件|報告案件")
_TITLE_OVER_ACCOUNT = re.compile(r"^(?P<t>[^。、「」()（）:：]{4,60}?(?:について|の件))(?P<rest>.*)$")
_ACCOUNT_OPENS = re.compile(r"^[、,]?(?:事務局|[^、。\s]{1,20}(?:課|部|局|室|センター))(?:から|より)")


def _titles_narrated_under_agenda_word(lines: list[str], stop: int) -> list[_AgendaEntry]:
    start = next((i for i in range(stop) if _AGENDA_WORD_ALONE.fullmatch(compact(lines[i]))), None)
    if start is None:
        return []
    kind = "報告" if compact(lines[start]).startswith("報告") else None
    entries: list[_AgendaEntry] = []
    for j in range(start + 1, stop):
        s = lines[j].strip(" \t\u3000")
        m = _TITLE_OVER_ACCOUNT.match(s) if s else None
        if m is None:
            continue
        rest = m.group("rest").strip(" \t\u3000")
        if rest:
            if not _ACCOUNT_OPENS.match(rest):
                continue
        else:
            # The title alone: the account of it, a sentence, follows on the next line.
            after = next((lines[k].strip(" \t\u3000") for k in range(j + 1, min(stop, j + 3)) if lines[k].strip()), "")
            if "。" not in after or _TITLE_OVER_ACCOUNT.fullmatch(after):
                continue
        title = m.group("t").strip(" \t\u3000")
        if not plausible_form(title) or compact(title) in ("その他について",):
            continue
        entries.append(_AgendaEntry(title, kind, [], at=j))
    return entries


def _add_bills_in_speech(lines: list[str], body: Body, items: list[Item], boundaries: list[tuple[int, Item | None]]) -> None:
    """次に、議第58号は、沼津市印鑑条例の一部改正についてで…: bills named only in the speeches, each an item."""
    for pos, word, title, number in _bills_in_speech(body, lines):
        item = Item(title=title, kind="報告" if word.startswith("報") else "その他", start=pos, source="narration",
                    number=number, series=word)
        items.append(item)
        boundaries.append((pos, item))


# ○議事 / 議第1号 … / ○教育長報告事項 / (1) …: the agenda's groups each under a marked group word; the header's list
# ended at the second word, whose entries follow it.
_MARKED_GROUP = re.compile(r"^[ \t\u3000]*[○〇◎●◆■◇][ \t\u3000]*[一-龥]{0,8}?(?:報告事項|協議事項|審議事項|諮問事項)[ \t\u3000]*$")


def _marked_group_after_the_agenda(lines: list[str], blocks: list[list[str]], stop: int) -> list[str] | None:
    """The marked group word right below the header's last agenda block, with the entries it heads (one numbering)."""
    last = next((b[-1].strip(" \t\u3000") for b in reversed(blocks) if b), None)
    if not last:
        return None
    at = next((i for i in range(min(stop, len(lines))) if lines[i].strip(" \t\u3000") == last), None)
    if at is None:
        return None
    j = next((k for k in range(at + 1, min(stop, len(lines))) if lines[k].strip(" \t\u3000")), None)
    if j is None or not _MARKED_GROUP.match(lines[j]):
        return None
    out, style = [lines[j].strip(" \t\u3000")], None
    for k in range(j + 1, min(stop, len(lines))):
        s = lines[k].strip(" \t\u3000")
        if not s:
            continue
        h = parse_heading(s)
        if h is None or style is not None and h[0] != style or hdr.match_field(h[2]):
            break
        style = h[0]
        out.append(s)
    return out if len(out) >= 2 else None


def _other_part_of_the_list(entries: list[_AgendaEntry], items: list[Item]) -> bool:
    """議事 / (1)協議事項 / 協議第54号 … / (2)その他 read by the header, (1) 新町建設計画について / (2) … the body's headings:
    the header's end cut one list in two; where no entry names a heading, the entries are the list's other part."""
    titles = [compact(it.title) for it in items]
    return all(e.number is not None for e in entries) and not any(
        compact(e.title) in t or t in compact(e.title) for e in entries for t in titles)


def _knows_the_bill(item: Item) -> int:
    return (item.number is not None) + (item.series is not None)


# …を求める意見書をお手元に配付いたしてございます: a title read out in a sentence ends where a whole title is followed
# by the sentence's own particle; …条例を廃止する条例について goes on to a whole title of its own.
_READ_TITLE_END = re.compile(r"(?:意見書|決議|陳情|請願|条例|予算|について)(?P<p>[をはが])")


def _title_read_out(title: str) -> str:
    for cut in _READ_TITLE_END.finditer(title):
        if not WHOLE_TITLE_END.search(title[cut.end():]):
            return title[:cut.start("p")]
    return title


_BARE_CASE_LIST = re.compile(rf"(?:{BARE_CASE_WORDS})第[0-9]{{1,3}}号(?:(?:及び|並びに|[、,，・])(?:{BARE_CASE_WORDS})第[0-9]{{1,3}}号)+")


# (ア) 説明 / (イ) 討議: the steps of one deliberation, each alone on its line.
_DELIBERATION_STEP = re.compile(r"^[ \t\u3000]*[(（]?[ア-ン][)）.．]?[ \t\u3000]*(?:説明|討議|討論|質疑|質疑応答|意見交換)[ \t\u3000]*$")


def _parts_are_deliberation_steps(lines: list[str], headings: list[Heading], idx: int, ranks: dict[str, int]) -> bool:
    """3 …の評価について / (1) 評価全般について / (ア) 説明 / (イ) 討議: the parts under a case, each taken up in the steps
    of one deliberation, are that case's, not cases of their own."""
    h = headings[idx]
    if h.cls != "item" or idx + 1 >= len(headings):
        return False
    part = headings[idx + 1]
    if part.style == h.style or part.style in ("bracket", "pword") or ranks.get(part.style, len(ranks)) <= ranks[h.style]:
        return False
    end = headings[idx + 2].line if idx + 2 < len(headings) else len(lines)
    return sum(1 for i in range(part.line + 1, min(end, part.line + 60)) if _DELIBERATION_STEP.match(lines[i])) >= 2


# …について 3.報告事項, 【諮問事項】: a group word, perhaps numbered, closing a line.
# Ⅱ 報告, (2)報告: the bare word alone on its line, numbered or bracketed.
_GROUP_WORD_CLOSING = re.compile(
    r"(?:^|[\s】〕）)])(?:[0-9０-９]{1,2}[.．、)）]?[ \t\u3000]*)?[【〔]?(?P<w>報告|諮問|説明)(?:事項|案件)[】〕]?[ \t\u3000:：]*$"
    r"|^[ \t\u3000]*(?:(?:[0-9０-９]{1,2}|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ])[.．、)）]?[ \t\u3000]*|[(（][0-9０-９]{1,2}[)）][ \t\u3000]*)?"
    r"[【〔]?(?P<b>報告|諮問)[】〕]?[ \t\u3000:：]*$"
    # 3 会長あいさつ 4 報 告: the bare word numbered as the next step of an order of business run onto one line.
    r"|[ \t\u3000][0-9０-９]{1,2}[.．、)）]?[ \t\u3000]*(?P<r>報[ \t\u3000]?告|諮[ \t\u3000]?問)[ \t\u3000:：]*$"
    # ○所管事項の報告: a standing committee's reports from the departments under it.
    r"|^[ \t\u3000]*[○〇◎●◆■◇]?[ \t\u3000]*(?:[0-9０-９]{1,2}[.．、)）]?[ \t\u3000]*)?(?P<s>所管事項の?報告)[ \t\u3000:：]*$"
)


def _run_on_group_kind(lines: list[str], headings: list[Heading]) -> str | None:
    """The kind a group word closing the line just above the first heading gives the list it heads, where that
    heading opens a list at 1."""
    if not headings or headings[0].style in ("bracket", "pword") or _heading_number(headings[0]) != 1:
        return None
    above = next((lines[i] for i in range(headings[0].line - 1, max(-1, headings[0].line - 3), -1) if lines[i].strip()), "")
    m = _GROUP_WORD_CLOSING.search(above.rstrip())
    if m is None:
        return None
    word = re.sub(r"[ \t\u3000]", "", m.group("w") or m.group("b") or m.group("r") or m.group("s"))
    return "諮問" if word == "諮問" else "報告"


# Where no speaker's label bounds the header, how many lines the last agenda reader looks through.
_UNLABELLED_REACH = 80

# 日程第18 議案第61号 平, 報告第5号 …に関する規: titles the end of the text cut inside a word.
_WHOLE_TITLE_END = WHOLE_TITLE_END


def _sibling_goes_on(title: str, others: list[str]) -> bool:
    """Whether another entry's title has this one's last words, then a short ending of its own (…決算 / …決算認定について)."""
    tail = title[-4:]
    for other in others:
        k = other.rfind(tail)
        rest = other[k + len(tail):] if k >= 0 else ""
        if rest and len(rest) <= 8 and _ABOUT_END.search(rest):
            return True
    return False




_SESSION_BUSINESS = re.compile(r"^(?:第[0-9]{1,4}回)?[^、。]{0,24}(?:定例会|臨時会)(?:について|の件)$")
# 日程番号 / 議件番号 / 議 件 名 等: the header row of an agenda table flattened one cell a line.
_TABLE_HEADER_CELL = re.compile(r"(?:日程|議件|議案|事件)?番号|議件名?等?|件名等?|事件名|内容等?|(?:審議|議決)?結果|概要|備考|区分|提出者|付託委員会")
# 目次: a bound record's contents list names the day's business, one entry a line, until a rule.
_CONTENTS_HEADING = re.compile(r"^[ \t\u3000]*[○◎●]?[ \t\u3000]*目[ \t\u3000]*次[ \t\u3000]*$")


def _contents_list(lines: list[str], stop: int) -> list[str]:
    """The entries of a 目次 before the proceedings (a bound record's contents), as an agenda block."""
    for i, line in enumerate(lines[:stop]):
        if not _CONTENTS_HEADING.match(line):
            continue
        block: list[str] = []
        for entry in lines[i + 1:stop]:
            text = entry.strip(" \t\u3000")
            if RULE.fullmatch(text) or text[:1] in "○◎●〇":
                if block or RULE.fullmatch(text):
                    break
            if text:
                block.append(text)
        return block
    return []


_STREAM_START = re.compile(r"議[ \t\u3000]*事[ \t\u3000]*日[ \t\u3000]*程|会議に付(?:した|議した)(?:事件|案件)")
# 日程第4 …, 議案第1号 令和元: where an entry of a run-on list starts (a case number with a title after it).
_STREAM_ENTRY = re.compile(
    r"(?:^|(?<=[\s\u3000]))(?=(?:(?:追加)?日程[ \t\u3000]*)?第[ \t\u3000]*[0-9０-９]{1,3}(?=[ \t\u3000.．])"
    r"|(?:議案|報告|諮問|認定|承認|同意|請願|陳情|発議|意見書案|意見案|決議案)第[ \t\u3000]*[0-9０-９]{1,3}[ \t\u3000]*号[ \t\u3000]+\S)"
)


_RUN_ON_TITLE = re.compile(r"\S(?:追加)?日程[ \t\u3000]*第[ \t\u3000]*[0-9０-９]{1,3}[ \t\u3000]")
# 2.本日の会議に付した事件, 3.出席議員(20名): the sections after the agenda end its last entry.
# …補正予算(第9号) / ------ / 本日の会議に付した事件 …: a rule ends the entry above it, as a numbered section does.
_STREAM_SECTION = re.compile(rf"\n(?=[ \t\u3000]*[0-9０-９]{{1,2}}[.．][ \t\u3000]*\S)|\n[ \t\u3000]*{INLINE_RULE}[ \t\u3000]*(?=\n|$)")
_STREAM_STOP = re.compile(r"(?:出席|欠席)(?:議員|委員)|説明のため|出席(?:した|を求めた)者")


def _bill_stream(lines: list[str], stop: int) -> list[str]:
    """An assembly's 議事日程 whose line breaks an aggregator moved into the titles (議案第1号 令和元 / 年度長門市 /
    一般会計補正予算(第3号) 議案第2号 …): the lines from the agenda's heading read as one text, cut before each entry."""
    start = next((i for i, line in enumerate(lines[:stop]) if _STREAM_START.search(line)), None)
    if start is None:
        return []
    stop = next((i for i in range(start + 1, stop) if _STREAM_STOP.search(lines[i][:20])), stop)
    text = "\n".join(lines[start:stop])
    pieces = [p.replace("\n", "").strip(" \t\u3000") for part in _STREAM_SECTION.split(text)
              for p in _STREAM_ENTRY.split(part)]
    pieces = [_STREAM_TAIL.sub("", p) for p in pieces]
    return [p for p in pieces if p and _STREAM_ENTRY.match(p)]


# …について日程 ６ / …について２ 本日の会議に付した事件 議事日程のとおり: the next entry's 日程 with its number but without
# 第, or the record's next numbered section, run onto the title above them.
_STREAM_TAIL = re.compile(
    r"(?:(?<=[^\s\u3000])[ \t\u3000]*日程[ \t\u3000]*[0-9０-９]{1,3}[ \t\u3000]*"
    r"|[0-9０-９]{1,2}[ \t\u3000]+(?:本日の)?会議に付(?:した|議した)(?:事件|案件).*)$"
)


# (市長提出議, ( : an opening bracket the end of the text cut before it closed.
_CUT_IN_BRACKET = re.compile(r"(?<![ \t\u3000])[ \t\u3000]*[（(][^（）()]{0,20}$")


def _not_cut_by_the_end(lines: list[str], items: list[Item]) -> list[Item]:
    """The items without the one whose title the end of the text cut off (an opening saved to a length),
    nor one titled by a range of numbers (議案第１号から第４号まで（提案説明…）): each bill is an item of its own."""
    last = next((compact(line) for line in reversed(lines) if line.strip()), "")
    last = compact(_TRAILING_RULE.sub("", last))
    kept = []
    # 議案第 15 号 / …許可申請について / 議案第 16 号 / 非農地証明願の承認[end]: where every other title of the list ends in
    # について, the last one without it, the text's last line, was cut there.
    abouts = sum(1 for it in items if compact(it.title).endswith("について"))
    for it in items:
        title = compact(_TRAILING_RULE.sub("", it.title))
        at_the_end = bool(title) and last.endswith(title)
        if at_the_end and abouts >= 3 and abouts == len(items) - 1 and not title.endswith("について") and last == title:
            continue
        if at_the_end and len(title) >= 8 and _sibling_goes_on(title, [compact(o.title) for o in items if o is not it]):
            # 議第62号 …歳入歳出決算認定について / 議第63号 …歳入歳出決算[end]: the other entries go on past the words the
            # last one stops at, the text's end; it was cut there.
            continue
        if at_the_end and title.endswith("につい"):
            it.title, title = it.title.rstrip() + "て", title + "て"  # …条例制定につい: only the last character is missing
        elif at_the_end and _CUT_IN_BRACKET.search(it.title) and _WHOLE_TITLE_END.search(_CUT_IN_BRACKET.sub("", title)):
            # …条例の一部改正について(市長提出議: the end cut inside the bill's number after a whole title.
            it.title = _CUT_IN_BRACKET.sub("", it.title)
        elif at_the_end and not _WHOLE_TITLE_END.search(title):
            continue
        if not RANGE_TITLE.match(title):
            kept.append(it)
    return kept


# 宣告者 開会 議長 北野 一郎 / 延会 議長 南田 健: the field of who declared the sitting open (its first line) and closed.
_OPENING_DECLARED_BY = re.compile(
    r"[ \t\u3000]*(?:開会|開議)[ \t\u3000]+(?:議長|委員長)[ \t\u3000]*(?P<n>[^\s\d]{1,5}?(?:[ \u3000][^\s\d]{1,5}?)?)[ \t\u3000]*(?:\n|$)"
)
# 開議 / 令和2年3月2日 / 10時05分 / 議長 / 南田 健: an assembly's 開会・散会 table names who declared it.
# 午前10時00分 議長北野花子さん宣告, 午後1時 委員長 南田健君開会宣言: the name may run on from the office and
# carry an honorific and the word for the declaration.
_DECLARED_BY = re.compile(
    r"(?:時|分)[ \t\u3000]+(?:議長|委員長)[ \t\u3000]*(?P<n>[^\s\d]{1,5}?(?:[ \u3000][^\s\d]{1,5}?)?)[ \t\u3000]*"
    r"(?:さん|君|氏)?[ \t\u3000]*(?:(?:開会|開議)?(?:宣告|宣言))?$"
)
# 報告書とりまとめ names a paper the council writes, not a report made to it.
# …報告について, …からの情報提供: a report, or information a body or an office gives the council.
_REPORT_WORD = re.compile(r"報告(?!書)|情報提供")
_ABSENCE_NOTIFIED = re.compile(
    r"(?P<names>[一-龥々]{1,8}?委員(?:[、・][一-龥々]{1,8}?委員)*|[一-龥々]{1,8}?(?:[、・][一-龥々]{1,8}?)*各委員)から欠席の(?:届出|届け|連絡)")
_SAID_ABSENT = re.compile(r"([^\s、,，]{2,10}?)(?:委員)?は欠席")
_MINUTES_WORD = re.compile(MINUTES_WORDS)
# 議案第１号令和２年度…補正予算（第１２号）を議題とします, 議案第１号　専決処分の承認を求めることについてを採決:
# the title runs to the verb of the business (a title may hold を itself, and end in について).
# 専決処分事項の承認を求めることについて（令和５年度…補正予算（第１４号））: what the bill is on, in brackets.
_BILL_SUBJECT = r"[（(](?:[^（）()]|[（(][^（）()]*[）)]){1,60}[）)]"
_BILL_BUSINESS_VERB = r"を(?:議題|採決|審議|一括|上程|お諮り|可決|否決|原案|除|朗読|提出)"
_BILL_SERIES = "議案|議|報告|報|発議|発議案|意見案|意見書案|決議案|請願|陳情|認定|承認|諮問"
# 議案第1号 …中関係分及び議案第7号 …の2件を一括議題: the next bill's number ends a title, as does the count.
_BILL_REF_PREFIX = re.compile(rf"(?P<w>{_BILL_SERIES})第(?P<n>[0-9０-９]{{1,3}})号[ \t\u3000]*")
_NEXT_BILL = rf"(?:及び|並びに)?(?:{_BILL_SERIES})第[0-9０-９]|の[0-9０-９一二三四五六七八九十]{{1,2}}件"
# An ordinance that amends several at once has a title of a hundred characters and more.
_BILL_MENTION = re.compile(
    rf"(?P<w>{_BILL_SERIES})第(?P<n>[0-9０-９]{{1,3}})号[はを、，,\s\u3000]*"
    rf"(?P<t>[^、。「」『』\s\u3000]{{4,160}}?(?:について(?:{_BILL_SUBJECT})?(?={_BILL_BUSINESS_VERB}|は|ないし|[ \t\u3000]|$))?)"
    rf"(?=から|まで|ないし|について|につき|{_BILL_BUSINESS_VERB}|{_NEXT_BILL}|で、|、|。|[ \t\u3000]|$)"
)
# まず、議案第18号「北野県特別会計条例の一部を改正する条例案」は、…: the bill's title quoted after its number (a title
# the end of the text cut before its closing bracket is none).
_QUOTED_BILL_MENTION = re.compile(rf"(?P<w>{_BILL_SERIES})第(?P<n>[0-9０-９]{{1,3}})号「(?P<t>[^「」。]{{4,60}})」")
# The chair puts a case on the floor, in a sentence of its own: …についての諮問を審議いたします;
# はじめに,第4回定例会についてを議題といたします; それでは、案件その1、…(案)についてを議題といたします;
# 日程第1、議案第22号「羽村市行政不服審査条例」の件を議題といたします; …に関する件について議事を進めます.
# The place in the order of business (日程第1, 案件その1, 議題2) and the bill's number come before the title.
_TAKE_UP_LEAD = r"(?:(?:それでは|では|次に|続いて|続きまして|まず|はじめに|初めに|最初に|引き続き|これより|ここで)[、,，]?[ \t\u3000]*)*"
_TAKE_UP_PLACE = (
    r"(?:(?:追加)?日程第[ \t\u3000]*[0-9０-９一二三四五六七八九十]{1,3}[、,，の \t\u3000]*)?"
    # 付議事件(1)「…」を議題といたします: an assembly committee's matters referred to it, numbered in brackets.
    r"(?:(?:案件|議題|議事|付議事件)(?:その|第)?(?:[0-9０-９一二三四五六七八九十]{1,2}号?|[(（][0-9０-９]{1,2}[)）])[、,，の \t\u3000]*)?"
    # 1市立病院所管事項、(1)報告事項、アの…について: the place in the committee's outline of business, section by section,
    # the group word (報告事項) giving the kind.
    r"(?:[0-9０-９]{1,2}[^。、,，\s「」]{2,20}?事項[、,，][ \t\u3000]*)?"
    r"(?:[(（][0-9０-９]{1,2}[)）](?P<g>報告|諮問|協議|審議|説明)?事項[、,，][ \t\u3000]*)?(?:[ア-ン]の)?"
)
# (13:31) before the chair's next sentence: the clock a record notes at a sentence's end, run onto the next.
_CLOCK_NOTE_FIRST = re.compile(r"^[(（][0-9０-９]{1,2}[:：][0-9０-９]{2}[)）][ \t\u3000\n]*")
_CHAIR_TAKES_UP = re.compile(
    rf"^{_TAKE_UP_LEAD}{_TAKE_UP_PLACE}(?:(?P<w>{_BILL_SERIES})第[ \t\u3000]*(?P<n>[0-9０-９]{{1,3}})号[、,， \t\u3000]*)?"
    r"(?:[「『](?P<q>[^」』。]{4,80})[」』](?:の件)?|(?P<x>[^。「」、,，]{6,80}?))"
    # …についてを議題とし、資料に基づき、理事者から説明を受けます: the case put on the floor in the clause before the explanation.
    r"(?:を(?:審議|議題と)(?:いた)?します|を議題に供します|について(?:議事を進め|審議を進め|審議を行い)ます|を議題とし[、,，])"
)
# [委員長] 北野市の定数に対する考え方について。 資料をご参照ください。: a chair's turn that opens with the matter's
# title as a sentence of its own, its heading spoken; the matter is taken up without 議題 or 審議.
_SPOKEN_HEADING = re.compile(
    rf"^{_TAKE_UP_LEAD}{_TAKE_UP_PLACE}(?:[「『](?P<q>[^」』。]{{4,80}})[」』](?:の件|について)?|(?P<x>[^。「」、,，]{{4,80}}?(?:について|に関して|の件)))[。．]?$"
)
# 議案第22号「羽村市行政不服審査条例」の件: a bill named with its title in quotes.
_QUOTED_BILL = re.compile(rf"(?:{_BILL_SERIES})第[0-9０-９]{{1,3}}号[、,， \t\u3000]*[「『]")
# What follows a bill's number when no title does: 議案第１号を議題といたします, 議案第１号ないし議案第３号は….
_NOT_A_BILL_TITLE = re.compile(rf"(?:(?:{_BILL_SERIES})?第|[0-9０-９]+号|及び|並びに|ないし|乃至|外|ほか|まで|から|として|とし|は|を|の|に|が|と|も|議題|採決|審議|朗読|提案|原案|質疑|討論)")


# まず、議案第1号北山市手数料条例の制定について。: the chair reads a bill out by its number and title, the sentence
# holding nothing else (the bills were taken up together before, and are now gone through one by one).
_BILL_READ_OUT = re.compile(
    rf"^{_TAKE_UP_LEAD}(?:{_BILL_SERIES})第[0-9０-９]{{1,3}}号[ \t\u3000]*[^、。「」『』\s\u3000]{{4,80}}?(?:について|の件)[。．]$"
)


# …について、 / 日程第８　…: a line that ends on a comma, the sentence running on to the next.
_COMMA_BROKEN = re.compile(r"、[ \t\u3000]*\n[ \t\u3000]*")


def _bills_in_speech(body: Body, lines: list[str], taken_up: bool = False) -> list[tuple[int, str, str, int]]:
    """Each bill at its first mention in a turn: ``(line, word, title, number)``.

    Where no turn was read (a page flattened into one line), the body's text names the bills.
    ``taken_up``: only the bills the chair puts on the floor (…を議題とします).
    """
    seen: set[tuple[str, str]] = set()
    out = []
    said = {i: body.turn_text.get(i, "") for i in body.labels} or {
        i: lines[i] for i, k in body.kinds.items() if k == "text"}
    if taken_up:
        # Only a turn can be the chair's; the text lines of a page without turns take up nothing.
        # 議案第1号ないし議案第28号を一括議題といたします。… まず、議案第1号…について。 / 次へ参ります。 議案第2号…について。:
        # bills taken up together, then read out one by one, each by its number and title in a sentence of its own.
        # …条例の制定について、 / 日程第８　議案第７８号…、 / 以上４件を一括議題とします。: a sentence the order's numbers
        # broke onto lines of their own is one sentence still, every bill it names taken up.
        said = {i: " ".join(sents) for i, t in said.items() if i in body.labels
                and ("議題" in t or "号" in t) and role_of(body.labels[i].label, RoleContext()) == "chair"
                for sents in [[x for x in _sentences(_COMMA_BROKEN.sub("、", t)) if "議題" in x][:1]
                              + [x for x in _sentences(t) if _BILL_READ_OUT.match(x)]] if sents}
    for i in sorted(said):
        mentions = sorted([*_BILL_MENTION.finditer(said[i]), *_QUOTED_BILL_MENTION.finditer(said[i]),
                           *NUMBER_FIRST_BILL.finditer(said[i])], key=lambda m: m.start())
        for m in mentions:
            number = bill_number(m) if m.re is NUMBER_FIRST_BILL else int(unicodedata.normalize("NFKC", m.group("n")))
            if number is None:
                continue
            key = (m.group("w")[0], str(number))
            title = m.group("t")
            if key in seen or _BILL_MENTION.match(title) or _NOT_A_BILL_TITLE.match(title):
                continue
            seen.add(key)
            out.append((i, m.group("w"), title, number))
    return out


# 「A」及び「B」についての事務局説明 / 「A」の審議: what a summary's heading says was explained or deliberated.
_QUOTED_BUSINESS = re.compile(
    r"^(?P<q>「[^「」]{2,60}」(?:[ \t\u3000]*(?:及び|並びに|と|、|・)[ \t\u3000]*「[^「」]{2,60}」)*)"
    r"[ \t\u3000]*(?:について(?:の)?|の)(?:[^「」。]{0,10}?)(?:説明|審議|報告|協議)(?:等)?$"
)


# 協議題2 事務局より調査結果報告「北野市健康アンケート」「職員朝食調査」について: what is reported or explained, then
# two or more quoted subjects, each a case.
_REPORTED_QUOTES = re.compile(
    r"^[^「」。]{0,30}?(?:報告|説明)(?P<q>「[^「」]{2,60}」(?:(?:及び|並びに|と|、|・)?「[^「」]{2,60}」)+)(?:について|の件)?$"
)


def _quoted_business(title: str) -> tuple[list[str], str | None] | None:
    """The cases a heading names in quotes, procedural ones (会議の運営方法, 今後の日程) left out, and the kind its
    lead gives them (報告 where the heading reports them, …調査結果報告「…」「…」); ``None`` where the heading is no
    such list."""
    if "「" not in title:
        return None
    m, lead_kind = _QUOTED_BUSINESS.match(title), None
    if m is None:
        m = _REPORTED_QUOTES.match(compact(title))
        if m is None:
            return None
        lead_kind = "報告" if "報告" in title.split("「")[0] else None
    titles = re.findall(r"「([^「」]+)」", m.group("q"))
    return [t for t in titles if not PROCEDURAL.match(compact(t)) and not _SUB_PROCEDURAL.search(t)], lead_kind


def _bill_ref(text: str) -> tuple[str, int] | None:
    """承認第１号 → ("承認", 1): the series and number of the first bill the text names."""
    m = _BILL_REF_PREFIX.search(text)
    return (m.group("w"), int(nfkc(m.group("n")))) if m else None


def _take_up_listed_bills(lines: list[str], body: Body, items: list[Item],
                          boundaries: list[tuple[int, Item | None]]) -> tuple[list[Item], list[tuple[int, Item | None]]]:
    """●本日の会議に付議した事件 / 日程第５　報告第１号　専決処分について …: the business of the sitting
    listed before anyone speaks, each bill taken up later under a heading that names it by number
    alone (△日程第３　承認第１号) or by the chair (○議長　報告第１号を議題といたします).

    A listed bill is the one taken up: it moves to where that happens, so its debate and vote are
    its own, and a later heading of its number alone takes the listing's full title.
    """
    if not body.labels:
        return items, boundaries
    first_turn = min(body.labels)
    listed = [it for it in items if it.source == "heading" and it.start is not None and it.start < first_turn]
    if not listed:
        return items, boundaries
    later: dict[tuple[str, int], Item] = {}
    for it in items:
        if it.source == "heading" and it.start is not None and it.start > first_turn:
            ref = _bill_ref(compact(it.title)) if BARE_CASE.fullmatch(compact(it.title)) else None
            if ref is not None:
                later.setdefault((_series_key(ref[0]), ref[1]), it)
    taken_up = _bills_taken_up(body)
    dropped: set[int] = set()
    moved: dict[int, int] = {}
    for it in listed:
        ref = _bill_ref(lines[it.start])
        if ref is None:
            continue
        key = (_series_key(ref[0]), ref[1])
        if key in later:
            heading = later.pop(key)
            if len(compact(it.title)) >= 4 and not _BILL_REF_PREFIX.search(it.title):
                # A listing cut by its table's columns (議案第１号 / て) leaves the title to the chair's words.
                heading.title = it.title
            heading.number, heading.series = ref[1], heading.series or ref[0]
            heading.kind = heading.kind or it.kind
            dropped.add(id(it))
        elif key in taken_up:
            moved[id(it)] = taken_up.pop(key)
            it.number, it.series = ref[1], ref[0]
    if not dropped and not moved:
        return items, boundaries
    out = []
    for pos, it in boundaries:
        if it is None or id(it) not in dropped | moved.keys():
            out.append((pos, it))
            continue
        out.append((pos, None))  # the listing's line still ends what came before it
        if id(it) in moved:
            it.start = moved[id(it)]
            out.append((it.start, it))
    return [it for it in items if id(it) not in dropped], out


def _bills_taken_up(body: Body) -> dict[tuple[str, int], int]:
    """Where the chair first puts each bill on the floor, by series and number: ○議長　報告第１号を議題といたします
    (its title may follow or not; a bill the sentence names after the first is only referred to)."""
    out: dict[tuple[str, int], int] = {}
    for i in sorted(body.labels):
        said = body.turn_text.get(i, "")
        if "議題" not in said or role_of(body.labels[i].label, RoleContext()) != "chair":
            continue
        for sent in _sentences(said):
            if "議題" in sent and (ref := _bill_ref(sent)) is not None:
                out.setdefault((_series_key(ref[0]), ref[1]), i)
    return out


def _listed_heading(lines: list[str], body: Body, item: Item) -> bool:
    """Whether the next line after the heading is another heading: an entry of a list, not a case taken up."""
    for j in range(item.start + 1, min(len(lines), item.start + 6)):
        kind = body.kinds.get(j)
        if kind not in (None, "blank", "consumed"):
            return kind == "heading"
    return False


def _title_from_mention(lines: list[str], body: Body, item: Item, title_below: bool = False) -> None:
    """△議案第１号 / ○議長　日程第３　議案第１号令和２年度…を議題とします: a heading that names a bill by
    its number alone takes its title from where the proceedings first name it."""
    ref = BARE_CASE.fullmatch(compact(item.title))
    number = int(ref.group("n"))
    item.number = item.number or number
    item.series = item.series or ref.group("w")
    # Its own span first; an entry of the 議事日程 above the proceedings has none there, and takes the first
    # statement anywhere that reads the bill's title out (意見書案第15号最高裁判決に基づき…を求める意見書。).
    spans = [item.span] if item.span else []
    if item.start is not None and item.start < body.start:
        spans.append((body.start, len(lines)))
    for s, e in spans:
        for i in range(s, e):
            said = body.turn_text.get(i) if i in body.labels else None
            if not said or "号" not in said:
                continue
            for m in _BILL_MENTION.finditer("".join(said.split())):
                if (int(nfkc(m.group("n"))) == number and m.group("w")[0] == ref.group("w")[0]
                        and not _NOT_A_BILL_TITLE.match(m.group("t")) and not _BILL_REF_PREFIX.search(m.group("t"))):
                    item.title = _title_read_out(m.group("t"))
                    return
    if not title_below or item.start is None or item.start + 1 >= len(lines):
        return
    below = lines[item.start + 1].strip(" \t\u3000")
    if (4 <= len(below) <= 80 and "。" not in below and below[0] not in "(（[［〔【" and WHOLE_TITLE_END.search(below)
            and not BARE_CASE.search(compact(below))):
        # 3 議案第2号 / …について: an order of business table's row, the number in one cell and the title under it, is
        # titled so where the proceedings never read it out.
        item.title = below


def _kind_under(hint: str | None, style: str, context: str | None) -> str | None:
    """A heading's own kind, unless it is only a bill's series under a group word that names the kind:
    (3)諮問事項 / 議案第1号 …について is a consultation, though 議案 alone says nothing of one."""
    if hint == "その他" and style == "case" and context in ("諮問", "報告"):
        return context
    return hint


def _heading_number(h: Heading) -> int | None:
    value = unicodedata.normalize("NFKC", h.number or "")
    return int(value) if value.isascii() and value.isdigit() else None


def _basis_kind(body: Body, start: int, end: int) -> str | None:
    for i in range(start, min(end, start + 6)):
        if i in body.basis:
            inner = body.basis[i][0]
            if "報告" in inner and "諮問" not in inner:
                return "報告"
            if "諮問" in inner:
                return "諮問"
    return None


def _share_group_spans(lines: list[str], body: Body, items: list[Item]) -> None:
    """Cases lettered separately but deliberated together share the following text."""
    ordered = sorted((it for it in items if it.span), key=lambda it: it.span[0])
    pending: list[Item] = []
    for it in ordered:
        s, e = it.span
        content = any(body.kinds.get(i) not in (None, "blank", "consumed", "heading") for i in range(s + 1, e))
        if not content and it.source == "heading":
            pending.append(it)
            continue
        for p in pending:
            p.span = (p.span[0], e)
        if pending:
            # The shared deliberation is filed under the first case of the group.
            it.turn_owner = pending[0]
        pending = []


# 【諮問1】人事課 / 【諮問2】消防本部警防課 / 消防署指令課 / 【報告1】…: a form that names each case's department apart
# from its agenda, in a cell tagged with the case's kind and its number within that kind (a unit alone on the
# next line is the same case's). The agenda's entries take them by kind and number.
_CASE_TAG = re.compile(r"[【\[［](?P<w>諮問|報告|議題|案件)[ \t\u3000]*(?P<n>[0-9０-９]{1,2})[】\]］][ \t\u3000]*(?P<u>[^\s【\[［]+)")
_TAG_KINDS = ("諮問", "報告")


def _departments_from_case_tags(entries: list[_AgendaEntry], lines: list[str], stop: int) -> None:
    tagged: dict[tuple[str | None, int], list[str]] = {}
    for i in range(min(stop, len(lines))):
        for m in _CASE_TAG.finditer(lines[i]):
            units = unit_names(m.group("u")) if is_unit_list(m.group("u")) else []
            after = lines[i + 1].strip(" \t\u3000") if i + 1 < stop else ""
            if units and m.end() == len(lines[i].rstrip(" \t\u3000")) and after and not any(c in after for c in " \t\u3000】") \
                    and is_unit_list(after):
                # 事務局 under the last tagged cell is the form's next label, no unit of the case.
                units += [u for u in unit_names(after) if u != "事務局"]
            if units:
                tagged[(m.group("w") if m.group("w") in _TAG_KINDS else None, int(unicodedata.normalize("NFKC", m.group("n"))))] = units
    seen: dict[str | None, int] = {}
    for k, e in enumerate(entries, 1):
        kind = e.kind_hint if e.kind_hint in _TAG_KINDS else None
        seen[kind] = seen.get(kind, 0) + 1
        units = tagged.get((kind, seen[kind])) if kind else tagged.get((None, k))
        if units and not e.depts:
            e.depts = list(units)


@dataclass
class _AgendaEntry:
    title: str
    kind_hint: str | None
    depts: list[str]
    number: int | None = None
    word: str | None = None      # 議案, 報告 …: the series the number belongs to
    ranged: bool = False         # one of 報告第１号〜第３号, found where the range is
    ordinal: int | None = None   # (2) 諮問第３号 …: its place in the list
    notes: list[str] = field(default_factory=list)   # bracketed lines below it
    dept_note: str | None = None  # (市民生活部市民課) after its title, as printed
    base: str | None = None       # the title it shares with other entries, where its department tells it apart
    at: int | None = None         # the line it heads, where the reader found it there (the body's own heading)


# 諮問第３号, 審査請求について（諮問第12号）: a case number anywhere in an agenda line.
_CASE_REF = re.compile(r"(?P<w>諮問|報告)第(?P<n>[0-9０-９]{1,3})号")
# 議題（１）, 議事の(1), 諮問第３号の: how a chair names an agenda item by its number.
_AGENDA_REF = re.compile(
    r"^(?:(?:議題|議事|案件)の?(?:第)?[ \t\u3000]*[(（]?[0-9０-９]{1,2}[)）]?|[⑴-⒇])[ \t\u3000]*の?[ \t\u3000]*"
    r"|^(?:諮問|報告)第[0-9０-９]{1,3}号の?[ \t\u3000]*"
)


# …説明した。 - 個人情報保護条例の改正内容について: a hyphen bullet after a sentence opens the next entry.
# 日程第　１　…: an order number spaced from its 日程第 opens no entry of its own.
_INLINE_SPLIT = re.compile(r"(?<!日程第)(?<![ \t\u3000])[ \t\u3000]+(?=(?:[0-9０-９]{1,2}[ \t\u3000]|[(（][0-9０-９]{1,2}[)）]|[①-⑳⑴-⒇]|・))|(?<=。)[ \t\u3000]+(?=[-－][ \t\u3000])")


_CASE_RANGE = re.compile(
    r"^(?P<w>報告|議案|諮問|請願|陳情)第(?P<a>[0-9０-９]{1,3})号?[ \t\u3000]*[〜～~から\-－―]+[ \t\u3000]*(?:第)?(?P<b>[0-9０-９]{1,3})号"
    r"(?:まで)?[ \t\u3000]*(?P<t>.*)$"
)


# 場所:…会議室 1 開 会 2 …について 3 …について 4 閉 会: a flattened page runs its agenda into one line.
_INLINE_NUMBER = re.compile(r"(?:^|(?<=[ \t\u3000]))([0-9０-９]{1,2})[ \t\u3000]+(?=\S)")


def _run_in(title: str, runs: dict[str, list | None]) -> list[tuple[str, str | None, int | None, str | None]] | None:
    """split_run(title) once per title and parse: the agenda's repair, the plausibility check and the split of a
    heading all ask. Kept without a kind: split_run(title, kind) gives each case ``its kind or kind``."""
    if title not in runs:
        runs[title] = split_run(title)
    return runs[title]


def _plausible(title: str, runs: dict[str, list | None]) -> bool:
    """plausible_title, its run looked up in ``runs``."""
    return plausible_form(title) and _run_in(title, runs) is None


def _plausible_entries(entries: list[_AgendaEntry], runs: dict[str, list | None]) -> list[_AgendaEntry]:
    """The agenda's entries with a misread title repaired: a flattened run split into its entries, a sentence of
    what was done cut to its subject, a bare heading word dropped.

    【報告事項】1.北野講座の実績報告 2.南田調査の結果 → two entries, each of the line's kind.
    """
    out: list[_AgendaEntry] = []
    for e in entries:
        run = _run_in(e.title, runs)
        if run is None and "号" in e.title:
            run = case_number_run(e.title, None)
        if run is None:
            run = group_run(e.title)
        if run is not None:
            out.extend(_AgendaEntry(title, kind or e.kind_hint, list(e.depts), number, word)
                       for title, kind, number, word in run)
            continue
        e.title = done_subject(e.title)
        if _plausible(e.title, runs):
            out.append(e)
    return out


def _names_a_heading(entry: _AgendaEntry, items: list[Item]) -> bool:
    """Whether a heading of the body takes up this agenda entry of a shared title (its department
    the same); the heading then carries the agenda's title, which tells the cases apart."""
    if entry.base is None:
        return False
    base = compact(entry.base)
    for it in items:
        if it.source == "heading" and compact(it.title) == base and set(it.depts) & set(entry.depts):
            it.title = entry.title
            return True
    return False


def _numbers_a_heading(entry: _AgendaEntry, items: list[Item], lines: list[str]) -> bool:
    """Whether a heading names this agenda entry by its number alone (△議案第１号); it takes the entry's title."""
    if entry.number is None or not entry.word:
        return False
    for it in items:
        ref = _bare_case_heading(it, lines) if it.source == "heading" else None
        if ref and int(ref.group("n")) == entry.number and ref.group("w")[0] == entry.word[0]:
            it.title, it.number = entry.title, entry.number
            it.depts = it.depts or list(entry.depts)
            return True
    return False


# (1)諮問第40号(台帳閲覧システム関連): a heading that names the case by its number and a note in brackets, the
# note no title of its own.
_NOTE_ONLY = re.compile(r"[(（][^()（）]{1,40}[)）]")


def _bare_case_heading(it: Item, lines: list[str]) -> re.Match[str] | None:
    title = compact(it.title)
    ref = BARE_CASE.fullmatch(title)
    if ref is None and it.heading is not None and _NOTE_ONLY.fullmatch(title):
        printed = compact(lines[it.heading.line])
        at = printed.rfind(title)
        ref = BARE_CASE.search(printed[:at]) if at > 0 else None
        if ref and ref.end() != at:
            ref = None
    return ref


# 付託議案説明 ・議案第57号 契約の締結について(…) 報告事項説明 ・…について: a summary record lists what
# was explained under each kind of business, one bullet a case.
_EXPLAINED = re.compile(r"(?:^|(?<=[ \t\u3000]))(?P<sec>付託議案|議案|報告事項|報告|諮問事項|諮問|陳情|請願)(?:の)?説明[ \t\u3000]*(?=・)")
_EXPLAINED_BULLET = re.compile(r"・[ \t\u3000]*(?P<t>[^・\n]+?)[ \t\u3000]*(?=[ \t\u3000]・|$)")


# 次第3の(1)の北野川水系の保全計画についての説明を求める (諮問理由等について説明): a request that names the
# business by its place in the 次第, read on a record whose speaker column was lost; 資料2の…について
# names a paper and is left. Where the explanation given is of the 諮問's reasons, the business is a 諮問.
_AGENDA_PLACE_REQUEST = re.compile(
    r"次第[0-9]{1,2}の(?:\([0-9]{1,2}\)の?)?(?P<x>[^。、「」()]{4,60}?)について(?:の|、)?(?:事務局の?|担当課の?)?(?:説明|報告)を(?:求め|願い|お願い)"
)
_REASONS_OF_REFERRAL = re.compile(r"諮問(?:理由|の趣旨|の理由)")


# 審議事項 / (第1号議案) / 北山市景観計画等の変更について / 事務局から議案説明の後、…: a summary page's case, its
# number in brackets on a line of its own and its title, whole, on the next.
# 4.議事(公開審議) / 第1号議案 / …の改正について: the same number without its brackets.
_BRACKETED_BILL_NUMBER = re.compile(r"[(（]第[0-9０-９]{1,3}号議案[)）]|第[0-9０-９]{1,3}号議案")
_TITLE_BEFORE_ACCOUNT = re.compile(r"(?P<t>[^。、]{4,80}?(?:について|の件))(?=[^。]*(?:事務局|説明)[^。]*。)")


# 1.本定例会会議事件は次のとおりである。 / 報告第1号 / …について / … / 1.本定例会に出席した事務局職員は…: a narrated
# record announces the business of the sitting in a sentence of its own, the list below it up to the next paragraph.
_BUSINESS_ANNOUNCED = re.compile(r"(?:会議|付議|審議|付議した)?事件は(?:次|左記)のとおり(?:である|です)?。?$")


def _business_announced(lines: list[str], stop: int) -> list[str]:
    for i, line in enumerate(lines[:stop]):
        if "事件" not in line or not _BUSINESS_ANNOUNCED.search(line.strip(" \t\u3000")):
            continue
        lead = line.strip(" \t\u3000")[:2]
        block = []
        for nxt in lines[i + 1:stop]:
            s = nxt.strip(" \t\u3000")
            if s.endswith("。") or lead[:1].isdigit() and s.startswith(lead):
                break
            if s:
                block.append(s)
        return block if len(block) <= 60 else []
    return []


# 議案第 12 号 / 農地法第3条の規定による許可申請について: a bill's number in a table cell of its own, its title in the next.
_BILL_CELL = re.compile(r"(?:議案|報告|諮問|承認|認定|同意|請願|陳情|発議)第[ \t\u3000]*[0-9０-９]{1,3}[ \t\u3000]*号")


def _bill_cells(lines: list[str], stop: int) -> list[str]:
    """会議に付した / 事 / 件 / 議案第 11 号 / 議席の決定について / 議案第 12 号 / …: a form's list of the business read one
    table cell a line, each bill's number over its title; the pairs put back on one line each for the agenda's reader
    (which leaves out the steps of the sitting among them). Two pairs at least make the list."""
    out: list[str] = []
    for i in range(min(stop, len(lines)) - 1):
        cell = lines[i].strip(" \t\u3000")
        title = lines[i + 1].strip(" \t\u3000")
        if (_BILL_CELL.fullmatch(cell) and title and "。" not in title and len(title) <= 80
                and not _BILL_CELL.match(title)):
            out.append(compact(cell) + " " + title)
    return out if len(out) >= 2 else []


_TOPIC_LABEL_CELL = re.compile(r"(?:議題|議事|案件)[ \t\u3000]*(?P<n>[0-9０-９]{1,2})")
_FORM_NUMBER_CELL = re.compile(r"[0-9０-９]{1,2}[.．]?")


def _labels_column_over_values(lines: list[str], stop: int) -> list[str]:
    """議題1 / 議題2 / 議題3 / (a cell beside them) / …進捗状況 / …について / その他 / 2 / 開催日時: a form's agenda field
    read a column at a time, its labels counting up from 1, then as many values, the last of them just above the
    form's next numbered field; each label is put back before its value for the agenda's reader."""
    end = min(stop, len(lines))
    i = 0
    while i < end:
        m = _TOPIC_LABEL_CELL.fullmatch(lines[i].strip(" \t\u3000"))
        if m is None or int(nfkc(m.group("n"))) != 1:
            i += 1
            continue
        labels = [lines[i].strip(" \t\u3000")]
        j = i + 1
        while j < end and (m := _TOPIC_LABEL_CELL.fullmatch(lines[j].strip(" \t\u3000"))) and int(nfkc(m.group("n"))) == len(labels) + 1:
            labels.append(lines[j].strip(" \t\u3000"))
            j += 1
        k = len(labels)
        nxt = next((x for x in range(j, min(end, j + k + 4)) if _FORM_NUMBER_CELL.fullmatch(lines[x].strip(" \t\u3000"))
                    or hdr.match_field(lines[x].strip(" \t\u3000"))), None)
        # The record's own title, a cell beside the labels, is no value of theirs.
        values = [v for x in range(j, nxt if nxt is not None else j) if (v := lines[x].strip(" \t\u3000"))
                  and not _MINUTES_TITLE.search(v)]
        if values and len(values) == k - 1 and (last := _OTHER_RUN_ON.fullmatch(values[-1])):
            # …事務事業について / その他 joined as a broken line: the last label's value run onto the one above.
            values[-1:] = [last.group("t"), "その他"]
        if k >= 2 and len(values) == k and all("。" not in v and not _TOPIC_LABEL_CELL.match(v) for v in values):
            return [f"{label} {value}" for label, value in zip(labels, values)]
        i = j
    return []


_MINUTES_TITLE = re.compile(rf"(?:{MINUTES_WORDS})$")
_OTHER_RUN_ON = re.compile(r"(?P<t>.{4,}?(?:について|の件))その他")


def _bill_number_over_title(lines: list[str]) -> list[_AgendaEntry]:
    entries: list[_AgendaEntry] = []
    for i, line in enumerate(lines[:-1]):
        m = _BRACKETED_BILL_NUMBER.fullmatch(line.strip(" \t\u3000"))
        if m is None:
            continue
        title = lines[i + 1].strip(" \t\u3000")
        if "。" in title:
            # …の変更について事務局から議案説明の後、…答申されました。: the sentence under the title joined to it.
            cut = _TITLE_BEFORE_ACCOUNT.match(title)
            title = cut.group("t") if cut else title
        if 4 <= len(title) <= 80 and "。" not in title and WHOLE_TITLE_END.search(title):
            number = int(re.search(r"[0-9]+", nfkc(m.group())).group())
            entries.append(_AgendaEntry(title, None, [], number, "議案"))
    return entries


_RUN_REACH = 2400   # characters after an entry numbered 1 that its run may take (as the fallback's reach)
_FIRST_OF_RUN = re.compile(r"(?<!\S)[1１][ \t\u3000]+(?=[^\s0-9０-９/／])")


def _unlabelled_run(lines: list[str], stop: int) -> list[_AgendaEntry]:
    """1 北野計画について 2 …の見直しについて 3 … 6 その他: a form whose labels were lost prints its agenda as a run of
    entries numbered from 1 amid the other cells; split_run reads the run from its first entry, wherever on the line
    it starts."""
    for line in lines[:stop]:
        for m in _FIRST_OF_RUN.finditer(line):
            found = top_level_run(line[m.start():m.start() + _RUN_REACH])
            # Three entries or more, each a case's whole title (…について): a run of numbers over names or
            # counts (1 番 北野一郎 2 番 …) is none.
            if len(found) >= 3 and all(_TITLE_END.search(title) for title, *_ in found):
                return [_AgendaEntry(title, kind, [], number, word) for title, kind, number, word in found]
    return []


# 1. …の進捗状況について / 2. …案について / 3. …: a page that lost its field labels (議題) keeps the agenda as lines numbered
# from 1, one whole case title each, between the date and place lines and the proceedings.
_NUMBERED_TITLE_LINE = re.compile(r"^[ \t\u3000]*(?P<n>[0-9０-９]{1,2})[.．、][ \t\u3000]*(?P<t>\S.{2,80}?)[ \t\u3000]*$")


def _numbered_title_lines(lines: list[str], stop: int) -> list[_AgendaEntry]:
    """Two or more lines in a row numbered 1, 2, … before the first speech, each a case's whole title (…について), with
    no heading word over them: the agenda whose label the page lost."""
    run: list[_AgendaEntry] = []
    for line in lines[:stop]:
        if not line.strip(" \t\u3000"):
            continue
        m = _NUMBERED_TITLE_LINE.match(line)
        if m and int(nfkc(m.group("n"))) == len(run) + 1 and _TITLE_END.search(m.group("t")) and "。" not in m.group("t"):
            run.append(_AgendaEntry(m.group("t"), None, [], None, None))
            continue
        if len(run) >= 2:
            return run
        run = []
        if m and int(nfkc(m.group("n"))) == 1 and _TITLE_END.search(m.group("t")) and "。" not in m.group("t"):
            run.append(_AgendaEntry(m.group("t"), None, [], None, None))
    return run if len(run) >= 2 else []


def _requests_by_agenda_place(lines: list[str]) -> list[_AgendaEntry]:
    entries: list[_AgendaEntry] = []
    for line in lines:
        if "次第" not in line:
            continue
        flat = compact(line)
        for m in _AGENDA_PLACE_REQUEST.finditer(flat):
            kind = "諮問" if _REASONS_OF_REFERRAL.search(flat, m.end(), m.end() + 30) else None
            entries.append(_AgendaEntry(m.group("x") + "について", kind, []))
    return entries


def _explained_business(lines: list[str]) -> list[_AgendaEntry]:
    entries: list[_AgendaEntry] = []
    for line in lines:
        if "説明" not in line or "・" not in line:
            continue
        marks = list(_EXPLAINED.finditer(line))
        for k, m in enumerate(marks):
            stop = marks[k + 1].start() if k + 1 < len(marks) else len(line)
            sec = m.group("sec")
            kind = "報告" if sec.startswith("報告") else "諮問" if sec.startswith("諮問") else "その他"
            for b in _EXPLAINED_BULLET.finditer(line[m.end():stop]):
                title = b.group("t").strip()
                ref = _BILL_REF_PREFIX.match(title)
                number = int(nfkc(ref.group("n"))) if ref else None
                title = title[ref.end():] if ref else title
                if 4 <= len(compact(title)) <= 120 and "。" not in title:
                    entries.append(_AgendaEntry(title, kind, [], number, ref.group("w") if ref else None))
    return entries


def _inline_agenda(lines: list[str], stop: int) -> list[_AgendaEntry]:
    """The agenda numbered 1, 2, 3 … on one line before the proceedings, opening with 開会 or closing with 閉会.

    A page may quote the start of that line too (a share snippet cut short): the whole list, the one that
    reaches 閉会, is preferred.
    """
    best: tuple[bool, int, list[_AgendaEntry]] | None = None
    for line in lines[:stop]:
        if len(line) < 20 or "会" not in line:
            continue
        run: list[re.Match[str]] = []
        for m in _INLINE_NUMBER.finditer(line):
            value = int(nfkc(m.group(1)))
            if value == len(run) + 1:
                run.append(m)
            elif value == 1:
                run = [m]
        if len(run) < 3:
            continue
        titles = [line[a.end():b.start()] for a, b in zip(run, run[1:])] + [line[run[-1].end():]]
        folded = [compact(t) for t in titles]
        if folded[0] != "開会" and not folded[-1].startswith("閉会"):
            continue
        entries = []
        for title, key in zip(titles, folded):
            if len(key) > 80:
                continue
            h = Heading(line=-1, style="num", number=None, title=title.strip(" \t\u3000"))
            split_title(h)
            classify_heading(h)
            if h.cls == "item":
                entries.append(_AgendaEntry(h.title, h.kind_hint, list(h.depts)))
        candidate = (folded[-1].startswith("閉会"), len(run), entries)
        if best is None or candidate[:2] > best[:2]:
            best = candidate
    return best[2] if best else []


# [議題] 1.…について 2.…について 3.その他: a flattened page's agenda after its label, numbered on one line.
# 8 会議に付した事件  (1)…について  (2)…, 議  事    (1)…: a numbered header run onto one line, the field's label
# set off by blanks and its bracketed numbers right after.
_AGENDA_LABEL = re.compile(
    r"(?:[\[［【〔][ \t\u3000]*(?:議題|議事|案件|付議事件|協議事項)[ \t\u3000]*[\]］】〕]|(?:議題|案件|付議事件|協議事項)[:：]"
    r"|(?:^|(?<=[\s.．、0-9０-９]))(?:(?:本日の)?会議に付(?:した|議した)(?:事件|案件)|付議事件|審査事件|協議事項|議[ \t\u3000]*[事題]|案[ \t\u3000]*件"
    # 7 本日の日程  1)会議録署名議員の指名  2)…: the day's order of business, each number closed by a half bracket.
    r"|本日の日程|議事日程)[ \t\u3000]+(?=[(（]?[0-9０-９]{1,2}[)）]))[ \t\u3000]*"
)
_LABELLED_NUMBER = re.compile(r"(?:^|(?<=[ \t\u3000]))(?:(?P<a>[0-9０-９]{1,2})[.．、)）]|[(（](?P<b>[0-9０-９]{1,2})[)）])[ \t\u3000]*(?=\S)")
# Where the last entry ends: a wide gap, a rule or leader, or a mark that opens what comes next.
_LABELLED_END = re.compile(r"[ \t\u3000]{2,}|[…─━―]{2,}|[○◎●〇◯]")


# 審査日程及び本日の流れにつきましては、3、行政報告の(2)、総務部報告、4、所管事務の調査について、5、…、6、その他
# ということで進めてまいりたい: the chair reads out the order of business by its numbers.
_ORDER_READ = re.compile(r"(?:日程|流れ|順序|進め方)(?:につきましては|については|は)[、,]\s*(?P<list>[0-9０-９]{1,2}[、,].+?)(?:ということで|の順で|の順に)")
_ORDER_PIECE = re.compile(r"(?:^|[、,])[0-9０-９]{1,2}[、,](?P<t>.+?)(?=[、,][0-9０-９]{1,2}[、,]|$)")


# 本日の議題は「平成21年4月組織改正について」と「…」、それから「…」の3つです: the agenda named in one sentence.
# 本日の議題は,…陳情の審査といたしまして「…」。所管事務の調査といたしまして「…」。「…」。及び「その他」であります: the list
# read out as a run of quoted titles, each closed by a full stop of its own.
_AGENDA_SENTENCE = re.compile(
    # 本日の協議事項は、「…について」始め7件でございます: a council of heads names its matters to settle so.
    r"本日の(?:議題|案件|審議事項|協議事項|議事)は[、,]?(?P<list>[^。]*?「[^。]*」(?:。[^「」。]{0,30}「[^「」。]*」)*)[^「」。]{0,24}"
    r"(?:です|でございます|となっております|になります|であります)"
)
_QUOTED = re.compile(r"「(?P<t>[^「」]{4,80})」")
# 本日の案件につきましては、来る9月2日から開会の令和2年第3回定例会議事運営について御協議をいただくものであります: the chair
# names the one matter unquoted, before the 協議 it asks for; the session it prepares is named as it opens (…開会の).
_MATTER_ANNOUNCED = re.compile(
    r"本日の(?:議題|案件|審議事項|協議事項|議事)(?:は|につきましては|については)[、,]?"
    r"(?:[^。「」]{0,30}?(?:開会|開催|招集)(?:予定)?の)?(?P<t>[^。「」、,]{4,60}?について)"
    # 本日の議題は…についてということでありますけれども: the matter named as the sentence's whole predicate.
    r"(?:(?:御|ご)?(?:協議|審議|審査)|ということで|で(?:ございます|あります|す)[。、,])"
)


def _order_read_by_the_chair(body: Body) -> list[_AgendaEntry]:
    entries: list[_AgendaEntry] = []
    for i in sorted(body.labels):
        said = body.turn_text.get(i, "")
        listed = _AGENDA_SENTENCE.search(said) if "本日の" in said else None
        if listed:
            titles = [q.group("t") for q in _QUOTED.finditer(listed.group("list"))]
            entries = [_AgendaEntry(t, "報告" if _REPORT_WORD.search(compact(t)) else None, []) for t in titles
                       if not PROCEDURAL.match(compact(t))]
            if entries:
                return entries
        announced = _MATTER_ANNOUNCED.search(said) if "本日の" in said else None
        if announced and not PROCEDURAL.match(compact(announced.group("t"))):
            return [_AgendaEntry(compact(announced.group("t")), None, [])]
        m = _ORDER_READ.search(said) if "ということで" in said or "の順" in said else None
        if m is None:
            continue
        for piece in _ORDER_PIECE.finditer(m.group("list")):
            # 行政報告の(2)、総務部報告: the part of a section named last is the case.
            title = re.split(r"[、,]", piece.group("t"))[-1].strip()
            key = compact(title)
            if len(key) < 4 or PROCEDURAL.match(key) or _SUB_PROCEDURAL.search(title) or key.startswith("その他"):
                continue
            entries.append(_AgendaEntry(title, "報告" if _REPORT_WORD.search(key) else None, []))
        if entries:
            return entries
    return entries


def _cases_under_numbered_sections(lines: list[str], body: Body) -> list[_AgendaEntry]:
    """3 議題 / 報告事項 / …について / 諮問事項 / …について / 4 その他 / …について: a numbered order of business
    whose cases stand unnumbered under its sections, a section word alone giving the kind of those below it."""
    entries: list[_AgendaEntry] = []
    headings = body.headings
    for h, nxt in zip(headings, headings[1:]):
        if h.cls not in ("container", "other") or h.style not in ("num", "pnum") or nxt.style != h.style:
            continue
        if nxt.line - h.line > 12:
            continue  # a section of the proceedings, not an entry of the list
        kind = h.container_kind
        pieces = [h.title[len("その他"):]] if h.cls == "other" and h.title.startswith("その他") else []
        # A line folded into the heading (kind consumed) is in its title already.
        pieces += [lines[j] for j in range(h.line + 1, nxt.line) if body.kinds.get(j) == "text"]
        for piece in pieces:
            piece = piece.strip(" \t\u3000")
            if not piece:
                continue
            if "。" in piece or len(piece) > 80:
                break  # speech: no list
            key = compact(piece)
            if CONTAINER.match(key):
                kind = "報告" if "報告" in key else "諮問" if "諮問" in key else None
            elif _TITLE_END.search(piece) and not PROCEDURAL.match(key) and not _SUB_PROCEDURAL.search(piece):
                entries.append(_AgendaEntry(piece, kind, []))
    return entries


# 〇委員会 / 1 発言の取り消しについて / 2 … / 〇委員協議会 / 1 …: a 議会運営委員会's record lists the business of each
# sitting it held that day, the committee's own and its informal council's, under a marked heading each.
_SITTING_HEADING = re.compile(r"^[ \t\u3000]*[〇○◯◎][ \t\u3000]*(?:委員会|委員協議会|全員協議会|協議会|小委員会|分科会)[ \t\u3000]*$")
_NUMBERED_ENTRY = re.compile(r"^[ \t\u3000]*(?P<n>[0-9０-９]{1,2})[ \t\u3000]+\S")


def _business_by_sitting(lines: list[str], stop: int) -> list[list[str]]:
    """The numbered lists under such headings (each numbered from 1, two entries at least), one block each."""
    blocks = []
    for i, line in enumerate(lines[:stop]):
        if not _SITTING_HEADING.match(line):
            continue
        block = []
        for entry in lines[i + 1:stop]:
            m = _NUMBERED_ENTRY.match(entry)
            if m is None or int(nfkc(m.group("n"))) != len(block) + 1:
                break
            block.append(entry.strip(" \t\u3000"))
        if len(block) >= 2:
            blocks.append(block)
    return blocks


def _labelled_agenda(lines: list[str], stop: int) -> list[_AgendaEntry]:
    """The entries after an agenda label, numbered 1, 2, 3 … on one line before the proceedings."""
    for line in lines[:stop]:
        label = _AGENDA_LABEL.search(line)
        if label is None:
            continue
        run: list[re.Match[str]] = []
        for m in _LABELLED_NUMBER.finditer(line, label.end()):
            if int(nfkc(m.group("a") or m.group("b"))) != len(run) + 1 or not run and m.start() != label.end():
                break
            run.append(m)
        if len(run) < 2:
            continue
        titles = [line[a.end():b.start()] for a, b in zip(run, run[1:])] + [line[run[-1].end():]]
        entries = []
        for title in titles:
            title = _LABELLED_END.split(title, 1)[0].strip(" \t\u3000")
            if not 2 <= len(title) <= 80 or "。" in title:
                continue
            h = Heading(line=-1, style="num", number=None, title=title)
            split_title(h)
            classify_heading(h)
            if h.cls == "item":
                entries.append(_AgendaEntry(h.title, h.kind_hint, list(h.depts)))
        if entries:
            return entries
    return []


# 2. …答申案について審議を行った。 / 推進委員会での最終提言案の審議を行った。: a summary record states
# what the body deliberated in a sentence of its own.
_SUMMARY_BUSINESS = re.compile(
    r"^[ \t\u3000]*(?:[0-9０-９]{1,2}[.．、)）][ \t\u3000]*)?(?P<x>[^。、「」\s]{4,80}?)(?P<about>について|の)(?:審議|審査|協議)を行(?:った|いました)"
)
# 推進委員会での: where the deliberation took place, no part of what was deliberated.
_SUMMARY_PLACE = re.compile(r"^[^。、]{1,20}?(?:会|会議)(?:での|における|において)")


_WORD_NUMBERED_TOPIC = re.compile(r"(?:^|(?<=[\s・•]))(?:議題|案件|議事)[ \t\u3000]*[⑴-⒇][ \t\u3000]*(?P<t>[^\s。、][^。]{3,80}?(?:について|の件))(?=[ \t\u3000]|$)")
# ※【】内は議事録の該当頁 ▼ …の目標について(事務局説明)【2-6 頁】 ・ …(ご意見)【9-11 頁】: a summary's topic mark
# over the points raised, each topic closed by the pages of the verbatim record it sums up; the bracketed note of who
# spoke is no part of the title. A topic with no pages (▼ ご意見について) only heads the bulleted remarks under it.
_PAGED_TOPIC = re.compile(
    r"(?:^|(?<=\s))[▼▽◆◇■□][ \t\u3000]*(?P<t>(?:(?![ \t\u3000][・•●○◯〇▼▽◆◇■□※])[^▼▽【】。\n]){4,80}?)"
    r"(?:[(（][^()（）【】]{1,12}[)）])?[ \t\u3000]*【[ \t\u3000]*[0-9０-９]{1,4}(?:[-‐－~～][0-9０-９]{1,4})?[ \t\u3000]*頁"
)
_HEADER_TOPIC = re.compile(
    r"^[ \t\u3000]*(?:[0-9０-９]{1,2}[.．、)）]?[ \t\u3000]*)?(?:内容|会議内容|議題|案件)[ \t\u3000]*[:：]?[ \t\u3000]+"
    r"(?P<t>[^\s。、][^。]{3,80}?(?:について|の件))[ \t\u3000]*$"
)
# 議題1 「…」の概要について / 議題2 …: a page that lost its field labels lists the agenda as its word and number before
# each title, among the header's bare lines.
_HEADER_CASE = re.compile(r"^[ \t\u3000]*(?:(?:諮問|報告|議案)第[ \t\u3000]*[0-9０-９]{1,3}[ \t\u3000]*号|議題[0-9０-９]{1,2})[ \t\u3000]+\S{4,}")


def _summarised_business(lines: list[str], stop: int) -> list[_AgendaEntry]:
    entries = []
    for line in lines[:stop]:
        if "を行" not in line:
            continue
        m = _SUMMARY_BUSINESS.match(line)
        if m is None:
            continue
        title = _SUMMARY_PLACE.sub("", m.group("x")) + ("について" if m.group("about") == "について" else "")
        if len(compact(title)) >= 4 and not PROCEDURAL.match(compact(title)) and not _SUB_PROCEDURAL.search(title):
            entries.append(_AgendaEntry(title, None, []))
    return entries


# 日程第3 報告第 1号 継続費繰越計算書について: the sitting's order of business, one entry a line.
_ORDER_LINE = re.compile(r"^[ \t\u3000]*日程[ \t\u3000]*第[ \t\u3000]*(?P<n>[0-9０-９]{1,3})(?=[ \t\u3000])")


_BILL_UNDER_ORDER = re.compile(r"^[ \t\u3000]*(?:議案|報告|諮問|認定|承認|同意|請願|陳情|発議)第[ \t\u3000]*[0-9０-９]{1,3}[ \t\u3000]*号[ \t\u3000]+\S")
_BILL_STEPS = re.compile(r"議案(?:等)?の(?:上程|提出)(?:[、・,][^、・,\n]{1,8}){1,6}[ \t\u3000]*$")


def _order_of_business(lines: list[str], stop: int) -> list[str]:
    """The lines 日程第1, 日程第2 … counting up before the proceedings, where no heading introduced them
    (a flattened page loses its 議事日程 heading with its line breaks): the agenda, as a block."""
    best: list[str] = []
    run: list[str] = []
    for line in lines[:stop]:
        m = _ORDER_LINE.match(line)
        if m is None:
            if run and wrapped_rest(line, run[-1]):
                run[-1] = run[-1].rstrip(" \t\u3000") + line.strip(" \t\u3000")
                continue
            if run and _BILL_UNDER_ORDER.match(line) and (_BILL_UNDER_ORDER.match(run[-1]) or _BILL_STEPS.search(run[-1])):
                # 日程第6 議案の上程、説明、質疑、討論、採決 / 議案第14号 …について / 議案第15号 …: the bills the last order
                # of business takes up, one a line under it.
                run.append(line)
                continue
            if line.strip():
                best, run = max(best, run, key=len), []
            continue
        n = int(nfkc(m.group("n")))
        if n == 1:
            best, run = max(best, run, key=len), [line]
        elif run and n == len(run) + 1:
            run.append(line)
    best = max(best, run, key=len)
    return best if len(best) >= 3 else []


_COLUMN_NUMBER = re.compile(r"[ \t\u3000]*(?P<n>[0-9０-９]{1,2})[.．]?[ \t\u3000]*")


_SCHEDULE_NUMBER_CELL = re.compile(r"[0-9０-９]{1,2}")
_BILL_NUMBER_CELL = re.compile(r"(?:議案|報告|諮問|請願|陳情|認定|承認|同意|発議)第[0-9０-９]{1,3}号|第[0-9０-９]{1,3}号議案")
_PAGE_NUMBER_CELL = re.compile(r"[-－‐‑][ \t\u3000]*[0-9０-９]{1,3}[ \t\u3000]*[-－‐‑]")


def _schedule_cells(lines: list[str], stop: int) -> list[str]:
    """日程第 / 3 / 議案第1号 / 平成26年度…補正予算(第 / 2号): an assembly's 議事日程 read from a PDF's table one cell
    a line, the word, the number and the business each in a cell of its own and a long title wrapped; each entry
    is put back on one line (日程第3 議案第1号 …補正予算(第2号)) for the agenda's reader."""
    out: list[str] = []
    n = min(stop, len(lines))
    i = 0
    while i < n - 1:
        if lines[i].strip(" \t\u3000") != "日程第" or not _SCHEDULE_NUMBER_CELL.fullmatch(lines[i + 1].strip(" \t\u3000")):
            i += 1
            continue
        number = lines[i + 1].strip(" \t\u3000")
        parts: list[str] = []
        j = i + 2
        while j < n and len(parts) < 6:
            s = lines[j].strip(" \t\u3000")
            if (not s or s == "日程第" or _SCHEDULE_NUMBER_CELL.fullmatch(s) or _PAGE_NUMBER_CELL.fullmatch(s)
                    or hdr.match_field(s)):
                break
            parts.append(s)
            j += 1
        if parts:
            first, rest = parts[0], "".join(parts[1:])
            out.append(f"日程第{number} {first}{' ' if rest and _BILL_NUMBER_CELL.fullmatch(first) else ''}{rest}")
        i = j
    return out if len(out) >= 2 else []


def _numbering_column(lines: list[str], stop: int, under: bool = False) -> list[str]:
    """1 / 市長挨拶 / 2 / 辞令交付 / 3 / 委員紹介 / 大会議室: a PDF's 次第 read one table cell a line, its numbers
    in a column of their own; each number counting up from 1 and the line under it, as one entry. The
    numbers stand a few lines apart (a page's number stands a page apart)."""
    best: list[str] = []
    run: list[str] = []
    counted = 0   # the numbers in the run (a group word's entry under it is a line of the run, no number)
    last = -1
    for i in range(min(stop, len(lines)) - 1):
        m = _COLUMN_NUMBER.fullmatch(lines[i])
        if m is None:
            continue
        n = int(nfkc(m.group("n")))
        title = lines[i + 1].strip(" \t\u3000")
        if not title or _COLUMN_NUMBER.fullmatch(title):
            continue
        if hdr.match_field(title):
            # 1 / 開会の日時 / 2 / 閉会の日時: the header's fields numbered so, no agenda.
            best, run, counted = max(best, run, key=len), [], 0
            last = -1
            continue
        if n == 1 or not run or n != counted + 1 or i - last > 5:
            best, run, counted = max(best, run, key=len), [], 0
            if n != 1:
                continue
        run.append(f"{n} {title}")
        counted += 1
        if under and CONTAINER.match(compact(title)):
            # 3 / 協議事項 / …について: the cell under a group word holds its entry, until the next number.
            below = lines[i + 2].strip(" \t\u3000") if i + 2 < stop else ""
            if below and not _COLUMN_NUMBER.fullmatch(below) and _TITLE_END.search(below) and "。" not in below:
                run.append(below)
        last = i
    best = max(best, run, key=len)
    return best if len(best) >= 3 else []


# 資料1, 資料2-1、2-2、2-3, 参考資料3: a line of paper numbers under an agenda entry.
_PAPERS_REF = re.compile(r"[\[【(]?(?:参考|配付|配布|当日|別添)?資料[0-9][0-9\-‐－−、,・～〜~及び]*[\]】)]?")


_SPEECH_RUN_ON = re.compile(r"(?:(?<=について)|(?<=に関して)|(?<=の件)|(?<=[（(]案[）)]))[ \t\u3000]+[^\s:：。、「」]{1,12}[:：](?=[^。]*。)")


def _agenda_entries(blocks: list[list[str]]) -> list[_AgendaEntry]:
    entries: list[_AgendaEntry] = []
    context: str | None = None
    lettered: list[tuple[_AgendaEntry, list[_AgendaEntry]]] = []
    letters: tuple[_AgendaEntry, list[_AgendaEntry]] | None = None
    current: _AgendaEntry | None = None
    for block in blocks:
        block = _investigation_subjects(_dash_bullets_apart(rejoin_agenda_lines(block)))
        # 2. 報告案件 / 1. … / 3. 議事 / 1. …: a block is one field of the header; the group word over
        # the last one (議事, a field's word) does not reach into the next.
        context = None
        # Where every line of the list is numbered, an unnumbered line continues the one before.
        numbered = sum(1 for line in block if parse_heading(line.strip(" \t\u3000")) is not None)
        wraps = numbered >= 2 and numbered >= len(block) - 2
        # ①諮問第692号 / 「…」における…の電 / 子計算機との…について: a case named by its number
        # alone takes its title from the lines below, until a bracketed note or the next number.
        awaiting: _AgendaEntry | None = None
        # The entry that a bracketed note below belongs to; none once something else came between.
        noted: _AgendaEntry | None = None
        # 諮問第42号・43号 over one title and two notes: the cases of one line, each taking a note in turn.
        group: list[_AgendaEntry] = []
        # (1)非公開事項の範囲 / -1個人情報 / -2事業活動情報: the points listed under a numbered
        # item are no items of their own, unless each is marked as a case ((新規諮問)).
        under_number = False
        # 1.第251回定例会について / (1)議会審議日程 / (2)提出議案 ・議案第1号 …: a 議会運営委員会 takes up the
        # coming session as one case; what is listed under it is the plenary's business.
        session_style: str | None = None
        other_style: str | None = None
        other_line: int | None = None  # the line (2)その他 ・…について ・… stands on
        papers = False
        subject: Heading | None = None
        # 日程第2 報告第40号 / …について / 1. 北野マラソン(後援) / 2. …: the points listed from 1 under a numbered case are
        # what the case covers, no cases of their own, up to the next entry of another style.
        last_style: str | None = None
        points_style: str | None = None
        # • 1…について / ・… / ・… / • 2…について: the points under an entry bulleted with another mark, the list's own
        # mark coming back after them; the entries carry their number run onto the title (• 1第五次…).
        marks = [m.group(1) for ln in block if (m := _BULLET_MARK.match(ln))]
        top_mark = marks[0] if marks else None
        bullets_seen = 0
        for k_line, line in enumerate(block):
            if papers:
                break
            mark = _BULLET_MARK.match(line)
            if (mark and top_mark and mark.group(1) != top_mark and bullets_seen
                    and any((m := _BULLET_MARK.match(ln)) and m.group(1) == top_mark for ln in block[k_line + 1:])):
                continue
            if mark is None and line.strip(" \t\u3000"):
                bullets_seen = 0  # (2)報告事項: another group, numbered from 1 again
            if mark and mark.group(1) == top_mark:
                bullets_seen += 1
                glued = _GLUED_NUMBER.match(line, mark.end())
                if glued and int(glued.group(1)) == bullets_seen:
                    line = line[:mark.start(1)] + line[mark.start(1):mark.end()] + line[glued.end():]
            for piece in _agenda_pieces(line):
                previous, current = current, None
                # 専決処分について……156, 議員の派遣について ──── 〇本日の会議に付した事件: a contents entry's
                # dot leader, or a rule run into the line, ends the title (the page number is no part of it).
                piece = _TITLE_STOP.sub("", piece)
                proposed = _NOTE_AFTER_TITLE.search(piece)
                if proposed is not None:
                    piece = piece[:proposed.start()]
                narrated = _NARRATED_ENTRY.match(strip_list_marker(piece).strip(" \t\u3000")) if "。" in piece else None
                narrated_depts: list[str] = []
                if narrated is not None:
                    # 1)…: a number closed by a half bracket, as the narrated list writes it.
                    piece = re.sub(r"^[ \t\u3000]*[0-9０-９]{1,2}[)）][ \t\u3000]*", "",
                                   piece[:piece.index(narrated.group("t")) + len(narrated.group("t"))])
                    narrated_depts = [u for u in re.split(r"[、,・及び]+", narrated.group("who"))
                                      if _PRESENTER_UNIT.fullmatch(u) and len(u) <= 16]
                if "。" in piece:
                    # (3)…(素案)について 事務局:皆さんこんにちは。…: the first speech, its label and colon, run on after
                    # the last entry of a flattened agenda.
                    speech = _SPEECH_RUN_ON.search(piece)
                    piece = piece[:speech.start()] if speech else piece
                if last_style in ("kana", "pkana") and _LATIN_POINT.match(piece):
                    # イ 治水対策の推進等について / a 治水対策の推進について / b …: the level under ア in the outline
                    # (1, (1), ア, (ア), a, (a)) lists what the case above covers, no case of its own.
                    continue
                bulleted = bool(_SUB_BULLET.match(piece))
                piece = strip_list_marker(piece).strip(" \t\u3000・•")
                if _PAPERS_LIST.fullmatch(compact(piece)) or _PAPERS_FIELD_RUN_ON.match(piece):
                    # (配布資料): what follows names the papers, not the cases; 【当日配付資料】 次第 席次表 …: the
                    # field's bracketed word with its papers run on after it on the line.
                    papers = True
                    break
                # ――――◇―――――: a rule may carry a mark in its middle.
                if (not piece or RULE.fullmatch(piece.replace("◇", "")) or _FULL_DATE_LINE.match(piece)
                        or _TABLE_HEADER_CELL.fullmatch(compact(piece)) or _SAME_AS.fullmatch(compact(piece))
                        or _PUBLICITY_CELL.fullmatch(compact(piece))):
                    # a rule, the sitting's date written above its agenda, a table's header cell, or a pointer back
                    continue
                h = parse_heading(piece)
                if session_style is not None:
                    if h is None or h[0] != session_style:
                        continue  # (1)議会審議日程, ・議案第1号 …: the session's business, not the committee's
                    session_style = None
                # (2)その他 ・…の推薦について ・…について: the cases the catch-all holds, bulleted on its own line (a notice
                # under その他 is listed on lines of its own).
                other_case = (other_style is not None and k_line == other_line and h is None
                              and bulleted and _TITLE_END.search(piece) is not None)
                if other_style is not None and not other_case:
                    if (h is None or h[0] != other_style) and not compact(piece).isdigit():
                        continue  # 4 その他 / (1)…の会議について: notices and dates under その他, no cases
                    other_style = None
                if points_style is not None:
                    if h is not None and h[0] == points_style:
                        continue
                    if h is not None:
                        points_style = None
                if (h is not None and h[0] in ("num", "pnum") and unicodedata.normalize("NFKC", h[1] or "") == "1"
                        and last_style in ("case", "nittei", "dai") and entries and _TITLE_END.search(entries[-1].title)):
                    points_style = h[0]
                    continue
                if compact(h[2] if h is not None else piece) == "その他":
                    # 4 / その他: a number on a line of its own is a heading of the 1, 2, … style.
                    other_style = h[0] if h is not None else "num"
                    other_line = k_line
                if h is None and (_BRACKET_NOTE.match(piece) or noted is not None and _ANGLE_NOTE.fullmatch(piece)):
                    target = next((e for e in group if not e.notes), noted)
                    if target is not None:
                        target.notes.append(piece)
                    awaiting = None
                    continue
                # 議案第58号 / …要綱 / 議案第59号 / …: the next case's number opens its own entry, though the title above
                # ended without について.
                if (h is None and awaiting is not None and not prose_like(piece)
                        and not (_CASE_ONLY.fullmatch(compact(piece)) and not _CASE_ONLY.fullmatch(compact(awaiting.title)))):
                    awaiting.title = piece if _CASE_ONLY.fullmatch(compact(awaiting.title)) else awaiting.title + piece
                    for e in group:
                        e.title = awaiting.title
                    if _TITLE_END.search(piece):
                        awaiting = None
                    continue
                awaiting = noted = None
                group = []
                pair = _CASE_PAIR.fullmatch(compact(piece))
                if pair:
                    group = [_AgendaEntry(f"{pair.group('w')}第{n}号", pair.group("w"), [], int(n), pair.group("w"))
                             for n in (pair.group("a"), pair.group("b"))]
                    entries.extend(group)
                    awaiting = noted = group[0]
                    continue
                presenter = _PRESENTER_LINE.fullmatch(piece) if h is None and entries and current is None else None
                if presenter is not None and previous is entries[-1]:
                    # ア …戦略 / 総務省…地域通信振興課企画係長 長坂 泰宏: who presents the talk, under its title; the office
                    # is the entry's department, the person no part of its title.
                    unit = _PRESENTER_UNIT.match(presenter.group("post")[:-1])
                    if unit is not None and unit.group(0) not in entries[-1].depts:
                        entries[-1].depts.append(unit.group(0))
                    current = entries[-1]
                    continue
                if h is None and _PAPERS_REF.fullmatch(compact(piece)):
                    continue  # 1. …の状況(報告) / 資料1: the papers that go with the entry above, no part of it
                # 2.報告書とりまとめ / 「…(案)」について: in a numbered list, an unnumbered line (a
                # quotation too) finishes the title above rather than opening an item of its own.
                if (h is None and wraps and entries and 2 <= len(piece) <= 60 and "。" not in piece
                        and (piece[0].isalnum() and len(piece) <= 40 or piece[0] in "「『" and line.lstrip(" \t\u3000")[:1] in "「『")
                        and not CONTAINER.match(compact(piece)) and not _TITLE_END.search(entries[-1].title)
                        and not _CASE_ONLY.match(compact(piece))):
                    entries[-1].title += piece
                    continue
                if h is not None and _CASE_RANGE.match(h[2]):
                    entries.extend(_case_range(_CASE_RANGE.match(h[2]), context))
                    continue
                if h is None:
                    if len(piece) > 120 or "。" in piece:
                        continue
                    heading = Heading(line=-1, style="plain", number=None, title=piece)
                else:
                    heading = Heading(line=-1, style=h[0], number=h[1], title=h[2], rest=h[3])
                split_title(heading)
                classify_heading(heading)
                if subject is not None:
                    if (heading.style == subject.style and _heading_number(heading) is not None
                            and _heading_number(heading) == (_heading_number(subject) or 0) + 1):
                        entries.append(_AgendaEntry(subject.title, None, []))
                    subject = None
                if (heading.cls == "container" and h is not None and compact(heading.title) == "諮問"
                        and _next_in_list(block, k_line, h)):
                    # 1. 会長の選出 / 2. 諮問 / 3. 今後の進め方について: the word alone between two entries of its list heads
                    # nothing; it is the referral made at the sitting, its subject named elsewhere (see _bare_referral_titled).
                    entries.append(_AgendaEntry("諮問", "諮問", []))
                    continue
                if heading.cls == "container":
                    # 2.報告事項 / 3.… / 4.協議事項 / 5.…: a group word for matters discussed ends the reports above.
                    context = heading.container_kind or (None if _DISCUSSED.fullmatch(compact(heading.title)) else context)
                    if h is not None and _ABOUT_END.search(heading.title):
                        # (2) 協議事項について between (1) and (3): a numbered entry about the matters to discuss,
                        # no group over the entries below it.
                        subject = heading
                    continue
                if (heading.cls != "item" or len(compact(heading.title)) < 4 or _NUMBERS_ONLY.fullmatch(compact(heading.title))
                        or CASE_NUMBERS_ONLY.fullmatch(compact(heading.title))):
                    # An agenda's entry naming bills by their numbers alone gives no title to a case (a null is better
                    # than a number for a title); the proceedings may name them.
                    continue
                if bulleted and under_number and heading.kind_hint is None and not other_case:
                    continue
                under_number = under_number or (h is not None and not bulleted)
                case = heading.style == "case"
                number, word = (_heading_number(heading), h[3]) if case else (None, None)
                ref = None if case else _CASE_REF.search(piece)
                if ref:
                    number, word = int(unicodedata.normalize("NFKC", ref.group("n"))), ref.group("w")
                bill, noted_kind = proposer_note(proposed) if proposed is not None else (None, None)
                if number is None and bill is not None:
                    word, number = bill
                ordinal = _heading_number(heading) if not case and heading.style in ORDINAL_STYLES else None
                kind = (_kind_under(heading.kind_hint, heading.style, context)
                        or (word if word in ("諮問", "報告") and ref else None) or noted_kind or context)
                entries.append(_AgendaEntry(heading.title, kind, list(dict.fromkeys(heading.depts + narrated_depts)), number,
                                            word, ordinal=ordinal, dept_note=heading.dept_note))
                last_style = heading.style
                if heading.style in ("kana", "pkana"):
                    if heading.number == "ア":
                        letters = (previous, []) if previous is not None else None
                        if letters is not None:
                            lettered.append(letters)
                    if letters is not None:
                        letters[1].append(entries[-1])
                else:
                    letters = None
                current = entries[-1]
                noted = entries[-1]
                if h is not None and _SESSION_BUSINESS.search(compact(heading.title)):
                    session_style = h[0]
                if _CASE_ONLY.fullmatch(compact(heading.title)):
                    awaiting = entries[-1]
    # (5)関連法令の状況について / ア … / イ …: the lettered entries are the cases; a lone ア is what its case covers.
    dropped = {id(parent) if len(subs) >= 2 else id(subs[0]) for parent, subs in lettered}
    entries = [e for e in entries if id(e) not in dropped]
    _apply_notes(entries)
    return _once_each(entries)


# ア …戦略 / 総務省北陸総合通信局情報通信部長 福田 進吉: who presents a talk under its title, an office and its post,
# then a person's name set apart by a space.
_PRESENTER_LINE = re.compile(
    r"(?P<post>[^\s、。()（）「」:：]{4,40}?(?:部長|課長|局長|室長|係長|所長|センター長|課長補佐|主査|主幹|参事|企画官|調査官|専門官))"
    r"[ \t\u3000]+[一-龥々]{1,4}[ \t\u3000]+[一-龥々ぁ-んァ-ヶ]{1,5}"
)
_PRESENTER_UNIT = re.compile(r".*(?:課|部|局|室|センター)")


# (1) 継続調査(地域振興部関係) / 「文化芸術の振興に関する施策の方向について」: an assembly committee's investigation, the
# business of the bureau in brackets, its subject quoted on the next line.
_INVESTIGATION = re.compile(
    r"^(?P<mark>[ \t\u3000]*(?:[(（][0-9０-９]{1,2}[)）]|[0-9０-９]{1,2}[.．、]?)?[ \t\u3000]*)(?:閉会中の)?(?:継続調査|継続審査|所管事務調査)"
    r"(?P<note>[(（][^()（）]{2,20}[)）])?[ \t\u3000]*$"
)
_QUOTED_SUBJECT = re.compile(r"^[ \t\u3000]*「(?P<t>[^「」]{4,80})」[ \t\u3000]*$")


def _investigation_subjects(block: list[str]) -> list[str]:
    """Each investigation over its quoted subject as one entry, titled by the subject (the bracket kept after it)."""
    if not any("「" in line for line in block):
        return block
    out: list[str] = []
    k = 0
    while k < len(block):
        m = _INVESTIGATION.match(block[k])
        q = _QUOTED_SUBJECT.match(block[k + 1]) if m and k + 1 < len(block) else None
        if q:
            out.append(f"{m.group('mark')}{q.group('t')}{m.group('note') or ''}")
            k += 2
            continue
        out.append(block[k])
        k += 1
    return out


def _next_in_list(block: list[str], k_line: int, h: tuple) -> bool:
    """Whether the block's next line is the entry numbered after ``h`` in its style (the list goes on past it)."""
    nxt = next((ln for ln in block[k_line + 1:] if ln.strip(" \t\u3000")), None)
    g = parse_heading(nxt.strip(" \t\u3000")) if nxt is not None else None
    if g is None or g[0] != h[0] or not (h[1] or "").isdigit() or not (g[1] or "").isdigit():
        return False
    return int(unicodedata.normalize("NFKC", g[1])) == int(unicodedata.normalize("NFKC", h[1])) + 1


# 諮問「事業系ごみの減量方策について」 写し, 諮問書「…」: the referral's subject, quoted where the papers are listed.
_QUOTED_REFERRAL = re.compile(r"諮問(?:書|文)?[ \t\u3000]*[「『](?P<t>[^「」『』\n]{4,80})[」』]")


def _bare_referral_titled(entries: list[_AgendaEntry], lines: list[str]) -> list[_AgendaEntry]:
    """2. 諮問 on the agenda, 諮問「…について」 among the papers: the referral titled by the one subject the text quotes
    for it; without one subject it names no case."""
    if not any(e.title == "諮問" for e in entries):
        return entries
    subjects = list(dict.fromkeys(m.group("t") for ln in lines[:400] if "諮問" in ln for m in _QUOTED_REFERRAL.finditer(ln)))
    out = []
    for e in entries:
        if e.title == "諮問":
            if len(subjects) != 1:
                continue
            e.title = subjects[0]
        out.append(e)
    return out


# 本日の会議に付した事件 / 議事日程(第1号)に同じ: the field's word read as its label, the rest points back at the
# agenda listed above; it names no case.
_SAME_AS = re.compile(r"(?:議事日程)?[(（]?第?[0-9]{1,3}号?[)）]?(?:に同じ|のとおり)|同上")
# 【配布資料名】, 【当日配付資料】: the field's word may end in 名, and 配付 is written for 配布 in any of its forms.
_PAPERS_WORD = r"(?:会議|配布|配付|当日配[布付]|事前配[布付]|事前送付)資料(?:一覧|名)?"
_PAPERS_LIST = re.compile(rf"[(（【\[［〔<＜]?{_PAPERS_WORD}[)）】\]］〕>＞]?")
_PAPERS_FIELD_RUN_ON = re.compile(rf"[(（【\[［〔<＜]{_PAPERS_WORD}[)）】\]］〕>＞][ \t\u3000]+\S")


def _opinion_topics(lines: list[str], items: list[Item], entries: list[_AgendaEntry]) -> bool:
    agenda = PairIndex([(e.title, "") for e in entries])
    for it in items:
        if it.source != "heading" or it.start is None or agenda.best(compact(it.title))[1] >= 0.6:
            return False
        j = it.start + 1
        while j < len(lines) and not lines[j].strip():
            j += 1
        if j >= len(lines) or not (lines[j].lstrip(" \t\u3000").startswith("・") and "。" in lines[j]):
            return False
    return True


_ABOUT_END = re.compile(r"(?:について|の件)$")
_DISCUSSED = re.compile(r"(?:協議|審議)(?:事項|案件)?|議事")


def _once_each(entries: list[_AgendaEntry]) -> list[_AgendaEntry]:
    """The agenda listed twice (議事日程, then 本日の会議に付した事件 with page numbers) names each case once:
    a later entry whose title is an earlier one's, or that one without its bracketed note, is the same case."""
    kept: list[_AgendaEntry] = []
    for e in entries:
        key = compact(e.title)
        if any(k.depts == e.depts and (e.number is None or k.number in (None, e.number))
               and (compact(k.title) == key or compact(k.title).startswith(key + "(")) for k in kept):
            continue
        kept.append(e)
    return kept


# (後期高齢者医療保険料の…収納代行業務の外部委託): an unnumbered line in brackets says what the
# case above is about; it is no case of its own (nor is one cut off at the page's end: (生活再建).
_BRACKET_NOTE = re.compile(r"^[(（][^)）]*(?:[)）]$|$)")
# 第2号議案 …について / < 南町 5 丁目地区 >: a subject in angle brackets under the entry just read is its note.
_ANGLE_NOTE = re.compile(r"[<＜〈][^<＜〈>＞〉]{1,30}[>＞〉]")
_SUB_BULLET = re.compile(r"^[ \t\u3000]*[-－・•]")
_BULLET_MARK = re.compile(r"^[ \t\u3000]*([・•])[ \t\u3000]*")
_GLUED_NUMBER = re.compile(r"([0-9]{1,2})(?=[「『一-龥ぁ-んァ-ヶ])")
# 議第1298号, 報第3号: the short series of a prefecture's or an assembly's bills, numbered on through the years.
_CASE_ONLY = re.compile(r"(?:諮問|報告|議案|議|報)第[0-9]{1,4}号")
# 《非公開》, [公開・非公開], (公開): an entry's publicity printed on a line of its own, a cell of the agenda's table.
# 〔すべて公開〕: the note a form's 議事 field gives its whole business, alone where the value would stand.
_PUBLICITY_CELL = re.compile(r"[《〈<＜\[［(（【〔]?(?:すべて|全て|全部|一部)?(?:非)?公開(?:・(?:一部)?非公開)?(?:の別)?[》〉>＞\]］)）】〕]?")
# 1)…施設建設について、北山福祉会、健康福祉部より説明を受けた。: an entry narrated as one sentence, the case's title, then who
# explained it; the title ends at its own ending, the offices among the explainers are its departments.
_NARRATED_ENTRY = re.compile(
    r"^(?P<t>[^。、]{4,80}?(?:について|に関して|の件))、(?P<who>[^。]{2,60}?)(?:より|から)(?:の)?(?:説明|報告)を(?:受けた|受ける|聞いた)。$")
_CASE_PAIR = re.compile(r"(?P<w>諮問|報告)第(?P<a>[0-9]{1,4})号(?:・|、|,|及び|と)第?(?P<b>[0-9]{1,4})号")
_TITLE_END = re.compile(r"(?:について|に関して|の件|こと)$")
# …について(議案第68号)      = 決算委員長報告 =: a group's note in equals signs, padded out to its column, after
# the entry it opens.
# ④…スケジュールについて 配布書類 開催次第/配席図 資料1 …: a flattened page runs the next field, the papers, onto the last entry.
_TITLE_STOP = re.compile(r"(?<![ \t\u3000])[ \t\u3000]*(?:[…‥]{2,}|[─━]{3,}).*$|(?<![ \t\u3000])[ \t\u3000]{2,}[=＝][^=＝]{1,30}(?:[=＝][ \t\u3000]*)?$"
                         r"|(?<=について)[ \t\u3000]+(?:配布|配付)(?:書類|資料)(?:[ \t\u3000].*)?$")
# 請願第2号及び第3号, 議案第159号及び諮問第2号: an entry of several numbers and no title names no case of
# its own; each bill is titled where it is listed.
_CASE_NO = r"(?:議案|報告|諮問|請願|陳情|認定|同意|承認|発議|意見案|議員派遣)?第[0-9]{1,3}号"
_NUMBERS_ONLY = re.compile(rf"{_CASE_NO}(?:(?:及び|並びに|、|,|・|と|から|〜|～)+{_CASE_NO}(?:まで)?)+")


def _apply_notes(entries: list[_AgendaEntry]) -> None:
    """A case's bracketed note joins its title only where it tells cases of one title apart.

    (「目的外利用・提供の制限」/森林経営課) under a title three cases share names the case and its
    department; (…収納代行業務の外部委託) under a title of its own only describes it.
    """
    for e in entries:
        # A title completed from the lines below it ends in what a title's own line would: 【課税課】.
        h = Heading(line=-1, style="plain", number=None, title=e.title)
        split_title(h)
        e.title, e.depts, e.kind_hint = h.title, e.depts or h.depts, e.kind_hint or h.kind_hint
        e.dept_note = e.dept_note or h.dept_note
    titles = Counter(compact(e.title) for e in entries)
    # 第三者点検の実施について(市民課) / …(介護保険課): where the department in brackets is what tells
    # cases of one title apart, the list keeps every entry's bracket in its title.
    by_department = any(titles[compact(e.title)] > 1 and e.dept_note and not e.notes for e in entries)
    for e in entries:
        if by_department and e.dept_note and not e.notes:
            e.base, e.title = e.title, e.title + e.dept_note
            continue
        if not e.notes or titles[compact(e.title)] < 2:
            continue
        note = e.notes[0]
        e.title += note
        for part in re.split(r"[/／]", note.strip("()（）")):
            if not e.depts and is_unit_list(part):
                e.depts.extend(unit_names(part))


_NUMBER_WORD = re.compile(r"(?:審議|報告|諮問|議題|案件|協議)")
# …に関する条例　　　　（市長提出議案第２号）: the note set apart from the title (a run-on agenda may go on after it).
_NOTE_AFTER_TITLE = re.compile(rf"[ \t\u3000]{{2,}}{PROPOSER_NOTE.pattern}")


# …の変更について第2号議案…, …規約について報告第 2 号…, …決算認定について第 4  議案第72号: a title's own ending, then at
# once the next entry's number; the line breaks between the entries were lost.
# 4 議件 第1号議案 …について: the group word of a flattened 次第, then at once its first bill, which opens an entry.
_RUN_TOGETHER_ENTRY = re.compile(
    r"(?:(?<=について)|(?<=の件))[ \t\u3000]*(?=(?:報告|議案|諮問|協議|請願|陳情|認定|承認|同意)?第[ \t\u3000]*[0-9０-９]{1,3}[ \t\u3000]*(?:号|[ \t\u3000]))"
    r"|(?<=[ \t\u3000]議件|[ \t\u3000]案件|[ \t\u3000]議案)[ \t\u3000]+(?=第[0-9０-９]{1,3}号議案[ \t\u3000])"
)


_LATIN_POINT = re.compile(r"^[ \t\u3000]*[(（]?[a-z][)）.．]?[ \t\u3000]+(?=[^\sA-Za-z0-9])")
_OPEN_ANGLE = re.compile(r"[<＜〈][^<＜〈>＞〉]*$")


# - 会長及び副会長の互選について / (北野審議会、北野苦情処理委員会) - 消費者行政について: in a dashed list, the bracketed
# second line of one entry and the next entry's dash on one line.
_NOTE_THEN_DASH = re.compile(r"^[ \t\u3000]*(?P<note>[(（][^()（）]{2,60}[)）])[ \t\u3000]+(?P<rest>-[ \t\u3000]+\S.*)$")


def _dash_bullets_apart(block: list[str]) -> list[str]:
    if sum(1 for ln in block if ln.lstrip(" \t\u3000").startswith("- ")) < 2:
        return block
    out = []
    for ln in block:
        m = _NOTE_THEN_DASH.match(ln)
        out.extend((m.group("note"), m.group("rest")) if m else (ln,))
    return out


def _agenda_pieces(line: str) -> list[str]:
    """The entries of one agenda line: 1 A 2 B → [1 A, 2 B], keeping 審議 1 A whole."""
    pieces: list[str] = []
    for piece in (p for part in _RUN_TOGETHER_ENTRY.split(line) for p in _INLINE_SPLIT.split(part)):
        if pieces and (_NUMBER_WORD.fullmatch(pieces[-1].strip(" \t\u3000")) or _OPEN_ANGLE.search(pieces[-1])):
            # < 北野 2 丁目地区 >: a number inside an open bracket numbers no entry.
            pieces[-1] += " " + piece
        else:
            pieces.append(piece)
    return pieces


def _strip_agenda_ref(title: str) -> str:
    """議題（１）諮問第３号について → について: the title without the numbers that name its place."""
    while True:
        shorter = _AGENDA_REF.sub("", title, count=1).strip(" \t\u3000、,")
        if shorter == title:
            return title
        title = shorter


_MORE_NUMBERS = re.compile(r"^(?:及び|並びに|[、,，]|第[0-9０-９]{1,3}号)")


def _case_range(m: re.Match[str], context: str | None) -> list[_AgendaEntry]:
    """報告第１号〜第３号: each numbered case is an item of its own, under the shared title."""
    a, b = (int(unicodedata.normalize("NFKC", m.group(g))) for g in ("a", "b"))
    if not 0 < b - a < 50:
        return []
    word = m.group("w")
    kind = word if word in ("報告", "諮問") else "その他" if word == "議案" else context
    title = m.group("t").strip(" \t\u3000")
    if not title or _MORE_NUMBERS.match(title) or _BRACKET_NOTE.fullmatch(title):
        # 議案第１号から第４号まで（提案説明、質疑、付託）: what is done with them, no title either.
        # 議案第103号から第107号まで(及び第118号から第122号まで): numbers only, titled where each is listed.
        return []
    # The body takes the range up as one (報告第１号から第３号までを一括議題): each case is found
    # where the first is.
    return [_AgendaEntry(f"{title}（{word}第{n}号）" if title else f"{word}第{n}号", kind, [], a, word, True) for n in range(a, b + 1)]


# - 個人演説会等公営施設について: a summary repeats an agenda entry as a bullet over what was done on it;
# on a flattened page the bullet follows the previous entry's last sentence (…決定した。 - …について), and
# what was done follows the title on its line.
_BULLETED_ENTRY = re.compile(r"(?:^|(?<=。))[ \t\u3000]*[-－・•][ \t\u3000]*(?P<t>[^。]{4,120})")


def _locate(lines: list[str], body: Body, title: str) -> int | None:
    """Where the body takes up an agenda item: preferably the chair's words that name it."""
    key = compact(re.sub(r"(?:について|の件)$", "", title))[:24]
    if len(key) < 4:
        return None
    first = None
    for i in range(body.start, len(lines)):
        kind = body.kinds.get(i)
        if kind == "text" and first is None and ("-" in lines[i] or "・" in lines[i] or "－" in lines[i]):
            bullet = _BULLETED_ENTRY.search(lines[i])
            if bullet and compact(bullet.group("t")).startswith(compact(title)):
                # Run onto the line of the previous entry's last sentence, the entry starts below it.
                return i if bullet.start() == 0 else i + 1
        if kind in (None, "blank", "text"):
            continue
        said = body.turn_text.get(i, lines[i]) if i in body.labels else lines[i]
        if key in compact(said):
            lm = body.labels.get(i)
            if lm is not None and re.search(r"(?:会長|委員長|議長)$", label_key(lm.label)):
                return i
            if first is None:
                first = i
    return first


def _locate_number(lines: list[str], body: Body, number: int, word: str | None = None, ordinal: bool = False) -> int | None:
    """「議題1について」: the chair takes up an agenda item by its number.

    ``ordinal``: the number is the item's place in the agenda list ((1), ⑴, 1.), which only
    議題1 / 議事の(1) names; 第1号 is a case number of its own.
    """
    if word:
        rx = re.compile(rf"{word}第{number}号")
    elif ordinal:
        rx = re.compile(rf"(?:議題|議事|案件)の?(?:第)?[(（]?{number}[)）]?(?![0-9])")
    else:
        rx = re.compile(rf"(?:議題|議事|案件|議案)(?:第)?\s*[(（]?{number}[)）]?(?![0-9])|第{number}号")
    for i in sorted(body.labels):
        if role_of(body.labels[i].label, RoleContext()) == "chair" and rx.search(compact(body.turn_text.get(i, ""))):
            return i
    return None


_EXPLAINED_FROM_PAPERS = re.compile(r"^[ \t\u3000]*[□■◇○〇]?[ \t\u3000]*資料に(?:基づ(?:いて|き)|沿って|より)[^。]{0,20}(?:説明|報告)[。]?[ \t\u3000]*$")
_ASKED_TO_REPORT = re.compile(
    r"(?:^|(?<=[、,，\s]))(?:次に|また)?[、,，]?(?P<who>[一-龥]{1,10}?(?:部|局|課|室))長から(?P<x>[^、。]{4,80}?について)(?=[、,，]|の?発言)"
)


def _narrated_reports(lines: list[str], body: Body, scopes: list[tuple[int, int]], ctx: RoleContext,
                      numbered_only: bool = False):
    """Reports given by the secretariat without a heading: 事務局：～…の説明～, or a chair's request.

    ``numbered_only``: only the cases the chair names by their number (an assembly's business).
    """
    found = []
    for lo, hi in scopes:
        pending_request: tuple[int, str, str] | None = None
        pending_place: int | None = None
        by_place_kind: str | None = None
        for i in range(max(lo, body.start), hi):
            lm = body.labels.get(i)
            if lm is None:
                continue
            role = role_of(lm.label, ctx)
            text = body.turn_text.get(i, lm.text).strip()
            if role == "chair" and ("号" in text or _NUMBERED_WORD.search(text)):
                for m in _CHAIR_NAMES_NUMBERED.finditer(text):
                    title = m.group("q") or m.group("x")
                    found.append((i, _NUMBERED_KIND.get(m.group("w")), title, None, bool(_SUB_PROCEDURAL.search(title))))
                m = _CHAIR_READS_THE_CASE.match(text)
                if m and not any(f[0] == i for f in found):
                    title = m.group("x")
                    found.append((i, _NUMBERED_KIND.get(m.group("w")), title, None, bool(_SUB_PROCEDURAL.search(title))))
            if role == "chair" and ("議題" in text or "審議" in text or "議事を進め" in text):
                # 市政情報非公開決定処分に係る審査請求についての諮問を審議いたします: the chair takes a case up.
                for sent in _sentences(text):
                    m = _CHAIR_TAKES_UP.match(_CLOCK_NOTE_FIRST.sub("", sent.strip(" \t\u3000")))
                    if m:
                        title = _strip_agenda_ref(m.group("q") or m.group("x"))
                        word = m.group("w") or ""
                        kind = "報告" if word.startswith("報") else "諮問" if word == "諮問" else "その他" if word else None
                        if kind is None and m.group("g") in ("報告", "諮問"):
                            kind = m.group("g")
                        procedural = bool(_SUB_PROCEDURAL.search(title)) or bool(PROCEDURAL.match(compact(title)))
                        found.append((i, kind, title, None, procedural))
            first = _sentences(text)[:1] if role == "chair" else []
            spoken = _SPOKEN_HEADING.match(first[0]) if first and first[0].endswith("。") else None
            if spoken and not any(f[0] == i for f in found):
                title = spoken.group("q") or spoken.group("x")
                procedural = bool(_SUB_PROCEDURAL.search(title)) or bool(PROCEDURAL.match(compact(title)))
                found.append((i, None, title, None, procedural))
            if numbered_only:
                continue
            if role == "chair" and "発言を求められ" in text:
                # 総務部長から…について、総合政策部長から「…」運動について、発言を求められておりますので、これを許します:
                # an assembly committee hears what the executive asked to report, each head's unit bringing its own.
                for sent in text.split("。"):
                    if "発言を求められ" in sent:
                        for m in _ASKED_TO_REPORT.finditer(sent):
                            found.append((i, "報告", m.group("x"), re.sub(r"長$", "", m.group("who")), False))
            if role == "chair" and pending_request is not None and any(
                    _EXPLAINED_FROM_PAPERS.search(lines[k]) for k in range(pending_request[0] + 1, i) if k not in body.labels):
                # ■委員長 …について,事務局の方から説明を / □資料に基づいて根本課長説明 / ■委員長: the explanation asked for,
                # narrated between the chair's turns.
                req_line, req_title, req_who = pending_request
                found.append((req_line, None, req_title, req_who, bool(_SUB_PROCEDURAL.search(req_title))))
            if role == "chair":
                # The last request in the chair's words names what comes next.
                requests = list(_CHAIR_REQUEST.finditer(text))
                last = requests[-1] if requests else None
                pending_request = (i, last.group("q") or last.group("x"), last.group("who")) if last else None
                by_place = _CHAIR_REQUEST_BY_PLACE.search(text) if last is None and "事項" in text else None
                by_place_kind = {"報告": "報告", "諮問": "諮問"}.get(by_place.group("w")) if by_place else None
                pending_place = i if by_place else None
                continue
            if role not in ("secretariat", "department"):
                continue
            if pending_place is not None:
                paper = _PAPER_TITLE.match(text)
                if paper:
                    # The unit whose head explains brings the case: 介護予防・地域支援課長 → 介護予防・地域支援課.
                    unit = re.sub(r"長$", "", speaker_name(lm.label) or "")
                    found.append((pending_place, by_place_kind, paper.group("x"), unit if UNIT_END.search(unit) else None, False))
                pending_place = None
                pending_request = None
                continue
            m = _NARRATED_EXPLANATION.match(text) if len(text) <= 90 else None
            title = who = None
            start = i
            if m:
                title, who = m.group("x").strip(), speaker_name(lm.label)
            if pending_request is not None:
                req_line, req_title, req_who = pending_request
                if title is None or compact(title) in compact(req_title):
                    title = req_title
                start = req_line
                who = who or req_who
            pending_request = None
            if title is None:
                continue
            who = "事務局" if who and who.startswith("事務局") else who
            procedural = bool(_SUB_PROCEDURAL.search(title)) or bool(PROCEDURAL.match(compact(title)))
            found.append((start, None, title, who, procedural))
    return found


# --- turns ------------------------------------------------------------------

def _turns(lines: list[str], body: Body, items: list[Item], ctx: RoleContext) -> list[dict]:
    index_of = {id(it): k for k, it in enumerate(items)}
    spans = sorted(
        ((it.own_span[0], it.own_span[1], index_of[id(it.turn_owner or it)]) for it in items if it.own_span),
        key=lambda s: s[0],
    )
    starts = [s for s, _, _ in spans]
    turns = []
    said = []  # (label, text) of each turn, for speeches_from
    speakers: dict[str, tuple[str, str]] = {}  # label → (speaker, role): a few people speak many times
    # 契約管財局(以下「契管」) once, then 契管: the later labels are the same speaker's.
    short_names = dict(d for d in map(short_name_defined, {lm.label for lm in body.labels.values()}) if d)
    for i in sorted(body.labels):
        lm = body.labels[i]
        item = None
        # Spans do not overlap, so the last one starting at or before the turn is the candidate.
        pos = bisect.bisect_right(starts, i) - 1
        if pos >= 0 and spans[pos][0] <= i < spans[pos][1]:
            item = spans[pos][2]
        who = speakers.get(lm.label)
        if who is None:
            full = short_names.get(speaker_name(lm.label))
            who = speakers[lm.label] = (full or speaker_name(lm.label), role_of(full or lm.label, ctx))
        text = body.turn_text.get(i, lm.text)
        turns.append({"speaker": who[0], "role": who[1], "item": item, "text": text})
        said.append((lm.label, text))
    last_line = next((line for line in reversed(lines) if line.strip()), "")
    return turns[speeches_from(said, last_line):]


# --- per-item facts ---------------------------------------------------------------

class PairIndex:
    """Texts indexed by their character pairs, to find the one most like a title.

    A title is compared only with the texts that share its rarest pairs, by the Dice
    coefficient of pair sets; each comparison is bounded in size, so matching every item
    costs time linear in the document, where comparing every title with every text
    (difflib) grew with the square of it.
    """

    _CANDIDATES = 8        # rare pairs of a title whose texts are compared
    _SUBJECT_LIMIT = 200   # characters of a text that take part

    def __init__(self, entries: list[tuple[str, str]] = ()):
        self.subjects: list[tuple[str, frozenset, str]] = []
        self.postings: dict[str, list[int]] = {}
        # Indexed on the first search: most items state their outcome and never search.
        self.pending = list(entries)

    def add(self, text: str, payload: str) -> None:
        self.pending.append((text, payload))

    def _index(self, text: str, payload: str) -> None:
        s = compact(text)[: self._SUBJECT_LIMIT]
        if not s:
            return
        grams = _pairs(s)
        n = len(self.subjects)
        self.subjects.append((s, grams, payload))
        for g in grams:
            self.postings.setdefault(g, []).append(n)

    def best(self, key: str) -> tuple[str | None, float]:
        for text, payload in self.pending:
            self._index(text, payload)
        self.pending = []
        if not key or not self.subjects:
            return None, 0.0
        grams = _pairs(key[: self._SUBJECT_LIMIT])
        rare = sorted((g for g in grams if g in self.postings), key=lambda g: len(self.postings[g]))
        candidates: set[int] = set()
        for g in rare[: self._CANDIDATES]:
            # Later statements restate earlier ones; the last few that share a pair suffice.
            candidates.update(self.postings[g][-self._CANDIDATES:])
        best, best_ratio = None, 0.0
        for n in sorted(candidates):
            s, sgrams, verb = self.subjects[n]
            if key in s:
                ratio = 1.0
            else:
                ratio = 2 * len(grams & sgrams) / (len(grams) + len(sgrams)) if grams and sgrams else 0.0
            if ratio > best_ratio:
                best, best_ratio = verb, ratio
        return best, best_ratio


def _pairs(text: str) -> frozenset:
    return frozenset(text[i:i + 2] for i in range(len(text) - 1)) if len(text) > 1 else frozenset([text])


def _result_statements(lines: list[str]) -> list[tuple[str, str]]:
    """「…について、承認された。」 anywhere (a results table, a summary): subject and verb."""
    out = []
    for line in lines:
        if "について" not in line and "に関して" not in line and "に係る諮問" not in line:
            continue
        for m in _RESULT_TAIL.finditer(line):
            # The subject runs back to the previous sentence end or list bullet.
            head = line[max(0, m.start() - 200):m.start()]
            head = head[head.rfind("。") + 1:]
            # A list bullet (after a space or at the start) opens the subject; a 中黒 inside
            # a name (アドレス・携帯電話番号) does not.
            subj = _BULLET.split(head)[-1].strip(" \t\u3000-*")
            if len(subj) < 4:
                continue
            verb = ("報告" if m.group("rep") else "") + m.group("v")
            out.append((subj, verb))
    return out


# 審議会 and 協議会 hold 議会 in their names and are no assemblies.
_NOT_ASSEMBLY_WORDS = re.compile(r"審議会|協議会")


def _is_assembly(council: str | None, header: hdr.Header, body: Body) -> bool:
    """An assembly or its committee: its bills are not consultations.

    It names itself 議会, its staff are the 議会 secretariat, or its members speak as 議員
    (a 審査会 may call its chair 議長, so that alone says nothing).
    """
    if council and "議会" in _NOT_ASSEMBLY_WORDS.sub("", council):
        return True
    if council and council.endswith("会議"):
        # 北野市防災会議 / 議案第1号 …について: a 会議 numbers the cases put to it as bills too; no assembly
        # calls itself a 会議 without 議会 in its name.
        return False
    if (council and council.endswith(("審議会", "審査会"))
            and not any(lm.label.rstrip(")）").endswith("君") for lm in body.labels.values())):
        # 北山県私立学校審議会 / 第1号議案 …の設置認可: a council numbers the applications put to it as bills too; only
        # an assembly's record names its speakers 議長(北野一郎君).
        return False
    if any(h.style == "case" and h.kind_hint == "その他" for h in body.headings):
        return True  # 第85号議案: only an assembly numbers bills
    if "議会" in _NOT_ASSEMBLY_WORDS.sub("", header.first("secretariat") or ""):
        return True
    if any("議員" in label_key(lm.label) for lm in body.labels.values()):
        return True
    texts = list(body.turn_text.values())[:200]
    if not any("号" in t and (_BILL_MENTION.search(t) or _QUOTED_BILL.search(t)) for t in texts):
        return False
    # A committee of an assembly: its executive (区長, 助役) answers on numbered bills.
    heads = {re.sub(r"[（(].*", "", label_key(lm.label)) for lm in body.labels.values()}
    executive = any(re.search(r"(?:市長|区長|町長|村長|知事|助役)$", h) for h in heads)
    return executive or any("本会議" in t or "付託" in t for t in texts)


# …条例　（以上４件　市長提出）: the count closing a list of bills belongs to none of them.
_COUNT_NOTE = re.compile(r"[ \t\u3000]*[（(](?:以上)?[ \t\u3000]*[0-9０-９]{1,3}[ \t\u3000]*件[^（）()]*[）)][ \t\u3000]*$")


# …対応について           ────: a rule run onto the last entry of a flattened list.
_TRAILING_RULE = re.compile(r"[ \t\u3000]*[─━—―]{2,}[ \t\u3000]*$")
# 議案第71号 平成29年度…: a title is kept without its number.
_LEADING_CASE_NO = re.compile(
    rf"^[ \t\u3000]*(?:(?:{_BILL_SERIES}|諮問)第[ \t\u3000]*[0-9０-９]{{1,3}}[ \t\u3000]*号"
    r"|第[ \t\u3000]*[0-9０-９]{1,3}[ \t\u3000]*号(?:議案|報告|諮問))[ \t\u3000]+(?=\S)"
)
# …特定個人情             報の提供に関する…: a run of blanks inside a word is where a wrapped title was joined.
_WRAP_GAP = re.compile(r"(?<=[^\s\u3000])[ \t\u3000]{4,}(?=[ぁ-んァ-ヶ一-龥])")


def _item_record(lines: list[str], body: Body, item: Item, results: PairIndex, assembly: bool = False,
                 decided: dict | None = None) -> dict:
    span_text = ""
    conclusion = ""
    paragraphs: list[tuple[int, str]] = []
    if item.span:
        s, e = item.span
        paragraphs = _span_paragraphs(lines, body, item.span)
        span_text = "\n".join(p for _, p in paragraphs)
        conclusion = _conclusion_block(lines, body, s, e)
    if not conclusion and item.decided_span:
        s, e = item.decided_span
        conclusion = "\n".join(lines[i].strip() for i in range(s + 1, e) if body.kinds.get(i) in ("text", "note", "narration"))
    title = _WRAP_GAP.sub("", _LEADING_CASE_NO.sub("", _COUNT_NOTE.sub("", _TRAILING_RULE.sub("", item.title)))).strip()
    key = compact(title)  # the title as the patterns below read it, folded once
    departments = _departments(lines, body, item, span_text, body.known_departments)
    kind, kind_confidence = _item_kind(item, key)
    if assembly and kind == "その他":
        kind_confidence = max(kind_confidence, 0.8)  # an assembly's bills are neither 諮問 nor 報告
    if assembly:
        outcome, decision_text = _assembly_outcome(paragraphs, item.number, report=kind == "報告")
        stated = decided.get((_series_key(item.series), item.number)) if item.number is not None and item.series and decided else None
        if stated is not None and stated != outcome and outcome != V.UNKNOWN:
            # 本陳情は不採択と決定されました for the petition on the floor outweighs a later vote its span ran into.
            outcome, decision_text = stated, ""
        if outcome == V.UNKNOWN and item.number is not None and item.series and decided:
            # Decided with others outside its own span: 議案第１号、第４号から第10号までの14件を一括問題 … 可決.
            outcome = decided.get((_series_key(item.series), item.number), V.UNKNOWN)
        if kind == "報告" and outcome == V.APPROVED and not _REPORT_APPROVED.search(decision_text):
            # 報告第１号は、承認することに決定: a report the assembly votes on (a 専決処分) is approved;
            # one it only hears is noted.
            outcome = V.REPORT_NOTED
        if item.number is not None or kind != "報告" and not item.depts:
            # A bill is the executive's proposal to the assembly, not a department's case before a
            # council; a department reporting to a committee is named, and so is the bureau that the
            # record's list of business sets over a theme of its own (■所管事務調査 (市民局) 1 …).
            departments = []
    recorded = None if assembly else _stated_decision(conclusion)
    if recorded is not None:
        outcome, decision_text = recorded[0], ""
        if outcome == V.REPORT_NOTED and item.kind == "報告":
            # The heading marked it a report and the council noted it as one: a yearly or audit report too.
            kind, kind_confidence = "報告", 0.9
    elif not assembly:
        outcome, decision_text = _outcome(paragraphs, conclusion, kind)
    outcome_confidence = 0.9 if recorded is not None else 0.8
    if outcome == V.UNKNOWN:
        found, ratio = _outcome_from_results(title, kind, results, conclusion)
        outcome = found or outcome
        # A result stated for a title worded otherwise may be another item's: below 0.85, not offered.
        outcome_confidence = 0.7 if ratio >= 0.85 else 0.4
    if outcome == V.REPORT_NOTED and kind == "その他" and not _ADMIN_REPORT.search(key):
        # 説明後、了承された: only a report is accepted so (the yearly 運用状況 stays その他, as stated).
        kind, kind_confidence = "報告", 0.7
    if item.kind is None and kind == "その他" and not assembly and not _ADMIN_REPORT.search(key):
        # No heading, agenda or container said what kind of case this is: a decision
        # taken on a department's proposal makes it a consultation.
        decided = outcome not in (V.UNKNOWN, V.REPORT_NOTED)
        # 事務局から説明を行った。…全会一致で決定した。: the body's own business, brought by its secretariat.
        # 事務局から議第229号について説明。: the secretariat explaining the body's numbered case is the same.
        own_business = not departments and _SECRETARIAT_EXPLAINED.search(span_text) is not None and "諮問" not in span_text
        if decided and not own_business:
            kind, kind_confidence = "諮問", 0.6
    if item.kind is None and kind == "その他" and not assembly:
        kind, told = _narrated_kind(paragraphs, body, kind, outcome)
        if told != outcome:
            outcome, outcome_confidence = told, 0.8
    # A conclusion written as the model records it lists every condition and follow-up decided; a 後日報告 said in
    # the questions is one of them or was not decided.
    conditions = recorded[1] if recorded is not None else _conditions(span_text, conclusion, decision_text, lines, body, item)
    title_confidence = {"heading": 0.9, "agenda": 0.85 if item.start is not None else 0.6}.get(item.source, 0.6)
    return {
        "kind": kind,
        "title": title,
        "departments": departments,
        "legal_basis": _legal_basis(lines, body, item, title),
        # A bill's debate touches every subject; only its title says what kind of case it is.
        "categories": _categories(key, "" if assembly else _compact_span(lines, body, item.span)),
        "outcome": outcome,
        "conditions": conditions,
        "topic": None,
        # 不明 and an empty list claim nothing: their confidence is 0, as for unread fields.
        "confidence": {
            "title": title_confidence, "kind": kind_confidence,
            "outcome": 0.0 if outcome == V.UNKNOWN else outcome_confidence,
            "departments": (0.9 if item.depts else 0.7) if departments else 0.0,
        },
    }


# 事務局から、資料1に基づき本会の概要について説明が行われ: the paper it explains from, named between.
_SECRETARIAT_EXPLAINED = re.compile(
    r"事務局から[、,]?(?:資料[0-9０-９\-－]*(?:に基づき|により|を用いて)[、,]?)?(?:[^。、]{0,20}?について)?説明")


def _compact_span(lines: list[str], body: Body, span: tuple[int, int] | None) -> str:
    if not span:
        return ""
    if body.compact_lines is None:
        # NFKC is costly on long text; each line is folded once and spans are joined from it.
        body.compact_lines = [compact(line) if body.kinds.get(i) not in (None, "blank") else ""
                              for i, line in enumerate(lines)]
    return "".join(body.compact_lines[span[0]:span[1]])


def _span_paragraphs(lines: list[str], body: Body, span: tuple[int, int]) -> list[tuple[int, str]]:
    """The span as paragraphs: each turn with its continuation, and every other line alone."""
    out: list[tuple[int, str]] = []
    s, e = span
    covered: set[int] = set()
    for i in range(s, e):
        if i in covered or body.kinds.get(i) in (None, "blank", "consumed"):
            continue
        if i in body.labels:
            out.append((i, body.turn_text.get(i, "")))
            j = i + 1
            while j < e and body.kinds.get(j) in ("text", "blank", "consumed"):
                covered.add(j)
                j += 1
        else:
            out.append((i, lines[i].strip()))
    return out


# 諮問第3号…, 諮問事項…: the title opens by naming a consultation (諮問を要しない案件 does not).
_CONSULTATION_START = re.compile(r"諮問(?:第|[0-9]|事項|案件|\(|について|に係る|に関する|の審議|書)")
# …の例外事項に関する諮問, …についての諮問, …指定候補物件の諮問について: the title closes by naming a consultation.
# …最低賃金の改正諮問について: the consultation named by the change it asks for.
_CONSULTATION_END = re.compile(r"(?:に関する|に係る|についての|に対する|の)(?:改正|改定|変更|策定|見直し|廃止)?諮問(?:について|の件)?$")
# …(案)の諮問に係る答申について: the answer to a consultation the title names, the consultation the council takes up.
_CONSULTATION_ANSWERED = re.compile(r"諮問(?:に(?:係る|対する|関する)|について)の?答申")


# 事務局から次の事項について報告 / …が平成27年1月23日付けで諮問した内容について: the narration under a title
# says what kind of case it is where nothing above did; その旨…答申を行った closes a 諮問 it answered.
_NARRATED_REPORT = re.compile(r"^[^。「」]{0,30}(?:から|より)[^。「」]{0,20}について(?:の)?(?:報告|説明)(?:があった|を受けた|した)?。?$")
_NARRATED_CONSULTATION = re.compile(r"[^。「」]{2,30}(?:が|から)[^。「」]{0,30}諮問(?:した|された|のあった|があった)")
_ANSWERED = re.compile(r"答申(?:を行った|を行いました|した。|しました|することと(?:した|なった))")


def _narrated_kind(paragraphs: list[tuple[int, str]], body: Body, kind: str, outcome: str) -> tuple[str, str]:
    told = [p for i, p in paragraphs if body.kinds.get(i) not in ("turn", "heading")]
    if not told:
        return kind, outcome
    if _NARRATED_REPORT.match(told[0].strip()):
        return "報告", outcome
    if _NARRATED_CONSULTATION.search(told[0]):
        answered = outcome == V.UNKNOWN and any(_ANSWERED.search(p) for p in told)
        return "諮問", V.APPROVED if answered else outcome
    return kind, outcome


_BILL_NUMBER_FIRST = re.compile(r"議案第[0-9０-９]{1,3}号")
_EMERGENCY_ACT_APPROVAL = re.compile(r"^専決処分(?:した|の).*の承認(?:について|を求めることについて|の件)$")


def _item_kind(item: Item, k: str) -> tuple[str, float]:
    """The kind and how sure it is: stated by a heading, agenda or container; read in the title (``k``,
    compacted); or nothing said it (その他 by default, below the threshold)."""
    if _ADMIN_REPORT.search(k) and ("報告" in k or item.kind in (None, "その他") or item.kind == "報告" and _INFO_RECORD.search(k)) and item.kind != "諮問":
        return "その他", 0.8
    if item.kind == "報告" and _EMERGENCY_ACT_APPROVAL.search(k):
        # 報告第6号 専決処分した…の承認について: a mayor's act done without the assembly, reported so that the house
        # approves it; a decision asked for, whatever the series calls it (専決処分の報告について is a report).
        return "その他", 0.8
    if item.kind in ("諮問", "報告", "その他"):
        return item.kind, 0.9
    if _CONSULTATION_START.match(k) or _CONSULTATION_END.search(k) or _CONSULTATION_ANSWERED.search(k):
        return "諮問", 0.9
    if _REPORT_WORD.search(k) and not (item.series == "議案" and item.number is not None or _BILL_NUMBER_FIRST.match(k)):
        # 議案第55号・専決処分報告及びその承認について: a numbered bill asks the house to decide, whatever it reports.
        return "報告", 0.7
    if "審査請求" in k:
        # 〇〇決定処分に対する審査請求について: the appeal is what the council is consulted on.
        return "諮問", 0.7
    return "その他", ITEM_DEFAULT_KIND_CONFIDENCE


def _departments(lines: list[str], body: Body, item: Item, span_text: str, ctx_departments: frozenset = frozenset()) -> list[str]:
    if item.depts:
        return _dedupe(item.depts)
    found: list[str] = []
    if item.span:
        s, e = item.span
        primary, fallback = [], []
        for i in range(s, e):
            if body.kinds.get(i) in ("turn",):
                continue
            m = _AGENCY_LINE.match(lines[i].strip())
            if m:
                units = unit_names(m.group("v"))
                (fallback if m.group("l") == "実施機関" else primary).extend(units)
            if i in body.basis:
                rest = body.basis[i][1]
                pm = re.search(r"[（(]([^（）()]+)[）)]", rest)
                if pm:
                    primary.extend(unit_names(pm.group(1)))
        found = primary or fallback
        if not found:
            for i in range(s, e):
                if body.kinds.get(i) != "narration":
                    continue
                m = _EXPLAINER.search(lines[i])
                if m:
                    who = m.group("who")
                    who = re.sub(r"^(?:資料(?:を)?(?:もと|基)に|資料に(?:基づき|沿って))", "", who)
                    units = unit_names(who) if who != "事務局" else ["事務局"]
                    found.extend(units)
        if not found:
            # 企画財政課中村から資料に基づき説明: a line of the record opening with the unit that explained.
            found = [u for i in range(s, e) if body.kinds.get(i) in ("text", "narration")
                     and (u := unit_explaining(lines[i])) and not u.startswith("事務局")
                     and not any(unit and unit in u for unit in body.secretariat_units)][:1]
        if not found:
            for m in _AGENCY_MENTION.finditer(span_text):
                found.extend(unit_names(m.group("u")))
        if not found:
            # The chair hands over: 「市民課から説明をお願いします」.
            for m in _handovers(span_text):
                found.extend(u for u in unit_names(m.group("u")) if not _GENERIC_UNIT.fullmatch(u))
        if not found and not _ADMIN_REPORT.search(compact(item.title)):
            # The yearly 運用状況 is the secretariat's own report, whichever unit reads it out.
            found = _speaking_units(body, s, e, ctx_departments, lines)
        if not found:
            first = next((body.labels[i] for i in range(s, e) if i in body.labels
                          and not _CHAIR_OR_MEMBER.search(label_key(body.labels[i].label))), None)
            if first is not None and label_key(first.label).startswith("事務局"):
                found = ["事務局"]
    if not found and item.explainer:
        found = [item.explainer]
    if (not found and _YEARLY_REPORT.search(compact(item.title)) and item.kind in (None, "その他")
            and not _PROJECTS_DONE.search(compact(item.title))):
        # The yearly 運用状況 / 施行状況 of the council's own ordinance is the secretariat's report,
        # whoever reads it out (as the seeds answer it); one listed among other bodies' reports is not.
        found = ["事務局"]
    if "事務局" in found and not _ADMIN_REPORT.search(compact(item.title)):
        # The secretariat runs every case; it is the department only of its own yearly reports.
        found = [f for f in found if f != "事務局"]
    return _dedupe(found)


# …、北野区総合事務所建設グループに説明を求める。: the chair hands the case to the unit that explains it (に説 明を求める:
# a PDF's line end may leave a blank inside the word).
_HANDOVER_UNIT = r"(?:課|室|係|センター|事務所|館|園|所|グループ)"
_HANDOVER_VERB = r"(?:(?:から|より)(?:ご)?(?:説明|報告)|に(?:ご)?(?:説[ \u3000]?明|報告)を求め)"
_HANDOVER = re.compile(rf"(?P<u>[^\s、。「」『』（）()]{{2,24}}?{_HANDOVER_UNIT}){_HANDOVER_VERB}")
# What follows the unit's name in _HANDOVER, and the letters a name may hold before it.
_HANDOVER_TAIL = re.compile(rf"{_HANDOVER_UNIT}{_HANDOVER_VERB}")
_HANDOVER_NAME_STOPS = frozenset("、。「」『』（）()")
_HANDOVER_NAME = (2, 24)


def _handovers(text: str):
    """``_HANDOVER.finditer(text)``, with the pattern tried only where a match can start.

    Tried at every position, the name's lazy run costs 24 attempts per letter. A match's tail
    (課から説明) lies 2 to 24 name letters after its start; the first tail whose letters before it
    can open a name gives the leftmost start, and the pattern itself is matched there.
    """
    shortest, longest = _HANDOVER_NAME
    pos = scan = 0
    while True:
        tail = _HANDOVER_TAIL.search(text, max(scan, pos + shortest))
        if tail is None:
            return
        q = tail.start()
        scan = q + 1
        lo, p = max(pos, q - longest), q
        while p > lo and not text[p - 1].isspace() and text[p - 1] not in _HANDOVER_NAME_STOPS:
            p -= 1
        if q - p < shortest:
            continue
        m = _HANDOVER.match(text, p)
        if m is None:  # cannot happen: the name and the tail are there
            continue
        yield m
        pos = m.end()
_GENERIC_UNIT = re.compile(r"(?:担当|所管|関係|各|当該|主管|同|本)課|実施機関|諮問機関|事務局|各部署|担当部署")
_TITLE_WORDS = re.compile(
    r"(?:課長補佐|課長|係長|主査|主幹|副主幹|主任主事|主任|主事|参事|副参事|室長|所長|部長|次長|局長|館長|園長|補佐|技師|"
    r"専門員|保健師|担当者?)$"
)


_CHAIR_OR_MEMBER = re.compile(r"(?:会長|委員長|議長|委員|全員)$")
_TRAILING_NOTE = re.compile(r"[（(][^）)]*[）)]$")
_NOT_A_UNIT = re.compile(r"(?:実施機関|諮問機関|利用機関|事務局|事務局長|事務局次長|委員会|委員|会長|委員長)$")


def _speaking_units(body: Body, s: int, e: int, known: frozenset, lines: list[str] = ()) -> list[str]:
    """Departments that speak under their own name: **環境課**, 市民課長, 中山市民課長."""
    found: list[str] = []
    first_said = _first_said(body)
    for i in range(s, e):
        lm = body.labels.get(i)
        if lm is None or _RUNS_THE_SITTING.search(body.turn_text.get(i, "")):
            # 本日の司会を務めさせていただきます、環境政策課…: the unit running the sitting is its secretariat.
            continue
        if i < first_said:
            # 教育推進部参事兼学務課長 / 尾辻 …: a staff roster's post alone on its line, read as a label above the
            # proceedings, over nothing said; no unit speaks there.
            continue
        k = _TRAILING_NOTE.sub("", label_key(_post_after_spaced_name(lm.label)))
        # ○原事務局長: the secretariat's head, by surname, is no department.
        if _NOT_A_UNIT.search(k) or k.startswith("事務局"):
            continue
        if any(unit and unit in k for unit in body.secretariat_units):
            continue
        named = [d for d in known if d and d in k]
        if named:
            found.extend(named)
            continue
        unit = k[:-1] if k.endswith("長") and UNIT_END.search(k[:-1]) else _TITLE_WORDS.sub("", k)
        # 参事兼市民生活課長: a post held beside the head of a unit; the unit is what follows 兼.
        unit = unit.rsplit("兼", 1)[-1]
        if rank_after_surname(unit):
            continue
        if UNIT_END.search(unit) and len(unit) >= 2 and not (lines and _name_before_unit(lines, body, unit)):
            found.extend(unit_names(unit) or [unit])
    return found


def _first_said(body: Body) -> int:
    """The line of the first label over a sentence: the labels above it are a roster's rows in a label's shape (none
    where no label says a sentence: a text cut short tells nothing)."""
    return next((i for i in sorted(body.labels) if any(mark in body.turn_text.get(i, body.labels[i].text) for mark in "。？?")),
                -1)


_RUNS_THE_SITTING = re.compile(r"(?:司会|進行)を(?:務め|つとめ|担当|させていただ)")
# ◎浅村 デジタル戦略推進局長: the name, a blank, then the post; the post alone names the unit, so the surname is never
# read as part of it (nor the unit refused as a surname before a unit the record names elsewhere).
_SPACED_NAME_POST = re.compile(r"^[一-龥々]{1,6}[ \u3000]+(?P<post>[^\s]{2,}(?:長|監|理事|参与|参事))$")


def _post_after_spaced_name(label: str) -> str:
    m = _SPACED_NAME_POST.match(label.strip())
    return m.group("post") if m else label


_SURNAME = re.compile(r"[一-龥々]{1,3}")


def _name_before_unit(lines: list[str], body: Body, unit: str) -> bool:
    """○中村国民健康保険課長 where the record names 国民健康保険課 on its own (保険局国民健康保険課): a section
    chief by surname, not a unit called 中村国民健康保険課; a null beats the guess."""
    seen = body.__dict__.setdefault("_name_before_unit", {})
    if unit not in seen:
        text = "\n".join(lines)
        seen[unit] = any(re.search(rf"(?:^|(?<=[\s、。,，:：(（「『局部]))(?<!{re.escape(unit[:n])}){re.escape(unit[n:])}", text, re.M)
                         for n in (1, 2, 3) if len(unit) - n >= 3 and _SURNAME.fullmatch(unit[:n]))
        # ○岡田課長 beside 岡田男女共同参画推進課長: the same surname with the full title elsewhere.
        seen[unit] = seen[unit] or (len(unit) <= 4 and _SURNAME.fullmatch(unit[:-1]) is not None and re.search(
            rf"{re.escape(unit[:-1])}[一-龥ぁ-んァ-ヶ]{{2,20}}{re.escape(unit[-1])}長", text) is not None)
    return seen[unit]


def _dedupe(names: list[str]) -> list[str]:
    return [n for n in dict.fromkeys(x.strip() for x in names) if n]


def _conclusion_block(lines: list[str], body: Body, s: int, e: int) -> str:
    out: list[str] = []
    active = False
    for i in range(s, e):
        k = body.kinds.get(i)
        if k == "marker":
            active = body.markers.get(i) in ("結論", "決定", "結果", "審議結果", "答申")
            if active:
                rest = re.sub(r"^[〈<＜【《\[［(（]\s*\S+?\s*[〉>＞】》\]］)）]", "", lines[i].strip()).strip()
                if rest:
                    out.append(rest)
            continue
        if not active:
            continue
        if k in ("heading", "turn"):
            break
        if k in ("text", "note", "narration"):
            out.append(lines[i].strip())
    return "\n".join(out)


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.findall(text) if s.strip()]


def _asks(sent: str) -> bool:
    """Whether the sentence ends as a question."""
    return _QUESTION_END.search(sent[-_QUESTION_REACH:]) is not None


def _hypothetical(sent: str, m: re.Match[str]) -> bool:
    """Whether the outcome word sits inside a condition (承認を得られなかった場合)."""
    h = _HYPOTHETICAL.search(sent, m.end())
    return h is not None and not re.search(r"^[—―\-~～〜]", sent)


# 委員派遣による現地調査を実施したいと思います。これにご異議ございませんか。: the question is about a step.
_PROCEDURAL_QUESTION = re.compile(
    r"委員(?:の)?派遣|現地(?:調査|視察)|視察|休憩|散会|延会|閉会|会期|日程|会議録署名|署名委員|傍聴|非公開|公開と"
    r"|次回|開催日|資料(?:の)?(?:提出|要求)|参考人|説明員の?出席")


def _outcome(paragraphs: list[tuple[int, str]], conclusion: str, kind: str) -> tuple[str, str]:
    pending = cont = False
    last: tuple[str, str, list[str], int] | None = None
    asked_consent = asked_step = False
    for _, para in paragraphs:
        if not _OUTCOME_WORDS.search(para):
            continue
        sentences = _sentences(para)
        for n, sent in enumerate(sentences):
            if not _OUTCOME_WORDS.search(sent):
                continue  # as for the paragraph: nothing below can match, or change a question's kind
            m = _CONTINUE.search(sent)
            if m and not _hypothetical(sent, m):
                cont = True
            m = _PENDING.search(sent)
            if m and not _hypothetical(sent, m):
                pending = True
            if _asks(sent):
                if "同意" in sent:
                    asked_consent = True
                elif "承認" in sent or "了承" in sent:
                    asked_consent = False
                # A consent asked for a step of the proceedings (a site visit, a recess, closing the session)
                # is answered by the 異議なし that follows; the item itself is not decided by it.
                asked_step = _PROCEDURAL_QUESTION.search(sent if n == 0 else sentences[n - 1] + sent) is not None
                continue
            found = None
            for label, rx in _DECISIONS:
                m = rx.search(sent)
                if m and not _hypothetical(sent, m):
                    found = label
                    break
            if found is None and _UNANIMOUS.search(sent) and not asked_step:
                found = V.CONSENTED if asked_consent else V.APPROVED
            if found:
                last = (found, sent, sentences, n)  # the rest of the paragraph is joined for the last only
    if cont:
        return V.CONTINUED, ""
    if pending:
        return V.ANSWER_PENDING, ""
    if last is None:
        return V.UNKNOWN, ""
    outcome, sent, sentences, n = last
    tail = "".join(sentences[n:])
    if outcome in (V.APPROVED, V.CONSENTED) and (kind == "報告" or (kind == "その他" and ("了承" in sent or "報告" in sent))):
        return V.REPORT_NOTED, sent
    if outcome in (V.APPROVED, V.CONSENTED) and _conditional(conclusion or tail):
        return V.CONDITIONAL, tail
    return outcome, tail


# よって、本件は原案のとおり可決されました / 可決すべきものと決定いたしました: only the vote's
# result decides a bill; 御異議ありませんか before a referral to a committee decides nothing.
_ASSEMBLY_DECISION = re.compile(
    # …から不採択とすべきものとの立場で意見: a member's position, not the decision.
    r"(?P<no>否決|不承認|不認定|不採択|不同意)(?:され|すること|いたし|と決定|と決し|とすることに|とされ|すべき(?![^。]{0,6}立場))"
    r"|(?P<cont>継続審査|継続審議)(?:と|に)(?:決定|すること|いたし|すべき)"
    # 不採択と決しました: the tail of a rejection is no approval.
    # 原案のとおり可決をいたしました: the verb may take its object's を.
    r"|(?<!不)(?P<yes>可決|承認|認定|採択|同意)(?:され|すること(?:に|と)(?:決定|いたし)|を?いたし|と決定|と決し|すべき|に決定|[、,]?決定(?:いたし|しま|され))"
    r"|(?P<as_proposed>(?:原案|提案|報告)の?(?:とおり|どおり|通り)決定(?:され|いたし|しま))"
    # 諮問第２号を採決します。本案は、可と答申することに決定: the assembly consulted on a candidate (人権擁護委員) answers
    # that it finds the candidate fit, its approval.
    r"|(?:可|適任)と(?:して)?答申(?:すること(?:に|と)(?:決定|いたし)|いたし|と決定|に決定)"
    r"|(?P<noted>報告を受けた(?:ということ|もの)|了承(?:願い|され|いたし|とし))"
)

# 異議ない旨を答申することに決定した: an assembly (or a committee numbering its 議案 as one does) consulted on a
# plan or a candidate answers that it has no objection, its approval.
_ASSEMBLY_DECISION = re.compile(
    _ASSEMBLY_DECISION.pattern + r"|異議(?:が|は)?(?:ない|無い|なし)(?:旨|との(?:旨)?)(?:を|の)?答申"
    r"(?:すること(?:に|と)(?:決定|いたし)|いたし|と決定|に決定)")

_REPORT_APPROVED = re.compile(r"(?:承認|認定|同意)(?:すること|いたし|され|と決|に決|すべき)")
_BILL_NUMBER = re.compile(r"第([0-9]{1,3})号")
# 議案第１号、第４号から第10号まで、第20号の14件を一括問題といたします / 意見書案第１号から第６号までの６件を一括議題:
# bills taken up together, counted; the decision that follows names them by their count (議案14件は、可決されました).
_GROUP_TAKEN_UP = re.compile(r"の(?:以上)?(?P<count>[0-9]{1,3})件を一括(?:問題|議題|採決|して)")
_GROUP_REF = re.compile(
    rf"(?P<w>{_BILL_SERIES}|意見書案|決議案)?第(?P<a>[0-9]{{1,3}})号(?:中関係分)?"
    rf"(?:[ \t\u3000]*(?:から|ないし|～|〜)[ \t\u3000]*(?:{_BILL_SERIES}|意見書案|決議案)?第(?P<b>[0-9]{{1,3}})号(?:まで)?)?"
)
# How far after the bills are taken up their decision is looked for, in sentences.
_GROUP_REACH = 8


def _series_key(word: str) -> str:
    """議案 and 議 are one series, 意見書案 and 意見案 another: the first letter tells them apart."""
    return nfkc(word)[:1]


def _numbers_named(text: str) -> list[tuple[str, int]]:
    """議案第１号、第４号から第10号まで: each bill the text names, by series and number, a range read out in full and
    a number without its series taking the one before it."""
    numbers: list[tuple[str, int]] = []
    series = None
    for m in _GROUP_REF.finditer(text):
        series = m.group("w") or series
        a, b = int(m.group("a")), int(m.group("b") or m.group("a"))
        if series is not None and 0 <= b - a < 50:
            numbers.extend((_series_key(series), n) for n in range(a, b + 1))
    return list(dict.fromkeys(numbers))


def _decided(decision: re.Match[str]) -> str:
    """The outcome an _ASSEMBLY_DECISION match states (its 了承 reading is the caller's to handle)."""
    return V.REJECTED if decision.group("no") else V.CONTINUED if decision.group("cont") else V.APPROVED


def _bill_decisions(body: Body) -> dict[tuple[str, int], str]:
    """The outcome stated for bills decided together, by series and number, the last statement winning."""
    sentences = [sent for i in sorted(body.labels) for sent in _sentences(nfkc(body.turn_text.get(i, "")))]
    out: dict[tuple[str, int], str] = {}
    for k, sent in enumerate(sentences):
        group = _GROUP_TAKEN_UP.search(sent)
        if group is None:
            continue
        numbers = _numbers_named(sent[:group.start()])
        if len(numbers) != int(group.group("count")):
            continue  # the count checks the reading of the list
        for later in sentences[k + 1:k + 1 + _GROUP_REACH]:
            if _GROUP_TAKEN_UP.search(later):
                break
            if _asks(later) or _BILL_NUMBER.search(later):
                continue
            decision = next((m for m in _ASSEMBLY_DECISION.finditer(later) if not _hypothetical(later, m)), None)
            if decision is None or decision.group("noted"):
                continue
            out.update((key, _decided(decision)) for key in numbers)
            break
    return out


# 議案第３号ないし議案第８号、議案第１１号ないし議案第１５号及び議案第２４号、以上１２案件については、原案のとおり
# 可決されました / 意見書案第１号ないし意見書案第４号は、原案のとおり可決されました: the decision names its bills
# itself, a list of numbers and ranges that opens with its series and runs unbroken to the verb.
_LIST_GAP = r"[ \t\u3000]*(?:[、,，・]|及び|並びに)[ \t\u3000]*"
# 第16号議案: some write the series after the number too.
_LISTED_ONE = (rf"第[0-9]{{1,3}}号(?:{_BILL_SERIES})?"
               rf"(?:[ \t\u3000]*(?:から|ないし|～|〜)[ \t\u3000]*(?:{_BILL_SERIES})?第[0-9]{{1,3}}号(?:まで)?)?")
_LISTED_DECISION = re.compile(
    rf"(?P<list>(?:{_BILL_SERIES}){_LISTED_ONE}(?:{_LIST_GAP}(?:{_BILL_SERIES})?{_LISTED_ONE})*)"
    r"(?:[、,][ \t\u3000]*以上[ \t\u3000]*(?P<count>[0-9]{1,3})[ \t\u3000]*案?件)?"
    r"(?:については|は)[、,]?"
)
# Between the bills and their verb only how they were decided: …は、いずれも原案のとおり可決されました. Anything else
# (…に対する修正案は否決, …を除く各案は可決, …は継続審査とし、…) makes the verb another's.
_UP_TO_THE_VERB = re.compile(
    r"[ \t\u3000、,]*(?:いずれも|それぞれ|各案とも)?[ \t\u3000、,]*"
    r"(?:(?:原案|委員長(?:の)?報告|提案)の?(?:とおり|どおり|通り)[ \t\u3000、,]*)?"
)


def _listed_bill_decisions(body: Body) -> dict[tuple[str, int], str]:
    """The outcome a decision states for the bills it lists before its verb, by series and number; a stated count
    (以上１８案件) must equal the numbers read."""
    out: dict[tuple[str, int], str] = {}
    for i in sorted(body.labels):
        said = body.turn_text.get(i, "")
        if "号" not in said or not _ASSEMBLY_DECISION.search(said):
            continue
        for sent in _sentences(nfkc(said)):
            if _asks(sent):
                continue
            for listed in _LISTED_DECISION.finditer(sent):
                decision = _ASSEMBLY_DECISION.match(sent, _UP_TO_THE_VERB.match(sent, listed.end()).end())
                if decision is None or decision.group("noted") or _hypothetical(sent, decision):
                    continue
                numbers = _numbers_named(listed.group("list"))
                if len(numbers) < 2 or listed.group("count") and int(listed.group("count")) != len(numbers):
                    continue  # one bill is _single_bill_decisions' to read; a count that disagrees, a misreading
                out.update((key, _decided(decision)) for key in numbers)
    return out


# よって、本陳情は不採択と決定されました: the bill on the floor, named without its number.
_THIS_BILL = re.compile(r"本(?:陳情|請願|案|件|議案|報告|意見書案|決議案)(?:は|を|について)")


def _single_bill_decisions(body: Body) -> dict[tuple[str, int], str]:
    """議案第２号は、原案可決と決しました: the outcome the chair states for one bill by its number, the last
    statement winning; a bill referred to committees and taken up again is decided outside its first span."""
    out: dict[tuple[str, int], str] = {}
    on_the_floor = None  # the one bill last put on the agenda: what 本陳情は / 本案は refer to
    for i in sorted(body.labels):
        said = body.turn_text.get(i, "")
        if "号" not in said and (on_the_floor is None or "決" not in said and "され" not in said):
            continue
        for sent in _sentences(nfkc(said)):
            refs = {(_series_key(m.group("w")), int(m.group("n"))) for m in _BILL_REF_PREFIX.finditer(sent)}
            if "号" in sent:
                # 陳情第21号を問題といたします: the one bill named last; a list of several leaves none.
                on_the_floor = next(iter(refs)) if len(refs) == 1 and len(_BILL_NUMBER.findall(sent)) == 1 else None
            if _asks(sent):
                continue
            if not refs and on_the_floor is not None and _THIS_BILL.search(sent):
                refs = {on_the_floor}
            if len(refs) != 1:
                continue
            decision = next((m for m in _ASSEMBLY_DECISION.finditer(sent) if not _hypothetical(sent, m)), None)
            if decision is None or decision.group("noted"):
                continue
            out[refs.pop()] = _decided(decision)
    return out


# 本案は原案のとおり可決することに御異議ありませんか。 / 御異議なしと認めます。したがって、そのように決定いたしました。:
# the chair puts the outcome as a question and declares it decided without naming it again.
_PUT_AS_QUESTION = re.compile(r"(?:原案|委員長報告)の?(?:とおり|どおり|通り)(?P<w>可決|承認|認定|採択|同意)すること[にと](?:御|ご)?異議")
_SO_DECIDED = re.compile(r"(?:その|さ)ように?決定(?:いたし|しま|され)|(?:その|さ)よう決しま")


def _assembly_outcome(paragraphs: list[tuple[int, str]], number: int | None = None, report: bool = False) -> tuple[str, str]:
    last: tuple[str, str] | None = None   # the outcome last stated, and the sentence that states it
    put = False  # an outcome was put as a question and not yet declared decided
    for _, para in paragraphs:
        for sent, named, decisions, asked in _assembly_statements(para):
            if number is not None and named and number not in named:
                continue  # よって、議第29号は可決されました: not about 議第30号
            if asked:
                put = put or _PUT_AS_QUESTION.search(sent) is not None
                continue
            for m in decisions:
                if m.group("noted") and not report:
                    continue  # 御了承願います about the order of business decides no bill
                last, put = (V.REPORT_NOTED if m.group("noted") else _decided(m), sent), False
            if put and not decisions and _SO_DECIDED.search(sent):
                last, put = (V.APPROVED, sent), False
    return last if last is not None else (V.UNKNOWN, "")


@lru_cache(maxsize=1024)
def _assembly_statements(para: str) -> tuple[tuple[str, frozenset, tuple[re.Match[str], ...], bool], ...]:
    """Each sentence of ``para``, the bill numbers it names, the decisions it states outright (none in a question)
    and whether it asks. Bills taken up together share their debate: it is read once, not once a bill."""
    out = []
    for sent in _sentences(para):
        asked = _asks(sent)
        named = frozenset(int(n) for n in _BILL_NUMBER.findall(nfkc(sent)))
        decisions = () if asked else tuple(m for m in _ASSEMBLY_DECISION.finditer(sent) if not _hypothetical(sent, m))
        out.append((sent, named, decisions, asked))
    return tuple(out)


def _conditional(text: str) -> bool:
    return bool(text and _CONDITION.search(text))


def _outcome_from_results(title: str, kind: str, results: PairIndex, conclusion: str) -> tuple[str | None, float]:
    """The outcome a results list (議決結果) states for the title, and how well the titles match."""
    best, best_ratio = results.best(compact(title))
    if best is None or best_ratio < 0.75:
        return None, 0.0
    if best.startswith("報告") or kind == "報告":
        return (V.REPORT_NOTED if ("承認" in best or "了承" in best or "同意" in best) else None), best_ratio
    if "継続審議" in best:
        return V.CONTINUED, best_ratio
    if "不承認" in best:
        return V.REJECTED, best_ratio
    base = V.CONSENTED if "同意" in best else V.APPROVED
    return (V.CONDITIONAL if _conditional(conclusion) else base), best_ratio


# 〈結論〉 / 承認（挙手全員）: the outcome by its own label (conventions.VOTE_NOTE).
_OUTCOME_LINE = re.compile(rf"(?P<o>{'|'.join(sorted(V.OUTCOMES, key=len, reverse=True))})(?:{VOTE_NOTE})?")
# 〈結論〉 / 結論の記録はありません。: the record says no conclusion was recorded; that is no condition either.
_NO_CONCLUSION = re.compile(r"結論(?:の記録|は記録され)(?:は|が)?(?:ありません|ない|ていない)。?")
# What ends a bullet's words: a full stop or a closing bracket; a line that stops short of one was wrapped.
_BULLET_DONE = re.compile(r"[。）)」]$")


def _stated_decision(conclusion: str) -> tuple[str, list[str]] | None:
    """The outcome and the conditions of a conclusion whose first line is the outcome's label (承認（挙手全員）), its
    marked bullets the conditions and follow-ups (conventions.FOLLOW_UP_BULLET); None for a conclusion in words."""
    rows = [r.strip(" \t\u3000") for r in conclusion.split("\n")]
    rows = [r for r in rows if r]
    if rows and _NO_CONCLUSION.fullmatch(rows[0]):
        return V.UNKNOWN, []
    m = _OUTCOME_LINE.fullmatch(rows[0]) if rows else None
    if m is None:
        return None
    bullets: list[list[str]] = []
    open_bullet = False  # the row above was a bullet's, cut before its end
    for row in rows[1:]:
        b = FOLLOW_UP_BULLET.match(row)
        if b:
            bullets.append([FOLLOW_UP_MARKS[b.group("k")], b.group("t")])
        elif open_bullet:
            bullets[-1][1] += row  # the page's edge cut the bullet: its words go on
        else:
            continue  # a sentence of the decision's wording, which the parse has no field for
        open_bullet = _BULLET_DONE.search(bullets[-1][1]) is None
    return m.group("o"), list(dict.fromkeys(prefix + text.strip() for prefix, text in bullets))


_PROVISO = re.compile(r"(?:ただし|但し)[、,]?(?P<c>[^。]+)")
_PROVISO_WORD = re.compile(r"^(?:ただし|但し)[、,]?")
_BARE_DECISION = re.compile(r".{0,20}(?:承認|同意|了承)(?:する|します|された|とする).{0,6}")


def _conditions(span_text: str, conclusion: str, decision: str, lines: list[str], body: Body, item: Item) -> list[str]:
    out: list[str] = []
    for sent in _sentences(conclusion):
        s = _PROVISO_WORD.sub("", sent).strip().rstrip("。")
        if s and not _BARE_DECISION.fullmatch(s):
            out.append(s)
    if not conclusion and decision:
        m = _PROVISO.search(decision)
        if m:
            out.append(m.group("c").strip())
    if item.span:
        s, e = item.span
        previous = None
        for i in range(s, e):
            lm = body.labels.get(i)
            if lm is None:
                continue
            said = body.turn_text.get(i, lm.text)
            if _FOLLOW_UP.search(said) and previous and previous.strip().rstrip("。"):
                out.append("後日報告: " + previous.strip().rstrip("。")[:80])
            previous = said
    return list(dict.fromkeys(x for x in out if x))[:12]


_LEGAL_LEAD = re.compile(r"^[\s・「『]+")


def _legal_basis(lines: list[str], body: Body, item: Item, title: str) -> list[str]:
    found: list[str] = _legal_refs(title)
    if item.span:
        s, e = item.span
        if body.basis:
            for i in range(s, e):
                if i in body.basis:
                    found.extend(_legal_refs(body.basis[i][0]))
        if not found:
            for i in range(s, min(e, s + 60)):
                text = lines[i]
                if "第" not in text and "同項" not in text or not _LEGAL_CONTEXT.search(text):
                    # A sentence holds the context only where its line does: most lines are not split at all.
                    continue
                for sent in _sentences(text):
                    if _LEGAL_CONTEXT.search(sent) and not _LEGAL_NOISE.search(sent):
                        found.extend(_legal_refs(sent))
    cleaned = []
    for f in found:
        f = _LEGAL_LEAD.sub("", f)
        cleaned.append(f)
    return list(dict.fromkeys(cleaned))[:6]


def _categories(t: str, text: str) -> list[str]:
    """Categories from the case type named in the title ``t``, else from the deliberation ``text`` (both compacted)."""
    found = [label for label, rx in _TITLE_TYPES if rx.search(t)]
    typed = bool(found)
    for label, rx in _SPECIFIC_TYPES:
        if rx.search(t) or rx.search(text):
            found.append(label)
    if not typed:
        if "システム" in t:
            found.append(V.INFORMATION_SYSTEM)
        for label, rx in _TEXT_TYPES:
            if rx.search(text):
                found.append(label)
    seen = set(found)
    found = [c for c in V.CATEGORY_LABELS if c in seen]
    return found or [V.OTHER_CATEGORY]
