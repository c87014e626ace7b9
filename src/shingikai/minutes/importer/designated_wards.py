"""A ward of a designated city (政令指定都市) is no municipality: its city is.

高津区役所, 江南区自治協議会: the ward office a body meets in, or the ward council named by its ward, belong to the
city (川崎市, 新潟市); only Tokyo's 23 special wards (特別区) are municipalities of their own. A ward name that one
designated city alone has is read as that city; a name several share (西区, 南区, 緑区) is read as the one city of
them the text names, or else as none (a null is better than a ward that is no municipality). 中央区, 港区 and 北区
are special wards of Tokyo as well: those are left as they are.
"""
from __future__ import annotations

_WARDS = {
    "札幌市": "中央 北 東 白石 厚別 豊平 清田 南 西 手稲",
    "仙台市": "青葉 宮城野 若林 太白 泉",
    "さいたま市": "西 北 大宮 見沼 中央 桜 浦和 南 緑 岩槻",
    "千葉市": "中央 花見川 稲毛 若葉 緑 美浜",
    "川崎市": "川崎 幸 中原 高津 宮前 多摩 麻生",
    "横浜市": "鶴見 神奈川 西 中 南 港南 保土ケ谷 保土ヶ谷 旭 磯子 金沢 港北 緑 青葉 都筑 戸塚 栄 泉 瀬谷",
    "相模原市": "緑 中央 南",
    "新潟市": "北 東 中央 江南 秋葉 南 西 西蒲",
    "静岡市": "葵 駿河 清水",
    "浜松市": "中央 浜名 天竜 中 東 西 南 北 浜北",
    "名古屋市": "千種 東 北 西 中村 中 昭和 瑞穂 熱田 中川 港 南 守山 緑 名東 天白",
    "京都市": "北 上京 左京 中京 東山 山科 下京 南 右京 西京 伏見",
    "大阪市": "都島 福島 此花 西 港 大正 天王寺 浪速 西淀川 淀川 東淀川 東成 生野 旭 城東 鶴見 阿倍野 住之江 住吉 "
              "東住吉 平野 西成 北 中央",
    "堺市": "堺 中 東 西 南 北 美原",
    "神戸市": "東灘 灘 兵庫 長田 須磨 垂水 北 中央 西",
    "岡山市": "北 中 東 南",
    "広島市": "中 東 南 西 安佐南 安佐北 安芸 佐伯",
    "北九州市": "門司 若松 戸畑 小倉北 小倉南 八幡東 八幡西",
    "福岡市": "東 博多 中央 南 西 城南 早良",
    "熊本市": "中央 東 西 南 北",
}

CITIES_OF_WARD: dict[str, tuple[str, ...]] = {}
for _city, _names in _WARDS.items():
    for _name in _names.split():
        CITIES_OF_WARD[_name + "区"] = CITIES_OF_WARD.get(_name + "区", ()) + (_city,)

# The special wards whose names a designated city's ward shares.
_SPECIAL_WARDS_SHARED = ("中央区", "港区", "北区")


def is_city_ward(name: str | None) -> bool:
    """True for a ward of a designated city that cannot be one of Tokyo's special wards."""
    return bool(name) and name in CITIES_OF_WARD and name not in _SPECIAL_WARDS_SHARED


def city_of_ward(ward: str, text: str) -> str | None:
    """The designated city ``ward`` belongs to: the only one with that ward, or the one of them ``text`` names."""
    cities = CITIES_OF_WARD.get(ward, ())
    if len(cities) == 1:
        return cities[0]
    named = [city for city in cities if city in text]
    return named[0] if len(named) == 1 else None
