"""Steps of the sitting itself printed with a note after them, which no case is.

開会 (会長あいさつ), 閉会 なし: the opening or closing with who does it in brackets, or a cell saying nothing was
done; 北山市あいさつ(南田副市長): a greeting with the greeter in brackets; (午前9時から9時50分まで): the time a part
took, alone in its bracket; 依頼状交付: the letters of request handed over, as 委嘱状交付 is; 新任委員の委嘱: the new
members appointed; 事務局紹介 これより協議会議事へ: the staff introduced, the step's cell run on into the next;
付議すべき事件: a convocation's field for the business, its label; 5.主な議事内容, 2.会議結果: the heading of the
summary's part, as 議事内容 is; 《配付資料確認》: the papers checked; 2 応招委員: an assembly's roster field;
議事録P5: a page reference into the full minutes; (1)議案の審査(2件), (2)送付された陳情(3件): a committee's group words
over the bills and petitions listed under them, the cases being those.
"""
from __future__ import annotations

SITTING_STEPS = (
    r"^(?:開会|閉会|散会)[ \t\u3000]*(?:[（(][^（）()]{1,20}[）)]|なし)$"
    r"|^[^、。\s]{0,12}(?:あいさつ|挨拶)[ \t\u3000]*[（(][^（）()]{1,20}[）)]$"
    r"|^[（(](?:午前|午後)?[0-9０-９]{1,2}時[^（）()]{0,20}[）)]$"
    r"|^(?:依頼状|委嘱状|辞令)の?(?:交付|伝達)$"
    r"|^(?:新任|新)?委員の?委嘱$"
    r"|^(?:事務局|職員|委員)(?:職員)?の?(?:自己)?紹介[ \t\u3000]*これより[^、。]{0,20}$"
    r"|^付議(?:すべき|する)事件$"
    r"|^(?:[0-9０-９]{1,2}[.．]?)?(?:主な|主要な)?(?:議事|審議|会議|協議)の?(?:内容|結果|概要|経過)$"
    r"|^[《〈<＜【]?配付資料の?確認[》〉>＞】]?$"
    r"|^(?:不)?応招(?:委員|議員)$"
    r"|^議事録[ \t\u3000]*[PpＰｐ][0-9０-９]{1,3}$"
    r"|^(?:(?:送付|付託)された(?:陳情|請願|議案)|(?:議案|陳情|請願)の審査)(?:[（(][0-9０-９]{1,2}件[）)])?$"
)
