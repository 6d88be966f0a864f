"""Vocabulary for synthetic demo records (names, streets); nothing here is a real person."""

# Surnames with rough weights (most common first).
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
FEMALE_CHARS = "秀英华丽芳敏静燕红霞艳娟玲桂兰萍梅琳丹洁慧莉雪琴云婷倩晶颖娜佳欣怡雯雅蕾璐珊月春凤翠彩淑惠玉珍"
MALE_CHARS = "伟强军勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊峰磊林东海建国志文博宏振龙亮成"
CHILD_CHARS = "子梓涵浩宇轩欣怡雨晨思佳一诺可馨俊豪嘉乐天睿泽悦彤若萱"
STREETS = ("人民路", "解放路", "建设路", "新华街", "中山路", "和平街", "文化路", "胜利街", "团结路", "幸福巷")
ETHNICITIES = ("汉族",) * 46 + ("回族", "满族", "蒙古族", "藏族")
DEMO_UNITS = ("东街社区", "西街社区", "南关村", "北关村", "工业园区")
EMPLOYERS = ("宏达建材厂", "顺发物流公司", "城南农贸市场", "新世纪商场", "房东：李建国")

# Places and notes of the records.
STATIONS = ("镇计生服务站", "街道计生服务站", "社区卫生服务中心", "县计生指导站")
HOSPITALS = ("县人民医院", "县妇幼保健院", "市中心医院", "市妇幼保健院")
FAR_CLINICS = (  # where outflow women are checked and mail the certificate from
    "深圳市宝安区妇幼保健院", "广州市白云区计生服务站", "西安市雁塔区妇幼保健站",
    "东莞市长安镇医院", "苏州市工业园区社区卫生服务中心", "杭州市萧山区妇幼保健院",
)
CHECKUP_FINDINGS = ("宫颈炎，已治疗", "阴道炎，建议复查", "环位下移，已重新放置", "附件炎", "宫颈糜烂，三个月后复查")
FOLLOWUP_NOTES = ("胎儿发育正常", "已建孕产妇保健手册", "提醒按时产检", "血压、血糖正常", "建议补充叶酸", "")
DESTINATIONS = ("迁往西安市雁塔区", "迁往宝鸡市渭滨区", "随夫迁往咸阳市", "迁往兰州市城关区", "迁往深圳市南山区")
SERVICE_NOTES = {
    "consultation": ("避孕方法咨询", "孕前咨询", "生殖健康咨询"),
    "followup": ("上门随访", "电话随访"),
    "education": ("发放宣传资料", "参加健康讲座"),
    "referral": ("转县妇幼保健院", "转县人民医院妇科"),
    "prepregnancy": ("夫妻双方参加孕前优生健康检查",),
    "other": ("协助办理生育登记",),
}
SUPPLY_NOTES = {"condom": ("避孕套 2盒", "避孕套 3盒"), "pill": ("口服避孕药 3板", "口服避孕药 6板")}
