"""Step 3b of the pipeline: the body's line structure — turns, headings, markers, narration.

Every body line gets one kind: ``turn`` (a speaker label starts it), ``heading`` (a numbered
or lettered agenda heading), ``marker`` (〈説明〉, <結論>), ``basis`` (【…条例第12条の規定による
諮問】), ``narration`` (—資料をもとに説明—, ・・・挙手全員・・・), ``note`` (※ …), ``text``
(continuation of whatever came before), ``blank`` or ``consumed`` (folded into a heading).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from .clean import CJK, is_structural
from .conventions import CHORUS_LABELS, CLOCK, CLOCK_LINE, DEPARTMENT_LINE_WORDS, OPENING_WORDS, ROSTER_LABELS, SPEAKER_MARKS, STAGE_WORDS, TOPIC_MARKS, is_clock_line
from .header import match_field
from .act_note_under_label import act_note
from .run_on_role_labels import label_once
from .stated_results import closes_a_case
from .business_tags import business_tag
from .double_numbering import one_number
from .joined_titles import titles_joined
from .house_own_business import HOUSE_OWN_BUSINESS
from .sitting_steps import SITTING_STEPS
from .next_step_run_on import steps_apart
from .question_subjects import question_subjects
from .speakers import next_text_index
from .speakers import spoken as spoken_text
from .speakers import (
    BODY_ALONE,
    FAMILY_NAMES,
    HOUSE_ONLY_ACT_FAMILIES,
    NUMBERED_STATEMENT,
    STAGE_WORD,
    LabelMatch,
    bare_surname_label,
    candidate_families,
    compact,
    greeting_step_label,
    match_label,
    nfkc,
    strict_role,
    strip_list_marker,
)

_OPEN = "（(［\\[【〈<＜〔"
_CLOSE = "）)］\\]】〉>＞〕"
NARRATION = re.compile(
    r"^(?:[—―‐－\-ー~～〜・･．.…]{1,8}.{0,200}?[—―‐－\-ー~～〜・･．.…]{1,8}"
    rf"|[{_OPEN}]「?[^{_CLOSE}]{{0,30}}(?:{STAGE_WORDS}|(?:から|より)の?(?:ご)?(?:説明|報告))[^{_CLOSE}]{{0,20}}[{_CLOSE}]"
    rf"|[{_OPEN}][^{_CLOSE}]{{1,30}}(?:説明|報告|朗読)[{_CLOSE}])$"
)
# 〔委員全員〕 alone on its line: the chorus's label, not a direction (see conventions.CHORUS_LABELS).
_CHORUS_ALONE = re.compile(rf"[{_OPEN}](?:{CHORUS_LABELS})[{_CLOSE}]")
MARKER = re.compile(
    r"^[〈<＜【《\[［(（]\s*(?P<name>説明|質疑応答|質疑|質問|結論|意見|審議|答申|協議|決定|概要|要旨|回答|結果|審議結果|"
    r"審議経過|主な意見|意見等|質疑・応答|質疑及び応答|質疑及び意見|質疑・意見|説明及び質疑|内容|経過)\s*[〉>＞】》\]］)）][ \t\u3000]*(?P<text>.*)$"
)
# The parts of one case's record when numbered like headings (1. 概要, 2. 質疑及び意見); 審議, 協議
# and 答申 are left out: numbered, they head sections of the agenda.
_SECTION_WORD = re.compile(
    r"概要|要旨|説明|質疑|質問|意見|質疑応答|質疑・応答|質疑及び応答|質疑及び意見|質疑・意見|主な意見|意見等|"
    r"説明及び質疑|結論|審議結果|審議経過|経過"
)
BASIS = re.compile(r"^【(?P<inner>[^】]*(?:条|規定|による諮問|による報告)[^】]*)】[ \t\u3000]*(?P<rest>.*)$")

_H_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("pword", re.compile(r"^[(（](?P<t>その他|報告事項|諮問事項|議題|議事|審議事項|協議事項|報告|諮問)[)）](?P<rest>)$")),
    # 【報告事項】, 【諮問案件1】; 【内容は、要点報告です。】 is a sentence about the record, no heading.
    ("bracket", re.compile(r"^【(?P<t>[^】。]{0,30}(?:案件|事項|議題|議事|諮問|報告|審議)[^】。]{0,20})】[ \t\u3000]*(?P<rest>.*)$")),
    # 〔報告事項〕 / 1 …について: the group word in tortoise-shell brackets, as in lenticular ones.
    ("bracket", re.compile(r"^〔(?P<t>[^〕。]{0,12}(?:案件|事項|議題|諮問|報告|審議))〕$")),
    # 【1.開催挨拶】 / 【2.第1回検討会のまとめについて】: a numbered heading in lenticular brackets, alone on its line.
    ("num", re.compile(r"^【(?P<n>[0-9０-９]{1,2})[.．、][ \t\u3000]*(?P<t>[^【】]+)】$")),
    ("pnum", re.compile(r"^[(（](?P<n>[0-9０-９]{1,2})[)）][ \t\u3000]*(?P<t>.*)$")),
    # 議題(1)第4章 …について: the agenda's word before the number, over the discussion of the case.
    ("pnum", re.compile(r"^(?:議題|議事)[(（](?P<n>[0-9０-９]{1,2})[)）][ \t\u3000]*(?P<t>\S.*)$")),
    ("pkana", re.compile(r"^[(（](?P<n>[ア-ン])[)）][ \t\u3000]*(?P<t>\S.*)$")),
    ("circ", re.compile(r"^(?P<n>[①-⑳])[ \t\u3000]*(?P<t>\S.*)$")),
    # Ⅱ 報告 / 1 …について: a Roman numeral over the numbered entries of its group.
    ("roman", re.compile(r"^(?P<n>[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ])(?:[.．、][ \t\u3000]*|[ \t\u3000]+)(?P<t>\S.*)$")),
    # [2]報告事項: a number in square brackets, as a text extracted from a page prints a circled one.
    ("sqnum", re.compile(r"^[\[［](?P<n>[0-9０-９]{1,2})[\]］][ \t\u3000]*(?P<t>\S.*)$")),
    # 審議 1 …, 報告 2 …: a word and a number before each line of the agenda.
    # 臨時議題1・2 …の選出について: the entries of a second list taken up together, under its word and their numbers.
    # 審議1「…工事」: the title quoted straight after the number, closing the line (諮問1「…」説明 narrates).
    ("case", re.compile(r"^(?:臨時|追加)?(?P<w>諮問|報告|議題|議事|議案|案件|審議|協議)[ \t\u3000]*(?:第)?(?P<n>[0-9０-９]{1,3})(?:号)?"
                        r"(?:[・、,][0-9０-９]{1,3})*(?:[ \t\u3000:：.．]+|(?=「[^「」]+」[ \t\u3000]*$))(?P<t>\S.*)$")),
    # 報告案件第1号 …, 事前説明案件第2号 …: a council's own word for a kind of case (any …案件), then its number.
    ("case", re.compile(r"^(?P<w>[一-龥]{1,6}案件)第[ \t\u3000]*(?P<n>[0-9０-９]{1,3})[ \t\u3000]*号[ \t\u3000:：.．]+(?P<t>\S.*)$")),
    # 議第58号, 報第14号, 発議第4号: an assembly's short series names.
    # 議第 42号「…」, 陳情第2号「…」: the number may be spaced, the title quoted straight after it.
    ("case", re.compile(r"^(?P<w>議|報|発議|発議案|承認|認定|同意|意見書案|意見案|決議案|請願|陳情)第[ \t\u3000]*(?P<n>[0-9０-９]{1,3})[ \t\u3000]*号"
                        r"(?:[ \t\u3000:：.．]+|(?=「))(?P<t>\S.*)$")),
    # 第85号議案, 議員提出第８号議案: the number before the word, as some assemblies write it.
    ("case", re.compile(r"^(?:議員提出|委員会提出|[区市町村]長提出)?第(?P<n>[0-9０-９]{1,3})号(?P<w>議案|報告|諮問|請願|陳情)[ \t\u3000:：.．]+(?P<t>\S.*)$")),
    # 第1号議案「…について(答申)」 / 要旨 / 結果: a results page quotes the title straight after the number.
    ("case", re.compile(r"^第(?P<n>[0-9０-９]{1,3})号(?P<w>議案|報告|諮問)(?=「[^「」]+」[ \t\u3000]*$)(?P<t>\S.*)$")),
    ("nittei", re.compile(r"^日程第(?P<n>[0-9０-９一二三四五六七八九十]{1,3})[ \t\u3000]+(?P<t>\S.*)$")),
    # 第1号 …: under a 議案 / 報告 group heading, the number alone before each title.
    # 第１．会議録署名議員の指名: the number closed by a full stop.
    ("dai", re.compile(r"^第(?P<n>[0-9０-９一二三四五六七八九十]{1,3})(?:号?[ \t\u3000]+|[.．][ \t\u3000]*)(?P<t>\S.*)$")),
    ("num", re.compile(r"^(?P<n>[0-9０-９]{1,2})(?:[.．、][ \t\u3000]*|[ \t\u3000]+)(?P<t>\S.*)$")),
    ("kana", re.compile(r"^(?P<n>[ア-ン])(?:[ \t\u3000]+|[.．、][ \t\u3000]*)(?P<t>\S.*)$")),
    # - 開会 / - 委嘱状の交付 / - 講演 「…」: among a dashed list of the sitting's steps (its dash taken off above), a
    # talk given to the body under its quoted title is business it hears (the other steps are procedure, text).
    ("talk", re.compile(r"^(?P<t>講演[ \t\u3000]*[「『][^」』\n]{2,60}[」』])[ \t\u3000]*$")),
)
CONTAINER = re.compile(
    r"^(?:(?:諮問|報告|審議|審査|協議|付議|附議|議事)(?:事項|案件|事案)?(?:の審議|に関する審議|の報告|について|等)?|"
    r"(?:臨時|追加)?議題|議事|議件|案件|件名|付議件名|(?:本日の)?会議に付した(?:事件|案件)|付議事件|審議事項|協議事項|報告事項|説明事項|諮問事項|確認事項|審議等事項|議事日程|会議事項|その他の報告|報告等|諮問等|意見聴取|"
    r"(?:付託)?議案(?:の)?(?:審査|審議)|(?:請願|陳情|請願・陳情)(?:の)?審査|(?:付託|協議|報告)案件|"
    r"議案(?:事項|案件)?|(?:議案|報告|諮問)(?:・|及び|並びに)(?:議案|報告|諮問|答申)(?:案件|事項)?|所管事項の調査|"
    # 日程第6 議案の上程、説明、質疑、討論、採決: the steps each bill listed under it goes through, no case of its own.
    r"議案(?:等)?の上程(?:[、・,](?:説明|提案説明|提案理由説明|質疑|討論|採決|表決))+)$"
)
# 2 開催状況 / ⑴ …について(審議:北山部): a summary page's heading for how the sitting went, the cases listed under it.
CONTAINER = re.compile(CONTAINER.pattern + r"|^(?:開催|会議|議事|審議)(?:の)?状況$"
                       # (6)諮問事項審議: the group's word and the step of deliberating it, the cases listed under it.
                       r"|^(?:諮問|報告|協議|審議)事項の?(?:審議|審査)$")
# 承認事項 over the cases to be approved, as 協議事項 is over those deliberated.
CONTAINER = re.compile(CONTAINER.pattern + r"|^承認(?:事項|案件)$")
# The words a record uses for its own minutes (a 議事録 item is procedural; parse.py finds the heading).
MINUTES_WORDS = "議事録|会議録|議事要旨|議事概要|会議要録|議事要録"

# 第1号議案: some assemblies write the word after the number.
_CASE_NO_WORD = r"(?:議案|議|報告|報|諮問|請願|陳情|認定|承認|同意|発議|意見書案|意見案|決議案)?第[0-9]{1,3}号(?:議案|報告|諮問|請願|陳情)?"
# 議案第1号から議案第19号まで / 報告第1号: one part of a list of numbers, at least one part a range.
_RANGE_PART = rf"{_CASE_NO_WORD}(?:(?:から|ないし|～|〜|~)(?=[^、]{{0,4}}第){_CASE_NO_WORD}(?:まで)?)?"
_RANGE_OF_CASES = rf"(?=[^（）()]*号(?:議案|報告|諮問|請願|陳情)?(?:から|ないし|～|〜|~))(?:{_RANGE_PART}[、,・]?)*{_RANGE_PART}"
_CASE_OR_NUMBER = rf"(?:{_CASE_NO_WORD}|第?[0-9]{{1,3}}号)"
_CASE_LIST = rf"{_CASE_OR_NUMBER}(?:(?:及び|並びに|[、,・]|から|ないし|[～〜~]){_CASE_OR_NUMBER}(?:まで)?)+"
_BILL_STEP = r"(?:上程|提案説明|提案理由説明|理事者説明|質疑|討論|採決|表決|(?:常任)?委員会付託|付託)"
PROCEDURAL = re.compile(
    r"^(?:開会|閉会|開議|散会|開会宣言|閉会宣言|開会のことば|閉会のことば|休憩|再開|休会(?:について|の件)?|"
    # 協議題1, 報告事項2: a summary's pointer to an agenda entry by its number names no case itself.
    r"(?:協議|審議|報告|諮問|説明)?(?:議題|題|事項|案件)[（(]?[0-9０-９①-⑳]{1,2}[）)]?|"
    # 委員からの意見, 主な質疑, 回答: the parts of a summary of what was said, under each case.
    r"(?:(?:委員|出席者|参加者)(?:から|より)?の?)?(?:主な)?(?:意見|質問|質疑|発言)(?:等|など)?(?:(?:及び|と|・|に対する)(?:回答|応答|答弁))?|"
    r"(?:事務局|市|担当課)?(?:から|より)?の?(?:回答|応答|答弁)|"
    # 第1回北野市健康づくり協議会報告, 事務局より、第2回…会議の報告, 第3回検討委員会の検討内容について: an account of the
    # body's own last sitting.
    r"(?:(?:事務局|担当課)(?:から|より)、?)?第[0-9]{1,2}回[^、。]{0,30}(?:審議会|審査会|協議会|委員会|懇話会|懇談会|会議|部会)の?(?:報告|概要|結果|(?:検討|審議|協議)?内容)(?:について)?|"
    # 第11条(人材の育成), 第4条の2: an article of the text under discussion, a topic within its case.
    r"第[0-9]{1,3}条(?:の[0-9]{1,2})?(?:[（(][^（）()]{1,20}[）)])?|"
    # 第5期北野市景観審議会委員委嘱状伝達式: the body and term named before the ceremony.
    # 任命書交付: the appointment handed to a selection committee's members, as a 委嘱状 is.
    r"[^、。]{0,40}?(?:委嘱|任命)(?:状|書)?の?(?:交付|伝達).*|(?:委員)?委嘱|辞令交付|自己紹介|.*紹介|"
    # 委員委嘱 (a step of the 次第, as 委嘱 alone), 委員委嘱式, 辞令交付式: the ceremony that seats the members.
    r"[^、。]{0,20}?(?:委嘱|辞令交付|任命)式|"
    # 審議会幹事の設置, 事務局諸説明, 出席委員数の報告等: the body's set-up and the sitting's own steps.
    r"[^、。]{0,20}?幹事の?(?:設置|任命|指名|委嘱)(?:について)?|(?:事務局|担当課)(?:から|より)?の?諸(?:説明|連絡|報告)|"
    r"出席(?:委員|者|議員)数?の?(?:報告|確認)(?:等|など)?|"
    # 開会(10:00), 定数報告, 会議の成立宣言: the opening with its clock, the quorum reported.
    r"(?:開会|閉会|開議|散会|休憩|再開)[（(][^（）()]{0,12}[0-9０-９][^（）()]{0,12}[）)]|定数の?(?:報告|確認)|会議の?成立(?:の)?(?:宣言|確認|報告)|"
    # 請願1件 over its group of an order of business: a count, no case.
    r"(?:議案|報告|諮問|請願|陳情|認定|承認|同意)[0-9]{1,3}件|"
    # 南田委員に決定 under ・会長互選: who the election chose, a step of the sitting.
    r"[^、。\s]{1,12}(?:委員|議員|氏)に(?:決定|選出|指名)(?:された|しました|した)?。?|"
    # 諮問書の伝達 with no subject: the handing over, the case itself is on the agenda under its title.
    r"諮問(?:書|文)?の?(?:伝達|手交|交付)|"
    # 会長および副会長・幹事の選出について: a chain of offices, the last of them perhaps the 幹事.
    # 北野市社会教育委員会議議長の選出について: the body named before its own office; a 会議 is chaired by its 議長.
    # 策定委員長・副委員長の選任について: the committee's short name (策定委員会) before its chair's office.
    r"(?:[^、。]{0,30}?(?:会議|審議会|審査会|委員会|協議会|分科会|部会)|[一-龥]{1,4}(?=委員長))?"
    r"(?:正・?|正副)?(?:分科会長|部会長|座長|会長|副会長|委員長|副委員長|議長|副議長|会長職務代理者?|職務代理者?|理事|役員)"
    # 役員の選出について: the body's officers (会長, 副会長) elected under one word.
    # 委員長、副委員長選任: the offices set apart by a comma.
    # 会長及び分科会長の選任: the body's chair and the chairs of its sections, chosen at its first sitting.
    r"(?:(?:及び|および|・|、|並びに|ならびに|と|の)?(?:副会長|副委員長|副議長|会長代理|副部会長|座長代理|会長職務代理者?|職務代理者?|幹事|分科会長|部会長))*"
    r"の?(?:選出|選任|互選|指名|決定).*|"
    # 現地視察 (• 笹川地区), 運営規則, 会議のスケジュール, 専門部会の割り当て, 部会員の指名, 景観審議会委員について (防災会議委員について),
    # 部会所属委員の指名, 環境審議会運営要領の一部改正について: how the
    # body meets and who sits on it, not a case before it.
    r"(?:現地|施設)(?:視察|見学|案内).*|(?:専門|臨時|特別)委員の?(?:任命|委嘱|指名).*|[^、。]{0,20}(?:部会|分科会)(?:所属)?(?:委員|員)?の?指名.*|(?:視察|見学)(?:[ \t\u3000•・].*)?|"
    r"(?:[^、。]{0,20}(?:審議会|審査会|協議会|調査会|委員会|分科会|部会|懇話会|会議)の?)?運営(?:規則|規程|要綱|要領)(?:[（(]案[）)])?"
    r"(?:について|の件|の?(?:制定|決定|一部改正|改正)(?:について)?)?|"
    r"(?:会議|審議|年間|今後|当面)の?(?:開催)?スケジュール.*|"
    # 会議の定例化について: settling that the body meets on a fixed day, as its schedule is.
    r"(?:会議|委員会|審議会|協議会)の?定例化.*|"
    # 第2回、3回北野町審議会の日程について, 6月定例会議日程(案)について: when the body meets next; …会議について連絡をするとともに出席を依頼:
    # a notice of another body's meeting.
    r"(?:第[0-9]{1,2}回[、,・]?)*[^、。]{0,30}(?:審議会|審査会|協議会|委員会|懇話会|懇談会|部会|分科会|会議)の?(?:開催|審査|審議)?日程(?:[（(]案[）)])?(?:について|の件)?|"
    # 本日の議事日程について, 本日の全員協議会について: a 議会運営委員会 settles the day's own order and sittings;
    # 各種議員連盟総会の開催について: another body's meeting announced.
    r"本日の(?:議事日程|全員協議会|会議|本会議)(?:について|の件)|[^、。]{0,20}(?:連盟|団体)の?総会の?開催(?:について|の件)|"
    r"[^。]*(?:会議|会)について(?:連絡|案内|周知)(?:を(?:し|す|行)[^。]{0,30})?|[^。]*出席を依頼.*|.*開催(?:スケジュール|予定)(?:[（(]案[）)])?(?:について|の件)?|.*(?:部会|分科会)の?(?:割り?当て|割振り|振り分け).*|"
    r"[^、。]{0,12}(?:審議会|審査会|協議会|懇話会|懇談会|会議)の?委員(?:について|の件)|"
    # 開会 北野教育長: the opening, who opens it named after the word (as あいさつ 板橋会長 below).
    # 1.開会 / 会長: the step's cell and the one who leads it, read together.
    r"(?:開会|閉会|開議|散会)(?:の?(?:宣言|ことば|言葉))?[一-龥々]{0,6}(?:会長|委員長|議長|教育長|[市町村区]長|部長|局長|課長)|"
    # あいさつ 板橋会長: who greets, named after the word.
    # あいさつ:北山県健康福祉部衛生課・北野課長: after a colon, the greeter's unit and post.
    # 挨拶、送付資料の説明: the greeting and the papers gone through, one step of the sitting.
    r".*(?:あいさつ?|挨拶)(?:要旨|概要)?(?:[、・][^、。]{0,6}資料の?(?:説明|確認))?|(?:あいさつ|挨拶)[ \t\u3000:：]*[^、。]{1,30}?(?:会長|委員長|知事|[市町村区]長|部長|局長|教育長|課長)|.*(?:" + MINUTES_WORDS + r")(?:の[^、。]{0,8})?(?:[（(]案[）)])?(?:について|の件)?|議事録署名.*|会議録署名.*|署名委員.*|署名(?:人|者)?$|前回(?!(?:の)?(?:会議|審議会|審査会|協議会)?(?:後|以降)の)(?!の?(?:意見|要望|指摘)等?(?:の|に対する)(?:集約|対応|取組|取り組み)).*|議事録の?(?:確認|確定|承認).*|会議録の?(?:確認|確定|承認).*|"
    # 議事録の作成方法及び公開、非公開の決定: how the record is made and published, a step of a first sitting.
    r"(?:議事録|会議録)の?(?:作成|公開)[^。]{0,30}|"
    # 諸報告について, 議長諸報告: the short form of 諸般の報告.
    # 諸般の報告 / ①会務報告 ②監査報告: the chair's account of the house's affairs and the auditors' monthly report, its parts.
    r"(?:会務|監査)報告(?:について)?|"
    r"会期の?決定.*|会期の件|審議期間の?決定.*|諸般の?報告.*|(?:議長)?諸報告(?:について)?|議長(?:の)?報告|参考資料.*|招集告示|(?:不)?応[招召](?:・不応[招召])?議員.*|出席者等|議席の?(?:指定|変更).*|"
    # 座席の指定, 審査日程及び審査方法について, 資料閲覧要求等について: a special committee's first sitting settles its
    # seats, the order and way it will examine, and the papers it asks for; no case.
    r"座席の?(?:指定|変更).*|審査(?:の)?(?:日程|方法)(?:(?:及び|並びに|・)審査(?:の)?(?:日程|方法))?(?:について|の件)?|"
    r"資料(?:の)?(?:閲覧|提出)?要求(?:等)?(?:について|の件)?|資料(?:の)?閲覧(?:等)?(?:について|の件)?|仮議席.*|会議時間の延長.*|"
    # An assembly's elections, appointments of its own members and motions are its business, not cases.
    r".*選挙|.*(?:委員|議員)の選任(?:について)?|.*動議|議員の?派遣(?:について|の件)?|.*(?:所信表明|施政方針|一般質問|代表質問|行政報告)|"
    # …常任委員会委員長及び副委員長の報告について: the officers a committee chose, reported to the house.
    r".*(?:部会|委員会|分科会)の?(?:構成)?(?:正・?副?|正副)?(?:委員|部会長|委員長)(?:及び|・|並びに|と)?(?:部会長|委員長|副部会長|副委員長)?の?"
    # 北野市公平委員会委員の選任について同意を求める件: the house consents to the executive's appointment, a bill.
    r"(?:指名|選任|選出|(?:互選(?:結果)?の?)?報告)(?![^。]*同意を求め).*|"
    r"委員長報告.*|委員会報告(?:第[0-9]{1,3}号)?|.*委員会(?:委員長)?審査報告|.*委員会委員長報告|"
    # 議案第１号から第22号まで、諮問第１号（23件市長提出）: a count of bills listed one by one elsewhere.
    r"(?:[^、]{1,6}第[0-9]{1,3}号(?:から|ないし|～|〜)第[0-9]{1,3}号(?:まで)?[、,]?)+.*[（(][0-9]{1,3}件[^）)]*[）)]|.*閉会中の?(?:所管事務の?)?(?:継続)?の?(?:審査|調査).*|(?:副)?(?:会長|委員長|議長)の?(?:辞任|辞職).*|.*委員の?辞任.*|"
    # 提出議案の上程、提案説明 / 理事者説明 / 質疑、討論、採決 / 提出議案に対する質疑 / 委員会付託 / 以上2件一括上程: an
    # assembly's order of business lists what is done with its bills, under them or as steps of their own; a step names
    # no case.
    # 議案質疑: the step named with the word for the bills it takes.
    rf"(?:[^、。]{{0,12}}?(?:の|に対する))?(?:以上[0-9]{{1,3}}件)?(?:一括)?(?:議案)?{_BILL_STEP}(?:(?:[、・,]|及び)(?:一括)?{_BILL_STEP})*|"
    # 継続審査に対する委員長報告 / 議会運営委員会委員長 北野一郎 議員: a committee chair's report on the business it
    # held over, and the member who makes it, named under the step.
    r"[^、。]{0,12}に対する委員長報告|[^、。]{0,20}(?:委員長|議長)[一-龥々]{2,6}(?:議員|君)|"
    r".*宣告|議事日程の?報告|提案理由の?説明|(?:実施機関|事務局|担当課|所管課)(?:から)?の?説明|"
    r"(?:[（(][^（）()]{1,20}[）)])?資料に(?:基づ|沿っ|より)[^。]{0,12}(?:説明|報告).*|(?:主な)?質疑応答.*|.*委員審議|"
    r".*(?:出席した者|事務局職員|出席議員|欠席議員)(?:[（(].*[）)]|の?職?氏名)?|"
    r"(?:会議の?|(?:審議|審査)結果の?)?概要|会議の?公開.*|公開・非公開.*|"
    # 5 議題及び公開・非公開の別並びに…その理由, 7 決定事項: the numbered fields of a 会議概要 form, over their values.
    r"議題(?:及び|並びに|・)(?:その)?公開.*|決定事項|"
    r"傍聴.*|定足数.*|次回.*|今後の日程.*|(?:追加)?日程.*|連絡事項|事務連絡|諸連絡|資料の?確認|配布資料.*|"
    r".*関係例規.*|審議会の概要.*|審査会の概要.*|会議の進め方.*|運営要領.*|会議の運営.*|"
    # 今後の委員会の運営方法について: how the sittings to come will be run, as 会議の運営 (the rules a 審議会 or a
    # 部会 is run by, 審議会の運営について (ア)設置目的…, may be its case).
    r"(?:今後の)?(?:委員会|審議会|協議会)の運営方法(?:について)?|今後の(?:委員会|審議会|協議会)の運営(?:について)?|"
    # 議事①に関する資料, 公開の可否: a form's cells about the papers and the record, no case;
    # 「…総合教育会議設置要綱(案)」について, 分科会の設置について: the body's own rules and parts as founded (their 改正 later is a case).
    r"(?:議事|議題)[①-⑳0-9]{0,2}に関する資料.*|.*(?:公開|非公開)の?可否.*|"
    # 業務報告, 教育長事務報告: the secretariat's or the head's routine account of the month, no case.
    # 業務の経過報告, 会議書記の指名: a 農業委員会's account of its month's work and who keeps the record.
    r"(?:教育長|事務局)?(?:業務|事務)(?:の?経過)?報告|(?:会議|議事)?書記の?(?:指名|任命)|"
    r"[「『]?[^、。「」『』]{0,30}(?:会議|協議会|委員会|審議会|懇話会|懇談会|部会|分科会)(?:の設置について|設置(?:要綱|規約|規程)(?:[（(]案[）)])?[」』]?(?:について)?)(?:会議次第)?|"
    # 開催趣旨の確認及び開催要綱の承認, 調査研究スケジュールの承認, 構成員名簿及びメーリングリストの作成について: a study group's
    # first steps, why and how it meets, when it works and who is on its lists; no case before it.
    r"(?:開催趣旨(?:の確認)?(?:及び|並びに|・|、)?)?開催(?:趣旨|要綱)(?:の(?:承認|確認|決定|説明))?(?:について)?|"
    r"(?:調査研究|調査検討|検討会|研究会)の?スケジュール(?:[（(]案[）)])?(?:の(?:承認|確認|決定))?(?:について)?|"
    r"(?:構成員|委員)名簿(?:(?:及び|並びに|・|、)[^、。]{0,20})?の?(?:作成|確認|配布)(?:について)?|"
    # 委員番号の決定, 経過・概要説明: a new body's first steps, no case before it.
    r"(?:委員|議席)番号の?(?:決定|指定).*|(?:これまでの)?経過(?:及び|・|並びに)?(?:概要)?(?:の)?説明.*|"
    # 北野市審議会等の会議録の公開に関する基準について, 北野市環境審議会の傍聴に関する定め(案): how the body's
    # sittings are recorded and heard, the rules of its own procedure whatever they are called.
    r"[^、。]{0,30}(?:会議録|議事録|傍聴)(?:の[^、。]{0,16}?|に)(?:関する|係る|ついての)?(?:基準|要領|要綱|規程|規則|定め|取扱い?|取り扱い)"
    r"(?:[（(]案[）)])?(?:について|の件|の?(?:制定|決定)(?:について)?)?|"
    # 北野市都市計画審議会の傍聴について (協議事項): whether and how the body's own sittings are heard, as its rules above.
    r"[^、。]{0,30}(?:審議会|審査会|協議会|委員会|会議)の傍聴(?:について|の件|の?取扱い?(?:について)?)|"
    # 北山市地域交通協議会設置規約(案)について: the body's own founding charter, adopted at its first sitting (its
    # 運営規程 above): how it is set up, not a case before it (委員から…: the summary's next cell run on).
    r"[^、。]{0,40}?(?:審議会|審査会|協議会|委員会|懇話会|懇談会|会議)の?設置(?:規約|要綱|要領)(?:[（(]案[）)])?"
    r"(?:について|の件|の?(?:制定|決定)(?:について)?)?(?:(?:委員|事務局|会長)(?:から|より).*)?|"
    # 議事日程第1から第7, 議事日程に同じ: the business of the sitting referred to, not listed.
    r"議事日程(?:第|に同じ|のとおり).*|"
    # 令和6年第2回北野市議会定例会議事日程: the agenda's own title read as its first entry.
    r"[^、。「」]{0,30}?(?:定例会|臨時会)議事日程(?:[（(]第?[0-9]{1,2}号[）)])?|"
    # 第４．第３回定例会 / 議案第５号 …: the session whose bills are listed below, no case itself.
    r"第[0-9]{1,3}回(?:定例会|臨時会)|"
    # 議案第1号から議案第19号・報告第1号から報告第3号の一括上程: a range taken up together names no
    # case; each bill is listed on its own line.
    rf"{_RANGE_OF_CASES}の?(?:一括)?(?:上程|議題|審議|提案)?(?:[（(][^（）()]*[）)])?|"
    # 議案第１号ほか上程: the first of the bills taken up together.
    rf"{_CASE_NO_WORD}(?:ほか|外)(?:[0-9]{{1,3}}件)?の?(?:一括)?(?:上程|議題))$"
)
# 12 閉  議 / 13 閉  会: an assembly's 議事日程 closes the day's sitting (閉議) before the session, procedure as 開議 is.
PROCEDURAL = re.compile(PROCEDURAL.pattern + r"|^閉議$")
# 現地視察の報告, 視察結果の報告について: what was seen on a visit, reported to the body, is business (the visit itself is not).
PROCEDURAL = re.compile(r"(?![^、。]{0,20}(?:視察|見学)(?:結果)?の?報告(?:について|書)?$)(?:" + PROCEDURAL.pattern + ")")
# 主査代理の選任について: a national study group's chair (主査) and its deputy are its officers, elected as a 会長 is.
# 諮問文手交、事務局説明 / 審議事項に関連する説明事項: the referral handed over with the secretariat's account, and a
# summary's heading pointing back at the group of business; no case of their own.
PROCEDURAL = re.compile(PROCEDURAL.pattern + r"|^(?:主査|主査代理)(?:(?:及び|および|・|、)主査代理)?の?(?:選出|選任|互選|指名)(?:について)?$"
                        r"|^諮問(?:書|文)?の?(?:伝達|手交|交付)[、・](?:事務局|担当課)(?:から|より)?の?説明$"
                        r"|^(?:審議|報告|協議|諮問)事項に(?:関連|関係)?する(?:説明事項|説明|質疑)$")
# 1    平成三十一年二月十八日(月曜日)    午前十一時零分開会: the day of the sitting and its opening clock, numbered as the
# record numbers its utterances, say when it sat; no case.
_KANJI_OR_DIGIT = "0-9０-９〇零一二三四五六七八九十"
PROCEDURAL = re.compile(
    PROCEDURAL.pattern + rf"|^(?:令和|平成|昭和)[元{_KANJI_OR_DIGIT}]{{1,3}}年[{_KANJI_OR_DIGIT}]{{1,2}}月[{_KANJI_OR_DIGIT}]{{1,3}}日"
    rf"(?:[（(][^（）()]{{1,4}}[）)])?[ \t\u3000]*(?:(?:午前|午後)?[{_KANJI_OR_DIGIT}]{{1,3}}時(?:[{_KANJI_OR_DIGIT}]{{1,3}}分)?"
    r"[ \t\u3000]*(?:開会|開議|再開)?)?$")
# 議長 議席19番 北野一郎 会長: the member who presides, named by his seat among a committee's numbered fields; 8.総会 over
# 1)開会 … 5)議事: the heading that names the sitting itself over its steps. Neither is a case.
PROCEDURAL = re.compile(PROCEDURAL.pattern + r"|^議長議席[0-9０-９]{1,3}番|^(?:[0-9０-９]{1,2}[.．])?(?:定例|臨時)?総会$")
# 私立幼稚園の廃止認可(北野幼稚園): the licence's subject, a school or a nursery, named in the bracket; no department.
_SUBJECT_OF_LICENCE = re.compile(r"(?:認可|許可|認定|届出)$")
# 議事(進行:北野委員長), 開会(司会:南田主幹): a step of the sitting with who runs it; the cases are listed under it.
PROCEDURAL = re.compile(PROCEDURAL.pattern + r"|^(?:開会|閉会|議事|審議|協議)[（(](?:進行|司会|議長)[:：][^（）()]{1,16}[）)]$")
# (1)審議会の成立: the quorum reported, as 定足数の確認 is.
PROCEDURAL = re.compile(PROCEDURAL.pattern + r"|^(?:審議会|協議会|委員会|審査会|会議|本会)の成立(?:について|の(?:報告|確認))?$")
# 3.欠 員(0名) / 4.紹 介 議 員(0名) / 8 臨席者: a committee's numbered roster fields, a head count after the group's word
# or the guests seated; never a case (round 55a).
PROCEDURAL = re.compile(PROCEDURAL.pattern + r"|^[^、。()（）]{0,10}[員者][（(][0-9０-９]{1,3}[名人][）)]$|^(?:臨席者|陪席者)$")
# 部会長代理の指名, 会長代理の選出: the deputy named on his own is an officer chosen, as the chair is;
# (6)国土交通副大臣挨拶(省略): a greeting or an introduction the summary left out is still the sitting's own step.
PROCEDURAL = re.compile(PROCEDURAL.pattern + r"|^(?:部会長|分科会長|会長|委員長|座長)代理(?:者)?の?(?:選出|選任|互選|指名|決定)"
                        r"|^[^、。\s]{0,20}(?:挨拶|あいさつ|紹介)[（(]省略[）)]$")
# 平成30年度委員長・副委員長の選出について: the officers chosen for the year are still the sitting's own step.
PROCEDURAL = re.compile(PROCEDURAL.pattern + r"|^(?:平成|令和)[0-9０-９元]{1,2}年度の?(?:会長|委員長|座長|部会長)"
                        r"(?:[・、]|及び|および)副(?:会長|委員長|座長|部会長)の?(?:選出|選任|互選)(?:について)?$")
# A title that opens with a range of case numbers names no one case.
PROCEDURAL = re.compile(PROCEDURAL.pattern + "|" + SITTING_STEPS)  # sitting_steps.py
PROCEDURAL = re.compile(PROCEDURAL.pattern + "|" + HOUSE_OWN_BUSINESS)  # house_own_business.py
RANGE_TITLE = re.compile(_RANGE_OF_CASES)
# 報告第6号・報告第7号及び議案第54号から議案第61号まで, 議案第62号及び議案第63号 (提案理由説明・質疑…): bills named by
# their numbers alone, a range of them or with what is done with them; as 議案第1号から第4号まで (提案説明、質疑、付託),
# no title either (意見書案第16号及び意見書案第17号 alone waits for the titles the proceedings read out).
CASE_NUMBERS_ONLY = re.compile(rf"・?(?:(?=[^（(]*(?:から|ないし|[～〜~])){_CASE_LIST}(?:[（(][^（）()]*[）)])?|{_CASE_LIST}[（(][^（）()]*[）)])")
_NOT_TITLE_START = set("のはをがにでと、。・）)」』%％")
# "1 人 1 台", "2 件である": a number and its counter, not a heading number.
# 1 号委員 …: 号 counts wherever it stands (the class of member a statute names), never opens a title.
_COUNTER_START = re.compile(r"^(?:[人名件年月日時分回点つ個台枚歳割円](?![一-龥])|号)")
# （諮問）, （新規諮問）, （諮問及び協議） and 審査請求について（諮問第12号）: the kind, and the number that goes with it;
# the discussion a 諮問 is put to does not change what it is.
_KIND_MARK = re.compile(
    # …について(報告事項) / …について(協議事項): the kind as the group word names it, after each entry.
    r"[ \t\u3000]*[（(](?:新規|継続|追加)?(?:(?P<k>諮問|報告|継続審議|継続|審議|答申|協議|議案)(?:及び|並びに|・)?(?:協議|審議)?(?:事項)?|(?P<n>諮問)第[0-9０-９]{1,4}号)[）)][ \t\u3000]*$"
)
# A bracket after a title saying the case was referred to the council: its kind, never its title.
_REFERRAL_NOTE = re.compile(r"[ \t\u3000]*[（(][^（）()]{0,60}?(?:で|により|をもって|付けで?)諮問(?:のあった|された|を受けた|があった)(?:件|もの|事案)?[）)][ \t\u3000]*$")
_TRAILING_PAREN = re.compile(r"[ \t\u3000]*(?:[（(](?P<p>[^（）()]{2,60})[）)]|【(?P<b>[^【】]{2,60})】)[ \t\u3000]*$")
# 諮問第3号　…: the number before a title goes; 諮問第75号の審議について keeps it, as its subject.
_CASE_PREFIX = re.compile(
    r"^(?P<w>諮問|報告)(?:第)?[0-9０-９]{1,3}(?:号(?![のにをはがと]|[ \t\u3000]*(?:から|ないし|[～〜~]))|(?![号0-9０-９]))[ \t\u3000:：]*"
)
# 審議事項 「特定個人情報保護評価書の第三者点検について」: the container's word before a case on one line.
# 議案審議 (教議第4号)…について, (教報第1号)…について: a case's number in brackets before its title (a board of education's
# series), after the group's word where the list runs on from it; the number is no part of the title.
# The bracketed number itself, with its series word (w) and number (n), as the agenda reader splits a run of them.
BRACKETED_CASE_NUMBER = (r"[(（](?P<w>[一-龥]{0,3}?(?:議案|議|報告|報|諮問|請願|陳情|承認|同意))第[ \t\u3000]*"
                         r"(?P<n>[0-9０-９]{1,4})[ \t\u3000]*号[)）]")
_BRACKETED_CASE_PREFIX = re.compile(
    r"^(?:[一-龥]{2,6}[ \t\u3000]+)?" + BRACKETED_CASE_NUMBER + r"[ \t\u3000]*(?=[^\s(（]{4})"
)


def series_kind(word: str) -> str | None:
    """The kind a case's series word states: 報告 for (教)報告/報, 諮問 for 諮問; None for a bill or petition."""
    return "報告" if word.endswith(("報告", "報")) else "諮問" if word.endswith("諮問") else None
# …の公文書不存在決定に対する審査請求(第2回): how many sittings the appeal has had, no part of its title.
_SITTINGS_ON_THE_APPEAL = re.compile(r"(?<=審査請求)[ \t\u3000]*[(（]第[0-9０-９]{1,2}回[)）]$")
_CONTAINER_PREFIX = re.compile(r"^(?P<w>報告|諮問|審議|協議|検討)事項[ \t\u3000:：]+(?=\S)")
_QUOTED_TITLE = re.compile(r"^「(?P<t>[^「」]+)」$")
# 所管事務調査事項「議会基本条例について」: the kind of business, then the case's own title in quotes.
_FILED_UNDER_QUOTED = re.compile(r"^[^「」\s]{2,10}(?:事項|事件|案件)[ \t\u3000]*「(?P<t>[^「」]+)」$")
# （非公開）, (全部公開), [公開]: whether the public may listen says nothing about the case.
_KIND_THEN_BRACKET = re.compile(r"^(?P<k>諮問|報告)[（(](?P<t>[^（）()]{4,}(?:[（(][^（）()]*[）)][^（）()]*)*)[）)]$")
# …の提出について [提案理由の説明、質疑、討論、表決]: the steps of business noted after a bill, no part of its title.
_STEPS_TAIL = re.compile(r"(?<=\S)[ \t\u3000]*[\[［][^\[\]［］]{0,30}(?:質疑|討論|採決|表決)[^\[\]［］]{0,30}[\]］]$")
# (公開), 【非公開】, (公開審議): whether the public may hear it, no part of a title.
_NEXT_GROUP_BULLET = re.compile(r"(?<=\S)[ \t\u3000]+・(?:その他|(?:報告|諮問|協議|審議)事項)$")
# ( 公開 ): a PDF's table cell pads the mark inside its brackets.
_PUBLICITY_MARK = re.compile(r"[ \t\u3000]*[（(【\[［][ \t\u3000]*(?:全部|一部)?(?:非公開|公開)(?:審議|案件)?[ \t\u3000]*[）)】\]］][ \t\u3000]*$")
UNIT_END = re.compile(r"(?:課|室|係|部|局|センター|所|館|園|担当|機関|事務局|グループ|チーム|本部|事務所|委員会)$")
_TITLE_THEN_ITS_SUMMARY = re.compile(r"^(?P<t>[^。、]{4,80}?(?:について|の件|[（(]案[）)]))(?P=t)[、,はを]")
# …について、環境政策課長から説明がなされ: the section that explained the case.
_EXPLAINED_BY = re.compile(r"[、,](?P<u>[^、,。「」]{1,20}?(?:課|室|局))長?から(?:説明|報告)")
# 6. 説明事項 / 以下の項目について説明(説明内容は省略) / (1)…: a line that introduces the list below the group word, no
# case's title.
_LIST_INTRO = re.compile(r"(?:以下|下記|次)の(?:項目|事項|案件|とおり|通り|[0-9０-９]+(?:件|点))")
_KIND_WORD = re.compile(r"(?:諮問|報告|審議|協議)(?:事項|案件)?|説明事項")
# 1. / (1) / ① / [1]: the heading styles whose number counts the entries of one list.
ORDINAL_STYLES = ("num", "pnum", "circ", "sqnum")
_DEPT_LINE = re.compile(r"^[（(](?P<p>[^（）()]{2,40})[）)]$")
# 担当課：市民課 under the heading (conventions.DEPARTMENT_LINE_WORDS).
_DEPT_FIELD_LINE = re.compile(rf"^(?:{'|'.join(DEPARTMENT_LINE_WORDS)})[ \t\u3000]*[:：][ \t\u3000]*(?P<p>[^。：:]{{2,60}})$")


def _dept_line(text: str) -> re.Match[str] | None:
    """（市民課） or 担当課：市民課, a line under a heading that names its department (the names in group p)."""
    return _DEPT_LINE.match(text) or _DEPT_FIELD_LINE.match(text)

# A line cut inside a word: a kanji (not a particle or について) then a kanji or kana that goes on with it.
_WORD_END_WRAPPED = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff々](?<!について)(?<!に関して)$")
_WORD_GOES_ON = re.compile(rf"[{CJK}]")


@dataclass
class Heading:
    line: int
    style: str
    number: str | None
    title: str
    rest: str = ""
    depts: list[str] = field(default_factory=list)
    kind_hint: str | None = None
    cls: str = "item"   # item | container | procedural | other
    dept_note: str | None = None   # the department's bracket as printed, (市民生活部市民課)
    container_kind: str | None = None
    bill: tuple[str, int] | None = None   # （市長提出議案第１号） under an order-of-business entry: its series and number


@dataclass
class Body:
    start: int
    family: str | None
    kinds: dict[int, str]
    labels: dict[int, LabelMatch]
    markers: dict[int, str]
    headings: list[Heading]
    basis: dict[int, tuple[str, str]]
    turn_text: dict[int, str] = field(default_factory=dict)
    secretariat_units: frozenset = frozenset()
    known_departments: frozenset = frozenset()
    compact_lines: list[str] | None = None


@dataclass
class BodyLines:
    """The body's lines analysed once, for choose_family and then classify to share: each line without the blanks
    around it and past its list marker, and the attendance lists among them."""
    start: int
    text: list[str]   # lines[start + k] stripped of blanks (" \t\u3000")
    core: list[str]   # text[k] past a bullet or a statement's number (strip_list_marker)
    roster: set[int]  # roster_lines(lines, start)


def body_lines(lines: list[str], start: int) -> BodyLines:
    text = [line.strip(" \t\u3000") for line in lines[start:]]
    return BodyLines(start=start, text=text, core=[strip_list_marker(s) if s else "" for s in text],
                     roster=roster_lines(lines, start))


def choose_family(lines: list[str], start: int, found: dict[int, dict[str, LabelMatch]] | None,
                  attending: frozenset, analysed: BodyLines) -> str | None:
    """The speaker-label style that explains most of the body; ``found`` collects the matches.

    ``attending``: the names the header's roster lists, compacted; the evidence an unmarked
    ``name title`` label needs. ``analysed``: body_lines(lines, start), which classify reads too.
    """
    counts: Counter[str] = Counter()
    # Unmarked name-title labels whose name the roster lists, and those of a member's title.
    rostered: set[str] = set()
    members_titled: set[str] = set()
    # Families seen at least once with a label over a sentence: (岡本会長) 身体障害者手帳の案件は….
    spoken: set[str] = set()
    # Unmarked labels the header lists as written (北野課長 among the officials) over a sentence.
    listed: set[str] = set()
    # Families whose label speaks first after the sitting's opening clock.
    opened: set[str] = set()
    # 名塚氏: / 2つほど、…: an honoured name closed by a colon, alone on its line over a sentence.
    honoured: set[str] = set()
    view = analysed
    roster = view.roster
    # The house style shows within the first few hundred lines; long volumes need no more.
    for i in range(start, min(len(lines), start + 3000)):
        s = lines[i].strip()
        if not s or i in roster:
            continue
        # The analysed line lost only its blanks; where another white space (an em space) ends it, it is read here.
        core = view.core[i - start] if len(s) == len(view.text[i - start]) else strip_list_marker(s)
        if NARRATION.match(core) and not _opens_explanation(core) and not _CHORUS_ALONE.fullmatch(core):
            continue
        for m in candidate_families(s, core):
            if found is not None:
                found.setdefault(i, {})[m.family] = m
            if not m.text and (m.family != "circle" or m.needs_speech) and not _next_is_text(lines, i):
                continue
            if m.family == "colon" and not strict_role(m.label) and not _sentence(m.text):
                # 取得元: 滑川市議会公式サイト, 最終取得日: 2021-09-21: a page's fields, not speech.
                continue
            if m.text and not spoken_text(m.label, m.text) and not _sentence(_said_under(lines, i)):
                # (福祉課)南田課長 / (建設課)中村課長: a staff roster's rows in the label's shape say nothing.
                continue
            if m.family == "spaced":
                if not _sentence(m.text):
                    # 田中一郎 委員長    南田花子 副委員長: a roster's row has the same shape.
                    continue
                name = m.label.split()[0]
                if _MEMBER_TITLE.search(m.label):
                    members_titled.add(name)
                if in_roster(name, attending):
                    rostered.add(name)
            counts[m.family] += 1
            if _sentence(m.text or _said_under(lines, i)):
                spoken.add(m.family)
                if m.family == "colon" and not m.text and _HONOURED_NAME.fullmatch(m.label):
                    honoured.add(m.family)
                if m.family == "space" and m.text and (
                        _LISTED_TITLE.fullmatch(m.label) and _header_lists(lines, start, m.label) or label_once(m.label, m.text)):
                    listed.add(m.family)
                above = _line_above(lines, i, start)
                if (m.text and above is not None and lines[above].rstrip(" \t\u3000)）\n").endswith(_OPENING_ENDINGS)
                        and _ENDS_OPENING.search(lines[above])):
                    # 午前10時00分開会 / 北野委員長 おはようございます。: the chair opens the sitting (a blank line
                    # may stand between, as a web page sets its paragraphs apart).
                    opened.add(m.family)
    if not rostered or len(rostered) * 2 < len(members_titled):
        # A line that opens with a name and a title is a label only where the roster says who
        # speaks: most members' labels must name someone it lists.
        counts.pop("spaced", None)
    if not counts:
        return None
    best = max(FAMILY_NAMES, key=lambda name: (counts[name], -FAMILY_NAMES.index(name)))
    if best not in spoken:
        # 委員長 / 石塚貴雄(…) / 事務局 / 廣部 …: a step table's names one a line, none over a sentence, beside labels that
        # open speeches (石塚委員長:それでは…): the style that speaks is the house's.
        speaking = [name for name in FAMILY_NAMES if name in spoken and counts[name] >= 2]
        if speaking:
            best = max(speaking, key=lambda name: (counts[name], -FAMILY_NAMES.index(name)))
        elif best == "space":
            # A 全般に係る意見 / A 全般に係る意見: an unmarked label that never once stands before a sentence is a list's
            # letter or a row's first cell, no house style.
            counts.pop("space")
            if not counts:
                return None
            best = max(FAMILY_NAMES, key=lambda name: (counts[name], -FAMILY_NAMES.index(name)))
    # A few stray matches are not a house style.
    # A marked or bracketed label is unmistakable even once (an opening with one speech); so is a
    # bracketed or lone label over a sentence.
    # So is an unmarked name and title that the roster confirms.
    if counts[best] >= 2 or (best in ("circle", "lenticular", "spaced") and counts[best] == 1):
        return best
    if best in opened or best in listed or best in honoured:
        # 北野課長 それでは、…: an unmarked name and title, once, is a label where the header lists that
        # very name and title among who attended.
        return best
    return best if best in _ONCE_OVER_SPEECH and best in spoken else None


def _line_above(lines: list[str], i: int, start: int) -> int | None:
    """The nearest line above ``i`` with something on it, from ``start`` on."""
    k = i - 1
    while k >= start and not lines[k].strip(" \t\u3000"):
        k -= 1
    return k if k >= start else None


_HONOURED_NAME = re.compile(r"[一-龥々]{1,4}(?:氏|様|さん)")
_LISTED_TITLE = re.compile(r"[一-龥々]{1,4}(?:課長|部長|局長|次長|主幹|副会長|会長|委員長|係長|参事|室長|所長|館長)")
_LISTED_SEPARATOR = "、,， \t\u3000・"


def _header_lists(lines: list[str], start: int, label: str) -> bool:
    for line in lines[max(0, start - 60):start]:
        k = line.find(label)
        if k >= 0 and (k == 0 or line[k - 1] in _LISTED_SEPARATOR):
            return True
        # 生涯学習部青少年課長 上原 定夫 among the staff, then 青少年課長 本日は…: the label drops the department the
        # roster prints before the section.
        if k > 0 and line[k - 1] in _LISTED_UNDER and label.endswith(_SECTION_POSTS):
            return True
    return False


_LISTED_UNDER = "部局"
_SECTION_POSTS = ("課長", "係長", "室長", "所長", "館長")


_ENDS_OPENING = re.compile(rf"(?:{CLOCK})[ \t\u3000]*(?:{OPENING_WORDS})[ \t\u3000)）]*$")
# The pattern's search runs from every position of a long speech; the line must first end with the word.
_OPENING_ENDINGS = tuple(OPENING_WORDS.split("|"))
_ONCE_OVER_SPEECH = ("paren", "angle", "alone", "headed", "tortoise")
_MEMBER_TITLE = re.compile(r"(?:委員長|委員|議長|議員|会長)$")


def in_roster(name: str, roster: frozenset) -> bool:
    """Whether ``name`` (a full name or a surname of two characters or more) is one the roster lists."""
    return name in roster or len(name) >= 2 and any(r.startswith(name) for r in roster)


_SENTENCE_END = re.compile(r"[。？?]")


def _sentence(text: str) -> bool:
    # A speech cut off by the end of an opening still runs on past a comma.
    return bool(text) and (bool(_SENTENCE_END.search(text)) or len(text) >= 20 and "、" in text)


def _next_line(lines: list[str], i: int) -> str:
    j = next_text_index(lines, i)
    return lines[j].strip() if j is not None else ""


# 開会 会長あいさつ, あいさつ: the step a lone label speaks for, written between it and the speech.
_STEP_LINE = re.compile(r"[^。、]{0,12}(?:あいさつ|挨拶)")


def _said_under(lines: list[str], i: int) -> str:
    """The first line under a lone label, past a line naming the step it speaks for (会長 / 開会 会長あいさつ / …)."""
    s = _next_line(lines, i)
    return _next_line(lines, next_text_index(lines, i)) if s and _STEP_LINE.fullmatch(s) else s


def _opens_explanation(core: str) -> bool:
    # <総務課の説明> reads as a stage direction, but it names who explains: a turn of 総務課.
    m = match_label(core, "angle", core)
    return m is not None and m.needs_speech


# 〇説明のため出席した者, 〇委員外出席者, 〇事務局職員出席者: an attendance list inside the body
# (〇本日の会議に付した事件 lists the business, not people).
_ROSTER_HEADING = re.compile(
    rf"^[{SPEAKER_MARKS}]?[ \t\u3000]*(?:{'|'.join(sorted((k for k, v in ROSTER_LABELS.items() if v != 'agenda'), key=len, reverse=True))}|"
    r"委員外出席者|説明のため(?:に)?出席した(?:者|職員)|事務局(?:職員)?出席者|出席(?:者|職員)|欠席者|説明員)"
    # ◎説明のため出席した者の職氏名, ◎事務局職員出席者職氏名: the list gives each one's post and name.
    r"(?:の?職?氏名)?[ \t\u3000]*(?:[(（][0-9０-９]+[人名][)）])?$"
)


def roster_lines(lines: list[str], start: int) -> set[int]:
    """Lines of attendance lists in the body (a heading and the names and titles under it): never turns."""
    out: set[int] = set()
    i, n = start, min(len(lines), start + 3000)
    while i < n:
        s = lines[i].strip(" \t\u3000")
        if not s or len(s) > 30 or not _ROSTER_HEADING.match(s) or "。" in _next_line(lines, i):
            # 〇説明員 over a sentence is a label; over titles and names, a list of who attended.
            i += 1
            continue
        out.add(i)
        j = i + 1
        while j < n:
            t = lines[j].strip(" \t\u3000")
            if t and (len(t) > 40 or "。" in t or CLOCK_LINE.match(t) or (t[0] in SPEAKER_MARKS and not _ROSTER_HEADING.match(t))):
                break
            if t:
                out.add(j)
            j += 1
        i = j
    return out


_BRACKETED_FAMILIES = frozenset({"lenticular", "paren", "angle", "square"})


def _cut_speech_under_bracket(lines: list[str], i: int, lm: LabelMatch) -> bool:
    """【議長】 / 「北山市審議会」と (the end of the extract): a bracketed label over the text's last line, a speech the
    opening cut before its first full stop, opens a turn as the labels above it did."""
    if lm.family not in _BRACKETED_FAMILIES or lm.text:
        return False
    j = next_text_index(lines, i)
    if j is None or any(ln.strip(" \t\u3000") for ln in lines[j + 1:]):
        return False
    # 【南田主査】 / • 計画(案)の内容については、前回…: the bullet a web page draws before the speech.
    s = lines[j].strip(" \t\u3000").lstrip("・•").lstrip(" \t\u3000")
    return 4 <= len(s) <= 60 and not _NUMBERED_OR_MARKED.match(s) and parse_heading(s) is None


_SHORT_REPLY = re.compile(r"(?:了解|承知)(?:です|しました|いたしました)?。?")


def _next_is_text(lines: list[str], i: int) -> bool:
    s = _next_line(lines, i)
    if not s:
        return False
    if _SHORT_REPLY.fullmatch(s):
        return True  # 委員 / 了解: a member's one-word answer to the chair is what was said
    if _FORM_VALUE.fullmatch(s) or _CONTACT.match(s):
        # 傍聴者 | / なし |, 事務局 | / 北野市都市政策課 電話:0123-45-6789 |: a form's field over its value, a table's
        # cells one a line; no one speaks.
        return False
    if _NAME_ALONE.fullmatch(s) and not strict_role(s) and not STAGE_WORD.search(s) or BODY_ALONE.fullmatch(s):
        # 教育委員会事務局理事 / 中川: a title over a name is a row of who attended, not a turn;
        # 委員 / 福知山市教育委員会: a signature block under the record.
        return False
    return (not is_structural(s) or bool(re.match(r"^[「『（(]", s)) and "。" in s or _spoken_sentence(s)
            or bool(_NOTE_OF_WHAT_WAS_DONE.match(s)) or act_note(s) or _SAID_IN_BULLETS.match(s) is not None
            or _case_sentence(s))


# 〔北野会長〕 / 諮問第9号については承認とする。: the chair's decision opens with the case's number as a heading does,
# but the number runs on into a particle and the line ends a sentence; where the file's own heading reader does not
# take it for a heading, it is said.
_CASE_SENTENCE = re.compile(
    r"^(?:議案|意見案|意見書案|決議案|発議案|報告|承認|認定|同意|諮問|請願|陳情)第[0-9０-９]{1,3}号"
    r"(?:については|について[、,]|は|を|に|の|が|も)[^\n]{0,100}。$"
)


def _case_sentence(s: str) -> bool:
    return bool(_CASE_SENTENCE.match(s)) and parse_heading(s) is None


# 【北野係長】 / ・会議の開会を宣言 ・委員の出席を確認、成立を報告: a summary record gives what was said as bullets,
# a run of words with a comma in it (a bullet of names alone is a roster's).
# 委員 / ・計画には連携の取り組みが掲げられていると考える。: one bullet holding a whole sentence is what was said too.
# 【北山会長】 / • 議事に従い、…説明をお願いします。: the bullet a web page draws.
_SAID_IN_BULLETS = re.compile(r"^[・･•][^、。]{2,40}[ \t\u3000]+[・･•][^・･•]{4,}?[、。]|^[・･•][ \t\u3000]*[^・･•。]{8,}?。")


# (北野課主事) / ※資料の確認を行う。: under a label alone, a note of what the speaker did stands for the speech;
# 事務局 / (了承): so does a bracketed one-word answer.
# 〈事務局〉 / -北野計画について 説明 -: the note set between dashes as a stage direction is.
_NOTE_OF_WHAT_WAS_DONE = re.compile(
    r"^※[^。※]{4,60}(?:行う|行った|する|した|報告|説明)。$|^[(（](?:了承|了解|承知しました|異議なし|同意)。?[)）]$"
    r"|^[-－―—][ \t\u3000]*[^-－―—。\n]{2,60}?(?:説明|報告)[ \t\u3000]*[-－―—]$"
    # 【北野主査】 / 資料1、2、3に基づき説明: the summary's note that the papers were explained.
    r"|^資料[^。\n]{0,30}?(?:に基づき|に基づいて|により|に沿って)[^。\n]{0,20}?(?:説明|報告)(?:を行う|を行った|する|した)?。?$"
    # 【北野主査】 / 48.2%である。: a short answer that opens with the figure asked for is said, no numbered heading.
    r"|^[0-9０-９]{1,6}(?:[.．][0-9０-９]{1,3})?[%％件人名円割歳][^。\n]{0,30}。$"
)


_FORM_VALUE = re.compile(r"(?:なし|無し|特になし|[0-9０-９]{1,3}[ \t\u3000]*(?:人|名))[ \t\u3000]*[|｜]?")
_CONTACT = re.compile(r"[^。、\s]{2,40}[ \t\u3000]*(?:電話|TEL|Tel|ＴＥＬ)[ \t\u3000]*[:：(（]?[ \t\u3000]*[0-9０-９]{2,5}[-－(（)）]")


# A person's name alone: a surname of up to four kanji, the given name apart or not.
_NAME_ALONE = re.compile(r"[一-龥々\uf900-\ufaff]{1,4}(?:[ \t\u3000]+[一-龥々ぁ-んァ-ヶ]{1,5})?")


# 会長 / 議題(1)について何かご質問等ありますか。, <委員> / 5ページの…: a speech may open with a word or a
# number that also opens a heading;
# a whole sentence that no number or mark opens is said, not a heading.
_NUMBERED_OR_MARKED = re.compile(
    rf"^(?:[0-9０-９]{{1,3}}(?:[ \t\u3000.．、)）:：]|$)|[(（][0-9０-９一二三四五六七八九十ア-ン]|[①-⑳⑴-⒇{SPEAKER_MARKS}◇△▲■□・•\-]"
    r"|第[0-9０-９一二三四五六七八九十])"
)


# 第2回評価委員会の議事要旨については、…いかがか。: a sentence that opens with a meeting's ordinal.
# 第12回北山市審議会を開会いたします。: or closed by a polite predicate.
_ORDINAL_SITTING_SUBJECT = re.compile(
    r"^第[0-9０-９一二三四五六七八九十]{1,3}回[^、。\s]{1,30}?(?:の|は|を|について|では|で|に)(?:[^。]*、|[^。]*(?:ます|です)。$)"
)


# 議案第1号についてお願いします。: a short request, closed by a polite predicate, is said though it opens with a bill.
_POLITE_END = re.compile(r"(?:ます|です|ください|ません|ました|でした)。$")


def _spoken_sentence(s: str) -> bool:
    if not (len(s) >= 20 and s[-1] in "。？?" or len(s) >= 10 and _POLITE_END.search(s)):
        return False
    return not _NUMBERED_OR_MARKED.match(s) or bool(_ORDINAL_SITTING_SUBJECT.match(s))


# △ and ▲ open an order-of-business line in some minutes systems, never a speech.
AGENDA_MARKS = "△▲"
# 議案第１号, 意見案第２号 alone: a case named by its series and number only (its title is spoken).
BARE_CASE_WORDS = "議案|意見案|意見書案|決議案|発議案|報告|承認|認定|同意|諮問|請願|陳情"
BARE_CASE = re.compile(rf"(?P<w>{BARE_CASE_WORDS})第(?P<n>[0-9]{{1,3}})号")
_BILL_BUSINESS = re.compile(r"(?:の(?:上程|審議|説明|質疑|討論|採決|委員会付託)(?:[、,・](?:上程|説明|質疑|討論|採決|委員会付託))*)?")
# 〇本日の会議に付した事件: the business of the sitting listed below, whatever marks the speakers.
_BUSINESS_LIST = re.compile(r"(?:本日の)?会議に付した(?:事件|案件)|付議事件")
# 議案 / 報告 alone over 第1号 … lines: the group's word is the kind of the numbered cases below it.
_BARE_CONTAINER = re.compile(r"(?:諮問|報告|審議|協議)(?:事項|案件)|議案|報告|諮問")
# 議題 / 1.…について / 2.…について, 臨時議題 / 1.…: the agenda's own word alone over its numbered entries heads
# them (it gives no kind); it is never the last words of the title above it.
_BARE_AGENDA_WORD = re.compile(r"(?:臨時|追加)?(?:議題|議事|案件)")


def _numbered_below(lines: list[str], i: int) -> bool:
    nxt = _next_line(lines, i)
    h = parse_heading(nxt) if nxt else None
    return h is not None and h[0] in ("num", "pnum", "circ", "sqnum", "dai")


_SECTION_THEN_ENTRY = re.compile(r"^(?:議[ \t\u3000]*題|議[ \t\u3000]*事|案[ \t\u3000]*件|件[ \t\u3000]*名)[ \t\u3000:：]+(?P<r>\S.*)$")
_SPACED_NUMBER = re.compile(r"第[ \t\u3000]*([0-9０-９]{1,3})[ \t\u3000]*(?=号)|(?<=日程)第[ \t\u3000]+(?=[0-9０-９])")
RULE = re.compile(r"[─━—―‐－\-=＝_＿~〜～・*＊]{3,}")
# 日程第１ / ○議題1 alone on its line: an order of business or an agenda entry numbered by its word, its title on
# the next line.
_BARE_NITTEI = re.compile(r"(?:追加)?(?P<w>日程|議題)(?:第)?(?P<n>[0-9０-９一二三四五六七八九十]{1,3})")
# 議　　案　　第　９号: a case number spaced out to fill a column.
_SPACED_CASE = re.compile(
    r"(議|報|諮|請|陳)[ \t\u3000]*(案|告|問|願|情)[ \t\u3000]*第[ \t\u3000]*([0-9０-９]{1,3})[ \t\u3000]*号"
)


# A title, then after a space the sentence that says what was done: the title holds no sentence end
# and does not stop on a particle as a clause would.
_TITLE_THEN_SUMMARY = re.compile(
    rf"^(?P<t>[^。、，,{SPEAKER_MARKS}]{{1,50}}?[^。、，,のはをがにでともへや\s])[ \t\u3000]+(?P<said>[^ \t\u3000。]+。.*)$"
)
# …の実施状況について(報告)資料1に基づき…報告した。: a kind mark ends the title, with no space after it.
_MARKED_TITLE_THEN_SUMMARY = re.compile(r"^(?P<t>[^。]{4,80}?[（(](?:報告|諮問|審議|協議)[）)])(?P<said>[^。]+。.*)$")
_SUMMARY_STYLES = ("num", "pnum", "kana", "pkana", "circ", "sqnum", "dai")
_HALF_BRACKETED = re.compile(r"[0-9０-９]{1,2}[)）]")


# (1)…の廃止について、…との報告を事務局から受けた。: a report received, its title before the comma.
_RECEIVED = r"[^。]{0,60}?(?:報告|説明)を(?:[^。]{0,12}?から)?受けた。"
_TITLE_THEN_RECEIVED = re.compile(rf"^(?P<t>[^。、]{{4,80}}?について)[、,]?(?P<said>{_RECEIVED}.*)$")
RECEIVED_REPORT = re.compile(rf"^{_RECEIVED}")


def title_and_summary(text: str) -> tuple[str, str] | None:
    """``(title, what was done)`` for a line that gives a case's title and then a sentence about it."""
    m = (_TITLE_THEN_SUMMARY.match(text) or _MARKED_TITLE_THEN_SUMMARY.match(text) or _TITLE_THEN_RECEIVED.match(text)
         or _QUOTED_TITLE_THEN_SUMMARY.match(text))
    return (m.group("t"), m.group("said")) if m else None


# 報告事項「…について」各部会の担当課から…説明を行いました。: a section word and a quoted title, then the summary.
_QUOTED_TITLE_THEN_SUMMARY = re.compile(
    r"^(?P<t>(?:報告|審議|協議|諮問|説明)事項[ \t\u3000]*「[^「」。]{4,80}」)(?P<said>[^「」\s][^。]*。.*)$"
)
_INLINE_SUBHEADING = re.compile(
    r"^(?P<p>.{2,80}?(?:について|に関して|の件))[ \t\u3000]+(?P<n>[ア-ン])[ \t\u3000]+(?P<t>\S.{2,})$"
)


# …について 5 情報交換, …からの情報提供 6 その他: a case's title, then the number and word of the next section.
_NEXT_SECTION_RUN_ON = re.compile(
    r"^(?P<t>.{2,}?(?:について|に関して|の件|情報提供))[ \t\u3000]+(?P<n>[0-9０-９]{1,2})[ \t\u3000]*(?P<w>[一-龥ぁ-んァ-ヶ]{2,8})$"
)
# 、②…, 、(2)…, ,(イ)…: the next entry of an enumeration after a 読点; entries joined so are the points of one case.
ASPECT_JOIN = re.compile(r"[、,，][ \t\u3000]*(?:[(（][^()（）\s]{1,2}[)）]|[①-⑳])")


def parse_heading(s: str) -> tuple[str, str | None, str, str] | None:
    """``(style, number, title, rest)`` for an agenda-style heading line."""
    s = strip_list_marker(s).replace("**", "").strip(" \t\u3000")
    if not s or len(s) > 200:
        return None
    if "号" in s:
        s = _SPACED_CASE.sub(r"\1\2第\3号", s)
    if "第" in s:
        s = _SPACED_NUMBER.sub(lambda m: "第" + (m.group(1) or ""), s)  # 日程第　３, 認定第　１号: a number spaced to fill its column
    if "⑴" <= s[0] <= "⒇":
        # ⑴ is (1) set as one character.
        s = f"({ord(s[0]) - 0x2473}){s[1:]}"
    elif ")" in s[1:3] or "）" in s[1:3]:
        # 3)報告事項: a number closed by a half bracket is numbered as (3) is.
        m = _HALF_BRACKETED.match(s)
        if m:
            s = f"({s[:m.end() - 1]}){s[m.end():]}"
    for style, rx in _H_PATTERNS:
        m = rx.match(s)
        if not m:
            continue
        title = (m.group("t") or "").strip(" \t\u3000")
        rest = m.groupdict().get("rest") or ""
        number = m.groupdict().get("n")
        if style in ("pword", "bracket"):
            if BASIS.match(s):
                return None
            return style, number, title, rest.strip(" \t\u3000")
        if not title:
            return (style, number, "", "") if style == "pnum" else None
        # 議案第２号　にしの区…: after a case number a title may start with any syllable.
        if (title[0] in _NOT_TITLE_START and style != "case") or (style in ("num", "kana") and _COUNTER_START.match(title)):
            return None
        k = compact(title)
        if "。" in title:
            # A container heading may carry the first sentence on its line: (2) 諮問事項 市長から…
            head = re.split(r"[ \t\u3000]", title, maxsplit=1)
            if len(head) == 2 and CONTAINER.match(compact(head[0])):
                return style, number, head[0], head[1]
            # (1)会長の選任 委員の互選により…選出された。: a results page states what was done
            # after each heading, on its line.
            said = title_and_summary(title) if style in _SUMMARY_STYLES else None
            if said:
                return style, number, said[0], said[1]
            return None
        if title.endswith(("、", "，", ",")) or len(k) > 160:
            return None
        if style in ("circ", "pnum") and ASPECT_JOIN.search(title):
            # ①家庭教育事業、②地域事業、③…: entries run together with 読点 enumerate within a line (what a case
            # covers), where a heading holds one entry.
            return None
        if style == "kana" and len(k) < 3:
            return None
        if style == "case":
            return style, number, title, f"{m.group('w')}"
        if style in ("num", "pnum", "dai"):
            # 1.議 題 1.所管事務調査事項「…」: the section's word, then its first entry on the same line.
            inner = _SECTION_THEN_ENTRY.match(title)
            if inner is not None:
                entry = parse_heading(inner.group("r"))
                if entry is not None:
                    return entry
            word = _AGENDA_WORD_FIRST.match(title)
            if word is not None:
                # (2)議題 …について: the section's word, then the entry's title; the word names no case.
                return style, number, title[word.end("w"):].strip(" \t\u3000"), ""
        if style in ("nittei", "dai"):
            # 日程第２　議案第１号　…: the case number, not the order of business, names the item.
            inner = parse_heading(title)
            if inner is not None and inner[0] == "case":
                return inner
        return style, number, title, ""
    return None


_KIND_MARK_ALONE = re.compile(r"[（(](?:諮問|報告)[）)]")


def _prev_classified(kinds: dict[int, str], i: int) -> int | None:
    """The line above ``i`` that is not blank, once classified."""
    j = i - 1
    while kinds.get(j) == "blank":
        j -= 1
    return j if j in kinds else None


def classify(lines: list[str], start: int, family: str | None,
             found: dict[int, dict[str, LabelMatch]] | None, analysed: BodyLines) -> Body:
    kinds: dict[int, str] = {}
    labels: dict[int, LabelMatch] = {}
    markers: dict[int, str] = {}
    basis: dict[int, tuple[str, str]] = {}
    raw_headings: list[Heading] = []
    forced: dict[int, str] = {}
    numbered = family == "circle" and _numbered_statements(lines, start)
    view = analysed
    roster = view.roster
    paired = _open_twins(lines, start, found) if family == "circle" else None
    for i in range(start, len(lines)):
        s = view.text[i - start]
        if not s or RULE.fullmatch(s):
            # ──────: a rule between orders of business says nothing.
            kinds[i] = "blank"
            continue
        if _KIND_MARK_ALONE.fullmatch(s) and raw_headings and raw_headings[-1].line == _prev_classified(kinds, i):
            # （3）…について / （諮問）: a PDF wrapped the heading at the page's edge before its kind mark.
            raw_headings[-1].title += s
            kinds[i] = "consumed"
            continue
        core = view.core[i - start]
        if not core:
            # •\u00a0: a bullet before a white space the blanks' strip keeps leaves nothing to read.
            kinds[i] = "blank"
            continue
        if numbered and core[0] in SPEAKER_MARKS and not NUMBERED_STATEMENT.match(s):
            # The panel header a minutes site prints before each numbered statement.
            kinds[i] = "panel"
            continue
        if is_clock_line(s):
            kinds[i] = "clock"
            continue
        if found is not None and i < start + 3000:
            lm = found.get(i, {}).get(family) if family else None
        else:
            lm = match_label(s, family, core) if family else None
        if i in roster:
            kinds[i] = "roster"
            continue
        if lm is None and paired is not None and core[0] in paired:
            # ■北野委員長 for the members, □南田次長 for the officials: the mark's open twin labels too.
            lm = _open_twin_label(lines, i, paired[core[0]] + core[1:])
        if lm is None and family not in (None, "alone") and i < start + 3000:
            lm = _titled_label_alone(lines, i, found, family)
        elif lm is None and family == "alone" and i < start + 3000:
            lm = _label_run_into_speech(found, i) or _greeting_over_speech(lines, i)
        if lm is not None and lm.text and question_subjects(lm.text, lines[i + 1] if i + 1 < len(lines) else ""):
            lm = None
        if lm is not None and (lm.text or (lm.family == "circle" and not lm.needs_speech) or _next_is_text(lines, i)
                               or _cut_speech_under_bracket(lines, i, lm)):
            kinds[i] = "turn"
            labels[i] = lm
            continue
        if NARRATION.match(core) and not MARKER.match(core):
            kinds[i] = "narration"
            continue
        mk = MARKER.match(core)
        if mk:
            kinds[i] = "marker"
            markers[i] = mk.group("name")
            continue
        bm = BASIS.match(core)
        if bm:
            kinds[i] = "basis"
            basis[i] = (bm.group("inner"), bm.group("rest"))
            continue
        agenda_marked = core[0] in AGENDA_MARKS
        if agenda_marked:
            # △日程第３　議案第１号　…, △議案第１号: a minutes system marks each order of business so.
            core = core[1:].lstrip(" \t\u3000")
            # △議案第１号の上程、説明、質疑、討論、採決: the bill's business, all of it under one line.
            ref = BARE_CASE.match(compact(core)) if core else None
            if ref and _BILL_BUSINESS.fullmatch(compact(core)[ref.end():]):
                kinds[i] = "heading"
                raw_headings.append(Heading(line=i, style="case", number=ref.group("n"), title=ref.group(0), rest=ref.group("w")))
                continue
            if not core:
                kinds[i] = "blank"
                continue
        marked = core[0] in SPEAKER_MARKS
        bare = _BARE_NITTEI.fullmatch(core[1:].lstrip(" \t\u3000") if marked else core)
        if bare and (bare.group("w") == "日程" or bare.group("n").isdigit()):
            # 日程第１ alone, its title on the next line (請願・陳情審査結果報告); ○議題1 / …について likewise.
            j = i + 1
            nxt = lines[j].strip(" \t\u3000") if j < len(lines) else ""
            if nxt and len(nxt) <= 120 and "。" not in nxt and nxt[0] not in SPEAKER_MARKS and not NARRATION.match(nxt):
                forced[j] = (bare.group("w"), bare.group("n"))
                kinds[i] = "consumed"
                continue
        h = parse_heading(core[1:].lstrip(" \t\u3000") if marked else core)
        if h is None and i in forced:
            word, num = forced[i]
            h = ("nittei", num, core, "") if word == "日程" else ("case", num, core, word)
        if h is not None and h[0] != "case" and _SECTION_WORD.fullmatch(compact(h[2])):
            # 1. 概要 / 2. 質疑及び意見 under a case: the parts of its record, as 【質疑】 would be.
            kinds[i] = "marker"
            markers[i] = compact(h[2])
            continue
        if h is not None:
            style, number, title, rest = h
            kinds[i] = "heading"
            sub = _INLINE_SUBHEADING.match(title) if style != "case" else None
            if sub:
                # (4)…の運営について ア …の流れ: the entry's first lettered case on its own line.
                raw_headings.append(Heading(line=i, style=style, number=number, title=sub.group("p"), cls="parent"))
                style, number, title = "kana", sub.group("n"), sub.group("t")
            tail = _NEXT_SECTION_RUN_ON.match(title) if style in ("pnum", "circ", "pkana") else None
            if tail:
                # (4) …事業報告について 5 情報交換: the outer list's next section run onto the last entry of a
                # list flattened into lines; it heads what follows, as on a line of its own.
                raw_headings.append(Heading(line=i, style=style, number=number, title=tail.group("t"), rest=rest))
                raw_headings.append(Heading(line=i, style="num", number=tail.group("n"), title=tail.group("w"), cls="parent"))
                continue
            raw_headings.append(Heading(line=i, style=style, number=number, title=title, rest=rest))
            continue
        if agenda_marked:
            kinds[i] = "mark"  # △会期の決定: business of the sitting, not a case
            continue
        if len(core) <= 8 and (_BARE_CONTAINER.fullmatch(core) or _BARE_AGENDA_WORD.fullmatch(core)) and _numbered_below(lines, i):
            # 諮問事項 / 1. …について(…課): a section word alone over a numbered list gives the kind of its cases.
            kinds[i] = "heading"
            raw_headings.append(Heading(line=i, style="pword", number=None, title=core))
            continue
        if marked and (family == "circle" or _BUSINESS_LIST.fullmatch(compact(core[1:]))) and CONTAINER.match(compact(core[1:])):
            # ○報告事項, ○付託案件: the kind of the numbered cases under it.
            kinds[i] = "heading"
            raw_headings.append(Heading(line=i, style="mark", number=None, title=core[1:].strip(" \t\u3000")))
            continue
        if marked and family == "circle":
            # ○議事日程, 〇出席議員: in a document whose turns open with a mark, a marked line
            # that names no speaker is a heading of its own, never part of the previous speech.
            kinds[i] = "mark"
            continue
        if core[0] in TOPIC_MARKS:
            # ◇ 燃焼設備の工事について: a summary record's topic, between one answer and the next question.
            kinds[i] = "topic"
            continue
        if _PAPERS_LINE.fullmatch(core):
            kinds[i] = "papers"
            continue
        kinds[i] = "note" if core.startswith(("※", "＊")) else "text"
    body = Body(start=start, family=family, kinds=kinds, labels=labels, markers=markers, headings=[], basis=basis)
    body.headings = _finish_headings(lines, body, raw_headings)
    _papers_are_not_cases(body)
    _checked_papers_are_not_cases(lines, body)
    _groups_under_rosters_are_not_cases(body)
    body.turn_text = _turn_texts(lines, body)
    return body


# The filled marks a house style labels members with, and the open twin it may label the officials with.
_OPEN_TWIN = {"■": "□", "◆": "◇"}


def _open_twins(lines: list[str], start: int, found: dict[int, dict[str, LabelMatch]] | None) -> dict[str, str] | None:
    """{open: filled} for each filled mark (■, ◆) that opens circle labels in the body; None where none does."""
    if not found:
        return None
    out = {}
    for i, fams in found.items():
        if i >= start and "circle" in fams:
            c = lines[i].lstrip(" \t\u3000")[:1]
            if c in _OPEN_TWIN:
                out[_OPEN_TWIN[c]] = c
    return out or None


def _open_twin_label(lines: list[str], i: int, marked: str) -> LabelMatch | None:
    """□南田次長 / 本日は…。 read as ■南田次長: a role or a name and title, over a speech or with one (not □資料に基づいて
    説明, a note of what was done)."""
    lm = match_label(marked, "circle")
    if lm is None or not strict_role(lm.label) or not (lm.text and _sentence(lm.text) or not lm.text and _next_is_text(lines, i)):
        return None
    return lm


def _groups_under_rosters_are_not_cases(body: Body) -> None:
    """5 執行部出席者 / (1)各局 (会計局) 会計管理者 北野一郎 … / (2)…: the groups a roster's numbered section lists who
    attended by are no cases, up to its next section of the same style."""
    turns = sorted(body.labels)
    for k, h in enumerate(body.headings):
        if (h.style not in _LIST_STYLES or h.cls != "procedural" or not _ROSTER_SECTION.match(h.title)
                or not _ROSTER_SECTION.fullmatch(compact(h.title) + " ")):
            continue  # the section's word alone on its line: its groups are listed below it
        for g in body.headings[k + 1:]:
            if (g.style == h.style or g.style not in _LIST_STYLES or g.cls in ("container", "other")
                    or any(h.line < t < g.line for t in turns)):
                break  # 【報告事項】, 議題: the agenda's own heading ends the roster
            g.cls = "procedural"


# 堺市市民協働課参事 alone on its line over a speech, in minutes whose other labels are marked.
_UNIT_TITLE = re.compile(r".{1,16}(?:課|部|室|局|センター|事務所)(?:長|参事|副参事|主幹|主査|係長|課長補佐|補佐|次長|担当)$")


def _label_run_into_speech(found: dict[int, dict[str, LabelMatch]] | None, i: int) -> LabelMatch | None:
    """委員 / (speech on the next lines) … 事務局 どうもご苦労さまです。…: in minutes whose labels stand alone over
    the speech, a label set off by a blank where the speech's first line ran into it (a speaker column flattened)."""
    lm = (found or {}).get(i, {}).get("space")
    if lm is None or not strict_role(lm.label) or not _SENTENCE_END.search(lm.text[:80]):
        return None
    return lm


def _greeting_over_speech(lines: list[str], i: int) -> LabelMatch | None:
    """1 開会 (会長あいさつ) / みなさん、おはようございます。…: among labels alone on their lines, a step naming who greets
    over the greeting is that speaker's label too."""
    nxt = _next_line(lines, i)
    if not nxt or nxt[0] in SPEAKER_MARKS or not _sentence(nxt) or is_structural(nxt):
        return None
    return greeting_step_label(lines, i)


_ACT_DONE = re.compile(r"(?:説明|報告|挨拶|あいさつ|紹介)(?:を行った|があった|がありました|を行いました)?。$")


def _titled_label_alone(lines: list[str], i: int, found: dict[int, dict[str, LabelMatch]] | None,
                        family: str | None = None) -> LabelMatch | None:
    nxt = _next_line(lines, i)
    speech_next = bool(nxt) and nxt[0] not in SPEAKER_MARKS and _sentence(nxt) and not is_structural(nxt)
    if family == "paren":
        lm = bare_surname_label(lines[i].strip(" \t\u3000"))
        if lm is not None:
            return lm if nxt and _sentence(nxt) and not is_structural(nxt) else None
    if speech_next and len(nxt) <= 40 and _ACT_DONE.search(nxt) and lines[i].rstrip(" \t\u3000").endswith(("より", "から")):
        # 事務局より / 資料1について説明。: one sentence of narration that the page broke after its subject.
        speech_next = False
    for lm in (found or {}).get(i, {}).values():
        if lm.needs_speech and lm.family not in HOUSE_ONLY_ACT_FAMILIES and speech_next:
            # 【会長よりあいさつ】 over the greeting, in minutes whose other labels are written otherwise.
            return lm
    greeting = greeting_step_label(lines, i) if speech_next else None
    if greeting is not None or family == "paren":
        # 2 会長(市長)あいさつ over the greeting: the step names who speaks, in any house style.
        return greeting
    lm = (found or {}).get(i, {}).get("alone")
    if lm is None or not _UNIT_TITLE.fullmatch(compact(lm.label)):
        return None
    nxt = _next_line(lines, i)
    return lm if nxt and nxt[0] not in SPEAKER_MARKS and _sentence(nxt) and not is_structural(nxt) else None


# 会議資料 / 1. 当日配布資料 / (1)次第 …: the list under it names papers handed out.
# 〈資料確認〉 / 進行より配付資料の確認がある。 / 1. …レジュメ / 2. …: the step of checking the papers, the list under it
# names them.
_PAPERS_LINE = re.compile(r"[(（【\[［〔<＜]?(?:会議|配布|配付|当日配布|事前配布|事前送付|参考)?資料(?:一覧)?[)）】\]］〕>＞]?")
# 〈資料確認〉 / 進行(北野次長)より配付資料の確認がある。 / 1. …レジュメ / 2. …資料1: the papers checked, named in the numbered
# list right under the sentence that narrates the check (配付資料の確認 alone is a step of the sitting; the agenda may follow).
_PAPERS_CHECKED = re.compile(r"資料の?確認(?:が|を)(?:ある|あった|行う|行った|行われ|する|した)")


def _papers_are_not_cases(body: Body) -> None:
    turns = sorted(body.labels)
    for k, h in enumerate(body.headings):
        if h.style in _LIST_STYLES and _PAPERS_LINE.fullmatch(compact(h.title)):
            # 5.資料 / (1)議題1資料(1)… / (2)…: a numbered section of the papers, up to the next heading of its style.
            h.cls = "procedural"
            for g in body.headings[k + 1:]:
                if g.style == h.style or any(h.line < t < g.line for t in turns):
                    break
                g.cls = "procedural"
    papers = sorted(i for i, k in body.kinds.items() if k == "papers")
    if not papers:
        return
    for h in body.headings:
        start = max((p for p in papers if p < h.line), default=None)
        if start is not None and not any(start < t < h.line for t in turns):
            h.cls = "procedural"


def _checked_papers_are_not_cases(lines: list[str], body: Body) -> None:
    checks = [i for i, k in body.kinds.items() if k == "text" and "確認" in lines[i] and _PAPERS_CHECKED.search(lines[i])]
    for c in checks:
        for h in body.headings:
            if h.line <= c:
                continue
            if h.style not in _LIST_STYLES or any(body.kinds.get(i) not in ("blank", "heading") for i in range(c + 1, h.line)):
                break  # the list ends at the first line that is not one of its entries
            h.cls, c = "procedural", h.line


def _numbered_statements(lines: list[str], start: int) -> bool:
    """Whether statements are numbered (1: ◯委員長 …), so that unnumbered marked lines are panels."""
    hits = 0
    for i in range(start, min(len(lines), start + 3000)):
        line = lines[i]
        if (":" in line or "：" in line) and NUMBERED_STATEMENT.match(line):
            hits += 1
            if hits >= 2:
                return True
    return False


def _turn_texts(lines: list[str], body: Body) -> dict[int, str]:
    """A turn's words: the rest of its label line and the paragraphs that continue it."""
    out: dict[int, str] = {}
    order = sorted(body.labels)
    for pos, i in enumerate(order):
        lm = body.labels[i]
        parts = [lm.text] if lm.text else []
        stop = order[pos + 1] if pos + 1 < len(order) else len(lines)
        for j in range(i + 1, stop):
            k = body.kinds.get(j)
            if k == "text":
                parts.append(lines[j].strip())
            elif k in ("blank", "consumed"):
                continue
            else:
                break
        out[i] = "\n".join(parts).replace("**", "").strip()
    return out


# 2, - 3 -, ─ 4 ─: a page's number left between two turns by the page break, dropped as a page footer.
_PAGE_NUMBER_ALONE = re.compile(r"[-－―─—ー]?[ \u3000]*[0-9０-９]{1,4}[ \u3000]*[-－―─—ー]?")


def unattributed_lines(lines: list[str], body: Body) -> list[int]:
    """Lines of text between two turns that no turn took: after a turn's words stop (at a direction, a line of a
    shape no rule reads) and before the next label, with no heading, marker or topic between. Neither a speech
    nor a known kind of line, they are lost from the record; the parse warns of them."""
    out: list[int] = []
    if not body.labels:
        return out
    taken: set[int] = set()
    order = sorted(body.labels)
    for pos, i in enumerate(order):
        stop = order[pos + 1] if pos + 1 < len(order) else len(lines)
        for j in range(i + 1, stop):
            k = body.kinds.get(j)
            if k == "text":
                taken.add(j)
            elif k not in ("blank", "consumed"):
                break
    pending: list[int] = []
    after_turn = False
    for j in range(body.start, len(lines)):
        k = body.kinds.get(j)
        if k == "turn":
            out.extend(pending)
            pending, after_turn = [], True
        elif k == "text":
            if after_turn and j not in taken and not _PAGE_NUMBER_ALONE.fullmatch(lines[j].strip(" \t\u3000")):
                pending.append(j)
        elif k in ("blank", "consumed", "narration", "clock", None):
            continue
        else:
            pending, after_turn = [], False
    return out


def _next_nonblank(body: Body, i: int, end: int) -> int | None:
    for j in range(i + 1, end):
        k = body.kinds.get(j)
        if k not in (None, "blank", "consumed"):
            return j
    return None


def _prev_nonblank(body: Body, i: int) -> int | None:
    for j in range(i - 1, body.start - 1, -1):
        k = body.kinds.get(j)
        if k not in (None, "blank", "consumed"):
            return j
    return None


# イ 由良川地域森林計画の変更 / 由良川地域森林計画の変更については、諮問案は妥当であると認める: what was said of the
# case, its subject set out first, is no wrapped tail of the title.
_TOPIC_SENTENCE = re.compile(r"については[、,]|について[、,]\S")


_NUMBER_CELL = re.compile(r"第[0-9０-９]{1,3}号")
_NOTE_ALONE = re.compile(r"[（(][^（）()]{1,8}[）)]")


# 資料(…)を基に説明(説明:北野主査): the line under a case that says from what and by whom it was explained; no second
# line of its title.
_EXPLAINED_FROM_PAPERS = re.compile(r"(?:を基に|をもとに|に基づき|により)説明|[(（]説明[:：][^()（）]{1,16}[)）]$")


def _finish_headings(lines: list[str], body: Body, headings: list[Heading]) -> list[Heading]:
    n = len(lines)
    for h in headings:
        parent = h.cls == "parent"
        split_title(h)
        if parent:
            # Its lettered cases are the items; it only groups them.
            classify_heading(h)
            if h.cls == "item":
                h.cls, h.container_kind = "container", h.kind_hint
            continue
        # The title of 【諮問案件1】 is the next line; a heading's department or the
        # second half of a two-line title may follow it too.
        noted = _take_proposer_note(lines, body, h, n)
        j = _next_nonblank(body, h.line, n)
        if h.style in ("pnum", "case") and not h.title and j is not None and body.kinds[j] == "text":
            # (1) alone on its line (a PDF's table cell): its title is the next line, past a section word; so is
            # 第1号's under 事前説明 (a 都市計画審議会's table of cases, one cell a line).
            t = lines[j].strip(" \t\u3000")
            k = _next_nonblank(body, j, n)
            if CONTAINER.match(compact(t)) and k is not None and body.kinds[k] == "text":
                j, t = k, lines[k].strip(" \t\u3000")
            said = title_and_summary(t) if "。" in t else None
            if said or ("。" not in t and len(t) <= 80):
                h.title, h.rest = said if said else (t, "")
                body.kinds[j] = "consumed" if not said else "text"
                split_title(h)
        elif h.style == "bracket" and not h.rest and j is not None and body.kinds[j] == "text":
            t = lines[j].strip(" \t\u3000")
            k = _next_nonblank(body, j, n)
            if t and compact(h.title).startswith(compact(t)) and k is not None and _NUMBER_CELL.fullmatch(lines[k].strip(" \t\u3000")):
                # 【事前説明案件】 / 事前説明 / 第1号 / 札幌圏都市計画…の変更: a table of cases one cell a line, the kind's word and
                # the case's number before its title.
                title_at = _next_nonblank(body, k, n)
                if title_at is not None and body.kinds[title_at] == "text":
                    body.kinds[j] = body.kinds[k] = "consumed"
                    j, t = title_at, lines[title_at].strip(" \t\u3000")
            if len(t) <= 200 and (not t.endswith("。") or t.count("。") == 0):
                h.rest = t
                body.kinds[j] = "consumed"
                j = _next_nonblank(body, j, n)
        elif (h.style in ORDINAL_STYLES and _KIND_WORD.fullmatch(compact(h.title)) and j is not None
              and body.kinds[j] == "text" and "。" in lines[j] and _TITLE_THEN_ITS_SUMMARY.match(lines[j].strip(" \t\u3000"))):
            # (3)審議事項 / …の策定について…の策定について、課長から説明がなされ…。: a results page prints the
            # case's title, then a summary that opens with it; the summary stays as the case's text.
            h.kind_hint = "報告" if "報告" in h.title or "説明" in h.title else "諮問" if "諮問" in h.title else "その他"
            h.title = _TITLE_THEN_ITS_SUMMARY.match(lines[j].strip(" \t\u3000")).group("t")
            by = _EXPLAINED_BY.search(lines[j])
            if by and is_unit_list(by.group("u")):
                h.depts.extend(unit_names(by.group("u")))
        elif (h.style in ORDINAL_STYLES and _KIND_WORD.fullmatch(compact(h.title)) and j is not None
              and body.kinds[j] == "text" and "。" not in lines[j] and len(lines[j].strip()) <= 120
              and not _LIST_INTRO.match(lines[j].strip(" \t\u3000"))
              # 5.報告事項 / 〈資料1へ〉(PDF:337KB): a link to the paper under the word is no case's title.
              and not _DOCUMENT_LABEL.match(lines[j].strip(" \t\u3000"))):
            # (1) 諮問 / 新座駅南口駅前防犯カメラ設置に伴う…について: the kind, then the case's title.
            # A 説明事項 is explained to the body, nothing put to it: a report.
            h.kind_hint = "報告" if "報告" in h.title or "説明" in h.title else "諮問" if "諮問" in h.title else None
            h.title = lines[j].strip(" \t\u3000")
            body.kinds[j] = "consumed"
            k = _next_nonblank(body, j, n)
            by = _EXPLAINED_BY.search(lines[k]) if k is not None and lines[k].strip(" \t\u3000").startswith(h.title) else None
            if by and is_unit_list(by.group("u")):
                h.depts.extend(unit_names(by.group("u")))
        elif (h.style not in ("bracket", "pword", "talk") and h.title and j is not None and body.kinds[j] == "text"
              and not CONTAINER.match(compact(h.title)) and (h.style == "case" or not h.rest)):
            t = lines[j].strip(" \t\u3000")
            dm = _dept_line(t)
            k = _next_nonblank(body, j, n)
            if dm and is_unit_list(dm.group("p")):
                h.depts.extend(unit_names(dm.group("p")))
                body.kinds[j] = "consumed"
            elif ("。" not in t and len(t) <= 80 and (k is None or body.kinds[k] != "text" or _dept_line(lines[k].strip()))
                  and not _RESULT_ARROW.match(t) and not h.depts and not _DATED.search(t)
                  and not _RECORD_SECTION.match(compact(t)) and not _LENTICULAR_SECTION.match(t) and not _BARE_SECTION.fullmatch(t)
                  and not _GROUP_COUNT.match(t) and not _BUSINESS_DONE_NOTE.match(t) and not _NARRATED_STEP.search(t)
                  and not _LIST_INTRO.match(t) and not _TOPIC_SENTENCE.search(t) and not _ENTRY_ALONE.fullmatch(t)
                  and not _EXPLAINED_FROM_PAPERS.search(t)
                  and not (_WHOLE_CASE_TITLE.search(h.title) and _FORM_LABEL.fullmatch(t))
                  # (1)…への対応について / 認定薬局について / - 委員: …: a whole title, then a topic of its own under it
                  # (the questions' subject), no second line of the title.
                  and not (_WHOLE_CASE_TITLE.search(h.title) and _WHOLE_CASE_TITLE.search(t) and not _JOINED_ON.match(t))
                  # (2)…について / 各部会長から、…予定が (the text's end): a whole title, then a sentence the end of the
                  # text cut off before its full stop.
                  and not (_WHOLE_CASE_TITLE.search(h.title) and k is None and "、" in t and len(t) > 20)
                  # • (3)…について(報告) / • …の全体概要説明: a bulleted entry is followed by the next bullet, never its
                  # own title's second line.
                  and not (t[:1] in "•・" and lines[h.line].lstrip(" \t\u3000")[:1] in "•・")):
                # A title that closed with its department, or a line that carries a date (a page's
                # running header: 教育委員会 第20回定例会 (平成25年6月28日)), continues nothing.
                # 議案第11号 …特別会計補 / 正予算(第3号): a bill's long title wrapped at the page's edge, inside a
                # word, closes up; a short one, or one cut after a word's end, keeps a gap.
                wrapped = h.style == "case" and len(h.title) >= 15 and _WORD_END_WRAPPED.search(h.title)
                gap = "" if wrapped and _WORD_GOES_ON.match(t) else " "
                h.title = f"{h.title}{gap}{t}"
                split_title(h)
                body.kinds[j] = "consumed"
                if k is not None and body.kinds[k] == "text":
                    dm = _dept_line(lines[k].strip())
                    if dm and is_unit_list(dm.group("p")):
                        h.depts.extend(unit_names(dm.group("p")))
                        body.kinds[k] = "consumed"
        if h.style == "bracket" and h.rest:
            h.title, h.rest = (h.rest, h.title)
            split_title(h)
        if not noted:
            _take_proposer_note(lines, body, h, n)
        classify_heading(h)
    # Lists inside a speech ("(1) 保存期間 (2) 委託先") are not agenda headings.
    accepted: list[Heading] = []
    run: list[Heading] = []
    for h in headings + [None]:  # type: ignore[list-item]
        if h is not None and run and _next_nonblank(body, run[-1].line, h.line + 1) == h.line:
            run.append(h)
            continue
        if run:
            if _inside_speech(lines, body, run) and not _sibling_follows_before_the_speech(body, run, headings):
                for r in run:
                    body.kinds[r.line] = "text"
            else:
                accepted.extend(run)
        run = [h] if h is not None else []
    return _nested_entries(lines, body, accepted)


def _number(h: Heading) -> int | None:
    value = nfkc(h.number or "")
    return int(value) if value.isascii() and value.isdigit() else None


_LIST_STYLES = ("num", "pnum", "circ", "sqnum", "kana", "pkana")


def _nested_entries(lines: list[str], body: Body, headings: list[Heading]) -> list[Heading]:
    """Lists whose nesting the page's layout lost.

    1. 「…」の重要文化的景観について / 1. 選定答申 / 2. 景観づくり助成事業: an entry straight above a same-style
    list restarting at 1 groups that list; its entries are the cases. (1)…について / ア …: a lone lettered
    entry under a case (no イ after it) is what the case covers, no case of its own.
    """
    kept: list[Heading] = []
    heard: Heading | None = None
    for k, h in enumerate(headings):
        prev = headings[k - 1] if k else None
        nxt = headings[k + 1] if k + 1 < len(headings) else None
        if heard is not None and h.style == heard.style:
            # 2.有識者からのヒアリング / 1)…の取組について / 2)…: what each of those heard spoke on is part of the
            # hearing, the one case.
            body.kinds[h.line] = "text"
            continue
        heard = None
        if (h.cls == "item" and "ヒアリング" in h.title and nxt is not None and nxt.style != h.style
                and _number(nxt) == 1 and _next_nonblank(body, h.line, len(lines)) == nxt.line):
            heard = nxt
        if (h.cls == "item" and h.style in ("kana", "pkana") and prev is not None and prev.cls == "item"
                and prev.style != h.style and (nxt is None or nxt.style != h.style)):
            body.kinds[h.line] = "text"
            continue
        after = headings[k + 2] if k + 2 < len(headings) else None
        if (h.cls == "item" and nxt is not None and after is not None and h.style not in ("kana", "pkana")
                and nxt.style in ("kana", "pkana") and after.style == nxt.style and nxt.number == "ア"
                and nxt.cls == "item" and after.cls == "item"
                and _next_nonblank(body, h.line, len(lines)) == nxt.line):
            # (5)関連法令の状況について / ア … / イ …: the lettered entries are the cases.
            h.cls, h.container_kind = "container", h.kind_hint
        elif (h.cls == "item" and nxt is not None and nxt.style == h.style and h.style in _LIST_STYLES and _number(nxt) == 1
                and (_number(h) or 0) >= 1 and _next_nonblank(body, h.line, len(lines)) == nxt.line
                and compact(nxt.title) != compact(h.title)):
            h.cls, h.container_kind = "container", h.kind_hint
        kept.append(h)
    return kept


# 議題1 / 議事2 before a case: its place on the agenda, no part of its title.
_AGENDA_PLACE = re.compile(r"^(?:議題|議事|案件)[ \t\u3000]*[0-9０-９]{1,2}[ \t\u3000]+(?=\S)")
_AGENDA_PLACE_BRACKETED = re.compile(r"^(?:議題|議事|案件)[ \t\u3000]*[(（][0-9０-９]{1,2}[)）][ \t\u3000]*(?=\S)")
# 1 日時平成18年…, 2 場所市役所…, 3 出席者会長 …: a header's numbered fields, the value glued to the label.
_GLUED_FACT = re.compile(
    r"^(?:(?:開催)?日時(?:令和|平成|昭和|[0-9])|(?:場所|会場)(?![のにをがはとで])|(?:出席者|欠席者|出席委員|欠席委員)(?![のにをがはとで数])|(?:会議の?内容|議事の?経過)(?!について))"
)
_DATED = re.compile(r"(?:令和|平成|昭和|[0-9]{4})[ \t\u3000]*(?:元|[0-9０-９]{1,2})?[ \t\u3000]*年[ \t\u3000]*[0-9０-９]{1,2}[ \t\u3000]*月[ \t\u3000]*[0-9０-９]{1,2}[ \t\u3000]*日")
# 事務局報告事項, 委員長、委員、教育長報告事項: who reports, then the container's word; its cases follow.
_WHOSE_BUSINESS = re.compile(r"^[^「」『』。]{1,24}?(?P<k>報告|諮問|審議|協議)事項$")
# (指導室長): the head of a unit named for the unit that brings the case.
_UNIT_HEAD = re.compile(r"^(?P<u>[^（）()、,]{1,24}?(?:課|室|部|局|所|館|センター))長$")
_BARE_SECTION = re.compile(r"審議|協議|報告|答申|諮問")
# 事務局から次の事項について報告, 資料に基づき説明: the step under a title, said without a sentence's full stop.
_NARRATED_STEP = re.compile(
    r"(?:から|より)[^「」]{0,24}(?:報告|説明)(?:があった|を受けた|した)?$|(?:から|より)[、,]?[^「」。]{0,40}(?:報告|説明)(?:があり|があった|を受け)|"
    r"資料に(?:基づ|沿っ|より)|"
    # 事務局にて資料1の説明, 事務局にて前回の検討内容について確認: who did the step, and what.
    r"^(?:事務局|担当課|[^\s「」。、]{1,12}課)にて[^「」。]{0,40}(?:説明|報告|確認)"
)
# 1. (1) …について: a second number the layout put after the first.
_NEXT_CASE = re.compile(r"[、，,][ \t\u3000]*(?:議案|報告|諮問|認定|請願|陳情|発議)第[0-9０-９]{1,3}号[ \t\u3000]*(?=\S)")
_INNER_NUMBER = re.compile(r"^[(（][0-9０-９]{1,2}[)）][ \t\u3000]*(?=\S)")
# 第1号 …について / →原案どおり決定されました: an arrow under a title gives what was decided, no part of the title.
_RESULT_ARROW = re.compile(r"^[→⇒➡]")


_LETTERS = "アイウエオカキクケコサシスセソタチツテト"


def _sibling_follows_before_the_speech(body: Body, run: list[Heading], headings: list[Heading]) -> bool:
    """ア …選任された。 / イ 入札制度について / …参事より説明。 / ウ 次回の日程: a results summary above the first speech
    narrates what was done under each lettered entry (the outline's level under (3) 議事); an entry whose next letter
    follows among the headings is one of the list, not a list inside a speech."""
    last = run[-1]
    if any(t <= last.line for t in body.labels):
        return False
    at = _LETTERS.find(last.number or "") if last.style in ("kana", "pkana") else -1
    if not 0 <= at < len(_LETTERS) - 1:
        return False
    return any(h.line > last.line and h.style == last.style and h.number == _LETTERS[at + 1] for h in headings)


# 審議2「…工事」 alone on its line: a case's word, its number and its quoted title head the case, wherever the
# record of the case before it ended (a speech's list never takes this shape).
# (2)議題 …の契約状況について: the numbered entry says itself that it is the agenda's.
# The bare agenda words only: 報告事項 and the like give their entries a kind, read where the title goes on.
_AGENDA_WORD_FIRST = re.compile(r"^(?P<w>議題|議事)[ \t\u3000]+\S")
_NUMBERED_AGENDA_WORD_FIRST = re.compile(r"^(?:[(（][0-9０-９]{1,2}[)）]|[0-9０-９]{1,2}[.．、]?)[ \t\u3000]*(?:議題|議事)[ \t\u3000]+\S")
_QUOTED_CASE_LINE = re.compile(r"^(?:審議|報告|諮問|議題|議事|議案|案件|協議)[ \t\u3000]*[0-9０-９]{1,3}「[^「」]{2,80}」$")


def _inside_speech(lines: list[str], body: Body, run: list[Heading]) -> bool:
    if any(h.cls != "item" or h.depts or h.kind_hint or h.style in ("bracket", "pword") for h in run):
        return False
    if all(_QUOTED_CASE_LINE.match(lines[h.line].strip(" \t\u3000"))
           or _NUMBERED_AGENDA_WORD_FIRST.match(lines[h.line].strip(" \t\u3000")) for h in run):
        return False
    p = _prev_nonblank(body, run[0].line)
    q = _next_nonblank(body, run[-1].line, len(lines))
    if p is None or q is None or _NARRATED_STEP.search(lines[p]) or closes_a_case(lines[p]):
        return False
    return body.kinds[p] in ("turn", "text") and body.kinds[q] == "text" and "。" in lines[q]


def split_title(h: Heading) -> None:
    """Move trailing （諮問）/（報告） and （担当課） out of a heading title into kind and departments."""
    title = h.title.strip(" \t\u3000")
    if "資料" in title:
        title = _PAPERS_TAIL.sub("", title)
    title = _INNER_NUMBER.sub("", title)
    if "号" in title:
        # 議案第71号 北野町下水道条例…、議案第72号 北野町給水条例…: the bills taken up together, named in one line, are
        # no one case; the agenda names each.
        title = "" if _NEXT_CASE.search(title) else title
    if "公開" in title:
        title = _PUBLICITY_MARK.sub("", title)
    if "・" in title:
        # (3)委員研修会について ・その他(公開): the next group's bullet run onto the last entry of the one before.
        title = _NEXT_GROUP_BULLET.sub("", title)
    if title.endswith(("]", "］")):
        title = _STEPS_TAIL.sub("", title)
    if title.endswith(("回)", "回）")):
        title = _SITTINGS_ON_THE_APPEAL.sub("", title)
    m = _BRACKETED_CASE_PREFIX.match(title) if title[:1] in "(（" or "号" in title[:16] else None
    if m:
        word = m.group("w")
        h.kind_hint = h.kind_hint or series_kind(word)
        title = title[m.end():]
    m = _CONTAINER_PREFIX.match(title)
    if m:
        h.kind_hint = h.kind_hint or {"報告": "報告", "諮問": "諮問"}.get(m.group("w"))
        title = title[m.end():]
    m = _AGENDA_PLACE.match(title)
    inner = parse_heading(title[m.end():]) if m else None
    if inner and inner[0] == "case":
        # 5 議題1 議案第1号 …について: the header's section, the agenda's place, then the case.
        word = inner[3]
        h.kind_hint = h.kind_hint or ("諮問" if word == "諮問" else "報告" if word in ("報告", "報") else "その他")
        title = inner[2]
    elif m is None and title[:2] in ("議題", "議事", "案件"):
        m = _AGENDA_PLACE_BRACKETED.match(title)
        if m:
            title = title[m.end():]  # 議題(1)…について: the agenda's place repeated over its case
    m = _QUOTED_TITLE.match(title) or _FILED_UNDER_QUOTED.match(title)
    if m:
        if m.start("t") > 1 and title[:4] in ("報告事項", "説明事項", "諮問事項"):
            # 報告事項「…」: the section word gives the kind of the case quoted after it.
            h.kind_hint = h.kind_hint or ("諮問" if title[:2] == "諮問" else "報告")
        title = m.group("t")
    m = _KIND_THEN_BRACKET.match(title)
    if m:
        # 議案1.諮問(…について): the kind, its case in the brackets.
        h.kind_hint = h.kind_hint or m.group("k")
        title = m.group("t")
    for _ in range(3):
        if title.rstrip(" \t\u3000\n")[-1:] not in ("）", ")", "】"):
            break  # both patterns below end in a closing bracket; most titles do not
        m = _KIND_MARK.search(title)
        if m:
            k = m.group("k") or m.group("n")
            h.kind_hint = h.kind_hint or ("報告" if k == "報告" else "諮問" if k in ("諮問", "答申", "継続審議", "継続") else None)
            title = title[: m.start()].rstrip(" \t\u3000")
            continue
        tagged = business_tag(title)
        if tagged and _all_units(unit_names(tagged[2])):
            title, kind, units = tagged
            h.kind_hint = h.kind_hint or kind
            h.depts.extend(unit_names(units))
            continue
        m = _TRAILING_PAREN.search(title)
        inner = (m.group("p") or m.group("b")) if m and m.start() > 0 else None
        units = unit_names(inner) if inner else []
        head = _UNIT_HEAD.match(compact(inner)) if inner and not units else None
        if head:
            units = unit_names(head.group("u"))
        if _all_units(units) and not _SUBJECT_OF_LICENCE.search(title[:m.start()]):
            h.depts.extend(units)
            h.dept_note = h.dept_note or m.group(0).strip(" \t\u3000")
            title = title[: m.start()].rstrip(" \t\u3000")
            continue
        m = _REFERRAL_NOTE.search(title)
        if m and m.start() > 0:
            # (令和2年12月7日付け…第261号で諮問のあった件): how the case came, not what it is.
            h.kind_hint = h.kind_hint or "諮問"
            title = title[: m.start()].rstrip(" \t\u3000")
            continue
        break
    m = _CASE_PREFIX.match(title)
    if m and len(title) > m.end():
        h.kind_hint = h.kind_hint or m.group("w")
        title = title[m.end():]
    if h.style == "case" and len(h.rest) > 2 and h.rest.endswith("案件"):
        # 報告案件第1号: the word before 案件 says the kind where it is 報告 or 諮問; any other (事前説明案件) says none.
        h.rest = "諮問" if "諮問" in h.rest else "報告" if "報告" in h.rest else ""
    if h.style == "case" and h.rest in ("諮問", "報告", "報"):
        h.kind_hint = h.kind_hint or ("諮問" if h.rest == "諮問" else "報告")
        h.rest = ""
    elif h.style == "case" and h.rest in ("議案", "請願", "陳情", "議", "発議", "承認", "認定", "同意", "意見書案", "決議案",
                                         "意見案", "発議案"):
        # An assembly's bill is neither a consultation nor a report to a council.
        h.kind_hint = h.kind_hint or "その他"
        h.rest = ""
    if "年" in title and (" " in title or "\u3000" in title):
        title = _SPACED_ERA_YEAR.sub(r"\1\2", title)  # 平成 28 年度…: a PDF's spaced digits closed up
    if len(title) >= 40 and (" " in title or "\u3000" in title):
        # …障がいのある 人もない人も…まちづく り条例に係る…について: a long title that a PDF wrapped keeps a
        # blank where each line ended; one after a kana, inside a phrase, is closed up.
        title = _WRAP_GAP.sub("", title)
    h.title = title


_SPACED_ERA_YEAR = re.compile(r"(令和|平成|昭和)[ \u3000]*([0-9０-９]{1,2}|元)[ \u3000]+(?=年)")
_WRAP_GAP = re.compile(r"(?<=[ぁ-ゖ])[ \u3000](?=[ぁ-ゖ一-龥々ァ-ヶ])")


# 議事次第 (PDF形式:8KB), 【資料1】 …, (参考資料2) …: a list of the papers handed out names
# documents, not the cases taken up; a case's title may carry a link's file note, which goes.
_FILE_NOTE = re.compile(
    r"[ \t\u3000]*[(（\[［](?:PDF|Word|Excel|ワード|エクセル)[^)）\]］]{0,12}?[0-9０-９.,]+[ \t\u3000]*[KkMmＫｋＭｍ][BbＢｂ][)）\]］]"
)
_DOCUMENT_LABEL = re.compile(
    # 【議事資料1】…出展報告: the papers of the 議事 labelled as such, as 【資料1】 is.
    # 〈資料1へ〉(PDF:337KB): a page's link to the paper, the way to it (へ) inside its angle brackets.
    r"^(?:[【(\[〔〈<＜](?:参考|配付|配布|当日|議事)?資料[0-9\-‐－−・、,～〜~資料]*へ?[】)\]〕〉>＞]|(?:参考|配付|配布|当日|議事)?資料[0-9\-‐－−]*[ \t\u3000]*[:：]"
    # 資料1 北野計画の概要, 資料No.2 …, 資料3-1…: a paper's own label opens the line; a paper handed out, no case.
    r"|(?:参考|配付|配布|当日|議事)?資料(?:No\.?|NO\.?|№)?[0-9０-９]{1,2}(?:[-‐－−][0-9０-９]{1,2})*(?![0-9０-９、,，年月日号]))"
)
# 【資料2−1、資料2−2】 after an agenda entry: the papers it goes with, no part of its title.
# …について 〈資料1〉 (ア)趣旨,(イ)構成: the papers' reference ends the title; the points listed after it are what the
# case covers.
_PAPERS_TAIL = re.compile(r"(?<=\S)[ \t\u3000]*[【\[［〔〈<＜](?:参考|配付|配布|当日)?資料[0-9０-９\-‐－−・、,～〜~資料]*[】\]］〕〉>＞](?:[ \t\u3000]+\S.*)?[ \t\u3000]*$")
# ( 発言要旨 ), <審議>, 主な内容, 会議概要: the record's own sections, padding between the agenda and the speeches.
# 1 - city.kitano.lg.jp · また、…: a document-sharing site's page furniture, the source's address
# printed over its text, no case.
_WEB_ADDRESS = re.compile(r"(?:[a-z0-9-]+\.)+(?:lg|go|or|co|ne|ac)\.jp|www\.[a-z0-9-]+\.|https?://", re.IGNORECASE)
_RECORD_SECTION = re.compile(
    r"^(?:[0-9０-９]{1,2}[.．、]?)?[(（<＜〈【\[［]?(?:発言(?:要旨|要録|概要|内容)|主な(?:内容|意見|発言|質疑)(?:等)?|(?:会議|審議|議事)の?(?:概要|内容|経過|要旨|大要)(?:等)?|(?:委員)?意見の?(?:内容|要旨|概要)|"
    # 議題に属さない発言: the turns no item was given, after the last item (shingikai's own 会議録).
    # 5.質疑、意見等の概要: the account of the questions on the cases above, no case of its own.
    r"審議・協議内容|質疑応答|質疑(?:[、・]|及び)?(?:意見|応答)等?の(?:概要|要旨|内容)|議題に属さない発言|概要|要旨|大要)[)）>＞〉】\]］]?"
    # 4 概要(敬称略): the record's section with a note on how names are written, no case.
    r"(?:[(（](?:敬称(?:略|省略)|[^()（）]{1,6}順)[)）])?$"
)
# 【主な質疑(意見)及び回答】 alone on its line: a section of the record in lenticular brackets, whatever its words
# (【資料3】 under a title is the title's papers).
_LENTICULAR_SECTION = re.compile(r"^【(?!(?:参考|配付|配布|当日)?資料)[^【】]{2,30}】$")
# 陳情1件 / (各委員長報告、質疑) below a bill of an order of business: the count of the next group and what is
# done with the bill, no part of its title.
_GROUP_COUNT = re.compile(r"^(?:議案|報告|諮問|請願|陳情|認定|承認|同意)[ \t\u3000]*[0-9０-９]{1,3}[ \t\u3000]*件$")
# (提案説明・質疑・討論・採決), [提案理由の説明、質疑、討論、表決]: the steps a bill goes through, noted under it.
_BUSINESS_DONE_NOTE = re.compile(
    r"^[(（\[［][^()（）\[\]［］]{0,16}(?:報告|質疑|討論|採決|表決|提案説明|提案理由)[^()（）\[\]［］]{0,16}[)）\]］]$")
# ≪1.開会≫: a section heading wrapped in double angle brackets with its number inside.
# <開会>, 〈議題〉: a section heading in angle brackets, as a table of contents or a page prints its steps.
_WRAPPED_SECTION = re.compile(r"^[≪《«](?:[0-9]{1,2}[.、)]?)?(?P<t>[^≫》»]+)[≫》»]$|^[<＜〈](?P<a>[^<＜〈>＞〉]+)[>＞〉]$")


# …の一括上程──────本日の会議に付した事件: a rule run onto a heading, and what follows it, are no part of it.
_RULE_TAIL = re.compile(r"[─━—―]{3,}.*$")

# 4 議事等(公開・非公開の別), 6 議事 〔すべて公開〕: a group word with a note of whether its business was heard in public; the
# note belongs to the form's field, the word still heads the cases under it.
_DISCLOSURE_NOTE = re.compile(r"[（(〔【\[［][^（）()〔〕【】\[\]［］]{0,10}公開[^（）()〔〕【】\[\]［］]{0,10}[）)〕】\]］]$")


# 1 舎冷房設備設置工事（… R6.1.18 市長 － － － － R6.1.18 可 決: a 議決結果表's row, its cells read across one
# line (dates in the short era form, empty cells dashed); the bill is titled where the agenda lists it.
# 北野 隆之君出 16 南田里子君出: a seat table's row of an assembly's roster (honoured names, 出 or 欠 after each).
_RESULTS_TABLE_ROW = re.compile(
    r"(?:^|[ \t\u3000])[RHS][0-9]{1,2}\.[0-9]{1,2}\.[0-9]{1,2}(?=[ \t\u3000])|[－―-](?:[ \t\u3000]+[－―-]){2,}"
    r"|[一-龥々ぁ-ん]君[ \t\u3000]*[出欠](?:[ \t\u3000]|$)"
    # 1   北野 一郎  出    9   南田花子   出: the same row with the names bare, the mark set off by blanks and the next seat's
    # number after it (or the line's end).
    r"|[一-龥々ぁ-んァ-ヶ?？][ \t\u3000]+[出欠](?:[ \t\u3000]+[0-9０-９]{1,3}[ \t\u3000]|[ \t\u3000]*$)")


# 介護保険事業計画推進会議 alone: the body whose sitting a group of cases belongs to (…委員会について is a case).
_BODY_NAME_ALONE = re.compile(r"[^、。「」『』]{2,30}(?:会議|協議会|委員会|審議会|分科会)")


_CASE_TITLE_END = re.compile(r"(?:について|に関して|の件|[（(]案[）)]|[（(]素案[）)])")
# 報告1.…について / 案件名: a whole title, then a form's label cell beside the list (a short word, kanji only), no tail.
_WHOLE_CASE_TITLE = re.compile(r"(?:について|に関して|の件)$")
_JOINED_ON = re.compile(r"(?:及び|並びに|ならびに|と|、|,)")
_FORM_LABEL = re.compile(r"[一-龥]{2,6}")
# 議件 委員長の選任について: a group word, a blank, then the entry under it.
_GROUP_WORD_BEFORE = re.compile(r"^(?P<w>[^\s、。]{2,8})[ \t\u3000]+(?P<t>\S.*)$")
_PAPERS_FIELD = re.compile(r"(?:会議|配布|配付|当日配布|事前配布|事前送付)資料(?:一覧)?")


# (1) 委員 11人 / (2) 事務局 5人: who attended, counted by group.
_PEOPLE_COUNT = re.compile(r"[一-龥]{1,8}[0-9０-９]{1,3}(?:人|名)")


_JAPANESE_LETTER = re.compile(r"[ぁ-んァ-ヶ一-龥々]")


# 2 / 16 8 発言の内容(要旨): a page counter (page 2 of 16) read as a number over the rest of the line.
_PAGE_COUNT_REST = re.compile(r"^[/／][ \t\u3000]*[0-9０-９]{1,3}(?:[ \t\u3000]|$)")
_CHAIR_NOTE = re.compile(r"[【(（][^【】()（）]*議長[^【】()（）]*[】)）]$")
_APPOINTMENT = re.compile(r"(?:委員|議員)の?選任")
# (13)同意第8号 監査委員の選任の件: a 付議事件 listed by its number in another numbering keeps the bill's number before
# its title; the appointment is put to the house for its consent, as under 議案第31号.
_CONSENT_NUMBER_FIRST = re.compile(r"(?:議案|同意|承認)第[0-9０-９]{1,3}号")
_CLOCK_FIRST = re.compile(r"(?:午前|午後)[0-9０-９一二三四五六七八九十]{1,3}時")
_PAGED_STEP = re.compile(r"^[0-9０-９]{1,2}[ \t\u3000]+(?P<t>\S.*)$")


def classify_heading(h: Heading) -> None:
    """item, container (諮問事項), procedural (開会, 委嘱状交付 …) or other (その他)."""
    note = ("B" in h.title or "b" in h.title or "Ｂ" in h.title) and _FILE_NOTE.search(h.title)
    if note:
        h.title = _FILE_NOTE.sub("", h.title)
    k = _RULE_TAIL.sub("", compact(h.title))
    if _DOCUMENT_LABEL.match(k) or note and not k or _WEB_ADDRESS.search(h.title) or _RECORD_SECTION.match(k) or _RESULTS_TABLE_ROW.search(h.title):
        h.cls = "procedural"
        return
    if _NOTE_ALONE.fullmatch(k) or _BUSINESS_DONE_NOTE.match(k):
        h.cls = "procedural"  # (市決定) in a table of cases: a note alone names no case
        return
    wrapped = _WRAPPED_SECTION.match(k)
    if wrapped:
        k = wrapped.group("t") or wrapped.group("a")
    k_bare = _ABOUT.sub("", k)
    if h.style == "bracket" and h.rest and not h.rest.startswith("【"):
        # 【諮問案件1】 with its title on the next line: the bracket names the kind.
        h.container_kind = None
        inner = compact(h.rest)
        if "報告" in inner and "諮問" not in inner:
            h.kind_hint = h.kind_hint or "報告"
        elif "諮問" in inner:
            h.kind_hint = h.kind_hint or "諮問"
        if CONTAINER.match(k_bare) or not k:
            h.cls = "container"
            h.container_kind = h.kind_hint
            h.title = h.rest if not k else h.title
        elif PROCEDURAL.match(k_bare) or PROCEDURAL.match(k):
            # 【案件1】会長及び副会長の選出について: the bracket numbers a step of the sitting as it numbers the cases.
            h.cls = "procedural"
        return
    if not k:
        h.cls = "container"
        return
    if (k.isdigit() or not _JAPANESE_LETTER.search(k) or h.style == "num" and _PAGE_COUNT_REST.match(h.title)
            or len(k) == 1 and h.style in ("num", "pnum")):
        # 1.開 / 7.閉: a step whose last letter the page lost (開 会 spaced, cut at the blank) names no case.
        # (3) / 1 ○委員長 …: a page's number over the next page's first line names no case.
        # 0 views, 1 / 15: a document site's counters and page marks; a case is named in Japanese.
        h.cls = "procedural"
        return
    if (CONTAINER.match(k_bare) or CONTAINER.match(k) or "議長" in k and CONTAINER.match(_CHAIR_NOTE.sub("", k))
            or CONTAINER.match(_DISCLOSURE_NOTE.sub("", k))):
        # 6 議題【以下、議長は北野委員長】: the group word with a note of who chairs from here.
        h.cls = "container"
        bills = "議案" in k
        # 議案・報告案件 names two kinds: the groups under it say which.
        h.container_kind = (None if bills and ("報告" in k or "諮問" in k) else "その他" if bills
                            else "報告" if "報告" in k or k_bare == "説明事項" else "諮問" if "諮問" in k else None)
        return
    whose = _WHOSE_BUSINESS.match(k)
    if whose:
        h.cls = "container"
        h.container_kind = {"報告": "報告", "諮問": "諮問"}.get(whose.group("k"))
        return
    if k_bare in ("その他", "その他事項", "その他報告", "その他の事項") or k.startswith("その他"):
        h.cls = "other"
        return
    grouped = _GROUP_WORD_BEFORE.match(h.title.strip(" \t\u3000"))
    if grouped and CONTAINER.match(compact(grouped.group("w"))):
        # 議件 委員長及び副委員長の選任について: the group's word run onto the line of the step listed under it.
        k_bare = _ABOUT.sub("", compact(grouped.group("t")))
    elif (grouped and PROCEDURAL.match(compact(grouped.group("w"))) and not _CASE_TITLE_END.search(grouped.group("t"))
          and "。" not in grouped.group("t") and len(grouped.group("t").split()) >= 3):
        # 2.会長挨拶 資 料 北野市PTA連合会 1 主査: a step of the sitting, a flattened table's stray cells (three or more
        # short pieces, no case's title) run on after it.
        k_bare = compact(grouped.group("w"))
    elif grouped and PROCEDURAL.match(compact(grouped.group("w"))) and _PAPERS_FIELD.fullmatch(compact(grouped.group("t"))):
        # 5 閉 会 配付資料 会議次第: the last step of a flattened 次第, the form's next field (the papers) run on after it.
        k_bare = compact(grouped.group("w"))
    # 2 1 開会: a page's number before the step's own number; the step is what is numbered.
    # 1.午後2時30分 / 事務局 …: a narrated record's paragraph that opens with the clock tells when, no case.
    paged = _PAGED_STEP.match(h.title.strip(" \t\u3000"))
    if paged and PROCEDURAL.match(compact(paged.group("t"))) or _CLOCK_FIRST.match(k):
        h.cls = "procedural"
        return
    if (PROCEDURAL.match(k_bare) or (k != k_bare and PROCEDURAL.match(k)) or _BODY_NAME_ALONE.fullmatch(k) or _ISO_DATE.search(k) or _header_fact(h.title)
            or _GLUED_FACT.match(k)
            or _ROSTER_SECTION.match(h.title) or _PEOPLE_COUNT.fullmatch(k)):
        if not ((h.style == "case" or _CONSENT_NUMBER_FIRST.match(k)) and _APPOINTMENT.search(k) and "設置" not in k):
            # An ISO date belongs to a page's furniture (長崎市議会 2015-05-07), never to an agenda item.
            # 議案第31号 監査委員の選任について: an appointment put to the house as a numbered bill asks its consent; a case
            # (発議第13号 …特別委員会の設置並びに委員の選任について sets up the house's own committee: procedure).
            h.cls = "procedural"
            return
    if _YEAR_ALONE.fullmatch(k):
        # (1) / 平成22年度 / 第2回…会議録: a PDF's page number over the cover's year names no case.
        h.cls = "procedural"
        return
    h.cls = "item"
    if h.style in _SUMMARY_STYLES and h.rest and RECEIVED_REPORT.match(h.rest):
        h.kind_hint = h.kind_hint or "報告"  # …について、…の報告を事務局から受けた: a report received


# 平成22年度, 令和6年: a year alone, never a case's title.
_YEAR_ALONE = re.compile(r"(?:(?:令和|平成|昭和)(?:元|[0-9０-９]{1,2})|[0-9０-９]{4})年度?")

# 1.事務局員 北野局長 南田次長, 1.出席委員 ◎北野 ○南田: who attended, under a number like the agenda's.
_ROSTER_SECTION = re.compile(
    # 出席並びに欠席委員: both lists under one label; 庁議構成員, 幹事 企画課長…, 事務局等の出席者: who attends.
    # 5 執行部 なし, 6 書記 議会事務局長 北野一郎: the executive and the clerks attending an assembly's committee.
    # 5.議会職員 課長 北野一郎, 6.説明のために出席した者の職氏名 なし: the same groups as other assemblies' forms name them;
    # 4 委員外出席議員 なし: the members of the house sitting in from outside the committee.
    # 議会事務局職員出席者, 委員外議員傍聴者, 出席を求めた参考人, 地方自治法第105条による議長の出席: who attended or listened, the group named
    # before the word.
    # 5.地方自治法第105条の規定による出席者 議長 北野一郎: the field with the letter-spaced name joined onto it.
    # 7.理事者 別紙のとおり, 9.新 聞 北山新聞: the executive and the press attending an assembly's committee.
    # 3 定数及び出席委員数 定員16名 現員16名, 6 出席事務職員 4名 …: a 農業委員会's form counts its seats and names its clerks.
    r"^[^、。\s]{1,16}(?:条|規定)による出席者|^(?:理事者|新聞|報道(?:機関|関係者)?)(?:[ \t\u3000(（:：]|$)|"
    r"^(?:委員|議員)?定数(?:及び|並びに|・|と)出席(?:委員|議員|者)数(?=[ \t\u3000(（:：]|$)|"
    r"^(?:[^、。\s]{1,20}(?:出席者|傍聴者|傍聴人|参考人|による[^、。\s]{1,6}の出席)(?=[ \t\u3000(（:：]|$)|"
    r"(?:庁議)?構成員|関係職員|幹事|[^、。\s]{1,8}の出席者|(?:委員外)?(?:出席|欠席)(?:(?:並びに|及び|・)(?:出席|欠席))?(?:した)?(?:事務局|事務)?(?:委員|議員|者|説明員|職員|団体名?|機関名?)|説明のため(?:の|に)?出席(?:した|を求めた)?者(?:の職・?氏名)?|執行者|執行部|書記|事務局(?:員|職員|出席者)|議会職員|説明員|傍聴(?:者|人))(?:[ \t\u3000(（:：]|$)"
)


def _header_fact(title: str) -> bool:
    """1 日 時 平成29年10月10日…, 3 出席者 …: the header repeated over the proceedings names no case."""
    found = match_field(title)
    return found is not None and found[0] not in ("agenda", "result", "members")


_ISO_DATE = re.compile(r"(?:19|20)[0-9]{2}-[0-9]{1,2}-[0-9]{1,2}")
_PATH_PREFIX = re.compile(r"^.+?[部局](?=.+(?:課|室|係|センター|所|館|園|担当|グループ|チーム)$)")


def is_unit_list(text: str) -> bool:
    return _all_units(unit_names(text))


def _all_units(names: list[str]) -> bool:
    return bool(names) and all(len(n) <= 30 for n in names)


_PAREN_NOTE = re.compile(r"[（(][^（）()]*[）)]")
_BLANKS = re.compile(r"[ \t\u3000]+")
_UNIT_SEPARATOR = re.compile(r"及び|並びに|[、,，/／]")
_ABOUT = re.compile(r"(?:について|の件)$")
_BUREAU_END = re.compile(r"[部局]$")


def unit_names(text: str) -> list[str]:
    """Department names from 市民部税務課・市民課 or 総務部 市民課及び税務課."""
    # A department is named again in every case it brings; each name is read once.
    return list(_unit_names(text or ""))


_MATTERS_OF = re.compile(r"(?<=[部局課室])関係$")


@lru_cache(maxsize=4096)
def _unit_names(text: str) -> tuple[str, ...]:
    t = _PAREN_NOTE.sub("", text)
    t = _BLANKS.sub("", t)
    if not t:
        return ()
    parts = _UNIT_SEPARATOR.split(t)
    out: list[str] = []
    for part in parts:
        if not part:
            continue
        # (地域振興部関係): the business of the bureau, no 係 of its own.
        part = _MATTERS_OF.sub("", part)
        pieces = part.split("・")
        if len(pieces) > 1 and all(UNIT_END.search(p) for p in pieces if p):
            out.extend(p for p in pieces if p)
        else:
            out.append(part)
    units = [u for u in out if UNIT_END.search(u) and 2 <= len(u) <= 30]
    if not units or len(units) != len([u for u in out if u]):
        return ()
    stripped = []
    for u in units:
        s = u
        while True:
            m = _PATH_PREFIX.match(s)
            if not m or s.startswith("事務局"):
                break
            s = s[m.end():]
        stripped.append(s)
    # A bare 部/局 beside a more specific unit is only the path of that unit.
    specific = [u for u in stripped if not _BUREAU_END.search(u) or u.endswith("事務局")]
    result = specific or stripped
    return tuple(dict.fromkeys(result))


# 日程第1 会議録署名議員指名日程第2 会期の決定日程第3 …: a flattened 議事日程 with no break between entries.
_RUN_ON_ORDER = re.compile(r"(?<=[^\s第])(?=(?:追加)?日程第[ \t\u3000]*[0-9０-９]{1,3}[ \t\u3000]+\S)")
# 令和元 / 年度長門市: an era year cut before its 年.
_CUT_ERA_YEAR = re.compile(r"(?:令和|平成|昭和)[ \t\u3000]*(?:元|[0-9０-９]{1,2})$")
# …条例の一部改 / 正について, …を改正 / する条例, …(第7 / 号)について: a line an aggregator broke inside a word.
_CONTINUES_WORD = re.compile(r"^(?:年度?|号|する|される|した|について|ついて|て|正|に関|に係|及び|並びに|[のはをがにでと、。・）)」』])")
_ENDS_MID_TITLE = re.compile(r"(?:の|に|及び|並びに|に関する|に係る|を|改|一部|[市町村]|[（(][^（）()]*)$")
_STARTS_ENTRY = re.compile(
    r"^(?:(?:追加)?日程第|(?:議案|議|報告|報|諮問|請願|陳情|認定|承認|同意|発議|意見書案|意見案|決議案|監査報告)第[ \t\u3000]*[0-9０-９]|"
    r"[一-龥]{1,8}第[ \t\u3000]*[0-9０-９]{1,3}[ \t\u3000]*号[ \t\u3000]+\S|"
    r"第[ \t\u3000]*[0-9０-９]{1,3}(?:[ \t\u3000]*号|[ \t\u3000.．])|[0-9０-９(（①-⑳⑴-⒇・•\-－○◎●〇◯△▲【〔<＜]|[ア-ン][ \t\u3000.．、])"
)


# 日程第４　…補正予算（第１０号））　　　　（市長提出議案第１号）: who brought the entry and its number, set to the right
# of the title or on the line below it; （監査報告） marks the auditors' report, （議長指名第１号） the chair's business.
PROPOSER_NOTE = re.compile(
    r"[（(](?:(?:[市町村区]長|議長|議員|委員会|委員長|監査委員)(?:提出|指名)(?P<w>議案|報告|諮問|意見書案|決議案|発議)?"
    r"第(?P<n>[0-9０-９]{1,3})号|(?P<audit>監査報告))[）)]"
)


def proposer_note(note: re.Match[str]) -> tuple[tuple[str, int] | None, str | None]:
    """The bill a PROPOSER_NOTE names (series, number) and the kind the note says: 報告 for （監査報告） or a report."""
    bill = (note.group("w"), int(nfkc(note.group("n")))) if note.group("w") else None
    return bill, "報告" if note.group("audit") or note.group("w") == "報告" else None


def _take_proposer_note(lines: list[str], body: Body, h: Heading, n: int) -> bool:
    """（市長提出議案第１号） on the line under an order-of-business entry (under its title's second line, where the
    title wrapped): the bill's number, no part of its title. Whether the note was there."""
    j = _next_nonblank(body, h.line, n)
    while j is not None and body.kinds[j] == "consumed":
        j = _next_nonblank(body, j, n)
    note = PROPOSER_NOTE.fullmatch(lines[j].strip(" \t\u3000")) if j is not None and h.title else None
    if note is None or body.kinds[j] not in ("text", "stage", "narration"):
        return False
    bill, kind = proposer_note(note)
    h.bill, h.kind_hint = h.bill or bill, h.kind_hint or kind
    body.kinds[j] = "consumed"
    return True


# How a title ends when it is whole: …について, …条例, …意見書, …の調査結果, …の利用状況; 北見市財政問題にかかわる
# is a title broken off.
WHOLE_TITLE_END = re.compile(
    r"(?:について|の件|に関する件|条例|規則|規約|規程|規定|要綱|予算|決算|計画|契約|指定|選任|任命|推薦|変更|改正|廃止|設置|"
    r"制定|締結|認定|承認|同意|報告|申請|請願|陳情|意見書|決議|事業|取得|処分|譲渡|譲与|処理|件|案|交付|承継|解散|編入|策定|"
    r"認可|方針|基準|設定|結果|状況|[)）」』】])$"
)
_TITLED_CASE = re.compile(r"第[ \t\u3000]*[0-9０-９]{1,3}[ \t\u3000]*号(?:議案)?[ \t\u3000]+\S")


# (1)アンケート調査結果について ア 乳幼児期アンケート結果について イ 市民アンケート結果について: entries of a list run
# onto one line, each opened by its number or letter after a gap.
_RUN_ON_ENTRY = re.compile(r"(?<=\S)[ \t\u3000]+(?=(?:[(（][0-9０-９]{1,2}[)）]|[ア-ン][ \t\u3000])\S)")


def _entries_run_on(line: str) -> list[str]:
    """The entries of an agenda line that holds several, where the line opens one and every piece but the last
    closes as a whole title does (…について); any other line is left whole."""
    text = line.strip(" \t\u3000")
    if not _STARTS_ENTRY.match(text) or not _RUN_ON_ENTRY.search(text):
        return [line]
    pieces = _RUN_ON_ENTRY.split(text)
    if all(WHOLE_TITLE_END.search(p) for p in pieces[:-1]):
        return pieces
    return [line]


# その他, 閉会: an agenda's last steps, unnumbered on lines of their own, never the rest of the title above.
_ENTRY_ALONE = re.compile(r"その他|閉会|閉会あいさつ|散会")


def rejoin_agenda_lines(block: list[str]) -> list[str]:
    """An agenda's lines as its entries: a run-on 議事日程 split at each 日程第N, and titles an aggregator
    wrapped mid-word (令和元 / 年度長門市 / 一般会計補正予算, …一部改 / 正について) joined again.

    A line continues the one above only where the break cannot end a title: an era year without 年, an
    open bracket, a particle, or a line that starts inside a word; a line that opens an entry never does."""
    out: list[str] = []
    titled = False  # the line above is a numbered case's title (議案第16号 北見市水道事業給水条例の), or goes on with one
    for raw in map(one_number, block):
        pieces = (_RUN_ON_ORDER.split(raw) if "日程第" in raw
                  else titles_joined(raw) or [p for step in steps_apart(raw) for p in _entries_run_on(step)])
        for line in pieces:
            text = line.strip(" \t\u3000")
            if not text:
                continue
            if out and PROPOSER_NOTE.fullmatch(text):
                out[-1] = out[-1].rstrip(" \t\u3000") + "\u3000\u3000" + text  # the note under its entry
                continue
            if out and not _STARTS_ENTRY.match(text) and not _ENTRY_ALONE.fullmatch(text):
                above = out[-1].rstrip(" \t\u3000")
                unbalanced = sum(above.count(c) for c in "（(") > sum(above.count(c) for c in "）)")
                if (_CUT_ERA_YEAR.search(above) or unbalanced or _CONTINUES_WORD.match(text)
                        or (_ENDS_MID_TITLE.search(above) or titled and not WHOLE_TITLE_END.search(above))
                        and (text[0] not in "（(【〔")):
                    out[-1] = above + text
                    continue
            titled = bool(_TITLED_CASE.search(text))
            out.append(line)
    return out


# --- business given outside a numbered agenda ------------------------------------------------
# 審議 / ・円照寺の梵鐘 / 報告 / ・下村湖人終焉の地 / 答申 / ・…: a summary form's subjects as bullets under a
# bare group word. Only 報告 says a kind; 答申 bullets say nothing of the answer.
# ○審議 / 【再評価】 / <ダム事業> ・…事業 (北山県) / ○報告【再評価】 / <河川事業> ・…事業 ・…事業 (北山県) (南山県): a bureau's
# press release flattens the same list: the group word after a mark, with the kind of review in brackets after it or on
# the next line, each bullet after the project's class in angle brackets, several bullets to a line and the places'
# brackets after them (out of step where the page ran them together); the project is the subject.
_GROUP_WORD = re.compile(r"(?:[○〇◯●◆■][ \t\u3000]*)?(?P<w>審議|報告|答申|協議|諮問)(?:事項|案件)?(?:[ \t\u3000]*【[^【】]{1,10}】)?")
_GROUP_BULLET = re.compile(r"^[・•][ \t\u3000]*(?P<t>[^。•]{2,60})$")
_GROUP_NOTE = re.compile(r"【[^【】]{1,10}】")
_PROJECT_CLASS = re.compile(r"^[<＜〈][^<>＜＞〈〉]{1,12}[>＞〉][ \t\u3000]*(?=[・•])")
_BULLETS_APART = re.compile(r"[ \t\u3000]+(?=[・•])")
_PLACES_AFTER = re.compile(r"[ \t\u3000]+[(（].*$")
# 議題及び議事の内容 / - …の改正(案)について / 部会から…を報告。 / 報告等 / - …について / …の経過を説明: a summary page's
# subjects as hyphen bullets under a bare group word (議題, 議事, 報告 and 等 or 及び議事の内容 after it), each bullet
# followed by a line or two of what was done with it. A bullet in the past tense (…について報告しました。,
# …について答申されました。) names its subject up to について.
_DASH_GROUP_WORD = re.compile(r"(?P<w>審議|報告|答申|協議|諮問|議題|議事)(?:事項|案件)?等?(?:及び議事の(?:内容|概要))?")
_DASH_BULLET = re.compile(r"^[-－][ \t\u3000]+(?P<t>[^。•\-－]{2,60}?)"
                          r"(?:(?<=について)(?:答申|報告|説明|協議|審議|承認|了承)(?:され|し)(?:ました|た)。)?$")
_DASH_NARRATION = re.compile(r"(?:。|説明|報告)$")


def bulleted_groups(lines: list[str], start: int) -> list[tuple[str, str | None, list[str]]]:
    """(title, kind, departments) for each subject, once each, as first listed."""
    found: dict[str, tuple[str, str | None, list[str]]] = {}
    word: str | None = None
    for line in lines[start:]:
        s = line.strip(" \t\u3000")
        if not s:
            continue
        g = _GROUP_WORD.fullmatch(s)
        if g:
            word = g.group("w")
            continue
        if word is not None and _GROUP_NOTE.fullmatch(s):
            continue  # 【再評価】 on the line under ○審議: the kind of review, still the group's
        classed = _PROJECT_CLASS.match(s) if word is not None else None
        pieces = _BULLETS_APART.split(s[classed.end():]) if classed else [s]
        for piece in pieces:
            if classed:
                piece = _PLACES_AFTER.sub("", piece)
            b = _GROUP_BULLET.match(piece)
            if b is None:
                word = None
                break
            title = b.group("t").strip(" \t\u3000")
            if word is None or PROCEDURAL.match(compact(title)) or compact(title) == "その他":
                continue
            found.setdefault(compact(title), (title, "報告" if word == "報告" else "諮問" if word == "諮問" else None, []))
    return list(found.values()) or dashed_groups(lines)


def dashed_groups(lines: list[str]) -> list[tuple[str, str | None, list[str]]]:
    """(title, kind, departments) of the hyphen-bulleted subjects under bare group words (see _DASH_BULLET), in the
    header's lines as in the body's: a summary page's field 議題及び議事の内容 is where the header ends.

    Only a list broken up so (two group words over bullets, or lines of narration between the bullets) is read
    here; one unbroken run of bullets under 議題 is an ordinary list, the other readers' to read."""
    found: dict[str, tuple[str, str | None, list[str]]] = {}
    word: str | None = None
    bulleted = False  # a bullet of the group above: the lines after it tell what was done with it
    groups = narrated = 0
    for line in lines:
        s = line.strip(" \t\u3000")
        if not s:
            continue
        g = _DASH_GROUP_WORD.fullmatch(s)
        if g:
            word, bulleted = g.group("w"), False
            continue
        b = _DASH_BULLET.match(s)
        if b is None:
            if word and bulleted and _DASH_NARRATION.search(s):
                narrated += 1
            else:
                word, bulleted = None, False
            continue
        if word is None:
            continue
        groups += not bulleted
        bulleted = True
        title = b.group("t").strip(" \t\u3000")
        if PROCEDURAL.match(compact(title)) or compact(title) == "その他":
            continue
        found.setdefault(compact(title), (title, "報告" if word == "報告" else "諮問" if word == "諮問" else None, []))
    return list(found.values()) if groups >= 2 or narrated else []


# 日 程 1 所管事務調査報告)  (病院局)  (1)…について  (健康福祉局)  (2)…について: a committee's order of
# business flattened onto one line, each bureau in brackets over the cases it reports.
_FLAT_SCHEDULE = re.compile(r"日[ \t\u3000]*程[ \t\u3000]*[0-9０-９]{1,2}[ \t\u3000]+(?P<sec>[^()（）\s]{2,20})[)）]?(?P<rest>(?:[ \t\u3000]+[(（].*)?)$")
_FLAT_END = re.compile(r"^[ \t\u3000]*(?:[0-9０-９]{1,2}[ \t\u3000]|[" + SPEAKER_MARKS + r"])")


def flattened_schedule(lines: list[str], stop: int) -> list[tuple[str, str | None, list[str]]]:
    for i, line in enumerate(lines[:stop]):
        m = _FLAT_SCHEDULE.search(line) if "程" in line else None
        if m is None:
            continue
        # The page's own line breaks may fall anywhere in the run: it goes on to the next top entry.
        rest = [m.group("rest")]
        for nxt in lines[i + 1:i + 8]:
            if _FLAT_END.match(nxt):
                break
            rest.append(nxt)
        kind = "報告" if "報告" in m.group("sec") else None
        unit: list[str] = []
        entries: list[tuple[str, str | None, list[str]]] = []
        for piece in re.split(r"[ \t\u3000]{2,}", "  ".join(rest).strip(" \t\u3000")):
            u = re.fullmatch(r"[(（](?P<u>[^()（）0-9０-９]{2,20})[)）]", piece)
            if u and UNIT_END.search(u.group("u")):
                unit = [u.group("u")]
                continue
            e = re.fullmatch(r"[(（][0-9０-９]{1,2}[)）][ \t\u3000]*(?P<t>\S.{2,100})", piece)
            if e and not PROCEDURAL.match(compact(e.group("t"))):
                entries.append((e.group("t").strip(" \t\u3000"), kind, list(unit)))
        if entries:
            return entries
    return _marked_investigations(lines, stop)


# ■付託事件 な し ■所管事務調査  (産業文化局 / 1 …について  (市民局)  1 …  2 …  (市民局・産業文化局)  1 その他 ■出席委員:
# a committee record's header flattened by an aggregator, each ■ section run on; the bureau in brackets (its closing
# bracket sometimes lost at a line's end) over the themes it answers for, numbered afresh under each bureau.
_MARKED_SECTION = re.compile(r"■[ \t\u3000]*(?P<sec>所管事務調査|付託事件|審査事件|調査事件|協議事項|報告事項)")
_MARKED_UNIT = re.compile(r"[(（](?P<u>[^()（）0-9０-９\s]{2,20})[)）]?")
_MARKED_ENTRY = re.compile(r"[0-9０-９]{1,2}[ \t\u3000]+(?P<t>\S.{2,100})")


def _marked_investigations(lines: list[str], stop: int) -> list[tuple[str, str | None, list[str]]]:
    text = "  ".join(lines[:stop])
    if "■" not in text:
        return []
    entries: list[tuple[str, str | None, list[str]]] = []
    for m in _MARKED_SECTION.finditer(text):
        end = text.find("■", m.end())
        run = text[m.end():end if end >= 0 else len(text)]
        kind = "報告" if "報告" in m.group("sec") else None
        unit: list[str] = []
        for piece in re.split(r"[ \t\u3000]{2,}", run.strip(" \t\u3000")):
            u = _MARKED_UNIT.fullmatch(piece)
            if u:
                # (市民局・産業文化局): a business two bureaus share names no one of them.
                unit = [u.group("u")] if UNIT_END.search(u.group("u")) and "・" not in u.group("u") else []
                continue
            e = _MARKED_ENTRY.fullmatch(piece)
            if e and not PROCEDURAL.match(compact(e.group("t"))) and compact(e.group("t")) != "その他":
                entries.append((e.group("t").strip(" \t\u3000"), kind, list(unit)))
    return entries


# その後、早川座長の進行により、…の状況調査や県内市町村の文書管理状況を報告し、課題を検討しました: a news page
# gives the business in one sentence; each subject reported is a report.
_PROSE_REPORT = re.compile(r"(?:^|[、。])(?P<x>[^、。「」()（）]{6,80}?)を報告し[、,]")
_SUBJECTS_SPLIT = re.compile(r"(?<=[^\s])(?:や|及び|並びに)(?=[^\s])")


def prose_reports(lines: list[str], start: int, kinds: dict[int, str]) -> list[tuple[str, str | None, list[str]]]:
    for i in range(start, len(lines)):
        if kinds.get(i) not in ("text", None) or "を報告し" not in lines[i]:
            continue
        m = _PROSE_REPORT.search(lines[i])
        if m is None:
            continue
        parts = [p for p in _SUBJECTS_SPLIT.split(m.group("x")) if p]
        if all(len(p) >= 4 for p in parts):
            return [(p, "報告", []) for p in parts]
    return []
