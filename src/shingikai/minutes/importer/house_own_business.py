"""An assembly's business about itself and a roster's field over officials, which no case is.

一般質問及び質疑、委員会付託: a plenary's general questions run on with what is done with the bills (their questions and
their referral to committees), one step of the day; 特別委員会設置の件: the house sets up a special committee of its own
members, as it elects its officers (特別委員の選任 is read as 委員の選任 already); 8.関係町主管課長: the field listing
the member towns' officials present, a roster as 出席説明員 is.
"""
from __future__ import annotations

_STEP = r"(?:質疑|質問|討論|採決|表決|(?:常任)?委員会付託|付託|上程|提案説明)"

HOUSE_OWN_BUSINESS = (
    rf"^(?:一般質問|代表質問|緊急質問)(?:(?:及び|並びに|[、・,])(?:議案)?{_STEP})*$"
    r"|^[^、。]{0,20}特別委員会の?設置(?:の件|について)?$"
    r"|^(?:[0-9０-９]{1,2}[.．][ \t\u3000]*)?関係[^、。\s]{0,5}?(?:主管|担当)(?:課|部)?(?:長|職員)等?$"
)
