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
